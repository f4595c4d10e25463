"""A page's notes at the foot of its story that are no sentence of it: a correction's note with
the error it explains ("• This article was amended on 3 May 2012. An earlier version gave the
toll as 12."), a table's or a market report's note on the units of its figures ("Prices in
guilders per tonne, ex-warehouse Tarrow."), an advertiser's call to book at its address, a
line of legal boilerplate. Read by
`timeline.furniture` in its table of rules (`FOOT_NOTE_RULES`); each rule is one unit with its
examples, none names an outlet.

    >>> is_amendment_note("• This article was amended on 3 May 2012. An earlier version erred.")
    True
    >>> is_units_note("Prices in guilders per tonne, ex-warehouse Tarrow.")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import BOILERPLATE_CHARS, alternatives, is_undated
from timeline.furniture.kinds import FurnitureKind, LineRule, line_sentences
from timeline.furniture.line_shape import shape_cues
from timeline.wordlists import word_list

__all__ = [
    "FOOT_NOTE_RULES",
    "is_amendment_note",
    "is_call_to_book",
    "is_legal_line",
    "is_units_note",
]

#: A correction's note on this page ("The report was amended on Monday" is another's): a list's
#: mark may stand before it ("• ", "* "); the sentences after its first tell the error it mends
#: ("An earlier version gave the toll as 12."), no event.
_AMENDMENT = re.compile(
    r"(?:[•*·▪]\s*)?This\s+(?:article|story|piece|report|post|page)\s+"
    r"(?:was|has\s+been)\s+(?:amended|corrected)\b[^\n]{0,400}"
)


def is_amendment_note(line: str) -> bool:
    """A correction's note on the page, with the error it mends.

    >>> is_amendment_note("* This story was corrected on 4 June. It misspelled Jo Lee's name.")
    True
    >>> is_amendment_note("The report was amended on Monday after the minister objected.")
    False
    """
    return _AMENDMENT.fullmatch(line) is not None


#: A note on the units the figures are written in: "Prices in guilders per tonne", "All
#: figures in US$ million", "Prices are quoted in cents per pound."
_UNITS = re.compile(
    r"(?:All\s+|(?=[A-Z]))(?i:prices|figures|rates|quotations|amounts|values)\s+"
    r"(?:(?:are|were)\s+)?(?:(?:quoted|given|shown|expressed|stated)\s+)?"
    r"in\s+(?P<units>[^\n.!?]{1,80})\.?"
)
#: The most words of such a note.
UNITS_NOTE_WORDS = 16


def is_units_note(line: str) -> bool:
    """A note on the units of the figures above or below it, no sentence: what follows "in"
    has no finite verb ("Prices in Tarrow fell 3 per cent on Monday." is the story's).

    >>> is_units_note("All figures in US$ million"), is_units_note("Prices are quoted in cents.")
    (True, True)
    >>> is_units_note("Prices in Tarrow fell 3 per cent on Monday.")
    False
    """
    found = _UNITS.fullmatch(line)
    return (
        found is not None
        and len(line.split()) <= UNITS_NOTE_WORDS
        and "no verb" in shape_cues(found["units"])
    )


#: A call to the reader to act at a web address, closing its line: "Book at quayair.example",
#: "Tickets from tarrowfest.example/tickets.", "Order online at shop.example".
_CALL_AT_ADDRESS = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Book|Buy|Order|Reserve|Tickets?|Subscribe|Donate|Register|Shop)"
    r"(?:\s+(?:now|online|today|tickets|seats|a\s+\w+))?\s+(?:at|from|via|on)\s+"
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[^\s]*)?\.?$"
)
#: A day or a time of the story: a weekday, a relative day or a clock ("flies daily" is none).
_STORY_TIME = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|tomorrow|yesterday"
    r"|next|last|this)\b|\b\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b"
)
#: The most sentences before the call.
CALL_SENTENCES = 2


def is_call_to_book(line: str) -> bool:
    """A promotion that ends in a call to book, buy or subscribe at a web address, its other
    sentences stating no day ("Quay Air flies to Tarrow four times a week from Leith. Book at
    quayair.example"): an advertiser's line, no event.

    >>> is_call_to_book("Quay Air flies to Tarrow four times a week. Book at quayair.example")
    True
    >>> is_call_to_book("The festival opens on Friday. Tickets at tarrowfest.example.")
    False
    """
    call = _CALL_AT_ADDRESS.search(line)
    if call is None:
        return False
    before = line[: call.start()]
    sentences = line_sentences(before.strip())
    return (
        len(sentences) <= CALL_SENTENCES
        and is_undated(before)
        and _STORY_TIME.search(before) is None
    )


@cache
def _legal_opening() -> re.Pattern[str]:
    phrases = alternatives(word_list("boilerplate_phrases.txt"))
    # its label first ("Competent Person's Statement:"): a story's sentence that mentions the
    # law in passing ("Speaking under safe harbor provisions, ...") has none
    label = r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s*:\s+"
    return re.compile(rf"{label}[^\n.!?]{{0,80}}?\b(?i:{phrases})\b|(?i:{phrases})[\w'’]*\s*:")


def is_legal_line(line: str) -> bool:
    """A labelled line of a release's or a filing's legal boilerplate (a phrase of
    `data/boilerplate_phrases.txt` in its label or its first sentence, as a paragraph of it
    is found by `boilerplate.boilerplate_paragraphs`), when it shares its paragraph with other
    lines: "Competent Person's Statement: The information in this report that relates to ...
    is based on ..." under the release's contact line.

    >>> is_legal_line("Competent Person's Statement: The information in this report that "
    ...               "relates to Mineral Resources is based on work by Jo Lee.")
    True
    >>> is_legal_line("Sales rose 4%. The forward-looking statements were withdrawn.")
    False
    >>> is_legal_line("Speaking under safe harbor provisions, its chief outlined a plan.")
    False
    """
    return len(line) <= BOILERPLATE_CHARS and _legal_opening().match(line) is not None


FOOT_NOTE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "amendment note",
        FurnitureKind.PROMO,
        is_amendment_note,
        (
            "• This article was amended on 31 May 2012. An earlier version gave the toll as 12.",
            "This story has been corrected to show that the quay opened in 1998, not 1989.",
        ),
    ),
    LineRule(
        "units note",
        FurnitureKind.CREDIT,
        is_units_note,
        (
            "Prices in guilders per tonne, ex-warehouse Tarrow.",
            "All figures in US$ million",
            "Prices are quoted in cents per pound.",
        ),
    ),
    LineRule(
        "call to book",
        FurnitureKind.PROMO,
        is_call_to_book,
        (
            "Quay Air flies to Tarrow four times a week from Leith. Book at quayair.example",
            "Subscribe at tarrowpost.example/subscribe",
        ),
    ),
    LineRule(
        "legal line",
        FurnitureKind.CREDIT,
        is_legal_line,
        (
            "Competent Person's Statement: The information in this report that relates to "
            "Mineral Resources is based on information compiled by Jo Lee.",
        ),
    ),
)
