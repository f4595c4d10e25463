""" "In the new year" is the year that begins, not its first day: "A reply is expected in the
new year", "the deal should close early in the new year" (written in October, November or
December: the next year). The dev outlet golds read it as the year in 13 of the 14 rows where
it stood (the other gives the statement's day) and as 1 January in none (stop 51, helper
`relday`). The holiday itself keeps its day: "from the New Year", "at New Year", "before the
new year", "over the New Year", "New Year's Day", "in the New Year holidays".

    >>> text = "A reply is expected in the new year."
    >>> in_the_new_year(text, text.index("new year"), text.index("."))
    True
    >>> text = "Fares rise from the new year."
    >>> in_the_new_year(text, text.index("new year"), text.index("."))
    False
"""

from __future__ import annotations

import re

from timeline.wordlists import word_set

__all__ = ["in_the_new_year"]

#: "in the " right before the name ("early in the New Year" too)
_IN_THE_RE = re.compile(r"(?i)\bin the $")
#: the word after the name: "the New Year holidays" is the holiday, "New Year's" its day
_NEXT_WORD_RE = re.compile(r"(?:['’]s\b|\s+(?P<word>[A-Za-z]+))")


def in_the_new_year(text: str, start: int, end: int) -> bool:
    """Whether the "new year" at text[start:end] stands after "in the" for the year it begins,
    not before a noun of a stretch of time (`data/period_nouns.txt`: "holidays", "break",
    "period") nor a possessive ("New Year's Eve").

    >>> text = "The plant shuts in the New Year holidays."
    >>> in_the_new_year(text, text.index("New Year"), text.index(" holidays"))
    False
    >>> text = "Work will start early in the New Year, the firm said."
    >>> in_the_new_year(text, text.index("New Year"), text.index(","))
    True
    """
    if not _IN_THE_RE.search(text, max(0, start - 8), start):
        return False
    after = _NEXT_WORD_RE.match(text, end)
    if after is None:
        return True
    word = after["word"]
    return word is not None and word.lower() not in word_set("period_nouns.txt")
