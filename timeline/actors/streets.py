"""Streets and roads the model missed, known by their shape: one to three capitalised words and
a street's word ("on Pellam Road", "Corrick Street is to close": `data/street_words.txt`), or
a road's number after its kind ("Highway 61", "State Route 9", "Interstate 14"). Where the
sentence says it happens, the golds name the street (stop 34). Rivers and canals so written
too ("a levee on the Tarka River gave way": `data/waterway_words.txt`, stop 36).

    >>> text = "Crews were sent to a substation on Pellam Road. Highway 61 stays shut."
    >>> [(r.text, r.label) for r in named_streets(text, [])]
    [('Pellam Road', 'FAC'), ('Highway 61', 'FAC')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.common_nouns import singulars
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import finite_verbs, prepositions, stoplist, titles
from timeline.sentences import sentence_openers
from timeline.wordlists import word_list

__all__ = ["named_streets"]

#: One to three capitalised words of a street's name; what follows is read for its kind.
_NAME = r"(?:[A-Z][\w'’-]*[ ]){1,3}"
#: A road's number after its kind: "Highway 61", "State Route 9", "Interstate 14", "Route 2A".
_NUMBERED = re.compile(
    r"(?<![\w-])(?:(?:State|County|US|U\.S\.)[ ])?(?:Highway|Route|Interstate)[ ]\d{1,3}[A-Z]?"
    r"(?![\w.,-]?\d)"
)
#: The kind's words `_NUMBERED` cannot match without: a text that writes none is not searched.
_NUMBERED_KINDS = re.compile(r"Highway|Route|Interstate")
#: What before a name makes it an address or a longer name: a number ("41 Pellam Road"), a
#: sign of a number ("No. 3"), or a capitalised word ("Blue Heron Lounge on").
_NOT_BEFORE = re.compile(r"(?:\d[\w/-]*,?|No\.|[A-Z][\w'’-]*)[ ]$")
#: The word right after the street, if any.
_WORD_AFTER = re.compile(r"[ ]([A-Za-z][\w'’-]*)")


def named_streets(
    text: str, raw: Sequence[RawSpan], nouns: frozenset[str] = frozenset()
) -> list[RawSpan]:
    """Streets the model missed (no span of `raw` on them), labelled as facilities: a name of
    one to three capitalised words before a capitalised street's word, or a road's number
    after its kind; rivers and canals, as places, before a capitalised river's word. None of
    the name's words opens sentences, is a title or a word of the stop list ("The Road",
    "Mayor Street"); no number stands before it (an address: "41
    Pellam Road") nor a capitalised word (the street ends a longer name); a capitalised word
    after it makes it part of a longer name ("Pellam Road Clinic"), and a noun after it
    (`nouns`, the model's noun index) makes it a thing's description ("a Corrick Street shop",
    "the Pellam Road footpath"), which the golds leave.

    >>> text = "A Corrick Street shop closed. Pellam Road Clinic opened at 41 Pellam Road."
    >>> named_streets(text, [], frozenset({"shop"}))
    []
    >>> [r.text for r in named_streets("Traders on Corrick Street said so.", [], frozenset())]
    ['Corrick Street']
    >>> named_streets("The Road to Ruin. On Street, in May.", [])
    []
    """
    found: list[RawSpan] = []
    for pattern, kinds, label in (
        (_street_pattern(), _street_kinds(), "FAC"),
        (_waterway_pattern(), _waterway_kinds(), "LOC"),
    ):
        if not any(kind in text for kind in kinds):
            continue  # no street's word: the pattern, tried at every capital, finds none
        for match in pattern.finditer(text):
            start, end = match.span()
            words = match.group(1).split()
            if any(_no_name_word(word) for word in words):
                continue
            found.append(RawSpan(start, end, match.group(), label))
    for match in _NUMBERED.finditer(text) if _NUMBERED_KINDS.search(text) else ():
        start, end = match.span()
        found.append(RawSpan(start, end, match.group(), "FAC"))
    return [
        street
        for street in found
        if not any(r.start < street.end and street.start < r.end for r in raw)
        and not _NOT_BEFORE.search(text, max(0, street.start - 30), street.start)
        and not _describes(text, street.end, nouns)
    ]


@cache
def _street_kinds() -> tuple[str, ...]:
    """The capitalised street's words of `data/street_words.txt` of four letters or more
    ("Rd", "Ave" and "Way" name no street by themselves)."""
    return tuple(sorted({w.capitalize() for w in word_list("street_words.txt") if len(w) > 3}))


@cache
def _street_pattern() -> re.Pattern[str]:
    """A name and a capitalised street's word (`_street_kinds`)."""
    kinds = _street_kinds()
    return re.compile(rf"(?<![\w'’&.-])({_NAME})(?:{'|'.join(kinds)})(?![\w'’-])")


@cache
def _waterway_kinds() -> tuple[str, ...]:
    """The capitalised words of a river or a canal (`data/waterway_words.txt`)."""
    return tuple(sorted(w.capitalize() for w in word_list("waterway_words.txt")))


@cache
def _waterway_pattern() -> re.Pattern[str]:
    """A name and a capitalised word of a river or a canal (`_waterway_kinds`): "the Tarka
    River", "the Vell Canal" (stop 36)."""
    kinds = _waterway_kinds()
    return re.compile(rf"(?<![\w'’&.-])({_NAME})(?:{'|'.join(kinds)})(?![\w'’-])")


def _no_name_word(word: str) -> bool:
    """Whether `word` is no word of a street's name: a sentence opener ("The", "On"), a title
    or a word of the stop list (months, weekdays).

    >>> _no_name_word("The"), _no_name_word("Mayor"), _no_name_word("Pellam")
    (True, True, False)
    """
    folded = word.casefold()
    return word in sentence_openers() or folded in titles() or folded in stoplist()


def _describes(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the word after a street at `end` makes it part of a longer name (a capitalised
    word) or a thing's description (a noun of `nouns` that is no preposition nor verb).

    >>> no_nouns: frozenset[str] = frozenset()
    >>> _describes("Pellam Road Clinic", 11, no_nouns), _describes("Pellam Road.", 11, no_nouns)
    (True, False)
    >>> _describes("the Pellam Road footpaths", 15, frozenset({"footpath"}))
    True
    """
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word[:1].isupper():
        return True
    if word in prepositions() or word in finite_verbs():
        return False
    return word in nouns or any(single in nouns for single in singulars(word))
