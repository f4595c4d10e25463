"""A live page's day headings: a day alone on its line ("Thursday 29 November") over entries
headed by their clock ("22:05" alone on its line, or "14:02 - ..." opening it). Every entry
under such a heading was written on that day: its clocks, its "this morning" and its "now"
are of the heading's day, whatever day the page was first posted.

    >>> page = "Thursday 29 November\\n\\n22:05\\nResults are in."
    >>> heads_live_entries(page, len("Thursday 29 November"))
    True
    >>> heads_live_entries("Monday, March 7\\n\\nThe council met.", len("Monday, March 7"))
    False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

__all__ = ["entry_at", "entry_day_at", "heads_live_entries"]

#: A clock heading an entry: alone on its line ("22:05", "9.42am", "16h10 CAT") or opening
#: it before a dash ("14:02 - ...").
_CLOCK_HEADING_RE = re.compile(
    r"[ \t]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?"
    r"[ \t]*(?:$|[-–—|:][ \t])",
    re.MULTILINE,
)
#: How far after a day heading its first entry's clock may stand (blank lines between).
_REACH = 12


def heads_live_entries(text: str, end: int) -> bool:
    """Whether the line ending at or after `end` (a day alone on its line) is followed by an
    entry headed by its clock: the next line that is not blank."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    rest = text[line_end + 1 : line_end + 1 + _REACH + 40]
    stripped = rest.lstrip("\n \t")
    if len(rest) - len(stripped) > _REACH:
        return False
    return _CLOCK_HEADING_RE.match(stripped) is not None


def entry_at(entries: Sequence[tuple[int, date]], offset: int) -> int | None:
    """The offset of the stamp of the entry that `offset` stands in, if any.

    >>> entry_at([(0, date(2024, 5, 21)), (30, date(2024, 5, 21))], 40)
    30
    """
    found = [at for at, _ in entries if at <= offset]
    return found[-1] if found else None


def entry_day_at(entries: Sequence[tuple[int, date]], offset: int) -> date | None:
    """The day of the entry that `offset` stands in (the last stamp before it), if any.

    >>> entry_day_at([(0, date(2024, 5, 21)), (30, date(2024, 5, 22))], 40)
    datetime.date(2024, 5, 22)
    >>> entry_day_at([(10, date(2024, 5, 21))], 5) is None
    True
    """
    day: date | None = None
    for at, heads in entries:
        if at > offset:
            break
        day = heads
    return day
