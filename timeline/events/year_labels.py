"""A split year that names a thing: "the 2015/16 season", "of the 2011/12 soybean crop", "the
2024-25 budget" label a crop, a season or a budget by the two years it spans. Such a label
describes the thing a figure is of ("harvested 11 percent of the 2011/12 crop", "set its
forecast for the 2015/16 season"), not when the clause happened: the sentence is the news of
its day. After "in", "during", "throughout" or "over" the label is the clause's own time
("sold 3 million tonnes in the 2015/16 season").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Farmers had cut 11 percent of the 2011/12 soybean crop by Thursday."
    >>> first, second = text.index("2011"), text.index("12 soy")
    >>> [names_a_thing(Sentence(0, len(text), text, 0), Timex(s, s + n, text[s : s + n],
    ...     "DATE", "2011")) for s, n in ((first, 4), (second, 2))]
    [True, True]
    >>> text = "Exports rose 4 percent during the 2011/12 season."
    >>> s = text.index("2011")
    >>> names_a_thing(Sentence(0, len(text), text, 0), Timex(s, s + 4, "2011", "DATE", "2011"))
    False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["names_a_thing"]

#: a determiner, a split year of two years running, and the noun it labels
_LABEL = re.compile(
    r"(?i)\b(?P<before>in|during|throughout|over)?\s*"
    rf"\b(?:{ARTICLES}|{POSSESSIVES}|this|next|last|[a-z]+['’]s)\s+"
    r"(?P<first>(?:1[5-9]|20)\d\d)\s?[/–-]\s?(?P<second>(?:1[5-9]|20)?\d\d)(?![\d/])"
    r"(?=\s+[a-z])"
)


def _running(first: str, second: str) -> bool:
    """Whether `second` is the year after `first` ("2015" and "16" or "2016")."""
    following = int(first) + 1
    return int(second) == (following if len(second) == 4 else following % 100)


def names_a_thing(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a year of a split-year label that describes a thing (see the
    module's docstring)."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if not _within_figures(sentence.text, start, end):
        return False  # a word of its own ("March 2015"): no split year's figures hold it
    for label in _LABEL.finditer(
        sentence.text, max(0, start - 60), min(len(sentence.text), end + 40)
    ):
        if label.start("first") <= start and end <= label.end("second"):
            return _running(label["first"], label["second"]) and label["before"] is None
    return False


def _within_figures(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies in the text and holds only what a split year's years
    are written with (figures, a blank, a slash or a dash): where a label's years can hold it.

    >>> _within_figures("the 2015/16 season", 4, 8), _within_figures("in March 2015", 3, 13)
    (True, False)
    """
    if start < 0 or end > len(text):
        return False
    return all(c.isdecimal() or c.isspace() or c in "/–-" for c in text[start:end])
