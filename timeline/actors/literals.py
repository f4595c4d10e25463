"""A document's own names found in its text without a pattern compiled for them: what
`re.finditer` finds for an alternation of literal names between two assertions, found with
`str.find` (compiling a pattern of each document's names cost more than the search).

    >>> text = "Pope met Popes. Pope-Smith."
    >>> [text[s:e] for s, e, _ in literal_matches(text, ["Pope"], lambda s, e: e)]
    ['Pope', 'Pope', 'Pope']
    >>> from timeline.actors.occurrences import boundary
    >>> def after(start, end):  # \\b(?:Pope)\\b(?!-)
    ...     ok = boundary(text, start) and boundary(text, end) and text[end : end + 1] != "-"
    ...     return end if ok else None
    >>> [(s, e) for s, e, _ in literal_matches(text, ["Pope"], after)]
    [(0, 4)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from timeline.actors.occurrences import apart, occurrences_of_any

#: What may not touch a name written whole, as a character class's contents: a word character
#: or a hyphen ("Pope" is not whole in "Popes" nor in "Pope-Smith", it is in "Pope's").
WORD_OR_HYPHEN = r"\w-"
#: ... nor an apostrophe, straight or curly ("Vale" is not whole in "Vale's" nor in "d'Vale").
WORD_APOSTROPHE_OR_HYPHEN = r"\w'’-"

#: The lower-case word right after a position, on its line: " crew" of "Cabin crew".
LINE_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
#: One or two lower-case words right after a position, on its line, no hyphen nor apostrophe
#: after them: " championship", " bus route", " taxi driver".
LINE_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?\b(?![-'’])")
#: The lower-case word after a position, hyphens inside, across any blank: " firm" of "a
#: Townsville firm", " carmakers" of "German carmakers".
WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
#: The one or two lower-case words after a name: " plant", " high court", " assembly line".
TWO_WORDS_AFTER = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")

#: A word in lower case: "turnout", "crew".
_LOWER_WORD = re.compile(r"(?<![\w'’@/.])[a-z]+(?![\w'’@/]|\.\w)")


def set_apart(text: str, start: int, end: int) -> int | None:
    """`end` where `text[start:end]` has no word character nor hyphen right before or after
    it (`(?<![\\w-])` and `(?![\\w-])`), else None: an `end_of` for `literal_matches`.

    >>> set_apart("Pope met Pope-Smith", 0, 4), set_apart("Pope met Pope-Smith", 9, 13)
    (4, None)
    """
    return end if apart(text, start - 1) and apart(text, end) else None


def written_apart(text: str, literal: str) -> bool:
    """Whether `text` writes `literal` with no word character nor hyphen either side: what
    `re.search(rf"(?<![\\w-]){re.escape(literal)}(?![\\w-])", text)` tells.

    >>> written_apart("the global glut", "global"), written_apart("the globals", "global")
    (True, False)
    """
    if not literal:
        return any(apart(text, at - 1) and apart(text, at) for at in range(len(text) + 1))
    matches = literal_matches(text, [literal], lambda start, end: set_apart(text, start, end))
    return next(matches, None) is not None


def literal_matches(
    text: str, names: Sequence[str], end_of: Callable[[int, int], int | None]
) -> Iterator[tuple[int, int, int]]:
    """(start, end, number of the name) of each match `re.finditer` finds in `text` for the
    alternation of `names` (escaped, in that order: at one place the first that matches wins)
    with the pattern's assertions: `end_of(start, end of the name)` is where the match ends
    (after an optional suffix), or None where the assertions fail. Matches do not overlap:
    one starting inside the previous match is not one.
    """
    found: dict[int, tuple[int, int]] = {}  # start -> (name number, end), the first name's
    if any(not name for name in names):
        raise ValueError("an empty name matches everywhere")
    for start, name_end, number in occurrences_of_any(text, names):
        if start not in found:
            end = end_of(start, name_end)
            if end is not None:
                found[start] = (number, end)
    last_end = 0
    for start in sorted(found):
        if start >= last_end:
            number, end = found[start]
            yield start, end, number
            last_end = end


#: How many texts' lower-case words are remembered: the NER's names and the opening's names
#: (`opening_names`) read the same article's (stop 44).
RECENT_TEXTS = 16


@lru_cache(maxsize=RECENT_TEXTS)
def lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case somewhere (not in an address: "klamp.com"),
    read once for each text (`RECENT_TEXTS`).

    >>> sorted(lower_case_words("Visit klamp.com or mail a@b.org: the crew left."))
    ['crew', 'left', 'mail', 'or', 'the']
    """
    return frozenset(_LOWER_WORD.findall(text))


def written_whole(
    name: str, before: str = WORD_APOSTROPHE_OR_HYPHEN, after: str | None = None
) -> re.Pattern[str]:
    """The pattern of `name` written whole: no character of `before` right before it, none of
    `after` (`before` unless given) right after it, the two sets named above;
    `(?<![\\w'’-])NAME(?![\\w'’-])` by default. Compiled through `re`'s own cache, as the
    pattern written out was.

    >>> text = "Vale's staff met Vale and Vale-Tech."
    >>> [m.start() for m in written_whole("Vale").finditer(text)]
    [17]
    >>> [m.start() for m in written_whole("Vale", after=WORD_OR_HYPHEN).finditer(text)]
    [0, 17]
    >>> written_whole("Co.", WORD_OR_HYPHEN).search("Pike & Co.-owned") is None
    True
    """
    return _edged(re.escape(name), before, before if after is None else after)


def written_whole_any(
    names: Iterable[str], before: str = WORD_APOSTROPHE_OR_HYPHEN, after: str | None = None
) -> re.Pattern[str]:
    """`written_whole` of any of `names`, as one alternation in their order (at one place the
    first that matches wins): `(?<![\\w'’-])(?:A|B)(?![\\w'’-])` by default.

    >>> written_whole_any(["Ann Roe", "Ann"], WORD_OR_HYPHEN).findall("Ann Roe and Ann-Marie")
    ['Ann Roe']
    """
    alternatives = "|".join(re.escape(name) for name in names)
    return _edged(f"(?:{alternatives})", before, before if after is None else after)


def word_bounded(word: str) -> re.Pattern[str]:
    """The pattern of `word` between `re`'s word boundaries, `\\bWORD\\b`: a boundary that
    depends on the word's own first and last characters, unlike `written_whole`'s.

    >>> [m.start() for m in word_bounded("Roe").finditer("Roe, Roes and Roe's")]
    [0, 14]
    """
    return re.compile(rf"\b{re.escape(word)}\b")


def _edged(core: str, before: str, after: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![{before}]){core}(?![{after}])")
