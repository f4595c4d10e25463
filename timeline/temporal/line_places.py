r"""Where a date stands on its line, as the running reference weighs it (`temporal.reference`):
alone but for a weekday and punctuation, as a heading ("Monday, March 7"), or on a line of prose
that ends a sentence (not a stamp, a heading or a caption's credit).

    >>> alone_on_line("Monday, March 7\nThe board met.", 8, 15)
    True
    >>> in_prose("Monday, March 7\nThe board met.", 8)
    False
    >>> in_prose("The board met on March 7.", 17)
    True
"""

from __future__ import annotations

import re

from timeline.temporal.vocabulary import WEEKDAYS

__all__ = ["alone_on_line", "in_prose"]

#: What may stand beside a date heading on its line: a weekday, punctuation.
_HEADING_REST_RE = re.compile(r"(?i)[\s,.:\-–—|]*(?:(?:" + "|".join(WEEKDAYS) + r")[\s,.:\-–—|]*)?")


def alone_on_line(text: str, start: int, end: int | None) -> bool:
    """Whether the expression at text[start:end] is its line's only content but a weekday and
    punctuation ("Monday, March 7")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + " " + text[end if end is not None else start : line_end]
    return _HEADING_REST_RE.fullmatch(rest) is not None


def in_prose(text: str, start: int) -> bool:
    """Whether `start` is on a line of prose, one that ends a sentence (not a stamp, a
    heading or a caption's credit)."""
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end].rstrip()
    return line[-1:] in (".", "!", "?", '"', "”", "’", ")")
