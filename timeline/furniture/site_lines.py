"""A site's own lines around a story, not the story: a call to follow its account, a station's
strapline, a row of tools, a press release's header and the summary
bullets over its dateline, a legal report's case fields, a status line, a live page's notes and
a message's header fields (the lines a news database sets around a record are
`timeline.furniture.record_lines`).
Each rule is one unit with its examples (`SITE_RULES`, read by `timeline.furniture`); their
words are in `timeline/data/`, and none names an outlet, a database or a person.

    >>> is_follow_call("Follow @HarbourDesk for breaking news from Leith, Fife and Perth.")
    True
    >>> is_follow_call("Follow the river north for two miles, the ranger said.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, is_share_row, phrase_search
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule, line_spans
from timeline.furniture.record_lines import FIELDS, RECORD_RULES, name_field
from timeline.wordlists import word_list

__all__ = [
    "SITE_RULES",
    "is_case_field",
    "is_comment_line",
    "is_follow_call",
    "is_mail_header",
    "is_monitored_source",
    "is_page_note",
    "is_release_header",
    "is_status_line",
    "is_strapline",
    "is_tool_row",
    "summary_bullets",
]

# -- a call to follow an account --------------------------------------------------------------

#: A call to follow an account by its handle: "Follow @Desk for the latest from ...", "Follow us
#: @Desk", "Like and follow @Desk".
_FOLLOW = re.compile(
    r"(?:(?:Like|Join)\s+(?:and|&)\s+)?[Ff]ollow\s+(?:us\s+(?:at\s+|on\s+)?)?@\w{2,30}\b[^\n]{0,160}"
)
_REPORTED = re.compile(rf"\b(?:{SAID}|urged|wrote|posted|tweeted)\b")


def is_follow_call(line: str) -> bool:
    """A call to the reader to follow the site's account by its handle.

    >>> is_follow_call("Follow us @HarbourDesk"), is_follow_call("Follow @Jo, she told fans.")
    (True, False)
    """
    return _FOLLOW.fullmatch(line) is not None and _REPORTED.search(line) is None


# -- a station's strapline --------------------------------------------------------------------


def _brand_word() -> re.Pattern[str]:
    return phrase_search("brand_words.txt")


#: A strapline's fields: a site's fields, or a name and its slogan set apart by a dash.
_STRAP_FIELDS = re.compile(rf"{FIELDS.pattern}|\s+[–—]\s+")


def is_strapline(line: str) -> bool:
    """A station's or a site's name and its slogan, set apart by a bar, a few capitalised words
    each, one a word of a broadcaster's or a site's name (`data/brand_words.txt`).

    >>> is_strapline("KXYZ 7 News | Ohio's News Leader"), is_strapline("Valley Radio | Local First")
    (True, True)
    >>> is_strapline("KXYZ 7 News said the station would close | staff were told on Monday")
    False
    """
    fields = _STRAP_FIELDS.split(line)
    return (
        2 <= len(fields) <= 3
        and all(name_field(field) for field in fields)
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


#: A release's number or day after its label: "Press release No. 14", "NEWS RELEASE 4-SEP-2024".
_RELEASE_NUMBER = re.compile(
    r"\s+(?:(?:No\.?|Nr\.?|#)\s*\d+[\w/-]*|\d{1,2}[-./ ][A-Za-z]{3,9}[-./ ]\d{2,4})$"
)


def is_release_header(line: str) -> bool:
    """A press release's label alone on its line, or with its kind or its subject after a bar:
    "PRESS RELEASE", "Press release | Humanitarian affairs".

    >>> is_release_header("PRESS RELEASE"), is_release_header("Press Release | Ad hoc announcement")
    (True, True)
    >>> is_release_header("Press release | The company said its profit rose 12 per cent.")
    False
    """
    first, *rest = FIELDS.split(line.strip(" :"))
    return (
        _release_label().fullmatch(_RELEASE_NUMBER.sub("", first)) is not None
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
    fields = FIELDS.split(line)
    return len(fields) >= 2 and all(_READING.fullmatch(field) for field in fields)


# -- a live page's notes ------------------------------------------------------------------------

#: A live page's note on the zone of its times: "All times are Central Africa Time (CAT).", "All
#: times Eastern."
_TIME_NOTE = re.compile(
    r"All\s+times\s+(?:(?:are|shown|given)\s+)?(?:in\s+)?(?:(?:[A-Z][\w'’-]*|local|time)\s*){1,4}"
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


#: A monitoring service's line naming the broadcast it took the text from, with the clock and
#: day as monitors write them: "Tarrow home service in Erse 1630 gmt 27 Jun 84", "Source:
#: Radio Tarrow, Erse, 0600 gmt 3 May 81; received 0712 gmt."
_MONITORED_SOURCE = re.compile(
    r"(?:Source:\s+)?(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,5}(?:(?:home|external|world|overseas|domestic|"
    r"national)\s+)?(?i:service|radio|television|TV|news\s+agency)\b[^\n]{0,60}?\b\d{4}\s*"
    r"(?i:gmt|utc)\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:\d\d|(?:19|20)\d\d)\b[^\n]{0,240}"
)
_REPORTED = re.compile(rf"\b(?:{SAID}|reported|announced)\b")


def is_monitored_source(line: str) -> bool:
    """A monitoring service's source line: the station, the language, the clock and the day.

    >>> is_monitored_source("Tarrow home service in Erse 1630 gmt 27 Jun 84")
    True
    >>> is_monitored_source("Tarrow radio said at 1630 gmt 27 Jun 84 that the dam broke.")
    False
    """
    return _MONITORED_SOURCE.fullmatch(line) is not None and _REPORTED.search(line) is None


#: A reader's comment under a post: its writer's name or handle and "said..." (the comment and
#: its stamp may follow on the line), or "says:" / "wrote:" alone or before the stamp only,
#: "Jo L. said... Same in our street. March 3, 2008 8:02 AM", "quaywatcher wrote:". The verbs
#: are the comment's opening words, not a reported statement (`kinds.SAID`).
_COMMENTER = r"[\w@][\w'’.@-]*(?:\s+[A-Z\d][\w'’.-]*){0,3}"
_COMMENT_LINE = re.compile(
    rf"{_COMMENTER}\s+said\s*(?:\.\.\.|…)(?:\s+[^\n]{{1,400}})?"
    rf"|{_COMMENTER}\s+(?:said|says|wrote)\s*:(?:\s+[^\n]{{0,40}}\d{{1,2}}[:.]\d\d\s*"
    r"(?i:[ap]\.?m\.?)?)?"
)


def is_comment_line(line: str) -> bool:
    """A reader's comment under a post, opened by its writer's name and "said..." or "wrote:".

    >>> is_comment_line("Jo L. said... Same in our street. March 3, 2008 8:02 AM")
    True
    >>> is_comment_line("quaywatcher wrote:"), is_comment_line("Ann Roe says: 4 May 2009 9:12 pm")
    (True, True)
    >>> is_comment_line("The mayor said: the quay will reopen on Monday.")
    False
    """
    return _COMMENT_LINE.fullmatch(line.strip()) is not None


SITE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "monitored source",
        FurnitureKind.CREDIT,  # its clock and day are the broadcast's, read as no stamp
        is_monitored_source,
        (
            "Tarrow home service in Erse 1630 gmt 27 Jun 84",
            "Source: Radio Tarrow, Erse, 0600 gmt 3 May 81; received 0712 gmt. Text as broadcast.",
        ),
    ),
    LineRule(
        "mail header",
        FurnitureKind.CREDIT,
        is_mail_header,
        (
            "Newsgroups: biz.ipo,biz.tech",
            "Subject: Harbour Ferries prices its offer at $9",
            "cc: Regional Schools Office, Tarrow",
        ),
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
        (
            "WQRT 5 News | The Valley's News Leader",
            "Coastline Radio | Local First",
            "Harbour Radio – News in English",
        ),
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
            "Press release No. 14",
            "NEWS RELEASE 4-SEP-2024",
        ),
    ),
    *RECORD_RULES,  # a news database's lines around a record
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
        (
            "All times are Central Africa Time (CAT).",
            "All times are Greek time (EEST).",
            "All times Eastern.",
            "-- HNW/jr/kb",
            "mm/kb",
        ),
    ),
    LineRule(
        "comment",
        FurnitureKind.PROMO,
        is_comment_line,
        (
            "Jo L. said... Same in our street. March 3, 2008 8:02 AM",
            "Anonymous said...",
            "Ann Roe says: 4 May 2009 at 9:12 pm",
        ),
    ),
)
