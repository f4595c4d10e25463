"""Places the model took for persons (`timeline/actors/places.py`): invented sentences."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.places
from timeline.actors import ActorMention
from timeline.actors.places import places_taken_for_persons


def _as_persons(text: str, *names: str) -> list[ActorMention]:
    """A person mention at every place `text` writes each of `names`, by start."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(ActorMention(at, at + len(name), name, name, "person"))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda m: m.start)


def _types(text: str, *names: str) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for mention in places_taken_for_persons(text, _as_persons(text, *names)):
        kinds.setdefault(mention.name, set()).add(mention.type)
    return kinds


def test_a_name_after_a_place_preposition_is_a_place_everywhere() -> None:
    text = "Floods cut the road near Ostrevo. Ostrevo residents were moved to a school."
    assert _types(text, "Ostrevo") == {"Ostrevo": {"location"}}


def test_a_list_after_in_keeps_its_first_place() -> None:
    text = "Troops cleared drains in Varnik, Belosk and Tarn on Monday."
    assert _types(text, "Varnik")["Varnik"] == {"location"}


def test_a_person_after_to_or_from_stays_a_person() -> None:
    text = "The award went to Ilse Marren. A penalty from Dovic was saved."
    assert _types(text, "Ilse Marren", "Dovic") == {
        "Ilse Marren": {"person"},
        "Dovic": {"person"},
    }


def test_a_person_by_another_sign_stays_a_person() -> None:
    said = "Voters in Kessling were angry. Kessling said he would appeal."
    titled = "Crowds gathered at Orrin. Mr Orrin thanked them."
    aged = "He grew up in Halder. Halder, 58, now lives abroad."
    assert _types(said, "Kessling") == {"Kessling": {"person"}}
    assert _types(titled, "Orrin") == {"Orrin": {"person"}}
    assert _types(aged, "Halder") == {"Halder": {"person"}}


def test_the_surname_of_a_full_name_stays_a_person() -> None:
    text = "Rosa Vell spoke. Fans waited in Vell for hours."
    mentions = [
        ActorMention(0, 9, "Rosa Vell", "Rosa Vell", "person"),
        ActorMention(32, 36, "Vell", "Vell", "person"),
    ]
    assert [m.type for m in places_taken_for_persons(text, mentions)] == ["person", "person"]


def test_a_person_the_name_stands_for_is_not_retyped() -> None:
    text = "Rosa Vell arrived. Crowds met in Vell on Friday."
    mentions = [ActorMention(32, 36, "Vell", "Rosa Vell", "person")]
    assert places_taken_for_persons(text, mentions) == mentions


def test_examples_run() -> None:
    results = doctest.testmod(timeline.actors.places)
    assert results.attempted > 0
    assert results.failed == 0


@given(st.text(max_size=80), st.integers(0, 80), st.integers(1, 12))
def test_only_a_person_becomes_a_place_and_offsets_stay(text: str, start: int, size: int) -> None:
    start = min(start, max(0, len(text) - 1))
    end = min(len(text), start + size)
    if end <= start or not text[start:end].strip():
        return
    name = text[start:end]
    mentions = [
        ActorMention(start, end, name, name, "person"),
        ActorMention(start, end, name, name, "organisation"),
    ]
    result = places_taken_for_persons(text, mentions)
    assert [(m.start, m.end, m.text, m.name) for m in result] == [
        (m.start, m.end, m.text, m.name) for m in mentions
    ]
    assert result[0].type in {"person", "location"}
    assert result[1].type == "organisation"


def _mention(text: str, written: str, name: str, nth: int = 0) -> ActorMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(written, at + 1)
    return ActorMention(at, at + len(written), written, name, "person")


def test_a_word_of_a_place_taken_for_a_surname_is_the_place_it_names() -> None:
    # the model took the terminal and the city for persons, "Kessel" for its surname
    text = "Loading stopped at Kessel Gateway. Ships waited near Kessel. Kessel handled more."
    mentions = [
        _mention(text, "Kessel Gateway", "Kessel Gateway"),
        _mention(text, "Kessel", "Kessel Gateway", 1),
        _mention(text, "Kessel", "Kessel Gateway", 2),
    ]
    result = places_taken_for_persons(text, mentions)
    assert [(m.name, m.type) for m in result] == [
        ("Kessel Gateway", "location"),
        ("Kessel", "location"),
        ("Kessel", "location"),
    ]
    # never written after a preposition of place, or written as a person's: the word stays
    alone = "Loading stopped at Kessel Gateway. Kessel handled more."
    kept = places_taken_for_persons(alone, [_mention(alone, "Kessel", "Kessel Gateway")])
    assert [(m.name, m.type) for m in kept] == [("Kessel Gateway", "person")]
    said = "Loading stopped at Kessel Gateway. Talks in Kessel failed. Kessel said no."
    seen = [
        _mention(said, "Kessel Gateway", "Kessel Gateway"),
        _mention(said, "Kessel", "Kessel Gateway", 1),
        _mention(said, "Kessel", "Kessel Gateway", 2),
    ]
    assert [m.name for m in places_taken_for_persons(said, seen)] == ["Kessel Gateway"] * 3


def test_a_surname_after_from_stays_the_persons() -> None:
    text = "The first goal came through Dana Ferrow. A corner from Ferrow made it two."
    mentions = [
        _mention(text, "Dana Ferrow", "Dana Ferrow"),
        _mention(text, "Ferrow", "Dana Ferrow", 1),
    ]
    result = places_taken_for_persons(text, mentions)
    assert (result[1].name, result[1].type) == ("Dana Ferrow", "person")
