"""A disease or a germ, and a flight's or a train's code, are no actor
(`timeline.actors.ailments`, stop 35); invented sentences, the rules alone, for every listed
disease, and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.ailments import names_a_disease, names_a_journey_code
from timeline.wordlists import word_list


def _at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Measles cases have been reported in three villages since May.", "Measles"),
        ("Listeria can take up to 70 days to cause illness, she said.", "Listeria"),
        ("The cheese may contain Salmonella, the agency said.", "Salmonella"),
        ("Cholera has spread to two more districts.", "Cholera"),
        ("Yellow Fever jabs are free this week.", "Yellow Fever"),
    ],
)
def test_a_disease_or_a_germ_is_no_actor(text: str, name: str) -> None:
    assert names_a_disease(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Rubella said cases had risen.", "Ana Rubella"),  # a person sharing a word
        ("Dr Tom Plague-Harris opened the ward.", "Tom Plague-Harris"),
        ("The Measles Trust said it would fund the jabs.", "The Measles Trust"),  # a body
        ("Flights to Marburg resumed on Monday.", "Marburg"),  # a place named after none
    ],
)
def test_persons_bodies_and_places_sharing_a_word_are_kept(text: str, name: str) -> None:
    assert not names_a_disease(text, *_at(text, name))


@given(st.sampled_from(word_list("disease_names.txt")), st.sampled_from(["Ana", "Dr Tom"]))
def test_every_listed_disease_is_no_actor_and_no_persons_name(disease: str, first: str) -> None:
    name = disease.title()
    text = f"{name} cases rose in Kelso. {first} {name} said so."
    assert names_a_disease(text, *_at(text, name))
    person = f"{first} {name}"
    assert not names_a_disease(text, *_at(text, person))


@pytest.mark.parametrize(
    ("text", "code", "nth"),
    [
        ("Flight KX802 to Orrin shut down an engine.", "KX802", 0),
        ("The airline said flight KX802 landed. Data show KX802 turned back.", "KX802", 1),
        ("Flight No. 9W118 was diverted.", "9W118", 0),
        ("The night train ICE578 was held at Tarvik.", "ICE578", 0),
        ("Its Tuesday service LQ41 was cancelled.", "LQ41", 0),
    ],
)
def test_a_journeys_code_is_no_actor(text: str, code: str, nth: int) -> None:
    assert names_a_journey_code(text, *_at(text, code, nth))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The GX470 was recalled in March.", "GX470"),  # a model number, no route noun
        ("Kestrel flew its A320 on the route.", "A320"),
        ("Talks with KLM on the flight went on.", "KLM"),  # letters alone
        ("Flight KX802 left. Its KX8021 drone flew.", "KX8021"),  # another code
    ],
)
def test_codes_no_route_noun_stands_before_are_kept(text: str, code: str) -> None:
    assert not names_a_journey_code(text, *_at(text, code))


def test_the_disease_and_the_code_are_no_actor_of_the_row() -> None:
    """End to end: the sentences keep their towns and airline, and lose the disease and code."""
    text = (
        "Health notes. Measles cases have been reported in Tsarvik since April, officials said. "
        "Orrin Air said flight OA417 to Kelso turned back on Monday. "
        "Tracking data show OA417 circled off Varrow Island for an hour."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Measles" not in names, names
    assert "OA417" not in names, names
