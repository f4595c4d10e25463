"""The event value: one row of the event table, its stable id, and the two ways to build one
(dated by an expression, or on the news day).

    >>> event_id("blinken", 0, 10, 3)
    'ev-cf456986bea6'
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.events.hours import at_midnight, bounding_clock, hours_of_a_day
from timeline.kinds import Anchor, Granularity
from timeline.temporal.calendar import PART_MODS, add_months, interval_of
from timeline.temporal.set_values import day_part

if TYPE_CHECKING:  # only types: events need no model and no parser to be built or read
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

ANCHORS = tuple(Anchor)
GRANULARITIES = tuple(Granularity)


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the event table, with its evidence (offsets into the document text).

    `anchor` is one of `Anchor`'s values and `granularity` one of `Granularity`'s (or None
    for an event with no day), kept as plain strings.

    >>> fields = ("ev-1", "a", "It fell.", 0, 8, 0)
    >>> event = Event(*fields, "vague", None, None, None, "", "", None, None)
    >>> event.anchor, event.date_start, event.actors
    ('vague', None, ())
    >>> Event(*fields, "guessed", None, None, None, "", "", None, None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: anchor 'guessed' is not one of ...
    """

    event_id: str
    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    paragraph: int
    anchor: str
    date_start: date | None
    date_end: date | None
    granularity: str | None
    date_text: str
    date_value: str
    date_text_start: int | None
    date_text_end: int | None
    actors: tuple[str, ...] = field(default_factory=tuple)
    actor_types: tuple[str, ...] = field(default_factory=tuple)
    action: str | None = None
    #: each actor's role or title in the article ("" for none); empty until the pipeline
    #: gives them (`timeline.pipeline.with_roles`)
    actor_roles: tuple[str, ...] = field(default_factory=tuple)
    #: why the row has its date, in words (`timeline.events.reasons`); empty until
    #: `build_events` gives it
    date_reason: str = ""

    def __post_init__(self) -> None:
        if self.anchor not in ANCHORS:
            raise ValueError(f"anchor {self.anchor!r} is not one of {ANCHORS}")
        if self.granularity is not None and self.granularity not in GRANULARITIES:
            raise ValueError(
                f"granularity {self.granularity!r} is not one of {GRANULARITIES} (or None)"
            )
        if (
            self.date_start is not None
            and self.date_end is not None
            and self.date_start > self.date_end
        ):
            raise ValueError(f"date_start {self.date_start} is after date_end {self.date_end}")
        if len(self.actors) != len(self.actor_types):
            raise ValueError("actors and actor_types must have the same length")
        if self.actor_roles and len(self.actor_roles) != len(self.actors):
            raise ValueError("actor_roles must be empty or as long as actors")


def event_id(doc_id: str, sentence_start: int, sentence_end: int, date_offset: int | None) -> str:
    """A stable id: the same document and offsets give the same id in every run.

    >>> event_id("blinken", 0, 10, 3)
    'ev-cf456986bea6'
    >>> event_id("blinken", 0, 10, 3) == event_id("blinken", 0, 10, None)
    False
    """
    key = f"{doc_id}\x1f{sentence_start}\x1f{sentence_end}\x1f{date_offset}"
    return "ev-" + hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def actors_in(
    mentions: Sequence[ActorMention], start: int, end: int
) -> tuple[list[str], list[str]]:
    """Canonical names (and types) of the mentions inside [start, end), first mention first.

    >>> from timeline.actors import ActorMention
    >>> actors_in([ActorMention(0, 7, "Blinken", "Antony Blinken", "person")], 0, 20)
    (['Antony Blinken'], ['person'])
    """
    first = bisect_left(mentions, start, key=lambda mention: mention.start)
    names: list[str] = []
    types: list[str] = []
    # by index: a slice `mentions[first:]` would copy the rest of a long document's list
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end and mention.name not in names:
            names.append(mention.name)
            types.append(mention.type)
    return names, types


def _closing_month(timex: Timex) -> tuple[date, date] | None:
    """The month a company's year closes in, for "the end of the financial year" once the
    article has put that year on the company's calendar (a whole year, `FY` value, ending on
    its last day): the books close on a known day, a deadline, not some time in the year
    ("will not raise prices before the end of the financial year", of a year running July to
    June, is June). None for any other expression, and for a company's year not known.

    >>> from timeline.temporal import Timex
    >>> end = Timex(0, 29, "the end of the financial year", "DATE", "FY2021", "END", "year",
    ...             date(2020, 7, 1), date(2021, 6, 30))
    >>> _closing_month(end)
    (datetime.date(2021, 6, 1), datetime.date(2021, 6, 30))
    >>> from dataclasses import replace
    >>> _closing_month(replace(end, mod=None)) is None
    True
    >>> _closing_month(replace(end, date_start=date(2021, 9, 1), date_end=date(2021, 12, 31)))
    >>> _closing_month(replace(end, date_start=date(2023, 3, 1), date_end=date(2024, 2, 28)))
    """
    first, last = timex.date_start, timex.date_end
    if timex.mod != "END" or not timex.value.startswith("FY") or first is None or last is None:
        return None
    if timex.granularity != Granularity.YEAR or len(timex.value) != 6:
        return None  # "FY2021-Q4": a quarter's end stays the quarter
    if first != add_months(last + timedelta(days=1), -12):
        return None  # the part of a calendar year the tagger read, no company's year
    return last.replace(day=1), last


