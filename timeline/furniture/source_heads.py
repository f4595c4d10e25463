"""A press digest's or a monitoring report's head over each item it summarises, in the middle
of the page (stop 51): the source's name in capitals and the day it came out ("II. KESKI-SUOMEN
SANOMAT (Jyväskylä), 6.3.1953 (leading article)", "VAKARA ZINAS, 1996. gada 22. maijā"), the
same after "From" and closed by a colon ("From KATHIMERINI, 06.11.2013:", "From the weekly TA
NEA, which appeared on Saturday:"), or a monitor's source line ("Lima, Radio Nacional in
Spanish 1500 GMT 15 Nov 66"). The day is the source's, no event; the name a paper, no actor of
the item. A note set wholly in brackets is the page's too (`is_bracketed_note`). The name is
in capitals in any script (`str.isupper`), so a story's sentence ("THE MINE'S LAST ACCIDENT WAS
IN 1958") is told apart by its verbs and its length. Read by `timeline.furniture.line_rules`
(`SOURCE_HEAD_RULES`).

    >>> is_source_head("III. NORRA POSTEN, torsdagen den 5 mars 1953 (news page)")
    True
    >>> is_source_head("NORRA POSTEN reported on 5 March 1953 that the bank would cut its rate.")
    False
"""

from __future__ import annotations

import re

from timeline.furniture.dated_lists import (
    BROADCAST_LABEL_BEFORE_RE,
    published_field,
    updated_field,
)
from timeline.furniture.kinds import SAID_OR_ACCORDING, FurnitureKind, LineRule

__all__ = ["SOURCE_HEAD_RULES", "is_bracketed_note", "is_source_head"]

#: An item's number before its head: "II. ", "3. ", "Item 2. ", "(b) ".
_ITEM_NUMBER = r"(?:(?:Item\s+)?(?:[IVX]{1,5}|\d{1,2}|[a-z])[.)]\s+|\([a-z0-9]{1,3}\)\s+)?"
#: The source's name and its town in brackets, then the day's field after a comma.
_NAMED_HEAD = re.compile(
    rf"{_ITEM_NUMBER}(?P<name>[^\W\d_][^,()\n:]{{1,50}}?)\s*(?:\([^()\n]{{2,30}}\))?,\s*"
    r"(?P<day>[^\n]{2,60}?)\s*(?:\([^()\n]{1,30}\))?\s*:?"
)
#: "From" the source, its kind's word before it, up to the colon that opens the item.
_FROM_HEAD = re.compile(
    rf"{_ITEM_NUMBER}From\s+(?:the\s+(?:[a-z]+\s+)?(?:daily|weekly|monthly|paper|newspaper|journal"
    r"|magazine|review|evening\s+paper|morning\s+paper)\s+)?"
    r"(?P<name>[^\W\d_][^,()\n:]{1,50}?)\s*(?:\([^()\n]{2,30}\))?(?:,\s*[^\n:]{2,60})?:"
)
#: A monitor's source line: where, which station, in what language, the clock and the day.
_MONITOR_LINE = re.compile(
    r"[^\W\d_][^\n,]{1,40}(?:,\s*[^\n,]{2,60})?\s+in\s+[A-Z][a-z]+(?:\s+(?:and|for)\s+[A-Z][a-z]+)?"
    r"\s+\d{4}\s*(?i:gmt|utc)\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{2,4})?"
)
#: A day's figures in the head's day field: a year, or a day and a month in figures.
_DAY_FIGURES = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}\s*[./-]\s*\d{1,2}\b|\b\d{1,2}\.?\s+\w+")
#: The most words of a head's day field (the edition's word, the day in the paper's language).
DAY_FIELD_WORDS = 7


def _capitals(name: str) -> bool:
    """A source's name in capitals, in any script, of two letters at least: "KATHIMERINI",
    "KESKI-SUOMEN SANOMAT", "VAKARA ZINAS"."""
    letters = [character for character in name if character.isalpha()]
    return len(letters) >= 2 and all(character.isupper() for character in letters)


