"""The shapes of a line that gives a section of a text its own day: a message's header, a
broadcast line, a paper's source line, a dateline, a letter's date, an item's closing source.

In full: a message's header ("Sent: 14.03.2008 09:12"), a monitor's broadcast line and head
note, a reply's head, a reprint's note, a source paper's line, a dateline, a day heading, a
letter's place and day, and the lines that close an item (a monitor's source line, a review's
source in brackets). Each shape is one
`SectionLine` with its examples; `timeline.temporal.section_days` reads their days.

    >>> [shape.name for shape in SECTION_LINES][:2]
    ['message header', 'broadcast line']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.dateline_shapes import DASHED_DATELINE_PATTERNS
from timeline.furniture.provenance_lines import is_monitoring_headnote
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.wordlists import word_list

__all__ = ["EXAMPLE_ISSUE", "SECTION_LINES", "TRAILING_SOURCE", "SectionLine", "trailing_source"]

#: The issue's day the shapes' examples are read against.
EXAMPLE_ISSUE = date(2033, 3, 11)


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


def _date_of(pattern: re.Pattern[str], line: str) -> str | None:
    """The date words of a whole line of a shape: its pattern's "date" group.

    >>> _date_of(re.compile(r"Dated: (?P<date>.+)"), "Dated: 3 May 1961")
    '3 May 1961'
    """
    found = pattern.fullmatch(line)
    return found["date"] if found is not None else None


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
    return _date_of(_header_re(), line)


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
    return _date_of(_REPLY_HEAD_RE, line)


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
    return _date_of(_FIRST_RAN_RE, line)


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
    return _date_of(_PLACE_DAY_RE, line)


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
    return _date_of(_HEADING_RE, line)


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
