"""The words before a noun, by class, as the pattern pieces every rule reads: the definite
article, the indefinite articles, the possessive determiners and the demonstratives, defined
once (`data/determiners.csv`), so a rule that reads "its" reads "our", "my" and "your" too.

    >>> determiners(Determiner.POSSESSIVE)
    '(?:their|your|its|his|her|our|my)'
    >>> re.fullmatch(determiners(Determiner.ARTICLE, case="capitalised"), "An") is not None
    True

A piece is a non-capturing alternation, longest word first, with no boundaries: the rule puts
its own ``\\b`` and spaces around it. Its case is the rule's to choose: ``"lower"`` (as written
inside a sentence, or under the rule's own ``(?i)``), ``"capitalised"`` (also with a capital,
opening a sentence: ``[Ii]ts``) or ``"any"`` (any case, ``(?i:...)``, in a rule that reads
case otherwise).
"""

from __future__ import annotations

import re
from enum import Flag, auto
from functools import cache
from typing import Literal

from timeline.wordlists import DataFileError, table

__all__ = [
    "ARTICLES",
    "DEMONSTRATIVES",
    "POSSESSIVES",
    "THE",
    "THIS_OR_THAT",
    "Case",
    "Determiner",
    "determiner_words",
    "determiners",
]

#: How a piece reads case: as written inside a sentence, also capitalised, or any case.
Case = Literal["lower", "capitalised", "any"]


class Determiner(Flag):
    """A class of the words before a noun; classes combine with ``|``.

    >>> Determiner.ARTICLE == Determiner.DEFINITE | Determiner.INDEFINITE
    True
    """

    DEFINITE = auto()  # the
    INDEFINITE = auto()  # a, an
    POSSESSIVE = auto()  # its, their, his, her, our, my, your
    SINGULAR_DEMONSTRATIVE = auto()  # this, that
    PLURAL_DEMONSTRATIVE = auto()  # these, those
    ARTICLE = DEFINITE | INDEFINITE
    DEMONSTRATIVE = SINGULAR_DEMONSTRATIVE | PLURAL_DEMONSTRATIVE


@cache
def _classes() -> tuple[tuple[str, Determiner], ...]:
    rows = []
    for word, name in table("determiners.csv"):
        try:
            rows.append((word, Determiner[name.upper()]))
        except KeyError:
            raise DataFileError(
                f"timeline/data/determiners.csv: {word!r} has no class {name!r}"
            ) from None
    return tuple(rows)


@cache
def determiner_words(classes: Determiner) -> tuple[str, ...]:
    """The words of ``classes``, in lower case, longest first.

    >>> determiner_words(Determiner.INDEFINITE)
    ('an', 'a')
    """
    words = [word for word, kind in _classes() if kind & classes]
    return tuple(sorted(words, key=len, reverse=True))


def _capitalised(word: str) -> str:
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


@cache
def determiners(*classes: Determiner, case: Case = "lower") -> str:
    """The words of ``classes`` as one non-capturing alternation in ``case``.

    >>> determiners(Determiner.DEFINITE, Determiner.SINGULAR_DEMONSTRATIVE, case="capitalised")
    '(?:[Tt]his|[Tt]hat|[Tt]he)'
    """
    union = Determiner(0)
    for kind in classes:
        union |= kind
    words = determiner_words(union)
    if case == "capitalised":
        return "(?:" + "|".join(_capitalised(word) for word in words) + ")"
    alternation = "|".join(re.escape(word) for word in words)
    return f"(?i:{alternation})" if case == "any" else f"(?:{alternation})"


#: The classes in lower case, the pieces a rule composes: ``rf"\b(?:{ARTICLES}|{POSSESSIVES})\s"``.
THE = determiners(Determiner.DEFINITE)
ARTICLES = determiners(Determiner.ARTICLE)
POSSESSIVES = determiners(Determiner.POSSESSIVE)
THIS_OR_THAT = determiners(Determiner.SINGULAR_DEMONSTRATIVE)
DEMONSTRATIVES = determiners(Determiner.DEMONSTRATIVE)
