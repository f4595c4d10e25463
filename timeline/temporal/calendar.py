"""Calendar arithmetic: dateparser's reading of a date string, shifting by units, TIMEX3
values of periods and the interval of days a value covers."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.conf import settings as _dateparser_settings
from dateparser.date import DateDataParser

from timeline.temporal.date_order import full_year

_DECADE_VALUE_RE = re.compile(r"\d{3}")
_CENTURY_VALUE_RE = re.compile(r"\d{2}")
#: An all-number date whose year is written with two figures: "14/3/56", "3-14-84".
_TWO_FIGURE_YEAR_RE = re.compile(r"(?<![\d/.-])\d{1,2}([-/.])\d{1,2}\1(?P<year>\d\d)(?![\d/.-])")


#: longest string handed to dateparser at once
MAX_PARSE_CHARS = 64


_dateparser_absolute: Any
try:  # dateparser's absolute-date parser: ten times cheaper than its full pipeline
    from dateparser.parser import _parser

    _dateparser_absolute = _parser
except ImportError:  # pragma: no cover - a dateparser without it uses the full pipeline
    _dateparser_absolute = None


_DATEPARSER = DateDataParser(
    languages=["en"],
    settings={
        # a fixed, leap base year so "February 29" parses and results cache across documents;
        # the year of a year-less date is chosen afterwards from the reference
        "RELATIVE_BASE": datetime(2000, 1, 1),  # noqa: DTZ001 - calendar dates have no zone
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "current_period",
    },
)


_DATEPARSER_SETTINGS = _dateparser_settings.replace(
    settings={"RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first"}  # noqa: DTZ001
)
_CANONICAL_STEPS = (
    (re.compile(r"(\d)(?:st|nd|rd|th)\b"), r"\1"),
    (re.compile(r"(?i)\b(?:the|of)\s+"), ""),
    (re.compile(r"\bSept\b"), "Sep"),
    (re.compile(r"\s+"), " "),
)


@lru_cache(maxsize=8192)
def parse_calendar(text: str) -> tuple[int, int, int] | None:
    """dateparser's reading of a calendar date string, as (year, month, day).

    >>> parse_calendar("Oct. 23, 2023")
    (2023, 10, 23)

    The string is first tidied (ordinal suffixes, "the", "of" dropped) so that dateparser's
    absolute-date parser reads it directly; its full pipeline (language detection and
    translation) is the fallback, as it costs ten times more. A year written with two figures
    is in the century that puts it no later than next year (`full_year`), not in dateparser's
    (which reads "56" as 2056; stop 48):

    >>> parse_calendar("14/3/56"), parse_calendar("3/14/84")
    ((1956, 3, 14), (1984, 3, 14))
    """
    text = text[:MAX_PARSE_CHARS]
    for pattern, replacement in _CANONICAL_STEPS:
        text = pattern.sub(replacement, text)
    text = text.strip(" ,")
    try:
        if _dateparser_absolute is None:
            raise ValueError(text)
        parsed = _dateparser_absolute._parse_with_parts(text, _DATEPARSER_SETTINGS, None)
        moment = parsed[0]
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError):
        try:
            moment = _DATEPARSER.get_date_data(text).date_obj
        except (ValueError, TypeError, OverflowError, KeyError, IndexError):
            return None
    if moment is None:
        return None
    year = moment.year
    short = _TWO_FIGURE_YEAR_RE.search(text)
    if short is not None and year % 100 == int(short["year"]):
        year = full_year(year % 100)
    return (year, moment.month, moment.day)


def month_end(year: int, month: int) -> date:
    """The last day of `month` of `year`.

    >>> month_end(2024, 2), month_end(2023, 12)
    (datetime.date(2024, 2, 29), datetime.date(2023, 12, 31))
    """
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def nth_weekday(year: int, month: int, nth: str, weekday: int) -> int:
    """The day of the month of its `nth` ("first" ... "fourth", "last") `weekday` (0 Monday).

    >>> nth_weekday(2024, 11, "first", 1), nth_weekday(2023, 7, "last", 5)
    (5, 29)
    """
    if nth in ("last", "final"):
        end = month_end(year, month)
        return end.day - (end.weekday() - weekday) % 7
    first = (weekday - date(year, month, 1).weekday()) % 7 + 1
    return first + 7 * ["first", "second", "third", "fourth"].index(nth)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, on the last day of a shorter month.

    >>> add_months(date(2024, 2, 29), -12), add_months(date(2010, 6, 1), -3)
    (datetime.date(2023, 2, 28), datetime.date(2010, 3, 1))
    """
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, month_end(year, month + 1).day))


