"""The reporting periods an article has named so far, and the company's own year, carried from
sentence to sentence: a later "the quarter" or "the same quarter last year" is the quarter
named last, "the second half of the year" a half of the company's year, and a fiscal quarter
falls on the year the article says ends in September (`periods_named`; `named_before` and
`period_named_again` name a period again).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Kestrel earned $2 million in the quarter ended May 31."
    >>> may_31 = Timex(47, 53, "May 31", "DATE", "2010-05-31", granularity="day",
    ...                date_start=date(2010, 5, 31), date_end=date(2010, 5, 31))
    >>> periods: dict[str, Timex] = {}
    >>> named, fiscal = periods_named(Sentence(0, len(text), text, 0), [may_31], periods, None)
    >>> [(t.text, t.value) for t in named], fiscal, periods["quarter"] is named[0]
    ([('the quarter ended May 31', 'FY2010-QX')], None, True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.events.date_roles import compared_with
from timeline.events.fiscal import (
    bounds_the_year,
    closed_by_fourth_quarter,
    closed_by_numbered_part,
    on_fiscal_calendar,
    year_ending_in,
    year_running,
)
from timeline.events.periods import PERIOD_UNITS, periods_ended
from timeline.events.year_parts import part_of_year_named
from timeline.kinds import Granularity
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months
from timeline.temporal.tense import clause_tense

if TYPE_CHECKING:
    from timeline.sentences import Sentence

#: Reporting periods a later "the quarter" or "the same quarter last year" names again.
_PERIODS = ("quarter", "half", "year")
#: A year closed by a day, in the company's words: "its fiscal year ended September 30".
_FISCAL_YEAR_END = re.compile(r"(?i)\bfiscal\b.*\bend(?:ed|ing|s)\b")
#: "the year ending March 31", "the year ended 30 June": a year said to end on a day.
_YEAR_ENDING = re.compile(r"(?i)\byear\s+end(?:ed|ing|s)\b")


def _own_year_ending(timex: Timex | None) -> Timex | None:
    """`timex` when it is a company's year said to end on a day that is not December 31 ("the
    year ending March 31"), the year its quarters count in as a fiscal year's; else None."""
    if (
        timex is not None
        and timex.value.startswith("FY")
        and timex.date_end is not None
        and (timex.date_end.month, timex.date_end.day) != (12, 31)
        and _YEAR_ENDING.search(timex.text) is not None
    ):
        return timex
    return None


def periods_named(
    sentence: Sentence,
    found: Sequence[Timex],
    periods: dict[str, Timex],
    fiscal: Timex | None,
    published: date | None = None,
) -> tuple[list[Timex], Timex | None]:
    """The expressions of `sentence` with days that close a reporting period made periods
    (`periods_ended`), "the quarter" or "the same quarter last year" made the period
    named before them (`period_named_again`) and fiscal periods put on the company's year
    (`on_fiscal_calendar`); and the company's year, once the article says where it ends.
    `periods` keeps the reporting period named last of each unit (and of any, under ""),
    which a figure compared with does not replace: "the quarter" is the quarter named last,
    though a year was named after it ("its outlook for fiscal 2024")."""
    expressions: list[Timex] = []
    # "the first eleven months of the year": the year named again before its part is read
    # (the company's year, once the article names it a fiscal or financial year)
    again = [
        period_named_again(t, fiscal) if t.granularity == Granularity.YEAR else t for t in found
    ]
    # "the second quarter of its fiscal year, which runs from April to March": the year the
    # sentence states counts its quarters, wherever they stand in it
    fiscal = _year_stated_in(sentence, found) or fiscal
    for timex in periods_ended(sentence, again):
        if _FISCAL_YEAR_END.search(timex.text) and timex.granularity == "year":
            fiscal = timex  # "its fiscal year ended September 30, 2024"
        elif (stated := year_ending_in(sentence, timex)) is not None:
            fiscal = stated  # "whose financial year ends in February": dates nothing
            continue
        if bounds_the_year(sentence, timex):
            continue
        # a company's quarter looks for the tense only once the article says where its year
        # ends: read for every expression, it would cost a scan of each clause's words
        # a quarter without a year counts in the company's year the text named last ("the
        # year ending March 31"), fiscal or not
        own_year = fiscal or _own_year_ending(periods.get(_OWN_YEAR))
        tense = (
            clause_tense(sentence.text, timex.start - sentence.start, timex.end - sentence.start)
            if own_year is not None
            else None
        )
        named = on_fiscal_calendar(
            period_named_again(timex, named_before(timex, periods)),
            own_year,
            published,
            ahead=tense == "future",
            past=tense == "past",
        )
        named = part_of_year_named(named, periods.get(_OWN_YEAR, fiscal))
        expressions.append(named)
        if fiscal is None and (closed := closed_by_fourth_quarter(timex)) is not None:
            fiscal = closed  # "its fiscal fourth quarter ended June 30, 2024": the year too
        if fiscal is None and (closed := closed_by_numbered_part(timex)) is not None:
            fiscal = closed  # "the first quarter of its 2023 financial year": the year too
        if (
            named.granularity in _PERIODS
            and named.date_start is not None
            and named is timex
            and not compared_with(sentence, named)
        ):
            # a quarter not begun by the news day is no period reported ("expects to open the
            # plant in the first quarter of 2012-13"): a later "the quarter" is not it; where
            # a company's year ends is its calendar all the same
            if published is None or named.date_start <= published:
                periods[named.granularity] = periods[""] = named
            if named.granularity == Granularity.YEAR and named.value.startswith("FY"):
                periods[_OWN_YEAR] = named  # a company's own year ("the year ended 30 June")
    return expressions, fiscal


