"""A company's own year, once an article says where it ends: "whose financial year ends in
February" makes "its second quarter" June to August, "its fiscal year ended September 30,
2024" makes "fiscal 2025" October 2024 to September 2025.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Roe, whose financial year ends in February, said sales rose."
    >>> feb = Timex(34, 42, "February", "DATE", "2024-02", granularity="month",
    ...             date_start=date(2024, 2, 1), date_end=date(2024, 2, 29))
    >>> year_ending_in(Sentence(0, len(text), text, 0), feb).value
    'FY2024'
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.determiners import POSSESSIVES, THE
from timeline.kinds import Granularity
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = [
    "bounds_the_year",
    "closed_by_fourth_quarter",
    "closed_by_numbered_part",
    "on_fiscal_calendar",
    "year_ending_in",
    "year_running",
]


#: Where a company's year ends, said of it: "whose financial year ends in February", "its
#: fiscal year runs to the end of June".
_YEAR_ENDS_IN = re.compile(
    r"(?i)\b(?:fiscal|financial|business)\s+year\s+(?:ends|ended|ending|closes|runs\s+to)"
    r"\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+)?$"
)


#: A company's year named only to say where it ends or begins: "whose financial year ends in
#: February", "its fiscal year begins in July".
_YEAR_BOUNDED = re.compile(r"(?i)\s+(?:ends|ended|ending|begins|began|starts|started|runs)\b")


def bounds_the_year(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a company's year named only to say where it ends or begins: it
    dates nothing ("Roe, whose financial year ends in February, said ...").

    >>> from timeline.sentences import Sentence
    >>> text = "Roe, whose financial year ends in February, said sales rose."
    >>> year = Timex(11, 25, "financial year", "DATE", "FY2024", granularity="year")
    >>> bounds_the_year(Sentence(0, len(text), text, 0), year)
    True
    """
    if timex.granularity != Granularity.YEAR or any(c.isdigit() for c in timex.text):
        return False
    return _YEAR_BOUNDED.match(sentence.text, timex.end - sentence.start) is not None


#: A company's year said to run between two months after it is named: "its fiscal year, which
#: runs from April to March" (the tagger bounds the year by those months).
_RUNS_FROM = re.compile(r"(?i),?\s+(?:which|that)\s+runs\s+from\s")


def year_running(sentence: Sentence, timex: Timex) -> Timex | None:
    """`timex`, when it is a company's year the sentence goes on to bound by two months ("its
    fiscal year, which runs from April to March"): the year the quarters of the sentence
    count in, wherever they stand in it; else None.

    >>> from timeline.sentences import Sentence
    >>> text = "Sales in the second quarter of its fiscal year, which runs from April to March."
    >>> year = Timex(35, 46, "fiscal year", "DATE", "FY2025", granularity="year",
    ...              date_start=date(2024, 4, 1), date_end=date(2025, 3, 31))
    >>> year_running(Sentence(0, len(text), text, 0), year) is year
    True
    """
    if (
        timex.granularity != Granularity.YEAR
        or not timex.value.startswith("FY")
        or timex.date_end is None
        or any(c.isdigit() for c in timex.text)
    ):
        return None
    return timex if _RUNS_FROM.match(sentence.text, timex.end - sentence.start) else None


def year_ending_in(sentence: Sentence, timex: Timex) -> Timex | None:
    """The company's year, when `timex` is the month the sentence says it ends in: a year
    ending on that month's last day (its year is arithmetic only: quarters count from the
    month).

    >>> from timeline.sentences import Sentence
    >>> text = "Roe, whose financial year ends in February, said sales rose."
    >>> feb = Timex(34, 42, "February", "DATE", "2024-02", granularity="month",
    ...             date_start=date(2024, 2, 1), date_end=date(2024, 2, 29))
    >>> stated = year_ending_in(Sentence(0, len(text), text, 0), feb)
    >>> stated.value, stated.date_start, stated.date_end
    ('FY2024', datetime.date(2023, 3, 1), datetime.date(2024, 2, 29))
    """
    if timex.granularity != Granularity.MONTH or timex.date_end is None:
        return None
    start = timex.start - sentence.start
    if _YEAR_ENDS_IN.search(sentence.text, max(0, start - 50), start) is None:
        return None
    return _year_ending(timex, timex.date_end)


