"""The month of a year's possessive: in "next year's festival will move to August" the month
with no year of its own is in the year the possessive names (August of next year), not the
one the tense would choose from the news day; "last year's show opened in late October" is
last year's October.

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("She said next year's edition would move to August.",
    ...                                 date(2007, 7, 16))]
    [('next year', '2008'), ('August', '2008-08')]

The possessive opens its clause (the subject's, after a verb of saying or "that" at most), and
the month must stand in that clause (no stop, semicolon, colon or "but" between),
at most `POSSESSED_REACH` characters after it, and write no year ("next year's fair, unlike
the one in May 2006," keeps 2006).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.kinds import Granularity
from timeline.temporal.patterns import sentence_start
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import MONTHS

__all__ = ["POSSESSED_REACH", "in_year", "months_of_possessed_year"]

#: A year said relatively, then a possessive: "next year's", "last year’s".
_RELATIVE_YEAR_RE = re.compile(r"(?i)(?:next|last|this|the\s+(?:following|previous|coming))\s+year")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
#: What may stand before a subject in its sentence: a verb of saying, "that", a comma.
_SUBJECT_AFTER_RE = re.compile(
    r"(?i)(?:\b(?:said|says|say|told|announced|added|reported|confirmed|that)|[,;:])\s*$"
)
#: What ends the possessive's clause.
_CLAUSE_BREAK_RE = re.compile(r"(?i)[.;:!?]|\bbut\b")
_FOUR_FIGURES_RE = re.compile(r"\d{3,4}")
_WORD_RE = re.compile(r"[A-Za-z]+")
#: How far after the possessive its month may be told.
POSSESSED_REACH = 100
_PARTS = (Granularity.MONTH, Granularity.DAY)


def months_of_possessed_year(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` with each month (or day of a month) told in the clause of a relative year's
    possessive moved into that year.

    >>> from datetime import date
    >>> text = "Last year's show opened in late October."
    >>> year = Timex(0, 9, "Last year", "DATE", "2016", None, "year",
    ...              date(2016, 1, 1), date(2016, 12, 31))
    >>> october = Timex(27, 39, "late October", "DATE", "2017-10", None, "month",
    ...                 date(2017, 10, 1), date(2017, 10, 31))
    >>> [t.value for t in months_of_possessed_year(text, [year, october])]
    ['2016', '2016-10']
    """
    result = list(timexes)
    owner: Timex | None = None
    for number, timex in enumerate(timexes):
        if _owns(text, timex):
            owner = timex
            continue
        owned = None if owner is None else owner.date_start
        if owner is None or owned is None:
            continue
        between = text[owner.end : timex.start]
        if len(between) > POSSESSED_REACH or _CLAUSE_BREAK_RE.search(between):
            owner = None
            continue
        if _names_a_month(timex):
            result[number] = in_year(timex, owned.year)
    return result


def _owns(text: str, timex: Timex) -> bool:
    """Whether `timex` is a relative year said with a possessive that opens its clause, the
    subject's ("Next year's fair will move", "said next year's edition would"); not an object
    ("will vote on next year's budget at its meeting on May 18": the meeting's day).

    >>> def owns(text: str) -> bool:
    ...     start = text.index("next year")
    ...     return _owns(text, Timex(start, start + 9, "next year", "DATE", "2024", None, "year"))
    >>> owns("She said that next year's fair moves."), owns("They vote on next year's fair.")
    (True, False)
    """
    if (
        timex.granularity != Granularity.YEAR
        or _RELATIVE_YEAR_RE.fullmatch(timex.text.strip()) is None
        or _POSSESSIVE_RE.match(text, timex.end) is None
    ):
        return False
    before = text[sentence_start(text, timex.start, 200, fallback=0) : timex.start]
    return not before.strip() or _SUBJECT_AFTER_RE.search(before) is not None


def _names_a_month(timex: Timex) -> bool:
    """Whether `timex` is a month or a day of one, written with its month's name and no year."""
    return (
        timex.granularity in _PARTS
        and timex.date_start is not None
        and timex.date_end is not None
        and timex.date_start.year == timex.date_end.year
        and timex.value[:4] == f"{timex.date_start.year:04d}"
        and _FOUR_FIGURES_RE.search(timex.text) is None
        and any(word.lower() in MONTHS for word in _WORD_RE.findall(timex.text))
    )


def in_year(timex: Timex, year: int) -> Timex:
    """`timex` in `year`: its value's year and its days' (a month's last day kept its last).

    >>> from datetime import date
    >>> february = Timex(0, 8, "February", "DATE", "2023-02", granularity="month",
    ...                  date_start=date(2023, 2, 1), date_end=date(2023, 2, 28))
    >>> moved = in_year(february, 2024)
    >>> moved.value, moved.date_end
    ('2024-02', datetime.date(2024, 2, 29))
    """
    start, end = timex.date_start, timex.date_end
    if start is None or end is None or start.year == year:
        return timex
    month_end = calendar.monthrange(end.year, end.month)[1] == end.day
    try:
        moved_start = start.replace(year=year)
        moved_end = (
            end.replace(year=year, day=calendar.monthrange(year, end.month)[1])
            if month_end
            else end.replace(year=year)
        )
    except ValueError:  # the 29th of February, in a year without one
        return timex
    value = re.sub(rf"(?<!\d){start.year:04d}(?!\d)", f"{year:04d}", timex.value)
    return replace(timex, value=value, date_start=moved_start, date_end=moved_end)
