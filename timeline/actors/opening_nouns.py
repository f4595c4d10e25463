"""A capitalised word opening a sentence that is a common noun, no name: one the article
writes in lower case elsewhere ("Turnout rose. The turnout was high."), or one English knows
as a noun before a word it qualifies ("Cabin crew walked out", "Sea lice forced").

    >>> from timeline.actors.literals import lower_case_words
    >>> text = "Turnout rose. The turnout was high."
    >>> common_word_opening(text, 0, 7, lower_case_words(text))
    True
    >>> common_noun_opening("Attendance was low.", 0, 10, "PERSON", frozenset({"attendance"}))
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.common_nouns import capitalised_common_noun
from timeline.actors.literals import LINE_WORD_AFTER
from timeline.actors.vocabulary import countries, organisation_words, prepositions
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import word_set

__all__ = ["common_noun_opening", "common_word_opening"]

#: The model's labels of places and peoples, which a common noun never gets wrong as names.
_PLACE_LABELS = PLACE_LABELS | {"NORP"}


def common_word_opening(text: str, start: int, end: int, lower_words: frozenset[str]) -> bool:
    """Whether the entity `text[start:end]` is one word opening a sentence that the article
    writes in lower case elsewhere: a common noun capitalised by its place ("Turnout stood at
    71 per cent", "Crew walked out"), no name.

    >>> from timeline.actors.literals import lower_case_words
    >>> text = "Turnout rose. The turnout was high."
    >>> common_word_opening(text, 0, 7, lower_case_words(text))
    True
    >>> text = "Rates rose. Tessaro said so. Its rates fell."
    >>> common_word_opening(text, 12, 19, lower_case_words(text))
    False
    """
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    before = text[max(0, start - 200) : start].rstrip().rstrip("\"“‘'’").rstrip()
    if before and before[-1] not in ".!?":
        return False  # not a sentence's first word (a line break is blank space here too)
    folded = word.casefold()
    if folded in organisation_words():
        return False  # "Council members voted": the council named before, a short form
    return folded in lower_words or (folded.endswith("s") and folded[:-1] in lower_words)


def common_noun_opening(text: str, start: int, end: int, label: str, nouns: frozenset[str]) -> bool:
    """A common noun opening a sentence (`common_nouns.capitalised_common_noun`), not an
    organisation's word ("Council voted": the council named before, a short form), a country
    or a nationality; one word the model took for an organisation, a place or a town only
    before a noun it qualifies ("Apple was sued" is a company named once, "Sea lice forced" and
    "Lounge staff walked out" are no names; "Farmers count losses" a kind of people)."""
    word = text[start:end]
    if word.casefold() in organisation_words() or label == "NORP":
        return False
    if label == "GPE" and word.casefold() in countries():
        return False
    if (label == "ORG" and not word.endswith("s")) or label in _PLACE_LABELS:
        # "Apple was sued", "Atlantic storms": a name, unless a noun it qualifies follows
        # ("Seafood exporters expect", "Sea surface temperatures", "Northeast winds")
        return _qualifies_a_noun(text, end, nouns) and capitalised_common_noun(
            text, start, end, nouns
        )
    if label == "PERSON":  # a surname opens a sentence too ("Jobs also apologised")
        after = LINE_WORD_AFTER.match(text, end)
        if after is None or not (
            after.group(1) in nouns
            or _qualifies_a_noun(text, end, nouns)  # "Card payments": a plural's singular
            or after.group(1) in prepositions()
            or _LINKING_VERB.fullmatch(after.group(1))
        ):
            return False  # "Cabin crew", "Schools in", "Turnout was": a noun's next word
    return capitalised_common_noun(text, start, end, nouns)


def _qualifies_a_noun(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the word after `end` is a lower-case noun of three letters or more (a plural's
    singular too) and no word of a clause ("will", "has", "is"): the noun a word opening the
    sentence qualifies ("Sea lice", "Venture funding").

    >>> nouns = frozenset({"lice", "funding", "will", "ha"})
    >>> _qualifies_a_noun("Sea lice", 3, nouns), _qualifies_a_noun("Venture funding", 7, nouns)
    (True, True)
    >>> _qualifies_a_noun("Cabinet will", 7, nouns), _qualifies_a_noun("Greece has", 6, nouns)
    (False, False)
    >>> _qualifies_a_noun("Galway funding Ann Roe", 6, nouns)  # a name after the noun
    False
    """
    after = LINE_WORD_AFTER.match(text, end)
    if (
        after is None
        or after.group(1) in _clause_words()
        or _BEGINS_A_NAME.match(text, after.end())
    ):
        return False  # "Galway mayor Ann Roe said": a place before its officer's name
    word = after.group(1)
    return word in nouns or (word.endswith("s") and len(word) > 3 and word[:-1] in nouns)


@cache
def _clause_words() -> frozenset[str]:
    return word_set("clause_words.txt") | word_set("finite_verbs.txt")


#: A capitalised word right after, on the same line: "Ann" of "Galway mayor Ann Roe".
_BEGINS_A_NAME = re.compile(r"[ \t]+[A-Z]")
#: A form of "be" or "have", or a verb of a measure's level, which a noun's statement of a
#: measure or a state opens with: "Turnout was 62 percent", "Attendance has fallen",
#: "Turnout stood at 71 per cent" (a surname takes a verb of its own act: "Jobs also
#: apologised", "Cook said").
_LINKING_VERB = re.compile(r"was|is|were|are|has|had|have|stood|rose|fell")
