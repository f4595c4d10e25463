"""A season paired with a season that writes its year is in that year: "the spring and summer
of 2009" is spring 2009, not the spring the reference date falls near; so are "the winter and
spring of 1943" and "the winter-spring of 1920" (the first season is the one of the year the
pair names, as TIMEX annotators write it).

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("Sales fell in the spring and summer of 2009.",
    ...                                 date(2010, 10, 24))]
    [('the spring', '2009-SP'), ('summer of 2009', '2009-SU')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.temporal.calendar import interval_of
from timeline.temporal.timex import Timex

__all__ = ["seasons_of_paired_year"]

_SEASON_VALUE_RE = re.compile(r"^(?P<year>(?:BC)?\d{4})-(?P<season>SP|SU|FA|WI)$")
_BETWEEN_RE = re.compile(r"(?i)^\s*(?:and|or|to|through|into|[-–/])\s*$")
_DIGIT_RE = re.compile(r"\d")


def seasons_of_paired_year(text: str, found: Sequence[Timex]) -> list[Timex]:
    """`found` with each season written without a year ("the spring") that is joined by "and",
    "to", "into" or a dash to a season that writes one ("summer of 1943") put in that year."""
    out = list(found)
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        own = _SEASON_VALUE_RE.match(first.value)
        named = _SEASON_VALUE_RE.match(second.value)
        if (
            own is None
            or named is None
            or own["year"] == named["year"]
            or _DIGIT_RE.search(first.text)
            or not _DIGIT_RE.search(second.text)
            or not _BETWEEN_RE.match(text[first.end : second.start])
        ):
            continue
        value = f"{named['year']}-{own['season']}"
        start, end, granularity = interval_of(value, first.mod)
        out[index] = replace(
            first,
            value=value,
            granularity=granularity or first.granularity,
            date_start=start,
            date_end=end,
        )
    return out
