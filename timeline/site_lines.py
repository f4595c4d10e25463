"""A site's own lines around a story, not the story: a call to follow its account, a station's
strapline, a row of tools, a press release's header and the summary
bullets over its dateline, and the lines a news database sets around a record (its name, the
record's number and search, its source, a missing picture, the arrows to the next record).
Each rule is one unit with its examples (`SITE_RULES`, read by `timeline.furniture`); their
words are in `timeline/data/`, and none names an outlet, a database or a person.

    >>> is_follow_call("Follow @HarbourDesk for breaking news from Leith, Fife and Perth.")
    True
    >>> is_follow_call("Follow the river north for two miles, the ranger said.")
    False

A database's source line carries the day the story was published: it is furniture of the
byline's kind, a stamp `timeline.published` reads at the head.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.boilerplate import alternatives, is_share_row
from timeline.furniture_kinds import FurnitureKind, LineRule, line_spans
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = [
    "SITE_RULES",
    "is_case_field",
    "is_follow_call",
    "is_mail_header",
    "is_navigation_row",
    "is_page_note",
    "is_record_line",
    "is_release_header",
    "is_source_stamp",
    "is_status_line",
    "is_strapline",
    "is_tool_row",
    "numeric_readings",
    "summary_bullets",
]

#: The fields of a site's line, set apart by bars or dots: "Name | Slogan", "Archive · Record".
_FIELDS = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
#: A word of a name or a slogan: "KXYZ", "7", "Ohio's", "&".
_NAME_WORD = re.compile(r"(?:[A-Z0-9][\w'’.&-]*|&|of|and|the|for|in|on|at)")
#: The most words of a field of a site's line.
FIELD_WORDS = 6


def _name_field(field: str) -> bool:
    words = field.split()
    return 0 < len(words) <= FIELD_WORDS and all(_NAME_WORD.fullmatch(w) for w in words)


# -- a call to follow an account --------------------------------------------------------------

#: A call to follow an account by its handle: "Follow @Desk for the latest from ...", "Follow us
#: @Desk", "Like and follow @Desk".
_FOLLOW = re.compile(
    r"(?:(?:Like|Join)\s+(?:and|&)\s+)?[Ff]ollow\s+(?:us\s+(?:at\s+|on\s+)?)?@\w{2,30}\b[^\n]{0,160}"
)
_REPORTED = re.compile(r"\b(?:said|says|told|urged|wrote|posted|tweeted)\b")


def is_follow_call(line: str) -> bool:
    """A call to the reader to follow the site's account by its handle.

    >>> is_follow_call("Follow us @HarbourDesk"), is_follow_call("Follow @Jo, she told fans.")
    (True, False)
    """
    return _FOLLOW.fullmatch(line) is not None and _REPORTED.search(line) is None


# -- a station's strapline --------------------------------------------------------------------


@cache
def _brand_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternatives(word_list('brand_words.txt'))})\b")


def is_strapline(line: str) -> bool:
    """A station's or a site's name and its slogan, set apart by a bar, a few capitalised words
    each, one a word of a broadcaster's or a site's name (`data/brand_words.txt`).

    >>> is_strapline("KXYZ 7 News | Ohio's News Leader"), is_strapline("Valley Radio | Local First")
    (True, True)
    >>> is_strapline("KXYZ 7 News said the station would close | staff were told on Monday")
    False
    """
    fields = _FIELDS.split(line)
    return (
        2 <= len(fields) <= 3
        and all(_name_field(field) for field in fields)
        and line[-1] not in ".!?:"
        and _brand_word().search(line) is not None
    )


# -- a row of tools ---------------------------------------------------------------------------

#: A page's buttons for the size of its text: "Text Size: A A A", "Font size A- A+".
_TEXT_SIZE = re.compile(
    r"(?i:text|font)\s+(?i:size)\s*:?(?:\s*A[+-]?){1,3}(?![\w+-])|(?:A[+-]\s*){2,3}"
)


def is_tool_row(line: str) -> bool:
    """A row of a page's tools with its text-size buttons: "Email | Print | Share | Text Size:
    A A A" (a share row without them is `boilerplate.is_share_row`).

    >>> is_tool_row("Email | Print | Share | Text Size: A A A"), is_tool_row("Text size A- A+")
    (True, True)
    >>> is_tool_row("Email the mayor about the text size of the signs.")
    False
    """
    rest = _TEXT_SIZE.sub(" ", line)
    if rest == line:
        return False
    rest = rest.strip(" |/·•:")
    return not rest or is_share_row(rest)


# -- a press release's head ----------------------------------------------------------------------


@cache
def _release_label() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternatives(word_list('release_labels.txt'))})")


#: The most words of the field after a release's label: "Ad hoc announcement pursuant to Art.
#: 53 LR".
RELEASE_FIELD_WORDS = 12


def is_release_header(line: str) -> bool:
    """A press release's label alone on its line, or with its kind or its subject after a bar:
    "PRESS RELEASE", "Press release | Humanitarian affairs".

    >>> is_release_header("PRESS RELEASE"), is_release_header("Press Release | Ad hoc announcement")
    (True, True)
    >>> is_release_header("Press release | The company said its profit rose 12 per cent.")
    False
    """
    first, *rest = _FIELDS.split(line.strip(" :"))
    return (
        _release_label().fullmatch(first) is not None
        and len(rest) <= 2
        and all(
            len(field.split()) <= RELEASE_FIELD_WORDS and field[-1:] not in "!?" and field
            for field in rest
        )
        and not (rest and rest[-1].endswith(".") and not re.search(r"\b[A-Z][a-z]{0,3}\.$", line))
    )


#: A bullet point: a dash, a bullet or a small square before its text.
_BULLET = re.compile(r"[ \t]*[-–•*▪●◦][ \t]+\S[^\n]*")
#: The most lines of a release's summary bullets.
SUMMARY_LINES = 8


def summary_bullets(text: str, dateline: int) -> list[tuple[int, int]]:
    """The [start, end) of the bullet points between the headline (the text's first line) and
    the dateline that opens the story at `dateline`: the release's summary of its news, above
    its story (a bullet in the story's body is the story's).

    >>> text = "Hollin profit rises\\n\\n- Sales up 4%\\n- Outlook held\\n\\nAKRON -- Hollin said."
    >>> [text[s:e] for s, e in summary_bullets(text, text.index("AKRON"))]
    ['- Sales up 4%', '- Outlook held']
    """
    lines = line_spans(text[:dateline])
    bullets = [(start, end) for start, end in lines[1:] if _BULLET.fullmatch(text, start, end)]
    if not bullets or len(bullets) > SUMMARY_LINES:
        return []
    return bullets


# -- a news database's record ------------------------------------------------------------------


@cache
def _record_field() -> re.Pattern[str]:
    words = alternatives(word_list("record_words.txt"))
    labels = alternatives(word_list("record_labels.txt"))
    return re.compile(
        rf"(?i:(?:{words})\s+\d{{1,6}}\s+of\s+\d{{1,7}}"  # "Record 7 of 31"
        rf"|full[- ]text(?:\s+(?:{words}))?"  # "Full-text record"
        rf"|(?P<labelled>(?:{labels})\s*:?\s+\S[^\n|·•]{{0,60}}(?<![.!?])))"  # "Search: coal"
    )


def is_record_line(line: str) -> bool:
    """A news database's line over a record: its name and the record's kind, the record's
    number in the list with the search that found it, its word count and its number.

    >>> is_record_line("Record 7 of 31 | Search: peat AND Galway | Sorted by date")
    True
    >>> is_record_line("Harbour Archive · Full-text record"), is_record_line("Record 7 of 31")
    (True, True)
    >>> is_record_line("Record rainfall of 31 mm fell on Monday, the office said.")
    False
    """
    fields = _FIELDS.split(line)
    records = [match for field in fields if (match := _record_field().fullmatch(field))]
    return (
        bool(records)
        and (len(fields) > 1 or not records[0]["labelled"])  # "Search: ..." alone is no record
        and all(_record_field().fullmatch(field) or _name_field(field) for field in fields)
    )


@cache
def _navigation() -> re.Pattern[str]:
    words = alternatives(word_list("record_words.txt"))
    return re.compile(
        r"[←→<>«»‹›]*\s*(?i:(?:previous|prev\.?|next|back\s+to|return\s+to|first|last)"
        rf"(?:\s+(?:{words}|top))?)\s*[←→<>«»‹›]*"
    )


def is_navigation_row(line: str) -> bool:
    """A row of a page's arrows to the record or the story before and after it.

    >>> is_navigation_row("← Previous record | Next record →"), is_navigation_row("Next story »")
    (True, True)
    >>> is_navigation_row("Next"), is_navigation_row("Next year the plant will close.")
    (False, False)
    """
    fields = _FIELDS.split(line)
    return any(f != f.strip("←→<>«»‹›").strip() or len(f.split()) > 1 for f in fields) and all(
        _navigation().fullmatch(field) for field in fields
    )


#: A date all in numbers with its year: "09-02-1996", "9/2/1996", "09.02.1996".
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:1[89]|20)\d\d\b")
#: A field of a source line: a page, "p. 12", "Page A4".
_PAGE = re.compile(r"(?i:p\.|pp\.|pg\.?|page)\s*[A-Z]?\d{1,3}[A-Z]?")


#: A date in words with its year: "March 12, 1996", "12 March 1996".
_MONTH = rf"(?:{alternatives(tuple(MONTHS))})\.?"
_WORD_DATE = re.compile(
    rf"(?i:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:1[89]|20)\d\d)"
)


#: A source line: its label, then the paper (its city in brackets), the date, its weekday, the
#: section and the page, set apart by commas.
_SOURCE = re.compile(r"(?i:source|publication)\s*:\s*(?P<fields>[A-Z][^\n]{4,200})")


def is_source_stamp(line: str) -> bool:
    """A news database's line naming the paper a record is from and the day it ran, with its
    weekday, section and page: the story's publication date.

    >>> is_source_stamp("Source: The Harbour Mail (Leith), 09-02-1996, Friday, Home news, p. 4")
    True
    >>> is_source_stamp("Source: The Harbour Mail, 12 March 1996")
    True
    >>> is_source_stamp("Source: officials said on 12 March 1996 that the pit was safe.")
    False
    """
    match = _SOURCE.fullmatch(line)
    if match is None:
        return False
    written = _NUMERIC_DATE.search(match["fields"]) or _WORD_DATE.search(match["fields"])
    if written is None:
        return False
    rest = match["fields"][: written.start()] + "," + match["fields"][written.end() :]
    fields = [field.strip() for field in rest.split(",") if field.strip()]
    return all(
        field.lower() in WEEKDAYS
        or _PAGE.fullmatch(field) is not None
        or (0 < len(field.split()) <= FIELD_WORDS and field[0].isupper() and field[-1] not in ".!?")
        for field in fields
    )


_WEEKDAY = re.compile(rf"(?i)\b(?:{alternatives(tuple(WEEKDAYS))})\b")


def numeric_readings(line: str) -> list[date]:
    """The days a stamp's all-number date with its year may be, month first, then day first
    ("09-02-1996"), less those its weekday rules out ("09-02-1996, Friday" is the 9th of
    February: the 2nd of September 1996 was a Monday).

    >>> numeric_readings("Source: The Harbour Mail, 09-02-1996, Friday")
    [datetime.date(1996, 2, 9)]
    >>> [str(day) for day in numeric_readings("12/01/2021")]
    ['2021-12-01', '2021-01-12']
    """
    found = _NUMERIC_DATE.search(line)
    if found is None:
        return []
    first, second, year = (int(part) for part in re.split(r"[-/.]", found.group()))
    readings = []
    for month, day in dict.fromkeys(((first, second), (second, first))):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    weekday = _WEEKDAY.search(line)
    if weekday is not None:
        named = WEEKDAYS[weekday.group().lower()]
        return [day for day in readings if day.isoweekday() == named] or readings
    return readings


# -- a legal report's case fields ---------------------------------------------------------------

#: A word of a case's field: a name, an initial, a number, a court's short form, "v.", "&",
#: "Ors.", "of", "W.P.(MD)".
_CASE_WORD = re.compile(
    r"(?:[A-Z0-9(][\w.()/'’&-]*,?|&|v\.?|vs\.?|and|of|the|for|in|on|at|no\.?|nos\.?|ors\.?)"
)
#: The most words of a case's field.
CASE_FIELD_WORDS = 24


@cache
def _case_label() -> re.Pattern[str]:
    return re.compile(
        rf"(?i:{alternatives(word_list('case_fields.txt'))})\s*:\s+(?P<value>\S[^\n]*)"
    )


def is_case_field(line: str) -> bool:
    """A field of a legal report's head: its label (`data/case_fields.txt`), a colon, and the
    case's names, numbers, court or judges, no sentence.

    >>> is_case_field("Case Title: A. Roe v. The District Collector, Tarrow & Ors.")
    True
    >>> is_case_field("Case No.: W.P.(MD) No. 2291 of 2016"), is_case_field("Coram: Justice A. Roe")
    (True, True)
    >>> is_case_field("Bench: The judges said the order would stand until June.")
    False
    """
    match = _case_label().fullmatch(line)
    if match is None:
        return False
    words = match["value"].split()
    return len(words) <= CASE_FIELD_WORDS and all(_CASE_WORD.fullmatch(word) for word in words)


# -- a status line -------------------------------------------------------------------------------

#: A reading of a status line: a label of a few words and a number with its unit, "Mission
#: elapsed time: 664 d", "DOY 287", "Sol 1,204", "Distance from Earth: 3.1 million km".
_READING = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s*:?\s+[-+]?\d[\d.,:]*(?:\s*(?:million|billion))?"
    r"(?:\s*(?:[a-zA-Z°%/]{1,4}|°C|°F))?"
)


def is_status_line(line: str) -> bool:
    """A mission's or a page's status line: readings set apart by bars or dots, each a label
    and a number with its unit, two readings at least.

    >>> is_status_line("Mission elapsed time: 412 d | DOY 133"), is_status_line("Sol 12 | Ls 88°")
    (True, True)
    >>> is_status_line("Vale 24 | Rovers 17"), is_status_line("Sales rose 4% | profit fell")
    (True, False)
    >>> is_status_line("Turnout: 71%")
    False
    """
    if not any(mark in line for mark in "|•·") or not any(c.isdigit() for c in line):
        return False
    fields = _FIELDS.split(line)
    return len(fields) >= 2 and all(_READING.fullmatch(field) for field in fields)


# -- a live page's notes ------------------------------------------------------------------------

#: A live page's note on the zone of its times: "All times are Central Africa Time (CAT).", "All
#: times Eastern."
_TIME_NOTE = re.compile(
    r"All\s+times\s+(?:(?:are|shown|given)\s+)?(?:in\s+)?(?:(?:[A-Z][\w'’-]*|local)\s*){1,4}"
    r"(?:\([A-Z]{2,5}\))?\.?"
)
#: A desk's sign-off: the initials of the writer and the editors, "-- JR/kb", "mm/kb".
_SIGN_OFF = re.compile(r"(?:--\s*)?[A-Za-z]{2,5}(?:/[A-Za-z]{2,4})*/[a-z]{2,4}(?:\([a-z]{2,3}\))?")


def is_page_note(line: str) -> bool:
    """A live page's note on the zone of its times, or a desk's sign-off of initials.

    >>> is_page_note("All times are Central Africa Time (CAT)."), is_page_note("-- HNW/jr/kb")
    (True, True)
    >>> is_page_note("All times are approximate, the police said."), is_page_note("and/or")
    (False, False)
    """
    return _TIME_NOTE.fullmatch(line) is not None or (
        _SIGN_OFF.fullmatch(line) is not None and line.lower() != "and/or"
    )


# -- the rules ---------------------------------------------------------------------------------


@cache
def _mail_header() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(word_list('mail_headers.txt'))}):[ \t]+\S[^\n]{{0,200}}")


def is_mail_header(line: str) -> bool:
    """A field of the header of a message a story was sent as (`data/mail_headers.txt`).

    >>> is_mail_header("Subject: Ferry firm prices its offer at $9"), is_mail_header("Lines: 58")
    (True, True)
    >>> is_mail_header("The subject: ferries."), is_mail_header("Subjects: maths, art")
    (False, False)
    """
    return _mail_header().fullmatch(line) is not None


SITE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "mail header",
        FurnitureKind.CREDIT,
        is_mail_header,
        ("Newsgroups: biz.ipo,biz.tech", "Subject: Harbour Ferries prices its offer at $9"),
    ),
    LineRule(
        "follow call",
        FurnitureKind.PROMO,
        is_follow_call,
        (
            "Follow @HarbourDesk for breaking news from Leith, Fife and Perth.",
            "Follow us @TarrowPost",
            "Like and follow @TarrowPost for the latest on the floods",
        ),
    ),
    LineRule(
        "strapline",
        FurnitureKind.PROMO,
        is_strapline,
        ("WQRT 5 News | The Valley's News Leader", "Coastline Radio | Local First"),
    ),
    LineRule(
        "tool row",
        FurnitureKind.PROMO,
        is_tool_row,
        ("Email | Print | Share | Text Size: A A A", "Print | Font size: A- A+"),
    ),
    LineRule(
        "release header",
        FurnitureKind.CREDIT,
        is_release_header,
        (
            "PRESS RELEASE",
            "Press Release | Regulatory announcement pursuant to Art. 12 of the listing rules",
            "Media release | Health affairs",
            "FOR IMMEDIATE RELEASE",
        ),
    ),
    LineRule(
        "record line",
        FurnitureKind.CREDIT,
        lambda line: is_record_line(line) or is_navigation_row(line),
        (
            "Harbour Archive · Full-text record",
            "Record 12 of 40 | Search: peat AND Galway | Sorted by date",
            "Word count: 512 | Document ID: HMAIL-19960311-0022",
            "← Previous record | Next record →",
            "< Previous article | Next article >",
        ),
    ),
    LineRule(
        "source stamp",
        FurnitureKind.BYLINE,  # its date is the story's publication date
        is_source_stamp,
        (
            "Source: The Harbour Mail (Leith), 09-02-1996, Friday, Home news, p. 4",
            "Source: Tarrow Evening Post, March 12, 1996, Late edition, Page 7",
        ),
    ),
    LineRule(
        "case field",
        FurnitureKind.CREDIT,
        is_case_field,
        (
            "Case Title: A. Roe v. The District Collector, Tarrow & Ors.",
            "Case No.: W.P.(MD) No. 2291 of 2016",
            "Coram: Justice A. Roe and Justice B. Doe",
        ),
    ),
    LineRule(
        "status line",
        FurnitureKind.PROMO,
        is_status_line,
        ("Mission elapsed time: 412 d | DOY 133", "Sol 1,204 | Ls 88° | Temperature: -63 °C"),
    ),
    LineRule(
        "page note",
        FurnitureKind.CREDIT,
        is_page_note,
        ("All times are Central Africa Time (CAT).", "All times Eastern.", "-- HNW/jr/kb", "mm/kb"),
    ),
)
