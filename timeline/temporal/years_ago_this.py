"""The same part of a year some years back: "ten years ago this month" is the month of ten
years before, not this month and a year apart; "five years ago today" the day, "a year ago
this summer" the season.

    >>> from datetime import date, timedelta
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("Ten years ago this month, the river rose.",
    ...                                 date(2024, 5, 21))]
    [('Ten years ago this month', '2014-05')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from timeline.temporal.calendar import interval_of
from timeline.temporal.timex import Timex

__all__ = ["years_ago_this"]

_YEARS_AGO_RE = re.compile(r"(?i)\byears?\s+ago$")
_THIS_RE = re.compile(r"(?i)^(?:this\s+(?:month|week|spring|summer|autumn|fall|winter)|today)$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_SAME_YEAR_RE = re.compile(r"^(\d{4})(-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI))$")
_WEEK_RE = re.compile(r"^\d{4}-W\d\d$")


def years_ago_this(text: str, found: Sequence[Timex]) -> list[Timex]:
    """`found` with "N years ago" and the "this month" (week, season, "today") right after it
    made one expression: that part of the year N years back."""
    out: list[Timex] = []
    for timex in found:
        joined = _joined(text, out[-1], timex) if out else None
        if joined is None:
            out.append(timex)
        else:
            out[-1] = joined
    return out


def _joined(text: str, ago: Timex, this: Timex) -> Timex | None:
    year = _YEAR_RE.match(ago.value)
    if (
        year is None
        or not _YEARS_AGO_RE.search(ago.text)
        or not _THIS_RE.match(this.text)
        or text[ago.end : this.start].strip()
    ):
        return None
    value = _shifted(this, int(year[1]))
    if value is None:
        return None
    start, end, granularity = interval_of(value, None)
    if start is None:
        return None
    return replace(
        this,
        start=ago.start,
        text=text[ago.start : this.end],
        value=value,
        granularity=granularity,
        date_start=start,
        date_end=end,
    )


def _shifted(this: Timex, year: int) -> str | None:
    """The value of `this` in `year`: "2024-05" -> "2014-05"; a week, the week of its Thursday's
    day in that year; None where the day is none that year (29 February)."""
    if _WEEK_RE.match(this.value) and this.date_start is not None:
        try:
            day = (this.date_start + timedelta(days=3)).replace(year=year)  # its Thursday
        except ValueError:
            return None
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}"
    same = _SAME_YEAR_RE.match(this.value)
    if same is None:
        return None
    value = f"{year:04d}{same[2]}"
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
    return value
