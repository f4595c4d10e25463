"""Storms are events, not actors: "Hurricane Delphine" and then "Delphine" name a storm; a
storm word inside an organisation's name is no storm ("the National Hurricane Center").

    >>> sorted(storm_names("Hurricane Delphine hit."))
    ['Delphine']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.actors.literals import RECENT_TEXTS
from timeline.actors.vocabulary import storm_pattern
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import longest_alternation, word_list

__all__ = ["names_a_storm", "storm_names"]


@lru_cache(maxsize=RECENT_TEXTS)
def storm_names(text: str) -> frozenset[str]:
    """The names the text gives storms: "Hurricane Delphine" makes "Delphine" a storm's name.
    Read once for each text (`RECENT_TEXTS`): the model's names, the sweeps' and the
    opening's ask the same article (stop 50).

    >>> sorted(storm_names("Hurricane Delphine hit. Later Tropical Storm Ana formed."))
    ['Ana', 'Delphine']
    >>> storm_names("The National Hurricane Center said so.")  # a word of a name
    frozenset()
    >>> sorted(storm_names("losses from windstorm Hertha; the storm Monday"))
    ['Hertha']
    """
    names = set()
    for match in storm_pattern().finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None or not before.group(1)[0].isupper() or _opens(text, before.start(1)):
            names.add(match.group(1))
    for match in _lower_case_storm().finditer(text):
        if match.group(1).casefold() not in _CALENDAR:
            names.add(match.group(1))
    return frozenset(names)


_CALENDAR = frozenset(word.casefold() for word in (*MONTHS, *WEEKDAYS))


@cache
def _lower_case_storm() -> re.Pattern[str]:
    """A storm word in lower case before a name: "windstorm Hertha", "typhoon Kaito" (not
    "the storm Monday": `_CALENDAR`)."""
    folded = {word.casefold() for word in word_list("storm_words.txt")}
    # longest first; a listed word of two would match across any run of spaces or a line break
    alternatives = longest_alternation(folded).replace(r"\ ", r"\s+")
    first = "".join(sorted({re.escape(word[0]) for word in folded}))  # where a match can open
    return re.compile(rf"(?=[{first}])\b(?:{alternatives})\s+([A-Z][a-z]+)\b")


#: The word before a position: "National" of "National Hurricane Center".
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")


def _opens(text: str, position: int) -> bool:
    """Whether the word at `position` opens a sentence or a line."""
    before = text[max(0, position - 10) : position]
    return not before.strip() or before.rstrip()[-1] in ".!?\n:" or "\n" in before


def names_a_storm(surface: str, storms: frozenset[str]) -> bool:
    """Whether an entity is a storm or its name: a storm is an event, not an actor.

    >>> names_a_storm("Storm Delphine", frozenset()), names_a_storm("Delphine", {"Delphine"})
    (True, True)
    """
    words = surface.split()
    if words and words[-1] in storms and len(words) <= 3:
        return True
    return storm_pattern().fullmatch(surface) is not None
