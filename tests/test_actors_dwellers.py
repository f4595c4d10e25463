"""A place named for the people who live there (`timeline.actors.dwellers`): invented
sentences in several outlets' shapes, the rule alone, through the real model, and the learned
veto's exemption (`timeline.events.actor_veto`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.dwellers import after_dwellers, dwellers_places, with_dwellers_places
from timeline.actors.mention import ActorMention
from timeline.events.actor_features import DocumentNames, actor_features
from timeline.events.actor_veto import _a_dwellers_place
from timeline.events.event import Event
from timeline.sentences import Sentence


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a regional paper's smoke complaint: two suburbs, opening the sentence
        (
            "Residents of Tarrowby and Quelling said the smoke smelt of tar.",
            ["Tarrowby", "Quelling"],
        ),
        # a court report: a count of residents
        ("The court awarded damages to 310 residents of Ostvaka on Monday.", ["Ostvaka"]),
        # a wire quoting an official: the people of a country
        ('"The people of Kenya deserve better," she said.', ["Kenya"]),
        # a list of three townships, commas and "and"
        (
            "Inhabitants of Mbeleni, Kozwa and Tuvani blocked the road with tyres.",
            ["Mbeleni", "Kozwa", "Tuvani"],
        ),
        # a place before a lower-case noun of its own
        ("Local villagers of Dernholt village reached the bus first.", ["Dernholt"]),
        # an aid agency's quote
        ("The mothers of Kaswe have trusted us, the nurse said.", ["Kaswe"]),
    ],
)
def test_the_place_of_its_dwellers_is_found(text: str, names: list[str]) -> None:
    assert [m.name for m in dwellers_places(text, [])] == names


@pytest.mark.parametrize(
    "text",
    [
        # "the" before the place: the model's and the other rules' reading, left to them
        "Residents of the Halvern estate formed an association.",
        # a nationality is an origin, not a place
        "Many people of Armenian descent live in the town.",
        # a month is no place
        "Citizens of March will vote.",
        # no dwellers' noun: a body's name of its own
        "The Children of Mary ran a stall.",
        # "in" is not "of": a trade's people where the rules of the model decide
        "Farmers in Saptavi lost their seedlings.",
    ],
)
def test_no_place_without_the_shape(text: str) -> None:
    assert dwellers_places(text, []) == []


def test_a_place_already_found_is_left() -> None:
    text = "Residents of Nimmo's Quay objected to the dances."
    quay = ActorMention(13, 25, "Nimmo's Quay", "Nimmo's Quay", "location")
    assert dwellers_places(text, [quay]) == []
    assert with_dwellers_places(text, [quay]) == [quay]


def test_the_places_take_their_offsets() -> None:
    text = "Residents of Tarrowby and Quelling said so."
    found = with_dwellers_places(text, [])
    assert [text[m.start : m.end] for m in found] == ["Tarrowby", "Quelling"]
    assert all(m.type == "location" for m in found)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("so have the people of Gdavno, she said", "Gdavno", True),
        ("Residents of Orvik, Selby and Tarn met", "Tarn", True),
        ("Residents of Orvik, Selby and Tarn met", "Selby", True),
        ("the mayor of Gdavno said", "Gdavno", False),
        ("residents in Gdavno said", "Gdavno", False),
    ],
)
def test_after_dwellers(text: str, name: str, expected: bool) -> None:
    assert after_dwellers(text, text.index(name)) is expected


def test_through_the_model() -> None:
    text = "Residents of Wexholm and Pallindale were without water from 9 p.m. on Tuesday."
    names = {m.name for m in find_actors([text])[0]}
    assert {"Wexholm", "Pallindale"} <= names


@given(st.text(max_size=120))
def test_never_raises_and_offsets_slice_the_text(text: str) -> None:
    for mention in dwellers_places(text, []):
        assert text[mention.start : mention.end] == mention.text


def test_the_veto_keeps_a_dwellers_place() -> None:
    text = "The fund paid 90 residents of Ostvaka and the mayor of Brenna on May 2."
    ostvaka = ActorMention(30, 37, "Ostvaka", "Ostvaka", "location")
    brenna = ActorMention(55, 61, "Brenna", "Brenna", "location")
    context = DocumentNames(text, (ostvaka, brenna))
    sentence = Sentence(0, len(text), text, 0)
    row = Event(
        "ev",
        "d",
        text,
        0,
        len(text),
        0,
        "explicit",
        None,
        None,
        None,
        "May 2",
        "",
        65,
        70,
        actors=("Ostvaka", "Brenna"),
        actor_types=("location", "location"),
    )
    for index in (0, 1):
        actor_features(context, sentence, [], row, index)
    assert _a_dwellers_place(context, sentence, "Ostvaka", "location")
    assert not _a_dwellers_place(context, sentence, "Brenna", "location")
