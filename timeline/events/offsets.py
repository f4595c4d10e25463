"""Dates counted from an event the sentence points back to: "A day before the announcement,
GM said ..." opens a sentence about the day before the day the story is telling, "Two weeks
after the vote, the minister resigned" about two weeks after it.

TimeML tags "a day" as a duration, and so does the temporal tagger (in news; in narrative it
counts it itself, `temporal.normalise`). For dating events, a count of units that opens the
sentence, followed by "before" or "after" and an event of the story ("the announcement",
"its vote"), moves the day the sentence would otherwise take (the date it inherits, or the
news day) by that count. Only an opening phrase set off by a comma is read this way: in "GM's
move comes a day after Chrysler released a list", the day after is the main clause's.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "A day before the announcement, Kestrel said it would sell its cargo arm."
    >>> count = Timex(0, 5, "A day", "DURATION", "P1D")
    >>> [(t.text, t.value) for t in counted_from_event(
    ...     Sentence(0, len(text), text, 0), [count], date(2009, 11, 4))]
    [('A day before the announcement', '2009-11-03')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from timeline.determiners import POSSESSIVES, THE
from timeline.kinds import TimexType
from timeline.temporal import Timex
from timeline.temporal.calendar import interval_of, shifted, value_at

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = ["COUNT", "counted_from_event", "is_counted_from_event"]

#: What may stand before the count at the start of the sentence: a quotation mark, "Just".
_OPENING = re.compile(r"[\s\"“‘']*(?:(?:just|only|exactly|about)\s+)?", re.IGNORECASE)
#: "before the announcement," "after their vote,": an event of the story, then a comma.
_EVENT = re.compile(
    rf"\s+(?P<rel>after|before)\s+(?:{THE}|{POSSESSIVES})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}"
    r"(?=\s*,)"
)
#: A duration of a count of days, weeks, months or years: "P3D", "P2W" (`counted` reads it too).
COUNT = re.compile(r"P(?P<n>\d+)(?P<unit>[DWMY])")
#: The words of such a phrase once dated: "A day before the announcement".
_COUNTED = re.compile(rf"\s(?:after|before)\s+(?:{THE}|{POSSESSIVES})\s+[a-z]", re.IGNORECASE)


def is_counted_from_event(written: str) -> bool:
    """Whether a row's date_text is a count from an event (for its date_reason).

    >>> is_counted_from_event("Two weeks after the vote"), is_counted_from_event("Monday")
    (True, False)
    """
    return _COUNTED.search(written) is not None


def counted_from_event(
    sentence: Sentence, timexes: Sequence[Timex], reference: date | None
) -> list[Timex]:
    """`timexes` (those of `sentence`) with an opening count from an event replaced by the
    date it gives from `reference` (the day the story told before the sentence: without one,
    the event's day is not known); unchanged without such a count."""
    if reference is None or not timexes:
        return list(timexes)
    first = timexes[0]
    count = COUNT.fullmatch(first.value)
    offset = first.start - sentence.start
    opening = _OPENING.match(sentence.text)
    if (
        first.type != TimexType.DURATION.value
        or count is None
        or opening is None
        or opening.end() != offset
    ):
        return list(timexes)
    event = _EVENT.match(sentence.text, first.end - sentence.start)
    if event is None:
        return list(timexes)
    sign = -1 if event["rel"].lower() == "before" else 1
    amount, unit = sign * int(count["n"]), count["unit"]
    end = sentence.start + event.end()
    text = sentence.text[offset : event.end()]
    dated = _dated(first.start, end, text, reference, amount, unit)
    return list(timexes) if dated is None else [dated, *timexes[1:]]


def _dated(
    start: int, end: int, text: str, reference: date, amount: int, unit: str
) -> Timex | None:
    """The Timex of `reference` moved by `amount` units: a day for days and weeks ("two weeks
    after the vote" is a day), else the month or the year; None past the calendar's ends."""
    moved = shifted(reference, amount, unit)
    if moved is None:
        return None
    value = value_at(moved, "D" if unit == "W" else unit)
    first, last, granularity = interval_of(value, None)
    return Timex(start, end, text, TimexType.DATE.value, value, None, granularity, first, last)
