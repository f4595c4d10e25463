"""A wire's own stamps around its story, read by the page's box rules (`furniture.box_lines`) and
the foot's readers (`published.foot_days`): a stamp with its month abbreviated in the wire's
language ("(Wire) 16-SET-08 18:22"), in a teleprinter's double brackets, and the sign-off under
the story ("Harbour Wire 2214 GMT 02-10-94").

    >>> wire_stamp_day("16-Sep-2008"), is_wire_sign_off("Harbour Wire 2214 GMT 02-10-94")
    (datetime.date(2008, 9, 16), True)
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.temporal.date_order import calendar_day, full_year
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import table

__all__ = ["is_wire_sign_off", "month_abbreviations", "wire_stamp_day"]


@cache
def month_abbreviations() -> dict[str, int]:
    """Months' abbreviations in the languages wires write them (`data/month_abbreviations.csv`)."""
    return {abbreviation: int(month) for abbreviation, month in table("month_abbreviations.csv")}


#: A wire's stamp with its month abbreviated in the wire's language, its source in brackets
#: before it: "(Wire) 16-SET-08 18:22", "16-sep-2008 18.22".
_WIRE_STAMP = re.compile(
    r"(?:\([A-Z][\w&.' -]{0,30}\)\s*)?(?P<day>\d{1,2})[-./ ](?P<month>[^\W\d_]{3,5})\.?[-./ ]"
    r"(?P<year>\d{4}|\d{2})(?:,?\s+\d{1,2}[:.]\d\d(?:\s+[A-Z]{2,5})?)?"
)


#: A teleprinter's double brackets around its stamp: "((16-SEP-08 18:22 EAT))".
_TELEPRINTER_BRACKETS = re.compile(r"^\(\(\s*|\s*\)\)$")


def wire_stamp_day(line: str) -> date | None:
    """The day of a line that is only a wire's stamp with an abbreviated month, in English or
    in the wire's own language (`data/month_abbreviations.csv`), its two-digit year in the
    century that puts it no later than next year.

    >>> wire_stamp_day("(Wire) 16-SET-08 18:22"), wire_stamp_day("16-Sep-2008")
    (datetime.date(2008, 9, 16), datetime.date(2008, 9, 16))
    >>> wire_stamp_day("16-SET-08 the strike ended") is None
    True
    >>> wire_stamp_day("((16-SEP-08 18:22 EAT))")  # a teleprinter's brackets around it
    datetime.date(2008, 9, 16)
    """
    found = _WIRE_STAMP.fullmatch(_TELEPRINTER_BRACKETS.sub("", line.strip()))
    if found is None:
        return None
    written = found["month"].lower()
    month = MONTHS.get(written) or month_abbreviations().get(written)
    if month is None:
        return None
    year = int(found["year"])
    if len(found["year"]) == 2:
        year = full_year(year)
    return calendar_day(year, month, int(found["day"]))


#: A wire's sign-off under its story: its name, its clock in four figures with the zone, its
#: day all in numbers, "Harbour Wire 2214 GMT 02-10-94" (the day's order is the wire's own: the
#: line is furniture, and no reader takes its day).
_WIRE_SIGN_OFF = re.compile(
    r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}\s+(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|Z)"
    r"\s+\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
)


def is_wire_sign_off(line: str) -> bool:
    """A wire's sign-off line: its name, a four-figure clock with its zone, a day in numbers.

    >>> is_wire_sign_off("Harbour Wire 2214 GMT 02-10-94"), is_wire_sign_off("Route 2214 GMT")
    (True, False)
    """
    return _WIRE_SIGN_OFF.fullmatch(line.strip()) is not None
