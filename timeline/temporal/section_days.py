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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.dateline_shapes import DASHED_DATELINE_PATTERNS
from timeline.furniture.provenance_lines import is_monitoring_headnote
from timeline.temporal.date_order import calendar_day
from timeline.temporal.tag import tag
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = ["EXAMPLE_ISSUE", "SECTION_LINES", "SectionLine", "line_day", "section_days"]

#: The issue's day the shapes' examples are read against.
EXAMPLE_ISSUE = date(2033, 3, 11)

#: The longest line that may head a section (a run-in source line is read to this length).
_HEAD_CHARS = 160
#: The most days an item's line may fall after the issue's date (a zone ahead of the issue's).
_DAYS_AFTER = 1
#: A line of prose a section must hold under its date line: this many words at least.
_PROSE_WORDS = 6


@dataclass(frozen=True, slots=True)
class SectionLine:
    """One shape of a line that heads a section with its own day: `date_words` gives the part
    of a line that writes its day (None: the line is not of this shape); `examples` are lines
    of the shape; `alone` says whether one such line makes a section by itself (an item from
    another paper or broadcast, a message under its header) or only beside another date line
    (a dateline, a day heading: one alone is the story's own)."""

    name: str
    date_words: Callable[[str], str | None]
    examples: tuple[str, ...]
    alone: bool
    #: whether the date words hold other words beside the day (a head note's, a dateline's)
    within: bool = False
    #: whether the shape may run on into the next line (a dateline alone on its line)
    reads_on: bool = False
    #: whether the line may close the prose over it, as a letter's place and date at its foot
    #: do, rather than head the prose under it, as a message's header always does
    foot: bool = False
    #: whether the line may head the prose under it (a monitor's closing source line never does)
    head: bool = True


@cache
def _labels() -> str:
    """The labels of a message's date in its header (`data/section_date_labels.txt`)."""
    return alternatives(word_list("section_date_labels.txt"))


@cache
def _header_re() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{_labels()})[ \t]*:[ \t]*(?P<date>\S[^\n]*)")


def header_date(line: str) -> str | None:
    """A message's date in its header: a label of `data/section_date_labels.txt`, its colon
    and a date alone (a clock and a zone may follow).

    >>> header_date("Sent: Wednesday, 19 August 2009 7:02 a.m.")
    'Wednesday, 19 August 2009 7:02 a.m.'
    >>> header_date("Date: Mon, 20 May 1996 09:14:55 -0400")
    'Mon, 20 May 1996 09:14:55 -0400'
    >>> header_date("Date marking: best before 12/12/2023") is None
    True
    """
    found = _header_re().fullmatch(line)
    return found["date"] if found is not None else None


#: A source's name: capitalised words, a small particle between them ("Diario de Tarrow"); not a
#: weekday (a day heading, "Tuesday, 3 March 1953") nor a label's word.
_WEEKDAY_NAMES = alternatives(tuple(w.capitalize() for w in WEEKDAYS if len(w) > 3))
_PARTICLES = alternatives((*word_list("name_particles.txt"), "of", "the"))
_SOURCE_NAME = (
    rf"(?!(?:{_WEEKDAY_NAMES})\b)"
    rf"[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:[ \t]+(?:(?:{_PARTICLES})[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’.&-]*){{0,5}}"
)
#: A paper's item opened by its name, its date and a colon, run in or alone on their line:
#: "Aamuposti, 7.3.2033: ...", "Diario de Tarrow, 5 March 1953, p. 4:"; or after a label of a
#: source, with or without the colon: "Source: The Tarrow Echo, Thursday, 20 November 1986". A
#: name in capitals is a place's dateline or the issue's masthead ("TARROW, Feb 7: ..."), and a
#: name and a date with no colon and no label a release's place ("Basel, 4 June 1991 – ...").
_SOURCE_LINE_RE = re.compile(
    rf"[ \t]*(?:(?P<label>{alternatives(word_list('source_line_labels.txt'))})[ \t]*:?[ \t]+)?"
    rf"(?P<name>{_SOURCE_NAME})(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?"
    rf"(?:,[ \t]+(?!{_WEEKDAY_NAMES})[A-ZÀ-ÖØ-Þ][\w'’.-]+(?=,))?(?:,[ \t]+|[ \t]+of[ \t]+|[ \t]*\()"
    r"(?P<date>[^:()\n]{4,48}?)\)?(?:,[ \t]*(?:p|pp|page)\.?[ \t]*\d+)?"
    r"[ \t]*(?P<colon>:(?:[ \t]|$)|$)"
)


