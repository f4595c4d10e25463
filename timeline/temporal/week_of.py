"""A week named by one of its days: "the week of 17 February" is the week (Monday to Sunday)
that holds that day, not the day; "the week beginning Monday 3 March" and "the week ending
Sunday 11 November" are the week that day begins or ends (only when it is the Monday, or the
Sunday: a week counted from another day is no calendar week).

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("Results are due in the week of 17 February.",
    ...                                 date(1997, 1, 13))]
    [('the week of 17 February', '1997-W08')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from timeline.kinds import Granularity
from timeline.temporal.timex import Timex

__all__ = ["weeks_of_days"]

#: "the week of", "the week beginning", "the week ending", right before a day.
_WEEK_OF_RE = re.compile(
    r"(?i)\bthe\s+week\s+(?:(?P<of>of)|(?P<begins>beginning|starting|commencing)"
    r"|(?P<ends>ending|ended))\s+$"
)
_REACH = 30
_MONDAY, _SUNDAY = 0, 6


def weeks_of_days(text: str, found: Sequence[Timex]) -> list[Timex]:
    """`found` with each day that names its week ("the week of 17 February") made that week,
    over "the week of" too; an expression inside those words ("the week") is dropped."""
    out: list[Timex] = []
    for timex in found:
        week = _week_of(text, timex)
        if week is None:
            out.append(timex)
            continue
        while out and out[-1].end > week.start:
            out.pop()  # "the week" of "the week beginning ..."
        out.append(week)
    return out


def _week_of(text: str, timex: Timex) -> Timex | None:
    day = timex.date_start
    if (
        timex.granularity != Granularity.DAY
        or day is None
        or timex.date_end != day
        or timex.type != "DATE"
    ):
        return None
    match = _WEEK_OF_RE.search(text, max(0, timex.start - _REACH), timex.start)
    if match is None:
        return None
    if (match["begins"] and day.weekday() != _MONDAY) or (
        match["ends"] and day.weekday() != _SUNDAY
    ):
        return None
    monday = day - timedelta(days=day.weekday())
    year, week, _ = day.isocalendar()
    return replace(
        timex,
        start=match.start(),
        text=text[match.start() : timex.end],
        value=f"{year}-W{week:02d}",
        granularity=Granularity.WEEK.value,
        date_start=monday,
        date_end=monday + timedelta(days=6),
    )
