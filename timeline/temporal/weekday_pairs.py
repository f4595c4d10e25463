"""A weekday read with the day written beside it. "Monday, the 14th of this month" and
"Thursday next, the 10th" are one day, the one the number names (a bare "Monday" would count
from the reference date), and "the first Monday of next month" is that Monday of the month
next to the reference's; the second weekday of "next Thursday and Friday" lies in the week of
the first, the day after it, not the Friday nearest the reference date, and the first of
"Wednesday and Thursday next week" in the week of the second; and the weekday of
the thing of a week's possessive is in that week ("Next week's episode, out on Friday").

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("The works begin on Monday, the 26th of this month.",
    ...                                 date(2021, 4, 15))]
    [('Monday, the 26th of this month', '2021-04-26')]
    >>> [(t.text, t.value) for t in tag("Polls open next Thursday and Friday.",
    ...                                 date(2021, 4, 15))]
    [('next Thursday', '2021-04-22'), ('Friday', '2021-04-23')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from timeline.kinds import Granularity
from timeline.temporal.joins import day_with_clock
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import WEEKDAYS

__all__ = ["weekdays_beside_days"]

#: Between a weekday and the day of the month it names: a comma, "next" ("Thursday next,").
_APPOSITION_RE = re.compile(r"(?i)^(?:\s+next)?\s*,?\s*$")
#: A day of the month by its number alone: "the 14th", "the 10th of this month", "21st".
_MONTH_DAY_RE = re.compile(r"(?i)^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b")
#: The nth weekday, right before a month said relatively: "the first Monday", "the last
#: Saturday" (of next month, of this month).
_NTH_WEEKDAY_RE = re.compile(
    r"(?i)\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<weekday>[a-z]+)$"
)
_NTH = ("first", "second", "third", "fourth")
#: A week's possessive: "Next week's episode".
_POSSESSIVE_RE = re.compile(r"['’]s\b")
#: How far after a week's possessive its weekday may be: "Next week's episode, out on Friday".
_POSSESSED_REACH = 60
#: What ends the clause of a week's possessive: a stop, "and", "but" ("Last week's storm hit
#: the coast, and the ferry resumed on Monday": Monday is not that week's).
_CLAUSE_BREAK_RE = re.compile(r"(?i)[.;:!?]|\b(?:and|but|while|after|before)\b")
#: A weekday told with its week after it: "Thursday next week", "Friday last week".
_WEEKDAY_OF_WEEK_RE = re.compile(
    r"(?i)(?:on\s+)?(?P<weekday>[a-z]+)\s+(?:next|last|this|the\s+following)\s+week"
)
#: Between two coordinated weekdays: "and", "or", a comma.
_COORDINATION_RE = re.compile(r"(?i)^\s*(?:,|,?\s*(?:and|or|&))\s*$")


def weekdays_beside_days(text: str, found: Sequence[Timex], reference: date | None) -> list[Timex]:
    """`found` with a weekday and the day of the month after it that falls on that weekday
    made one expression of that day, and a weekday coordinated after another one moved into
    the first one's week (unless that moves a day before `reference` after it: a past
    reading the tense chose)."""
    out: list[Timex] = []
    for timex in found:
        previous = out[-1] if out else None
        weekday = _weekday(timex)
        if previous is not None and (joined := _apposed(text, previous, timex)) is not None:
            out[-1] = joined
            continue
        if previous is not None and (nth := _nth_of_month(text, previous, timex)) is not None:
            out[-1] = nth
            continue
        if previous is not None and (clocked := day_with_clock(text, previous, timex)) is not None:
            out[-1] = clocked  # "the last Saturday of the month at 8:30 p.m.": its clock
            continue
        if previous is not None and (moved := _into_week_after(text, previous, timex)) is not None:
            out[-1] = moved
            out.append(timex)
            continue
        if previous is not None and weekday is not None and _possessed_week(text, previous, timex):
            out.append(_on_weekday_of(previous, timex, weekday))
        elif previous is not None and weekday is not None:
            out.append(_in_week_of(text, previous, timex, weekday, reference))
        else:
            out.append(timex)
    return out


def _weekday(timex: Timex) -> int | None:
    """The weekday (0 for Monday) `timex` names when it is a weekday's name alone."""
    number = WEEKDAYS.get(timex.text.rstrip(".").lower())
    if number is None or timex.granularity != Granularity.DAY or timex.date_start is None:
        return None
    return number - 1


