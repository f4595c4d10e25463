"""The reading of a stamp's all-number date whose day and month could swap ("Published:
03/07/2008") that the rest of its page shows, where the story shows no order: a day of the page
written in words, the update beside the stamp a few days later in one reading only, or the
page's other all-number dates with a part over 12 (stop 40, helper `pubdate3`; read by
`timeline.published.stamp_order` before it gives up).

    >>> page_reading("Published: 03/07/2008 | Last updated: 05/07/2008 09:14\\n\\nIt fell.",
    ...              "Published: 03/07/2008 | Last updated: 05/07/2008 09:14",
    ...              [date(2008, 3, 7), date(2008, 7, 3)])
    datetime.date(2008, 7, 3)
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture.dated_lists import updated_field
from timeline.published.stamp_forms import FIELD_SEPARATOR_RE
from timeline.temporal.date_order import ALL_NUMBERS_RE, calendar_day, full_year
from timeline.temporal.vocabulary import MONTHS

__all__ = ["UPDATE_DAYS", "page_reading"]

#: how many days after its first day an update is read as the same story's: a page's update
#: within days (the other reading puts it a month or more away, or before it)
UPDATE_DAYS = 14

#: A day written in words with its year: "3 July 2008", "July 3, 2008".
_DAY_IN_WORDS_RE = re.compile(
    r"\b(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<mon>[A-Z][a-z]{2,8})\.?"
    r"|(?P<mon2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)


def page_reading(text: str, line: str, readings: list[date]) -> date | None:
    """The one of a stamp's two readings (month first, then day first) that its page shows: a
    day the page writes in words is one of them ("3 July 2008" in its footer); else its update
    on the same line ("Last updated: 05/07/2008") falls up to `UPDATE_DAYS` after it in one
    order only, a page being updated within days of its first day (7 March and 7 May read
    month first, 3 and 5 July day first); else the page's other all-number dates with a part
    over 12 are all in one order ("(25/06/2008)"). None when the page shows none of these, or
    they disagree: no guess.

    >>> readings = [date(2008, 3, 7), date(2008, 7, 3)]
    >>> page_reading("Posted 03/07/2008\\n\\nAlso: (25/06/2008)", "Posted 03/07/2008", readings)
    datetime.date(2008, 7, 3)
    >>> page_reading("Posted 03/07/2008\\n\\nIt fell.", "Posted 03/07/2008", readings) is None
    True
    """
    if len(readings) != 2:
        return None
    shown = {_in_words(text, readings), _by_update(line, readings), _by_numbers(text, readings)}
    shown.discard(None)
    return shown.pop() if len(shown) == 1 else None


def _in_words(text: str, readings: list[date]) -> date | None:
    """The reading a day the page writes in words names, when it names one only.

    >>> _in_words("Printed 3 July 2008.", [date(2008, 3, 7), date(2008, 7, 3)])
    datetime.date(2008, 7, 3)
    """
    named: set[date] = set()
    for found in _DAY_IN_WORDS_RE.finditer(text):
        month = MONTHS.get((found["mon"] or found["mon2"]).lower())
        if month is None:
            continue
        day = (int(found["year"]), month, int(found["day"] or found["day2"]))
        named.update(
            reading for reading in readings if (reading.year, reading.month, reading.day) == day
        )
    return named.pop() if len(named) == 1 else None


def _by_update(line: str, readings: list[date]) -> date | None:
    """The reading whose update on the same line falls a few days after it, where the other
    reading's falls a month or more after it or before it.

    >>> _by_update("Published: 03/07/2008 | Updated: 05/07/2008",
    ...            [date(2008, 3, 7), date(2008, 7, 3)])
    datetime.date(2008, 7, 3)
    >>> _by_update("Published: 03/07/2008 | Updated: 03/09/2008",
    ...            [date(2008, 3, 7), date(2008, 7, 3)])
    datetime.date(2008, 3, 7)
    """
    for found in ALL_NUMBERS_RE.finditer(line):
        if not updated_field(FIELD_SEPARATOR_RE.split(line[: found.start()])[-1]):
            continue
        first, second = int(found[1]), int(found[2])
        year = re.split(r"[/.-]", found.group())[-1]
        year_number = full_year(int(year)) if len(year) == 2 else int(year)
        fitting = []
        for reading, (month, day) in zip(readings, ((first, second), (second, first)), strict=True):
            update = calendar_day(year_number, month, day)
            if update is not None and 0 <= (update - reading).days <= UPDATE_DAYS:
                fitting.append(reading)
        return fitting[0] if len(fitting) == 1 else None
    return None


def _by_numbers(text: str, readings: list[date]) -> date | None:
    """The reading in the order of the page's all-number dates that can be read one way only
    ("25/06/2008" is day first), when they all are in one order.

    >>> _by_numbers("Filed 25/06/2008", [date(2008, 3, 7), date(2008, 7, 3)])
    datetime.date(2008, 7, 3)
    """
    orders = set()
    for found in ALL_NUMBERS_RE.finditer(text):
        first, second = int(found[1]), int(found[2])
        if first > 12 >= second:
            orders.add(1)
        elif second > 12 >= first:
            orders.add(0)
    return readings[orders.pop()] if len(orders) == 1 else None
