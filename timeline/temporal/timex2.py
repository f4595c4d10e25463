"""TIMEX2's values where they differ from TIMEX3's: a narrative (an encyclopedia's account of
a war, annotated as WikiWars is) writes a set adverb as the calendar unit it comes back in and
counts decades and centuries in their own units. `recurring.recurring_times` applies it.

    >>> [t.value for t in timex2_values([Timex(0, 5, "daily", "SET", "P1D")])]
    ['XXXX-XX-XX']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.kinds import TimexType
from timeline.temporal.timex import Timex

__all__ = ["timex2_values"]

#: TIMEX2 writes a set adverb as the calendar unit it
#: comes back in: "daily" is XXXX-XX-XX where TIMEX3 writes P1D ("per day" stays P1D).
_SETS = {
    "daily": "XXXX-XX-XX",
    "every day": "XXXX-XX-XX",
    "weekly": "XXXX-WXX",
    "every week": "XXXX-WXX",
    "monthly": "XXXX-XX",
    "every month": "XXXX-XX",
    "annually": "XXXX",
    "yearly": "XXXX",
    "every year": "XXXX",
}


_YEARS_RE = re.compile(r"P(\d+)Y")
_UNITS = (("centur", 100, "CE"), ("decade", 10, "DE"))


def _timex2(timex: Timex) -> Timex:
    """One expression as TIMEX2 writes it (itself when TIMEX3 and TIMEX2 agree)."""
    written = timex.text.lower()
    if timex.type == TimexType.SET.value and written in _SETS:
        return replace(timex, value=_SETS[written])
    years = _YEARS_RE.fullmatch(timex.value)
    if timex.type != TimexType.DURATION.value or years is None:
        return timex
    for word, size, unit in _UNITS:
        if word in written and int(years[1]) % size == 0:
            return replace(timex, value=f"P{int(years[1]) // size}{unit}")
    return timex


def timex2_values(found: Sequence[Timex]) -> list[Timex]:
    """A narrative's sets and long durations as TIMEX2 writes them: a set adverb as the
    calendar unit it comes back in, decades and centuries in their own units.

    >>> [t.value for t in timex2_values([Timex(0, 5, "daily", "SET", "P1D"),
    ...                                  Timex(6, 21, "the past decade", "DURATION", "P10Y")])]
    ['XXXX-XX-XX', 'P1DE']
    """
    return [_timex2(t) for t in found]
