"""An ordinal that counts a thing, not a day of the month: "Wilda, the 21st typhoon of the
season, ...", "Kilbeg became the 14th parish to join": a noun right after "the 21st", with no
preposition of time before it ("on the 21st", "by the 14th", "Tuesday the 14th" stay days).

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [t.text for t in tag("Wilda, the 21st typhoon of the season, hit.", date(1967, 9, 4))]
    []
"""

from __future__ import annotations

import re

from timeline.temporal.vocabulary import MONTHS, VOCABULARY, WEEKDAYS
from timeline.wordlists import word_set

#: The word right after the ordinal, in small letters: the noun it may count.
_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
#: Right before "the": a word, or the comma or bracket that opens an apposition.
_BEFORE_RE = re.compile(r"(?:([A-Za-z]+)|[,;(\u2013\u2014])[ \t]+$")


def _day_words() -> frozenset[str]:
    """Words before the ordinal that make it a day: prepositions of time ("on", "by",
    `data/time_prepositions.txt`), those of a range ("to", "and", "between"), a weekday or a
    month ("Tuesday the 14th", "May the 4th")."""
    return frozenset(
        {*word_set("time_prepositions.txt"), "to", "and", "or", "between", "than", "of"}
        | set(WEEKDAYS)
        | set(MONTHS)
    )


def _not_nouns() -> frozenset[str]:
    """Words after the ordinal that go on a clause, not name a thing: verbs
    (`data/finite_verbs.txt`), clause words and prepositions ("the 21st was a Sunday", "the
    21st when", "the 21st at noon")."""
    return (
        word_set("finite_verbs.txt")
        | word_set("clause_words.txt")
        | word_set("prepositions.txt")
        | {"and", "or", "but", "to", "the", "a", "an", "it", "its"}
    )


_DAY_WORDS = _day_words()
_NOT_NOUNS = _not_nouns()
#: Words after the ordinal that go on telling a day: "the 4th inst.", "the 21st morning".
_DAY_AFTER = frozenset({*VOCABULARY.letter_months, *VOCABULARY.parts_of_a_day})


def counts_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the ordinal written at `text[start:end]` ("the 21st") counts the noun after it:
    a word in small letters that is no verb, clause word or preposition ("the 21st typhoon",
    "the 14th parish"; not "the 21st was a Sunday", "the 4th inst."), with no preposition of
    time, range word, weekday or month right before it, nor at the sentence's start ("The 21st
    saw heavy rain").

    >>> counts_a_thing("Wilda, the 21st typhoon of the season", 7, 15)
    True
    >>> counts_a_thing("Talks resume on the 21st, officials said", 16, 24)
    False
    >>> counts_a_thing("It was shut on the 21st police said", 15, 23)
    False
    >>> counts_a_thing("The 21st saw heavy rain", 0, 8)
    False
    """
    after = _WORD_AFTER_RE.match(text, end)
    if after is None or after[1] in _NOT_NOUNS or after[1] in _DAY_AFTER:
        return False
    if after[1].endswith(("ed", "ly")):
        return False  # "the 21st passed quietly", "the 21st only": a verb or an adverb
    before = _BEFORE_RE.search(text, max(0, start - 24), start)
    return before is not None and (before[1] or "").lower() not in _DAY_WORDS
