"""A technology's letters before the noun of a thing are no actor (stop 34): "CCTV cameras",
"CCTV footage", "GPS collars", "a PCR test" name a kind of device or test, not who makes or
runs it (`data/technology_letters.txt`). The same letters acting ("CCTV said", a
broadcaster) are kept.

    >>> names_a_technology("Police were examining CCTV footage from the shops.", 22, 26)
    True
"""

from __future__ import annotations

import re

from timeline.actors.noun_words import a_noun_word
from timeline.wordlists import word_set

__all__ = ["names_a_technology"]

#: The lower-case word after a name: " cameras".
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")


def names_a_technology(text: str, start: int, end: int) -> bool:
    """Whether the name is a technology's letters (`data/technology_letters.txt`) right before
    a lower-case word that is no verb, preposition or joining word: the noun of the thing.

    >>> text = "The council bought 40 new CCTV cameras; GPS collars were fitted."
    >>> names_a_technology(text, 26, 30), names_a_technology(text, 40, 43)
    (True, True)

    Not the letters acting or alone ("CCTV said", "CCTV reported on Monday"), nor other
    initials before a noun ("the WHO report"):

    >>> text = "CCTV said on Monday that the WHO report was wrong."
    >>> names_a_technology(text, 0, 4), names_a_technology(text, 29, 32)
    (False, False)
    """
    if text[start:end] not in word_set("technology_letters.txt"):
        return False
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return False
    return a_noun_word(after.group(1))
