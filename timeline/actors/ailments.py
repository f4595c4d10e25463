"""Things the model types as persons or places that are no actor: a disease or the germ that
causes it ("Measles cases were reported", "Listeria can take weeks"), and a flight's or a
train's code ("flight KX802", then "KX802 turned back"). Neither acts: who caught, carried,
flew or ran it is named apart.

    >>> text = "Measles spread as flight KX802 turned back. KX802 landed safely."
    >>> names_a_disease(text, 0, 7), names_a_journey_code(text, 44, 49)
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.wordlists import word_set

__all__ = ["names_a_disease", "names_a_journey_code"]

#: A journey's code: an airline's or an operator's two or three letters (or a letter and a
#: digit: "U2", "9W") glued to a number of one to four digits, a letter after at times:
#: "KX802", "LQT41", "U21234", "9W118A". No model number has a route noun before it.
_CODE = re.compile(r"(?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])\d{1,4}[A-Z]?")

#: A train's code too: "train ICE578".
_TRAIN = frozenset({"train"})


def names_a_disease(text: str, start: int, end: int) -> bool:
    """Whether the name is a disease's or a germ's, the whole name as the model read it
    (`data/disease_names.txt`): capitalised as it opens a sentence, or written so ("Measles
    cases have risen", "the product may contain Listeria monocytogenes").

    >>> names_a_disease("Measles cases rose in Kelso.", 0, 7)
    True
    >>> names_a_disease("Tests found Listeria monocytogenes in the batch.", 12, 20)
    True

    Not a person who shares a word with one, nor a place named after one:

    >>> names_a_disease("Ana Rubella said cases rose.", 0, 11)
    False
    >>> names_a_disease("Flights to Marburg resumed.", 11, 18)
    False
    """
    name = " ".join(text[start:end].split()).casefold()
    return name in _disease_names()


def names_a_journey_code(text: str, start: int, end: int) -> bool:
    """Whether the name is a flight's, a sailing's or a service's code
    (a code's shape after a noun of a route or a service, `data/route_nouns.txt`, or the same
    code written after one anywhere in the text): "flight KX802 to Orrin", then "data shows
    KX802 left Tarvik" name a journey, not the airline that flies it.

    >>> text = "Flight KX802 left Tarvik. Data show KX802 turned back."
    >>> names_a_journey_code(text, 7, 12), names_a_journey_code(text, 36, 41)
    (True, True)

    Not a code no route noun ever stands before (a model number, "the GX470 was recalled"),
    nor a name of letters alone:

    >>> names_a_journey_code("The GX470 was recalled.", 4, 9)
    False
    >>> names_a_journey_code("the flight KLM said", 11, 14)
    False
    """
    code = text[start:end]
    if _CODE.fullmatch(code) is None:
        return False
    return _after_a_route_noun(code).search(text) is not None


@lru_cache(maxsize=256)
def _after_a_route_noun(code: str) -> re.Pattern[str]:
    """The code right after a route's noun, "No." between at times: "flight KX802"."""
    nouns = "|".join(sorted(_route_nouns(), key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns})\s+(?:No\.?\s*)?{re.escape(code)}(?![\w-])")


@cache
def _route_nouns() -> frozenset[str]:
    return word_set("route_nouns.txt") | _TRAIN


@cache
def _disease_names() -> frozenset[str]:
    return word_set("disease_names.txt")
