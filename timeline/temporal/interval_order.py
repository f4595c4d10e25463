"""A range never ends before it starts: when the tense of its clause put the closing side of
"from 18:00 today until 06:00 on Wednesday" or "will start on Aug. 27 and end on June 11"
before the opening one, the side that names no day of its own moves by a week or a year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from timeline.temporal.calendar import add_months
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import WEEKDAYS

__all__ = ["ordered_ranges"]

#: Between the two sides of a range opened by "from" or "between": "until", "to", "and".
_JOIN_RE = re.compile(r"(?i)\s*(?:to|until|till|through|and|-|–)\s+(?:on\s+)?")
#: A thing said to start on one day and end on another: "will start on Aug. 27 and end on".
_STARTS_RE = re.compile(
    r"(?i)\b(?:start|starts|started|begin|begins|began|open|opens|opened)\s+on\s+$"
)
_ENDS_RE = re.compile(
    r"(?i)\s+and\s+(?:will\s+)?(?:end|ends|ended|finish|finishes|finished|close|closes|closed"
    r"|conclude|concludes|concluded)\s+on\s+"
)
#: A side that says its own day: a year, or a word counted from the news day.
_OWN_DAY_RE = re.compile(
    r"(?i)\b(?:1[5-9]\d\d|20\d\d|today|tonight|tomorrow|yesterday|this|next|last)\b"
)
#: What opens a range: "from", "between", with a clock between it and the day ("from 21:00
#: tonight until", which the tagger reads as two expressions).
_OPENING_RE = re.compile(
    r"(?i)\b(?:from|between)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?)?\s+)?$"
)
_VALUE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?(?P<rest>(?:T.*)?)")
_WEEKDAY_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(WEEKDAYS)) + r")\b")


def ordered_ranges(text: str, timexes: Sequence[Timex], reference: date | None) -> list[Timex]:
    """`timexes` with each range of news that ended before it started put in order: its closing
    side moved ahead by a week (a weekday) or a year (a month, a day of a month), or, when both
    sides move and the range is over by the reference, its opening side moved back.

    >>> from timeline.temporal.tag import tag
    >>> [t.value for t in tag("A warning is in force from 18:00 today until 06:00 on Wednesday.",
    ...                       date(2026, 9, 29))]
    ['2026-09-29T18:00', '2026-09-30T06:00']
    >>> [t.value for t in tag("Classes will start on Aug. 27 and end on June 11.",
    ...                       date(2024, 12, 12))]
    ['2025-08-27', '2026-06-11']
    """
    if reference is None:
        return list(timexes)
    result = list(timexes)
    for number, (first, second) in enumerate(pairwise(timexes)):
        if not _a_range(text, first, second):
            continue
        opening, closing = result[number], second
        if (
            opening.date_start is None
            or closing.date_end is None
            or closing.date_end >= opening.date_start
        ):
            continue
        back = _moved(opening, ahead=False)
        if closing.date_end <= reference and back is not None and _in_order(back, closing):
            result[number] = back  # a range over by the news: it began earlier
            continue
        moved = _moved(closing, ahead=True)
        if moved is not None and not _in_order(opening, moved):
            moved = _moved(moved, ahead=True)  # a day near the news the tense did not move
        if moved is not None and _in_order(opening, moved):
            result[number + 1] = moved
    return result


def _in_order(opening: Timex, closing: Timex) -> bool:
    """Whether `closing` ends no earlier than `opening` starts."""
    return (
        opening.date_start is not None
        and closing.date_end is not None
        and closing.date_end >= opening.date_start
    )


def _a_range(text: str, first: Timex, second: Timex) -> bool:
    """Whether `first` opens a range `second` closes: "from X until Y", "between X and Y",
    "start on X and end on Y"."""
    if _ENDS_RE.fullmatch(text, first.end, second.start):
        return _STARTS_RE.search(text, max(0, first.start - 30), first.start) is not None
    return (
        _JOIN_RE.fullmatch(text, first.end, second.start) is not None
        and _OPENING_RE.search(text, max(0, first.start - 24), first.start) is not None
    )


def _movable(timex: Timex) -> bool:
    """Whether a side names no day of its own: a bare weekday, month or day of a month."""
    return _OWN_DAY_RE.search(timex.text) is None and _VALUE_RE.fullmatch(timex.value) is not None


def _moved(timex: Timex, *, ahead: bool) -> Timex | None:
    """`timex` a week (a weekday) or a year later (`ahead`) or earlier; None when it names its
    own day or is no day or month.

    >>> _moved(Timex(0, 6, "Monday", "DATE", "2023-10-16", None, "day", date(2023, 10, 16),
    ...              date(2023, 10, 16)), ahead=True).value
    '2023-10-23'
    """
    found = _VALUE_RE.fullmatch(timex.value)
    if found is None or not _movable(timex) or timex.date_start is None or timex.date_end is None:
        return None
    sign = 1 if ahead else -1
    if found["day"] is not None and _WEEKDAY_RE.search(timex.text):
        step = timedelta(days=7 * sign)
        start, end = timex.date_start + step, timex.date_end + step
    else:
        start = add_months(timex.date_start, 12 * sign)
        end = add_months(timex.date_end, 12 * sign)
    if found["day"] is None:
        value = f"{start.year:04d}-{start.month:02d}{found['rest']}"
    else:
        value = f"{start.isoformat()}{found['rest']}"
    return replace(timex, value=value, date_start=start, date_end=end)