#: A company's last quarter said to end on a day: "its fiscal fourth quarter ended June 30".
_FOURTH_QUARTER_ENDED = re.compile(
    r"(?i)\b(?:fiscal|financial)\s+fourth[\s-]+quarter\b.*\bend(?:ed|ing|s)\b"
)


def closed_by_fourth_quarter(timex: Timex) -> Timex | None:
    """The company's year, when `timex` is its fiscal fourth quarter said to end on a day: the
    year ends that day ("its fiscal fourth quarter ended June 30, 2024": July 2023 to June
    2024).

    >>> q4 = Timex(0, 41, "fiscal fourth quarter ended June 30, 2024", "DATE", "2024-Q2",
    ...            granularity="quarter", date_start=date(2024, 4, 1), date_end=date(2024, 6, 30))
    >>> year = closed_by_fourth_quarter(q4)
    >>> year.value, year.date_start, year.date_end
    ('FY2024', datetime.date(2023, 7, 1), datetime.date(2024, 6, 30))
    """
    end = timex.date_end
    if end is None or timex.granularity != Granularity.QUARTER:
        return None
    if _FOURTH_QUARTER_ENDED.search(timex.text) is None:
        return None
    return _year_ending(timex, end)


#: A part said to be of the company's own year.
_FISCAL_WORD = re.compile(r"(?i)\b(?:fiscal|financial)\b")
#: A numbered part of the company's year, as `periods` writes it: "FY2023-Q1", "FY2025-H2".
_NUMBERED_FISCAL_PART = re.compile(r"^FY\d{4}-(?P<letter>[QH])(?P<ordinal>[1-4])$")


def closed_by_numbered_part(timex: Timex) -> Timex | None:
    """The company's year, when `timex` is a numbered part of it with its days ("the second
    quarter of its fiscal year 2025, which ended December 31, 2024"; "the September 2022
    quarter, the first quarter of its 2023 financial year"): the year ends as many quarters
    or halves after it as are left to count.

    >>> q2 = Timex(0, 25, "the second fiscal quarter", "DATE",
    ...            "FY2025-Q2", granularity="quarter", date_start=date(2024, 10, 1),
    ...            date_end=date(2024, 12, 31))
    >>> year = closed_by_numbered_part(q2)
    >>> year.value, year.date_start, year.date_end
    ('FY2025', datetime.date(2024, 7, 1), datetime.date(2025, 6, 30))
    >>> q1 = Timex(0, 32, "the first quarter of fiscal 2026", "DATE", "FY2026-Q1",
    ...            granularity="quarter", date_start=date(2026, 4, 1), date_end=date(2026, 6, 30))
    >>> closed_by_numbered_part(q1).date_end
    datetime.date(2027, 3, 31)
    """
    part = _NUMBERED_FISCAL_PART.match(timex.value)
    if part is None or timex.date_end is None or _FISCAL_WORD.search(timex.text) is None:
        return None  # "its fourth quarter ended March 31" says nothing of the company's year
    months = 3 if part["letter"] == "Q" else 6
    left = 12 // months - int(part["ordinal"])
    if left < 0:
        return None
    # counted from the day after the part, so a part ending on a month's last day closes a
    # year on a month's last day ("June 30" and nine months: March 31, not March 30)
    after = add_months(timex.date_end + timedelta(days=1), months * left)
    return _year_ending(timex, after - timedelta(days=1))


