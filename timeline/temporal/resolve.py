"""Resolving: a partial value (a year-less month, a weekday and a direction, a shift from a
running reference known in part) and a reference date and tense -> a TIMEX3 value.

Pure functions over dates; the normalisers decide what is partial and what it counts from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from timeline.temporal.calendar import _month_end, _year_value


@dataclass(slots=True)
class _Anchor:
    """A date known in part, as the running reference holds it: a year, maybe a month, a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def as_date(self) -> date | None:
        if self.month is None or self.day is None or self.year < 1:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


#: which way a weekday lies from its base day: "back"/"forward" include the base day itself
#: (a bare "Friday" in a past or future clause), "before"/"after" do not ("last Friday")
Direction = Literal["back", "forward", "before", "after"]


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


def _partial_value(parts: _Anchor, unit: str, shift: int) -> str:
    """A day, week, decade or century relative to a running reference known only in part.

    >>> _partial_value(_Anchor(-479, 6), "day", 0)
    'BC0479-06-XX'
    """
    year = parts.year
    if unit == "decade":
        year += 10 * shift
        return f"{year // 10:03d}" if year > 0 else f"BC{-year // 10:03d}"
    if unit == "century":
        year += 100 * shift
        return f"{year // 100:02d}" if year > 0 else f"BC{-year // 100:02d}"
    if unit == "week":
        return f"{_year_value(year)}-WXX"
    if shift == 0 and parts.month is not None and parts.day is not None:
        return f"{_year_value(year)}-{parts.month:02d}-{parts.day:02d}"
    month = f"{parts.month:02d}" if parts.month is not None else "XX"  # a day's shift: same month
    return f"{_year_value(year)}-{month}-XX"