def shifted(day: date, amount: int, unit: str) -> date | None:
    """`day` moved by `amount` periods of a TIMEX3 unit ("D", "W", "2W", "M", "Q", "Y",
    "DE", "CE", "ML"); None for another unit or past the calendar's ends.

    >>> shifted(date(2023, 10, 23), -2, "W"), shifted(date(2023, 10, 31), 1, "Q")
    (datetime.date(2023, 10, 9), datetime.date(2024, 1, 31))
    >>> shifted(date(2023, 10, 23), 1, "H"), shifted(date(9999, 12, 31), 1, "D")
    (None, None)
    """
    try:
        if unit == "D":
            return day + timedelta(days=amount)
        if unit == "W":
            return day + timedelta(weeks=amount)
        if unit == "2W":
            return day + timedelta(weeks=2 * amount)
        if unit == "M":
            return add_months(day, amount)
        if unit == "Q":
            return add_months(day, 3 * amount)
        if unit == "Y":
            return add_months(day, 12 * amount)
        if unit == "DE":
            return add_months(day, 120 * amount)
        if unit == "CE":
            return add_months(day, 1200 * amount)
        if unit == "ML":
            return add_months(day, 12000 * amount)
    except (OverflowError, ValueError):
        return None
    return None


def year_value(year: int) -> str:
    """A year's TIMEX3 value, four digits, "BC" before a year before the first.

    >>> year_value(1066), year_value(-44)
    ('1066', 'BC0044')
    """
    return f"{year:04d}" if year > 0 else f"BC{-year:04d}"


def value_at(day: date, unit: str) -> str:
    """TIMEX3 value of the period of size ``unit`` that contains ``day``.

    >>> value_at(date(2023, 10, 23), "W")
    '2023-W43'
    """
    if unit in ("D", "H", "MIN", "S"):
        return day.isoformat()
    if unit in ("W", "2W"):
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit in ("CE", "ML"):
        return f"{day.year // 100:02d}"
    return day.isoformat()


#: Modifiers that name a part of a period ("early", "mid-", "late", "the end of").
PART_MODS = frozenset({"START", "MID", "END"})
#: The first and last months of each season's TIMEX3 code (the northern hemisphere's).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE_RE = re.compile(
    r"^(?:FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<season>SP|SU|FA|WI)))?(?P<time>T.*)?$"
)


#: Unknown trailing parts of a value: "-XX" of "2005-08-XX", "-XX-XX" of "2005-XX-XX".
_UNKNOWN_TAIL_RE = re.compile(r"(?:-XX)+(?:T[A-Z]{2})?$")


