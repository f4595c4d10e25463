"""Names the model cut at the possessive inside them: a body or a house named for its members
or its patron ("the Footballers' Guild", "the Deri Valley Miners' Lodge", "St. Nicholas'
Cathedral"), where the model took only the head word or only the words before "'s" or "'".

    >>> text = "The Harrow Dockers' Guild said on Monday."
    >>> [(r.text, r.label) for r in possessive_names(text, [RawSpan(20, 25, "Guild", "PERSON")])]
    [("Harrow Dockers' Guild", 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries, organisation_words, place_words

__all__ = ["possessive_names"]

#: A possessive's mark and the capitalised word after it: "' Guild" of "Footballers' Guild".
_MARK_THEN_HEAD = re.compile(r"(?:['’]s|(?<=s)['’]) ([A-Z][a-z]+)\b(?! of\b)")
#: One to four capitalised words before a possessive's mark, and the mark: "Deri Valley
#: Miners'", "St. Nicholas'", "Queen's".
_OWNER_THEN_MARK = re.compile(
    r"(?<![\w'’.-])((?:St\.? )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?:['’]s|(?<=s)['’]) $"
)
#: Words that open a sentence or a clause, no word of a name: "The", "A".
_ARTICLES = frozenset({"the", "a", "an"})


def possessive_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (in text order) with each name cut at its possessive made whole: a span that ends
    at "'s" or "'" before a capitalised organisation's or place's word
    (`data/organisation_words.txt`, `data/place_words.txt`: Guild, Lodge, Union, Cathedral,
    Church) takes that word in, with the model's span of the word alone; a span that is such a
    word alone after one to four capitalised words and the mark takes them in. The owner is no
    country nor a place the model found ("Spain's Ministry", "Kenya's Police" stay two), nor
    is the head followed by "of" ("Laos's Ministry of Information").

    >>> text = "the Deri Vale Miners' Lodge said"
    >>> [r.text for r in possessive_names(text, [RawSpan(4, 20, "Deri Vale Miners", "ORG"),
    ...                                           RawSpan(22, 27, "Lodge", "PERSON")])]
    ["Deri Vale Miners' Lodge"]
    >>> text = "Zambia's Police said"
    >>> [r.text for r in possessive_names(text, [RawSpan(0, 6, "Zambia", "GPE")])]
    ['Zambia']
    """
    result: list[RawSpan] = []
    skip_to = -1
    reached = -1  # the furthest end of the spans before this one: a running maximum, not a scan
    for span in raw:
        before, reached = reached, max(reached, span.end)
        if span.start < skip_to:
            continue
        head = _MARK_THEN_HEAD.match(text, span.end)
        if head is not None and _head(head.group(1)) and _owner(span.text, span.label):
            end = head.end(1)
            label = _label(head.group(1))
            result.append(RawSpan(span.start, end, text[span.start : end], label))
            skip_to = end
            continue
        if " " not in span.text and _head(span.text) and not span.role:
            start = _owner_start(text, span.start)
            if start is not None and before <= start:
                result.append(RawSpan(start, span.end, text[start : span.end], _label(span.text)))
                continue
        result.append(span)
    return result


def _owner_start(text: str, head_start: int) -> int | None:
    """Where the owner's words before the mark that ends at `head_start` begin, after an
    article ("Footballers'" of "The Footballers' Guild"), or None when there are none or they
    are a country's.

    >>> text = "The Footballers' Guild said"
    >>> _owner_start(text, 17), _owner_start("Spain's Guild", 8)
    (4, None)
    """
    owner = _OWNER_THEN_MARK.search(text, max(0, head_start - 80), head_start)
    if owner is None:
        return None
    start = owner.start(1)
    words = owner.group(1).split()
    while words and words[0].casefold() in _ARTICLES:
        start = text.index(words[1], start) if len(words) > 1 else head_start
        words = words[1:]
    return start if words and _owner(" ".join(words), "") else None


def _head(word: str) -> bool:
    """Whether a capitalised word is a body's or a place's last word ("Guild", "Cathedral")."""
    return word.casefold() in organisation_words() or word.casefold() in place_words()


def _label(head: str) -> str:
    """An organisation's label for a body's word, a facility's for a place's."""
    return "ORG" if head.casefold() in organisation_words() else "FAC"


def _owner(words: str, label: str) -> bool:
    """Whether the words before the mark may be a name's own words: no place the model found,
    no country ("Spain's Ministry" is Spain's ministry)."""
    return label not in ("GPE", "NORP") and words.removeprefix("the ").casefold() not in (
        countries()
    )