def _year_stated_in(sentence: Sentence, found: Sequence[Timex]) -> Timex | None:
    """The company's year `sentence` bounds by two months ("its fiscal year, which runs from
    April to March") or says ends in a month ("whose financial year ends in March"); None
    when it states none."""
    for timex in found:
        stated = year_running(sentence, timex) or year_ending_in(sentence, timex)
        if stated is not None:
            return stated
    return None


#: Where `periods_named` keeps the company's year the text reported on last ("the year
#: ended 30 September 2019"), which "the second half of the year" is a part of.
_OWN_YEAR = "own year"


#: "the quarter", "the half" again, or "the same quarter last year": the period just reported.
_AGAIN = re.compile(
    r"(?i)(?:in\s+|for\s+|during\s+)?the\s+(?P<same>same\s+)?(?P<unit>quarter|half|year|period)"
    r"(?P<back>\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|of\s+last\s+year|"
    r"the\s+(?:previous|prior)\s+year|the\s+year\s+before))?"
)
_YEAR_IN_VALUE = re.compile(r"^(FY)?(\d{4})")
#: The parts of a year a company reports on.
_PART_UNITS = (Granularity.QUARTER.value, Granularity.HALF.value)


def named_before(timex: Timex, periods: Mapping[str, Timex]) -> Timex | None:
    """The reporting period `timex` may name again, of those named last by unit (`periods`,
    any unit under ""): one of its own unit ("the quarter"); for "the same period last year",
    the part of a year named last (a quarter, a half: a whole year would be "last year").

    >>> half = Timex(0, 8, "the half", "DATE", "2024-H1", granularity="half")
    >>> year = Timex(20, 33, "the full year", "DATE", "2024", granularity="year")
    >>> again = Timex(50, 75, "the same period last year", "DATE", "2023", granularity="year")
    >>> named_before(again, {"half": half, "year": year, "": year}).text
    'the half'
    """
    match = _AGAIN.fullmatch(timex.text)
    if match is None or match["unit"].lower() != "period":
        return periods.get(timex.granularity or "", periods.get(""))
    parts = [periods[unit] for unit in _PART_UNITS if unit in periods]
    return max(parts, key=lambda period: period.start, default=periods.get(""))


def period_named_again(timex: Timex, period: Timex | None) -> Timex:
    """`timex` as the reporting period `period` a sentence before named, when it names that
    period again: "the quarter" after "the quarter ended Aug. 31", "the same quarter last
    year" (that period a year earlier); else `timex` unchanged. A company whose year does
    not start in January has quarters of its own: "the quarter" is not the calendar's.

    >>> q = Timex(4, 29, "the quarter ended Aug. 31", "DATE", "FY2025-QX", granularity="quarter",
    ...           date_start=date(2025, 6, 1), date_end=date(2025, 8, 31))
    >>> again = Timex(60, 71, "the quarter", "DATE", "2025-Q3", granularity="quarter",
    ...               date_start=date(2025, 7, 1), date_end=date(2025, 9, 30))
    >>> named = period_named_again(again, q)
    >>> named.text, named.value, named.date_start
    ('the quarter', 'FY2025-QX', datetime.date(2025, 6, 1))
    >>> before = Timex(60, 86, "the same quarter last year", "DATE", "2024-Q3")
    >>> period_named_again(before, q).date_end
    datetime.date(2024, 8, 31)
    """
    if period is None or period.date_start is None or period.date_end is None:
        return timex
    match = _AGAIN.fullmatch(timex.text)
    if match is None or (match["back"] and not match["same"]):
        return timex
    unit = match["unit"].lower()
    if unit != "period" and period.granularity != PERIOD_UNITS[unit][1].value:
        return timex
    first, last, value = period.date_start, period.date_end, period.value
    if match["back"]:
        first, last = add_months(first, -12), add_months(last + timedelta(days=1), -12)
        last -= timedelta(days=1)
        year = _YEAR_IN_VALUE.match(value)
        if year is not None:
            value = f"{year[1] or ''}{int(year[2]) - 1}{value[year.end() :]}"
    return Timex(
        timex.start, timex.end, timex.text, timex.type, value, timex.mod,
        period.granularity, first, last,
    )  # fmt: skip
