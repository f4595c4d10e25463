"""Names the model read as titles of works (stop 39, helper `actors10m`). spaCy's model
tags some bodies and towns WORK_OF_ART, which no actor is read from, when a story writes them
in an unusual place or case: "The Gasolene Retailers Association's president", "The
Westmeath Farmers' Association will hold", "visit Ahmedabad on Monday", "closed the road
between Portalegre and Marvão". A title is written in quotation marks in news text
(`works.py` reads those); one without them is a body when it ends in an organisation word or
a corporate suffix, and a place when a preposition of place or of a journey's end stands right
before it and it is one or two capitalised words (two joined by "and" are two places).

    >>> text = "The Kelvin Boilerworks Company's cashier said so."
    >>> read_as_work(text, 0, 32, "WORK_OF_ART")
    'ORG'
    >>> read_as_work('the song "Harbor Lights at Dawn"', 10, 31, "WORK_OF_ART")
    'WORK_OF_ART'
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import corporate_suffix, organisation_words, place_prepositions
from timeline.wordlists import word_set

__all__ = ["after_a_journeys_end", "read_as_work"]

#: A quotation mark or an apostrophe used as one, right before or after a span.
_QUOTES = frozenset("\"“”‘’'«»")
#: A possessive ending a name: "'s", "’s", "s'".
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: One or two capitalised words, or two such joined by "and": "Ahmedabad", "Portalegre and
#: Marvão"; no "The".
_PLACE_NAME = re.compile(
    r"(?!The\b)[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)?(?: and [A-ZÀ-Þ][\w'’-]*)?"
)
#: The word right before a span, after one space.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+) $")


@cache
def _place_words_before() -> frozenset[str]:
    """Prepositions a place follows: `data/place_prepositions.txt`, the ends of a journey
    (`data/destination_prepositions.txt`) and where it arrives (`data/arrival_prepositions.txt`)."""
    return (
        place_prepositions()
        | word_set("destination_prepositions.txt")
        | word_set("arrival_prepositions.txt")
    )


def read_as_work(text: str, start: int, end: int, label: str) -> str:
    """The label an entity `text[start:end]` the model tagged `label` is read with: "ORG" or
    "GPE" for a title of a work written without quotation marks that names a body or a place
    (see the module), `label` otherwise.

    >>> read_as_work("They will visit Ahmedabad on Monday.", 16, 25, "WORK_OF_ART")
    'GPE'
    >>> read_as_work("won the Grand Prix at the festival", 4, 18, "WORK_OF_ART")
    'WORK_OF_ART'
    >>> read_as_work("The Ledger Co. said", 0, 14, "ORG")
    'ORG'
    """
    if label != "WORK_OF_ART" or end <= start:
        return label
    if text[max(0, start - 1) : start] in _QUOTES or text[end : end + 1] in _QUOTES:
        return label  # '"Harbor Lights at Dawn"': a title
    surface = _POSSESSIVE.sub("", text[start:end].strip())
    words = surface.split()
    if not words or "\n" in surface:
        return label
    if words[-1].casefold() in organisation_words() or corporate_suffix().search(surface):
        return "ORG"  # "The Westmeath Farmers' Association"
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if (
        before is not None
        and before.group(1) in _place_words_before()
        and _PLACE_NAME.fullmatch(surface)
    ):
        return "GPE"  # "visit Ahmedabad", "between Portalegre and Marvão"
    return label


def after_a_journeys_end(text: str, start: int) -> bool:
    """Whether a preposition of where a journey arrives (`data/arrival_prepositions.txt`: "to",
    "via") stands right before `start`: "flown to Patna" names the town, beside the "Patna
    Medical College" the article names too (read by `article_names` for a one-word name that
    begins a body's of three words or more; "new programs from Ford" is the company).

    >>> after_a_journeys_end("were flown to Patna on Tuesday", 14)
    True
    >>> after_a_journeys_end("the Patna Medical College", 4)
    False
    >>> after_a_journeys_end("new programs from Ford", 18)
    False
    """
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1) in word_set("arrival_prepositions.txt")
