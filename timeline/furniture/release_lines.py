"""A press release's and a wire's lines that are not the story: the release's embargo line (the
day it may be published: its publication date), the editor's notes under the line that ends the
release, and a wire's code before its headline. Split from `timeline.furniture.page_notes`, whose
rules come before these (`RELEASE_RULES`, read by `timeline.furniture`); their words are in
`timeline/data/`.

    >>> is_embargo_line("EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import FurnitureKind, LineRule, line_spans
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.page_notes import FULL_DATE
from timeline.furniture.stamp_lines import is_stamp
from timeline.wordlists import word_list

__all__ = [
    "RELEASE_RULES",
    "is_about_profile",
    "is_embargo_line",
    "is_issue_line",
    "is_period_field",
    "is_schedule_note",
    "note_lines",
    "release_notes",
    "wire_headline",
]

# -- a press release ----------------------------------------------------------------------------


@cache
def _embargo() -> re.Pattern[str]:
    labels = alternatives(word_list("embargo_labels.txt"))
    return re.compile(rf"(?i:{labels})\s*:?\s+(?P<when>[^\n]{{4,100}})")


def is_embargo_line(line: str) -> bool:
    """A release's embargo line: its label, then the day and time it may be published (the
    release's publication date).

    >>> is_embargo_line("EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025")
    True
    >>> is_embargo_line("Embargoed goods worth 3 million were seized on 9 April 2025.")
    False
    """
    match = _embargo().fullmatch(line)
    if match is None:
        return False
    when = match["when"]
    return is_stamp(when) or (
        FULL_DATE.search(when) is not None
        and len(when.split()) <= EMBARGO_WORDS
        and not re.search(r"\b[a-z]{4,}\b", when)  # no running words: "goods were seized"
    )


#: The most words of an embargo line's time: "00.01 hrs on Tuesday 4 March 2025".
EMBARGO_WORDS = 10


#: A release's line on where, by whom and when it was issued: "Issued in Tarrow by the Harbour
#: Trust on 8 March 2019.", "Released by the ministry on Tuesday, 4 June 2024.", a circular's
#: "Issued at Tarrow, 3rd May, 1965."
_ISSUE_LINE = re.compile(
    r"(?:Issued|Released|Distributed|Published)"
    r"(?:\s+(?:in|from|at)\s+[A-Z][\w'’.-]*(?:[ ,]+[A-Z][\w'’.-]*){0,3})?"
    r"(?:\s+(?:by|for)\s+[^\n]{1,80}?)?,?\s+(?:on\s+)?"
    rf"(?:[A-Z][a-z]+,?\s+)?(?i:{FULL_DATE.pattern.removeprefix('(?i)')})\.?"
)


def is_issue_line(line: str) -> bool:
    """A release's line on where and by whom it was issued, and on which day: the day it was
    published (a stamp).

    >>> is_issue_line("Issued in Tarrow by the Harbour Trust on 8 March 2019.")
    True
    >>> is_issue_line("Issued by the Harbour Trust on 8 March 2019, the permit was revoked.")
    False
    """
    return _ISSUE_LINE.fullmatch(line) is not None


@cache
def _release_ending() -> re.Pattern[str]:
    endings = alternatives(word_list("release_endings.txt"))
    return re.compile(rf"[-–—#*\s]*(?:(?i:{endings})|#{{3}})[-–—#*:\s]*")


def release_notes(text: str) -> tuple[int, int] | None:
    """The [start, end) of a release's notes: from the line that ends its text ("ENDS",
    "Notes to editors", "###") to the end of the text (the profile, the method, the contacts).

    >>> text = "Trust counts birds\\n\\nNumbers rose.\\n\\nENDS\\n\\nThe trust was founded in 1987."
    >>> start, end = release_notes(text)
    >>> text[start:end]
    'ENDS\\n\\nThe trust was founded in 1987.'
    """
    lines = list(re.finditer(r"[^\n]+", text))
    for number, line in enumerate(lines):
        if number < 2 or not line.group().strip():
            continue  # the headline and the first line are the story's
        if _release_ending().fullmatch(line.group()) is not None:
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            return start, len(text.rstrip())
    return None


# -- a wire's headline ---------------------------------------------------------------------------


@cache
def _wire_prefix() -> re.Pattern[str]:
    codes = alternatives(word_list("headline_codes.txt"))
    return re.compile(rf"(?:(?:{codes})(?:\s\d{{1,2}})?-)+(?=[\"“‘'A-Z0-9])[^\n]+")


def wire_headline(text: str) -> tuple[int, int] | None:
    """The [start, end) of the text's first line when a wire's code opens it, "INTERVIEW-",
    "UPDATE 2-": the headline (no event; its code is no actor).

    >>> text = "UPDATE 2-Oil climbs as supply fears return\\n\\nOil rose on Monday."
    >>> start, end = wire_headline(text)
    >>> text[start:end]
    'UPDATE 2-Oil climbs as supply fears return'
    >>> wire_headline("US-China talks resume\\n\\nTalks resumed on Monday.") is None
    True
    """
    first = re.search(r"\S[^\n]*", text)
    if first is None or _wire_prefix().fullmatch(first.group().rstrip()) is None:
        return None
    return first.start(), first.start() + len(first.group().rstrip())


def note_lines(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the lines of furniture that hang on their place in the text: a wire's
    headline (`wire_headline`), every line of a release's notes (`release_notes`).

    >>> note_lines("UPDATE 1-Oil climbs\\n\\nOil rose.\\n\\nMore oil.\\n\\n###\\n\\nContact: Jo")
    [(0, 19), (43, 46), (48, 59)]
    """
    spans = [headline] if (headline := wire_headline(text)) is not None else []
    notes = release_notes(text)
    if notes is not None:
        spans.extend(span for span in line_spans(text[: notes[1]]) if span[0] >= notes[0])
    return spans


