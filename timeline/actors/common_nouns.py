"""Common nouns capitalised by their place: one word opening a sentence ("Cabin crew walked
out", "Schools in Lilongwe reopened", "Turnout stood at 71 per cent") that English knows as
a noun and the article never writes capitalised inside a sentence is no name, whatever the
model took it for. English's nouns come from the model's own lemmatizer tables (WordNet's
index, shipped with `en_core_web_sm`); a pipeline without them turns the rule off.

    >>> text = "Floodwater swept through Dren. Floodwater fell."
    >>> capitalised_common_noun(text, 0, 10, frozenset({"floodwater"}))
    True
    >>> capitalised_common_noun("Paris rose. Fares in Paris fell.", 0, 5, frozenset({"paris"}))
    False
    >>> capitalised_common_noun("Ford, a carmaker, fell.", 0, 4, frozenset({"ford"}))
    False
    >>> capitalised_common_noun("Utilities were firm.", 0, 9, frozenset({"utility"}))
    True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from timeline.actors.occurrences import occurrences, word_edges
from timeline.sentences import OPENS_BEFORE
from timeline.wordlists import word_set

__all__ = [
    "capitalised_common_noun",
    "english_nouns",
    "english_words",
    "names_units_in_general",
    "singulars",
]

#: What follows a name, not a common noun: an apposition ("Ford, the second of the big three,"),
#: a possessive ("Ford's profit"), a reporting verb ("Thomas said").
_NAME_AFTER = re.compile(r"\s*,|['’]s\b|\s+(?:said|says|told|tells|announced|reported)\b")
#: A capitalised word right after, on the same line: "Apple Computer", "Cabin Crew Union".
_BEGINS_A_NAME = re.compile(r"[ \t]+[A-Z]")


def english_nouns(pipeline: Any) -> frozenset[str]:
    """The nouns of the `pipeline`'s lemmatizer index (lower case), or none without one.

    >>> english_nouns(object())
    frozenset()
    """
    index = _lemma_index(pipeline)
    return frozenset(index["noun"]) if index is not None and "noun" in index else frozenset()


def english_words(pipeline: Any) -> frozenset[str]:
    """The words of every part of speech of the `pipeline`'s lemmatizer index (nouns, verbs,
    adjectives, adverbs; lower case), or none without one: what English knows as a word
    (`extents.unknown_word_before`).

    >>> english_words(object())
    frozenset()
    """
    index = _lemma_index(pipeline)
    return frozenset(word for part in index.values() for word in part) if index else frozenset()


def _lemma_index(pipeline: Any) -> Any:
    """The `pipeline`'s lemmatizer index (its words by part of speech), or None without one."""
    try:
        return pipeline.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (AttributeError, KeyError, ValueError):
        return None


def singulars(folded: str) -> set[str]:
    """The singulars a lower-case plural may stand for ("-s", "-es", "-ies", "-ves",
    "-men"); none for a word that is no plural's shape.

    >>> sorted(singulars("firemen")), sorted(singulars("thieves"))
    (['fireman'], ['thief', 'thiefe', 'thiev', 'thieve'])
    >>> sorted(singulars("utilities")), singulars("crew")
    (['utiliti', 'utilitie', 'utility'], set())
    """
    if folded.endswith("men"):
        return {folded[:-3] + "man"}
    if not folded.endswith("s"):
        return set()
    forms = {folded[:-1], folded[:-2]}  # "-s", "-es": "classes"
    if folded.endswith("ies"):
        forms.add(folded[:-3] + "y")
    if folded.endswith("ves"):
        forms |= {folded[:-3] + "f", folded[:-3] + "fe"}
    return forms


def capitalised_common_noun(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether `text[start:end]` is one capitalised word opening a sentence that `nouns`
    holds (itself or, for a plural, its singular) and that `text` writes nowhere else
    capitalised inside a sentence ("Paris" after "in" is a name) nor before another capitalised
    word ("Apple Computer"), nor before what follows a name (an apposition, a possessive, a
    reporting verb: `_NAME_AFTER`)."""
    word = text[start:end]
    if not nouns or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if OPENS_BEFORE.search(text, max(0, start - 6), start) is None or _NAME_AFTER.match(text, end):
        return False
    folded = word.casefold()
    if not any(form in nouns for form in (folded, *singulars(folded))):
        return False
    in_a_name, inside = _written(text, word)
    return not in_a_name and all(other == start for other in inside)


#: The text `_written` last read, and what it found there per word: the words opening the
#: sentences of one text are asked in turn, and each word is read once (stop 34).
_LAST_TEXT: list[str] = [""]
_FOUND: dict[str, tuple[bool, tuple[int, ...]]] = {}


def _written(text: str, word: str) -> tuple[bool, tuple[int, ...]]:
    """Where `text` writes `word`: whether once before another capitalised word ("Apple
    Computer": the first word of a longer name), and where it stands inside a sentence.

    >>> _written("Apple fell. Shares of Apple Computer rose.", "Apple")
    (True, (22,))
    """
    if _LAST_TEXT[0] is not text:
        _LAST_TEXT[0] = text
        _FOUND.clear()
    found = _FOUND.get(word)
    if found is None:
        in_a_name = False
        inside: list[int] = []
        for at in occurrences(text, word, edges=word_edges, overlapping=False):
            in_a_name = in_a_name or _BEGINS_A_NAME.match(text, at + len(word)) is not None
            if not OPENS_BEFORE.search(text, max(0, at - 6), at):
                inside.append(at)
        found = _FOUND[word] = (in_a_name, tuple(inside))
    return found


#: A lower-case word or a number right before a word, on its line: "the deficit ", "three ".
_LOWER_BEFORE = re.compile(r"(?<![\w'’-])(?:[a-z][a-z-]*|\d+)[ \t]+$")


@cache
def _units() -> frozenset[str]:
    """The nouns of a state's parts: a state itself (a federation's: "the States", "the
    provinces") and the administrative units (`data/administrative_units.txt`)."""
    return word_set("administrative_units.txt") | {"state"}


def names_units_in_general(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one capitalised plural of a state's parts after a
    lower-case word or a number: units in general, capitalised by the paper's style ("the
    deficit States", "in the three States", "the six worst-affected Provinces"), no place
    (stop 38). Not after "the" or a capitalised word ("the States" may be a country, "the
    Gulf States" is a name), nor a singular ("Kaduna State").

    >>> text = "Wheat moved to the deficit States, and the three Provinces gained."
    >>> names_units_in_general(text, 27, 33), names_units_in_general(text, 49, 58)
    (True, True)
    >>> names_units_in_general("He moved to the States.", 16, 22)
    False
    >>> names_units_in_general("in the Gulf States", 12, 18)
    False
    """
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    before = _LOWER_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(0).rstrip() in ("the", "a", "an"):
        return False
    return any(form in _units() for form in singulars(word.casefold()))
