"""Headlines among an article's lines: a line in title case ("Blinken Pressures Iraqi
Leaders") is a headline, not prose (`headline_line`); `Headlines` judges the line of a
position, each line once, for the name rules that treat a headline's words apart
(`article_names`, `names`, `lone_names`, `opening_names`).
"""

from __future__ import annotations

import re

__all__ = ["Headlines", "headline_line"]


class Headlines:
    """Whether a position is on a title-case headline line (`headline_line`), each line
    judged once however many names stand on it: made once an article, then called with a
    name's start.

    >>> in_headline = Headlines("Blinken Pressures Iraqi Leaders\\nBlinken said so.")
    >>> in_headline(8), in_headline(40)
    (True, False)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[int, bool] = {}

    def __call__(self, start: int) -> bool:
        line_start = self._text.rfind("\n", 0, start) + 1
        if line_start not in self._lines:
            self._lines[line_start] = headline_line(self._text, line_start)
        return self._lines[line_start]


def headline_line(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` is in title case (a headline), not prose.

    >>> headline_line("Blinken Pressures Iraqi Leaders\\nBlinken said so.", 0)
    True
    """
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words: list[str] = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised / len(words) > 0.7
