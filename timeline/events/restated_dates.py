"""A period's end or start restated in apposition by the day or month it falls on: "before June
30, the end of its financial year", "at the end of the financial year on March 31", "by the
end of the fiscal year in March". The two name one time, and the finer one is its value: the
coarse side gives way when a clause chooses its date (`clauses.at_times`), though the engine
reads a company's year it does not know as a calendar year whose end holds no March 31.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It reviews rents at the end of the financial year on March 31."
    >>> end = Timex(20, 49, "the end of the financial year", "DATE", "FY2025", mod="END",
    ...             granularity="year", date_start=date(2025, 8, 31), date_end=date(2025, 12, 31))
    >>> day = Timex(53, 61, "March 31", "DATE", "2025-03-31", granularity="day",
    ...             date_start=date(2025, 3, 31), date_end=date(2025, 3, 31))
    >>> [t.text for t in without_restated(Sentence(0, len(text), text, 0), [end, day])]
    ['March 31']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from timeline.events.dates import precision

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["without_restated"]

#: The words that make a phrase a period's bound: "the end of", "the start of", "the close of".
_BOUND_WORDS = r"(?:end|start|beginning|close|last\s+day|first\s+day)\s+of"
#: A period's bound written out at the start of an expression: "the end of the fiscal year".
_BOUND_OPENING = re.compile(rf"(?i)(?:the\s+)?{_BOUND_WORDS}\b")
#: Between a day and the bound of a period that restates it, the period's words left out of
#: the expression ("June 30, the end of its financial year": the tagger finds "financial year").
_BOUND_AFTER_COMMA = re.compile(
    rf"(?i),\s+(?:the\s+)?{_BOUND_WORDS}\s+(?:(?:{ARTICLES}|{POSSESSIVES}|{DEMONSTRATIVES}"
    r"|[a-z]+['’]s|next|new|last|current|coming)\s+){0,2}$"
)
#: Between a period's bound and the finer date that restates it: "... year on March 31", "...
#: year, on March 31", "... year in March"; only a comma or "on" or "in" between.
_BOUND_THEN_DATE = re.compile(r"(?i),?\s+(?:on|in)\s+(?:the\s+)?$|,\s+$")


def without_restated(sentence: Sentence, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` less each period's bound that a finer date restates in apposition, right
    before it ("June 30, the end of its financial year") or right after it ("the end of the
    financial year on March 31"); every expression when none is restated.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It opens two stores before June 30, the end of its financial year."
    >>> day = Timex(27, 34, "June 30", "DATE", "2025-06-30", granularity="day")
    >>> year = Timex(51, 65, "financial year", "DATE", "FY2025", granularity="year")
    >>> [t.text for t in without_restated(Sentence(0, len(text), text, 0), [day, year])]
    ['June 30']
    >>> text = "It closed at the end of the year, and reopened on March 3."
    >>> end = Timex(13, 32, "the end of the year", "DATE", "2024", mod="END",
    ...             granularity="year")
    >>> day = Timex(50, 57, "March 3", "DATE", "2025-03-03", granularity="day")
    >>> [t.text for t in without_restated(Sentence(0, len(text), text, 0), [end, day])]
    ['the end of the year', 'March 3']
    """
    restated = {
        id(coarse)
        for coarse, fine in _pairs(timexes)
        if precision(fine) < precision(coarse) and _in_apposition(sentence, coarse, fine)
    }
    return [t for t in timexes if id(t) not in restated]


def _pairs(timexes: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Each two expressions written one after the other, both ways round (coarse, fine)."""
    ordered = sorted(timexes, key=lambda t: t.start)
    return [
        pair
        for first, second in itertools.pairwise(ordered)
        for pair in ((first, second), (second, first))
    ]


def _in_apposition(sentence: Sentence, coarse: Timex, fine: Timex) -> bool:
    """Whether the period's bound `coarse` and the date `fine` name one time, side by side."""
    offset = sentence.start
    if fine.end <= coarse.start:
        # "before June 30, the end of its financial year"
        between = sentence.text[fine.end - offset : coarse.start - offset]
        return _BOUND_AFTER_COMMA.fullmatch(between) is not None or (
            _BOUND_OPENING.match(coarse.text) is not None
            and re.fullmatch(r",\s+", between) is not None
        )
    if coarse.end <= fine.start and _BOUND_OPENING.match(coarse.text) is not None:
        # "at the end of the financial year on March 31", "by the end of the year, in December"
        between = sentence.text[coarse.end - offset : fine.start - offset]
        return _BOUND_THEN_DATE.fullmatch(between) is not None
    return False
