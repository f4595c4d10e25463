"""Which order a text writes its all-number dates in: day first ("13/03/2019", as British,
Indian and Australian outlets write) or month first (the American order, and the default).

    >>> writes_day_first("The order of 13/03/2019 was stayed; the mill was sealed on 12/03/2019.")
    True
    >>> writes_day_first("Filed on 12/03/2019.")
    False
"""

from __future__ import annotations

import re

from timeline.temporal.vocabulary import MONTHS

__all__ = ["ALL_NUMBERS_RE", "writes_day_first"]

#: A date all in numbers: "12/03/2019", "3.2.09"; its first two numbers are the groups.
ALL_NUMBERS_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)"
)
_DAY_MONTH_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Z][a-z]{2,8})\b")
_MONTH_DAY_RE = re.compile(r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")


def writes_day_first(text: str) -> bool:
    """Whether `text` writes its all-number dates day first: an all-number date that can only
    be read one way decides ("13/03/2019" is day first, "03/13/2019" month first); with none,
    the order of the dates it writes in words ("14 January" against "January 14").
    """
    day_first = month_first = 0
    for match in ALL_NUMBERS_RE.finditer(text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if day_first or month_first:
        return day_first > month_first
    in_words_day_first = sum(m["month"].lower() in MONTHS for m in _DAY_MONTH_RE.finditer(text))
    in_words_month_first = sum(m["month"].lower() in MONTHS for m in _MONTH_DAY_RE.finditer(text))
    return in_words_day_first > in_words_month_first
