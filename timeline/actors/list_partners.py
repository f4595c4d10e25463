"""A person named in a pair with a person the model found: in "Ingrid Holm and Anders Ek
founded the practice" or "two inspectors, Lyuben Ilk and Vera Marn, were sentenced" the model
may see one full name and miss the other. The other side of the pair's "and" is a person
too when it is a full name of two or three capitalised words that no span covers, none of
them a title, an organisation's or a place's word, a country, a calendar word or a
corporate suffix, and no capitalised word runs on after it (a longer name of its own).

    >>> text = "Ingrid Holm and Anders Ek founded the practice."
    >>> holm = RawSpan(0, 11, "Ingrid Holm", "PERSON")
    >>> [(r.text, r.label) for r in pair_partners(text, [holm])]
    [('Ingrid Holm', 'PERSON'), ('Anders Ek', 'PERSON')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.spans import RawSpan
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import (
    calendar_words,
    corporate_suffix,
    countries,
    organisation_words,
    place_words,
    titles,
)

__all__ = ["pair_partners"]

#: A capitalised word of a person's name: "Anders", "Brouwer-Tak", "O'Neill", "Rāwiri".
_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u024f]+(?:[-'’][A-Za-zß-öø-ÿ\u0100-\u024f]+)*"
#: " and " and a full name of two or three words after a person, not running on into another
#: capitalised word, a number, a firm's "&" or another "and" and a name.
_AFTER = re.compile(rf" and (?P<name>{_WORD}(?: {_WORD}){{1,2}})(?![\w'’-]| [A-Z0-9&]| and [A-Z])")
#: A full name of two or three words and " and " before a person, after no capitalised word.
_BEFORE = re.compile(rf"(?<![\w'’-])(?<![A-Z][a-z]\s)(?P<name>{_WORD}(?: {_WORD}){{1,2}}) and $")


def pair_partners(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (in text order) with the other person of each pair "A and B" whose one full name
    the model found as a person.

    >>> text = "Talks between Ana Ruiz and Ministry Officials failed."
    >>> pair_partners(text, [RawSpan(14, 22, "Ana Ruiz", "PERSON")])
    [RawSpan(start=14, end=22, text='Ana Ruiz', label='PERSON', role=None)]
    >>> text = "Vera Marn and Lyuben Ilk were sentenced."
    >>> [r.text for r in pair_partners(text, [RawSpan(14, 24, "Lyuben Ilk", "PERSON")])]
    ['Vera Marn', 'Lyuben Ilk']
    """
    taken = sorted((r.start, r.end) for r in raw)
    added: list[RawSpan] = []
    for span in raw:
        if span.label != "PERSON" or len(span.text.split()) < 2:
            continue
        after = _AFTER.match(text, span.end)
        if after is not None:
            added.extend(_partner(text, after.start("name"), after.end("name"), taken))
        before = _BEFORE.search(text, max(0, span.start - 80), span.start)
        if before is not None:
            added.extend(_partner(text, before.start("name"), before.end("name"), taken))
    if not added:
        return list(raw)
    return sorted([*raw, *added], key=lambda r: (r.start, r.end))


def _partner(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[RawSpan]:
    """The person `text[start:end]` as a span (one element), or none when a span covers it or
    one of its words names no person."""
    name = text[start:end]
    words = [word.casefold() for word in name.split()]
    if (
        free_position(taken, start, end) is None
        or corporate_suffix().search(name) is not None
        or name.casefold() in countries()
        or any(
            word in titles()
            or word in organisation_words()
            or word in place_words()
            or word in calendar_words()
            or word in countries()
            for word in words
        )
    ):
        return []
    return [RawSpan(start, end, name, "PERSON")]
