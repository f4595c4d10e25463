"""Joining adjacent expressions that name one time: a day and its clock ("Tuesday at 9 p.m.",
"9:34 p.m., March 19 EST"), the first or last day of a period ("the last day of the month"), a
weekday of a week, a month or a day and the year told after it ("August last year", "June 3
next year"), the same period of another year ("the same quarter last year"), and the ranges
of months that write their year once ("from May to August last year"); ``tag.tag`` calls
`join_adjacent` on what the normaliser found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from timeline.temporal.calendar import add_months, interval_of, nth_weekday
from timeline.temporal.patterns import DAY_VALUE_RE, RANGE_OPENING_RE, ZONE_IN_WORDS
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS


def join_adjacent(text: str, found: Sequence[Timex], *, narrative: bool) -> list[Timex]:
    """The expressions ``found`` in ``text`` (any order, overlapping ones dropped) with those
    side by side that name one time joined: a day and its clock ("Tuesday at 9 p.m."), an end
    of a period ("the last day of the month"), a weekday of a week, a month and its year told
    after it ("August last year"), the same period of another year; and the first side of a
    range of months given the year its second side writes ("from May to August last year").
    """
    result: list[Timex] = []
    last_end = -1
    for timex in sorted(found, key=lambda t: t.start):
        if timex.start >= last_end:
            if result and _joinable(text, result[-1], timex):
                joined = _join_day_and_clock(text, result[-1], timex)
                if _clock_then_calendar_date(text, result[-1], timex):
                    result[-1] = _clock_alone(result[-1], joined)
                    result.append(timex)
                else:
                    result[-1] = joined
            elif result and (clock := _clock_on_part_of_day(text, result[-1], timex)):
                result[-1] = clock
                result.append(timex)
            elif result and (edge := _edge_of_period(text, result[-1], timex)) is not None:
                result[-1] = edge
            elif result and (in_week := _weekday_of_week(text, result[-1], timex)) is not None:
                result[-1] = in_week
            elif result and _month_then_year(text, result[-1], timex):
                result[-1] = _in_year(text, result[-1].start, result[-1], timex, None) or result[-1]
            elif result and _same_period_of_year(text, result[-1], timex):
                result[-1] = _join_same_period(text, result[-1], timex)
            elif result and (same := _same_unnamed_period(text, result[-1], timex)) is not None:
                result.append(same)
            else:
                result.append(_with_same_period(text, timex))
            last_end = timex.end
    return _range_ends_after_start(text, _ranges_into_year(text, result), narrative)


_CLOCK_RE = re.compile(r"^(?:XXXX-XX-XX|\d{4}-\d\d-\d\d)T\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?$")
#: Between a clock and its day: "at", "on", a comma, or a zone named in words whose offset
#: depends on the date ("11:30 p.m. Eastern on Tuesday", "4 p.m. New York time Friday"; "Time"
#: as a release capitalises it, "8:30 a.m. Eastern Time tomorrow", "10:00 India Standard Time
#: on Friday"), and a zone's letters in brackets after it ("4pm local time (GMT) on 18 June").
_JOINER_RE = re.compile(
    rf"^\s*(?:,\s*)?(?:{ZONE_IN_WORDS}\s*(?:,\s*)?)?"
    r"(?:\([A-Z]{2,5}(?:[+-]\d{1,2})?\)\s*(?:,\s*)?)?(?:(?i:at|on)\s+)?$"
)


def _joinable(text: str, first: Timex, second: Timex) -> bool:
    """ "May 8 1:00AM", "9 a.m. Monday", "Friday at 3 p.m.": one point in time."""
    between = text[first.end : second.start]
    if "\n" in between or not _JOINER_RE.match(between):
        return False  # no point in time across a line break (a heading and its entry)
    return bool(
        (DAY_VALUE_RE.match(first.value) and _CLOCK_RE.match(second.value))
        or (_CLOCK_RE.match(first.value) and DAY_VALUE_RE.match(second.value))
    )


def day_with_clock(text: str, day: Timex, clock: Timex) -> Timex | None:
    """A day and the clock written right after it as one point in time, for a day made after
    the joins ("the last Saturday of the month at 8:30 p.m.": `weekday_pairs`); None when
    they are no such pair.

    >>> text = "It opens on the last Saturday of the month at 8 p.m."
    >>> day = Timex(12, 42, text[12:42], "DATE", "1987-03-28", None, "day")
    >>> clock = Timex(46, 52, "8 p.m.", "TIME", "1987-03-07T20:00", None, "time")
    >>> day_with_clock(text, day, clock).value
    '1987-03-28T20:00'
    """
    between = text[day.end : clock.start]
    if (
        not DAY_VALUE_RE.match(day.value)
        or _CLOCK_ON_ANY_DAY_RE.match(clock.value) is None
        or "\n" in between
        or not _JOINER_RE.match(between)
    ):
        return None
    return _join_day_and_clock(text, day, clock)


#: A clock's value on any day, or on a day of a month not known ("1987-04-XXT10:00": a clock
#: after "next month", before the weekday of that month made it a day).
_CLOCK_ON_ANY_DAY_RE = re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?$")


def _join_day_and_clock(text: str, first: Timex, second: Timex) -> Timex:
    day, clock = (first, second) if DAY_VALUE_RE.match(first.value) else (second, first)
    value = day.value + clock.value[clock.value.index("T") :]
    mod = first.mod or second.mod  # "about 9 a.m. Monday"
    return Timex(
        first.start, second.end, text[first.start : second.end], "TIME", value, mod, "time",
        day.date_start, day.date_end,
    )  # fmt: skip


#: A part of a day's value: "2022-05-05TNI" (last night), "2022-05-06TMO" (this morning).
_PART_OF_DAY_RE = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?P<part>MO|AF|EV|NI)$")
#: A clock's hour written with its half of the day: "10pm", "7 a.m.".
_HALF_OF_DAY_RE = re.compile(r"(?i)[ap]\.?m\b")


def _clock_on_part_of_day(text: str, clock: Timex, part: Timex) -> Timex | None:
    """The clock right before a part of a day ("at 10pm last night", "at 7am this morning",
    "at ten o'clock on Tuesday night") on that part's day, an hour written without its half
    of the day read in it ("ten o'clock last night" is 22:00); None for other pairs. The two
    stay two expressions.

    >>> text = "Polls closed at 10pm last night."
    >>> clock = Timex(16, 20, "10pm", "TIME", "2022-05-06T22:00", granularity="time")
    >>> night = Timex(21, 31, "last night", "TIME", "2022-05-05TNI", granularity="time")
    >>> _clock_on_part_of_day(text, clock, night).value
    '2022-05-05T22:00'
    """
    found = _PART_OF_DAY_RE.match(part.value)
    if found is None or not _CLOCK_RE.match(clock.value) or clock.value.startswith("XXXX"):
        return None
    between = text[clock.end : part.start]
    if "\n" in between or not _JOINER_RE.match(between):
        return None
    hour = int(clock.value[11:13])
    if found["part"] != "MO" and 5 <= hour < 12 and not _HALF_OF_DAY_RE.search(clock.text):
        hour += 12  # "ten o'clock last night"
    elif (found["part"] == "MO") != (hour < 12):
        return None  # "2am last night", "3pm this morning": not read here
    value = f"{found['day']}T{hour:02d}{clock.value[13:]}"
    return replace(clock, value=value, date_start=part.date_start, date_end=part.date_end)


#: A day written with its month: "June 1st", "11 November 1918", "March 20, 2003".
_CALENDAR_DATE_RE = re.compile(r"(?i)\b(?:" + "|".join(MONTHS) + r")\b")
#: Between a clock and a calendar date that is an expression of its own: "on", a comma.
_APART_RE = re.compile(r"(?i)(?:^\s*,|\bon)\s*$")
#: A time zone's letters after the date, which belong to the clock before it ("9:34 p.m.,
#: March 19 EST" is one point in time).
_ZONE_AFTER_RE = re.compile(r"\s*\(?[A-Z]{1,4}T\b")
#: A preposition of prose before the clock ("at 09:30, March 3"); a stamp has none ("Updated
#: 09:15, 22 MAR 2023" is one point in time).
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)\b(?:at|from|by|until|till|before|after|around|about|since|of)\s+$"
)


def _clock_then_calendar_date(text: str, first: Timex, second: Timex) -> bool:
    """ "at 16:15 UTC, June 1st", "11 a.m. on 11 November 1918": a clock, then the date
    written with its month after "on" or a comma ("5:34 AM local time on March 20"), are two
    expressions in prose (after a preposition; a stamp's clock and day are one) (TimeML keeps them
    apart; "9 a.m. Monday", "16:00 UTC today" and "May 8 1:00AM" stay one)."""
    return bool(
        _CLOCK_RE.match(first.value)
        and DAY_VALUE_RE.match(second.value)
        and _APART_RE.search(text[first.end : second.start])
        and _CALENDAR_DATE_RE.search(second.text)
        and not _ZONE_AFTER_RE.match(text, second.end)
        and _PREPOSITION_BEFORE_RE.search(text, max(0, first.start - 8), first.start) is not None
    )


def _clock_alone(clock: Timex, joined: Timex) -> Timex:
    """The clock of a clock and its day said apart, with the day's date in its value."""
    return Timex(
        clock.start, clock.end, clock.text, "TIME", joined.value, clock.mod, "time",
        joined.date_start, joined.date_end,
    )  # fmt: skip


