"""A sentence's own expressions and the persons it names outside its quotations, found by
bisection over the document's sorted lists (`events/counted.with_counted_clause`,
`events/anaphora._unquoted_persons`, stop 35): the same as reading the rest of the document's
lists for each sentence. Invented names and sentences."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.documents import Document
from timeline.events import counted as counted_module
from timeline.events.anaphora import _unquoted_persons
from timeline.events.build import build_events
from timeline.events.counted import counted_clause
from timeline.kinds import ActorType
from timeline.sentences import Sentence, split_sentences
from timeline.syntax import QUOTATION, Predicate
from timeline.temporal import Timex, tag

_SENTENCES = [
    "Ana Roe spoke on Monday.",
    '"Tom Bex was right on Friday," Ana Roe said.',
    "Velgrove sold vans two days after Harlow Mills released a list on May 3.",
    '"We left," said Tom Bex.',
    "Harlow Mills closed three weeks later.",
    "It rained.",
]
_NAMES = ["Ana Roe", "Tom Bex", "Velgrove", "Harlow Mills"]


def _mentions(text: str) -> list[ActorMention]:
    found: list[ActorMention] = []
    for name in _NAMES:
        start = text.find(name)
        while start >= 0:
            kind = ActorType.PERSON if " " in name and "Mills" not in name else "organisation"
            found.append(ActorMention(start, start + len(name), name, name, kind))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: (m.start, m.end))


def _unquoted_by_reading_all(sentence: Sentence, mentions: list[ActorMention]) -> set[str]:
    quoted = [
        (sentence.start + q.start(), sentence.start + q.end())
        for q in QUOTATION.finditer(sentence.text)
    ]
    return {
        m.name
        for m in mentions
        if sentence.start <= m.start < sentence.end
        and m.type == ActorType.PERSON
        and not any(start <= m.start < end for start, end in quoted)
    }


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=12))
def test_a_sentences_own_lists_by_bisection_are_the_ones_read_from_all(
    chosen: list[str],
) -> None:
    text = " ".join(chosen)
    sentences = split_sentences(text)
    mentions = _mentions(text)
    for sentence in sentences:
        assert _unquoted_persons(sentence, mentions) == _unquoted_by_reading_all(sentence, mentions)
    timexes = tag(text, date(2025, 6, 18))
    given_to_count: list[tuple[Sentence, list[Timex]]] = []

    def counted(
        sentence: Sentence, own: list[Timex], verbs: list[Predicate], reference: date | None
    ) -> tuple[Timex, Predicate] | None:
        given_to_count.append((sentence, list(own)))
        return counted_clause(sentence, own, verbs, reference)

    document = Document("a", text, published=date(2025, 6, 18))
    with patch.object(counted_module, "counted_clause", counted):
        build_events(document, sentences, timexes, mentions)
    for sentence, own in given_to_count:
        first = bisect_left(timexes, sentence.start, key=lambda t: t.start)
        assert own == [t for t in timexes[first:] if t.start < sentence.end]
