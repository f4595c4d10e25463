"""Where an article writes a name, a short form or a word: every occurrence of a string, found
once for each article and string and shared by every rule that asks (the actors' rules ask the
same article about the same names again and again), with the edges each rule wants checked.

    >>> text = "Orrin said. Orrin-Lee, Orrins and the Orrin line."
    >>> occurrences(text, "Orrin")
    [0, 12, 23, 38]
    >>> occurrences(text, "Orrin", edges=word_edges), occurrences(text, "Orrin", edges=apart_edges)
    ([0, 12, 38], [0, 38])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

__all__ = [
    "Edges",
    "alnum_edges",
    "apart",
    "apart_edges",
    "boundary",
    "each_occurrence",
    "is_word",
    "occurrences",
    "occurrences_of_any",
    "occurs",
    "possessive_edges",
    "whole_edges",
    "word_edges",
    "written_at",
]

#: Whether an occurrence from `start` to `end` of `text` has the edges a rule wants.
Edges = Callable[[str, int, int], bool]

#: How many (text, string) pairs are remembered: an article's names and words, each asked by
#: several rules, for the few articles a worker reads at once.
RECENT_PAIRS = 4096


def is_word(character: str) -> bool:
    """Whether `character` is a word character of `re` (`\\w`, Unicode patterns).

    >>> is_word("é"), is_word("_"), is_word("-")
    (True, True, False)
    """
    return character.isalnum() or character == "_"


def boundary(text: str, index: int) -> bool:
    """`re`'s `\\b` at `index`: a word character on one side only (none past the ends).

    >>> boundary("Orrin said", 0), boundary("Orrin said", 5), boundary("Orrin said", 2)
    (True, True, False)
    """
    before = index > 0 and is_word(text[index - 1])
    after = index < len(text) and is_word(text[index])
    return before != after


def apart(text: str, index: int) -> bool:
    """No word character nor hyphen at `index` (none past the ends): `(?<![\\w-])` before
    `index + 1`, `(?![\\w-])` at `index`.

    >>> apart("Orrin-Lee", 5), apart("Orrin Lee", 5), apart("Orrin", 5)
    (False, True, True)
    """
    return not 0 <= index < len(text) or not (is_word(text[index]) or text[index] == "-")


def word_edges(text: str, start: int, end: int) -> bool:
    """`re`'s `\\b` at both ends: what `\\bNAME\\b` finds.

    >>> word_edges("Orrin's line", 0, 5), word_edges("Orrins", 0, 5)
    (True, False)
    """
    return boundary(text, start) and boundary(text, end)


def apart_edges(text: str, start: int, end: int) -> bool:
    """No word character nor hyphen right before or right after: what
    `(?<![\\w-])NAME(?![\\w-])` finds.

    >>> apart_edges("Orrin's line", 0, 5), apart_edges("Orrin-Lee", 0, 5)
    (True, False)
    """
    return apart(text, start - 1) and apart(text, end)


def whole_edges(text: str, start: int, end: int) -> bool:
    """No word character, apostrophe nor hyphen right before or right after: what
    `literals.written_whole`'s default pattern, `(?<![\\w'’-])NAME(?![\\w'’-])`, finds.

    >>> whole_edges("Orrin's line", 0, 5), whole_edges("d'Orrin", 2, 7), whole_edges("Orrin.", 0, 5)
    (False, False, True)
    """
    return _untouched(text, start - 1) and _untouched(text, end)


def possessive_edges(text: str, start: int, end: int) -> bool:
    """`whole_edges` before, `apart_edges` after (an apostrophe may follow: a possessive):
    `(?<![\\w'’-])NAME(?![\\w-])`.

    >>> possessive_edges("Orrin's line", 0, 5), possessive_edges("d'Orrin", 2, 7)
    (True, False)
    """
    return _untouched(text, start - 1) and apart(text, end)


def _untouched(text: str, index: int) -> bool:
    """No word character, apostrophe nor hyphen at `index` (none past the ends)."""
    return not 0 <= index < len(text) or not (is_word(text[index]) or text[index] in "'’-")


def alnum_edges(text: str, start: int, end: int) -> bool:
    """No letter nor digit right before or right after (an underscore or a hyphen may touch).

    >>> alnum_edges("Orrin_line", 0, 5), alnum_edges("Orrins", 0, 5)
    (True, False)
    """
    return (start == 0 or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum()


@lru_cache(maxsize=RECENT_PAIRS)
def written_at(text: str, string: str) -> tuple[int, ...]:
    """Every start of `string` in `text`, in order, overlapping ones too (as `str.find` from
    each start plus one finds them): the shared reading, made once for each text and string
    (`RECENT_PAIRS`). An empty string is written at every position.

    >>> written_at("banana", "ana"), written_at("banana", "x"), written_at("ab", "")
    ((1, 3), (), (0, 1, 2))
    """
    found: list[int] = []
    at = text.find(string)
    while at >= 0:
        found.append(at)
        at = text.find(string, at + 1)
    return tuple(found)


def each_occurrence(
    text: str, string: str, *, edges: Edges | None = None, overlapping: bool = True
) -> Iterator[int]:
    """The starts of `string` in `text` whose edges `edges(text, start, end)` accepts (every
    one without `edges`), in order, each tested as it is asked for (a rule that stops at the
    first that answers tests no more). With `overlapping` False, each one found after the end
    of the one found before: what `re.finditer` finds of the string between the edges'
    assertions (`str.count`'s occurrences, without `edges`).

    >>> list(each_occurrence("banana", "ana"))
    [1, 3]
    >>> list(each_occurrence("banana", "ana", overlapping=False))
    [1]
    >>> list(each_occurrence("xAb Ab Ab", "Ab Ab", edges=word_edges, overlapping=False))
    [4]
    """
    size = len(string)
    free = 0  # where the next one may start
    for start in written_at(text, string):
        if start >= free and (edges is None or edges(text, start, start + size)):
            yield start
            if not overlapping:
                free = start + size


def occurrences(
    text: str, string: str, *, edges: Edges | None = None, overlapping: bool = True
) -> list[int]:
    """`each_occurrence`, all of them.

    >>> occurrences("Ann Annan, ann", "Ann", edges=word_edges)
    [0]
    """
    if edges is None and overlapping:
        return list(written_at(text, string))
    return list(each_occurrence(text, string, edges=edges, overlapping=overlapping))


def occurs(text: str, string: str, *, edges: Edges | None = None) -> bool:
    """Whether `text` writes `string` anywhere with the edges `edges` accepts.

    >>> occurs("Orrins and Orrin-Lee", "Orrin", edges=apart_edges), occurs("Orrin.", "Orrin")
    (False, True)
    """
    return next(each_occurrence(text, string, edges=edges), None) is not None


def occurrences_of_any(
    text: str, strings: Iterable[str], *, edges: Edges | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, number of the string) of every occurrence of each of `strings` in `text`
    whose edges `edges` accepts, overlapping ones too, in text order (at one start, in the
    order of `strings`): the many strings of one article read from the shared reading.

    >>> occurrences_of_any("Ann Roe and Ann", ["Ann Roe", "Ann"], edges=word_edges)
    [(0, 7, 0), (0, 3, 1), (12, 15, 1)]
    """
    found = [
        (start, start + len(string), number)
        for number, string in enumerate(strings)
        for start in occurrences(text, string, edges=edges)
    ]
    return sorted(found, key=lambda occurrence: (occurrence[0], occurrence[2]))