#: "the last day", "the first week": the day or week at one end of the period named after it
_EDGE_RE = re.compile(
    r"(?i)^the\s+(?P<side>first|last|final|opening|closing)\s+(?P<unit>day|week)$"
)
_OF_RE = re.compile(r"(?i)^\s+of\s+$")
_PERIODS = frozenset({"week", "month", "quarter", "half", "season", "year"})


def _edge_of_period(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "the last day of the quarter", "the first week of next month", "the last day of 2008":
    the day or week at that end of the period, as one expression.

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag("Shares rose on the last day of the quarter.",
    ...                                 date(2009, 6, 4))]
    [('the last day of the quarter', '2009-06-30')]
    """
    match = _EDGE_RE.match(first.text)
    if (
        match is None
        or not _OF_RE.match(text[first.end : second.start])
        or second.granularity not in _PERIODS
        or second.date_start is None
        or second.date_end is None
    ):
        return None
    at_start = match["side"].lower() in ("first", "opening")
    day = second.date_start if at_start else second.date_end
    if match["unit"].lower() == "day":
        value, granularity, start, end = day.isoformat(), "day", day, day
    else:
        iso = day.isocalendar()
        value, granularity = f"{iso.year:04d}-W{iso.week:02d}", "week"
        start = max(second.date_start, day - timedelta(days=iso.weekday - 1))
        end = min(second.date_end, day + timedelta(days=7 - iso.weekday))
    return Timex(
        first.start, second.end, text[first.start : second.end], "DATE", value, first.mod,
        granularity, start, end,
    )  # fmt: skip


_WEEKDAY_OF_WEEK_RE = re.compile(r"(?i)^\s*(?:,\s*)?(?:of\s+)?$")
_WEEKDAY_NAMES = frozenset(name.lower() for name in WEEKDAYS)
_WEEK_VALUE_RE = re.compile(r"^\d{4}-W\d\d$")


def _weekday_of_week(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "Tuesday last week", "Thursday of next week": that weekday of the week named right
    after it, as one expression (a bare "Tuesday" would count from the reference date).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag("The board met Tuesday last week.", date(2023, 10, 25))]
    [('Tuesday last week', '2023-10-17')]
    """
    if (
        first.granularity != "day"
        or first.date_start is None
        or second.date_start is None
        or not _WEEK_VALUE_RE.match(second.value)
        or not _WEEKDAY_OF_WEEK_RE.match(text[first.end : second.start])
        or first.text.rstrip(".").lower().split()[-1] not in _WEEKDAY_NAMES
    ):
        return None
    week_monday = second.date_start - timedelta(days=second.date_start.weekday())
    day = week_monday + timedelta(days=first.date_start.weekday())
    return Timex(
        first.start, second.end, text[first.start : second.end], "DATE", day.isoformat(),
        first.mod, "day", day, day,
    )  # fmt: skip


