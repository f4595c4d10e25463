"""Where the actors' sweeps of a whole text can open, read once for each text and shared: the
offsets of its capitals and of its "the" words. A sweep whose every match opens at one of them
asks `capital_sweep` or `the_sweep` instead of running its pattern's `finditer` over the text:
a pattern that opens with an assertion (`(?<![\\w-])[A-Z]`, `\\b[Tt]he`) gives `re` no first
character to skip to, so `finditer` tries a match at every character.

    >>> pattern = re.compile(r"(?<![\\w-])[A-Z][a-z]+ said")
    >>> [m.group() for m in capital_sweep(pattern, "Then Ann Lee said, and Kim said")]
    ['Lee said', 'Kim said']
    >>> [m.start() for m in the_sweep(re.compile(r"\\b[Tt]he \\w+"), "The cat bathes the dog")]
    [0, 15]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from timeline.actors.vocabulary import CAPITAL

#: How many texts' openings are remembered: the rules of one article's names read the same
#: text, one after the other.
RECENT_TEXTS = 16
#: `CAPITAL` as one class of characters, which `re` skips to (an alternation of classes it
#: tries at every character).
_CAPITAL = re.compile(
    "[" + CAPITAL.removeprefix("(?:[").removesuffix("])").replace("]|[", "") + "]"
)
#: "the" or "The" anywhere, inside a word too: what a pattern opening with `\b[Tt]he` needs.
_THE = re.compile(r"[Tt]he")


@lru_cache(maxsize=RECENT_TEXTS)
def capitals(text: str) -> tuple[int, ...]:
    """The offset of every capital letter of a Latin alphabet in `text` (`vocabulary.CAPITAL`).

    >>> capitals("Ann met Łukasz in OSLO")
    (0, 8, 18, 19, 20, 21)
    """
    return tuple(match.start() for match in _CAPITAL.finditer(text))


@lru_cache(maxsize=RECENT_TEXTS)
def the_words(text: str) -> tuple[int, ...]:
    """The offset of every "the" or "The" in `text`, inside a word too.

    >>> the_words("The other bathes the dog")
    (0, 5, 12, 17)
    """
    return tuple(match.start() for match in _THE.finditer(text))


def sweep(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` finds, for a pattern that matches no empty text and
    whose every match opens at one of `starts` (in increasing order): a match is tried only
    there, and, as `finditer` does, not inside the match before it.

    >>> text = "Ann Lee and Bo Ek"
    >>> [m.group() for m in sweep(re.compile(r"[A-Z]\\w+ [A-Z]\\w+"), text, capitals(text))]
    ['Ann Lee', 'Bo Ek']
    """
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def capital_sweep(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches open at a capital (`capitals`)."""
    return sweep(pattern, text, capitals(text))


def the_sweep(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches open at "the" or "The"."""
    return sweep(pattern, text, the_words(text))
