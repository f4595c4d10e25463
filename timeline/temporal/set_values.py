"""The values of a time that comes back (TIMEX3 sets) and the tests the rules of `recurring`
and `habits` share: which expressions name a calendar unit, which are tied to one date.

    >>> from timeline.temporal.timex import Timex
    >>> every(Timex(0, 13, "late November", "DATE", "2023-11", "END", "month"))
    'XXXX-11'
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.kinds import TimexType
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import MONTHS, SEASONS, WEEKDAYS

__all__ = ["CALENDAR_NAME_RE", "FIXED_RE", "SET", "as_set", "day_part", "every", "weekday_number"]

SET = TimexType.SET.value
_WEEKDAY_RE = re.compile(r"(?i)\b(" + "|".join(WEEKDAYS) + r")\b")
#: A month, weekday or season written in the expression: what a habit can come back to
#: (longest first; names of a length in one order, so the pattern is the same in every run).
CALENDAR_NAME_RE = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted({*MONTHS, *WEEKDAYS, *SEASONS}, key=lambda name: (-len(name), name)))
    + r")\b"
)
#: What ties an expression to a day or a year of its own: "last March", "June 2019", "'19".
FIXED_RE = re.compile(
    r"(?i)\d{4}|['’]\d\d|\b(?:last|next|this|that|these|those|following|previous|coming|past|"
    r"same|ago|earlier|later|yesterday|today|tomorrow|tonight)\b"
)
_CLOCK_VALUE_RE = re.compile(r"T\d\d:\d\d")
_DAY_PART_VALUE_RE = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_YEAR_VALUE_RE = re.compile(r"\d{4}(?:-|$)")


def weekday_number(timex: Timex) -> int | None:
    """The ISO number of the weekday written in `timex`, if one is."""
    match = _WEEKDAY_RE.search(timex.text)
    return WEEKDAYS[match[1].lower()] if match else None


def day_part(value: str) -> str:
    """The part of the day a value ends with: "TEV" of "2022-10-20TEV", else ""."""
    match = _DAY_PART_VALUE_RE.search(value)
    return match[0] if match else ""


def as_set(timex: Timex, value: str, end: int | None = None, text: str = "") -> Timex:
    """`timex` as a set with `value` (over text[start:end] when `end` is given)."""
    if end is not None:
        timex = replace(timex, end=end, text=text[timex.start : end])
    return replace(timex, type=SET, value=value, granularity=None, date_start=None, date_end=None)


def every(timex: Timex) -> str | None:
    """The value of the set `timex` comes back as: "Friday" -> XXXX-WXX-5, "late November" ->
    XXXX-11, "Friday evening" -> XXXX-WXX-5TEV, "8 a.m." -> XXXX-XX-XXT08:00."""
    weekday = weekday_number(timex)
    if weekday is not None:
        return f"XXXX-WXX-{weekday}{day_part(timex.value)}"
    clock = _CLOCK_VALUE_RE.search(timex.value)
    if clock is not None:
        return "XXXX-XX-XX" + timex.value[clock.start() :]
    if _YEAR_VALUE_RE.match(timex.value):
        return "XXXX" + timex.value[4:]
    return None
