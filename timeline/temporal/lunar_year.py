"""A new year of another calendar: "the Lunar New Year", "Chinese New Year" is the first day
of the Chinese lunisolar year (late January to mid February), from the `holidays` package's
table of China's public holidays; the new year of any other calendar ("Persian New Year",
"the Jewish New Year") is not 1 January either, and gives no day rather than a wrong one.

    >>> text = "Three firms plan to list before the Lunar New Year holiday."
    >>> other_calendar(text, text.index("New Year"))
    'lunar'
    >>> other_calendar("Sales fell after New Year.", 17) is None
    True
    >>> lunar_new_year(2022), lunar_new_year(2024)
    (datetime.date(2022, 2, 1), datetime.date(2024, 2, 10))
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.holiday_tables import lunar_day

__all__ = ["lunar_new_year", "other_calendar"]

#: the word before "New Year" that names a lunisolar new year
_LUNAR = frozenset({"lunar", "chinese", "vietnamese", "korean"})

#: a calendar named right before "New Year": "Lunar New Year", "the Persian New Year"
_CALENDAR_BEFORE = re.compile(
    r"\b(lunar|chinese|vietnamese|korean|persian|iranian|jewish|hebrew|islamic|hijri|muslim"
    r"|thai|khmer|tibetan|hindu|sinhala|tamil|ethiopian|orthodox|bengali)\s+$",
    re.IGNORECASE,
)


def other_calendar(text: str, start: int) -> str | None:
    """Which calendar's new year the "New Year" at `start` of `text` is: 'lunar' for the
    lunisolar one, 'other' for another calendar's, None for the Gregorian 1 January."""
    found = _CALENDAR_BEFORE.search(text, max(0, start - 20), start)
    if found is None:
        return None
    return "lunar" if found[1].lower() in _LUNAR else "other"


def lunar_new_year(year: int) -> date | None:
    """The first day of the lunar year that begins in `year`, or None for a year China's
    holiday table does not hold (as shipped: `timeline.temporal.holiday_tables.lunar_day`)."""
    return lunar_day(year)