def source_date(line: str, *, capitals: bool = False) -> str | None:
    """The date of a source paper's line over its item (`_SOURCE_LINE_RE`): its name, a comma,
    a date alone, then a colon, or after a source's label the line's end.

    >>> source_date("Aamuposti, 7.3.2033: The Karhula mill closed yesterday.")
    '7.3.2033'
    >>> source_date("Source: The Tarrow Echo, Thursday, 20 November 1986, p. 12")
    'Thursday, 20 November 1986'
    >>> source_date("Le Quai (Tarrow), 5 March 2033:"), source_date("From Le Quai of 5 March:")
    ('5 March 2033', '5 March')
    >>> source_date("Le Quai (5 March): The mill closed.")
    '5 March'

    >>> source_date("Tuesday, 3 March 1953:") is None  # a day heading
    True
    >>> source_date("TARROW, Feb 7: Voting went off calmly.") is None  # a dateline
    True
    >>> source_date("Basel, 4 June 1991") is None  # a release's place and date
    True
    """
    found = _SOURCE_LINE_RE.match(line)
    if (
        found is None
        or found["name"].isupper() != capitals
        or not (found["colon"] or found["label"])
    ):
        return None
    return found["date"]


def capitals_source_date(line: str) -> str | None:
    """The date of a source's line whose name is in capitals: a paper's, or a place's dateline
    ("TARROW, Feb 7: ..."), which only a second date line makes an item's.

    >>> capitals_source_date("HELSINGIN SANOMAT, 5.3.1953: The government fell yesterday.")
    '5.3.1953'
    """
    return source_date(line, capitals=True)


#: A monitor's closing line on its item's source, its label first: "Source: Radio Tarrow,
#: Tarrow, in Vernese 1100 gmt 14 Jun 04".
_MONITOR_SOURCE_RE = re.compile(r"[ \t]*Source[ \t]*:[^\n]*\b\d{4}[ \t]*(?i:gmt|utc)\b[^\n]*")


def monitor_source_date(line: str) -> str | None:
    """A monitor's closing source line, with its broadcast's day: under its item, a foot.

    >>> monitor_source_date("Source: Radio Tarrow, in Vernese 1100 gmt 14 Jun 04")
    'Source: Radio Tarrow, in Vernese 1100 gmt 14 Jun 04'
    """
    return line if _MONITOR_SOURCE_RE.fullmatch(line) else None


#: A review's item closed by its paper and day in brackets: "... the paper wrote. (Aamuposti,
#: 6.3.1953)".
_TRAILING_SOURCE_RE = re.compile(rf"\((?:{_SOURCE_NAME}),[ \t]+(?P<date>[^()\n]{{4,40}})\)[ \t.]*$")


def trailing_source(line: str) -> tuple[int, str] | None:
    """Where a paragraph's closing source in brackets starts, and its date words.

    >>> trailing_source("The mill closed yesterday, the paper wrote. (Aamuposti, 6.3.1953)")
    (44, '6.3.1953')
    """
    found = _TRAILING_SOURCE_RE.search(line, max(0, len(line) - 90))
    return (found.start(), found["date"]) if found is not None else None


#: A monitoring service's source line over an item: a four-figure clock in GMT and the day,
#: its figures first ("Radio Tarrow in English 2200 GMT 14 Nov 66", "Tarrow home service 0630
#: gmt 17 Nov 66"; not "0600 Fiji time (1800 GMT Tuesday)", a bulletin's clock in two zones).
_BROADCAST_RE = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?i:gmt|utc)\b")


