"""An honorific written as a letter and a point, "M." (Monsieur) of a French name in an English
text, told from an initial (stop 39, helper `actors10m`): "Its treasurer, M. Jean-Pierre
Lascaze, ... M. Lascaze told our correspondent" names Jean-Pierre Lascaze, not "M. Jean-Pierre
Lascaze". An initial is written that way too ("M. Nagaraju Shetty", an Indian name's
initial), so the letter is an honorific only where the article writes it before a family name
alone that one of its full names after the letter ends in: "M. Lascaze" after "M.
Jean-Pierre Lascaze". The honorifics are `data/letter_honorifics.txt`.

    >>> text = "Its treasurer, M. Jean Lascaze, spoke. M. Lascaze said so."
    >>> letter_honorific(text, "M. Jean Lascaze")
    'M. '
    >>> letter_honorific("Officer M. Nagaraju Shetty said so.", "M. Nagaraju Shetty") is None
    True
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.wordlists import word_list

__all__ = ["letter_honorific"]


@cache
def _honorifics() -> str:
    """The honorifics as an alternation, longest first."""
    return "|".join(re.escape(h) for h in sorted(word_list("letter_honorifics.txt"), key=len)[::-1])


@cache
def _full_name() -> re.Pattern[str]:
    """An honorific, then a given name (no initial) and one to three more capitalised words,
    the last one captured: "M. Jean-Pierre Lascaze" (Lascaze)."""
    word = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
    return re.compile(
        rf"(?<![\w.])(?:{_honorifics()}) {word}(?: [A-ZÀ-ÖØ-Þ][\w'’-]*){{0,2}} ({word})"
        r"(?![\w'’-])"
    )


@cache
def _lone_name() -> re.Pattern[str]:
    """An honorific and one capitalised word, no other capitalised word after it: "M.
    Lascaze told"."""
    word = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*"
    return re.compile(rf"(?<![\w.])(?:{_honorifics()}) ({word})(?![\w'’-]| [A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=4)
def _honorific_surnames(text: str) -> frozenset[str]:
    """The family names `text` writes after an honorific alone and after it in a full name."""
    if not any(honorific in text for honorific in word_list("letter_honorifics.txt")):
        return frozenset()
    full = {match.group(1) for match in _full_name().finditer(text)}
    return frozenset(m.group(1) for m in _lone_name().finditer(text) if m.group(1) in full)


def letter_honorific(text: str, surface: str) -> str | None:
    """The honorific (with its space) opening the person's name `surface`, when `text` shows
    its letter an honorific (see the module); None otherwise.

    >>> text = "M. Ana Roux met M. Paul Cassar. M. Cassar left."
    >>> letter_honorific(text, "M. Ana Roux"), letter_honorific(text, "M. Cassar")
    ('M. ', 'M. ')
    >>> letter_honorific(text, "Ana Roux") is None
    True
    """
    words = surface.split(" ", 1)
    if len(words) < 2 or words[0] not in word_list("letter_honorifics.txt"):
        return None
    if not _honorific_surnames(text):
        return None
    return words[0] + " "
