"""A holiday set beside the day it falls on: "yesterday, Labour Day", "on Monday, Republic
Day", "Tomorrow's Independence Day parade". The day written beside it is its date, and tells
which year's holiday it is; the holiday is not read again on its own (a name whose day differs
by country, `country_holidays` of the vocabulary, has none of its own; another may name a
day a year away from the one the writer means).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag
    >>> [(t.text, t.value) for t in tag("The fair shut yesterday, Labour Day, after a storm.",
    ...                                  date(2031, 10, 28))]
    [('yesterday', '2031-10-27'), ('Labour Day', '2031-10-27')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.temporal.patterns import DAY_VALUE_RE
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import HOLIDAY_NAMES, single_spaced

__all__ = ["holidays_beside_days"]

#: Between a day and the holiday after it: a comma ("yesterday, Labour Day"), or the day's
#: possessive ("Tomorrow's Independence Day parade").
_BEFORE_RE = re.compile(r"\s*,\s*(?:the\s+)?|['’]s\s+", re.IGNORECASE)
#: Between a holiday and the day after it: a comma ("Labour Day, Monday 27 October").
_AFTER_RE = re.compile(r"\s*,\s*(?:on\s+)?", re.IGNORECASE)


def holidays_beside_days(text: str, found: Sequence[Timex]) -> list[Timex]:
    """`found` with each holiday written right beside a day ("on Monday, Republic Day") given
    that day's value and days.

    >>> from datetime import date
    >>> day = Timex(3, 9, "Monday", "DATE", "2031-10-06", None, "day", date(2031, 10, 6),
    ...             date(2031, 10, 6))
    >>> holiday = Timex(11, 23, "Republic Day", "DATE", "XXXX-XX-XX")
    >>> holidays_beside_days("on Monday, Republic Day.", [day, holiday])[1].value
    '2031-10-06'
    """
    result = list(found)
    for index, timex in enumerate(found):
        if not _is_holiday(timex):
            continue
        day = _day_beside(text, found, index)
        if day is not None:
            result[index] = replace(
                timex,
                value=day.value,
                granularity=day.granularity,
                date_start=day.date_start,
                date_end=day.date_end,
            )
    return result


def _day_beside(text: str, found: Sequence[Timex], index: int) -> Timex | None:
    """The day written right before the holiday at `index`, else right after it."""
    holiday = found[index]
    before = found[index - 1] if index > 0 else None
    if (
        before is not None
        and _is_day(before)
        and _BEFORE_RE.fullmatch(text, before.end, holiday.start)
    ):
        return before
    after = found[index + 1] if index + 1 < len(found) else None
    if after is not None and _is_day(after) and _AFTER_RE.fullmatch(text, holiday.end, after.start):
        return after
    return None


def _is_holiday(timex: Timex) -> bool:
    return single_spaced(timex.text.lower()).removeprefix("the ") in HOLIDAY_NAMES


def _is_day(timex: Timex) -> bool:
    """A day written as a day, not another holiday of a list ("Good Friday, Easter Monday")."""
    return (
        bool(DAY_VALUE_RE.match(timex.value))
        and timex.date_start is not None
        and not _is_holiday(timex)
    )
