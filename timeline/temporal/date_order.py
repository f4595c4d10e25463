"""Which order a text writes its all-number dates in: day first ("13/03/2019", as British,
Indian and Australian outlets write) or month first (the American order); `shows_month_first`:
whether its figures show the month first.

    >>> writes_day_first("The order of 13/03/2019 was stayed; the mill was sealed on 12/03/2019.")
    True
    >>> writes_day_first("Filed on 12/03/2019.")
    False

A date written with points ("03.08.2016") is in the day-first order of the places that write
dates so, unless the text shows the month first ("08.23.2016"):

    >>> reads_day_first("03.08.2016", "The order dated 03.08.2016 was served.")
    True
    >>> reads_day_first("03/08/2016", "The order dated 03/08/2016 was served.")
    False
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = [
    "ALL_NUMBERS_RE",
    "POINTED_DATE_RE",
    "calendar_day",
    "full_year",
    "month_and_day",
    "order_evidence",
    "reads_day_first",
    "shows_month_first",
    "weekday_named",
    "weekday_reading",
    "writes_day_first",
]

#: A date all in numbers: "12/03/2019", "3.2.09"; its first two numbers are the groups.
ALL_NUMBERS_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)"
)
_DAY_MONTH_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Z][a-z]{2,8})\b")
_MONTH_DAY_RE = re.compile(r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")
#: An all-number date written with points, "03.08.2016": the European order, day first (the
#: American wires write slashes or dashes).
POINTED_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.]|\.\d)")


def _order_evidence(text: str) -> int:
    """How many more of the text's dates show the day first than the month first: an
    all-number date that can only be read one way decides ("13/03/2019" is day first,
    "03/13/2019" month first); with none, the order of the dates it writes in words ("14
    January" against "January 14")."""
    day_first, month_first = _figures_votes(text)
    if day_first or month_first:
        return day_first - month_first
    in_words_day_first = sum(m["month"].lower() in MONTHS for m in _DAY_MONTH_RE.finditer(text))
    in_words_month_first = sum(m["month"].lower() in MONTHS for m in _MONTH_DAY_RE.finditer(text))
    return in_words_day_first - in_words_month_first


def order_evidence(text: str) -> int:
    """How many more of `text`'s dates show the day first than the month first (below zero:
    the month first; zero: no order shown).

    >>> order_evidence("Talks began on 3 October."), order_evidence("Talks began October 3.")
    (1, -1)
    """
    return _order_evidence(text)


def month_and_day(first: int, second: int, order: int) -> tuple[int, int] | None:
    """The month and day of a yearless all-number date ("14/10"): in the order its numbers
    allow (or both orders give, "09/09"), else in the `order` the text writes its dates
    (`order_evidence`); None when neither tells, or no reading is a day.

    >>> month_and_day(14, 10, 0), month_and_day(4, 9, 1), month_and_day(4, 9, -1)
    ((10, 14), (9, 4), (4, 9))
    >>> month_and_day(4, 9, 0) is None, month_and_day(14, 13, 1) is None, month_and_day(9, 9, 0)
    (True, True, (9, 9))
    """
    if first == second or first > 12 >= second or (first <= 12 and second <= 12 and order > 0):
        month, day = second, first
    elif second > 12 >= first or (first <= 12 and order < 0):
        month, day = first, second
    else:
        return None
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def shows_month_first(text: str) -> bool:
    """Whether `text` writes an all-number date that can only be read month first ("03/13/2019")
    more often than one read day first: the order an American page's figures show. A day in
    words written month first ("May 25") is not such evidence: the English editions of pages
    whose figures are day first write their words so too (stop 49).

    >>> shows_month_first("Filed 03/13/2019."), shows_month_first("It aired on May 25.")
    (True, False)
    """
    day_first, month_first = _figures_votes(text)
    return month_first > day_first


def _figures_votes(text: str) -> tuple[int, int]:
    """How many of `text`'s all-number dates read only day first, and how many only month
    first."""
    day_first = month_first = 0
    for match in ALL_NUMBERS_RE.finditer(text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return day_first, month_first


def writes_day_first(text: str) -> bool:
    """Whether `text` writes its all-number dates day first (see `_order_evidence`)."""
    return _order_evidence(text) > 0


def reads_day_first(written: str, text: str) -> bool:
    """Whether the all-number date `written` in `text` is read day first: as the text writes
    its dates, and, written with points, unless the text shows the month first."""
    evidence = _order_evidence(text)
    pointed = POINTED_DATE_RE.fullmatch(written.strip()) is not None
    return evidence > 0 or (evidence == 0 and pointed)


def weekday_named(word: str) -> int | None:
    """The weekday (1 to 7) a word names, whole or by its first three letters or more.

    >>> weekday_named("Mon"), weekday_named("Thurs"), weekday_named("Tu"), weekday_named("Sunday")
    (1, 4, None, 7)
    """
    lowered = word.lower()
    if len(lowered) < 3:
        return None
    named = _weekday_prefixes().get(lowered, ())
    return named[0] if len(named) == 1 else None


@cache
def _weekday_prefixes() -> dict[str, tuple[int, ...]]:
    """Every opening of a weekday's name (`WEEKDAYS`) and the weekdays of the names it opens,
    in their order, once for each name: what `weekday_named` would find reading them all."""
    prefixes: dict[str, tuple[int, ...]] = {}
    for name, number in WEEKDAYS.items():
        for end in range(len(name) + 1):
            prefixes[name[:end]] = (*prefixes.get(name[:end], ()), number)
    return prefixes


def weekday_reading(numbers: re.Match[str], year: int, weekday: int) -> date | None:
    """The one reading of an all-number date its stamp's weekday allows, month first or day
    first; None when it allows neither (the stamp disagrees with itself: no guess).

    >>> weekday_reading(ALL_NUMBERS_RE.search("05/03/2024"), 2024, 2)
    datetime.date(2024, 3, 5)
    >>> weekday_reading(ALL_NUMBERS_RE.search("05/03/2024"), 2024, 7) is None
    True
    """
    first, second = int(numbers[1]), int(numbers[2])
    fitting = set()
    for month, day in ((first, second), (second, first)):
        try:
            reading = date(year, month, day)
        except ValueError:
            continue
        if reading.isoweekday() == weekday:
            fitting.add(reading)
    return fitting.pop() if len(fitting) == 1 else None


def full_year(short: int) -> int:
    """A two-digit year in the century that puts it no later than next year ("84" is 1984,
    "09" 2009).

    >>> full_year(84), full_year(9)
    (1984, 2009)
    """
    return short + (2000 if short <= date.today().year % 100 + 1 else 1900)  # noqa: DTZ011


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day `year`, `month`, `day` names, or None when the calendar has no such day.

    >>> calendar_day(2024, 2, 29), calendar_day(2023, 2, 29)
    (datetime.date(2024, 2, 29), None)
    """
    try:
        return date(year, month, day)
    except ValueError:
        return None
