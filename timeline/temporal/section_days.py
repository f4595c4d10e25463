"""The day each section of a text with more than one date line counts from: a digest's items,
a monitor's broadcasts, a mail's messages, a letters page's letters, each under its own date.

A press digest or review lists items under their source paper's date ("Aamuposti, 7.3.2033:
..."), a monitoring digest under the broadcast line ("Radio Tarrow in English 2200 GMT 14 Nov
66"), a list's digest, a forwarded mail or a fax under each message's "Sent:" or "Date:", a
repost under the wire's own dateline. What an item tells counts from its own date line, not
from the issue's publication date: its "yesterday", "on Monday", "this morning", a date written
without its year, and a sentence with no date of its own. The publication date stays the
issue's.

    >>> text = ("Press review\\n\\nAamuposti, 7.3.2033: The Karhula mill closed yesterday "
    ...         "after ninety years.\\n\\nVartija, 9.3.2033: Dockers at Rauma walked out on "
    ...         "Monday.")
    >>> [(at, day.isoformat()) for at, day in section_days(text, date(2033, 3, 11))]
    [(14, '2033-03-07'), (90, '2033-03-09')]

The lines are read from the text as written (a header line is blanked as furniture before the
stages read the story): only their offsets and days are kept, as a live page's entries are
(`live_entries`), and the stages read both alike (`tag`'s and `selection`'s `entries`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.promo_lines import is_labelled_pointer
from timeline.temporal.date_order import calendar_day
from timeline.temporal.section_lines import (
    SECTION_LINES,
    TRAILING_SOURCE,
    SectionLine,
    trailing_source,
)
from timeline.temporal.tag import tag
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = ["line_day", "section_days"]

#: The longest line that may head a section (a run-in source line is read to this length).
_HEAD_CHARS = 160
#: The most days an item's line may fall after the issue's date (a zone ahead of the issue's).
_DAYS_AFTER = 1
#: A line of prose a section must hold under its date line: this many words at least.
_PROSE_WORDS = 6


#: A year written in a date: four figures, or two after a separator or an apostrophe.
_YEAR_WRITTEN_RE = re.compile(r"\b\d{4}\b|[./'’-]\d\d\b|\b[A-Za-z]{3,9}\.?[ \t]+\d\d$")
#: A weekday's name in full or cut to three letters, in any case: "Mon", "Tuesday".
_WEEKDAY_WORDS = (
    rf"(?i:{alternatives(tuple(WEEKDAYS))}|{alternatives(tuple(w[:3] for w in WEEKDAYS))})"
)
#: A day written with its month: the month's name or a date in figures (not a weekday alone).
_WRITTEN_DAY_RE = re.compile(rf"(?i)\b(?:{alternatives(tuple(MONTHS))})\b|\d[./-]\d")
#: A date with its year cut to two figures, its month by name, as monitors and mail programs
#: write it: "14 Nov 66", "Thu, 14 Nov 96 18:42:07 EST".
_SHORT_YEAR_RE = re.compile(
    r"\b(?P<day>3[01]|[12]\d|0?[1-9])[ \t-]+(?P<month>[A-Za-z]{3,9})\.?[ \t-]+"
    r"(?P<year>\d\d)\b(?![:.]\d)"
)
#: What may stand beside a date in its line's date words: a clock, a zone, punctuation.
_BESIDE_DATE_RE = re.compile(
    r"(?:[\s,.;:()/-]*(?:(?:at|on)\s+)?(?:\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?"
    rf"|[+-]\d{{4}}|\(?[A-Z]{{2,5}}\)?|hrs|{_WEEKDAY_WORDS}\.?|\d{{4}}\s*(?i:gmt|utc)))*"
    r"[\s,.;:()/-]*"
)


def _beside(words: str, start: int, end: int) -> bool:
    """Whether all `words` hold beside the date at [start, end) is a clock, a zone, a weekday.

    >>> _beside("Mon, 20 May 1996 09:14:55 -0400", 5, 16), _beside("Tarrow, 20 May", 8, 14)
    (True, False)
    """
    return bool(_BESIDE_DATE_RE.fullmatch(words[:start]) and _BESIDE_DATE_RE.fullmatch(words[end:]))


def _day(words: str, published: date) -> date | None:
    """The one day `words` write, a date alone (a clock and a zone beside it): its year as
    written, or, without one, the latest such day not after the issue; None when it is no day
    or falls after the issue.

    >>> _day("14 Nov 66", date(1966, 11, 18)), _day("1 Jan 28", date(2028, 1, 1))
    (datetime.date(1966, 11, 14), datetime.date(2028, 1, 1))
    >>> _day("5 March", date(2033, 3, 1))
    datetime.date(2032, 3, 5)
    """
    latest = published + timedelta(days=_DAYS_AFTER)
    short = _SHORT_YEAR_RE.search(words)
    if short is not None and _beside(words, short.start(), short.end()):
        month = MONTHS.get(short["month"].lower())
        year = int(short["year"])
        year += 100 * ((published.year + 1 - year) // 100)  # "66" of an issue of 1966
        written = month and calendar_day(year, month, int(short["day"]))
        return written if written and written <= latest else None
    days = [t for t in tag(words, published, narrative=False) if t.date_start is not None]
    if len(days) != 1 or days[0].date_start != days[0].date_end:
        return None
    timex = days[0]
    if not _WRITTEN_DAY_RE.search(timex.text):
        # a clock alone ("06:31 IST"), a live entry's; a weekday alone ("MONDAY"), which a
        # week's review means back and a week's programme ahead: no day of its own
        return None
    if not _beside(words, timex.start, timex.end):
        return None
    day = timex.date_start
    if day is None or day <= latest:
        return day
    if _YEAR_WRITTEN_RE.search(timex.text):
        return None  # an item dated after its issue: no item's line
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None  # 29 February


def _date_line(head: str, published: date) -> tuple[date, SectionLine, str] | None:
    """The day the line opening `head` heads a section with, its shape, and what the line runs
    on with after its date words, if it is a section's date line."""
    line = head.split("\n", 1)[0]
    for shape in SECTION_LINES:
        read = head if shape.reads_on else line
        words = shape.date_words(read)
        if words is None:
            continue
        day = _day_within(words, published) if shape.within else _day(words, published)
        if day is not None:
            return day, shape, read[read.find(words) + len(words) :].split("\n", 1)[0]
    return None