def _year_ending(timex: Timex, end: date) -> Timex:
    """`timex` as the company's year that ends on `end` (the twelve months to it).

    >>> said = Timex(0, 8, "its year", "DATE", "2024", granularity="year")
    >>> year = _year_ending(said, date(2024, 6, 30))
    >>> year.value, year.date_start
    ('FY2024', datetime.date(2023, 7, 1))
    """
    first = add_months(end + timedelta(days=1), -12)
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{end.year}", None,
        Granularity.YEAR.value, first, end,
    )  # fmt: skip


_FISCAL_QUARTER = re.compile(r"^(?P<year>\d{4})-Q(?P<q>[1-4])$")
_FISCAL_YEAR = re.compile(r"^FY(?P<year>\d{4})$")
_FISCAL_HALF = re.compile(r"^(?P<year>\d{4})-H(?P<h>[12])$")


def _half_of_fiscal_year(timex: Timex, last_day: date, number: int, ordinal: int) -> Timex:
    """ "the first half of fiscal 2025", on a year that ends on 30 June: July to December 2024.

    >>> h1 = Timex(0, 29, "the first half of fiscal 2025", "DATE", "2025-H1", granularity="half")
    >>> found = _half_of_fiscal_year(h1, date(2024, 6, 30), 2025, 1)
    >>> found.value, found.date_start, found.date_end
    ('FY2025-H1', datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))
    """
    try:
        end = add_months(last_day, 12 * (number - last_day.year))
    except ValueError:
        return timex
    start = add_months(add_months(end + timedelta(days=1), -12), 6 * (ordinal - 1))
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{number}-H{ordinal}", timex.mod,
        Granularity.HALF.value, start, add_months(start, 6) - timedelta(days=1),
    )  # fmt: skip


def on_fiscal_calendar(
    timex: Timex,
    fiscal_year: Timex | None,
    published: date | None = None,
    *,
    ahead: bool = False,
    past: bool = False,
) -> Timex:
    """`timex` on the company's own year, once the article has said where it ends ("its
    fiscal year ended September 30, 2024"): "fiscal 2025" is October 2024 to September
    2025, "the fourth quarter of fiscal 2024" July to September 2024, and "the full fiscal
    year" the year it named. Unchanged without a stated year end or a fiscal expression.

    >>> stated = Timex(0, 40, "its fiscal year ended September 30, 2024", "DATE", "FY2024",
    ...                granularity="year", date_start=date(2023, 10, 1),
    ...                date_end=date(2024, 9, 30))
    >>> q4 = Timex(50, 83, "the fourth quarter of fiscal 2024", "DATE", "2024-Q4",
    ...            granularity="quarter", date_start=date(2024, 10, 1), date_end=date(2024, 12, 31))
    >>> found = on_fiscal_calendar(q4, stated)
    >>> found.value, found.date_start, found.date_end
    ('FY2024-Q4', datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
    """
    if fiscal_year is None or fiscal_year.date_end is None or timex is fiscal_year:
        return timex
    last_day = fiscal_year.date_end
    if timex.mod == "END" and _COMPANY_YEAR_END.fullmatch(timex.text) is not None:
        return _closing_year(timex, last_day, published, ahead=ahead, past=past)
    if "fiscal" not in timex.text.lower():
        return _quarter_of_the_year_stated(timex, last_day, published, ahead=ahead, past=past)
    quarter = _FISCAL_QUARTER.match(timex.value)
    year = _FISCAL_YEAR.match(timex.value)
    half = _FISCAL_HALF.match(timex.value)
    if half is not None:
        return _half_of_fiscal_year(timex, last_day, int(half["year"]), int(half["h"]))
    if quarter is not None:
        number, ordinal = int(quarter["year"]), int(quarter["q"])
    elif year is not None and any(c.isdigit() for c in timex.text):
        number, ordinal = int(year["year"]), None
    elif year is not None:  # "the full fiscal year": the one the article named
        return Timex(
            timex.start, timex.end, timex.text, timex.type, fiscal_year.value, timex.mod,
            fiscal_year.granularity, fiscal_year.date_start, fiscal_year.date_end,
        )  # fmt: skip
    else:
        return timex
    try:
        end = add_months(last_day, 12 * (number - last_day.year))
    except ValueError:
        return timex
    first = add_months(end + timedelta(days=1), -12)
    if ordinal is None:
        return Timex(
            timex.start, timex.end, timex.text, timex.type, f"FY{number}", timex.mod,
            Granularity.YEAR.value, first, end,
        )  # fmt: skip
    start = add_months(first, 3 * (ordinal - 1))
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{number}-Q{ordinal}", timex.mod,
        Granularity.QUARTER.value, start, add_months(start, 3) - timedelta(days=1),
    )  # fmt: skip


