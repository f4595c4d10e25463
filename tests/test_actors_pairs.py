""" "Both parties", "The two unions", "The companies": a plural pointer to the two
organisations last named together (`timeline.actors.pairs`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.pairs import pair_anaphora

from .mentions import placer


def _pointed(text: str, found: list[ActorMention]) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in pair_anaphora(text, found)]


def test_a_plural_pointer_is_the_two_organisations_named_together() -> None:
    text = (
        "The strike was called by the Harbour Crew Union (HCU) and the smaller Deck "
        "Officers' Guild, which represent 900 crew. Ferrylink cancelled 40 sailings. "
        "Both unions said they would strike again in May."
    )
    at = placer(text)
    found = [
        at("Harbour Crew Union", "organisation"),
        at("HCU", "organisation", name="Harbour Crew Union"),
        at("Deck Officers' Guild", "organisation"),
        at("Ferrylink", "organisation"),
    ]
    assert _pointed(text, found) == [
        ("Both", "Harbour Crew Union"),
        ("unions", "Deck Officers' Guild"),
    ]
    for opening in ("The two unions said", "The unions said"):
        other = text.replace("Both unions said", opening)
        at = placer(other)
        names = {
            m.name for m in pair_anaphora(other, [at(m.text, m.type, name=m.name) for m in found])
        }
        assert names == {"Harbour Crew Union", "Deck Officers' Guild"}, opening


def test_no_pair_no_kind_of_organisation_or_no_subject_points_to_none() -> None:
    text = "Orlo Party won in Tarsk. Vell Front lost. Both parties claimed victory."
    at = placer(text)
    found = [
        at("Orlo Party", "organisation"),
        at("Tarsk", "location"),
        at("Vell Front", "organisation"),
    ]
    assert _pointed(text, found) == []  # never named together
    text = "Orlo Party and the Vell Front met. Both towns voted. The parties' leaders spoke."
    at = placer(text)
    found = [at("Orlo Party", "organisation"), at("Vell Front", "organisation")]
    assert _pointed(text, found) == []  # towns are no organisations; a possessive no subject
    text = "Tarsk and Vell signed. Both parties of Vell agreed."
    at = placer(text)
    assert _pointed(text, [at("Tarsk", "location"), at("Vell", "location")]) == []


@given(st.text(max_size=200))
def test_any_text_gives_mentions_inside_it(text: str) -> None:
    for found in pair_anaphora(text, []):
        assert text[found.start : found.end] == found.text
