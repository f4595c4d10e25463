"""A holiday named beside a day written out with its month: the written day is when the clause
happens, the holiday what the day is for or near ("Schools will close for Christmas on Friday,
December 19" closes on the 19th, not on Christmas Day; "break for Easter from Good Friday,
March 25, to Easter Monday, March 28" breaks from the 25th).

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Schools close for Christmas on December 19."
    >>> christmas = Timex(18, 27, "Christmas", "DATE", "1958-12-25", granularity="day",
    ...                   date_start=date(1958, 12, 25), date_end=date(1958, 12, 25))
    >>> written = Timex(31, 42, "December 19", "DATE", "1958-12-19", granularity="day",
    ...                 date_start=date(1958, 12, 19), date_end=date(1958, 12, 19))
    >>> holiday_beside_written_day(Sentence(0, len(text), text, 0), christmas,
    ...                            [christmas, written])
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.kinds import Granularity
from timeline.temporal.vocabulary import HOLIDAY_NAMES, VOCABULARY
from timeline.wordlists import longest_alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["holiday_beside_written_day"]

_ARTICLE_RE = re.compile(r"(?i)^(?:the|an?)\s+")
#: A day written out: a month's name and a figure ("December 19", "25 March", "Dec. 19th").
_MONTH_RE = re.compile(rf"(?i)\b(?:{longest_alternation(VOCABULARY.months)})\b")
_FIGURE_RE = re.compile(r"\d")


def _written_day(timex: Timex) -> bool:
    """Whether `timex` is one day written with its month and a figure."""
    return (
        timex.granularity == Granularity.DAY
        and timex.date_start is not None
        and timex.date_start == timex.date_end
        and _MONTH_RE.search(timex.text) is not None
        and _FIGURE_RE.search(timex.text) is not None
    )


def holiday_beside_written_day(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` is a holiday's name in a sentence that writes another day out with its
    month (`found`: the sentence's expressions): that day, not the holiday's, dates the clause.
    A holiday alone keeps its day, and so does one whose sentence writes only weekdays or
    months ("shut from Christmas to mid-January").

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Shops shut for Easter and reopen in May."
    >>> easter = Timex(15, 21, "Easter", "DATE", "2016-03-27", granularity="day",
    ...                date_start=date(2016, 3, 27), date_end=date(2016, 3, 27))
    >>> may = Timex(35, 38, "May", "DATE", "2016-05", granularity="month",
    ...             date_start=date(2016, 5, 1), date_end=date(2016, 5, 31))
    >>> holiday_beside_written_day(Sentence(0, len(text), text, 0), easter, [easter, may])
    False
    """
    if _ARTICLE_RE.sub("", timex.text).casefold() not in HOLIDAY_NAMES:
        return False
    return any(
        other is not timex
        and (other.end <= timex.start or other.start >= timex.end)
        and other.date_start != timex.date_start
        and _written_day(other)
        for other in found
        if sentence.start <= other.start < sentence.end
    )
