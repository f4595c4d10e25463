"""A page's notes on where its story came from and what became of it, and its writer's note on
themself: a reprint's or a syndicate's line ("Reprinted with permission from ...", "This article
is republished from ... under a Creative Commons license."), a note on the page's history
("Updated at 3:42 p.m. on March 4 with comment from the mayor.", "Correction appended March 5",
"Published in the March 4, 2025 print edition", "Originally aired March 4, 2025"), a gallery's
counter ("Image 1 of 12: ..."), and a writer's bio ("Ana Ruiz is a reporter who covers the
harbour for the Valley Courier."). Read by `timeline.furniture` in its table of rules
(`PROVENANCE_RULES`, stop 34); each rule is one unit with its examples, none names an outlet.

    >>> is_reprint_line("Reprinted with permission from the Tarrow Post.")
    True
    >>> is_writer_bio("Ana Ruiz is a freelance journalist based in Lima.")
    True
    >>> is_writer_bio("Ana Ruiz is a freelance journalist who was detained on Monday.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, is_undated
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.temporal import tag
from timeline.wordlists import word_list

__all__ = [
    "CUTTING_RE",
    "PROVENANCE_RULES",
    "is_gallery_counter",
    "is_history_note",
    "is_reprint_line",
    "is_writer_bio",
]

#: The most characters of a note or a bio: a longer paragraph is the story's.
NOTE_CHARS = 300

#: A reprint's or a syndicate's line: the permission it was printed under, the licence it was
#: republished under, the syndicate that distributes it (with its company's suffix: "Distributed
#: by volunteers, the parcels ..." is the story's).
_REPRINT = re.compile(
    r"[*_(\[]?(?:"
    r"(?:Reprinted|Republished|Reproduced|Excerpted)\s+(?:(?:with|by)\s+(?:kind\s+)?permission"
    r"|from\s+[\"“‘A-Z])"
    r"|This\s+(?:article|story|piece|report|post|essay|column|interview)\s+(?:is|was|has\s+been)"
    r"\s+(?:republished|reprinted|reproduced|syndicated|excerpted|shared)\s+(?:from|with|by|under|here)"
    r"|Distributed\s+by\s+[A-Z][^\n,]{0,60}?(?:,?\s+(?:LLC|Inc\.?|Ltd\.?|Agency|Syndicate|Services))"
    r")[^\n]*"
)

#: A note on the page's own history: the verb that changed it, when, and what it added ("Updated
#: at 3:42 p.m. on March 4 with comment from the mayor."); an appended correction; the print
#: edition it ran in; a record's archived copy.
_HISTORY = re.compile(
    r"[*_(\[]?(?:"
    r"(?:Updated|Corrected|Amended|Revised)(?:\s+(?:at|on)\s+[^\n]{1,40}?)?\s+"
    r"(?:with|to\s+(?:include|add|reflect|correct|clarify|remove|update|note|show|fix))\s"
    r"|(?:Correction|Clarification|Update|Editor['’]s\s+note)s?\s+(?:appended|added)\b"
    r"|(?:Published|Printed|Appeared|Ran|Appears)\s+in\s+(?:the\s+)?[^\n]{0,40}?"
    r"\b(?i:print\s+edition)\b"
    r"|Archived\s+from\s+the\s+original\s+on\s"
    r")[^\n]*"
)

#: A broadcast's or a post's first day, alone: "Originally aired March 4, 2025", "First
#: broadcast 4 March 2025 on Coast Tonight" ("First broadcast in 1985, the show returns ..." is
#: the story's: no clause after the day).
_FIRST_AIRED = re.compile(
    r"[*_(\[]?(?:Originally|First)\s+(?:aired|broadcast|screened|transmitted|posted)"
    r"(?:\s+(?:on|at))?\s+(?:[A-Z][a-z]{2,8}\.?,\s*)?[^\n,]{0,20}\d[^\n,]{0,24}?(?:,\s*\d{4})?"
    r"(?:\s+(?:on|by|in)\s+[A-Z][^\n,.]{0,40})?[.)\]*_]?"
)

#: A cutting's line naming the paper it was cut from, its day and its page: "From THE QUAY
#: WEEKLY, August 14, 1973, page 22" (stop 50; its day, the paper's, is read by
#: `timeline.published.source_notes.source_day`).
CUTTING_RE = re.compile(
    r"\s*[(\[]?\s*From\s+(?:the\s+)?[A-Z][^\n,]{1,60},\s+[^\n,]{3,20}(?:,\s*\d{4})?,\s+"
    r"(?:[Pp]age|p\.)\s*\d{1,3}[)\].]?\s*"
)

#: A gallery's counter over a photo's caption: "Image 1 of 12: ...", "Photo 3/8", "1 of 12".
_GALLERY = re.compile(
    r"(?:(?i:image|photo|picture|slide|photograph|gallery)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|\(?\d{1,3}\s*(?:of|/)\s*\d{1,3}\)?(?=\s*(?:$|[:|–—]\s)))(?:\s*[:|.)–—-]\s*[^\n]*)?"
)


@cache
def _bio() -> re.Pattern[str]:
    # the writer's name, then what they are: "Ana Ruiz is a reporter who covers ...", or what
    # they write and for whom: "Li Wei writes about food for the Valley Courier."; after it, the
    # bio's sentences on reaching them ("She can be reached at ...")
    roles = alternatives(word_list("bio_roles.txt"))
    name = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|da|der|del|al-\w+)){1,4}"
    return re.compile(
        rf"[*_]?(?:{name})\s+(?:"
        # "is a reporter", "is the Courier's Africa correspondent", "is Metro Wire's editor"
        rf"is\s+(?:an?\s|the\s|[A-Z][\w&'’ -]{{0,40}}?['’]s?\s)[^\n.]{{0,60}}?\b(?i:{roles})s?\b"
        r"|(?:writes|reports)\s+(?:about|on)\s+[^\n.]{1,60}?\s+for\s+(?:the\s+)?[A-Z]"
        r"|covers\s+[^\n.]{1,60}?\s+for\s+(?:the\s+)?[A-Z]"
        # or from where: "Li Wei covers farming from the Ledger's Valley bureau." (stop 50)
        r"|covers\s+[^\n.]{1,60}?\s+(?:from|at|in)\s+(?:the\s+|[A-Z][\w&'’ -]{0,40}?['’]s?\s)"
        r"[^\n.]{0,40}?\b(?:bureau|desk|newsroom)\b"
        r")[^\n]*"
    )


def is_reprint_line(line: str) -> bool:
    """A reprint's or a syndicate's line: the story was printed first elsewhere.

    >>> is_reprint_line("This article is republished from Harbour Voices under a Creative "
    ...                 "Commons license. Read the original article.")
    True
    >>> is_reprint_line("Distributed by Quayside Content Agency, LLC.")
    True
    >>> is_reprint_line("Distributed by volunteers, the parcels reached 300 homes on Monday.")
    False
    """
    return len(line) <= NOTE_CHARS and _REPRINT.fullmatch(line) is not None


def is_history_note(line: str) -> bool:
    """A note on the page's own history: when it was updated and with what, an appended
    correction, the print edition it ran in, its first broadcast.

    >>> is_history_note("Updated at 3:42 p.m. ET on March 4 with comment from the mayor.")
    True
    >>> is_history_note("Published in the March 4, 2025 print edition of the Valley Courier.")
    True
    >>> is_history_note("Originally aired March 4, 2025")
    True
    >>> is_history_note("Updated tide tables were published on Monday.")
    False
    >>> is_history_note("First broadcast in 1985, the show returns to the air on Monday.")
    False
    """
    if len(line) > NOTE_CHARS:
        return False
    return _HISTORY.fullmatch(line) is not None or _FIRST_AIRED.fullmatch(line) is not None


def is_gallery_counter(line: str) -> bool:
    """A gallery's counter, alone or over its photo's caption.

    >>> is_gallery_counter("Image 1 of 12: Workers clear debris in Lima.")
    True
    >>> is_gallery_counter("3 of 12"), is_gallery_counter("3 of 12 — A ferry leaves the quay.")
    (True, True)
    >>> is_gallery_counter("3 of 12 ferries were cancelled on Monday.")
    False
    """
    return len(line) <= NOTE_CHARS and _GALLERY.fullmatch(line.strip()) is not None


def is_writer_bio(line: str) -> bool:
    """A writer's note on themself, which dates nothing: their name and their trade, or what
    they write for whom (a sentence that dates something is the story's).

    >>> is_writer_bio("Li Wei covers local politics for the Northern Ledger. She can be "
    ...               "reached at lwei@ledger.example.")
    True
    >>> is_writer_bio("Kwame Mensah is the Valley Courier's Africa correspondent.")
    True
    >>> is_writer_bio("Dr Li Wei is a professor of economics at Tarrow University.")
    False
    >>> is_writer_bio("Li Wei covers farm prices from the Ledger's Valley bureau.")
    True
    >>> is_writer_bio("Li Wei covers the cost of repairs at the Tarrow office.")
    False
    """
    # the tagger only for the few lines of a bio's shape: a day or a time it finds is an
    # event's (a "Daily" or a "Monthly" in an outlet's name is no day)
    return (
        len(line) <= NOTE_CHARS
        and is_undated(line)
        and _bio().fullmatch(line) is not None
        and not any(timex.type in ("DATE", "TIME") for timex in tag(line, None, narrative=False))
    )


#: A monitoring service's head note on what it renders: the text, an excerpt or a summary of a
#: source's report, and the source and the day it ran, no sentence (stop 37): "Text of report by
#: Spanish newspaper El Faro website on 9 July", "Excerpts from editorial by Radio Tarrow on 3
#: May".
_MONITORING_HEADNOTE = re.compile(
    r"(?:(?:Full\s+|Translated\s+)?[Tt]ext|Excerpts?|Summary|Translation)\s+(?:of|from)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:report|article|editorial|commentary|interview|statement"
    r"|broadcast|speech|address|programme|program|news\s+conference|press\s+release)s?\s+"
    r"(?:by|from|in|on|carried\s+by|published\s+by|broadcast\s+by)\s+[A-Z][^\n.!?]{2,160}[.:]?"
)


def is_monitoring_headnote(line: str) -> bool:
    """A monitoring service's head note on the source it renders (`_MONITORING_HEADNOTE`).

    >>> is_monitoring_headnote("Text of report by Spanish newspaper El Faro website on 9 July")
    True
    >>> is_monitoring_headnote("Excerpts from editorial by Radio Tarrow on 3 May:")
    True
    >>> is_monitoring_headnote("Text of the report by the inspectors was leaked on 9 July.")
    False
    """
    return len(line) <= NOTE_CHARS and _MONITORING_HEADNOTE.fullmatch(line) is not None


PROVENANCE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "reprint line",
        FurnitureKind.CREDIT,
        is_reprint_line,
        (
            "Reprinted with permission from the Tarrow Post.",
            "Republished with permission of Coastal Monthly.",
            "Excerpted from “The Harbour Years” by Ana Ruiz.",
            "This story is republished from Harbour Voices under a Creative Commons licence.",
            "Distributed by Quayside Content Agency, LLC.",
        ),
    ),
    LineRule(
        "monitoring head note",
        FurnitureKind.CREDIT,
        is_monitoring_headnote,
        ("Text of report by Spanish newspaper El Faro website on 9 July",),
    ),
    LineRule(
        "cutting line",
        FurnitureKind.CREDIT,  # its day is the paper's (`timeline.published.source_notes`)
        lambda line: CUTTING_RE.fullmatch(line) is not None,
        (
            "From THE QUAY WEEKLY, August 14, 1973, page 22",
            "From the Tarrow Post, 3 May 2001, p. 4",
        ),
    ),
    LineRule(
        "history note",
        FurnitureKind.PROMO,
        is_history_note,
        (
            "Updated at 3:42 p.m. ET on March 4 with comment from the mayor.",
            "Corrected to show that the ferry left on time.",
            "Correction appended March 5, 2025",
            "Published in the March 4, 2025 print edition",
            "Archived from the original on 4 March 2025",
            "Originally aired March 4, 2025",
            "First broadcast 4 March 2025 on Coast Tonight.",
        ),
    ),
    LineRule(
        "gallery counter",
        FurnitureKind.CAPTION,
        is_gallery_counter,
        ("Image 1 of 12: Workers clear debris in Lima.", "Photo 3/8", "1 of 12"),
    ),
    LineRule(
        "writer bio",
        FurnitureKind.CREDIT,
        is_writer_bio,
        (
            "Ana Ruiz is a reporter who covers the harbour for the Valley Courier.",
            "Kwame Mensah is a staff writer based in Nairobi.",
            "Li Wei writes about food for the Northern Ledger.",
        ),
    ),
)