#: A company's profile after its heading on the same line: "About Harbour Ferries: Harbour
#: Ferries links the islands ...". Its first words name the company again or say what it is.
_ABOUT_PROFILE = re.compile(
    r"About\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.,-]*){0,5}):\s+(?P<profile>[^\n]{10,900})"
)
_PROFILE_OPENING = re.compile(r"(?:The\s+company|Founded|Headquartered|Based|Established)\b")


def is_about_profile(line: str) -> bool:
    """A company's profile under a release, its heading on its line.

    >>> is_about_profile("About Tarrow Mills: Tarrow Mills makes flour for 40 bakeries.")
    True
    >>> is_about_profile("About Tarrow: the town voted on Monday to close the mill.")
    False
    """
    match = _ABOUT_PROFILE.fullmatch(line)
    if match is None:
        return False
    profile = match["profile"]
    return (
        profile.startswith(match["name"].split()[0]) or _PROFILE_OPENING.match(profile) is not None
    )


# -- the rules ---------------------------------------------------------------------------------

#: A publication's note on how it is published, no event: a subject, a passive verb of
#: publishing and how often ("Statements of the Board are published eight times a year", "The
#: index is published on the third Tuesday of each month."), on what ("Hearth & Home is printed
#: on recycled paper."), by whom and to whom ("The Quad Weekly is sent by the Office of
#: Communications to all staff and students.", "Transcript issued by Tasman Rail.": a subject
#: of a word or two may stand without its "is").
_PUBLISHING_VERBS = (
    r"(?:published|issued|released|announced|updated|revised|compiled|printed|sent|e-?mailed"
    r"|mailed|distributed|circulated|delivered|produced)"
)
_HOW_OFTEN = (
    r"(?:\s+(?:on\s+the\s+\w+\s+\w+\s+of\s+)?(?:each|every)\s+\w+"
    r"|\s+(?:monthly|weekly|quarterly|annually|yearly|daily|fortnightly)"
    r"|\s+(?:\w+\s+)?(?:times|twice|once)\s+a\s+(?:year|month|week|day)"
    r"|\s+\w+\s+\w+\s+after\s+each\s+\w+)"
)
#: whom it goes to: "to all staff and students", "free to every household in the valley", "to
#: 4,000 homes" (no time clause: "to every home before the vote" is the story's)
_AUDIENCE = (
    r"\s+(?:free\s+)?to\s+(?:all|every|each|\d[\d,]*)\s+"
    r"(?:(?!(?:before|after|during|until|since|when|while|if)\b)[\w'’,-]+\s*){1,7}?"
)
_SCHEDULE_NOTE = re.compile(
    r"(?:(?P<subject>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,6}?)\s+(?:is|are)"
    r"|(?P<bare>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+)?))\s+"
    rf"(?P<verb>{_PUBLISHING_VERBS})"
    rf"(?:{_HOW_OFTEN}(?:\s+by\s+the\s+[A-Z][\w'’ -]{{0,40}}|,\s+in\s+[A-Z]\w+\s+and\s+[A-Z]\w+)?"
    r"|\s+on\s+(?:[\w-]+\s+){0,2}paper"
    r"|(?:\s+by\s+(?:the\s+|an?\s+)?(?:[A-Z][\w&'’.-]*|of|and|for|the|\s)+?"
    r"|\s+by\s+volunteers(?:\s+at\s+(?:the\s+)?[\w\s'’-]{1,30}?)?)?"
    rf"(?:{_AUDIENCE})?(?:{_HOW_OFTEN})?)\s*\.?"
)


