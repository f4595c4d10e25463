"""Two names the model read as one across the verb between them: "The Constitutional Court
ordered Calloway Bank to pay" read as the organisation "Constitutional Court ordered Calloway
Bank". A lower-case finite verb (`data/finite_verbs.txt`, or a past in "-ed") between
capitalised words is no word of a name: the span is the two names either side of it
(stop 42, helper `actorforms`; asked by `pieces.pieces`).

    >>> verb_inside("Constitutional Court ordered Calloway Bank")
    ((0, 20), (29, 42))
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import finite_verbs

__all__ = ["verb_inside"]

#: A lower-case word between two capitalised ones inside a span: " ordered " of "Court ordered
#: Calloway".
_LOWER_BETWEEN = re.compile(r"(?<=[\w.'’]) ([a-z]+) (?=[A-Z])")
#: A past in "-ed" of four letters or more, not in "-eed" ("seed", "speed"): "ordered", "fined".
_PAST = re.compile(r"[a-z]{2,}(?<!e)ed")


def verb_inside(surface: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (start, end) of the names either side of the first lower-case finite verb inside
    `surface`, each opening with a capital; None when no verb stands inside it. Small words
    of a name ("of", "and", "de", "upon") are no verbs.

    >>> verb_inside("Ana Ruiz told Kestrel Bank")
    ((0, 8), (14, 26))
    >>> verb_inside("Bank of the Ozarks") is None, verb_inside("Vila Nova de Gaia") is None
    (True, True)
    >>> verb_inside("Kestrel Bank") is None, verb_inside("Stratford upon Avon") is None
    (True, True)
    """
    for match in _LOWER_BETWEEN.finditer(surface):
        word = match.group(1)
        if word in finite_verbs() or _PAST.fullmatch(word):
            first = surface[: match.start()]
            if first[:1].isupper():
                return (0, match.start()), (match.end(), len(surface))
    return None