def interval_of(value: str, mod: str | None) -> tuple[date | None, date | None, str | None]:
    """The inclusive days a DATE/TIME value covers, and its granularity.

    >>> interval_of("2023-Q4", None)
    (datetime.date(2023, 10, 1), datetime.date(2023, 12, 31), 'quarter')

    A value known only in part is the period it is known to: "2005-08-XX" (a day of August
    2005) covers August 2005, at a month's precision.

    >>> interval_of("2005-08-XX", None)
    (datetime.date(2005, 8, 1), datetime.date(2005, 8, 31), 'month')
    """
    value = _UNKNOWN_TAIL_RE.sub("", value)
    match = _VALUE_RE.match(value)
    try:
        if match is None:
            if _DECADE_VALUE_RE.fullmatch(value):
                year = int(value) * 10
                start, end, grain = date(max(year, 1), 1, 1), date(year + 9, 12, 31), "decade"
            elif _CENTURY_VALUE_RE.fullmatch(value):
                year = int(value) * 100
                start, end, grain = date(max(year, 1), 1, 1), date(year + 99, 12, 31), "century"
            else:
                return None, None, None
        else:
            year = int(match["year"])
            if year < 1:
                return None, None, None
            if match["day"]:
                start = end = date(year, int(match["month"]), int(match["day"]))
                grain = "time" if match["time"] else "day"
            elif match["month"]:
                month = int(match["month"])
                start, end, grain = date(year, month, 1), month_end(year, month), "month"
            elif match["week"]:
                start = date.fromisocalendar(year, int(match["week"]), 1)
                end = start + timedelta(days=6)
                grain = "week"
                if match["we"]:
                    start = start + timedelta(days=5)
            elif match["q"]:
                first = 3 * (int(match["q"]) - 1) + 1
                start, end, grain = date(year, first, 1), month_end(year, first + 2), "quarter"
            elif match["h"]:
                first = 1 if match["h"] == "1" else 7
                start, end, grain = date(year, first, 1), month_end(year, first + 5), "half"
            elif match["season"]:
                first, last = SEASON_MONTHS[match["season"]]
                start = date(year, first, 1)
                end = month_end(year + 1 if last < first else year, last)
                grain = "season"
            else:
                start, end, grain = date(year, 1, 1), date(year, 12, 31), "year"
                if match["time"]:
                    grain = "time"
    except ValueError:
        return None, None, None
    if mod in PART_MODS and grain not in ("day", "time"):
        span = (end - start).days + 1
        third = span // 3
        if mod == "START":
            end = start + timedelta(days=third - 1)
        elif mod == "MID":
            start, end = start + timedelta(days=third), start + timedelta(days=2 * third - 1)
        else:
            start = start + timedelta(days=2 * third)
    return start, end, grain


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT48H, P10Y for a decade, PXD for "several days".

    Durations keep to ISO 8601's units, as ISO-TimeML does: decades and centuries are
    years, counted ("a decade": P10Y) or not ("decades": PXY).

    >>> duration_value(48, "H"), duration_value(None, "D"), duration_value(1, "DE")
    ('PT48H', 'PXD', 'P10Y')
    >>> duration_value(None, "DE")
    'PXY'
    """
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "2W": (2, "W"), "Q": (3, "M")}
    factor, code = scale.get(unit, (1, unit))
    if amount is None:
        count = "X"
    else:
        total = amount * factor
        count = str(int(total)) if total == int(total) else f"{total:g}"
    if code in ("H", "MIN", "S"):
        return f"PT{count}{'M' if code == 'MIN' else code}"
    return f"P{count}{code}"


def granularity_of(code: str) -> str:
    """The granularity of a TIMEX3 unit's periods (a day for a unit of no period).

    >>> granularity_of("2W"), granularity_of("DE"), granularity_of("H")
    ('week', 'decade', 'day')
    """
    return {
        "D": "day", "W": "week", "2W": "week", "M": "month", "Q": "quarter", "Y": "year",
        "DE": "decade", "CE": "century", "ML": "century",
    }.get(code, "day")  # fmt: skip


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm).

    >>> easter_sunday(2024), easter_sunday(2025)
    (datetime.date(2024, 3, 31), datetime.date(2025, 4, 20))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def year_of_weekday(month: int, day: int, weekday: int, year: int, reference: date) -> int:
    """The year of a date written with its weekday and no year ("Wednesday 20 December"):
    `year` (as the tense chose it) when the weekday falls on that day, else the year beside the
    reference's in which it does, nearest the reference; a weekday that falls on the day in none
    of them leaves `year`.

    >>> year_of_weekday(12, 20, 3, 2022, date(2023, 12, 19))  # a Wednesday in 2023
    2023
    >>> year_of_weekday(12, 20, 2, 2022, date(2023, 12, 19))  # a Tuesday in 2022
    2022
    """
    matching: list[tuple[int, int]] = []
    for option in (year, reference.year - 1, reference.year, reference.year + 1):
        try:
            when = date(option, month, day)
        except ValueError:
            continue
        if when.isoweekday() == weekday:
            if option == year:
                return year
            matching.append((abs((when - reference).days), option))
    return min(matching)[1] if matching else year
