"""People counted by where they come from are no actors (`timeline.actors.counted_people`):
"about 300 Gozitans", "all Netherlanders"; invented sentences, the rule alone and through the
real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.counted_people import counts_people, counts_things_of_a_place

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 300 Varrelians spent the night in the ferry terminal.", "Varrelians"),
        ("Her crew of 38, all Ostmarkers, are housed at the mission.", "Ostmarkers"),
        ("Some 1,200 Kelsonians were moved to the school on Friday.", "Kelsonians"),
        ("Twelve Tarnites were rescued from the hut.", "Tarnites"),
        ("The ferry carried both Dunmorians.", "Dunmorians"),
    ],
)
def test_a_capitalised_plural_after_a_count_is_no_actor(text: str, name: str) -> None:
    assert counts_people(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It shipped 300 Kelsons engines to the yard.", "Kelsons"),  # a maker before its goods
        ("The Varrelians spent the night there.", "Varrelians"),  # no count
        ("Both Councils met on Friday.", "Councils"),  # an organisation's word
        ("It bought 30 Ross in May.", "Ross"),  # no plural
        ("A Varrelians spokesman said so.", "Varrelians"),  # "a" counts nothing
        ("When the war began in 1975, Georges kept the shop open.", "Georges"),  # a year
        ("In 2019 Siemens said it would cut jobs.", "Siemens"),
    ],
)
def test_a_name_without_a_count_or_before_its_noun_stays(text: str, name: str) -> None:
    assert not counts_people(text, *_at(text, name))


def test_counted_people_through_the_model() -> None:
    text = "About 300 Gozarians spent last night in the terminal at Porto Kessa."
    names = [m.name for m in find_actors([text])[0]]
    assert "Gozarians" not in names


@given(st.integers(min_value=2, max_value=99_999))
def test_any_number_counts_people(count: int) -> None:
    text = f"About {count:,} Varrelians spent the night there."
    assert counts_people(text, *_at(text, "Varrelians"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nurses at eleven Tarka hospitals will strike on Wednesday.", "Tarka"),
        ("She said two Orrin Vale families were treated for burns last month.", "Orrin Vale"),
        ("Emergency departments at three rural Kelso hospitals will close.", "Kelso"),
        ("Two other Varrow reinsurers said they would pay.", "Varrow"),
        ("It said some rare Ostby imprints were lost for good.", "Ostby"),
        ("Prices rose at 14 Brannock stores.", "Brannock"),
    ],
)
def test_a_place_between_a_count_and_its_plural_only_describes(text: str, place: str) -> None:
    """Stop 39 (`actors10x`): a place is not counted; the things after it are."""
    assert counts_things_of_a_place(text, *_at(text, place), "GPE")


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        ("In 1998 Tarka hospitals closed.", "Tarka", "GPE"),  # a year, no count
        ("Beds fell in Tarka hospitals.", "Tarka", "GPE"),  # a preposition, no count
        ("Two Tarka officials said so.", "Tarka", "GPE"),  # the state's people acting
        ("Two Tarka hospitals closed.", "Tarka", "ORG"),  # the model read a body
        ("It sold two in Tarka yesterday.", "Tarka", "GPE"),  # no plural after the place
    ],
)
def test_a_place_without_a_count_of_things_after_it_stays(
    text: str, place: str, label: str
) -> None:
    assert not counts_things_of_a_place(text, *_at(text, place), label)


@given(
    st.sampled_from(["two", "eleven", "14", "1,200", "several", "some", "both"]),
    st.sampled_from(["hospitals", "families", "schools", "mills", "farmers"]),
)
def test_any_count_and_plural_around_a_place(count: str, plural: str) -> None:
    text = f"Staff at {count} Tarka {plural} left on Monday."
    assert counts_things_of_a_place(text, *_at(text, "Tarka"), "GPE")


def test_counted_hospitals_through_the_model() -> None:
    text = "Nurses at eleven Dublin hospitals will begin a one-day strike at 8 a.m. on Wednesday."
    assert "Dublin" not in {m.name for m in find_actors([text])[0]}