#: "the end of the financial year", "the close of its fiscal year": the company's year, said
#: without its number.
_COMPANY_YEAR_END = re.compile(
    rf"(?i)(?:the\s+)?(?:end|close)\s+of\s+(?:{THE}|{POSSESSIVES}|this)\s+(?:fiscal|financial)\s+year"
)


def _closing_year(
    timex: Timex, last_day: date, published: date | None, *, ahead: bool, past: bool
) -> Timex:
    """ "the end of the financial year" on the company's calendar, its year ending on
    `last_day`'s day and month: in a clause that looks ahead, the first such end not before
    `published`; in a past one, the last one not after it; else the year named (`last_day`'s).

    >>> end = Timex(0, 29, "the end of the financial year", "DATE", "FY2021", "END", "year")
    >>> found = _closing_year(end, date(2020, 6, 30), date(2021, 2, 26), ahead=True, past=False)
    >>> found.value, found.date_start, found.date_end
    ('FY2021', datetime.date(2020, 7, 1), datetime.date(2021, 6, 30))
    """
    end = last_day
    if published is not None and (ahead or past):
        try:
            end = add_months(last_day, 12 * (published.year - last_day.year))
            if ahead and end < published:
                end = add_months(end, 12)
            elif past and end > published:
                end = add_months(end, -12)
        except ValueError:
            return timex
    first = add_months(end + timedelta(days=1), -12)
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{end.year}", timex.mod,
        Granularity.YEAR.value, first, end,
    )  # fmt: skip


_NUMBERED_QUARTER = re.compile(r"(?i)\b(?:first|second|third|fourth)\b")
#: A part said to be of a year ("the first quarter of the year", "of next year", "of the
#: calendar year"): the calendar's, not the company's.
_OF_A_YEAR = re.compile(r"(?i)\byear\b")
#: Days after a quarter's end that its results may still be news of the quarter just ended.
_RESULTS_LAG = 14


