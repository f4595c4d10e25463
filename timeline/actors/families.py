"""A family named by its surname (stop 42, helper `actors3`): "the Maeda family", "from the
Behrendt family", "the Andrade e Silva family, which holds 42%" is one actor, the family,
which the golds name so; the model reads the surname as a person's (and the surname sweep
then gives it the full name of a namesake the story names: "Klaus Behrendt") or as a
company's.

    >>> text = "It bought the paper from the Behrendt family in 1998."
    >>> [(r.text, r.label) for r in named_families(text, [])]
    [('Behrendt family', 'NORP')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries, finite_verbs, nationality, prepositions
from timeline.kinds import PLACE_LABELS

__all__ = ["named_families"]

#: "the", one to three capitalised words (a particle between them: "Andrade e Silva", "van
#: der Berg"), and "family" in lower case, not a plural ("families": people of a place).
_FAMILY = re.compile(
    r"\b[Tt]he[ ](?P<name>[A-Z][\w'’-]*[^\W\d_]"
    r"(?:[ ](?:(?:e|y|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|le|la|al|el)[ ])*"
    r"[A-Z][\w'’-]*[^\W\d_]){0,2})[ ]family\b"
)
#: The lower-case word right after "family": a noun it describes ("the Maeda family home"),
#: or a verb, a preposition or a conjunction ("the Roe family sold", "the Roe family in 1962").
_WORD_AFTER = re.compile(r"[ ]+([a-z]+)\b")
#: Words after "family" that end its name: conjunctions and relatives.
_CLAUSE_WORDS = frozenset({"and", "or", "but", "which", "who", "whose", "that", "also"})


def _ends_a_name(word: str) -> bool:
    """Whether a lower-case word after "family" leaves it a name: a verb, a preposition, a
    conjunction or a relative ("sold", "in", "which"), not a noun ("home", "firm").

    >>> _ends_a_name("sold"), _ends_a_name("in"), _ends_a_name("home")
    (True, True, False)
    """
    return (
        word in _CLAUSE_WORDS
        or word in prepositions()
        or word in finite_verbs()
        or VERB_AFTER.fullmatch(word) is not None
    )


def named_families(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Families the text names by their surname after "the" and before "family" (see the
    module), as groups (label NORP: no "the company" stands for one); not a people's, a
    country's or a town's ("the Colombian family", "a Dubai family": a demonym, a country or
    a span the model labelled a place or a people), nor a family before a noun it describes
    ("the Maeda family home").

    >>> text = "The Colombian family and the Osaka family home; the Roe family, which sold."
    >>> [r.text for r in named_families(text, [RawSpan(29, 34, "Osaka", "GPE")])]
    ['Roe family']
    """
    found: list[RawSpan] = []
    for match in _FAMILY.finditer(text):
        start, end = match.span("name")
        name = match["name"]
        if name.casefold() in countries() or nationality(name):
            continue
        if any(
            r.start < end and start < r.end and (r.label in PLACE_LABELS or r.label == "NORP")
            for r in raw
        ):
            continue
        after = _WORD_AFTER.match(text, match.end())
        if after is not None and not _ends_a_name(after.group(1)):
            continue
        found.append(RawSpan(start, match.end(), text[start : match.end()], "NORP"))
    return found