#: "the same quarter", "the same month", "the same week": a period named again ...
_SAME_PERIOD_RE = re.compile(r"(?i)^the\s+same\s+(?:quarter|month|week|period|season|half)$")
#: ... in another year: "last year", "a year earlier", "the previous year", "2009"
_PERIOD_VALUE_RE = re.compile(
    r"^(?P<year>\d{4})(?P<rest>-(?:Q[1-4]|H[12]|\d\d(?:-\d\d(?:T(?:MO|AF|EV|NI))?)?|W\d\d|SP|SU|FA|WI))$"
)
#: A month or a day named before the year it is in: "August last year", "June 3 next year".
_YEAR_AFTER_RE = re.compile(r"(?i)\s+(?:last|this|next)\s+year")
_MONTH_NAME_RE = re.compile(r"[A-Z][a-z]+\.?")
#: The first side of a range of months that writes its year once, after the second: "from May
#: to August last year" (`patterns.RANGE_OPENING_RE` before it).
_RANGE_JOINING_RE = re.compile(r"(?i)\s*(?:to|and|until|till|through|-|–)\s*")


def _month_then_year(text: str, first: Timex, second: Timex) -> bool:
    """ "August last year": a month or a day, then the year it is in, said relatively."""
    return (
        first.granularity in ("month", "day", "time")  # "the morning of 15 March last year"
        and _PERIOD_VALUE_RE.match(first.value) is not None
        and _a_year(second)
        and _YEAR_AFTER_RE.fullmatch(text, first.end, second.end) is not None
    )