def _quarter_of_the_year_stated(
    timex: Timex,
    last_day: date,
    published: date | None = None,
    *,
    ahead: bool = False,
    past: bool = False,
) -> Timex:
    """A quarter or a half named without a year ("its second quarter", "the second half") in
    an article that says where the company's year ends, not in December ("whose financial
    year ends in February"): that part of the company's year, the one ending nearest the
    calendar's reading (June to August 2024 for the second quarter read as April to June
    2024); in news, when the reading is not ahead of the publication, the last such part over
    by then; in a clause that looks ahead (`ahead`), the first such part not over by the
    publication; in a clause told in the past (`past`), the last such part over by the
    publication (a fortnight's lag allowed for its results).

    >>> end = date(2024, 2, 29)
    >>> q2 = Timex(0, 14, "second quarter", "DATE", "2024-Q2", granularity="quarter",
    ...            date_start=date(2024, 4, 1), date_end=date(2024, 6, 30))
    >>> found = _quarter_of_the_year_stated(q2, end)
    >>> found.value, found.date_start, found.date_end
    ('FY2025-Q2', datetime.date(2024, 6, 1), datetime.date(2024, 8, 31))

    "Revenue for the second quarter ... fell", written on 14 November 2024 of a year that runs
    from April to March, is July to September 2024, whatever the reading:

    >>> q2 = Timex(0, 18, "the second quarter", "DATE", "2025-Q2", granularity="quarter",
    ...            date_start=date(2025, 4, 1), date_end=date(2025, 6, 30))
    >>> found = _quarter_of_the_year_stated(q2, date(2025, 3, 31), date(2024, 11, 14), past=True)
    >>> found.value, found.date_start, found.date_end
    ('FY2025-Q2', datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
    """
    part = _FISCAL_QUARTER.match(timex.value) or _FISCAL_HALF.match(timex.value)
    if (
        part is None
        or last_day.month == 12
        or _NUMBERED_QUARTER.search(timex.text) is None  # not "the quarter" named again
        or any(c.isdigit() for c in timex.text)
        or _OF_A_YEAR.search(timex.text) is not None
        or timex.date_end is None
    ):
        return timex
    months = 3 if timex.granularity == Granularity.QUARTER else 6
    ordinal, read_end = int(part.group(2)), timex.date_end
    if ahead and published is not None:
        return _coming_quarter(timex, last_day, ordinal, published, months)
    over_by = (
        published + timedelta(days=_RESULTS_LAG)
        if published is not None
        and (past or (timex.date_start is not None and timex.date_start <= published))
        else None
    )
    best: tuple[int, date, date, int] | None = None
    for number in range(read_end.year - 1, read_end.year + 2):
        start, quarter_end = _part_of_year(last_day, number, ordinal, months)
        if over_by is not None and quarter_end > over_by:
            continue  # results of a quarter not yet over
        gap = (
            (over_by - quarter_end).days
            if past and over_by is not None
            else abs((quarter_end - read_end).days)
        )
        if best is None or gap < best[0]:
            best = (gap, start, quarter_end, number)
    if best is None:
        return timex
    _, start, quarter_end, number = best
    return _fiscal_part(timex, number, ordinal, months, start, quarter_end)


def _part_of_year(last_day: date, number: int, ordinal: int, months: int) -> tuple[date, date]:
    """The first and last days of part `ordinal` (of `months` months) of the company's year
    `number`, which ends on `last_day`'s day and month.

    >>> _part_of_year(date(2025, 3, 31), 2025, 2, 6)
    (datetime.date(2024, 10, 1), datetime.date(2025, 3, 31))
    """
    end = add_months(last_day, 12 * (number - last_day.year))
    start = add_months(add_months(end + timedelta(days=1), -12), months * (ordinal - 1))
    return start, add_months(start, months) - timedelta(days=1)


def _fiscal_part(
    timex: Timex, number: int, ordinal: int, months: int, start: date, last: date
) -> Timex:
    """`timex` as part `ordinal` of the company's year `number` ("FY2025-Q2", "FY2016-H2")."""
    letter, grain = ("Q", Granularity.QUARTER) if months == 3 else ("H", Granularity.HALF)
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{number}-{letter}{ordinal}",
        timex.mod, grain.value, start, last,
    )  # fmt: skip


def _coming_quarter(
    timex: Timex, last_day: date, ordinal: int, published: date, months: int = 3
) -> Timex:
    """The first part numbered `ordinal` (a quarter; a half with `months` 6) of the company's
    year ending on `last_day`'s day and month that is not over by `published`: "exports
    would grow in the fourth quarter", written on 20 January 2005 of a year ending March 31,
    is January to March 2005.

    >>> q4 = Timex(0, 18, "the fourth quarter", "DATE", "2005-Q4", granularity="quarter",
    ...            date_start=date(2005, 10, 1), date_end=date(2005, 12, 31))
    >>> found = _coming_quarter(q4, date(2005, 3, 31), 4, date(2005, 1, 20))
    >>> found.value, found.date_start, found.date_end
    ('FY2005-Q4', datetime.date(2005, 1, 1), datetime.date(2005, 3, 31))
    """
    for number in range(published.year, published.year + 3):
        start, part_end = _part_of_year(last_day, number, ordinal, months)
        if part_end >= published:
            return _fiscal_part(timex, number, ordinal, months, start, part_end)
    return timex
