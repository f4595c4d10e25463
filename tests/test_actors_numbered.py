"""Names that end in a number written after a space (`timeline/actors/numbered.py`): invented
sentences of several themes (launches, unions, ports, digs, consumer goods), alone and through
the real model."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.numbered
from timeline.actors import find_actors
from timeline.actors.mention import ActorMention
from timeline.actors.numbered import numbered_names_spaced


def _texts(text: str) -> list[str]:
    return [m.text for m in numbered_names_spaced(text, [])]


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_craft_a_model_or_a_launcher_with_its_number_is_one_name() -> None:
    assert _texts("The probe went up on a Vantor 4 from the coast on Friday.") == ["Vantor 4"]
    assert _texts("The lab's first reader, the Quill 2, sold out in a week.") == ["Quill 2"]
    assert _texts("Marisol Air ordered 12 Brisa 320 jets on Monday.") == ["Brisa 320"]


def test_a_unions_local_a_pier_and_a_site_are_named_by_their_number() -> None:
    text = "Members of Local 418 voted to strike. Crews at Pier 9 and Site 14 stopped work."
    found = [(m.text, m.type) for m in numbered_names_spaced(text, [])]
    assert found == [("Local 418", "group"), ("Pier 9", "location"), ("Site 14", "location")]
    # a local of the union named after it is the union's; a party's number its seats
    text = "Local 88 of the Allied Foundry Workers voted on Sunday; the Crofters' Party 9."
    assert _texts(text) == []


def test_a_mention_cut_before_its_number_takes_it() -> None:
    text = "Trains on Harbour Line 7 will run every ten minutes."
    at = text.index("Harbour")
    line = ActorMention(at, at + 12, "Harbour Line", "Harbour Line", "location")
    found = numbered_names_spaced(text, [line])
    assert [(m.start, m.text, m.type) for m in found] == [(at, "Harbour Line 7", "location")]
    person = ActorMention(at, at + 12, "Harbour Line", "Harbour Line", "person")
    assert numbered_names_spaced(text, [person]) == []


def test_sums_counts_scores_stages_parts_and_years_name_nothing() -> None:
    text = (
        "Shares rose to Rs 412 and DKK 97m. About 40 people came. Ostrava beat Brno 3-1. "
        "The Phase 2 trial ended. Article 5 applies. She teaches Year 6. It opened in "
        "Room 214. Sales at Christmas 2019 fell. He moved to Calgary 10 years ago."
    )
    assert _texts(text) == []


def test_through_the_model() -> None:
    assert "Local 418" in _names("Members of Local 418 will meet at the union hall on Sunday.")
    assert "Pier 9" in _names("The liner Astoria berthed at Pier 9 at 7.15 this morning.")


@given(st.text(max_size=200))
def test_numbered_names_never_raise_and_slice_the_text(text: str) -> None:
    for mention in numbered_names_spaced(text, []):
        assert text[mention.start : mention.end] == mention.text


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.numbered).failed == 0