def _ranges_into_year(text: str, found: list[Timex]) -> list[Timex]:
    """A bare month opening a range takes the year the range's end names ("from May to August
    last year" is May to August 2024), the year before when it comes later in the calendar
    ("from November to February this year").

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag("It ran from May to August last year.", date(2025, 6, 18))]
    [('May', '2024-05'), ('August last year', '2024-08')]
    """
    out = list(found)
    for number, (first, second) in enumerate(itertools.pairwise(found)):
        if (
            first.granularity != "month"
            or second.granularity != "month"
            or _MONTH_NAME_RE.fullmatch(first.text) is None
            or _YEAR_AFTER_RE.search(second.text) is None
            or _RANGE_JOINING_RE.fullmatch(text, first.end, second.start) is None
            or RANGE_OPENING_RE.search(text, max(0, first.start - 12), first.start) is None
            or first.date_start is None
            or second.date_start is None
        ):
            continue
        year = second.date_start.year - (first.date_start.month > second.date_start.month)
        out[number] = _in_year(text, first.start, first, _year_timex(first, year), None) or first
    return out


def _range_ends_after_start(text: str, found: list[Timex], narrative: bool) -> list[Timex]:
    """In news, a range of two bare months ends in the year after its start when the tense put
    its end first ("has promised to release water between April and September", written in September
    2023, is April to September 2024).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag("It vowed to ship them between April and September.",
    ...                                 date(2023, 9, 14))]
    [('April', '2024-04'), ('September', '2024-09')]
    """
    out = list(found)
    for number, (first, second) in enumerate(itertools.pairwise(found)):
        if (
            narrative
            or first.granularity != "month"
            or second.granularity != "month"
            or _MONTH_NAME_RE.fullmatch(first.text) is None
            or _MONTH_NAME_RE.fullmatch(second.text) is None
            or _RANGE_JOINING_RE.fullmatch(text, first.end, second.start) is None
            or RANGE_OPENING_RE.search(text, max(0, first.start - 12), first.start) is None
            or first.date_start is None
            or second.date_start is None
            or second.date_start >= first.date_start
        ):
            continue
        year = first.date_start.year + (second.date_start.month < first.date_start.month)
        out[number + 1] = (
            _in_year(text, second.start, second, _year_timex(second, year), None) or second
        )
    return out


def _year_timex(at: Timex, year: int) -> Timex:
    """A stand-in for the year `year` (only its value is read by `_in_year`)."""
    return Timex(at.start, at.end, at.text, "DATE", str(year), granularity="year")


def _a_year(timex: Timex) -> bool:
    """A whole year: "last year", "a year earlier", "2009"."""
    return timex.granularity == "year" and re.fullmatch(r"\d{4}", timex.value) is not None


def _same_period_of_year(text: str, first: Timex, second: Timex) -> bool:
    """ "the same quarter last year": one period, in the year the second names."""
    return (
        _SAME_PERIOD_RE.match(first.text) is not None
        and _PERIOD_VALUE_RE.match(first.value) is not None
        and _a_year(second)
        and re.fullmatch(r"\s*(?:,\s*)?(?:of\s+|in\s+)?", text[first.end : second.start])
        is not None
    )