def is_schedule_note(line: str) -> bool:
    """A publication's note on how it is published, no event: its subject holds no verb ("The
    bank said its minutes are published ..." is a sentence of the story), and something follows
    its verb (how often, on what, by whom, to whom).

    >>> is_schedule_note("Rate decisions are announced eight times a year.")
    True
    >>> is_schedule_note("The bank said its minutes are published two weeks after each decision.")
    False
    >>> is_schedule_note("The Quad Weekly is sent by the Office of Communications to all staff.")
    True
    >>> is_schedule_note("The bulletin was sent by the ministry to all doctors on Monday.")
    False
    >>> is_schedule_note("The index is published.")
    False
    """
    found = _SCHEDULE_NOTE.fullmatch(line)
    if found is None:
        return False
    subject = found["subject"] or found["bare"]
    if not line[found.end("verb") :].strip(" ."):
        return False  # the verb alone ("The index is published.") says nothing about how
    return "no verb" in shape_cues(subject)


#: A report's period under its label, the days it covers and no clause (stop 38): "Period
#: covered: 10–16 March 1997", "Reporting period: 3–9 June 2019", "Period under review:
#: January to March 1998" (the days are the report's span, no event and no day published).
_PERIOD_FIELD = re.compile(
    r"(?:(?:Reporting|Review|Report)\s+[Pp]eriod|Period)"
    r"(?:\s+(?:covered|under\s+review|of\s+(?:the\s+)?report))?\s*:\s+(?P<days>[^\n.!?;]{3,60})"
)


def is_period_field(line: str) -> bool:
    """A report's period under its label (`_PERIOD_FIELD`): its days, a figure among them, no
    verb.

    >>> is_period_field("Period covered: 10–16 March 1997")
    True
    >>> is_period_field("Period covered: the floods closed 40 schools")
    False
    """
    found = _PERIOD_FIELD.fullmatch(line.strip())
    return (
        found is not None
        and any(char.isdigit() for char in found["days"])
        and "no verb" in shape_cues(found["days"])
    )


#: A release's line on its own disclosure, its clock or day after it (stop 47): "This
#: information was submitted for publication at 08.00 CET.", "The information was submitted for
#: publication, through the contact person above, at 07.30 on 3 May 2024."
_DISCLOSURE = re.compile(
    r"(?:This|The)\s+information\s+(?:was|is|has\s+been)\s+(?:submitted|released|provided)"
    r"\s+for\s+publication\b[^\n]{0,160}"
)


RELEASE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "disclosure note",
        FurnitureKind.PROMO,
        lambda line: _DISCLOSURE.fullmatch(line) is not None,
        (
            "This information was submitted for publication at 08.00 CET.",
            "The information was submitted for publication, through the contact person above, "
            "at 07.30 on 3 May 2024.",
        ),
    ),
    LineRule(
        "period field",
        FurnitureKind.PROMO,
        is_period_field,
        ("Period covered: 10–16 March 1997", "Reporting period: 3–9 June 2019"),
    ),
    LineRule(
        "about profile",
        FurnitureKind.PROMO,
        is_about_profile,
        (
            "About Harbour Ferries: Harbour Ferries links the islands with the mainland.",
            "About Kestrel Data Inc.: Founded in 2004, the firm builds tide gauges.",
        ),
    ),
    LineRule(
        "schedule note",
        FurnitureKind.PROMO,
        is_schedule_note,
        (
            "Statements of the Board are published eight times a year",
            "This release is issued monthly.",
        ),
    ),
    LineRule(
        "embargo",
        FurnitureKind.BYLINE,  # its date is the release's publication date
        is_embargo_line,
        (
            "EMBARGOED UNTIL 00:01 GMT, WEDNESDAY 9 APRIL 2025",
            "Embargoed until 00:01 BST, Thursday 12 June 2025",
            "Not for publication before 10.00 on 3 May 2024",
        ),
    ),
    LineRule(
        "issue line",
        FurnitureKind.BYLINE,  # its date is the release's publication date
        is_issue_line,
        (
            "Issued in Tarrow by the Harbour Trust on 8 March 2019.",
            "Released by the Ministry of Fisheries on Tuesday, 4 June 2024",
            "Issued on 12/03/2021",
            "Issued at Tarrow, 3rd May, 1965.",
        ),
    ),
)
