"""Streets and numbered roads the model missed are places where the sentence says it happens
(`timeline.actors.streets`, stop 34); invented sentences, the rule alone, for all names, and
through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.spans import RawSpan
from timeline.actors.streets import named_streets

_NOUNS = frozenset({"shop", "footpath", "project", "club", "stop", "school"})


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Four crews were sent to the substation on Pellam Road.", "Pellam Road"),
        ("Work on Corrick Street is to begin next spring, the manager said.", "Corrick Street"),
        ("Highway 61 between Tarsk and Ostby was closed at noon.", "Highway 61"),
        ("The state closed State Route 9 on Monday.", "State Route 9"),
        ("Traffic on Interstate 14 was diverted overnight.", "Interstate 14"),
        ("A fire broke out in a shed off Upper Vell Lane early today.", "Upper Vell Lane"),
        ("Stocks fell after a weak session on Garrow Street.", "Garrow Street"),
    ],
)
def test_a_street_the_model_missed_is_found(text: str, street: str) -> None:
    assert [r.text for r in named_streets(text, [], _NOUNS)] == [street]


@pytest.mark.parametrize(
    "text",
    [
        # an address: a number before the street
        "He lives at 41 Pellam Road, the court heard.",
        # a thing the street only describes
        "A Corrick Street shop was robbed on Monday.",
        "Work on the Pellam Road footpath ends on Friday.",
        # part of a longer name
        "Pellam Road Clinic opened on Monday.",
        # no name's words
        "The Road to Tarsk opened in May.",
        "On Street corners, they waited.",
        # a road's number is no route's name after it ("Route 9 Diner")
        "We met at the Route 9 Diner.",
    ],
)
def test_no_street_where_the_shape_says_otherwise(text: str) -> None:
    assert named_streets(text, [], _NOUNS) == []


def test_a_street_the_model_found_is_left_to_it() -> None:
    text = "Crews went to Pellam Road."
    assert named_streets(text, [RawSpan(14, 25, "Pellam Road", "FAC")]) == []


_NAME = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
_KIND = st.sampled_from(["Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Square"])


@given(_NAME, _KIND)
def test_a_street_after_on_is_always_one_place(name: str, kind: str) -> None:
    text = f"Crews worked on {name} {kind} until midnight."
    found = named_streets(text, [], _NOUNS)
    assert [(r.text, r.label) for r in found] == [(f"{name} {kind}", "FAC")]


@given(_NAME, _KIND, st.integers(min_value=1, max_value=9999))
def test_an_address_is_never_a_street_actor(name: str, kind: str, number: int) -> None:
    assert named_streets(f"She lives at {number} {name} {kind}.", [], _NOUNS) == []


def test_the_street_is_an_actor_of_the_row() -> None:
    """End to end: the street and the road the model left are locations of the sentence."""
    text = "Work on Corrick Street is to begin next spring. Highway 61 was closed at noon."
    mentions = find_actors([text])[0]
    found = {(m.name, m.type) for m in mentions}
    assert {("Corrick Street", "location"), ("Highway 61", "location")} <= found, found


def test_a_river_the_model_missed_is_a_place() -> None:
    """Stop 36: a river's or a canal's name and its capitalised word
    (`data/waterway_words.txt`); before a noun it describes the noun, and a capitalised word
    after it makes it a longer name's."""
    text = "A levee on the Tarka River gave way on Sunday, flooding homes along the Vell Canal."
    assert [(r.text, r.label) for r in named_streets(text, [], _NOUNS)] == [
        ("Tarka River", "LOC"),
        ("Vell Canal", "LOC"),
    ]
    assert named_streets("The new Tarka River bridge opened.", [], frozenset({"bridge"})) == []
    assert named_streets("The Tarka River Transit Authority met.", [], _NOUNS) == []
