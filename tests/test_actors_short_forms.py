"""Short forms of a name the article writes in full: acronyms, first, middle and last words,
organisation words, model numbers and conventional shortenings."""

from __future__ import annotations

from timeline.actors import find_actors


def _names_of(text: str, surface: str) -> set[str]:
    return {m.name for m in find_actors([text])[0] if m.text == surface}


def test_an_acronym_of_a_name_opening_with_a_country_in_capitals() -> None:
    text = (
        "The UK Hydrographic Office charted the bay on Monday. The UKHO said the new maps "
        "would be published in May."
    )
    assert _names_of(text, "UKHO") == {"UK Hydrographic Office"}
