"""Which order a text writes its all-number dates in: day first ("13/03/2019", as British,
Indian and Australian outlets write) or month first (the American order, and the default).

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
from functools import cache

from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import table

__all__ = [
    "ALL_NUMBERS_RE",
    "POINTED_DATE_RE",
    "reads_day_first",
    "writes_day_first",
    "zone_writes_day_first",
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
    day_first = month_first = 0
    for match in ALL_NUMBERS_RE.finditer(text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if day_first or month_first:
        return day_first - month_first
    in_words_day_first = sum(m["month"].lower() in MONTHS for m in _DAY_MONTH_RE.finditer(text))
    in_words_month_first = sum(m["month"].lower() in MONTHS for m in _MONTH_DAY_RE.finditer(text))
    return in_words_day_first - in_words_month_first


def writes_day_first(text: str) -> bool:
    """Whether `text` writes its all-number dates day first (see `_order_evidence`)."""
    return _order_evidence(text) > 0


def reads_day_first(written: str, text: str) -> bool:
    """Whether the all-number date `written` in `text` is read day first: as the text writes
    its dates, and, written with points, unless the text shows the month first."""
    evidence = _order_evidence(text)
    pointed = POINTED_DATE_RE.fullmatch(written.strip()) is not None
    return evidence > 0 or (evidence == 0 and pointed)


#: A time zone's abbreviation: capitals alone as a word ("18:40 WEST", "(EAT)").
_ZONE_RE = re.compile(r"(?<![\w])[A-Z]{2,5}(?![\w])")


@cache
def _zone_orders() -> dict[str, bool]:
    return {zone: order == "day" for zone, order in table("zone_date_orders.csv")}


#: A clock of twelve hours: "9:15 a.m.", "6:40 PM", "4.12pm".
_TWELVE_HOUR_RE = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*[AaPp]\.?[Mm]\b\.?")


def zone_writes_day_first(line: str) -> bool | None:
    """The order of an all-number date told by the time zone written beside it
    (`data/zone_date_orders.csv`): day first where the zone's clocks write dates so, with a
    clock of 24 hours (a clock with "a.m." is the American house style, which writes the month
    first, wherever the story is); month first beside an American zone; None with no zone or
    zones of both orders.

    >>> zone_writes_day_first("2 hours ago · 12/08/2019 18:40 WEST")
    True
    >>> zone_writes_day_first("Updated 12/08/2019 6:40 PM EDT"), zone_writes_day_first("12/08")
    (False, None)
    >>> zone_writes_day_first("11/03/2021 09:15 a.m. BRT") is None
    True
    """
    orders = {_zone_orders()[zone] for zone in _ZONE_RE.findall(line) if zone in _zone_orders()}
    if orders == {True} and _TWELVE_HOUR_RE.search(line):
        return None
    return orders.pop() if len(orders) == 1 else None
