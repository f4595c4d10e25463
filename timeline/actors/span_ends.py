"""Where a span the model read ends: on a preposition that starts what follows ("Northeast
of"), on a preposition and a nationality that describes the noun after it ("Sporting Viseu for
Uruguayan striker"), or after an "of" the name goes on from ("Friends of" + "Kauri Park").
Read by `spans.clean_span` (stop 35, helper `names5`)."""

from __future__ import annotations

import re

from timeline.actors.modifiers import PREPOSITIONS
from timeline.actors.vocabulary import nationality

__all__ = ["NEXT_LOWER_WORD", "dangling_end", "name_after_of"]

#: The word in lower case right after a span: " striker" of "for Uruguayan striker".
NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")
#: Prepositions a name does not end on ("Northeast of"), nor a place describe ("the Atlantic
#: of ...").
_DANGLING_PREPOSITION = re.compile(r"\s+(?:" + "|".join(PREPOSITIONS) + r")$")
#: A preposition and a capitalised word ending a span: " for Uruguayan".
_DANGLING_DEMONYM = re.compile(r"\s+(?:" + "|".join(PREPOSITIONS) + r")\s+([A-Z][\w'’-]+)$")
#: Capitalised words right after a span, on its line: " Kauri Park" of "Friends of Kauri Park".
_NAME_RUN_AFTER = re.compile(r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?![\w'’-])")
#: A body's or a place's first words cut before "of": "Friends of", "The City of".
_CUT_BEFORE_OF = re.compile(r"(?:[Tt]he )?[A-Z][a-z]+(?: [A-Z][a-z]+)* of$")
#: A point of the compass: "Northeast", "West".
_COMPASS_WORD = re.compile(r"\b(?:North|South|East|West)", re.IGNORECASE)


def dangling_end(text: str, surface: str, end: int) -> re.Match[str] | None:
    """The end of `surface` (a span ending at `end` of `text`) that starts what follows: a
    preposition ("Northeast of"), or a preposition and a nationality before a lower-case
    word ("Sporting Viseu for Uruguayan" of "... for Uruguayan striker").

    >>> dangling_end("Northeast of Kenya", "Northeast of", 12).group()
    ' of'
    >>> text = "Sporting Viseu for Uruguayan striker Ana Ruiz"
    >>> dangling_end(text, "Sporting Viseu for Uruguayan", 28).group()
    ' for Uruguayan'
    >>> dangling_end("Bank for International Settlements", "Bank for International", 22)
    """
    dangling = _DANGLING_PREPOSITION.search(surface)
    if dangling is not None:
        return dangling
    dangling = _DANGLING_DEMONYM.search(surface)
    if dangling is not None and nationality(dangling.group(1)) and NEXT_LOWER_WORD.match(text, end):
        return dangling
    return None


def name_after_of(text: str, surface: str, end: int, label: str) -> int | None:
    """The end of the name a body's or a place's span the model cut after its "of" goes on
    with: the capitalised words right after it ("Friends of" + "Kauri Park", "The City of" +
    "Ballarat"); none for a person's ("Ana Ruiz of Kelso": her home) nor a point of the compass
    ("the Northeast of Kenya").

    >>> text = "organised by Friends of Kauri Park last week"
    >>> text[13 : name_after_of(text, "Friends of", 23, "ORG")]
    'Friends of Kauri Park'
    >>> name_after_of("Ana Ruiz of Kelso", "Ana Ruiz of", 11, "PERSON") is None
    True
    >>> name_after_of("the Northeast of Kenya", "Northeast of", 16, "LOC") is None
    True
    """
    if label not in ("ORG", "GPE") or not _CUT_BEFORE_OF.fullmatch(surface):
        return None
    if _COMPASS_WORD.search(surface) is not None:
        return None
    after = _NAME_RUN_AFTER.match(text, end)
    return after.end() if after is not None else None
