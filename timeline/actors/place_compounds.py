"""A place or a people joined by a hyphen or an en dash into a compound word is no actor of its
own ("a Saudi-Bangladeshi venture", "the Tignish-Palmer Road", "a Near East–Baltic service"),
unless the whole compound is a country's name ("Guinea-Bissau", `data/demonyms.csv`), which is
then the place. Read by `spans.clean_span` (moved out of `spans.py` to keep it near 450 lines,
stop 38, helper `split10`: every output the same).

    >>> text = "A Saudi-Bangladeshi venture opened in Guinea-Bissau."
    >>> in_a_compound(text, 2, 7), compound_country(text, 2, 7)
    (True, None)
    >>> text[slice(*compound_country(text, 38, 44))]
    'Guinea-Bissau'
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import countries

__all__ = ["compound_country", "in_a_compound"]

#: A hyphen or an en dash joining words: "Saudi-Bangladeshi", "Baltic–Adriatic".
_HYPHEN_AFTER = re.compile(r"[-–][A-Z]")
_HYPHEN_BEFORE = re.compile(r"[A-Za-z][-–]$")
_COMPOUND = re.compile(r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+")


def in_a_compound(text: str, start: int, end: int) -> bool:
    """Whether a hyphen or an en dash joins the span `text[start:end]` to a capitalised word
    after it or to a word before it.

    >>> in_a_compound("the Tignish-Palmer Road", 4, 11), in_a_compound("in Tignish, then", 3, 10)
    (True, False)
    """
    return bool(
        _HYPHEN_AFTER.match(text, end) or _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    )


def compound_country(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the country's name the span `text[start:end]` is a part of, written as
    one compound word ("Guinea" of "Guinea-Bissau"); None when the compound names no country
    ("Saudi" of "Saudi-Bangladeshi").

    >>> compound_country("rains in Guinea-Bissau fell", 9, 15)
    (9, 22)
    >>> compound_country("a Near East–Baltic service", 2, 11) is None
    True
    """
    compound = _COMPOUND.search(text, max(0, start - 30), min(len(text), end + 30))
    while compound is not None and compound.end() < end:
        compound = _COMPOUND.search(text, compound.end(), min(len(text), end + 30))
    if compound is None or compound.group().casefold() not in countries():
        return None
    return compound.start(), compound.end()
