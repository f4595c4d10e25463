"""Resolving: a partial value (``partial``) and the running reference and tense -> a TIMEX3
value and interval (``resolve``), the one place where news and narrative part ways.

    >>> from datetime import date
    >>> from timeline.temporal.partial import DayShift
    >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
    >>> resolve(DayShift(-1), running)
    Resolved(value='2023-10-22', type='DATE', mod=None, remember=True, interval=None)
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import assert_never

from timeline.temporal.calendar import (
    _month_end,
    _year_value,
    add_months,
)
from timeline.temporal.deadline import due_ahead
from timeline.temporal.partial import (
    AdjacentUnit,
    ClockTime,
    Counted,
    DayShift,
    Decade,
    Direction,
    FiscalYear,
    MonthlessDay,
    MonthOfYear,
    Partial,
    PartOfUnit,
    RelativeMonth,
    RelativeQuarter,
    RelativeUnit,
    Resolved,
    Season,
    TwoDigitYear,
    UnitInQuestion,
    Weekday,
    YearlessDate,
    YearlessQuarter,
)
from timeline.temporal.patterns import (
    _DETERMINER_BEFORE_RE,
    _NOUN_AFTER_YEAR_RE,
    _SENTENCE_END_RE,
)
from timeline.temporal.reference import RunningReference, _Anchor
from timeline.temporal.resolve_named_periods import (
    _decade,
    _fiscal_year,
    _relative_quarter,
    _season,
    _two_digit_year,
    _yearless_quarter,
)
from timeline.temporal.resolve_periods import (
    _adjacent_unit,
    _counted,
    _part_of_unit,
    _relative_unit,
    _unit_in_question,
)
from timeline.temporal.scene_clock import period_of_its_sentence, scene_day
from timeline.temporal.tense import _tense, when_clause_year
from timeline.temporal.vocabulary import VOCABULARY, _alternation

__all__ = [
    "Direction",
    "Resolved",
    "resolve",
    "resolve_weekday",
    "resolve_year",
    "year_of",
]

#: in narrative, a year-less month this many months before the running reference's month is
#: next year's ("December 7, 1941 ... In January" is January 1942)
NARRATIVE_ROLLOVER_MONTHS = 8
#: in news, a year-less day this many days or fewer from the reference date is that nearest
#: one whatever its clause's tense ("a tanker due on May 28", written on June 2)
NEAR_DAY_REACH = 31
#: ... unless its sentence says the year is another ("next year's edition will run from
#: Nov. 16 to Dec. 2", written on December 3)
#: ... or it is an end of a range ("ran from 3 July to 28 August": the range's tense is its days';
#: not the day a thing takes effect, "was raised with effect from 1 October", which opens none)
_RANGE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:(?<!effect )from|between|to|until|till|through|and)|[-–])\s*$"
)
_RANGE_AFTER_RE = re.compile(r"(?i)\s*(?:[-–]|(?:to|until|till|through|and)\b)")
_RANGE_INSIDE_RE = re.compile(r"(?i)\d\s*(?:[-–]|(?:to|until|till|through|and)\b)")
#: ... or, a day ahead, it is the day of the past verb right before it ("Shops closed on
#: Thanksgiving", "The data was updated March 11": last year's)
_ITS_PAST_VERB_RE = re.compile(r"(?i)\b(?:[a-z]+ed|was|were)\s+(?:on\s+)?$")
_ANOTHER_YEAR_RE = re.compile(
    r"(?i)\b(?:"
    + _alternation(w for w in VOCABULARY.relation_words("unit") if VOCABULARY.shift(w))
    + r")\s+year\b"
)


def resolve(
    partial: Partial, running: RunningReference, span: tuple[int, int] | None = None
) -> Resolved | None:
    """The TIMEX3 value of ``partial`` in its text, or None when it names no date.

    ``span`` is where the expression stands in ``running.text``: the tense of its clause is
    read there, only when the partial leaves the direction to it (a bare weekday, a
    year-less date in news).

    >>> from timeline.temporal.partial import Weekday
    >>> text = "He will meet them on Sunday."
    >>> news = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolve(Weekday(7), news, (21, 27)).value
    '2023-10-29'
    """
    match partial:  # the commonest kinds first
        case YearlessDate():
            return _yearless(partial, running, span)
        case RelativeUnit():
            return _relative_unit(partial, running)
        case DayShift():
            return _day_shift(partial, running)
        case Counted():
            return _counted(partial, running, span)
        case Weekday():
            return _weekday(partial, running, span)
        case Season():
            return _season(partial, running, span)
        case ClockTime():
            return _clock_time(partial, running, span)
        case PartOfUnit():
            return _part_of_unit(partial, running)
        case YearlessQuarter():
            return _yearless_quarter(partial, running, span)
        case MonthOfYear():
            return _month_of_year(partial, running)
        case RelativeQuarter():
            return _relative_quarter(partial, running)
        case UnitInQuestion():
            return _unit_in_question(partial, running, span)
        case MonthlessDay():
            return _monthless_day(partial, running, span)
        case RelativeMonth():
            return _relative_month(partial, running)
        case Decade():
            return _decade(partial, running)
        case AdjacentUnit():
            return _adjacent_unit(partial, running)
        case FiscalYear():
            return _fiscal_year(partial, running)
        case TwoDigitYear():
            return _two_digit_year(partial, running)
        case _:  # mypy checks that every kind of Partial has its case
            assert_never(partial)


def _weekday(partial: Weekday, running: RunningReference, span: tuple[int, int] | None) -> Resolved:
    # narrative moves forward from the last date ("On Monday ... On Friday" is that week's)
    base: date | None
    direction: Direction = "forward"
    if partial.anchor == "anaphoric" or running.narrative:
        base = running.anaphoric_day()
    else:
        base = running.deictic_day()
        if partial.direction is not None:
            direction = partial.direction
        else:
            tense = _tense(running.text, *span) if span is not None else "past"
            direction = "back" if tense == "past" else "forward"  # present, future: ahead
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    if base is None:
        return Resolved.unknown(f"XXXX-WXX-{partial.weekday}{suffix}", type_)
    day = resolve_weekday(base, partial.weekday, direction)
    return Resolved(day.isoformat() + suffix, type_)


def _day_shift(partial: DayShift, running: RunningReference) -> Resolved:
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    base = running.deictic_day()
    if base is None:
        if partial.today and running.narrative:
            return Resolved.unknown("PRESENT_REF")
        return Resolved.unknown("XXXX-XX-XX" + suffix, type_)
    return Resolved((base + timedelta(days=partial.days)).isoformat() + suffix, type_)


#: A clock's day said anaphorically right after it: "at 9pm that evening", "at 09:20 UTC
#: that morning".
_THAT_PART_OF_DAY_RE = re.compile(
    rf"(?i)\s*,?\s+(?:on\s+)?that\s+(?:{_alternation(VOCABULARY.parts_of_a_day)}|day)\b"
)
#: Days before the reference within which a day told just before is the day of a clock time.
_STORY_CLOCK_REACH = 7
#: ... told in one of the sentences this far before it
_STORY_CLOCK_SENTENCES = 2


def _clock_time(
    partial: ClockTime, running: RunningReference, span: tuple[int, int] | None
) -> Resolved:
    clock = f"T{partial.hour:02d}:{partial.minute:02d}{partial.zone}"
    if span is not None and (period := period_of_its_sentence(running, span[0])) is not None:
        return Resolved.unknown(period + clock, "TIME")  # "Last year's final ... at 10.05pm"
    base = running.deictic_day()
    mentioned = running.anchor.as_date() if running.anchor is not None else None
    if span is not None and _THAT_PART_OF_DAY_RE.match(running.text, span[1]):
        # "Orders peaked at 9pm that evening": the day the text told, however far back
        base = running.anaphoric_day() or base
    # a clock time belongs to the day last mentioned: in news within its sentence, or under
    # a heading that is that day alone (a timeline's entries "14:02 - ..." under "Monday,
    # March 7"), not after it within a month of the news
    if mentioned is not None and (
        running.narrative or (span is not None and running.mentioned_in_sentence(span[0]))
    ):
        base = mentioned
    elif running.entry_day is not None and not running.narrative:
        base = running.entry_day  # a live page's entry: its heading's day
    elif span is not None and (scene := scene_day(running, partial.hour, span)) is not None:
        # "on the morning of Friday, August 9 ... opened on Tuesday ... 8.40 a.m.": the story is
        # back in its scene, which "the following day" now counts from
        base = scene
        running.remember(scene.isoformat(), *span)
    elif (
        mentioned is not None
        and base is not None
        and (base - mentioned).days == 1
        and span is not None
        and running.mentioned_just_before(span[0])
    ):
        base = mentioned  # "A fire broke out last night ... The alarm was raised at 9.42 p.m."
    elif (
        mentioned is not None
        and base is not None
        and 1 <= (base - mentioned).days <= _STORY_CLOCK_REACH
        # a scene told by the clock, or the latest day the story tells
        and (running.mentioned_with_time_of_day() or mentioned >= (running.latest_day or mentioned))
        and span is not None
        # the day before in the sentence just before; an earlier day up to two back
        and (running.sentences_since_mentioned(span[0]) or 0)
        <= (1 if (base - mentioned).days == 1 else _STORY_CLOCK_SENTENCES)
        and _tense(running.text, *span) == "past"
        # not the time of a thing ("said in its 8 a.m. report"): that is the news day's
        and not _DETERMINER_BEFORE_RE.search(running.text, max(0, span[0] - 8), span[0])
    ):
        # "began at 3 a.m. on Saturday ... By 6:40 a.m. the hospital had shut down": the
        # story's day told just before, for what happened at a clock time
        base = mentioned
    elif (
        not running.narrative
        and running.heading_day is not None
        and base is not None
        and running.heading_day <= base
    ):
        base = running.heading_day
    if base is None:
        return Resolved.unknown("XXXX-XX-XX" + clock, "TIME")
    if not running.narrative and partial.hour < 24:
        running.clock = datetime.combine(base, time(partial.hour, partial.minute))
    return Resolved(base.isoformat() + clock, "TIME", remember=False)


def resolve_weekday(base: date, weekday: int, direction: Direction) -> date:
    """The ISO ``weekday`` nearest ``base`` in ``direction``.

    >>> monday = date(2023, 10, 23)
    >>> resolve_weekday(monday, 5, "back"), resolve_weekday(monday, 1, "before")
    (datetime.date(2023, 10, 20), datetime.date(2023, 10, 16))
    >>> resolve_weekday(monday, 1, "forward"), resolve_weekday(monday, 1, "after")
    (datetime.date(2023, 10, 23), datetime.date(2023, 10, 30))
    """
    delta = weekday - base.isoweekday()
    if direction == "back":
        delta = delta if delta <= 0 else delta - 7
    elif direction == "forward":
        delta = delta if delta >= 0 else delta + 7
    elif direction == "before":
        delta = delta if delta < 0 else delta - 7
    else:
        delta = delta if delta > 0 else delta + 7
    return base + timedelta(days=delta)


def resolve_year(month: int, day: int | None, reference: date, tense: str | None) -> int | None:
    """The year of a month (and day) written without one, in news.

    A past-tense clause takes the latest such date not after the reference, a future one the
    earliest not before it, and otherwise (present, no cue) the nearest one.

    >>> reference = date(2023, 10, 23)
    >>> [resolve_year(12, 5, reference, tense) for tense in ("past", "future", None)]
    [2022, 2023, 2023]
    """
    options: list[tuple[date, date, int]] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            first = date(year, month, day or 1)
            last = date(year, month, day) if day else _month_end(year, month)
        except ValueError:
            continue
        options.append((first, last, year))
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o[0] <= reference]
        if past:
            return past[-1][2]
    elif tense == "future":
        future = [o for o in options if o[1] >= reference]
        if future:
            return future[0][2]
    middle = {o[2]: o[0] + (o[1] - o[0]) / 2 for o in options}
    return min(middle, key=lambda y: abs((middle[y] - reference).days))


def year_of(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None = None
) -> int | None:
    """The year of a month (and day) written without one.

    News: a past-tense clause takes the latest such date not after the reference, a future
    one the earliest not before it, and otherwise the nearest one. Narrative: the running
    reference's year, or the next when the month lies far behind its month. News without its
    date: the year told in its sentence or the one before, else none (it counts from the day
    of writing, which is not known).

    >>> running = RunningReference("It ended in January.", date(2023, 10, 23), False)
    >>> year_of(YearlessDate(1), running, (12, 19))
    2023
    """
    if running.narrative or running.reference is None:
        parts = running.anaphoric_parts()
        if not running.narrative and (span is None or not running.told_just_before(span[0])):
            parts = None  # "the first months of 2019 ... between January and April" only
        if parts is None:
            return None
        if parts.month is not None and parts.month - partial.month >= NARRATIVE_ROLLOVER_MONTHS:
            return parts.year + 1  # "December 7, 1941 ... In January" is January 1942
        return parts.year
    then = when_clause_year(running.text, span[0]) if span else None
    if then is not None:
        return then  # "in 2016, when frosts hit the valley in October"
    tense = _tense(running.text, span[0], span[1], None) if span else None  # present: nearest
    if span and partial.day is None and _names_a_period_of(running.text, span):
        tense = None  # "the February jobs report, due next Friday": the nearest February
    if (
        span is not None
        and partial.day is not None
        and _near_the_reference(partial.month, partial.day, running, span)
    ):
        tense = None
    return resolve_year(partial.month, partial.day, running.reference, tense)


def _near_the_reference(
    month: int, day: int, running: RunningReference, span: tuple[int, int]
) -> bool:
    """Whether a year-less day lies within `NEAR_DAY_REACH` days of the news reference date,
    in its nearest year: that day, not one a year away, is the one meant, whatever the tense
    of its clause ("said on Thursday that a tanker due on May 28 had been diverted", written
    on June 2; "was planned for the night of the twenty-sixth of March", written on March
    18); not an end of a range ("ran from 3 July to 28 August", written on June 18: the
    range's tense decides), nor a day ahead that its past verb right before it tells of
    ("The data was updated March 11", written on March 9: last year's).

    >>> running = RunningReference("", date(1979, 6, 2), False)
    >>> _near_the_reference(5, 28, running, (0, 0)), _near_the_reference(4, 28, running, (0, 0))
    (True, False)
    """
    reference, text = running.reference, running.text
    if (
        reference is None
        or _RANGE_BEFORE_RE.search(text, max(0, span[0] - 12), span[0])
        or _RANGE_AFTER_RE.match(text, span[1])
        or _RANGE_INSIDE_RE.search(text, span[0], span[1])
        or _ANOTHER_YEAR_RE.search(_sentence_of(text, span))
    ):
        return False
    nearest = resolve_year(month, day, reference, None)
    if nearest is None:
        return False
    try:
        distance = (date(nearest, month, day) - reference).days
    except ValueError:
        return False  # February 29 of no leap year
    if distance > 0 and _ITS_PAST_VERB_RE.search(text, max(0, span[0] - 30), span[0]):
        return False
    if distance < 0 and due_ahead(text, span[0]):
        return False  # "expects to finish by Dec. 31", written on January 31: the coming one
    return abs(distance) <= NEAR_DAY_REACH


def _sentence_of(text: str, span: tuple[int, int]) -> str:
    """The sentence `span` stands in (within 300 characters either side).

    >>> _sentence_of("It fell. It rose on May 2 again. Then", (19, 24))
    'It rose on May 2 again.'
    """
    start = max(0, span[0] - 300)
    for stop in _SENTENCE_END_RE.finditer(text, start, span[0]):
        start = stop.end()
    closing = _SENTENCE_END_RE.search(text, span[1], span[1] + 300)
    return text[start : closing.start() + 1 if closing else span[1] + 300].strip()


def _names_a_period_of(text: str, span: tuple[int, int]) -> bool:
    """Whether the month at `span` describes a thing after a determiner ("the February jobs
    report", "its March sales"): the clause's tense is the thing's, not the month's.

    >>> _names_a_period_of("The February jobs report is due.", (4, 12))
    True
    >>> _names_a_period_of("The report is due in February.", (20, 28))
    False
    """
    start, end = span
    return bool(
        _DETERMINER_BEFORE_RE.search(text[max(0, start - 12) : start])
        and _NOUN_AFTER_YEAR_RE.match(text, end)
    )


def _yearless(
    partial: YearlessDate, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    year = year_of(partial, running, span)
    month, day = partial.month, partial.day
    if day is None:
        if year is None:
            return Resolved.unknown(f"XXXX-{month:02d}")
        return Resolved(f"{_year_value(year)}-{month:02d}")
    if year is None:
        return Resolved.unknown(f"XXXX-{month:02d}-{day:02d}")
    return _day_of(year, month, day)


def _monthless_day(
    partial: MonthlessDay, running: RunningReference, span: tuple[int, int] | None
) -> Resolved | None:
    day = partial.day
    parts = running.anaphoric_parts()
    if parts is None or parts.month is None:
        return Resolved.unknown(f"XXXX-XX-{day:02d}")
    if not running.narrative and running.reference is not None and running.anchor is None:
        # news: the nearest such day of a month around the reference
        reference = running.reference
        options = [add_months(reference.replace(day=1), k) for k in (-1, 0, 1)]
        best = min(
            (o for o in options if day <= _month_end(o.year, o.month).day),
            key=lambda o: abs((o.replace(day=day) - reference).days),
            default=None,
        )
        return _day_of(best.year, best.month, day) if best is not None else None
    if partial.year is not None:
        return _day_of(partial.year, parts.month, day)
    return _yearless(YearlessDate(parts.month, day), running, span)


def _day_of(year: int, month: int, day: int) -> Resolved | None:
    """A day of a known year; None when there is no such day (February 30)."""
    try:
        if year > 0:
            date(year, month, day)
    except ValueError:
        return None
    return Resolved(f"{_year_value(year)}-{month:02d}-{day:02d}")


def _month_of_year(partial: MonthOfYear, running: RunningReference) -> Resolved | None:
    # "next year" counts from the reference date in news, from the last date in narrative
    year: int | None
    if partial.anchor == "deictic" and not running.narrative and running.reference is not None:
        year = running.reference.year + partial.shift
    else:
        parts = running.anaphoric_parts()
        year = parts.year + partial.shift if parts is not None else None
    if year is None:
        return Resolved.unknown(f"XXXX-{partial.month:02d}")
    if partial.day is None:
        return Resolved(f"{_year_value(year)}-{partial.month:02d}")
    return _day_of(year, partial.month, partial.day)


def _relative_month(partial: RelativeMonth, running: RunningReference) -> Resolved:
    parts: _Anchor | None = None
    if partial.anchor == "anaphoric" or running.narrative:
        parts = running.anaphoric_parts()
    elif running.reference is not None:
        reference = running.reference
        parts = _Anchor(reference.year, reference.month, reference.day)
    month = partial.month
    if parts is None or parts.month is None:
        return Resolved.unknown(f"XXXX-{month:02d}")
    year = parts.year
    if partial.shift < 0 and month >= parts.month:
        year -= 1
    elif partial.shift > 0 and month <= parts.month:
        year += 1
    return Resolved(f"{_year_value(year)}-{month:02d}")