def line_day(head: str, published: date) -> date | None:
    """The day the line opening `head` heads a section with, if it is a section's date line
    (of any shape of `SECTION_LINES`), in an issue of `published`.

    >>> line_day("Sent: 10.03.2008 17:40", date(2008, 3, 14))
    datetime.date(2008, 3, 10)
    >>> line_day("Sent to all members on request.", date(2008, 3, 14)) is None
    True
    """
    dated = _date_line(head, published)
    return dated[0] if dated is not None else None


def _day_within(words: str, published: date) -> date | None:
    """The one day a head note, a broadcast line or a dateline names among its other words.

    >>> _day_within("Radio Tarrow in English 2200 GMT 14 Nov 66", date(1966, 11, 18))
    datetime.date(1966, 11, 14)
    """
    short = _SHORT_YEAR_RE.search(words)
    if short is not None:
        return _day(short.group(), published)
    days = [
        t
        for t in tag(words, published, narrative=False)
        if t.date_start is not None and t.date_start == t.date_end
    ]
    if len(days) != 1:
        return None
    return _day(days[0].text, published)


def _prose(line: str) -> bool:
    """Whether a line is prose: a section's text, not another line of its header."""
    return len(re.findall(r"[^\W\d_][\w'’-]*", line)) >= _PROSE_WORDS


def section_days(text: str, published: date | None, story: str = "") -> list[tuple[int, date]]:
    """The offset of each section in `text` and the day its date line gives it, in order.

    A date line heads the prose under it (a digest's item, a message), or, when every such line
    closes prose and the last one heads none, closes the prose over it (a letter signed and
    dated at its foot, a reprint's note on where it first ran at the end): its section then
    starts at the first line of prose after the line before. None unless the text has two such
    lines, or one of a shape that makes a section alone (`SectionLine.alone`); prose is read
    in `story` (the text with its furniture blanked, offsets kept), when given, so a monitor's
    closing line over its copyright notice heads nothing. Without the issue's date, none: an
    item's yearless day is never guessed.

    >>> section_days("Le Quai, 5 March:\\nThe mill closed yesterday after ninety years.",
    ...              date(2033, 3, 11))
    [(0, datetime.date(2033, 3, 5))]
    >>> section_days("Tuesday, 3 March 2033\\nThe mill closed yesterday after ninety years.",
    ...              date(2033, 3, 11))
    []
    >>> section_days("Correction (March 5): An earlier version gave the wrong ward.\\nThe mill "
    ...              "closed yesterday after ninety years.", date(2033, 3, 11))
    []
    >>> letters = ("Letters\\nSir, the baths closed yesterday, to our great regret.\\n"
    ...            "Tarrow, 3 March 2033\\nSir, the pool shut last night for the winter months.\\n"
    ...            "Eastmoor, 5 March 2033")
    >>> section_days(letters, date(2033, 3, 11))
    [(8, datetime.date(2033, 3, 3)), (83, datetime.date(2033, 3, 5))]
    """
    if published is None:
        return []
    prose_of = story or text
    found: list[tuple[int, date, SectionLine]] = []
    heads: list[bool] = []  # whether each line found so far heads prose of its own
    closes: list[int | None] = []  # the first line of prose over each, since the line before
    first_prose: int | None = None  # since the last date line
    position = 0
    for number, line in enumerate(text.split("\n")):
        start, position = position, position + len(line) + 1
        if not line.strip() or is_labelled_pointer(line):
            # a correction's or a pointer's day under its label heads no section (stop 42):
            # "Correction (June 5): An earlier version of this article ..."
            continue
        dated = _date_line(text[start : start + _HEAD_CHARS], published)
        trailing = trailing_source(line) if dated is None and number else None
        if trailing is not None and (day := _day(trailing[1], published)) is not None:
            # the paragraph the source in brackets closes is its item
            found.append((start, day, TRAILING_SOURCE))
            heads.append(False)
            closes.append(first_prose if first_prose is not None else start)
            first_prose = None
        elif dated is not None:
            day, shape, rest = dated
            found.append((start, day, shape))
            runs_on = prose_of[start + len(line) - len(rest) : start + len(line)]
            heads.append(shape.head and _prose(runs_on))
            closes.append(first_prose)
            first_prose = None
        elif number and _prose(prose_of[start : start + len(line)]):
            if heads and found[-1][2].head:
                heads[-1] = True
            if first_prose is None:
                first_prose = start
    feet = (
        found
        and not heads[-1]
        and all(shape.foot for _, _, shape in found)
        and all(at is not None for at in closes)
    )
    if feet:  # each line closes the prose over it
        lines = [(at, day, shape) for (_, day, shape), at in zip(found, closes, strict=True) if at]
    else:
        lines = [line for line, head in zip(found, heads, strict=True) if head]
    if len(lines) >= 2 or any(shape.alone for _, _, shape in lines):
        return [(at, day) for at, day, _ in lines]
    return []