def _long(first: date | None, last: date | None) -> bool:
    """Whether a weekend's days are more than a Saturday and a Sunday: a holiday's long
    weekend.

    >>> _long(date(1947, 4, 4), date(1947, 4, 7)), _long(date(2021, 6, 5), date(2021, 6, 6))
    (True, False)
    """
    return first is not None and last is not None and (last - first).days > 1


def dated_event(
    doc: Document,
    sentence: Sentence,
    timex: Timex,
    anchor: Anchor,
    names: Sequence[str],
    types: Sequence[str],
    action: str | None = None,
    *,
    dated: bool = True,
) -> Event:
    """The event of `sentence` dated by `timex` (its own, or one it inherits); with `dated`
    False, the expression is the evidence but the row keeps no day (`vague`).

    >>> from timeline.documents import Document
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> monday = Timex(11, 17, "Monday", "DATE", "2023-10-23", granularity="day",
    ...                date_start=date(2023, 10, 23), date_end=date(2023, 10, 23))
    >>> event = dated_event(Document("a", "He spoke on Monday."), Sentence(0, 19,
    ...     "He spoke on Monday.", 0), monday, Anchor.EXPLICIT, ["Blinken"], ["person"], "speak")
    >>> event.anchor, event.date_start, event.date_text
    ('explicit', datetime.date(2023, 10, 23), 'Monday')
    """
    granularity, value = timex.granularity, timex.value
    first, last = timex.date_start, timex.date_end
    closing = _closing_month(timex)
    if closing is not None:
        granularity, (first, last) = Granularity.MONTH.value, closing
    elif timex.mod in PART_MODS:
        # "late January", "mid-2021", "the end of the year": the row is the period at its
        # precision (a month, a year); the value keeps which part of it
        whole = interval_of(value, None)
        if whole[2] == granularity and whole[0] is not None:
            first, last = whole[0], whole[1]
    elif value.endswith("-WE") and granularity == Granularity.WEEK and not _long(first, last):
        # "over the weekend" (2021-W22-WE): a row at a week's precision is that whole week,
        # Monday to Sunday, as a weekday's row is its day; the value keeps the weekend. A
        # holiday's long weekend ("over the Easter weekend": Good Friday to Easter Monday)
        # keeps its own days, which cross the week's
        whole = interval_of(value.removesuffix("-WE"), None)
        if whole[0] is not None:
            first, last = whole[0], whole[1]
    if anchor == Anchor.INHERITED and granularity == Granularity.TIME:
        # a later sentence takes the day, not the time of day of the one it follows
        granularity, value = Granularity.DAY.value, value.split("T", 1)[0]
    elif granularity == Granularity.TIME and day_part(value):
        # "last night", "Sunday evening": a part of the day is no clock; the row is at the day's
        # precision, its value keeps the part (the engine still ranks it with the clocks)
        granularity = Granularity.DAY.value
    elif granularity == Granularity.TIME and (
        hours_of_a_day(sentence, timex) or bounding_clock(sentence, timex) or at_midnight(timex)
    ):
        # "open from 6 a.m. to 10 p.m.", "had reached the town by 16:30", "came into force at
        # midnight": the hours of a day, a bound of the clause, or the boundary of two days,
        # whose row is the day's
        granularity = Granularity.DAY.value
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, timex.start),
        doc_id=doc.id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        paragraph=sentence.paragraph,
        anchor=anchor.value,
        date_start=first if dated else None,
        date_end=last if dated else None,
        granularity=granularity if dated else None,
        date_text=timex.text,
        date_value=value,
        date_text_start=timex.start,
        date_text_end=timex.end,
        actors=tuple(names),
        actor_types=tuple(types),
        action=action,
    )


def news_day_event(
    doc: Document,
    sentence: Sentence,
    names: Sequence[str],
    types: Sequence[str],
    action: str | None,
    *,
    dated: bool = True,
    day: date | None = None,
) -> Event:
    """The event of an undated news sentence: what happened by the publication day
    (`published`; by `day`, a live entry's own, when given), or, with `dated` False, before
    it on no known day (`vague`, `PAST_REF`).

    >>> from timeline.documents import Document
    >>> from timeline.sentences import Sentence
    >>> doc = Document("a", "Jobs spoke.", published=date(2010, 7, 17), published_source="user")
    >>> event = news_day_event(doc, Sentence(0, 11, "Jobs spoke.", 0), ["Steve Jobs"],
    ...                        ["person"], "speak")
    >>> event.anchor, event.date_start, event.date_value
    ('published', datetime.date(2010, 7, 17), '2010-07-17')
    """
    day = (day or doc.published) if dated else None  # None too in news whose date is unknown
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, None),
        doc_id=doc.id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        paragraph=sentence.paragraph,
        anchor=Anchor.PUBLISHED.value if dated else Anchor.VAGUE.value,
        date_start=day,
        date_end=day,
        granularity=Granularity.DAY.value if day else None,
        date_text="",
        date_value=day.isoformat() if day else "XXXX-XX-XX" if dated else "PAST_REF",
        date_text_start=None,
        date_text_end=None,
        actors=tuple(names),
        actor_types=tuple(types),
        action=action,
    )
