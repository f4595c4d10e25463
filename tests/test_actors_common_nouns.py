"""Common nouns capitalised by their place (`timeline/actors/common_nouns.py`): invented text."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.common_nouns
from timeline.actors import find_actors
from timeline.actors.common_nouns import (
    capitalised_common_noun,
    english_nouns,
    names_units_in_general,
)
from timeline.actors.opening_nouns import common_noun_opening as _common_noun
from timeline.models import load_pipeline

NOUNS = frozenset({"cabin", "school", "turnout", "apple", "paris", "ford"})


def _opening(text: str, word: str) -> bool:
    start = text.index(word)
    return capitalised_common_noun(text, start, start + len(word), NOUNS)


def test_a_common_noun_or_its_plural_opening_a_sentence_is_no_name() -> None:
    assert _opening("Cabin crew at Vellora walked out on Monday.", "Cabin")
    assert _opening("Rain fell. Schools in Tarvik closed.", "Schools")
    assert _opening("Turnout stood at 71 per cent.", "Turnout")


def test_a_name_the_article_writes_as_one_stays() -> None:
    assert not _opening("Paris rose. Fares in Paris fell.", "Paris")
    assert not _opening("Apple grew.\n\nApple Computer said so.", "Apple")
    assert not _opening("Ford, a carmaker, fell.", "Ford")
    assert not _opening("Ford said profits fell.", "Ford")
    assert not _opening("Ford's profits fell.", "Ford")


def test_a_word_inside_a_sentence_or_unknown_is_left_to_the_model() -> None:
    assert not _opening("Crews of the Cabin left.", "Cabin")
    assert not _opening("Vellora crew walked out.", "Vellora")
    assert not capitalised_common_noun("Cabin crew left.", 0, 5, frozenset())


def test_the_nouns_come_from_the_model_s_lemmatizer() -> None:
    nouns = english_nouns(load_pipeline(None))
    assert {"school", "cabin", "turnout"} <= nouns


def test_find_actors_leaves_out_a_common_noun_opening_a_sentence() -> None:
    text = "Cabin crew at Vellora Air walked out on Monday. Schools in Tarvik stayed shut."
    names = {m.name for m in find_actors([text])[0]}
    assert not names & {"Cabin", "Schools"}


def test_examples_run() -> None:
    results = doctest.testmod(timeline.actors.common_nouns)
    assert results.attempted > 0
    assert results.failed == 0


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises(text: str, start: int, end: int) -> None:
    assert capitalised_common_noun(text, start, end, NOUNS) in (True, False)


def test_a_company_named_once_at_a_sentence_opening_stays() -> None:
    names = {m.name for m in find_actors(["Apple was sued in a London court."])[0]}
    assert "Apple" in names


def test_a_surname_that_is_a_noun_opening_a_sentence_stays() -> None:
    text = "Apple will give free cases to buyers until September 30. Jobs also apologised."
    assert "Jobs" in {m.name for m in find_actors([text])[0]}


@pytest.mark.parametrize(
    "text",
    [
        "Rangers won 3-1. Attendance was 4,120, the club said.",
        "Polls closed at ten. Attendance has fallen since 2019.",
        "The hall reopened. Attendance were up a third.",
        "The hall reopened. Attendance stood at 900 on Sunday.",
    ],
)
def test_a_noun_the_model_took_for_a_person_before_was_or_has_is_no_name(text: str) -> None:
    # "Attendance was ...": a measure's or a state's statement, no one's act
    start = text.index("Attendance")
    assert _common_noun(text, start, start + 10, "PERSON", frozenset({"attendance"}))


def test_a_surname_before_another_verb_stays_a_name() -> None:
    text = "Talks ended. Cook also apologised."  # a verb of the person's own act
    start = text.index("Cook")
    assert not _common_noun(text, start, start + 4, "PERSON", frozenset({"cook"}))


def test_a_surname_before_was_stays_when_the_article_names_the_person() -> None:
    text = "The board named Ana Quill chief executive. Quill was finance director until May."
    names = {m.name for m in find_actors([text])[0]}
    assert "Ana Quill" in names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grain prices rose in May. Seafood exporters expect prices to rise on Monday.", "Seafood"),
        ("Rain eased on Monday. Northeast winds will rise to 70 km/h by noon.", "Northeast"),
        ("Deals slowed in May. Venture funding for start-ups fell 23 percent in 2024.", "Venture"),
    ],
)
def test_a_word_opening_a_sentence_before_a_noun_it_qualifies_is_no_name(
    text: str, word: str
) -> None:
    assert word not in {m.name for m in find_actors([text])[0]}


def test_a_place_before_an_officer_s_noun_and_name_stays() -> None:
    names = {m.name for m in find_actors(["Galway mayor Aoife Dunne said the plan was sound."])[0]}
    assert "Galway" in names and "Aoife Dunne" in names


def test_a_plural_in_ies_opening_a_sentence_is_read_by_its_singular() -> None:
    text = "Casualties rose at the Dorran works. Casualties were counted twice."
    assert capitalised_common_noun(text, 0, 10, frozenset({"casualty"}))


def _by_search(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """`capitalised_common_noun` as it was before stop 34: the whole text searched per word."""
    from timeline.actors.common_nouns import _BEGINS_A_NAME, _NAME_AFTER, singulars
    from timeline.sentences import OPENS_BEFORE

    word = text[start:end]
    if not nouns or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if OPENS_BEFORE.search(text, max(0, start - 6), start) is None or _NAME_AFTER.match(text, end):
        return False
    folded = word.casefold()
    if not any(form in nouns for form in (folded, *singulars(folded))):
        return False
    for other in re.finditer(rf"\b{re.escape(word)}\b", text):
        if _BEGINS_A_NAME.match(text, other.end()):
            return False
        if other.start() != start and not OPENS_BEFORE.search(
            text, max(0, other.start() - 6), other.start()
        ):
            return False
    return True


_SENTENCES = [
    "Schools closed.",
    "Rain hit Schools Trust.",
    "Cabin crew walked out.",
    "Fares in Paris rose.",
    "Paris rose.",
    "Apple Computer fell.",
    "Apple fell.",
    "Turnout was low.",
]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8))
def test_each_word_read_once_answers_as_the_whole_text_searched(sentences: list[str]) -> None:
    """Each word read once per text answers as searching the whole text for every opening
    (stop 34: 100 openings of a 1.4 MB text, 43 s -> 0.4 s)."""
    for text in (" ".join(sentences), " ".join(reversed(sentences))):
        for match in re.finditer(r"(?:^|(?<=\. ))([A-Z][a-z]+)", text):
            start, end = match.span(1)
            assert capitalised_common_noun(text, start, end, NOUNS) == _by_search(
                text, start, end, NOUNS
            )


def _units_at(text: str, word: str) -> bool:
    start = text.index(word)
    return names_units_in_general(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wheat was moved from Tarn to the deficit States since July.", "States"),
        ("Sowing fell in the three Provinces by August 12.", "Provinces"),
        ("The chiefs of the six worst-affected Districts met on Friday.", "Districts"),
        ("Grants went to 14 Counties last year.", "Counties"),
    ],
)
def test_a_states_parts_in_general_capitalised_are_no_place(text: str, word: str) -> None:
    """Stop 38: "the deficit States", "the three Provinces": units in general."""
    assert _units_at(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He moved to the States in 1990.", "States"),
        ("Rain fell across the Gulf States on Monday.", "States"),
        ("Talks were held in Kaduna State on Friday.", "State"),
        ("Fares rose in three Kestrels last year.", "Kestrels"),
    ],
)
def test_a_country_a_name_or_a_singular_stays(text: str, word: str) -> None:
    assert not _units_at(text, word)


@given(
    st.sampled_from(["state", "province", "district", "county", "region", "municipality"]),
    st.sampled_from(["the deficit", "three", "the worst-affected", "all", "14"]),
)
def test_every_units_plural_after_a_lower_case_word_is_no_place(unit: str, before: str) -> None:
    plural = unit[:-1] + "ies" if unit.endswith("y") else unit + "s"
    word = plural.capitalize()
    assert _units_at(f"Aid went to {before} {word} on Monday.", word)


def test_find_actors_leaves_out_units_in_general() -> None:
    (found,) = find_actors(["Only 61 lakh hectares were sown in the three States by August 12."])
    assert "States" not in [m.name for m in found]


#: Stop 44 (helper `extras`): a word the model took for a town, before the noun it qualifies.
TOWN_NOUNS = frozenset({"lounge", "staff", "sugar", "reading", "ferry", "fare", "paris", "card"})


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lounge staff at the Velby terminal walked out on Monday.", "Lounge"),
        ("The harvest began. Sugar readings at the Corran estate were high.", "Sugar"),
        ("Ferry fares to the islands rose on Monday.", "Ferry"),
    ],
)
def test_a_common_noun_the_model_took_for_a_town_before_its_noun_is_no_name(
    text: str, word: str
) -> None:
    start = text.index(word)
    assert _common_noun(text, start, start + len(word), "GPE", TOWN_NOUNS)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Paris fares rose. Trains to Paris were full.", "Paris"),  # written inside a sentence
        ("Singapore shares fell on Monday.", "Singapore"),  # a country
        ("Lounge said on Monday it would close.", "Lounge"),  # no noun after it
    ],
)
def test_a_town_the_article_names_a_country_or_a_subject_stays(text: str, word: str) -> None:
    nouns = TOWN_NOUNS | {"singapore", "share"}
    start = text.index(word)
    assert not _common_noun(text, start, start + len(word), "GPE", nouns)


def test_a_noun_the_model_took_for_a_person_before_a_plural_noun_is_no_name() -> None:
    text = "Card payments at the Velby depots failed for two hours on Friday."
    assert _common_noun(text, 0, 4, "PERSON", frozenset({"card", "payment"}))
