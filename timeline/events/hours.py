"""A span of clock hours ("from 6 a.m. to 10 p.m.", "from 2 to 4 p.m."), a clock that bounds its
clause ("by 16:30", "until midnight") or midnight ("came into force at midnight") dates its row
to the day.

Such a span tells when on its day a thing is open or goes on ("between the hours of 9 a.m.
and 9 p.m."): gold writers of every era date the sentence to the day alone (stop 35).

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "The polls stay open from 8 a.m. to 9 p.m. on Friday."
    >>> span = Timex(25, 41, "8 a.m. to 9 p.m.", "TIME", "2024-05-10T08:00/2024-05-10T21:00",
    ...              granularity="time", date_start=date(2024, 5, 10), date_end=date(2024, 5, 10))
    >>> hours_of_a_day(Sentence(0, len(text), text, 0), span)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.temporal.patterns import CLOCK

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

#: The two sides of a span of hours after "from" or "between": "from 6 a.m. to 10 p.m.",
#: "between the hours of 9 a.m. and 9 p.m.", "from noon until 8 p.m.", "from 2 to 4 p.m.".
_SPAN_OF_HOURS = re.compile(
    rf"(?i)\b(?:from|between)\s+(?:the\s+hours\s+of\s+)?{CLOCK}"
    rf"\s*(?:to|and|until|till|-|–)\s*{CLOCK}"
)
#: How far around the expression a span of hours is looked for.
_REACH = 50


def hours_of_a_day(sentence: Sentence, timex: Timex) -> bool:
    """Whether the clock time `timex` is a span of hours or one side of one, as its sentence
    writes it: a range of two clocks in its value, or "from" or "between" two clocks around it.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Polling is between the hours of 9 a.m. and 9 p.m."
    >>> nine = Timex(43, 49, "9 p.m.", "TIME", "1953-02-17T21:00", granularity="time")
    >>> hours_of_a_day(Sentence(0, len(text), text, 0), nine)
    True
    >>> text = "The polls closed at 9 p.m. on Friday."
    >>> nine = Timex(20, 26, "9 p.m.", "TIME", "1953-02-17T21:00", granularity="time")
    >>> hours_of_a_day(Sentence(0, len(text), text, 0), nine)
    False
    """
    if timex.value.count("T") == 2 and "/" in timex.value:
        return True
    start = timex.start - sentence.start
    end = timex.end - sentence.start
    low, high = max(0, start - _REACH), min(len(sentence.text), end + _REACH)
    return any(
        found.start() < end and start < found.end()
        for found in _SPAN_OF_HOURS.finditer(sentence.text, low, high)
    )


#: Right before a clock, a word that makes it a bound of what the clause tells, not when it
#: happened: "by 16:30", "until midnight", "since midnight", "from midnight tonight", "shortly
#: before 6 p.m.", "by the midday break".
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:by|until|till|since|from|before)\s+(?:(?:about|around|shortly|just|the)\s+)*$"
)


def bounding_clock(sentence: Sentence, timex: Timex) -> bool:
    """Whether the clock time `timex` is a bound of its clause, after "by", "until", "since",
    "from" or "before": the thing was done by then, lasts until then or runs from then, which
    tells its day, not the time it happened ("had reached the sports ground by 16:30", "valid
    until midnight on Sunday", "prices rise from midnight"). Gold writers of many eras date such
    a row to the day alone (stop 36); a clock after "at" stays a time.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "The fire had reached the sports ground by 16:30."
    >>> clock = Timex(42, 47, "16:30", "TIME", "2023-08-06T16:30", granularity="time")
    >>> bounding_clock(Sentence(0, len(text), text, 0), clock)
    True
    >>> text = "The road was closed at 16:30."
    >>> clock = Timex(23, 28, "16:30", "TIME", "2023-08-06T16:30", granularity="time")
    >>> bounding_clock(Sentence(0, len(text), text, 0), clock)
    False
    """
    start = timex.start - sentence.start
    return _BOUND_BEFORE.search(sentence.text, max(0, start - 30), start) is not None


#: Midnight, as a clock written alone or with its day ("at midnight", "midnight on Friday").
_MIDNIGHT = re.compile(r"(?i)\bmidnight\b")


def at_midnight(timex: Timex) -> bool:
    """Whether the clock time `timex` is midnight: the boundary between two days, not an hour
    of one, so its row is the day's ("The new duties came into force at midnight", "talks went
    on until past midnight", "left at a quarter past midnight"). Both sides counted on the dev
    sets (stop 54, helper `choice`): of the rows dated at midnight's time, the golds accept the
    row's day and not its time 4 times on the 36 newer sets and 18 on the 121 older, its time
    and not its day never (both 1 and 8). Other clocks stay times: of the 757 other clock rows
    whose day the golds accept, they accept the time too in 743.

    >>> from timeline.temporal import Timex
    >>> at_midnight(Timex(0, 8, "midnight", "TIME", "2023-08-06T24:00", granularity="time"))
    True
    >>> at_midnight(Timex(0, 6, "3 p.m.", "TIME", "2023-08-06T15:00", granularity="time"))
    False
    """
    return _MIDNIGHT.search(timex.text) is not None