def broadcast_date(line: str) -> str | None:
    """The day of a monitoring service's broadcast line: a clock in GMT, then the day.

    >>> broadcast_date("(Radio Tarrow, 14 November 1966, 2200 gmt)")
    '(Radio Tarrow, 14 November 1966, 2200 gmt)'
    >>> broadcast_date("The station went off the air at 2200 GMT on 14 November.") is None
    True
    >>> broadcast_date("Source: Radio Tarrow, in English 2200 GMT 14 Nov 66") is None  # a foot
    True
    """
    if line.rstrip().endswith(".") or line.lstrip().startswith("Source"):
        return None  # a sentence; a monitor's closing source line, under its item
    return line if _BROADCAST_RE.search(line) else None


def headnote_date(line: str) -> str | None:
    """A monitoring service's head note on its item, with the day its source gave it out.

    >>> headnote_date("Text of report by Radio Tarrow on 14 November")
    'Text of report by Radio Tarrow on 14 November'
    """
    return line if is_monitoring_headnote(line.strip()) else None


#: A quoted message's head in a reply: "On 10 March 2008, at 17:40, Jo Lee wrote:", "On Mon,
#: 10 Mar 2008 17:40, Jo Lee <jo@quay.example> wrote:".
_REPLY_HEAD_RE = re.compile(
    r"[ \t>]*On[ \t]+(?P<date>[^\n]{6,48}?),[ \t]+(?:at[ \t]+[^,\n]{3,12},[ \t]+)?"
    r"[^,\n]{1,80}?[ \t]wrote:[ \t]*"
)


def reply_date(line: str) -> str | None:
    """The day a quoted message was written, in the line a reply sets over it.

    >>> reply_date("On 10 March 2008, at 17:40, Jo Lee <jo@quay.example> wrote:")
    '10 March 2008'
    >>> reply_date("On Mon, 10 Mar 2008 17:40, Jo Lee wrote:")
    'Mon, 10 Mar 2008 17:40'
    """
    found = _REPLY_HEAD_RE.fullmatch(line)
    return found["date"] if found is not None else None


#: A reprint's note on where and when it first ran: "First published in Le Quai on 5 March
#: 1953.", "This article originally appeared in The Tarrow Echo on Thursday, 20 November 1986".
_FIRST_RAN_RE = re.compile(
    r"[ \t(\[*_]*(?:This[ \t]+[a-z]+[ \t]+(?:was[ \t]+)?)?(?:[Ff]irst|[Oo]riginally)[ \t]+"
    r"(?:published|appeared|printed|ran)[ \t]+in[ \t]+[A-Z][^\n]{1,60}?[ \t]+on[ \t]+"
    r"(?P<date>[^\n]{4,40}?)[ \t.)\]*_]*"
)


def first_ran_date(line: str) -> str | None:
    """The day a reprinted item first ran, in the reprint's note on it.

    >>> first_ran_date("This article first appeared in Le Quai on 5 March 1953.")
    '5 March 1953'
    """
    found = _FIRST_RAN_RE.fullmatch(line)
    return found["date"] if found is not None else None


#: A place and a day alone on their line, a writer's name before them or not, as a letter is
#: dated at its head or its foot: "Tarrow, 3 March 1953", "J. BRANDT, Tarrow, March 3.".
_PLACE_DAY_RE = re.compile(
    rf"[ \t]*(?:{_SOURCE_NAME},[ \t]+){{1,2}}(?P<date>[^,\n]{{4,30}}(?:,[ \t]*\d{{4}})?)[ \t.]*"
)


def place_day_date(line: str) -> str | None:
    """The day of a letter's place and date line.

    >>> place_day_date("J. BRANDT, Tarrow, March 3."), place_day_date("Tarrow, 3 March 1953")
    ('March 3.', '3 March 1953')
    """
    found = _PLACE_DAY_RE.fullmatch(line)
    return found["date"] if found is not None else None


