"""A date that tells when a company's or a body's year runs, in a relative clause beside the
event it describes: "Northlight, whose fiscal year ends Aug. 31, reported on Thursday ...",
"the budget for fiscal 2020-21, which begins Sept. 1", "in the first quarter of fiscal 2026,
which runs from April to June". The clause states a calendar, no event: the sentence's other
dates date it. A calendar told in a clause of its own ("Its financial year ends on 30 June.")
is the sentence's only date and keeps it; so does a bound restated by its day ("before the end
of the next fiscal year, which here ends on March 31, 2027": `restated_dates` reads those).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Tarn Ltd, whose fiscal year ends Aug. 31, reported on Thursday a loss."
    >>> day, thursday = text.index("Aug. 31"), text.index("Thursday")
    >>> found = [Timex(day, day + 7, "Aug. 31", "DATE", "2026-08-31"),
    ...          Timex(thursday, thursday + 8, "Thursday", "DATE", "2026-02-26")]
    >>> [states_a_calendar(Sentence(0, len(text), text, 0), t, found) for t in found]
    [True, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["states_a_calendar"]

#: A year kept by a calendar of its own, or a part of one: "fiscal year", "financial year",
#: "fiscal 2020-21", "FY27", "the first quarter".
_PERIOD = (
    r"(?:(?:fiscal|financial|accounting|business|budget|tax|crop|marketing)\s+year"
    r"|fiscal\s+(?:year\s+)?(?:19|20)?\d\d(?:\s?[-/–]\s?\d{2,4})?|FY\s?\d{2,4}|quarter|half)"
)
#: The verbs a calendar is told with: when the period begins, ends or runs.
_RUNS = (
    r"(?:begins|began|starts|started|ends|ended|closes|closed|runs|ran)"
    r"(?:\s+(?:on|in|from|to))?"
)
#: A relative clause telling when its antecedent's period runs, up to the date it names
#: (no comma, semicolon or clause end between): "whose fiscal year ends", ", which begins".
_CALENDAR_CLAUSE_RE = re.compile(
    rf"(?i)(?:\bwhose\s+(?:own\s+)?{_PERIOD}|{_PERIOD}\b[^,;.]{{0,40}},\s*which)"
    rf"\s+(?:[a-z]+\s+){{0,3}}?{_RUNS}\s+(?P<rest>[^,;]*)$"
)
#: A bound of a period before its restatement: "the end of the next fiscal year, which ...".
_BOUND_BEFORE_RE = re.compile(
    r"(?i)\b(?:end|close|start|beginning|middle|first\s+day|last\s+day)\s+of\s+[^,;]{0,30}$"
)


def _in_calendar_clause(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a date a relative clause gives its antecedent's period."""
    start = timex.start - sentence.start
    if start < 0:
        return False
    clause = _CALENDAR_CLAUSE_RE.search(sentence.text, max(0, start - 90), start)
    if clause is None:
        return False
    return not _BOUND_BEFORE_RE.search(sentence.text, max(0, clause.start() - 40), clause.start())


def states_a_calendar(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` tells, in a relative clause, when a year or a part of one runs, and
    another date of the sentence is left to date its event.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def calendar(text: str, *written: str) -> list[bool]:
    ...     found = [Timex(text.index(w), text.index(w) + len(w), w, "DATE", "2026")
    ...              for w in written]
    ...     return [states_a_calendar(Sentence(0, len(text), text, 0), t, found) for t in found]
    >>> calendar("It set aside $4m in the budget for fiscal 2026-27, which begins Sept. 1, "
    ...          "on Monday.", "Sept. 1", "Monday")
    [True, False]
    >>> calendar("Its financial year, which ends on 30 June, was its best.", "30 June")
    [False]
    >>> calendar("It will pay before the end of the next fiscal year, which ends on March 31, "
    ...          "2027, it said on Friday.", "March 31, 2027", "Friday")
    [False, False]
    """
    if not _in_calendar_clause(sentence, timex):
        return False
    return any(other is not timex and not _in_calendar_clause(sentence, other) for other in found)
