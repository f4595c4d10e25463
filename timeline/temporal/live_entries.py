"""The days of a live page's entries: each entry is headed by a stamp line, a day and its
clock ("Wed 22 May · 02:15"), or stands under a day alone on its line ("Thursday 29
November") over entries headed by their clock ("22:05"). What an entry tells happened on its
own day, whatever day the page was first posted: its clocks, its "this morning" and a
sentence with no date of its own are of that day. The stamps themselves are furniture (no
row, no actor): only their offsets and days are kept.

    >>> page = ("Tue 21 May · 18:30\\nRain fell.\\n\\nWed 22 May · 02:15\\nThe river burst "
    ...         "its bank at 2am.")
    >>> [(at, day.isoformat()) for at, day in entry_days(page, date(2024, 5, 21))]
    [(0, '2024-05-21'), (31, '2024-05-22')]
    >>> entry_days(page, None)
    []
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.live_page import entry_day_at, heads_live_entries
from timeline.temporal.tag import tag

__all__ = ["entry_day_at", "entry_days"]

#: A stamp line: a day, then a clock after a separator ("Wed 22 May · 02:15", "Tuesday 21
#: May, 18:30", "22 May | 9.40am"); nothing else on the line (not "Updated 22 May · 11:20",
#: the page's own stamp).
_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_STAMP_RE = re.compile(
    rf"[ \t]*(?P<day>(?:{_WEEKDAY}\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}\.?"
    r"|[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?))"
    r"[ \t]*(?:[·|,•–—-][ \t]*)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Z]{2,4})?[ \t]*$"
)
#: A page has entries when it has at least this many stamps or day headings.
MIN_ENTRIES = 2


def entry_days(text: str, published: date | None) -> list[tuple[int, date]]:
    """The offset of each live entry's stamp or day heading in `text` and the day it heads,
    in order; none unless the page has `MIN_ENTRIES` of them, each a day known to the day
    (no day without the publication date's year: a day is never guessed)."""
    if published is None:
        return []
    found: list[tuple[int, date]] = []
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if not line.strip() or len(line) > 60:
            continue
        stamp = _STAMP_RE.fullmatch(line)
        heading = stamp is None and heads_live_entries(text, start + len(line.rstrip()))
        if stamp is None and not heading:
            continue
        words = stamp.group("day") if stamp is not None else line
        days = [
            t
            for t in tag(words, published, narrative=False)
            if t.date_start is not None and t.date_start == t.date_end
        ]
        if len(days) == 1 and (heading is False or _alone(words, days[0].start, days[0].end)):
            day = days[0].date_start
            if day is not None:
                found.append((start, day))
    return found if len(found) >= MIN_ENTRIES else []


def _alone(line: str, start: int, end: int) -> bool:
    """Whether the day is all its line holds but punctuation."""
    return not re.search(r"\w", line[:start] + line[end:])
