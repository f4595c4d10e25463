"""A clock in four figures with no zone: "At 1105 we throttled ...", "the next bulletin at 1600
today", "at 1600 hours". Four figures are a year unless something says they are a clock: a
word of the day or "hours" after them, or a text that writes its clocks that way ("At 0842,
alerts fired"), where a number after a preposition of time that cannot be a recent year
("closed at 1317", "weakened after 1000") is one too.

    >>> four_figure_clock("We will report again at 1600 today.", 24, 28)
    True
    >>> four_figure_clock("The abbey was built by 1105.", 23, 27)
    False
    >>> four_figure_clock("The ferry had left at 1930 the previous evening.", 22, 26)
    True
    >>> text = "At 0842 alerts fired. At 1105 we throttled rebuilds."
    >>> four_figure_clock(text, 25, 29)
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A preposition of time before the figures: "at 1105", "by about 0915", "after 1000".
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:at|by|after|until|till|from|before|between|and)\s+(?:about\s+|around\s+)?$"
)
#: After the figures, words that make them a clock whatever the text: "at 1600 today",
#: "at 1600 hours", "1430hrs".
_CLOCK_AFTER = re.compile(
    r"(?i)\s*(?:hrs|hours|h)\b|\s+(?:today|tonight|tomorrow|yesterday|"
    r"this\s+(?:morning|afternoon|evening))\b"
    # a part of a day told: "had left at 1930 the previous evening", "at 2300 that night"
    r"|\s+(?:the\s+(?:previous|next|following|same)|that|last)\s+"
    r"(?:morning|afternoon|evening|night)\b"
)
#: A four-figure clock the text writes beyond doubt: with a leading zero after a preposition
#: of time ("at 0842", "by about 0915"), or with a zone, "hrs" or "local time" after it.
_WRITTEN_CLOCK = re.compile(
    r"(?i)\b(?:at|by|after|until|till|from|before|between)\s+(?:about\s+|around\s+)?"
    r"0\d[0-5]\d\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs\b|(?-i:[A-Z]{2,4})\b|local\s+time\b)"
)
#: Figures that may be a year of modern news whatever the text's clocks: "by 2021".
_MODERN_YEARS = range(1800, 2100)


#: Texts whose answer is kept: the one being tagged, and a few before it (not every text a
#: worker has read, which an unbounded cache keyed by the text would hold for good).
RECENT_TEXTS = 8


@lru_cache(maxsize=RECENT_TEXTS)
def writes_four_figure_clocks(text: str) -> bool:
    """Whether `text` writes its clocks in four figures somewhere ("At 0842, alerts fired").

    >>> writes_four_figure_clocks("At 0842 it fell."), writes_four_figure_clocks("In 1842 it fell.")
    (True, False)
    """
    return _WRITTEN_CLOCK.search(text) is not None


def four_figure_clock(text: str, start: int, end: int) -> bool:
    """Whether the four figures at `text[start:end]` are a clock (see the module)."""
    figures = text[start:end]
    if len(figures) != 4 or not figures.isdigit():
        return False
    if int(figures[:2]) > 23 or int(figures[2:]) > 59:
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is None:
        return False
    if _CLOCK_AFTER.match(text, end):
        return True
    if int(figures) in _MODERN_YEARS:
        return False
    return writes_four_figure_clocks(text)
