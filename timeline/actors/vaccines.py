"""A vaccine's initials are no actor (stop 33): "the MMR vaccine", "the second MMR dose",
"BCG jabs" name a kind of vaccine by the diseases it prevents, not who makes or gives it. A
maker's name before the noun is written as a name, not in initials ("the Halvard vaccine").

    >>> names_a_vaccine("Uptake of the MMR vaccine fell.", 14, 17)
    True
"""

from __future__ import annotations

import re

from timeline.wordlists import word_set

__all__ = ["names_a_vaccine"]

#: Initials: two to five capitals, a digit at times ("MMR", "BCG", "PCV13").
_INITIALS = re.compile(r"[A-Z]{2,5}\d{0,2}")
#: The lower-case word after a name, a closing bracket between at times: " vaccine", ") dose".
_NOUN_AFTER = re.compile(r"\)?\s+([a-z]+)\b")


def names_a_vaccine(text: str, start: int, end: int) -> bool:
    """Whether the name is initials right before a noun of a vaccine or its doses
    (`data/dose_nouns.txt`), a closing bracket between at times ("measles, mumps and rubella
    (MMR) vaccine").

    >>> text = "Clinics for the measles and rubella (MR) vaccine open as PCV13 doses run out."
    >>> names_a_vaccine(text, 37, 39), names_a_vaccine(text, 57, 62)
    (True, True)

    Not a maker written as a name, nor initials before another noun:

    >>> text = "The Halvard vaccine and the WHO report came out."
    >>> names_a_vaccine(text, 4, 11), names_a_vaccine(text, 28, 31)
    (False, False)
    """
    if _INITIALS.fullmatch(text, start, end) is None:
        return False
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after.group(1) in word_set("dose_nouns.txt")
