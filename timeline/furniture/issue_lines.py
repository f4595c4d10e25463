"""An issue's own lines around its story, not the story (stop 36): a newsletter's or a
bulletin's greeting and the line telling what the issue holds ("Good morning from Tarrow.",
"Good morning. Today in 4 minutes: fares, the quay, and the weather."), a journal's running
head and the reference of its own item ("1172  December 2016, Vol. 106, No. 12  HR", "Harbour
Review 2016;106(12):1172-1173."), and an archive copy's note on where it was scanned from
("Archive scan: Wire English service, reel 1965/44. Photo not available."). `ISSUE_RULES` is
read by `timeline.furniture.line_rules`; none names an outlet, a journal or a place.

    >>> is_greeting_line("Good morning from Tarrow."), is_greeting_line("Good morning, Jo said.")
    (True, False)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule
from timeline.furniture.line_shape import shape_cues
from timeline.temporal import tag
from timeline.wordlists import word_list

__all__ = [
    "ISSUE_RULES",
    "RUNNING_HEAD_RULE",
    "is_archive_copy_note",
    "is_greeting_line",
    "is_journal_reference",
    "is_page_head",
    "is_page_pointer",
    "is_running_head",
    "is_summary_line",
    "jump_heads",
]

#: A writer's greeting to the reader, alone as a sentence: "Good morning.", "Good evening from
#: Tarrow.", "Hello from the quay!", "Good morning, and welcome back.", "Welcome to the
#: Thursday edition." (a greeting in a story is quoted or said by someone: "Good morning,"
#: she said, is none).
_GREETING = re.compile(
    r"(?:Good\s+(?:morning|afternoon|evening|day)|Hello|Hi|Greetings|Welcome(?:\s+back)?)"
    r"(?:,?\s+(?:everyone|all|readers|again))?"
    r"(?:\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    # or from the writer's own room, "Hello from the desk." (stop 38)
    r"|\s+from\s+(?:the|our)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?"
    r"(?:,?\s+(?:and\s+)?welcome(?:\s+back)?)?"
    r"(?:\s+to\s+(?:the\s+|this\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4})?[.!]"
)
#: What the issue holds, after its greeting or alone: "Today in 4 minutes: fares, the quay and
#: the weather.", "In this issue: ...", "In today's briefing: ...", "Inside this week: ...".
_CONTENTS = re.compile(
    r"(?:(?:Today|This\s+week|This\s+morning|Tonight)(?:['’]s\s+\w+)?\s+in\s+\d{1,2}\s+"
    r"(?i:minutes?|mins?)"
    r"|In\s+(?:this|today['’]s|this\s+week['’]s|tonight['’]s)\s+"
    r"(?i:issue|edition|briefing|newsletter|letter|digest|bulletin|episode)"
    r"|Inside\s+(?:this\s+(?:issue|edition|week)|today))"
    r"\s*:\s+[^\n]{3,200}"
)
#: What the issue tells, after its greeting (stop 38): "Here's what happened on the coast this
#: week.", "Here's what you need to know today.", "Here's what moved oil this week, and what to
#: watch next." (no figure: a day named in it would be an event's).
_TEASER = re.compile(r"Here['’]s\s+(?:what|who|how|everything|all)\s[^\n\d.!?:]{3,120}[.!:]")
#: Where the sentences of a greeting's line part.
_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def is_greeting_line(line: str) -> bool:
    """A greeting to the reader, alone or with the line of what the issue holds after it:
    no event, though "Today" opens its list.

    >>> is_greeting_line("Good morning. Today in 4 minutes: fares, the quay, and the weather.")
    True
    >>> is_greeting_line("Good morning. The first results came in overnight from the coast.")
    False
    >>> is_greeting_line("In this issue: the new pilotage fees, and who pays them.")
    True
    >>> is_greeting_line("Good morning. Here's what happened at the quay this week.")
    True
    >>> is_greeting_line("Here's what happened at the quay this week.")
    False
    >>> is_greeting_line("Good morning. Here's what happened at the quay on 3 May.")
    False
    """
    sentences = _SENTENCE_BREAK.split(line.strip())
    greeting = _GREETING.fullmatch(sentences[0]) is not None
    rest = sentences[1:] if greeting else sentences
    if greeting and len(rest) == 1 and _TEASER.fullmatch(rest[0]) is not None:
        return True  # a teaser counts after its greeting only: alone, it may open a story's list
    return (greeting and not rest) or (
        len(rest) == 1 and _CONTENTS.fullmatch(" ".join(rest)) is not None
    )


#: A journal's volume and number: "Vol. 106, No. 12", "Vol 41 No 3", "Volume 7, Issue 2".
_VOLUME = re.compile(
    r"\b(?:Vol\.?|Volume)\s*\d{1,4}[,;]?\s+(?:No\.?|Number|Issue)\s*\d{1,4}\b", re.IGNORECASE
)
#: The longest running head.
RUNNING_HEAD_CHARS = 120


def is_running_head(line: str) -> bool:
    """A journal's or a magazine's running head: its page, the issue's month and its volume and
    number, the title's letters, with no verb: "1172  December 2016, Vol. 106, No. 12  HR".

    >>> is_running_head("1172     December 2016, Vol. 106, No. 12     HR")
    True
    >>> is_running_head("Vol. 3, No. 2 of the review was pulped on Monday, its editor said.")
    False
    """
    return (
        len(line) <= RUNNING_HEAD_CHARS
        and _VOLUME.search(line) is not None
        and not line.rstrip().endswith((".", "!", "?"))
        and "no verb" in shape_cues(line)
    )


#: A reference as journals print their own items': the title's words, the year, its volume,
#: its number in brackets and its pages, "Harbour Review 2016;106(12):1172-1173."
_JOURNAL_REFERENCE = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+){1,8}(?:19|20)\d\d\s*;\s*\d{1,4}\s*(?:\(\s*[\w-]{1,8}\s*\))?"
    r"\s*:\s*[A-Z]?\d{1,6}(?:\s*[-–]\s*[A-Z]?\d{1,6})?\.?"
)


def is_journal_reference(line: str) -> bool:
    """The reference of a journal's own item, alone on its line.

    >>> is_journal_reference("Harbour Review 2016;106(12):1172-1173.")
    True
    >>> is_journal_reference("The Harbour Review raised its price in 2016.")
    False
    """
    return _JOURNAL_REFERENCE.fullmatch(line.strip()) is not None


#: An archive's note on the copy it holds: its label, a copy's kind and where it sits (a reel,
#: a box, a frame, a folio): "Archive scan: Wire English service, reel 1965/44.", "Microfilm
#: copy: Tarrow Library, reel 112, frame 40."; then notes on what the copy lacks, "Photo not
#: available."
_ARCHIVE_COPY = re.compile(
    r"(?:Archive|Archival|Library|Microfilm|Microfiche|Digiti[sz]ed|Scanned)"
    r"(?:\s+(?:scan|copy|print|source|reel|file|record))?\s*:\s*[^\n]{0,100}?"
    r"\b(?i:reel|roll|box|frame|folio|fiche|film|shelfmark|accession|folder)\b\s*(?:No\.?\s*)?[\w/.-]+"
    r"[^\n.]{0,60}\.?"
    r"(?:\s+(?:[A-Z][\w'’-]*\s+)?(?:photo|photograph|picture|image|illustration|page|text)s?"
    r"\s+(?:not\s+available|missing|illegible|omitted)\.?)?"
)


def is_archive_copy_note(line: str) -> bool:
    """An archive's note on the copy of the story it holds.

    >>> is_archive_copy_note("Archive scan: Wire service, reel 1965/44. Photo not available.")
    True
    >>> is_archive_copy_note("Archive: the reel of film was found in a box on Monday, she said.")
    False
    """
    return (
        _ARCHIVE_COPY.fullmatch(line.strip()) is not None
        and re.search(rf"\b(?:{SAID})\b", line) is None
    )


@cache
def _summary_line() -> re.Pattern[str]:
    # only the headings that name a summary ("Summary", "Key points"): one with a function word
    # is a phrase a live page runs its news into ("What we know: ...", "The big picture: ...")
    small = {word.lower() for word in word_list("function_words.txt")}
    names = tuple(
        label
        for label in word_list("summary_headings.txt")
        if not small & set(label.lower().split())
    )
    return re.compile(rf"(?i:{alternatives(names)})\s*:\s+[A-Z][^\n]{{20,300}}")


def is_summary_line(line: str) -> bool:
    """A summary of the story under its label, run into its line (`data/summary_headings.txt`):
    the story tells it again below, so it is no event of its own.

    >>> is_summary_line("Summary: The lender's profit rose 24% in the quarter; its bad loans fell.")
    True
    >>> is_summary_line("Summary judgment was granted on Monday.")
    False
    >>> is_summary_line("What we know: The ferry sank off Tarrow on Monday with 40 aboard.")
    False
    """
    return _summary_line().fullmatch(line.strip()) is not None


ISSUE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "greeting",
        FurnitureKind.PROMO,
        is_greeting_line,
        (
            "Good morning from Tarrow.",
            "Good evening, and welcome back.",
            "Good morning. Today in 4 minutes: fares, the quay, and the weather.",
            "Good morning. Here's what happened on the coast this week.",
            "Inside this issue: the ferrymen who still row the estuary.",
        ),
    ),
    LineRule(
        "summary",
        FurnitureKind.PROMO,
        is_summary_line,
        ("Summary: The lender's profit rose 24% in the quarter; its bad loans fell to 2.9%.",),
    ),
    LineRule(
        "archive copy",
        FurnitureKind.CREDIT,
        is_archive_copy_note,
        (
            "Archive scan: Wire English service, reel 1965/44. Photo not available.",
            "Microfilm copy: Tarrow Library, reel 112, frame 40.",
        ),
    ),
)

#: Read after the stamps' rule, which takes a head line with a full date ("Vol. 41, No. 22 ·
#: 3 June 1987") as the page's stamp first.
RUNNING_HEAD_RULE = LineRule(
    "running head",
    FurnitureKind.CREDIT,
    lambda line: is_running_head(line) or is_journal_reference(line),
    ("1172     December 2016, Vol. 106, No. 12     HR", "Harbour Review 2016;106(12):1172-1173."),
)


#: A pointer to another page of the paper, its story's or other items' (stop 33, widened in stop
#: 38): "Tide tables for the week are on Page 22.", "See FLOOD, Page 6-A", "Other parish notes
#: will be found on Page Six.", "(Other harbour news, Page 14.)"; the page in figures or a word
#: and in capitals, as print sets it, its column after it. What it points to may run longer when
#: it has no verb ("Fair prices in full, with the reports from the marts, on Page 6.").
_PAGE_POINTER = re.compile(
    r"\(?(?P<what>[^\n.!?()]{0,100}\s)?Page\s+(?:[A-Z]?\d{1,3}(?:-?[A-Z])?|[A-Z][a-z]{2,9})"
    r"(?:,?\s+Col(?:umn|\.)?\s*\d{1,2})?\.?\)?\.?"
    # a pointer of a few words on the page's own line, in small letters too: "— continued on
    # page 3 —", "More on page 342 >" (a teletext page's)
    r"|(?:[-–—]+\s*)?(?i:(?:continued|story\s+continues|more|see|turn\s+to)(?:\s+(?:on|from))?)"
    r"\s+(?i:page)\s+\d{1,3}(?:-?[A-Z])?(?:\s*[-–—>»›]+)?"
)
#: The longest words before a pointer's page when they hold a verb: "Tide tables for the week
#: are on" (a longer line with its verb is a story's sentence: "Our chief executive, Jo Lee,
#: explains the thinking on page 4.").
POINTER_WORDS_CHARS = 50


def is_page_pointer(line: str) -> bool:
    """A pointer to another page (`_PAGE_POINTER`) that names no day: a day in it is an event's
    the story tells ("The notice, dated Monday, is on Page 6.").

    >>> is_page_pointer("Fair prices in full, with the reports from Tarrow and Leith, on Page 6.")
    True
    >>> is_page_pointer("The notice, published on Monday, appeared on Page 6.")
    False
    >>> is_page_pointer("Our chief executive, Jo Lee, explains the thinking on page 4.")
    False
    >>> is_page_pointer("— continued on page 3 —"), is_page_pointer("The page was turned.")
    (True, False)
    """
    found = _PAGE_POINTER.fullmatch(line)
    if found is None:
        return False
    what = found["what"] or ""
    if len(what) > POINTER_WORDS_CHARS and "no verb" not in shape_cues(what):
        return False
    return not any(timex.type in ("DATE", "TIME") for timex in tag(line, None))


#: A page's running head on a document of several pages, no sentence (stop 38): its title and
#: the page, "Quay Board press release 14.06.96 - page 2", "-- page 2 of 2 --"; or a
#: continuation's mark before or after its reference, "(continued) 14/2014 Quay Foundation".
_PAGE_HEAD = re.compile(
    r"(?:[-–—]+\s*)?(?:[^\n!?]{1,80}\s[-–—|·]\s*)?(?i:page|p\.)\s*\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?"
    r"(?:\s*[-–—]+)?"
    r"|\((?i:continued|cont['’]d|cont\.)\)\s+[^\n.!?]{1,80}|[^\n.!?]{1,80}\s\((?i:continued|cont['’]d)\)"
)
#: The longest running head.
PAGE_HEAD_CHARS = 100


def is_page_head(line: str) -> bool:
    """A page's running head or a continuation's mark (`_PAGE_HEAD`), no verb.

    >>> is_page_head("Quay Board release 14.06.96 - page 2"), is_page_head("-- page 2 of 2 --")
    (True, True)
    >>> is_page_head("(continued) 14/2014 Quay Foundation")
    True
    >>> is_page_head("(continued) The board met on Monday and voted to close the quay")
    False
    """
    if len(line) > PAGE_HEAD_CHARS or _PAGE_HEAD.fullmatch(line.strip()) is None:
        return False
    return "no verb" in shape_cues(_CONTINUED.sub(" ", line))  # the mark's "-ed" is no verb


#: A continuation's mark: "(continued)", "(cont'd)".
_CONTINUED = re.compile(r"\((?i:continued|cont['’]d|cont\.)\)")


#: A jump's head over its pointer back to the page its story started on: "FLOOD: Quay may
#: reopen by Sunday" over "(Continued from Page 1-A)", "Continued from page 3", "From Page 1".
_JUMP = re.compile(
    r"^[ \t]*(?P<head>[^\n]*[^\s.!?])[ \t]*\n[ \t]*"
    r"\(?(?:(?i:continued)\s+)?(?i:from)\s+(?i:page)\s+[A-Z]?\d{1,3}(?:-?[A-Z])?\)?\.?[ \t]*$",
    re.MULTILINE,
)
_FROM_PAGE = re.compile(r"(?i:from)\s+(?i:page)\s")
#: The most words of a jump's head.
JUMP_HEAD_WORDS = 14


def jump_heads(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each jump's head: the line right over a pointer back to the page its
    story started on, no sentence (no stop closing it): the story's own headline set again
    where it goes on, no event (stop 36).

    >>> text = "It rained.\\n\\nFLOOD: Quay may reopen by Sunday\\n(Continued from Page 1-A)"
    >>> [text[start:end] for start, end in jump_heads(text + "\\n\\nIt did.")]
    ['FLOOD: Quay may reopen by Sunday']
    >>> jump_heads("The quay reopened on Sunday.\\n(Continued from Page 1-A)")
    []
    """
    if _FROM_PAGE.search(text) is None:  # one pass over a text with no jump
        return []
    return [
        match.span("head")
        for match in _JUMP.finditer(text)
        if len(match["head"].split()) <= JUMP_HEAD_WORDS
    ]
