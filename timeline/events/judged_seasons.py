"""A holiday judged as a trading season: "sales rose 2.6 per cent in the five weeks to January
4, its best Christmas since 2010", "the retailer's weakest Christmas season since 1982". The
holiday names the season a figure is of, ranked against others, not the day the clause
happened: the period told beside it dates the clause.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Sales rose in the five weeks to January 4, its best Christmas since 2010."
    >>> christmas = Timex(52, 61, "Christmas", "DATE", "2014-12-25", granularity="day",
    ...                   date_start=date(2014, 12, 25), date_end=date(2014, 12, 25))
    >>> judged_season(Sentence(0, len(text), text, 0), christmas)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.temporal import Timex
from timeline.temporal.vocabulary import HOLIDAY_NAMES

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = ["judged_season"]

#: A determiner or an owner, then a superlative, right before the holiday: "its best", "the
#: retailer's weakest", "their worst"; not after a preposition of time ("in its busiest ...").
_RANKED_BEFORE = re.compile(
    r"(?i)(?<!\bin\s)(?<!\bduring\s)(?<!\bover\s)(?<!\bat\s)"
    rf"\b(?:{ARTICLES}|{POSSESSIVES}|[\w-]+['’]s?)\s+(?:best|worst|[a-z]{{2,}}est)\s+$"
)


def judged_season(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a holiday ranked as a season by a superlative before it ("its best
    Christmas since 2010"): it dates nothing.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Shoppers came back at Christmas."
    >>> christmas = Timex(22, 31, "Christmas", "DATE", "2014-12-25", granularity="day",
    ...                   date_start=date(2014, 12, 25), date_end=date(2014, 12, 25))
    >>> judged_season(Sentence(0, len(text), text, 0), christmas)
    False
    """
    written = " ".join(timex.text.lower().split()).removeprefix("the ")
    if written not in HOLIDAY_NAMES:
        return False
    start = timex.start - sentence.start
    return _RANKED_BEFORE.search(sentence.text, max(0, start - 40), start) is not None
