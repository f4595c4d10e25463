"""A company's own year, as its text states it: the month the year ends in, and whether
"fiscal 2014" names the calendar year it starts in (April 2014 to March 2015, as Japanese
companies name theirs) or the one it ends in (October 2013 to September 2014, the American
habit). Without such a statement a fiscal year is read as its calendar year.

    >>> text = "It raised its forecast for fiscal 2014, which ends in March."
    >>> calendar = stated_fiscal_calendar(text, date(2015, 2, 13))
    >>> calendar
    FiscalCalendar(last_month=3, named_by_start=True)
    >>> calendar.days_of(2010)
    (datetime.date(2010, 4, 1), datetime.date(2011, 3, 31))
    >>> stated_fiscal_calendar("Its fiscal 2026 ends in May.", date(2025, 9, 23)).days_of(2026)
    (datetime.date(2025, 6, 1), datetime.date(2026, 5, 31))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.temporal.calendar import add_months, month_end
from timeline.temporal.resolve import resolve_year
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import longest_alternation

__all__ = [
    "SPLIT_KIND_CALENDAR",
    "SPLIT_YEAR_CALENDAR",
    "SPLIT_YEAR_ENDING",
    "FiscalCalendar",
    "begins_after",
    "bound_right_after",
    "ended_before",
    "fiscal_days",
    "fiscal_part_days",
    "fiscal_year_holding",
    "split_year_after",
    "split_year_before",
    "split_year_named",
    "stated_fiscal_calendar",
    "year_before",
]

#: "fiscal 2014, which ends in March", "fiscal year 2014 ending March 31, 2015", "FY2014,
#: which ended in June", "its fiscal 2026 ends in May": a fiscal year named by its number,
#: then the month it ends in (maybe its day and year)
_STATED_RE = re.compile(
    r"(?i)\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?P<year>[12]\d{3})|FY\s?(?P<fy>[12]\d{3}))"
    r"(?!\d),?\s+(?:(?:which|that)\s+)?(?P<verb>ends|ended|ending|will\s+end|closes|closed"
    r"|runs\s+to|ran\s+to|runs\s+through|to)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?"
    r"(?:(?P<day_first>\d{1,2})\s+)?(?P<month>" + longest_alternation(list(MONTHS)) + r")\b\.?"
    r"(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<end_year>[12]\d{3})\b)?"
)
_PAST_VERBS = ("ended", "closed", "ran")

#: A company's year stated by where it ends or begins, with no year named: "its financial year
#: ends on 30 June", "the fiscal year that begins July 1", "our fiscal year ends in March". A year
#: named by no number is named, as most companies and governments name theirs ("FY24" of a year
#: to June is July 2023 to June 2024), by the calendar year it ends in.
_BOUND_RE = re.compile(
    r"(?i)\b(?:fiscal|financial)\s+year,?\s+(?:(?:which|that)\s+)?"
    r"(?:(?P<ends>ends|ended|ending|closes|runs\s+to)|(?P<begins>begins|began|beginning|starts"
    r"|started|starting|runs\s+from|ran\s+from|running\s+from))\s+(?:in\s+|on\s+)?"
    r"(?:(?P<day1>\d{1,2})\s+)?"
    r"(?P<month>" + longest_alternation(list(MONTHS)) + r")\b\.?(?:\s+(?P<day2>\d{1,2})\b)?"
)


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    """Where a company's year ends, and which year names it.

    >>> FiscalCalendar(9, named_by_start=False).days_of(2014)
    (datetime.date(2013, 10, 1), datetime.date(2014, 9, 30))
    """

    last_month: int
    named_by_start: bool

    def __post_init__(self) -> None:
        if not 1 <= self.last_month <= 12:
            raise ValueError(f"last month {self.last_month}: use 1 to 12")

    def days_of(self, year: int) -> tuple[date, date]:
        """The first and last days of the fiscal year `year` names."""
        last_year = year + 1 if self.named_by_start else year
        if self.last_month == 12:
            last_year = year
        first_month = self.last_month % 12 + 1
        first_year = last_year if first_month == 1 else last_year - 1
        return date(first_year, first_month, 1), month_end(last_year, self.last_month)


def stated_fiscal_calendar(text: str, reference: date | None) -> FiscalCalendar | None:
    """The company's year as `text` states it: a fiscal year named by its number, then the
    month it ends in ("fiscal 2014, which ends in March"); that month's year (written, or
    read from the reference date and the verb's tense: "ends" is ahead, "ended" behind)
    tells which year names it. None when the text states none, or states it in a way that
    names neither the year it starts in nor the one it ends in.

    >>> stated_fiscal_calendar("Sales for fiscal 2014 rose.", date(2015, 2, 13)) is None
    True
    >>> stated_fiscal_calendar("In fiscal 2023, which ended in June, it lost.", date(2023, 9, 1))
    FiscalCalendar(last_month=6, named_by_start=False)
    >>> stated_fiscal_calendar("by the end of fiscal 1975, which closes on 31 March 1976", None)
    FiscalCalendar(last_month=3, named_by_start=True)
    """
    for match in _STATED_RE.finditer(text):
        named = int(match["year"] or match["fy"])
        month = MONTHS[match["month"].lower()]
        written_day = match["day"] or match["day_first"]
        day = int(written_day) if written_day else None
        if match["end_year"]:
            ends = int(match["end_year"])
        elif reference is not None:
            tense = "past" if match["verb"].lower().startswith(_PAST_VERBS) else "future"
            try:
                found = resolve_year(month, day, reference, tense)
            except ValueError:
                found = None
            if found is None:
                continue
            ends = found
        else:
            continue
        if ends == named + 1 and month != 12:
            return FiscalCalendar(month, named_by_start=True)
        if ends == named:
            return FiscalCalendar(month, named_by_start=False)
    return _bound_calendar(text)


def _bound_calendar(text: str) -> FiscalCalendar | None:
    """The company's year stated by the month it ends or begins in, no year named (see
    `_BOUND_RE`): named by the calendar year it ends in.

    >>> _bound_calendar("Its financial year ends on 30 June.")
    FiscalCalendar(last_month=6, named_by_start=False)
    >>> _bound_calendar("a shortfall in the fiscal year that begins July 1")
    FiscalCalendar(last_month=6, named_by_start=False)
    >>> _bound_calendar("its fiscal year, which runs from April to March")
    FiscalCalendar(last_month=3, named_by_start=False)
    >>> _bound_calendar("The fiscal year was hard.") is None
    True
    """
    match = _BOUND_RE.search(text)
    return None if match is None else _calendar_of(match)


def _calendar_of(match: re.Match[str]) -> FiscalCalendar | None:
    """The calendar a `_BOUND_RE` match states: the month it ends in, or the one before the
    month it begins in (a year that begins mid-month states none)."""
    month = MONTHS[match["month"].lower()]
    if match["begins"]:
        day = int(match["day1"] or match["day2"] or 1)
        if day != 1:
            return None  # a year that begins mid-month: no whole months to read
        month = (month - 2) % 12 + 1
    return FiscalCalendar(month, named_by_start=False)


def fiscal_year_holding(day: date, calendar: FiscalCalendar) -> int:
    """The number of the company's year that holds `day`.

    >>> fiscal_year_holding(date(2025, 9, 23), FiscalCalendar(5, named_by_start=False))
    2026
    >>> fiscal_year_holding(date(2024, 5, 28), FiscalCalendar(3, named_by_start=True))
    2024
    """
    for year in (day.year - 1, day.year, day.year + 1):
        first, last = calendar.days_of(year)
        if first <= day <= last:
            return year
    return day.year


def fiscal_days(year: int, calendar: FiscalCalendar | None) -> tuple[date, date, str]:
    """The interval of "fiscal `year`": on the stated calendar, else the calendar year.

    >>> fiscal_days(2022, None)
    (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31), 'year')
    """
    if calendar is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    first, last = calendar.days_of(year)
    return first, last, "year"


def fiscal_part_days(
    year: int, number: int, half: bool, calendar: FiscalCalendar
) -> tuple[date, date, str]:
    """The interval of quarter (or half, `half`) `number` of the company's year `year`, on
    the calendar its text states: "the first quarter of fiscal 2026" of a year named by its
    start and ending in March is April to June 2026.

    >>> fiscal_part_days(2026, 1, False, FiscalCalendar(3, named_by_start=True))
    (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30), 'quarter')
    >>> fiscal_part_days(2010, 2, True, FiscalCalendar(3, named_by_start=False))
    (datetime.date(2009, 10, 1), datetime.date(2010, 3, 31), 'half')
    """
    months = 6 if half else 3
    first, _ = calendar.days_of(year)
    start = add_months(first, months * (number - 1))
    last = add_months(start, months) - timedelta(days=1)
    return start, last, "half" if half else "quarter"


#: right after "the fiscal year": that it is the one still to begin ("that begins July 1";
#: "beginning on 1 April", which tells no tense: `_UNTENSED`)
_BEGINS_AFTER_RE = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?P<verb>begins|will\s+begin|starts|will\s+start|beginning"
    r"|starting)\b"
)
_UNTENSED = ("beginning", "starting")


def begins_after(
    text: str, end: int, day: date | None = None, calendar: FiscalCalendar | None = None
) -> int:
    """1 when the fiscal year written before `end` is told as the one still to begin ("the
    fiscal year that begins July 1"), else 0. "Beginning" and "starting" tell no tense ("the
    financial year beginning on 1 April"): the year still to begin only when its start is
    nearer `day` (the news day) than the start of the year holding it, on `calendar` (stop 44).

    >>> begins_after("in the fiscal year that begins July 1", 18)
    1
    >>> april = FiscalCalendar(3, named_by_start=False)
    >>> text = "for the financial year beginning on 1 April"
    >>> [begins_after(text, 22, day, april) for day in (date(1968, 2, 10), date(1968, 6, 3))]
    [1, 0]
    """
    match = _BEGINS_AFTER_RE.match(text, end)
    if match is None:
        return 0
    if match["verb"].lower() not in _UNTENSED:
        return 1
    if day is None or calendar is None:
        return 0
    holding = calendar.days_of(fiscal_year_holding(day, calendar))[0]
    following = calendar.days_of(fiscal_year_holding(day, calendar) + 1)[0]
    return 1 if (following - day) < (day - holding) else 0


#: right after "the fiscal year": that it is one already over ("ended March 31", "which closed
#: on 30 June")
_ENDED_AFTER_RE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|closed)\b")


def ended_before(text: str, end: int, day: date, calendar: FiscalCalendar, year: int) -> int:
    """1 when the fiscal year `year` written before `end` is told as over ("the financial
    year ended March 31") but ends after `day` (the news day): the year meant is the one
    before, the last to end; else 0.

    >>> march = FiscalCalendar(3, named_by_start=False)
    >>> text = "It lost money in the financial year ended March 31."
    >>> ended_before(text, text.index(" ended"), date(1964, 5, 8), march, 1965)
    1
    >>> ended_before(text, text.index(" ended"), date(1964, 5, 8), march, 1964)
    0
    """
    if _ENDED_AFTER_RE.match(text, end) is None:
        return 0
    return 1 if calendar.days_of(year)[1] > day else 0


_SPACES_RE = re.compile(r"\s*")


def bound_right_after(text: str, end: int) -> FiscalCalendar | None:
    """The company's year stated by the words right after `end`, where a year's kind follows
    a split year ("its 1996/97 financial year, which began on 1 April": April to March;
    "the 2025/26 financial year, which ended on August 31": September to August); None when
    those words state no bound (see `_bound_calendar`).

    >>> text = "in its 1996/97 financial year, which began on 1 April."
    >>> bound_right_after(text, text.index(" financial"))
    FiscalCalendar(last_month=3, named_by_start=False)
    >>> bound_right_after("in the 2022-23 financial year.", 14) is None
    True
    """
    spaces = _SPACES_RE.match(text, end)
    match = _BOUND_RE.match(text, spaces.end() if spaces is not None else end)
    return None if match is None else _calendar_of(match)


#: A split year of two years running right before "fiscal year" or "financial year": "the
#: 2022-23 fiscal year", "its 2012/13 financial year", "the 2019-2020 fiscal year".
_SPLIT_BEFORE_RE = re.compile(
    r"(?<!\d)(?P<first>[12]\d{3})\s?[/–-]\s?(?P<second>\d{2}|[12]\d{3})\s+$"
)


def split_year_before(text: str, start: int) -> int | None:
    """The number of the fiscal year a split year right before `start` names: the calendar
    year it ends in ("the 2022-23 fiscal year" is fiscal 2023, on the company's year when the
    text states it), not the fiscal year of the news day; None without one.

    >>> text = "The council ended the 2022-23 fiscal year with a deficit."
    >>> split_year_before(text, text.index("fiscal")), split_year_before(text, 4)
    (2023, None)
    """
    match = _SPLIT_BEFORE_RE.search(text, max(0, start - 16), start)
    if match is None:
        return None
    first, second = int(match["first"]), match["second"]
    following = first + 1
    if int(second) != (following if len(second) == 4 else following % 100):
        return None
    return following


#: A year alone right before "fiscal year" or "financial year": "by the end of the 2017
#: financial year", "its 1978 fiscal year".
_YEAR_BEFORE_RE = re.compile(r"(?<![\d/–-])(?P<year>[12]\d{3})\s+$")


def year_before(text: str, start: int) -> int | None:
    """The number of the fiscal year a year written right before `start` names ("the 2017
    financial year" is fiscal 2017, on the company's year when the text states it), or a split
    year (`split_year_before`); None without one. The fiscal year of the news day is not meant.

    >>> text = "It will open six depots by the end of the 2017 financial year."
    >>> year_before(text, text.index("financial")), year_before(text, 4)
    (2017, None)
    >>> text = "The council ended the 2022-23 fiscal year with a deficit."
    >>> year_before(text, text.index("fiscal"))
    2023
    """
    match = _YEAR_BEFORE_RE.search(text, max(0, start - 8), start)
    if match is not None:
        return int(match["year"])
    return split_year_before(text, start)


#: The other year of a split year, right after its first: "-05" of "the first quarter of
#: 2004-05", "/13" of "Q3 2012/13".
_SPLIT_AFTER_RE = re.compile(r"\s?[/–-]\s?(?P<second>\d{2}|[12]\d{3})(?!\d|[/.–-]\d)")

#: The year a split year is read on when its text states no calendar: April to March, named by
#: the year it begins in (as most who write their years split write them: "2004-05" of India's
#: and Japan's companies, of the British and Canadian governments). A year that begins in
#: January is never written split.
SPLIT_YEAR_CALENDAR = FiscalCalendar(3, named_by_start=True)


#: The months a split year named as a fiscal, school or crop year or a season ("the 2014/15
#: season", "the 2022-23 financial year" read as one span of days by `events.spans`) runs over
#: when its text states none: July to June, the split most such years have, named by the year
#: it ends in.
SPLIT_KIND_CALENDAR = FiscalCalendar(6, named_by_start=False)
#: `SPLIT_YEAR_CALENDAR`'s months, April to March, with the year named by the year it ends in:
#: "fiscal year" after a split year ("the 2026-27 financial year", fiscal 2027) when the text
#: states no months (stop 44; it was the calendar year 2027).
SPLIT_YEAR_ENDING = FiscalCalendar(3, named_by_start=False)


def split_year_after(text: str, first: int, end: int) -> int | None:
    """Where a split year whose first year `first` is written right before `end` ends ("the
    first quarter of 2004-05"); None when no split year follows (its other year must be the
    next: "2004-05", "2011/2012").

    >>> text = "Profit rose in the first quarter of 2004-05."
    >>> split_year_after(text, 2004, text.index("-05"))
    43
    >>> split_year_after("in the first quarter of 2004-07", 2004, 28) is None
    True
    """
    match = _SPLIT_AFTER_RE.match(text, end)
    if match is None:
        return None
    second = match["second"]
    following = first + 1
    if int(second) != (following if len(second) == 4 else following % 100):
        return None
    return match.end()


def split_year_named(first: int, stated: FiscalCalendar | None) -> tuple[int, FiscalCalendar]:
    """The number of the company's year that begins in `first` and ends in the next, on the
    calendar its text states (`stated`), else on `SPLIT_YEAR_CALENDAR`; and that calendar.

    >>> split_year_named(2004, None)
    (2004, FiscalCalendar(last_month=3, named_by_start=True))
    >>> split_year_named(2004, FiscalCalendar(6, named_by_start=False))
    (2005, FiscalCalendar(last_month=6, named_by_start=False))
    """
    calendar = stated if stated is not None and stated.last_month != 12 else SPLIT_YEAR_CALENDAR
    return (first if calendar.named_by_start else first + 1), calendar
