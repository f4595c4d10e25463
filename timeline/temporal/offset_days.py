"""A shift of days set beside the day it lands on: "report a day earlier, on Sunday", "flew
home two days later, on Friday, January 8". The day written after it says which day is meant;
the shift, counted from some day the text told of, takes that day's value (from the news day it
names another: "a day earlier" written on a Wednesday is no Sunday).

    >>> from datetime import date
    >>> from timeline.temporal.tag import tag
    >>> [(t.text, t.value) for t in tag("Boarders will report a day earlier, on Sunday.",
    ...                                  date(2016, 1, 6))]
    [('a day earlier', '2016-01-10'), ('Sunday', '2016-01-10')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.temporal.calendar import interval_of
from timeline.temporal.patterns import DAY_VALUE_RE
from timeline.temporal.resolve_days import resolve_weekday
from timeline.temporal.tense import tense_around
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import NUMBER_WORDS, WEEKDAYS
from timeline.wordlists import longest_alternation

__all__ = ["offsets_beside_days"]

#: A shift of days or weeks from a day told: "a day earlier", "two days later", "a week
#: before", "the day after", "the next day", "the previous day".
_OFFSET_RE = re.compile(
    rf"(?i)^(?:(?:an?|\d+|{longest_alternation(NUMBER_WORDS)})\s+(?:days?|weeks?)\s+"
    r"(?:earlier|later|before|after)"
    r"|the\s+(?:day|week)\s+(?:before|after)"
    r"|the\s+(?:next|following|previous|preceding)\s+day)$"
)
#: Between the shift and the day: a comma, "on" at most ("a day earlier, on Sunday").
_BETWEEN_RE = re.compile(r"\s*,\s*(?:on\s+)?", re.IGNORECASE)
_WEEKDAY_RE = re.compile(rf"(?i)^(?:{longest_alternation(WEEKDAYS)})$")


def offsets_beside_days(
    text: str, found: Sequence[Timex], reference: date | None = None
) -> list[Timex]:
    """`found` with each shift of days written right before the day it lands on given that
    day's value and days; a weekday alone after it is the one its clause's tense points to
    from `reference` (the news day), told before the shift ("are expected to report a day
    earlier, on Sunday": the Sunday ahead, though "earlier" tells of the past).

    >>> shift = Timex(0, 13, "a day earlier", "DATE", "2016-01-05", None, "day",
    ...               date(2016, 1, 5), date(2016, 1, 5))
    >>> sunday = Timex(18, 24, "Sunday", "DATE", "2016-01-10", None, "day",
    ...                date(2016, 1, 10), date(2016, 1, 10))
    >>> [t.value for t in offsets_beside_days("a day earlier, on Sunday.", [shift, sunday])]
    ['2016-01-10', '2016-01-10']
    """
    result = list(found)
    for index, (shift, written) in enumerate(itertools.pairwise(found)):
        if not (
            _OFFSET_RE.match(shift.text)
            and DAY_VALUE_RE.match(written.value[:10])
            and _BETWEEN_RE.fullmatch(text, shift.end, written.start)
        ):
            continue
        day = written
        if reference is not None and _WEEKDAY_RE.match(written.text):
            day = _weekday_of_clause(text, shift, written, reference)
            result[index + 1] = day
        result[index] = replace(
            shift,
            value=day.value,
            granularity=day.granularity,
            date_start=day.date_start,
            date_end=day.date_end,
        )
    return result


def _weekday_of_clause(text: str, shift: Timex, weekday: Timex, reference: date) -> Timex:
    """`weekday` counted from `reference` the way the tense before `shift` points."""
    if weekday.date_start is None:
        return weekday
    tense = tense_around(text, shift.start, shift.end)
    weekday_number = weekday.date_start.isoweekday()
    if tense == "past":
        day = resolve_weekday(reference, weekday_number, "back")
    else:
        day = resolve_weekday(reference, weekday_number, "forward")
    first, last, _ = interval_of(day.isoformat(), None)
    return replace(weekday, value=day.isoformat(), date_start=first, date_end=last)
