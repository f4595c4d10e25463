"""A headline's words the model took for an organisation's name because the headline writes
every word capitalised: "Carrow Bazaar Clears Debt on New Parish Hall", "MERLO TO SEND
SHIPPING CLERK HOME FOR TRIAL". The story never writes that name again, and writes a word of
it in lower case, a common word ("the bazaar ... the debt", "the clerk"): no name, and no long
form for the story's short names ("Talvane" of "Talvane Reports 3Q Traffic Up 5%") or its "the
clerk".

    >>> text = "Harbour Pilots Win Pay Rise\\n\\nThe pilots won a pay rise on Monday."
    >>> raw = [RawSpan(0, 23, "Harbour Pilots Win Pay", "ORG")]
    >>> without_headline_phrases(text, raw, lambda start: start < 28)
    []
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import organisation_words

__all__ = ["without_headline_phrases"]

#: A word of three letters or more.
_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")


def without_headline_phrases(
    text: str, raw: list[RawSpan], in_headline: Callable[[int], bool]
) -> list[RawSpan]:
    """`raw` without the organisations of three words or more on a headline line that the
    text writes nowhere else, one of whose words (no organisation's word: "union", "bank") the
    story writes in lower case. A headline's organisation the story names again stays ("Vale
    Grain Board Raises Fees" beside "the Vale Grain Board"), as does one whose words the
    story never writes in lower case ("Kestrel Harbour Authority").

    >>> text = "Kestrel Harbour Authority Fees Rise\\n\\nFees rose at the port."
    >>> raw = [RawSpan(0, 25, "Kestrel Harbour Authority", "ORG")]
    >>> len(without_headline_phrases(text, raw, lambda start: start < 36))
    1
    """
    dropped: set[int] = set()
    lower_words: set[str] | None = None
    for index, item in enumerate(raw):
        if item.label != "ORG" or len(item.text.split()) < 3 or not in_headline(item.start):
            continue
        if text.count(item.text) > 1:
            continue
        words = _WORD.findall(item.text)
        if lower_words is None:  # read once, for the first headline organisation only
            lower_words = {w for w in _WORD.findall(text) if w.islower()}
        if any(
            word.lower() in lower_words and word.casefold() not in organisation_words()
            for word in words
        ):
            dropped.add(index)
    if not dropped:
        return raw
    return [item for index, item in enumerate(raw) if index not in dropped]
