"""Why a row has its date, in words a reader checks at a glance (the table's `date_reason`).

>>> from timeline.documents import Document
>>> from timeline.events.event import dated_event
>>> from timeline.sentences import split_sentences
>>> from timeline.temporal import tag
>>> text = "Blinken spoke on Sunday. He left."
>>> doc = Document("a", text, published=date(2023, 10, 23), published_source="metadata")
>>> sunday = tag(text, doc.published)[0]
>>> event = dated_event(doc, split_sentences(text)[0], sunday, Anchor.EXPLICIT, [], [])
>>> starts = [s.start for s in split_sentences(text)]
>>> print(date_reason(event, doc, starts))  # doctest: +NORMALIZE_WHITESPACE
'Sunday', counted from the publication day, Monday 23 October 2023, and the sentence's
past tense -> Sunday 22 October 2023
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.clock import CLOCK_ONLY
from timeline.events.counted import is_counted_clause
from timeline.events.dates import undated_news
from timeline.events.offsets import is_counted_from_event
from timeline.kinds import Anchor, Granularity, PublishedSource
from timeline.temporal.tense import clause_tense
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events.event import Event

__all__ = ["date_reason", "describe_day", "describe_period"]

#: Values written out in the text: a year of four digits ("October 23rd, 2023", "in 2008").
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|'\d\d\b")
#: A calendar month named in the expression ("October 23rd", "in May", "Sept. 30").
_MONTH_WRITTEN = re.compile(rf"(?i)\b(?:{'|'.join(MONTHS)})\b")
#: A weekday named in it: its direction from the reference comes from the tense.
_WEEKDAY_WRITTEN = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAYS)})\b")
#: An expression that counts from a time the text told ("the following day", "a month later",
#: "two days earlier"), not from the day of writing ("later this year", "next week").
_ANAPHORIC_WRITTEN = re.compile(
    r"(?i)\b(?:later|earlier|afterwards)$|\bthe\s+(?:following|previous|preceding)\b"
    r"|\b(?:the\s+next|the\s+day\s+after|that)\s+(?:day|morning|afternoon|evening|night)\b"
)
#: Days from the publication day beyond which such an expression cannot have counted from it.
_FAR_FROM_THE_NEWS = 31
_WORDS_BACK = {1: "the sentence before", 2: "two sentences earlier", 3: "three sentences earlier"}
_WORDS_LATER = {1: "the sentence after", 2: "two sentences later", 3: "three sentences later"}
_SOURCES = {
    PublishedSource.METADATA: "the publication day",
    PublishedSource.USER: "the publication day you gave",
    PublishedSource.DATELINE: "the publication day of its dateline",
    PublishedSource.INFERRED: "the publication day the text's dates fix",
    PublishedSource.COPYRIGHT: "the first day of the copyright year",
    PublishedSource.WRITTEN: "the day the text says it was written",
}


def describe_day(day: date) -> str:
    """A day as a reader says it.

    >>> describe_day(date(2023, 10, 22))
    'Sunday 22 October 2023'
    """
    return f"{day:%A} {day.day} {day:%B %Y}"


def describe_period(start: date, end: date, granularity: str | None) -> str:
    """A period as a reader says it: a day, a month, a year, or a span of days.

    >>> describe_period(date(2009, 3, 1), date(2009, 5, 31), "quarter")
    '1 March 2009 to 31 May 2009 (a quarter)'
    >>> describe_period(date(2008, 1, 1), date(2008, 12, 31), "year")
    '2008'
    """
    if start == end:
        return describe_day(start)
    if granularity == Granularity.MONTH:
        return f"{start:%B %Y}"
    if granularity == Granularity.YEAR and (start.month, start.day, end.month, end.day) == (
        1,
        1,
        12,
        31,
    ):
        return str(start.year)
    if granularity == Granularity.DECADE and start.year % 10 == 0 and end.year == start.year + 9:
        return f"the {start.year}s"
    kind = f" (a {granularity})" if granularity else ""
    return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}{kind}"


def date_reason(
    event: Event, doc: Document, sentence_starts: Sequence[int], section_day: date | None = None
) -> str:
    """Why `event` (of `doc`, whose sentences start at `sentence_starts`, in order) has its
    date, or why it has none; `section_day`, the day of the date line its sentence stands
    under (a live entry's stamp, a digest's item: `section_days`), which it counts from.

    >>> from timeline.documents import Document
    >>> from timeline.events.event import dated_event
    >>> from timeline.sentences import split_sentences
    >>> from timeline.temporal import tag
    >>> doc = Document("a", "It shut yesterday.", published=date(2033, 3, 11),
    ...                published_source="metadata")
    >>> day = tag(doc.text, date(2033, 3, 7))[0]
    >>> event = dated_event(doc, split_sentences(doc.text)[0], day, Anchor.EXPLICIT, [], [])
    >>> print(date_reason(event, doc, [0], date(2033, 3, 7)))  # doctest: +NORMALIZE_WHITESPACE
    'yesterday' counted from the date line it stands under, Monday 7 March 2033 -> Sunday 6
    March 2033
    """
    reference = _reference(doc, section_day)
    written = f"'{event.date_text}'"
    if event.anchor == Anchor.VAGUE:
        if event.date_text and "X" in event.date_value and undated_news(doc):
            return f"{written} counts from the publication day, which is not known: no day"
        if event.date_text:
            return f"{written} names no day"
        return "no date in the sentence, and it tells of a time before the news: no day"
    if event.date_start is None or event.date_end is None:
        if event.anchor == Anchor.PUBLISHED or (event.date_text and doc.published is None):
            # news without its publication date: nothing to count the news day from
            said = f"{written} counts from" if event.date_text else "no date in the sentence:"
            return f"{said} the publication day, which is not known: no day"
        return "no date"
    when = describe_period(event.date_start, event.date_end, event.granularity)
    if event.anchor == Anchor.PUBLISHED:
        if event.date_text:
            return f"{written} means the news day: {reference} -> {when}"
        return f"no date in the sentence: {reference} -> {when}"
    if event.anchor == Anchor.INHERITED:
        back = _sentences_back(sentence_starts, event)
        return f"inherited from {written} {back} -> {when}"
    return f"{_how_written(event, doc, reference)} -> {when}"


def _how_written(event: Event, doc: Document, reference: str) -> str:
    """How an expression of the row's own sentence gives its date."""
    written = f"'{event.date_text}'"
    if _YEAR_WRITTEN.search(event.date_text):
        return f"{written} written in the sentence"
    if doc.published is None:
        return f"{written} counted from the date the text gave before it"
    if is_counted_clause(event.date_text):
        return f"{written} counted from the day of the clause before it"
    if is_counted_from_event(event.date_text):
        return f"{written} counted from the day the text told of before it"
    if (
        _ANAPHORIC_WRITTEN.search(event.date_text.strip())
        and event.date_start is not None
        and abs((event.date_start - doc.published).days) > _FAR_FROM_THE_NEWS
    ):
        # "the following day" after "Friday, August 9", in a story of November
        return f"{written} counted from the date the text gave before it"
    if (
        event.granularity == Granularity.TIME
        and CLOCK_ONLY.fullmatch(event.date_text.strip())
        and event.date_start != doc.published
    ):
        return f"{written} on the day the text told of before it"
    tense = _tense_said(event, doc)
    if _MONTH_WRITTEN.search(event.date_text):
        return f"{written} has no year: taken from {reference}{tense}"
    if _WEEKDAY_WRITTEN.search(event.date_text):
        return f"{written}, counted from {reference}{tense}"
    return f"{written} counted from {reference}"


