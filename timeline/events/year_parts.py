"""A part of "the year" in a text that reports on a company's own year: after "In the year
ended 30 September 2019, revenue rose", "exports fell in the second half of the year" is April
to September 2019, the second half of that year, not July to December; "the fourth quarter of
the financial year" its last three months, "the first nine months of the fiscal year" its
opening nine. A year that starts in January is the calendar's,
whose halves and quarters the tagger already reads.

    >>> from datetime import date
    >>> year = Timex(3, 35, "the year ended 30 September 2019", "DATE", "FY2019",
    ...              granularity="year", date_start=date(2018, 10, 1), date_end=date(2019, 9, 30))
    >>> half = Timex(60, 87, "the second half of the year", "DATE", "2019-H2",
    ...              granularity="half", date_start=date(2019, 7, 1), date_end=date(2019, 12, 31))
    >>> found = part_of_year_named(half, year)
    >>> found.value, found.date_start, found.date_end
    ('FY2019-H2', datetime.date(2019, 4, 1), datetime.date(2019, 9, 30))
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.determiners import POSSESSIVES, THE
from timeline.kinds import Granularity
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months
from timeline.temporal.vocabulary import NUMBER_WORDS

__all__ = ["part_of_year_named"]

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 0, "last": 0}

#: "the second half of the year", "the fourth quarter of the financial year": a numbered part
#: of a year named by no number.
_PART_OF_THE_YEAR = re.compile(
    r"(?i)(?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last)[\s-]+(?P<unit>half|quarter)"
    rf"\s+of\s+(?:{THE}|this|{POSSESSIVES})\s+(?:(?:financial|fiscal|business)\s+)?year"
)
#: "the first nine months of the fiscal year": the company's year's opening months, counted
#: (not "of the year", which may be another body's calendar figures in a company's story).
_MONTHS_OF_THE_YEAR = re.compile(
    r"(?i)(?:the\s+)?first\s+(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
    rf"eleven)\s+months\s+of\s+(?:{THE}|this|{POSSESSIVES})\s+"
    r"(?:financial|fiscal|business)\s+year"
)
#: Each part's months and TIMEX3 letter.
_UNITS = {"half": (6, "H", Granularity.HALF), "quarter": (3, "Q", Granularity.QUARTER)}


def part_of_year_named(timex: Timex, year: Timex | None) -> Timex:
    """`timex` as the part of `year` (the year the text reported on last) it names, when it
    is a numbered half or quarter of "the year" and that year does not start in January;
    else `timex` unchanged.

    >>> from datetime import date
    >>> calendar = Timex(3, 7, "2019", "DATE", "2019", granularity="year",
    ...                  date_start=date(2019, 1, 1), date_end=date(2019, 12, 31))
    >>> half = Timex(60, 87, "the second half of the year", "DATE", "2019-H2",
    ...              granularity="half", date_start=date(2019, 7, 1), date_end=date(2019, 12, 31))
    >>> part_of_year_named(half, calendar) is half
    True
    """
    if year is None or year.date_start is None or year.date_end is None:
        return timex
    if year.granularity != Granularity.YEAR or (year.date_start.month, year.date_start.day) == (
        1,
        1,
    ):
        return timex
    match = _PART_OF_THE_YEAR.fullmatch(timex.text)
    if match is None:
        return _months_of_year_named(timex, year.date_start)
    months, letter, granularity = _UNITS[match["unit"].lower()]
    parts = 12 // months
    ordinal = _ORDINALS[match["ordinal"].lower()] or parts
    if ordinal > parts:
        return timex
    first = add_months(year.date_start, months * (ordinal - 1))
    last = add_months(first, months) - timedelta(days=1)
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"FY{year.date_end.year}-{letter}{ordinal}",
        timex.mod, granularity.value, first, last,
    )  # fmt: skip


def _months_of_year_named(timex: Timex, first: date) -> Timex:
    """`timex` as the opening months of the company's year starting on `first`, when it is
    "the first nine months of the (fiscal) year"; else unchanged.

    >>> from datetime import date
    >>> nine = Timex(0, 40, "the first nine months of the fiscal year", "DATE",
    ...              "2005-01/2005-09", granularity="month")
    >>> found = _months_of_year_named(nine, date(2004, 4, 1))
    >>> found.value, found.date_start, found.date_end
    ('2004-04/2004-12', datetime.date(2004, 4, 1), datetime.date(2004, 12, 31))
    """
    match = _MONTHS_OF_THE_YEAR.fullmatch(timex.text)
    if match is None:
        return timex
    count = match["count"].lower()
    months = int(count) if count.isdigit() else int(NUMBER_WORDS[count])
    if not 1 <= months <= 11:
        return timex
    last = add_months(first, months) - timedelta(days=1)
    return Timex(
        timex.start, timex.end, timex.text, timex.type, f"{first:%Y-%m}/{last:%Y-%m}",
        timex.mod, Granularity.MONTH.value, first, last,
    )  # fmt: skip
