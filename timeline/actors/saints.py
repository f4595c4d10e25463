"""A saint's name and "'s" names the house named for the saint, a church, a school or a
hospital, and keeps its "'s" ("married at St Oswin's in 1924", "St Oswin's will ring"); a
possessive before another noun is cut as any other ("St Mirren's ground").

    >>> text = "They were married at St Oswin's in 1924."
    >>> saints_house(text, "St Oswin's", text.index(" in"))
    True
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import finite_verbs, organisation_words, place_words, prepositions
from timeline.temporal.vocabulary import NUMBER_WORDS

__all__ = ["saints_house"]

#: A saint's name and "'s": "St Oswin's", "St. Bega's", "Saint Mary's".
_SAINTS_HOUSE = re.compile(r"(?:St\.?|Saint) [A-Z][a-zß-öø-ÿ]+['’]s")
#: A lower-case word right after a name: " ground" of "St Mirren's ground".
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def saints_house(text: str, surface: str, end: int) -> bool:
    """Whether `surface`, ending at `end` in `text`, is a saint's name and "'s" that names the
    house named for the saint: the word after it is no lower-case one, or a preposition, a
    verb, a number, an organisation's or a place's word ("St Oswin's church"); not a
    possessive before another noun ("St Mirren's ground").

    >>> text = "married at St Oswin's in 1924; St Mirren's ground; St Bega's will ring"
    >>> [saints_house(text, m, text.index(m) + len(m))
    ...  for m in ("St Oswin's", "St Mirren's", "St Bega's")]
    [True, False, True]
    >>> saints_house("Jo Roe's house", "Jo Roe's", 8)
    False
    """
    if not _SAINTS_HOUSE.fullmatch(surface):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    return (
        word.endswith("ed")
        or word in NUMBER_WORDS
        or any(
            word in words()
            for words in (organisation_words, place_words, finite_verbs, prepositions)
        )
    )
