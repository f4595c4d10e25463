"""The reporting periods an article has named so far, and the company's own year, carried from
sentence to sentence: a later "the quarter" or "the same quarter last year" is the quarter
named last, "the second half of the year" a half of the company's year, and a fiscal quarter
falls on the year the article says ends in September (`periods_named`).

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
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.date_roles import compared_with
from timeline.events.fiscal import (
    bounds_the_year,
    closed_by_fourth_quarter,
    on_fiscal_calendar,
    year_ending_in,
)
from timeline.events.periods import named_before, period_named_again, periods_ended
from timeline.events.year_parts import part_of_year_named
from timeline.kinds import Granularity
from timeline.temporal.tense import clause_tense

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

#: Reporting periods a later "the quarter" or "the same quarter last year" names again.
_PERIODS = ("quarter", "half", "year")
#: A year closed by a day, in the company's words: "its fiscal year ended September 30".
_FISCAL_YEAR_END = re.compile(r"(?i)\bfiscal\b.*\bend(?:ed|ing|s)\b")


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
        ahead = fiscal is not None and (
            clause_tense(sentence.text, timex.start - sentence.start, timex.end - sentence.start)
            == "future"
        )
        named = on_fiscal_calendar(
            period_named_again(timex, named_before(timex, periods)),
            fiscal,
            None if ahead else published,
        )
        named = part_of_year_named(named, periods.get(_OWN_YEAR, fiscal))
        expressions.append(named)
        if fiscal is None and (closed := closed_by_fourth_quarter(timex)) is not None:
            fiscal = closed  # "its fiscal fourth quarter ended June 30, 2024": the year too
        if (
            named.granularity in _PERIODS
            and named.date_start is not None
            and named is timex
            and not compared_with(sentence, named)
        ):
            periods[named.granularity] = periods[""] = named
            if named.granularity == Granularity.YEAR and named.value.startswith("FY"):
                periods[_OWN_YEAR] = named  # a company's own year ("the year ended 30 June")
    return expressions, fiscal


#: Where `periods_named` keeps the company's year the text reported on last ("the year
#: ended 30 September 2019"), which "the second half of the year" is a part of.
_OWN_YEAR = "own year"