def _tense_said(event: Event, doc: Document) -> str:
    """ ", and the sentence's past tense": what decided a weekday's or a month's direction."""
    if event.date_text_start is None or event.date_text_end is None:
        return ""
    found = clause_tense(doc.text, event.date_text_start, event.date_text_end)
    return f", and the sentence's {found} tense" if found else ""


def _reference(doc: Document, section_day: date | None = None) -> str:
    """The reference day, said with where it comes from."""
    if doc.published is None:
        return "no publication date"
    if section_day is not None and section_day != doc.published:
        return f"the date line it stands under, {describe_day(section_day)}"
    source = _SOURCES.get(PublishedSource(doc.published_source), "the publication day")
    return f"{source}, {describe_day(doc.published)}"


def _sentences_back(starts: Sequence[int], event: Event) -> str:
    """ "the sentence before", "two sentences earlier" ... from the evidence to the row."""
    if event.date_text_start is None:
        return "earlier in the article"
    here = bisect_right(starts, event.sentence_start) - 1
    there = bisect_right(starts, event.date_text_start) - 1
    distance = here - there
    if distance < 0:  # the lead, dated by the statement told after it
        return _WORDS_LATER.get(-distance, f"{-distance} sentences later")
    if distance == 0:
        return "in the same sentence"
    return _WORDS_BACK.get(distance, f"{distance} sentences earlier")
