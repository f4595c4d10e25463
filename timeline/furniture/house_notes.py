"""A publication's notes on how it keeps what it prints, in the present tense and with no day of
their own: "Minutes are posted once approved by Council.", "Names suppressed by order of the
Court are not included.", "Summaries are prepared by the Bulletin staff and are not part of the
judgment.", "Official prices for the week appear in the Market Tables on page 14." Their
subjects are the things a page keeps (`data/house_note_nouns.txt`); a story's sentence about
such things is past ("The minutes were posted on Monday."), dated, or reports someone's words.
Read by `timeline.furniture.line_rules` (`HOUSE_RULES`). Stop 50.

    >>> is_house_note("Judgments in both matters are published in full in the Harbour Gazette.")
    True
    >>> is_house_note("Judgments in both matters were published in full on Monday.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, is_undated
from timeline.furniture.kinds import SAID_OR_ACCORDING, FurnitureKind, LineRule, line_sentences
from timeline.furniture.line_shape import shape_cues
from timeline.wordlists import word_list

__all__ = ["HOUSE_RULES", "is_house_note"]

#: The longest line of such notes.
HOUSE_NOTE_CHARS = 300


@cache
def _house_note() -> re.Pattern[str]:
    nouns = alternatives(word_list("house_note_nouns.txt"))
    return re.compile(
        # the subject: a few words before the noun ("Official prices", "These highlights", "The
        # full text"), what qualifies it after ("in both matters", "suppressed by order of the
        # Court"), no stop or clause's comma between
        rf"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}(?i:{nouns})\b[^.;,\n]{{0,60}}?\s+"
        r"(?:"
        # how the page keeps them: "are posted once approved", "are not included", "is
        # available from", "are not part of the judgment", "are not the official minutes"
        r"(?:are|is)\s+(?:not\s+)?(?:(?:only\s+)?(?:posted|published|printed|prepared|included"
        r"|listed|reproduced|kept|compiled|updated)\b|available\s+(?:from|at|on|in)\b"
        r"|part\s+of\b|the\s+official\b)"
        # where it prints them: "appear in the Market Tables on page 14"
        r"|appears?\s+(?:in|on)\s+[^.\n]{0,60}?\bpages?\s+\d+"
        r")[^\n]{0,160}"
    )


def is_house_note(line: str) -> bool:
    """A line of a publication's notes on how it keeps what it prints: each sentence such a
    note, or a short one with no verb beside one ("For the information of accredited news
    media."), no day of their own and no one's words reported.

    >>> is_house_note("These highlights are not the official minutes. Minutes are posted once "
    ...               "approved by Council.")
    True
    >>> is_house_note("For the information of the news media. Names suppressed by order of the "
    ...               "Court are not included.")
    True
    >>> is_house_note("Official prices for the week appear in the Market Tables on page 14.")
    True
    >>> is_house_note("Results are published on Friday 3 May.")
    False
    >>> is_house_note("Prices are listed too high, the minister said.")
    False
    >>> is_house_note("The names of the dead are not yet known, and rescuers are still digging.")
    False
    """
    if (
        len(line) > HOUSE_NOTE_CHARS
        or not is_undated(line)
        or SAID_OR_ACCORDING.search(line) is not None
    ):
        return False
    sentences = line_sentences(line.strip(), capital_next=True)
    notes = [sentence for sentence in sentences if _house_note().fullmatch(sentence)]
    return bool(notes) and all(
        sentence in notes or (len(sentence.split()) <= 10 and "no verb" in shape_cues(sentence))
        for sentence in sentences
    )


HOUSE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "house note",
        FurnitureKind.CREDIT,  # as the credits' notes on photographs "available on request"
        is_house_note,
        (
            "Minutes are posted once approved by Council.",
            "Summaries are prepared by the Bulletin staff and are not part of the judgment. "
            "The full text is available from the Courts Service website.",
            "Judgments in both matters are published in full in the Harbour Gazette.",
        ),
    ),
)
