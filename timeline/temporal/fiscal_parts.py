"""A quarter or half of "the fiscal year" whose text states where the company's year ends: the
part of the company's year that holds the news day, not of the calendar year ("expects demand
to pick up in the second half of the fiscal year, which ends on March 31", written in June
2019, is October 2019 to March 2020; "the third quarter of the fiscal year, which runs from
April", written in January 2026, is October to December 2025). Without such a statement the
part stays the calendar's (`normalise_quarters.quarter`).

    >>> from timeline.temporal.fiscal_calendar import FiscalCalendar
    >>> april_to_march = FiscalCalendar(3, named_by_start=False)
    >>> part_of_current_fiscal_year("the second half of the fiscal year", 2, True,
    ...                             april_to_march, date(2019, 6, 13))
    ('FY2020-H2', (datetime.date(2019, 10, 1), datetime.date(2020, 3, 31), 'half'))
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.fiscal_calendar import (
    FiscalCalendar,
    fiscal_part_days,
    fiscal_year_holding,
)

__all__ = ["part_of_current_fiscal_year"]

#: "of the fiscal year", "of the current financial year", "of this fiscal year": the company's
#: year running at the news day; not "of last fiscal year", "of the previous fiscal year".
_CURRENT_FISCAL_YEAR_RE = re.compile(
    r"(?i)\bof\s+(?:the|this|the\s+current|its|their|our)\s+(?:fiscal|financial)\s+year$"
)


def part_of_current_fiscal_year(
    written: str,
    number: int,
    half: bool,
    calendar: FiscalCalendar | None,
    reference: date | None,
) -> tuple[str, tuple[date, date, str]] | None:
    """The value and interval of quarter (or half, `half`) `number` of the company's year that
    holds `reference`, when `written` ends in "of the fiscal year" and the text states a
    `calendar`; None otherwise.

    >>> part_of_current_fiscal_year("the third quarter of the fiscal year", 3, False, None,
    ...                             date(2026, 1, 12)) is None
    True
    """
    if calendar is None or reference is None or not _CURRENT_FISCAL_YEAR_RE.search(written):
        return None
    year = fiscal_year_holding(reference, calendar)
    days = fiscal_part_days(year, number, half, calendar)
    return f"FY{year:04d}-{'H' if half else 'Q'}{number}", days
