"""The learned choice between a fallback day and no day (`timeline.events.fallback_model`, its
features in `timeline.events.fallback_features`): which rows it judges, what a row left without
a day says, the rules it holds for all sentences (no open-class word among its features), and
that it is off as shipped (the entity timelines date what the outlet golds leave undated)."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_outlets import GoldEvent, parse_gold_date
from benchmarks.train_fallback_model import _no_day
from tests.events.helpers import news_events
from timeline.documents import Document
from timeline.events import build as build_module
from timeline.events.event import Event, news_day_event
from timeline.events.fallback_features import FallbackContext, fallback_features
from timeline.events.fallback_model import (
    MODEL_FILE,
    THRESHOLD,
    is_fallback,
    judged,
    judged_fallback,
)
from timeline.events.row_features import closed_words
from timeline.linear_models import shipped_model
from timeline.sentences import split_sentences
from timeline.syntax import Predicate

PUBLISHED = date(2019, 6, 5)  # a Wednesday
#: A model that calls every row dated by a fallback "no day" (for the rules, not the figures).
SURE = ({"anchor=published": 4.0, "anchor=inherited": 4.0}, 0.0)


def _doc(text: str) -> Document:
    return Document("f", text, published=PUBLISHED, published_source="user")


def test_the_model_is_off_as_shipped() -> None:
    """The outlet golds leave many undated sentences without a day where the entity timelines
    date them: the model stays off, and every fallback row keeps its day."""
    assert THRESHOLD is None
    text = "Lena Moss, the mayor, closed the Harbour Road depot on Monday. She said it was old."
    events = news_events(text, PUBLISHED)
    assert [e.date_start for e in events] == [date(2019, 6, 3), date(2019, 6, 3)]


def test_a_row_of_the_news_day_or_an_inherited_day_is_a_fallback() -> None:
    text = "Lena Moss quit on Monday. The depot is old."
    doc = _doc(text)
    sentences = split_sentences(text)
    news = news_day_event(doc, sentences[1], ["Lena Moss"], ["person"], "be")
    monday = text.index("Monday")
    inherited = Event("i", "f", sentences[1].text, sentences[1].start, sentences[1].end, 0,
                      "inherited", date(2019, 6, 3), date(2019, 6, 3), "day", "Monday",
                      "2019-06-03", monday, monday + 6, ("Lena Moss",), ("person",))  # fmt: skip
    own = Event("o", "f", sentences[0].text, 0, sentences[0].end, 0, "explicit",
                date(2019, 6, 3), date(2019, 6, 3), "day", "Monday", "2019-06-03", monday,
                monday + 6, ("Lena Moss",), ("person",))  # fmt: skip
    assert is_fallback(news) and is_fallback(inherited)
    assert not is_fallback(own)


def test_a_statement_and_a_sentence_of_two_rows_are_never_judged() -> None:
    """A statement made at the story's event is dated by that event in the entity timelines:
    the model never judges a sentence that reports one, nor a sentence of two rows."""
    text = "Lena Moss quit on Monday. She said the depot was old."
    doc = _doc(text)
    sentences = split_sentences(text)
    row = news_day_event(doc, sentences[1], ["Lena Moss"], ["person"], "say")
    said = [Predicate(4, 8, "say", tense="past"), Predicate(24, 27, "be", tense="past")]
    assert not judged([row], said)
    assert judged([row], said[1:])
    assert not judged([row, row], said[1:])
    context = FallbackContext(doc, sentences, ())
    assert judged_fallback(context, 1, [row], said, threshold=0.5, model=SURE) == [row]


def test_a_row_left_without_a_day_says_why_through_the_whole_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Turned on, the model leaves the row without a day, anchored `vague`, and its reason
    says so (the build keeps it: it gives a reason only to rows that have none)."""
    on = partial(judged_fallback, threshold=0.5, model=SURE)
    monkeypatch.setattr(build_module, "judged_fallback", on)
    text = "Lena Moss, the mayor, closed the Harbour Road depot on Monday. Moss locked the gates."
    first, second = news_events(text, PUBLISHED)
    assert first.date_start == date(2019, 6, 3)
    assert (second.date_start, second.anchor) == (None, "vague")
    assert second.date_reason.startswith("no date in the sentence, and it reads as background")


def test_a_story_without_its_publication_day_is_not_judged() -> None:
    text = "The depot is old. Its roof leaks."
    doc = Document("f", text)
    sentences = split_sentences(text)
    row = news_day_event(doc, sentences[1], ["Lena Moss"], ["person"], "leak", dated=False)
    context = FallbackContext(doc, sentences, ())
    assert judged_fallback(context, 1, [row], [], threshold=0.5, model=SURE) == [row]


#: The parts of a feature's name that are words of the sentence.
_WORDS_NAMED = re.compile(r"(?:opening\d=|first=|word:|preverb:)([^|]+)")
_CLASSES = frozenset({"w", "C", "D", "."})
_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9)


@given(st.lists(_WORD, min_size=3, max_size=12), st.booleans())
@settings(max_examples=60, deadline=None)
def test_no_feature_names_an_open_class_word(words: list[str], capital: bool) -> None:
    """Whatever words a sentence writes, a feature names only closed-class words, marks, the
    shapes of the other words, tenses, places and kinds of dates: it cannot learn a story."""
    opened = [word.capitalize() if capital and n % 2 else word for n, word in enumerate(words)]
    text = f"Lena Moss quit on Monday. {' '.join(opened)}."
    doc = _doc(text)
    sentences = split_sentences(text)
    row = news_day_event(doc, sentences[-1], ["Lena Moss"], ["person"], words[0])
    verbs = [Predicate(0, len(opened[0]), words[0], tense="present")]
    found = fallback_features(FallbackContext(doc, sentences, ()), len(sentences) - 1, row, verbs)
    for key in found:
        for named in _WORDS_NAMED.findall(key):
            assert named in closed_words() or named in _CLASSES or not named.isalnum(), key


def test_the_shipped_model_names_no_open_class_word() -> None:
    weights, _ = shipped_model(MODEL_FILE)
    assert weights
    for key in weights:
        for named in _WORDS_NAMED.findall(key):
            assert named in closed_words() or named in _CLASSES or not named.isalnum(), key


def test_a_gold_event_with_no_day_among_its_readings_labels_no_day() -> None:
    def gold(*dates: str | None) -> GoldEvent:
        days = tuple(parse_gold_date(d) for d in dates)
        return GoldEvent("Lena Moss", days, (), False, False, ())

    assert _no_day(gold(None))
    assert _no_day(gold("2019-06-05", None))
    assert not _no_day(gold("2019-06-05"))