def _last_weekday(timex: Timex) -> int | None:
    """The weekday that ends `timex` ("Monday", "next Thursday"), 0 for Monday."""
    words = timex.text.rstrip(".").lower().split()
    number = WEEKDAYS.get(words[-1]) if words else None
    if number is None or timex.granularity != Granularity.DAY or timex.date_start is None:
        return None
    return number - 1


def _apposed(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "Monday, the 14th": the weekday and its day, one expression, when the day is one."""
    weekday = _weekday(first)
    day = second.date_start
    if (
        weekday is None
        or day is None
        or second.granularity != Granularity.DAY
        or not _MONTH_DAY_RE.match(second.text)
        or not _APPOSITION_RE.match(text[first.end : second.start])
        or day.weekday() != weekday
    ):
        return None
    return replace(second, start=first.start, text=text[first.start : second.end], mod=first.mod)


def _nth_of_month(text: str, weekday: Timex, month: Timex) -> Timex | None:
    """ "the first Monday of next month": that weekday of the month the second expression
    names, one expression from "the"."""
    match = _NTH_WEEKDAY_RE.search(text, max(0, weekday.start - 20), weekday.end)
    first = month.date_start
    number = WEEKDAYS.get(match["weekday"].lower()) if match is not None else None
    if (
        match is None
        or number is None
        or first is None
        or month.granularity != Granularity.MONTH
        or text[weekday.end : month.start].lower() not in (" of ", " in ")
    ):
        return None
    nth = match["nth"].lower()
    if nth in ("last", "final"):
        end = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
        day = end - timedelta(days=(end.weekday() - (number - 1)) % 7)
    else:
        day = first + timedelta(days=(number - 1 - first.weekday()) % 7 + 7 * _NTH.index(nth))
    return Timex(
        match.start(), month.end, text[match.start() : month.end], "DATE", day.isoformat(),
        None, Granularity.DAY.value, day, day,
    )  # fmt: skip


def _into_week_after(text: str, first: Timex, second: Timex) -> Timex | None:
    """ "on Wednesday and Thursday next week": the first weekday, bare, in the week the second
    one names ("next week", "last week", "this week" after it), a day of that week before it.

    >>> wed = Timex(3, 12, "Wednesday", "DATE", "2023-04-12", None, "day",
    ...             date(2023, 4, 12), date(2023, 4, 12))
    >>> thu = Timex(17, 35, "Thursday next week", "DATE", "2023-04-20", None, "day",
    ...             date(2023, 4, 20), date(2023, 4, 20))
    >>> _into_week_after("on Wednesday and Thursday next week", wed, thu).value
    '2023-04-19'
    """
    earlier = _weekday(first)
    named = _WEEKDAY_OF_WEEK_RE.fullmatch(second.text.strip())
    later = WEEKDAYS.get(named["weekday"].lower()) if named is not None else None
    if (
        earlier is None
        or later is None
        or second.date_start is None
        or second.granularity != Granularity.DAY
        or earlier >= later - 1
        or not _COORDINATION_RE.match(text[first.end : second.start])
    ):
        return None
    day = second.date_start - timedelta(days=later - 1 - earlier)
    return replace(first, value=day.isoformat(), date_start=day, date_end=day)


def _possessed_week(text: str, week: Timex, day: Timex) -> bool:
    """Whether `day` (a bare weekday) tells when the thing of a week's possessive is, in the
    same clause: "Next week's episode, out on Friday", "next week's vote, on Thursday"."""
    between = text[week.end : day.start]
    return (
        week.granularity == Granularity.WEEK
        and week.date_start is not None
        and _POSSESSIVE_RE.match(between) is not None
        and len(between) <= _POSSESSED_REACH
        and _CLAUSE_BREAK_RE.search(between) is None
    )


def _on_weekday_of(week: Timex, day: Timex, weekday: int) -> Timex:
    """`day`, the weekday of `week`."""
    monday = week.date_start or day.date_start or date.min  # `_possessed_week`: a week's
    on = monday + timedelta(days=weekday - monday.weekday())
    return replace(day, value=on.isoformat(), date_start=on, date_end=on)


def _in_week_of(
    text: str, first: Timex, second: Timex, weekday: int, reference: date | None
) -> Timex:
    """ "next Thursday and Friday": the second weekday, on the day of the first one's week."""
    earlier = _last_weekday(first)
    if (
        earlier is None
        or first.date_start is None
        or second.date_start is None
        or weekday <= earlier
        or not _COORDINATION_RE.match(text[first.end : second.start])
    ):
        return second
    day = first.date_start + timedelta(days=weekday - earlier)
    if reference is not None and second.date_start < reference < day:
        return second
    return replace(second, value=day.isoformat(), date_start=day, date_end=day)
