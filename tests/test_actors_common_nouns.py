"""Common nouns capitalised by their place (`timeline/actors/common_nouns.py`): invented text."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.common_nouns
from timeline.actors import find_actors
from timeline.actors.common_nouns import capitalised_common_noun, english_nouns
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
