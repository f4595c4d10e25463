"""A clock time given twice, the second in brackets, before its day: "at 9 a.m. (1400 GMT) on
Tuesday", "10 a.m. local time (0700 GMT) Sunday": both clocks are of that day.

    >>> from timeline.temporal import tag
    >>> text = "Polls opened at 9 a.m. (1400 GMT) on Tuesday."
    >>> [t.value for t in tag(text, date(2023, 10, 25))]
    ['2023-10-24T09:00', '2023-10-24T14:00Z', '2023-10-24']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.temporal.patterns import DAY_VALUE_RE, ZONE_IN_WORDS
from timeline.temporal.timex import Timex

#: between the clock and its conversion: "9 a.m. (", "10 a.m. local time ("
_OPEN_RE = re.compile(rf"^\s*(?:(?i:local\s+time)\s*|{ZONE_IN_WORDS}\s*)?\(\s*$")
#: between the conversion and the day: ") on ", "), "
_CLOSE_RE = re.compile(r"(?i)^\s*\)\s*,?\s*(?:on\s+)?$")
_CLOCK_RE = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(?P<clock>T\d\d:\d\d.*)$")


def converted_clock_days(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` with a clock and its bracketed conversion written before a day put on it."""
    result = list(timexes)
    for index in range(len(result) - 2):
        clock, converted, day = result[index : index + 3]
        first, second = _CLOCK_RE.match(clock.value), _CLOCK_RE.match(converted.value)
        if (
            first is None
            or second is None
            or not DAY_VALUE_RE.match(day.value)
            or not _OPEN_RE.match(text[clock.end : converted.start])
            or not _CLOSE_RE.match(text[converted.end : day.start])
        ):
            continue
        on = date.fromisoformat(day.value)
        result[index] = _on(clock, on, first["clock"])
        result[index + 1] = _on(converted, on, second["clock"])
    return result


def _on(clock: Timex, day: date, time_of_day: str) -> Timex:
    return replace(clock, value=day.isoformat() + time_of_day, date_start=day, date_end=day)
