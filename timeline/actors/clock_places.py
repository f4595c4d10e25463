"""A place that names the time zone a clock is told in, or gives the same clock's local time,
is no actor of its sentence: "5 p.m. Lisbon time", "10:00 India Standard Time", "(08:48 in
Kigali)", "4pm AEST, 2pm in Perth" (`not_actors.names_no_actor` asks it; the place sweep of
`place_lists` too).

    >>> names_a_time_zone("the vote closed at 6 p.m. Dakar time", 26, 31)
    True
    >>> names_a_time_zone("the vote closed in Dakar", 19, 24)
    False
"""

from __future__ import annotations

import re

from timeline.temporal.patterns import CLOCK

__all__ = ["names_a_time_zone"]

#: A clock time right before a place, and "time" after it: "5 p.m. Lisbon time".
_CLOCK_BEFORE = re.compile(rf"(?:\b{CLOCK}|\b[0-2]\d[0-5]\d)\s+$", re.IGNORECASE)
#: A time zone's own name, a clock time before it at times: "India Standard Time", "10:00
#: British Summer Time".
_ZONE_NAME = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][\w-]*\s+)+(?:Standard|Daylight|Summer)\s+Time"
)
_TIME_AFTER = re.compile(r"\s+time\b")
#: A clock time alone in brackets before a place, its weekday at times: "(08:48 in " of
#: "(08:48 in Kigali)", "(23:00 on Wednesday in " of "(23:00 on Wednesday in Lisbon)".
_BRACKETED_CLOCK_IN = re.compile(
    r"\(\s*" + CLOCK + r"(?:\s+local\s+time)?(?:\s+on\s+[a-z]+day)?\s+in\s+$",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*\)")
#: A clock time in a zone's letters, a comma and the same time told as a clock in a place:
#: "4pm AEST, 2pm in " of "started at 4pm AEST, 2pm in Perth, before".
_CONVERTED_CLOCK_IN = re.compile(
    r"\b" + CLOCK + r"\s+(?-i:[A-Z]{2,5}),\s+" + CLOCK + r"\s+in\s+$", re.IGNORECASE
)
_COMMA_OR_BRACKET = re.compile(r"\s*[,)]")


def names_a_time_zone(text: str, start: int, end: int) -> bool:
    """Whether a place after a clock time and before "time", or after a clock time alone in
    brackets and "in", names the time zone it is told in.

    >>> names_a_time_zone("by 5 p.m. Lisbon time", 10, 16)
    True
    >>> names_a_time_zone("at 17:00 Lisbon time", 9, 15)
    True
    >>> names_a_time_zone("spent time in Lisbon", 14, 20)
    False
    >>> names_a_time_zone("at about 0930 Moscow time", 14, 20)  # a four-figure clock
    True
    >>> names_a_time_zone("closes at midday Lisbon time", 17, 23)  # the clock's words
    True
    >>> names_a_time_zone("lifted off at 10:00 India Standard Time", 14, 39)
    True
    >>> names_a_time_zone("at 06:48 UTC (08:48 in Kigali) from", 23, 29)
    True
    >>> names_a_time_zone("a fire (the second in Kigali) spread", 22, 28)
    False
    >>> names_a_time_zone("at 07:00 Tokyo time on Friday (23:00 on Thursday in Lisbon).", 52, 58)
    True
    >>> names_a_time_zone("kicked off at 4pm AEST, 2pm in Perth, before", 31, 36)
    True
    >>> names_a_time_zone("shares rose 2% by 10am in London, a record", 26, 32)  # the market
    False
    """
    if _ZONE_NAME.fullmatch(text, start, end):
        return True
    if _BRACKET_CLOSES.match(text, end) and _BRACKETED_CLOCK_IN.search(
        text, max(0, start - 40), start
    ):
        return True  # "launched at 06:48 UTC (08:48 in Kigali)": the clock told there
    if _COMMA_OR_BRACKET.match(text, end) and _CONVERTED_CLOCK_IN.search(
        text, max(0, start - 40), start
    ):
        return True  # "started at 4pm AEST, 2pm in Perth,": the same clock told there
    return bool(
        _TIME_AFTER.match(text, end) and _CLOCK_BEFORE.search(text, max(0, start - 16), start)
    )
