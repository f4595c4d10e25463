"""An honorific written as a letter and a point ("M." of a French name), told from an initial
by the article's own lone "M. Surname" (`timeline/actors/letter_honorifics.py`, stop 39,
helper `actors10m`). Sentences invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.letter_honorifics import letter_honorific


def test_the_letter_is_the_persons_honorific_where_the_article_writes_it_before_a_surname() -> None:
    text = (
        "The union's secretary, M. Paul Renaudin, spoke to the strikers on Monday. "
        "M. Renaudin said the men would not go back."
    )
    mentions = find_actors([text])[0]
    assert "Paul Renaudin" in {m.name for m in mentions}
    assert not any(m.name.startswith("M. ") for m in mentions)
    assert letter_honorific(text, "M. Paul Renaudin") == "M. "


def test_a_letter_no_lone_surname_follows_is_an_initial() -> None:
    text = "Ward officer M. Nagaraju Shetty said the drains would be cleared on Friday."
    assert letter_honorific(text, "M. Nagaraju Shetty") is None
    assert "M. Nagaraju Shetty" in {m.name for m in find_actors([text])[0]}


def test_a_name_without_the_letter_has_no_honorific() -> None:
    text = "M. Ana Roux met M. Paul Cassar. M. Cassar left."
    assert letter_honorific(text, "Ana Roux") is None
    assert letter_honorific(text, "M.") is None


@given(st.text(max_size=60), st.text(max_size=30))
def test_never_raises_and_only_returns_the_opening_letter(text: str, surface: str) -> None:
    found = letter_honorific(text, surface)
    assert found is None or surface.startswith(found)