def _join_same_period(text: str, first: Timex, second: Timex) -> Timex:
    """The period of `first` moved to the year of `second`.

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag
    >>> [(t.text, t.value) for t in tag("Profit fell from the same quarter last year.",
    ...                                 date(2023, 7, 20))]
    [('the same quarter last year', '2022-Q3')]
    """
    # _same_period_of_year checked that it is a period: nothing else to join
    return _in_year(text, first.start, first, second, first.mod) or first


#: "the same period", "the same time" right before a year: the period the sentence named
_UNNAMED_PERIOD_RE = re.compile(r"(?i)\bthe\s+same\s+(?:period|time)\s+(?:of\s+|in\s+)?$")


def _same_unnamed_period(text: str, named: Timex, year: Timex) -> Timex | None:
    """ "sales rose in February compared to the same period last year": the period named
    before it in the sentence (February), in the year the second expression names (2009).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag(
    ...     "Sales rose in February compared to the same period last year.", date(2010, 3, 3))]
    [('February', '2010-02'), ('the same period last year', '2009-02')]
    """
    match = _UNNAMED_PERIOD_RE.search(text, max(0, year.start - 40), year.start)
    if (
        match is None
        or not _a_year(year)
        or re.search(r"[.!?]\s", text[named.end : match.start()]) is not None
    ):
        return None
    return _in_year(text, match.start(), named, year, year.mod)


def _with_same_period(text: str, year: Timex) -> Timex:
    """ "In the same period last year": the words that name a period told of before the
    sentence (which `timeline.events` finds again), in the one expression with the year.

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag

    >>> [(t.text, t.value) for t in tag(
    ...     "Sales rose. In the same period last year, they fell.", date(2010, 3, 3))]
    [('the same period last year', '2009')]
    """
    match = _UNNAMED_PERIOD_RE.search(text, max(0, year.start - 40), year.start)
    if match is None or not _a_year(year) or not match[0].lower().startswith("the same period"):
        return year
    return replace(year, start=match.start(), text=text[match.start() : year.end])


def _in_year(text: str, start: int, period: Timex, year: Timex, mod: str | None) -> Timex | None:
    """The expression from `start` to the end of `year`: the value and days of `period` (a
    quarter, a month, a week ...) moved to the year `year` names; None when `period` is none."""
    match = _PERIOD_VALUE_RE.match(period.value)
    if match is None:
        return None
    value = _same_weekday_of_month(period, int(year.value)) or year.value + match["rest"]
    first, last, _ = interval_of(value, None)  # Feb 28 of 2023 is Feb 29 of 2024
    if first is None and period.date_start is not None and period.date_end is not None:
        months = 12 * (int(year.value) - int(match["year"]))
        first, last = add_months(period.date_start, months), add_months(period.date_end, months)
    return Timex(
        start, year.end, text[start : year.end], period.type,
        value, mod, period.granularity, first, last,
    )  # fmt: skip


#: A weekday counted in its month: "the last Sunday of March", "the first Monday in May".
_NTH_WEEKDAY_RE = re.compile(
    r"(?i)\b(?P<nth>first|second|third|fourth|last|final)\s+(?P<weekday>"
    + "|".join(WEEKDAYS)
    + r")\b"
)


def _same_weekday_of_month(period: Timex, year: int) -> str | None:
    """The day a weekday counted in its month falls on in `year`: "the last Sunday of March
    next year", told in 2026, is Sunday 28 March 2027, not the 29th, the day of the month it
    fell on in 2026; None for a day its text does not count so ("March 29 next year").

    >>> from datetime import date
    >>> sunday = Timex(0, 24, "the last Sunday of March", "DATE", "2026-03-29",
    ...                granularity="day", date_start=date(2026, 3, 29), date_end=date(2026, 3, 29))
    >>> _same_weekday_of_month(sunday, 2027)
    '2027-03-28'
    """
    named = _NTH_WEEKDAY_RE.search(period.text)
    day = period.date_start
    if (
        named is None
        or period.granularity != "day"
        or day is None
        or WEEKDAYS[named["weekday"].lower()] - 1 != day.weekday()
    ):
        return None
    nth = named["nth"].lower()
    return day.replace(year=year, day=nth_weekday(year, day.month, nth, day.weekday())).isoformat()
