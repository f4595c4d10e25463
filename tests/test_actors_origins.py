"""Where people are from is no actor (`timeline.actors.origins`, stop 38): invented
sentences, the rule alone, for all nouns and places, and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.origins import names_where_people_are_from

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Twelve engineers from Kelso arrived in Orlby last Tuesday.", "Kelso"),
        ("Prices rose as buyers from Tarnland and Orvia scrambled for supplies.", "Tarnland"),
        ("Prices rose as buyers from Tarnland and Orvia scrambled for supplies.", "Orvia"),
        ("The 22-year-old from Kelso is the first to win the title.", "Kelso"),
        ("Two 19-year-olds from the village of Orlby were found on Thursday.", "Orlby"),
        ("About 400 wool growers from the Tarn Valley marched on Monday.", "Tarn Valley"),
        ("The mission will be led by two missioners from Kelso.", "Kelso"),
    ],
)
def test_a_place_people_come_from_is_no_actor(text: str, name: str) -> None:
    assert names_where_people_are_from(text, *_at(text, name), "GPE")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Troops from Tarnland crossed the border on Monday.", "Tarnland", "GPE"),
        ("Officials from Kelso met on Friday.", "Kelso", "GPE"),
        ("Orders from Tarnland slowed in the autumn.", "Tarnland", "GPE"),
        ("Two tankers from Kelso docked on Friday.", "Kelso", "GPE"),
        ("The council banned street vendors from Orlby Street.", "Orlby Street", "FAC"),
        ("Engineers from Kelso Motors arrived.", "Kelso Motors", "ORG"),
        ("The engineers flew from Kelso to Orlby.", "Kelso", "GPE"),
    ],
)
def test_a_states_people_a_thing_a_body_or_a_move_stays(text: str, name: str, label: str) -> None:
    assert not names_where_people_are_from(text, *_at(text, name), label)


@given(
    st.sampled_from(["engineers", "buyers", "nurses", "fishermen", "visitors", "refugees"]),
    st.sampled_from(["Kelso", "Orlby", "Tarn Valley", "New Orvia"]),
)
def test_every_plural_of_people_makes_its_place_no_actor(noun: str, place: str) -> None:
    text = f"Some {noun} from {place} arrived on Monday."
    assert names_where_people_are_from(text, *_at(text, place), "GPE")


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises(text: str, start: int, end: int) -> None:
    names_where_people_are_from(text, start, end, "GPE")


def test_through_the_model_the_buyers_countries_go() -> None:
    text = "Prices rose on Thursday as buyers from France and Spain scrambled for supplies."
    (found,) = find_actors([text])
    assert not {"France", "Spain"} & {m.name for m in found}
