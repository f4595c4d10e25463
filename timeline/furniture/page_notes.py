"""A page's notes on itself and its calls to its reader, not the story: a newsletter's or a
membership's appeal, a disclosure of what the page earns or who paid for the reporting, the note
on where and when the story first ran, an archive's note in brackets (a copyright notice, a
citation line and a programme's credits are `timeline.furniture.notice_lines`, a release's and a
wire's lines `timeline.furniture.release_lines`, a newsletter's
`timeline.furniture.newsletter_lines`). Each rule is one unit with its examples (`NOTE_RULES`, read
by `timeline.furniture` before its own table); their words are in `timeline/data/`, and none names
an outlet, an organisation or a person.

    >>> is_reader_appeal("Get our Harbour Week newsletter every Monday morning.")
    True
    >>> is_reader_appeal("Support for the plan fell among members, a poll found.")
    False

The edition note's date is the story's publication date: it is furniture of the byline's kind,
a stamp `timeline.published` reads among the last lines.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, phrase_search
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.notice_lines import NOTICE_RULES
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import word_list

__all__ = [
    "CORRECT_AT_RE",
    "FULL_DATE",
    "NOTE_RULES",
    "PREPARED_BY",
    "is_archive_note",
    "is_attendance_line",
    "is_checked_note",
    "is_disclosure",
    "is_edition_stamp",
    "is_full_text_pointer",
    "is_prepared_line",
    "is_reader_appeal",
]

_MONTH = rf"(?:{alternatives(tuple(MONTHS))})\.?"
#: A date with its year, "June 4, 2021", "4th of June 2021", "04/06/2021" (read here and by
#: `timeline.furniture.release_lines`).
FULL_DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d\b"
)


def _first_sentence(line: str) -> str:
    end = re.search(r"[.!?](?:\s|$)", line)
    return line if end is None else line[: end.end()]


# -- a call to the reader -------------------------------------------------------------------

#: "Get our <name> newsletter every Sunday evening.", "Receive the morning briefing newsletter";
#: a briefing or a bulletin with when it is sent, "Get the <name> briefing every weekday at 6am".
_NEWSLETTER = re.compile(
    r"(?:Get|Receive|Sign\s+up\s+(?:for|to)|Subscribe\s+to|Join)\s+(?:our|the)\s"
    r"[^\n]{0,80}?\b(?:newsletters?\b[^\n]{0,120}|(?i:briefing|brief|bulletin|digest)s?\b[^\n]{0,40}?"
    r"\b(?:every|each|daily|weekly|in\s+your\s+inbox)\b[^\n]{0,80})"
)


#: A call to take the page's mail without naming it a newsletter: "Get the week's deals in your
#: inbox every Sunday. Subscribe", "We'll send you a digest email every morning."
_INBOX = re.compile(
    r"(?:Get|Receive)\s+(?:our|the)\s[^\n]{0,80}?\bin\s+your\s+inbox\b[^\n]{0,100}"
    r"|We['’]ll\s+send\s+you\s+(?:an?\s+)?[^\n]{0,60}?\b(?:e-?mail|newsletter|digest|briefing)\b"
    r"[^\n]{0,120}"
)


@cache
def _membership() -> re.Pattern[str]:
    # the journalism to support, then the call: "Support independent journalism in Lisbon –
    # become a member from EUR 5 a month."
    calls = alternatives(word_list("membership_calls.txt"))
    return re.compile(
        r"(?:Support|Help\s+(?:us\s+)?(?:fund|support|sustain|keep))\b[^\n]{0,100}?"
        r"\b(?:journalism|reporting|newsroom|news)\b[^\n]{0,40}?(?:[:–—,.]|\s-)\s*"
        rf"(?i:{calls})\b[^\n]{{0,100}}"
        # what the journalism rests on (stop 50): "Our journalism relies on readers like you."
        r"|Our\s+(?:journalism|reporting|newsroom|work)\s+(?:relies|depends)\s+on\s+"
        r"(?:readers|you|supporters|members|subscribers)\b[^\n]{0,100}"
    )


def is_reader_appeal(line: str) -> bool:
    """A call to the reader to take a newsletter or to pay for the journalism.

    >>> is_reader_appeal("Support local reporting in Tarrow – become a member from $5 a month.")
    True
    >>> is_reader_appeal("Get the newsletter out on time, the editor told her staff.")
    False
    """
    # Past forms only, not `kinds.SAID`: an appeal may write "says" itself ("Our editor says:
    # sign up today"), where a story's line tells what someone said or told.
    if (
        _NEWSLETTER.fullmatch(line) is not None or _INBOX.fullmatch(line) is not None
    ) and not re.search(r"\b(?:said|told)\b", line):
        return True
    return _membership().fullmatch(line) is not None


# -- a disclosure -----------------------------------------------------------------------------


def _disclosure_phrase() -> re.Pattern[str]:
    return phrase_search("disclosure_phrases.txt")


#: Who paid for the reporting: "Reporting for this piece was funded by a grant from ...", "This
#: series is supported by ...".
_FUNDING = re.compile(
    r"(?:(?:The\s+)?(?:[Rr]eporting|[Rr]esearch|[Tt]ravel|[Cc]overage)\s+for\s+this\s+"
    r"|This\s+(?:reporting\s+|coverage\s+)?)"
    r"(?:piece|story|article|series|reporting|coverage|long\s+read|feature|investigation|"
    r"podcast|episode)\s+"
    r"(?:was|is|has\s+been)\s+(?:(?:partly|partially|jointly)\s+)?(?:funded|supported|paid\s+for|"
    r"made\s+possible|sponsored|produced\s+with\s+(?:the\s+)?(?:support|funding|help))\b"
)


def is_disclosure(line: str) -> bool:
    """A page's disclosure in its first sentence: what it earns from links to shops, where its
    standards are written (in its own voice, "we", "our"), or who paid for the reporting; the
    rest of the line is the disclosure's.

    >>> is_disclosure("If you buy something from a Gadget Ledger link, we may earn a commission.")
    True
    >>> is_disclosure("The study was funded by a grant from the Delta Arts Fund.")
    False
    >>> is_disclosure("The retailer said it would earn a commission on every sale.")
    False
    """
    first = _first_sentence(line)
    if first[:1] in "\"“‘'":
        return False  # a quotation of the story
    if _FUNDING.match(first) is not None:
        return True
    return (
        _disclosure_phrase().search(first) is not None
        and re.search(r"(?i)\b(?:we|our|us)\b", first) is not None
    )


# -- where and when the story ran -------------------------------------------------------------

#: The note on where a story ran first: "This report was first published in the print edition of
#: <paper> on <date>", "A version of this story appeared in <paper> on <date>".
_EDITION = re.compile(
    r"(?i:(?:an?\s+(?:earlier\s+)?version\s+of\s+)?this\s+(?:article|story|report|piece|"
    r"column|feature|interview)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared|appears|ran|printed|broadcast|aired))\b[^\n]{0,200}"
)


#: The page's note on when it was last changed, as a sentence: "This story was last updated at
#: 21:40 EAT on 12/08/2027.", "This page was updated on 3 May 2021."
_UPDATE_NOTE = re.compile(
    r"(?i:this|the)\s+(?i:story|article|report|page|post|piece|blog|live\s+page)\s+"
    r"(?i:was|has\s+been)\s+(?i:last\s+)?(?i:updated|modified|revised|edited)\s+"
    r"(?i:at|on)\s+[^\n]{0,30}?"
    rf"(?i:{FULL_DATE.pattern.removeprefix('(?i)')})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+[A-Z]{2,5})?)?\.?"
)


def is_edition_stamp(line: str) -> bool:
    """The note on where the story ran first, or on when the page was last changed, with the
    day and its year: the day it was published (a stamp, read by `timeline.published` among
    the last lines).

    >>> is_edition_stamp("This report first appeared in the Valley Herald on June 4, 2021.")
    True
    >>> is_edition_stamp("This story was last updated at 09:15 GMT on 14/03/2021.")
    True
    >>> is_edition_stamp("A version of this story appeared in the Gazette on 3 May.")
    False
    >>> is_edition_stamp("The page was updated on 3 May 2021 after the court ruled, she said.")
    False
    """
    written = _EDITION.fullmatch(line) or _UPDATE_NOTE.fullmatch(line)
    return written is not None and FULL_DATE.search(line) is not None


# -- an archive's note -------------------------------------------------------------------------


@cache
def _archive_note() -> re.Pattern[str]:
    openings = alternatives(word_list("archive_notes.txt"))
    # or any desk's labelled note: "[Monitoring note: first reported at 0500 gmt on 7 May.]"
    labelled = r"(?:[A-Za-z'’-]+\s+){1,2}(?i:note)\s*:"
    # the opening may follow a word or two: "[End of transcription. ...]", "[Full text follows]"
    # in round brackets, its label's colon after the opening (stop 38): "(Passage omitted:
    # description of earlier finds)"; a story's aside in brackets has no such label
    return re.compile(
        rf"\[\s*(?:(?:[A-Za-z'’-]+\s+){{0,2}}(?i:{openings})\b|{labelled})[^\[\]\n]{{0,400}}\]"
        rf"|\(\s*(?:(?:[A-Za-z'’-]+\s+){{0,2}}(?i:{openings})\s*:|{labelled})[^()\n]{{0,400}}\)"
    )


def is_archive_note(line: str) -> bool:
    """An archive's or an editor's note on the text, in square brackets alone on its line.

    >>> is_archive_note("[Transcribed from microfilm by the Harbour Heritage Project, 2014]")
    True
    >>> is_archive_note("[Monitoring note: the service first reported the fire on 2 May.]")
    True
    >>> is_archive_note("[End of transcription. Checked against the bound volume, 2011.]")
    True
    >>> is_archive_note("[The minister] said the port would reopen on Monday.")
    False
    >>> is_archive_note("(Passage omitted: description of earlier finds at the site)")
    True
    >>> is_archive_note("(Text of the bill was read on Monday.)")
    False
    """
    return _archive_note().fullmatch(line) is not None


#: A note on the copy itself, no sentence: "Scanned from the Town Library's collection of
#: parish papers, item PP/1921/04.", "Digitised from the county's microfilm, reel 12.",
#: "Transcribed by the monitoring unit, Kisumu. Speaker labels as broadcast."
_COPY_NOTE = re.compile(
    # or fetched from an archive, and when (stop 37): "Downloaded from the Quay Archive, 3 Feb
    # 2019."
    r"(?:Scanned|Digiti[sz]ed|Microfilmed|Transcribed|Retyped|Photographed|Downloaded|Retrieved"
    r"|Accessed)\s+(?:from|by|via)\s+"
    r"[^\n]{0,200}?\b(?i:collection|archives?|microfilm|library|records|holdings|original"
    # or the copy, the volume or the unit it was taken from: "Digitised from bound volume,
    # sheet 5 (image 0412)", "Transcribed by the monitoring unit, Kisumu."
    r"|volume|copy|reel|tape|sheet|frame|file|unit|desk|service)\b"
    r"[^\n]{0,200}"
)


def is_copy_note(line: str) -> bool:
    """An archive's note on where its copy came from, opening with how it was copied, with no
    verb of the story ("Scanned from the records, the letters were sent to Lima." is a
    sentence).

    >>> is_copy_note("Scanned from the Town Library's collection of parish papers, item 4.")
    True
    >>> is_copy_note("Scanned from the records, the letters were sent to Lima in 1902.")
    False
    >>> is_copy_note("Downloaded from the Quay Historical Archive, 03 Feb 2019.")
    True
    """
    return _COPY_NOTE.fullmatch(line) is not None and "no verb" in shape_cues(line)


# -- the rules ---------------------------------------------------------------------------------

#: A note telling the day a publication's facts were last checked, a sentence by itself with no
#: verb of its own: "Information correct at 14 October 1999.", "Details correct as at 18 May
#: 2011.", "All prices correct at time of going to press, 2 March 2015." ("The figures were
#: correct at ..." is a sentence of the story). Its day is the publication's
#: (`timeline.published.foot_days`).
CORRECT_AT_RE = re.compile(
    r"(?i)(?<![\w,] )\b(?:(?!(?:is|are|was|were|be|been|remain|remains)\b)[a-z]+\s+){0,3}"
    r"correct\s+(?:at|as\s+at|as\s+of|on)\s+(?:the\s+)?"
    r"(?:time\s+of\s+(?:going\s+to\s+)?(?:print(?:ing)?|press(?:ing)?))?,?\s*[^.\n]{4,40}\.(?=\s|$)"
)


def is_checked_note(line: str) -> bool:
    """A note on the day a publication's facts were checked, its date with its year.

    >>> is_checked_note("Information correct at 14 October 1999.")
    True
    >>> is_checked_note("The figures were correct at 3 June 2004.")
    False
    """
    found = CORRECT_AT_RE.fullmatch(line.strip())
    return found is not None and FULL_DATE.search(line) is not None


#: The words of a record's line telling who drew it up: "Prepared by", "Compiled by".
PREPARED_BY = r"(?:prepared|compiled)\s+by"
#: A record's line telling who drew it up and when, the date closing it: "Prepared by the Clerk,
#: January 14th, 1958.", "Compiled by the Town Clerk, 9 October 1971." (its day is the record's).
_PREPARED_LINE_RE = re.compile(
    rf"(?i:{PREPARED_BY})\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[a-z]{{1,3}}\s+)?[A-Z][\w'’.-]*){{0,4}}"
    r",\s+(?P<date>[^\n]{6,30}?)\.?"
)


def is_prepared_line(line: str) -> bool:
    """A record's line telling who drew it up and when, no sentence of the story.

    >>> is_prepared_line("Prepared by the Clerk, January 14th, 1958.")
    True
    >>> is_prepared_line("Prepared by the clerk on Monday, the plan was approved on Tuesday.")
    False
    """
    found = _PREPARED_LINE_RE.fullmatch(line.strip())
    return found is not None and FULL_DATE.fullmatch(found["date"]) is not None


#: A record's line of who attended, its label and the names after it, no verb of their own:
#: "Present: His Worship the Mayor (in the chair) and Councillors Lee, Roe and Kim.",
#: "Apologies for absence: Councillor Ames.", "In attendance: the Town Clerk".
_ATTENDANCE = re.compile(
    r"(?:(?:Also\s+)?[Pp]resent|In\s+attendance|Apologies(?:\s+for\s+absence)?|Absent|Regrets)"
    r"\s*:\s+(?P<names>[^\n]{3,300})"
)


def is_attendance_line(line: str) -> bool:
    """A record's line of who attended or sent apologies.

    >>> is_attendance_line("Present: the Mayor (in the chair) and Councillors Lee, Roe and Kim.")
    True
    >>> is_attendance_line("Present: the council voted to close the pier on Monday.")
    False
    """
    found = _ATTENDANCE.fullmatch(line.strip())
    return found is not None and "no verb" in shape_cues(found["names"])


#: A note on where the full record may be read, no event: "The full minutes may be read at the
#: Town Hall during office hours.", "The complete report can be seen at the library."
_FULL_TEXT_POINTER = re.compile(
    r"(?:The\s+)?(?:full|complete)\s+(?:[\w'’-]+\s+){1,3}(?:may|can)\s+be\s+"
    r"(?:read|seen|inspected|consulted|obtained|downloaded|found|viewed)\s+"
    r"(?:at|on|from|in)\s+[^\n.]{2,80}\."
)


def is_full_text_pointer(line: str) -> bool:
    """A pointer to where the full text of the record may be read.

    >>> is_full_text_pointer("The full minutes may be read at the Town Hall during office hours.")
    True
    >>> is_full_text_pointer("The full council may be asked to vote at its meeting on Monday.")
    False
    """
    return _FULL_TEXT_POINTER.fullmatch(line.strip()) is not None


NOTE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "attendance",
        FurnitureKind.CREDIT,
        is_attendance_line,
        ("Present: the Mayor (in the chair) and Councillors Lee, Roe and Kim.",),
    ),
    LineRule(
        "full text pointer",
        FurnitureKind.PROMO,
        is_full_text_pointer,
        ("The full minutes may be read at the Town Hall during office hours.",),
    ),
    LineRule(
        "checked note",
        FurnitureKind.BYLINE,  # its day is the publication's
        is_checked_note,
        ("Information correct at 14 October 1999.", "Details correct as at 18 May 2011."),
    ),
    LineRule(
        "prepared line",
        FurnitureKind.BYLINE,  # its day is the record's
        is_prepared_line,
        ("Prepared by the Clerk, January 14th, 1958.", "Compiled by the Town Clerk, 9 May 1971."),
    ),
    LineRule(
        "appeal",
        FurnitureKind.PROMO,
        is_reader_appeal,
        (
            "Get our Harbour Week newsletter every Monday morning.",
            "Support independent English-language journalism in Lisbon – become a member "
            "from EUR 5 a month.",
            "Help fund local news: donate to the Tarrow Post today.",
            "Get the Tarrow Business briefing every weekday at 7am.",
            "Get the Wool Brief in your inbox every Friday at 6 a.m. Sign up here.",
            "Get the week's harbour news in your inbox every Sunday. Subscribe",
            "We'll send you a Daily Digest email with the latest farm news every morning.",
            "Support independent journalism. Donate today.",
            "Our journalism relies on readers like you.",
        ),
    ),
    LineRule(
        "disclosure",
        FurnitureKind.PROMO,
        is_disclosure,
        (
            "If you buy something from a Gadget Ledger link, we may earn a commission. "
            "See our ethics statement.",
            "See our ethics statement.",
            "Reporting for this piece was funded by a grant from the Delta Arts Fund. "
            "Comments are closed.",
            "This series is supported by the Coastal Reporting Trust.",
        ),
    ),
    LineRule(
        "edition stamp",
        FurnitureKind.BYLINE,  # its date is the day the story was published
        is_edition_stamp,
        (
            "This report was first published in the print edition of The Valley Herald on "
            "Friday, June 4, 2021.",
            "This story originally appeared in the Tarrow Post on 12 March 2019.",
            "This article was last updated at 18:05 CET on 02/11/2022.",
        ),
    ),
    LineRule(
        "archive note",
        FurnitureKind.CREDIT,
        lambda line: is_archive_note(line) or is_copy_note(line),
        (
            "[Transcribed from microfilm by the Harbour Heritage Project, 2014]",
            "[Digitised by the county library, 2009. Spelling as in the original.]",
            "Scanned from the Town Library's collection of parish papers, item PP/1921/04.",
        ),
    ),
    *NOTICE_RULES,  # a copyright notice, a study's reference, a citation
)
