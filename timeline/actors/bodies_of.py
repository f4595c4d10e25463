"""A public body named with the place or the field it is "of", which the model cut at its "of"
(stop 36, helper `names7`): "the Stock Exchange of Hong Kong" found as "Stock Exchange" and
"Hong Kong", "the Federal Reserve Bank of New York", "the United Nations Conference on the Law
of the Sea". The whole name is one actor; the place after "of" only names which body it is.

A company written with its seat ("Astrelle Industries of Toulouse", no "the") is
`split_names.seats_apart`'s: a company's name needs no "the", a body's place is a word of its
name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.literals import literal_matches, set_apart
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import PLACE_OR_BODY_LABELS

__all__ = ["bodies_of_places"]

#: What lies between a body's words and the place or field it is of: " of ", " of the ",
#: " on the Law of the " (capitalised words of the field between two prepositions).
_BETWEEN = re.compile(
    r" (?:of|on|for) (?:the )?"
    r"(?:[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3} (?:of|on|for) (?:the )?)?"
)
#: "the" right before a name: a body's, not a company's ("Astrelle Industries of Toulouse").
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")
#: A preposition right after a body's words: " of " of "the Central Bank of Kelso".
_PREPOSITION_AFTER = re.compile(r" (?:of|on|for) ")


def bodies_of_places(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each body's name the model cut at its "of" one span again:
    a name after "the" ending in an organisation word (`data/organisation_words.txt`), then
    "of" (or "on the ... of the") and the place, sea or body it is of, which the model found
    as a name of its own, on one line. Not when the text writes the body's words elsewhere
    without what follows ("the Central Bank" then "the Central Bank of Kelso": the short form
    is a name the article uses), nor a person's or a title's span on either side.

    >>> text = "It told the Stock Exchange of Hong Kong on Monday."
    >>> raw = [RawSpan(12, 26, "Stock Exchange", "ORG"), RawSpan(30, 39, "Hong Kong", "GPE")]
    >>> [(r.text, r.label) for r in bodies_of_places(text, raw)]
    [('Stock Exchange of Hong Kong', 'ORG')]
    >>> text = "It hired Astrelle Industries of Toulouse."
    >>> raw = [RawSpan(9, 28, "Astrelle Industries", "ORG"), RawSpan(32, 40, "Toulouse", "GPE")]
    >>> len(bodies_of_places(text, raw))
    2
    """
    result: list[RawSpan] = []
    for span in raw:
        body = result[-1] if result else None
        if body is not None and _cut_at_of(text, body, span):
            result[-1] = RawSpan(body.start, span.end, text[body.start : span.end], body.label)
        else:
            result.append(span)
    return result


def _cut_at_of(text: str, body: RawSpan, place: RawSpan) -> bool:
    """Whether `body` and `place` are one body's name cut at its "of" (`bodies_of_places`).

    >>> text = "the Central Bank of Kelso. The Central Bank said"
    >>> body = RawSpan(4, 16, "Central Bank", "ORG")
    >>> _cut_at_of(text, body, RawSpan(20, 25, "Kelso", "GPE"))
    False
    """
    if body.label not in ("ORG", "FAC") or place.label not in PLACE_OR_BODY_LABELS:
        return False
    if body.role or place.role or body.end >= place.start:
        return False
    between = text[body.end : place.start]
    if _BETWEEN.fullmatch(between) is None:
        return False
    if body.text.rsplit(" ", 1)[-1].casefold() not in organisation_words():
        return False
    if _THE_BEFORE.search(text, max(0, body.start - 4), body.start) is None:
        return False
    return not _written_without(text, body.text, body.end)


def _written_without(text: str, name: str, end: int) -> bool:
    """Whether `text` writes `name` somewhere other than before a preposition, as a name of
    its own ("The Central Bank said" beside "the Central Bank of Kelso").

    >>> text = "the Port Authority of Kelso. The Port Authority said"
    >>> _written_without(text, "Port Authority", 18)
    True
    """
    for _, found_end, _ in literal_matches(text, [name], lambda s, e: set_apart(text, s, e)):
        if found_end != end and _PREPOSITION_AFTER.match(text, found_end) is None:
            return True
    return False