def dateline_date(line: str) -> str | None:
    """An item's own dateline opening its line, with its day: "BRATISLAVA, Oct 2 (Wire) -".

    >>> dateline_date("TARROW, Oct 2 (Quay Wire) - The opposition won the vote on Sunday.")
    'TARROW, Oct 2 (Quay Wire) - '
    """
    for pattern in DASHED_DATELINE_PATTERNS:
        found = pattern.match(line)
        if (
            found is not None
            and "\n" not in found.group().rstrip()  # its line's: it may end it
            and any(c.isdigit() for c in found.group())
        ):
            return found.group()
    return None


#: A day heading alone on its line: a date, a weekday and a clock beside it, punctuation.
_HEADING_RE = re.compile(r"[ \t]*(?P<date>[\w,. :/-]{6,40}?)[ \t]*$")


def heading_date(line: str) -> str | None:
    """A day alone on its line over a section (a letter's date, a diary's day).

    >>> heading_date("Tuesday, 3 March 1953")
    'Tuesday, 3 March 1953'
    >>> heading_date("The council met on 3 March 1953 to discuss the baths.") is None
    True
    """
    found = _HEADING_RE.fullmatch(line)
    return found["date"] if found is not None else None


#: The shapes of a section's date line, in the order they are tried.
SECTION_LINES: tuple[SectionLine, ...] = (
    SectionLine(
        "message header",
        header_date,
        ("Sent: 14.03.2008 09:12", "Date: Mon, 20 May 1996 09:14:55 -0400", "Dated: 3 May 1961"),
        alone=True,
    ),
    SectionLine(
        "broadcast line",
        broadcast_date,
        (
            "Radio Tarrow in English 2200 GMT 14 Nov 66",
            "(Radio Tarrow, 14 November 1966, 2200 gmt)",
        ),
        alone=True,
        within=True,
    ),
    SectionLine(
        "monitoring head note",
        headnote_date,
        ("Text of report by Radio Tarrow on 14 November",),
        alone=True,
        within=True,
    ),
    SectionLine(
        "reply head",
        reply_date,
        ("On 10 March 2008, at 17:40, Jo Lee <jo@quay.example> wrote:",),
        alone=True,
    ),
    SectionLine(
        "first ran",
        first_ran_date,
        ("This article first appeared in Le Quai on 5 March 1953.",),
        alone=True,
        foot=True,
    ),
    SectionLine(
        "source paper",
        source_date,
        (
            "Aamuposti, 7.3.2033: The Karhula mill closed yesterday.",
            "Le Quai, 5 March 2033:",
            "Source: The Tarrow Echo, Thursday, 20 November 1986, p. 12",
        ),
        alone=True,
    ),
    SectionLine(
        "source in capitals",
        capitals_source_date,
        ("HELSINGIN SANOMAT, 5.3.1953: The government fell yesterday.",),
        alone=False,
    ),
    SectionLine(
        "dateline",
        dateline_date,
        (
            "TARROW, Oct 2 (Quay Wire) - The opposition won the vote.",
            "TARROW, Oct 2 (Wire) -\nIt won.",
        ),
        alone=False,
        within=True,
        reads_on=True,
    ),
    SectionLine(
        "monitor's source",
        monitor_source_date,
        ("Source: Radio Tarrow, in Vernese 1100 gmt 14 Jun 04",),
        alone=True,
        within=True,
        foot=True,
        head=False,
    ),
    SectionLine("day heading", heading_date, ("Thursday, 5 March 1953",), alone=False, foot=True),
    SectionLine(
        "place and day",
        place_day_date,
        ("Tarrow, 3 March 1953", "J. BRANDT, Tarrow, March 3."),
        alone=False,
        foot=True,
    ),
)

#: A review's item closed by its source in brackets (`trailing_source`), read at a line's end.
TRAILING_SOURCE = SectionLine(
    "trailing source",
    lambda line: trailing[1] if (trailing := trailing_source(line)) else None,
    ("The mill closed yesterday, the paper wrote. (Aamuposti, 6.3.1953)",),
    alone=True,
    foot=True,
    head=False,
)

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
        if not line.strip():
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
