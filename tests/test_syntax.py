"""Predicates from spaCy's tagger: finite verbs with their lemmas, event nouns, openings."""

from __future__ import annotations

from typing import Any

import pytest

from timeline.syntax import OPENING_WORDS, load_tagger, opening_predicates, predicates


@pytest.fixture(scope="module")
def tagger() -> Any:
    return load_tagger()


def test_an_auxiliary_gives_way_to_the_verb_it_governs(tagger: Any) -> None:
    sentences = [
        "Blinken has recently completed a tour.",
        "Hezbollah and Hamas are both supported by Iran.",
        "He is the leader.",
    ]
    assert [[p.lemma for p in found] for found in predicates(tagger, sentences)] == [
        ["complete"],
        ["support"],
        ["be"],
    ]


def test_a_long_quotation_is_the_speaker_s_words_not_a_predicate(tagger: Any) -> None:
    found = predicates(tagger, ['Jobs said, "we will ship the new phone next year to everyone."'])
    assert [p.lemma for p in found[0]] == ["say"]


def test_the_opening_gives_the_first_predicates_of_the_whole_sentence(tagger: Any) -> None:
    long_tail = " and".join(f" the company sold phone number {n}" for n in range(OPENING_WORDS))
    sentences = [
        "Apple CEO Steve Jobs announced a new phone on Monday in San Francisco" + long_tail + ".",
        "In the long and cold winter of the year after the great war in the north of the old "
        "country near the sea and the hills, the company finally announced a phone.",
        "Short one.",
    ]
    whole = predicates(tagger, sentences)
    openings = opening_predicates(tagger, sentences)
    for first, full in zip(openings, whole, strict=True):
        assert first == full[: len(first)]
    assert openings[0][0].lemma == "announce"
    assert openings[1] == whole[1]  # read whole: no verb early on
    assert openings[1][-1].lemma == "announce"


def test_each_verb_group_has_its_tense(tagger: Any) -> None:
    sentences = [
        "Apple claims the store is branded.",
        "Apple claimed it had won.",
        "Apple has claimed it will win.",
    ]
    tenses = [[(p.lemma, p.tense) for p in found] for found in predicates(tagger, sentences)]
    assert tenses == [
        [("claim", "present"), ("brand", "present")],
        [("claim", "past"), ("win", "past")],
        [("claim", "perfect"), ("win", "future")],
    ]


def test_be_able_to_is_the_infinitives_action(tagger: Any) -> None:
    found = predicates(
        tagger,
        [
            "The Republican army was able to throw back the Austrians.",
            "Bulgaria was the first to sign an armistice.",
            "Jobs is the chief executive of Apple.",
        ],
    )
    assert [[p.lemma for p in sentence][:1] for sentence in found] == [["throw"], ["sign"], ["be"]]
    assert found[0][0].tense == "past"


def test_a_past_tense_read_as_a_participle_between_subject_and_object_is_a_verb(
    tagger: Any,
) -> None:
    found = predicates(
        tagger,
        ["Shares fell after the chipmaker forecast first-quarter revenue below estimates."],
    )
    assert [(p.lemma, p.tense) for p in found[0]] == [("fall", "past"), ("forecast", "past")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mira Patel returned to Lima in 1990 and settled in Cusco the following year.",
            [("return", "past"), ("settle", "past")],
        ),
        (
            "Kelstone travel to Marshfield on Tuesday night and host Brimley next Saturday.",
            [("travel", "present"), ("host", "present")],
        ),
        ("The rebels and armed forces clashed on Monday.", [("clash", "past")]),
    ],
)
def test_a_verb_after_and_is_coordinated_with_the_clause_before(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = predicates(load_tagger(), [sentence])[0]
    assert [(p.lemma, p.tense) for p in found if not p.nominal] == expected
