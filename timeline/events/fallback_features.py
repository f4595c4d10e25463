"""The features of a row dated by a fallback (a sentence that writes no date of its own, dated
by the day an earlier sentence told or by the news day), for the learned choice between that
day and no day (`timeline.events.fallback_model`): read from what the stages already made (the
tagger's predicates and tenses, the sentence's closed-class words and shapes, its place in the
article and paragraph, quotation, the last date written before it and how far back, the kind of
the article's reference day), never a word of a name nor any open-class word, so that the model
learns how a sentence is written, not what a story is about.

    >>> from datetime import date
    >>> from timeline.documents import Document
    >>> from timeline.events.event import news_day_event
    >>> from timeline.sentences import split_sentences
    >>> from timeline.syntax import Predicate
    >>> text = "Ada Roe quit on Monday. The depot is one of the oldest in the county."
    >>> doc = Document("a", text, published=date(2024, 5, 7), published_source="user")
    >>> sentences = split_sentences(text)
    >>> row = news_day_event(doc, sentences[1], ["Ada Roe"], ["person"], "be")
    >>> found = fallback_features(FallbackContext(doc, sentences, ()), 1, row,
    ...                           [Predicate(10, 12, "be", tense="present")])
    >>> found["anchor=published"], found["tense=present"], found["first=the"]
    (1.0, 1.0, 1.0)
    >>> found["last=none"], found["reference=given"]
    (1.0, 1.0)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.events.row_features import closed_words, word_class
from timeline.kinds import PublishedSource
from timeline.syntax import QUOTATION, reporting_verbs

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events.event import Event
    from timeline.events.selection import EventSentence
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

__all__ = ["FallbackContext", "fallback_features", "last_written", "told_of"]

#: Lower edges of the buckets a count is read in (a sentence's place, how far back a date is).
_PLACE_EDGES = (0, 1, 2, 3, 5, 9, 17)
#: Lower edges of the buckets of days between a date and the publication day.
_DAY_EDGES = (0, 1, 2, 8, 32, 366)
#: How many words of a sentence's opening are named (their classes).
_OPENING = 3
#: Where the reference day comes from, in three kinds: the text states it, the reader gave it,
#: none.
_REFERENCE_KINDS = {
    PublishedSource.METADATA: "given",
    PublishedSource.USER: "given",
    PublishedSource.NONE: "none",
}
_QUOTES = frozenset('"“”')
#: The marks around a word that its class leaves out.
_EDGE_MARKS = ".,;:!?\"“”'‘’()"
#: The auxiliary of the past perfect ("had spent"): what happened before the time told.
_PLUPERFECT = "had"


@dataclass(frozen=True, slots=True)
class FallbackContext:
    """What the features read of the whole article: the document, its sentences (in order) and
    its temporal expressions (sorted by start)."""

    doc: Document
    sentences: Sequence[Sentence]
    timexes: Sequence[Timex]


def told_of(candidate: EventSentence) -> tuple[str, ...]:
    """What the selection told of an event sentence, as `fallback_features` names it: the
    story's lead, a story day it goes on on, a day its statement was made on, "said then".

    >>> from timeline.events.selection import EventSentence
    >>> from timeline.sentences import Sentence
    >>> told_of(EventSentence(Sentence(0, 11, "Jobs spoke.", 0), on_published=True, lead=True))
    ('lead',)
    """
    flags = {
        "lead": candidate.lead,
        "story_day": candidate.story_day is not None,
        "said_on_its_day": candidate.said_on_its_day,
        "said_then": candidate.said_then,
        "reachable": candidate.reachable is not None,
    }
    return tuple(flag for flag, holds in flags.items() if holds)


def _bucket(count: int, edges: Sequence[int]) -> str:
    """The lower edge of the bucket of `count`.

    >>> _bucket(4, (0, 1, 3, 5)), _bucket(0, (0, 1))
    ('3', '0')
    """
    found = edges[0]
    for edge in edges:
        if count >= edge:
            found = edge
    return str(found)


def _reference_kind(doc: Document) -> str:
    """The kind of the article's reference day: "stated" (a dateline, the text's own day),
    "given" (metadata, the user), "none"."""
    return _REFERENCE_KINDS.get(PublishedSource(doc.published_source), "stated")


def last_written(context: FallbackContext, sentence: Sentence) -> Timex | None:
    """The last dated expression written before `sentence` starts."""
    timexes = context.timexes
    at = bisect_right(timexes, sentence.start - 1, key=lambda t: t.start)
    for timex in reversed(timexes[:at]):
        if timex.date_start is not None and timex.end <= sentence.start:
            return timex
    return None


def _told_at(context: FallbackContext, row: Event) -> int:
    """The number of the sentence that wrote the row's date (the row's own for the news day)."""
    at = row.date_text_start if row.date_text_start is not None else row.sentence_start
    return bisect_right([s.start for s in context.sentences], at) - 1


def _place_features(found: dict[str, float], context: FallbackContext, number: int) -> None:
    """The sentence's place: among the article's first sentences or after them, how far through
    the article, whether it opens its paragraph, into `found`. Not how deep in its paragraph
    nor which paragraph: those are the layout of a site (a wire's one sentence a paragraph, an
    encyclopaedia's long ones), not how the sentence is told."""
    sentences = context.sentences
    found["place=" + _bucket(number, _PLACE_EDGES[:4])] = 1.0
    opens = number == 0 or sentences[number - 1].paragraph != sentences[number].paragraph
    found["opens_paragraph"] = float(opens)
    found["tail=" + str(min(4, 5 * number // max(1, len(sentences))))] = 1.0


def _last_date_features(found: dict[str, float], context: FallbackContext, number: int) -> None:
    """The last date written before the sentence: its precision, how many sentences back, in
    its paragraph or not, and how it stands to the publication day, into `found`."""
    sentence = context.sentences[number]
    last = last_written(context, sentence)
    if last is None or last.date_start is None or last.date_end is None:
        found["last=none"] = 1.0
        return
    found[f"last={last.granularity}"] = 1.0
    starts = [s.start for s in context.sentences]
    back = number - (bisect_right(starts, last.start) - 1)
    found["last_back=" + _bucket(back, _PLACE_EDGES)] = 1.0
    where = context.sentences[max(0, bisect_right(starts, last.start) - 1)]
    found["last_same_paragraph"] = float(where.paragraph == sentence.paragraph)
    published = context.doc.published
    if published is None:
        return
    if last.date_end < published:
        order, days = "before", (published - last.date_end).days
    elif last.date_start > published:
        order, days = "after", (last.date_start - published).days
    else:
        order, days = "on", 0
    found["last_vs_pub=" + order] = 1.0
    found[f"last_vs_pub={order}|gran={last.granularity}"] = 1.0
    found["last_days=" + _bucket(days, _DAY_EDGES)] = 1.0


def _clause_features(found: dict[str, float], text: str, predicates: Sequence[Predicate]) -> None:
    """The sentence's clauses as the tagger read them: the main verb's tense, every tense
    present, reporting verbs and theirs, event nouns, into `found`."""
    verbs = [p for p in predicates if not p.nominal]
    reporting = reporting_verbs()
    found["verbs=" + _bucket(len(verbs), (0, 1, 2, 3, 5))] = 1.0
    found["nouns"] = float(any(p.nominal for p in predicates))
    if not verbs:
        found["tense=none"] = 1.0
        return
    main = verbs[0]
    found[f"tense={main.tense}"] = 1.0
    for verb in verbs[1:]:
        found[f"other_tense={verb.tense}"] = 1.0
    said = [verb for verb in verbs if verb.lemma in reporting]
    found["main_reports"] = float(main.lemma in reporting)
    found[f"main_reports={main.lemma in reporting}|tense={main.tense}"] = 1.0
    for verb in said:
        found[f"reports|tense={verb.tense}"] = 1.0
        found["reports_last"] = float(verb.start > len(text) // 2)
    before = [word_class(word) for word in text[: main.start].split()[-2:] if word]
    for word in before:
        found["preverb:" + word] = 1.0
    for verb in verbs:
        if _PLUPERFECT in {w.lower() for w in text[: verb.start].split()[-3:]}:
            found["pluperfect"] = 1.0
    if said:
        reported = [verb for verb in verbs if verb.start > said[0].end]
        tense = reported[0].tense if reported else "none"
        found[f"reported={tense}"] = 1.0
        found[f"said_before={said[0].start > 0 and said[0] is not main}"] = 1.0
    found[f"verb_at={min(4, 5 * main.start // max(1, len(text)))}"] = 1.0


def _word_features(found: dict[str, float], text: str) -> None:
    """The sentence's opening words' classes, its closed-class words, its quotation and
    brackets, its length, into `found`."""
    words = text.split()
    stripped = [word.strip(_EDGE_MARKS) for word in words]
    classes = [word_class(word) for word in stripped if word]
    for n, word in enumerate(classes[:_OPENING]):
        found[f"opening{n}={word}"] = 1.0
    if classes:
        found["first=" + classes[0]] = 1.0
    closed = closed_words()
    for word in {w for w in classes if w in closed}:
        found["word:" + word] = 1.0
    found["length=" + _bucket(len(words), (0, 8, 15, 25, 40))] = 1.0
    quoted = sum(len(match.group(2)) for match in QUOTATION.finditer(text))
    found["quoted=" + _bucket(10 * quoted // max(1, len(text)), (0, 1, 5, 9))] = 1.0
    found["opens_quote"] = float(text[:1] in _QUOTES)
    found["open_quote"] = float(sum(text.count(mark) for mark in _QUOTES) % 2 == 1)
    found["bracket"] = float("(" in text)
    found["question"] = float(text.rstrip().endswith("?"))


def fallback_features(
    context: FallbackContext,
    number: int,
    row: Event,
    predicates: Sequence[Predicate],
    told: Sequence[str] = (),
) -> dict[str, float]:
    """The features of `row`, the one row of sentence `number` of `context`, dated by a
    fallback (its anchor "inherited" or "published"), with the sentence's `predicates`
    (offsets in the sentence) and what the selection `told` of it ("lead", "story_day",
    "said_on_its_day"). The training script records its rows with this very function."""
    sentence = context.sentences[number]
    text = sentence.text
    anchor = row.anchor
    found: dict[str, float] = {f"anchor={anchor}": 1.0}
    for flag in told:
        found["told:" + flag] = 1.0
    published = context.doc.published
    if row.date_start is not None and published is not None:
        days = abs((published - row.date_start).days)
        found[f"anchor={anchor}|days=" + _bucket(days, _DAY_EDGES)] = 1.0
        found["day_back=" + _bucket(number - _told_at(context, row), _PLACE_EDGES)] = 1.0
    found["reference=" + _reference_kind(context.doc)] = 1.0
    _place_features(found, context, number)
    _last_date_features(found, context, number)
    _clause_features(found, text, predicates)
    _word_features(found, text)
    main = next((p for p in predicates if not p.nominal), None)
    tense = "none" if main is None else main.tense
    found[f"anchor={anchor}|tense={tense}"] = 1.0
    found[f"anchor={anchor}|reports={found.get('main_reports', 0.0) > 0}"] = 1.0
    for key in [k for k in found if k.startswith("last_vs_pub=") and "|" not in k]:
        found[f"anchor={anchor}|{key}"] = 1.0
    return found
