"""A weekday told as seen from an earlier day reported before it in its sentence: "said on
Monday it would close the plant on Friday" is the first Friday after that Monday, not after
the news day; "said on Friday the plant had closed on Tuesday" the last Tuesday before it.

    >>> from timeline.temporal import tag
    >>> text = "It said on Monday it would close the plant on Friday."
    >>> [t.value for t in tag(text, date(2008, 3, 1))]  # a Saturday
    ['2008-02-25', '2008-02-29']

Only the day of a statement is seen from so ("said on Monday", "told reporters on Monday",
"On Monday, the firm said"): a day that dates some other thing of the sentence ("the drive,
which began on Feb. 19, would reach four provinces from Monday"; "two ships due on 25 May had
not berthed by Tuesday") leaves the weekday to the news day and its tense (stop 35).

    >>> text = "The drive, which began on Feb. 19, would reach four provinces from Monday."
    >>> [t.value for t in tag(text, date(2024, 3, 5))]  # a Tuesday
    ['2024-02-19', '2024-03-11']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.syntax import reporting_forms
from timeline.temporal.patterns import DAY_VALUE_RE
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.wordlists import longest_alternation

#: Between the day a thing was said and the day it was to happen: a future seen from then
#: ("it would", "the plant was to", "they were due to", "had planned to"), in the same
#: sentence, no other stop.
_FUTURE_THEN_RE = re.compile(
    r"(?i)^[^.;!?]{0,80}?\b(?:would|(?:was|were)\s+(?:to|due\s+to|going\s+to|set\s+to)"
    r"|had\s+[a-z]+ed\s+to)\b[^.;!?]{0,80}$"
)
#: ... or a past before then ("the plant had closed", "had been shut"); not a past plan ("had
#: planned to", "had hoped to"), which looks ahead again.
_PAST_THEN_RE = re.compile(
    r"(?i)^[^.;!?]{0,80}?\bhad\s+(?:been\s+)?[a-z]+\b(?!\s+to\b)[^.;!?]{0,80}$"
)
_BARE_WEEKDAY_RE = re.compile(rf"(?i)^(?:on\s+)?(?P<day>{longest_alternation(WEEKDAYS)})$")


@cache
def _statement_day() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A reporting verb right before a day ("said on", "said late on", "told reporters on",
    "said in a statement on"), and one right after it, past its subject ("On Monday, the
    firm said"): the day is the day of a statement."""
    verbs = longest_alternation(sorted(reporting_forms(), key=len, reverse=True))
    late = r"(?:\s+(?:late|early))?"
    some = f"(?:{ARTICLES}|{POSSESSIVES})"
    adjunct = rf"(?:\s+(?:in|at|during)\s+{some}(?:\s+[a-z-]+){{1,2}}?)?"
    before = re.compile(
        rf"(?i)\b(?:(?:{verbs})|(?:told|tells)\s+[A-Za-z]+){late}{adjunct}{late}(?:\s+on)?\s+$"
    )
    after = re.compile(rf"(?i)^,?\s+(?:[A-Za-z.'’-]+\s+){{0,3}}?(?:{verbs})\b")
    return before, after


def _a_statement_day(text: str, said: Timex) -> bool:
    """Whether the day `said` is the day a statement was made: a reporting verb is written
    right before it or right after it."""
    before, after = _statement_day()
    return (
        before.search(text, max(0, said.start - 60), said.start) is not None
        or after.match(text[said.end : said.end + 60]) is not None
    )


def reported_days(text: str, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` with a bare weekday of a clause told as seen from a day reported just before
    it in its sentence counted from that day: ahead of it in a future of then ("would"),
    before it in a past of then ("had")."""
    result = list(timexes)
    for index in range(1, len(result)):
        said, told = result[index - 1], result[index]
        weekday = _BARE_WEEKDAY_RE.match(told.text)
        if (
            weekday is None
            or not DAY_VALUE_RE.match(said.value)
            or not DAY_VALUE_RE.match(told.value)
        ):
            continue
        if not _a_statement_day(text, said):
            continue  # "the drive, which began on Feb. 19, would ... from Monday"
        between = text[said.end : told.start]
        said_day = date.fromisoformat(said.value)
        wanted = WEEKDAYS[weekday["day"].lower()] - 1
        if _FUTURE_THEN_RE.match(between):
            day = said_day + timedelta(days=(wanted - said_day.weekday() - 1) % 7 + 1)
        elif _PAST_THEN_RE.match(between) and "would" not in between.lower():
            day = said_day - timedelta(days=(said_day.weekday() - wanted - 1) % 7 + 1)
        else:
            continue
        result[index] = replace(told, value=day.isoformat(), date_start=day, date_end=day)
    return result