def is_source_head(line: str) -> bool:
    """A digest's head over an item: its source's name in capitals and its day, or after
    "From" up to a colon, or a monitor's source line.

    >>> is_source_head("KESKI-SUOMEN SANOMAT (Jyväskylä), 6.3.1953 (leading article)")
    True
    >>> is_source_head("From KATHIMERINI, 06.11.2013:"), is_source_head("From ΤΑ ΝΕΑ, 6.11.2013:")
    (True, True)
    >>> is_source_head("From the weekly TA NEA, which appeared on Saturday:")
    True
    >>> is_source_head("Item 2. TARROW SHIMPO (Tarrow), evening edition, 49.2.20 (summary)")
    True
    >>> is_source_head("Lima, Radio Nacional in Spanish 1500 GMT 15 Nov 66")
    True
    >>> is_source_head("From the start, the bank said, it would cut rates:")
    False
    >>> is_source_head("KIRUNA, SWEDEN, FEB. 9 (NORDWIRE)--FIRE BROKE OUT EARLY TODAY.")
    False
    >>> is_source_head("LIMA, Nov. 15 (Wire) - The central bank raised its rate on Friday.")
    False
    """
    written = line.strip()
    if len(written) > 120 or SAID_OR_ACCORDING.search(written) is not None:
        return False
    if _MONITOR_LINE.fullmatch(written) is not None:
        return True
    found = _FROM_HEAD.fullmatch(written)
    if found is not None:
        return _capitals(found["name"])
    found = _NAMED_HEAD.fullmatch(written)
    if found is None or not _capitals(found["name"]) or len(found["name"].split()) > 5:
        return False
    day = found["day"]
    # the day in small letters, the paper's own language's (a capital opens a clause or a
    # place: "KIRUNA, SWEDEN, FEB. 9 (NORDWIRE)--FIRE BROKE OUT"), or in a telex's capitals
    in_small_letters = (
        _DAY_FIGURES.search(day) is not None
        and len(day.split()) <= DAY_FIELD_WORDS
        and not any(character.isupper() for character in day if character.isalpha())
    )
    return in_small_letters or _capitals_day(day)


#: A day written in capitals as a monitor or a telex writes it: "6 MARCH 1953", "22.05.96".
_CAPITALS_DAY = re.compile(r"\d{1,2}\s*[./ ]\s*(?:\d{1,2}|[A-Z]{3,9})\.?\s*[./ ]?\s*\d{2,4}")


def _capitals_day(day: str) -> bool:
    return _CAPITALS_DAY.fullmatch(day.strip()) is not None


#: A line set wholly in brackets, square or round, one bracket of the other shape inside at most
#: (stop 51): "[Passage omitted: list of units]", "[Warsaw TV at 1930 gmt on 20 Jan carried an
#: item on the strike; not monitored in full.]", "(Continued on Page 6)", "[Image: The quay in
#: May. (Harbour Board)]". On dev 260 such lines are the gold's furniture and none an event: the
#: page's editor, monitor or scanner speaking of the item, not the item's news.
_BRACKETED_NOTE = re.compile(
    r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\]){2,400}\]\.?|\((?:[^()\n]|\([^()\n]*\)){2,400}\)\.?"
)


def _states_the_page_s_day(note: str) -> bool:
    """Whether the note's first day follows a stamp's label: "[Catalogue: broadcast 6.4.1968;
    typescript scanned 19.11.2004]" dates the page (`timeline.published` reads it), so it is
    left to the stamp's readers."""
    first_figure = re.search(r"\d", note)
    if first_figure is None:
        return False
    before = note[: first_figure.start()]
    return (
        BROADCAST_LABEL_BEFORE_RE.search(before) is not None
        or published_field(before)
        or updated_field(before)
    )


def is_bracketed_note(line: str) -> bool:
    """A note of the page's own set wholly in brackets (`_BRACKETED_NOTE`), unless its first day
    is under a stamp's label (`_states_the_page_s_day`).

    >>> is_bracketed_note("[Passage omitted: weather and market prices]")
    True
    >>> is_bracketed_note("(Continued on Page 6)"), is_bracketed_note("[END OF TRANSCRIPT]")
    (True, True)
    >>> is_bracketed_note("(AP) The ferry sailed on Monday.")
    False
    >>> is_bracketed_note("[Image] The quay reopened (after the storm) on Monday.")
    False
    >>> is_bracketed_note("[Catalogue: broadcast 6.4.1968; typescript scanned 19.11.2004]")
    False
    """
    written = line.strip()
    return _BRACKETED_NOTE.fullmatch(written) is not None and not _states_the_page_s_day(written)


SOURCE_HEAD_RULES: tuple[LineRule, ...] = (
    LineRule(
        "source head",
        FurnitureKind.CREDIT,  # the item's source, as a source line's credit
        is_source_head,
        (
            "II. KESKI-SUOMEN SANOMAT (Jyväskylä), 6.3.1953 (leading article)",
            "From KATHIMERINI, 06.11.2013:",
            "Callao commercial radio in Spanish 1130 GMT 15 Nov 66",
            "KURZEME VOICE (Tarrow), 22.05.96",
        ),
    ),
    LineRule(
        "bracketed note",
        # a caption's kind: a note's day is not the page's, and the rule reads whole lines only
        # (`timeline.furniture.trailing` takes no caption: "Sales rose. (The figure excludes
        # exports.)" keeps its last sentence)
        FurnitureKind.CAPTION,
        is_bracketed_note,
        (
            "[Tarrow TV at 1930 gmt on 20 Jan carried an item on the strike; not monitored.]",
            "[Summary continues: the fishing talks, see Annex B.]",
        ),
    ),
)
