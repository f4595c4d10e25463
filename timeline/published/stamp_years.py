"""The year of a day the page states without one ("New Delhi, Sep 9:", "BULLETIN — WEDNESDAY
11TH MARCH"), from another stamp of the same page that states its year: an update's stamp a
season later at most, a stamp of figures on a line of the head naming the same day, a library's or a
desk's receipt a few days later (stop 39, helper `pubdate2`). Read by `timeline.published` and
`timeline.published.datelines` before any weekday is weighed: a stamp states its year, a
weekday only fits one.

    >>> before_update((9, 9), date(2015, 9, 10))
    datetime.date(2015, 9, 9)

Each reader returns the day or the year it found, or None: a stamp of another time (a
digitising years later, an update half a year later) gives none, and no year is ever guessed.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture.dated_lists import BROADCAST_LABEL_BEFORE_RE, line_timexes
from timeline.furniture.kinds import line_spans
from timeline.published.stamp_order import DATELINE_CHARS
from timeline.temporal.date_order import calendar_day, full_year
from timeline.temporal.patterns import DAY_VALUE_RE

__all__ = [
    "DESK_CLOCK_RE",
    "STAMP_FOLLOWS_DAYS",
    "UPDATE_FOLLOWS_DAYS",
    "before_update",
    "head_figures_year",
    "receipt_year",
]

#: The most days a receipt's stamp may follow the day the page was published and still be of
#: the same copy (a weekly's copy reaches a library within one; a digitising is years later).
STAMP_FOLLOWS_DAYS = 7
#: The most days a page's update may follow the day it was first published: a live page's or
#: a corrected story's season, not a year (a year later the same day would fit again).
UPDATE_FOLLOWS_DAYS = 92


def before_update(
    month_day: tuple[int, int], updated: date, within: int = UPDATE_FOLLOWS_DAYS
) -> date | None:
    """The day a dateline or a "Published" field names without its year, beside an update's
    stamp with its year, in the year that puts it up to `within` days before the update (a
    page is updated after it was published): "Last Updated: Sep 10, 2015" over "New Delhi,
    Sep 9:" is 9 September 2015, "Updated 2/1/2026" over "OSLO, Dec. 30 -" is 30 December
    2025; None when no year puts it that near, or it falls after the update (no dateline's).

    >>> before_update((12, 30), date(2026, 1, 2))
    datetime.date(2025, 12, 30)
    >>> before_update((9, 11), date(2015, 9, 10)) is None, before_update((8, 9), date(2015, 9, 10))
    (True, datetime.date(2015, 8, 9))
    >>> before_update((8, 9), date(2015, 9, 10), within=STAMP_FOLLOWS_DAYS) is None
    True
    """
    for year in (updated.year, updated.year - 1):
        candidate = calendar_day(year, *month_day)
        if candidate is not None and 0 <= (updated - candidate).days <= within:
            return candidate
    return None


#: A day all in figures with its year, as a desk's or a machine's stamp writes it: "11.3.64",
#: "20/2/1974", "12-10-77"; a code's figures around it ("BNE/214/11.3.64") are no day.
_FIGURES_DAY_RE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<mark>[-/.])(?P<second>\d{1,2})(?P=mark)"
    r"(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)"
)
#: A clock on a desk's, a machine's or a wire's sign-off line: four figures ("0552", "1840",
#: "1121A") or with a colon or a point (`closing_notes.sign_off_year` reads it too).
DESK_CLOCK_RE = re.compile(r"(?<![\d/.-])(?:\d{4}[AP]?|\d{1,2}[:.]\d\d)(?![\d/.-])")
#: The most words of a stamp's line in the head: a desk's reference, its clock and its day.
STAMP_LINE_WORDS = 10


def head_figures_year(text: str, month_day: tuple[int, int]) -> int | None:
    """The year of a day a dateline or a bulletin's head names without it, from a stamp on a
    short line of the head with its clock and the same day in figures, read either way (its
    order is the desk's own and is not guessed): "4RV NEWSROOM — BULLETIN — WEDNESDAY 11TH
    MARCH" over "Teleprinter ref. BNE/214 rec'd 0552 11.3.64" is 1964 (the wire's sign-off at
    the foot is `timeline.published.closing_notes.sign_off_year`). A sentence of the story, a
    line without a clock, or a day in figures that is not the dateline's day, gives none.

    >>> head_figures_year("NEWS — WEDNESDAY 11TH MARCH\\nRef. 214 rec'd 0552 11.3.64\\n\\nIt ran.",
    ...                   (3, 11))
    1964
    >>> head_figures_year("NEWS — WEDNESDAY 11TH MARCH\\nRef. 214 rec'd 0552 12.3.64", (3, 11))
    >>> head_figures_year("NEWS — MARCH 11\\nFiled 11/3/64 by the desk", (3, 11))

    A broadcast's label before the day stands for the clock, as an archive's catalogue line
    writes it beside a bulletin's yearless head (stop 45):

    >>> head_figures_year("BULLETIN — SATURDAY 6th APRIL\\n[Catalogue: broadcast 6.4.1968; "
    ...                   "scanned 19.11.2004]\\n\\nIt ran.", (4, 6))
    1968
    """
    for line in text[:DATELINE_CHARS].split("\n"):
        if len(line.split()) > STAMP_LINE_WORDS:
            continue  # a sentence of the story, or a line of it
        for found in _FIGURES_DAY_RE.finditer(line):
            first, second = int(found["first"]), int(found["second"])
            rest = line[: found.start()] + " " + line[found.end() :]
            if month_day in ((first, second), (second, first)) and (
                DESK_CLOCK_RE.search(rest)
                or BROADCAST_LABEL_BEFORE_RE.search(line[: found.start()])
            ):
                year = int(found["year"])
                return full_year(year) if len(found["year"]) == 2 else year
    return None


#: A library's or a desk's stamp telling when it received its copy: "REC'D 16 NOV 1957",
#: "[Library copy — RECEIVED 15 MAR 1956]", "Received: 3 May 1971" (not its digitising or
#: retrieval, years later: `timeline.furniture.dated_lists.another_days_field` has them all).
_RECEIPT_RE = re.compile(r"(?i)\b(?:received|rec['’]?d)\b\s*:?\s*(?P<when>[^\n]{0,40})")
#: The lines of the head and of the foot a library's stamp may sit among.
RECEIPT_LINES = 6


def receipt_year(text: str, story: str, month_day: tuple[int, int]) -> int | None:
    """The year of a day a dateline names without it, from a library's or a desk's stamp of
    receipt on a line of furniture in the head or at the foot, its day with its year up to
    `STAMP_FOLLOWS_DAYS` days after the dateline's day: "COPENHAGEN, March 14 (Wire) —" over
    "[Library copy — RECEIVED 15 MAR 1956]" is 1956. A sentence of the story ("the council
    received 12 letters on 15 March 1956") is none, and so is a receipt weeks or years later.

    >>> text = "TARROW, March 14 (Wire) — It sailed.\\n\\n[Library copy — RECEIVED 15 MAR 1956]"
    >>> story = " " * 26 + "It sailed." + " " * 40
    >>> receipt_year(text, story, (3, 14))
    1956
    >>> receipt_year(text.replace("15 MAR", "15 APR"), story, (3, 14)) is None
    True
    >>> receipt_year(text, text, (3, 14)) is None  # a sentence of the story
    True
    """
    spans = line_spans(text)
    for start, end in spans[:RECEIPT_LINES] + spans[-RECEIPT_LINES:]:
        found = _RECEIPT_RE.search(text, start, end)
        if found is None or story[found.start() : found.end()].strip():
            continue  # no receipt, or the story's own sentence (its furniture is blanked)
        for timex in line_timexes(found["when"]):
            if timex.granularity != "day" or not DAY_VALUE_RE.match(timex.value):
                continue
            received = date.fromisoformat(timex.value)
            published = before_update(month_day, received, within=STAMP_FOLLOWS_DAYS)
            if published is not None:
                return published.year
    return None
