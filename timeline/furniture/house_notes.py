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

__all__ = ["HOUSE_RULES", "is_house_note", "is_subscription_line"]

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


#: A publication's word on how often it comes out (stop 51): "The Quay Letter is published every
#: Tuesday.", "This journal appears every Wednesday.", "Harbour News is published fortnightly by
#: the council's press office." Its subject is the page itself, "This" and its kind's word or a
#: name in capitals; the schedule a rhythm, never a day.
#: The page itself as the subject: "This journal", "The Quay Letter", "Harbour News".
_PAGE_SUBJECT = r"(?:This\s+[a-z]+|(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+"
_SCHEDULE = re.compile(
    rf"{_PAGE_SUBJECT}"
    r"(?:is|are)\s+(?:published|issued|printed|produced|sent(?:\s+out)?|distributed|posted"
    r"|updated)\s+(?:(?:every|each)\s+(?:[A-Z][a-z]+day|week(?:day)?|month|fortnight|morning"
    r"|evening|quarter)|weekly|fortnightly|monthly|daily|quarterly|twice\s+a\s+[a-z]+"
    r"|once\s+a\s+[a-z]+)\b[^\n.;]{0,80}[.]?"
    rf"|{_PAGE_SUBJECT}"
    r"(?:appears|comes\s+out)\s+(?:every|each)\s+(?:[A-Z][a-z]+day|week|month|fortnight)\b"
    r"[^\n.;]{0,80}[.]?"
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
    >>> is_house_note("The Quay Letter is published every Tuesday. Editor: Ana Ruiz.")
    True
    >>> is_house_note("This journal appears every Wednesday. Annual subscription 180 crowns.")
    True
    >>> is_house_note("The ferry timetable is published every Monday, the harbour board said.")
    False
    >>> is_house_note("The Quay Letter was published every Tuesday until it closed in May.")
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
    notes = [
        sentence
        for sentence in sentences
        if _house_note().fullmatch(sentence) or _SCHEDULE.fullmatch(sentence)
    ]
    return bool(notes) and all(
        sentence in notes or (len(sentence.split()) <= 10 and "no verb" in shape_cues(sentence))
        for sentence in sentences
    )


#: A publication's line on how to subscribe, under its label (stop 51): "Subscriptions: $48 a
#: year. 12 Quay Street, Tarrow.", "Subscription rates: $3.00 a year", "Subscriptions and
#: advertising: 3-14 Park Road, Tarrow", "Subscriptions £18 a year, post free, from 4 Mill Lane."
#: After the label, a price, an address, a name or a mail address: never a clause of the story.
_SUBSCRIPTION = re.compile(
    r"(?i:(?:annual\s+)?subscriptions?(?:\s+(?:rates?|prices?|and\s+[a-z]+))?)"
    r"(?:\s*[:\-–—]\s*|\s+(?=[£$€¥\d]|[A-Z]{2,3}\s*\$?\d))"
    r"(?:[£$€¥\d]|[A-Z]|[\w.+-]+@)[^\n]{2,300}"
)
#: The most words of a subscription's line.
SUBSCRIPTION_WORDS = 45


def is_subscription_line(line: str) -> bool:
    """A publication's line on how to subscribe (`_SUBSCRIPTION`), no one's words reported.

    >>> is_subscription_line("Subscriptions: $48 a year. 12 Quay Street, Tarrow 2.")
    True
    >>> is_subscription_line("Subscriptions: Quay Verlag, Hafenstraße 12, 2000 Hamburg 1.")
    True
    >>> is_subscription_line("Subscriptions £18 a year, post free, from 4 Mill Lane, Tarrow.")
    True
    >>> is_subscription_line("Subscriptions rose 4 per cent in May, the publisher said.")
    False
    >>> is_subscription_line("Subscriptions: the paper lost a third of them, its owner said.")
    False
    """
    written = line.strip()
    return (
        _SUBSCRIPTION.fullmatch(written) is not None
        and len(written.split()) <= SUBSCRIPTION_WORDS
        and SAID_OR_ACCORDING.search(written) is None
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
            "This journal appears every Wednesday. Annual subscription 180 crowns.",
        ),
    ),
    LineRule(
        "subscription line",
        FurnitureKind.CREDIT,  # as the house notes: the page's word on itself
        is_subscription_line,
        (
            "Subscriptions: $48 a year. 12 Quay Street, Tarrow 2. Telephone 555-0142.",
            "Subscription rates: $3.00 a year in the county; $4.00 elsewhere.",
        ),
    ),
)
