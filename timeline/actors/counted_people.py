"""People counted by where they come from (stop 32): a capitalised plural after a number or
"all" ("about 300 Gozitans spent the night", "its crew, all Netherlanders, were housed") is
a head count of people, no actor, whatever the model took the word for. The word then ends
a noun phrase: a comma, a stop or a verb follows it, not a noun it qualifies ("300 Kelsons
engines": the maker's). And a place between a count and the plural it counts ("eleven
Dublin hospitals", stop 39) only says where the things counted are.

    >>> counts_people("About 300 Gozitans spent the night there.", 10, 18)
    True
    >>> counts_things_of_a_place("Nurses at eleven Dublin hospitals struck.", 17, 23, "GPE")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import LINE_WORD_AFTER
from timeline.actors.vocabulary import finite_verbs, organisation_words, prepositions, state_nouns
from timeline.temporal.vocabulary import NUMBER_WORDS
from timeline.wordlists import word_set

__all__ = ["counts_people", "counts_things_of_a_place"]

#: One capitalised plural: "Gozitans", "Netherlanders" (not "Ross", "Glass").
_PLURAL = re.compile(r"[A-Z][a-z]+[^s\W]s")
#: The count right before it: "300 ", "1,200 ", "all ", "both ", "twelve " (not a year, "in
#: 1975 Georges kept", nor a number closing a clause, "in 1975, Georges kept").
_COUNT_BEFORE = re.compile(r"(?<![\w,.])(\d{1,3}(?:,\d{3})*|[A-Za-z]+)[ \t]+$")
#: Words that count people before a plural, besides numbers.
_QUANTIFIERS = frozenset({"all", "both", "many", "several", "some", "most", "few", "dozens"})
#: What ends the noun phrase after the plural: a comma, a stop, a bracket, a colon.
_PUNCTUATION_AFTER = re.compile(r"[ \t]*[,.;:)!?]")


def counts_people(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one capitalised plural counted by the word before it (a
    number, "all", "both", "many" ...) and closing its noun phrase (punctuation or a verb
    after it): people counted, no actor.

    >>> counts_people("Her crew of 38, all Netherlanders, were housed.", 20, 33)
    True
    >>> counts_people("Twelve Gozitans were rescued.", 7, 15)
    True

    Not a name before a noun it qualifies, nor one without a count, nor an organisation's
    word ("two Councils"):

    >>> counts_people("It sold 300 Kelsons engines.", 12, 19)
    False
    >>> counts_people("The Gozitans spent the night.", 4, 12)
    False
    >>> counts_people("Both Councils met.", 5, 13)
    False

    Nor a name after a year, with or without its comma:

    >>> counts_people("In 1975, Georges kept the shop open.", 9, 16)
    False
    >>> counts_people("In 1975 Georges kept the shop open.", 8, 15)
    False
    """
    surface = text[start:end]
    if _PLURAL.fullmatch(surface) is None or surface.casefold()[:-1] in organisation_words():
        return False
    count = _COUNT_BEFORE.search(text, max(0, start - 16), start)
    if count is None or not _counts(count.group(1).casefold()):
        return False
    if _PUNCTUATION_AFTER.match(text, end):
        return True
    after = LINE_WORD_AFTER.match(text, end)
    return after is not None and (after.group(1) in _verbs() or after.group(1).endswith("ed"))


def _counts(word: str) -> bool:
    """Whether a word before a plural counts it: digits, a number word ("twelve"; not "a"),
    a quantifier ("all")."""
    return word[0].isdigit() or word in _QUANTIFIERS or (word in NUMBER_WORDS and len(word) > 2)


@cache
def _verbs() -> frozenset[str]:
    return word_set("finite_verbs.txt") | word_set("clause_words.txt")


#: A lower-case word right before a place, and what is before it: "three rural " of "three
#: rural Nova Scotia", "two other ".
_WORD_BEFORE = re.compile(r"[ \t]([a-z]+)[ \t]+$")
#: The plural right after the place: " hospitals", " families", " reinsurers".
_PLURAL_AFTER = re.compile(r"[ \t]+([a-z]{3,}s)\b")
#: The labels of a place the model tagged as one.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def counts_things_of_a_place(text: str, start: int, end: int, label: str) -> bool:
    """Whether `text[start:end]`, a place the model tagged as one, stands between a count (a
    number, a number word, a quantifier; a word describing the things between at times) and
    the lower-case plural it counts: "eleven Dublin hospitals", "two Silver Spring
    families", "three rural Nova Scotia hospitals", "two other Bermuda reinsurers". A place
    is not counted, so the count is of the things, and the place only says where they are
    (the README's "never a place that only describes a thing"; stop 39, helper
    `actors10x`).

    >>> counts_things_of_a_place("two Tarka families were treated", 4, 9, "GPE")
    True
    >>> counts_things_of_a_place("some rare Cape imprints were lost", 10, 14, "LOC")
    True

    Not a place after a year, a preposition or no count, nor one before its state's people
    ("two Tarka officials": the state acting), nor a name the model took for a body:

    >>> counts_things_of_a_place("in 1998 Tarka hospitals closed", 8, 13, "GPE")
    False
    >>> counts_things_of_a_place("fell in Tarka hospitals", 8, 13, "GPE")
    False
    >>> counts_things_of_a_place("two Tarka officials said", 4, 9, "GPE")
    False
    >>> counts_things_of_a_place("two Tarka hospitals", 4, 9, "ORG")
    False
    """
    if label not in _PLACE_LABELS:
        return False
    after = _PLURAL_AFTER.match(text, end)
    if after is None or after.group(1) in state_nouns():
        return False
    if _counted(text, start):
        return True
    between = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return (
        between is not None
        and between.group(1) not in prepositions() | finite_verbs()
        and _counted(text, between.start() + 1)
    )


def _counted(text: str, start: int) -> bool:
    """Whether a count is written right before `start`: "eleven ", "300 ", "two " (no year)."""
    count = _COUNT_BEFORE.search(text, max(0, start - 16), start)
    return count is not None and _counts(count.group(1).casefold())
