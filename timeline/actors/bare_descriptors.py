"""The noun a news sentence writes right before a name with no article, as a false title
says what a person is: "São Paulo independent label Discos Maré", "Supermarket chain
HomeBasket said", "Nairobi-based financial technology start-up Tuma Labs", "the managing
director of fruit importer Sun Kee Trading" (stop 47, helper `referents`). "The label", "the
chain", "the start-up" later in the story stand for that name (`described.noun_before`,
`described.described_anaphora`), as "the union Havenbond" has its noun after an article.

    >>> bare_noun_before("São Paulo independent label Discos Maré filed", 28)
    'label'
"""

from __future__ import annotations

import re

from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.vocabulary import NAME_WORD, prepositions

__all__ = ["bare_noun_before"]

#: A word and the spaces after it, for walking back from a name.
_WORD = re.compile(r"(?P<word>[\w'’-]+)\s+$")
#: A lower-case noun or modifier: letters, digits and inner hyphens ("start-up").
_LOWER = re.compile(r"[a-z][a-z0-9-]*[a-z0-9]")
#: What may stand before a bare noun phrase besides a preposition: a capitalised word (a
#: place, a demonym: "São Paulo", "Jakarta", the opening "Supermarket") or a place's
#: "-based".
_CONTEXT = re.compile(rf"{NAME_WORD}|[\w-]+-based")
#: Words that stop a bare noun phrase: articles, conjunctions, pronouns, relative words,
#: which a false title never holds ("which owns Orlo", "and Orlo").
_NOT_MODIFIERS = frozenset(
    {"a", "an", "the", "and", "or", "but", "which", "who", "that", "its", "their", "his", "her"}
)


def bare_noun_before(text: str, start: int) -> str | None:
    """The noun of a bare noun phrase right before the name starting at `start`, with no
    article before it: after a sentence's or a line's opening, a capitalised word, a place's
    "-based" or a preposition (`data/prepositions.txt`); the noun and up to three modifiers
    before it lower case, no verb among them, no plural noun. None where an article stands
    before (`described.noun_before` reads those), or a verb ("Health Canada recalled Orlo").

    >>> bare_noun_before("Supermarket chain HomeBasket said", 18)
    'chain'
    >>> bare_noun_before("Nairobi-based financial technology start-up Tuma Labs said", 44)
    'start-up'
    >>> bare_noun_before("the director of fruit importer Sun Kee Trading", 31)
    'importer'
    >>> print(bare_noun_before("Health Canada recalled Orlo strollers", 23))
    None
    >>> print(bare_noun_before("a deal in which rival Orlo", 22))
    None
    >>> print(bare_noun_before("resolved to grant Orlo a lease", 18))
    None
    >>> print(bare_noun_before("pleaded guilty to killing Ana Roe", 26))
    None
    """
    end = start
    phrase: list[str] = []
    while len(phrase) < 4:
        word = _WORD.search(text, max(0, end - 40), end)
        if word is None:
            return None
        at = word.start()
        written = word.group("word")
        opening = at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (". ", "? ", "! ")
        if phrase and written == "to" and len(phrase) == 1:
            return None  # "resolved to grant Orlo a lease": an infinitive, no noun
        if phrase and (written in prepositions() or _CONTEXT.fullmatch(written)):
            break  # "of fruit importer", "São Paulo independent label", "Supermarket chain"
        if (
            not _LOWER.fullmatch(written)
            or written in _NOT_MODIFIERS
            or VERB_AFTER.fullmatch(written)
        ):
            return None
        phrase.insert(0, written)
        if opening:
            break
        end = at
    else:
        return None
    noun = phrase[-1]
    if noun.endswith("s") and not noun.endswith("ss"):
        return None  # "Darwen shops Orlo": a plural describes no one name
    if noun.endswith("ing"):
        return None  # "pleaded guilty to killing Ana Roe": a verb's, no title
    return noun
