"""Persons named with a patronymic word the model missed: "Siti binti Yusof", "Ahmad bin
Salleh", "Daniel arap Moi". A lower-case "bin", "binti", "bint", "ibn" or "arap" between
capitalised words says "son of" or "daughter of" (`data/patronymic_words.txt`): the words
around it are one person's name, whatever the model made of them.

    >>> text = "Siti binti Yusof was named chief executive on Monday."
    >>> [(r.text, r.label) for r in with_patronymic_names(text, [RawSpan(11, 16, "Yusof", "ORG")])]
    [('Siti binti Yusof', 'PERSON')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import CAPITAL, SMALL, titles
from timeline.sentences import sentence_openers
from timeline.wordlists import longest_first, word_set

__all__ = ["with_patronymic_names"]

#: A capitalised word of a name, of any alphabet ("Yusof", "Abdul-Rahman").
_WORD = rf"{CAPITAL}{SMALL}[\w'’-]*"


@cache
def _patronymic_name() -> re.Pattern[str]:
    """One or two capitalised words, a patronymic word, one or two capitalised words:
    "Siti binti Yusof", "Mohd Faiz bin Abdul Rahman"."""
    words = "|".join(re.escape(word) for word in longest_first("patronymic_words.txt"))
    return re.compile(
        rf"(?<![\w'’.-])((?:{_WORD} )?{_WORD}) (?:{words}) ({_WORD}(?: {_WORD})?)(?![\w'’-])"
    )


def with_patronymic_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each person written with a patronymic word as one span,
    in place of the spans the model found inside the name ("Yusof" of "Siti binti Yusof");
    a span reaching outside it keeps its words ("Bank Negara ..."). A sentence's opener is no
    given name ("The bin Salleh family": none), nor is a word of time ("Yesterday Ahmad") or a
    title ("Ms Ní Fhlannagáin": the model's "Ní Fhlannagáin" stays).

    >>> text = "Yesterday Ahmad bin Salleh met Karim."
    >>> [r.text for r in with_patronymic_names(text, [RawSpan(20, 26, "Salleh", "ORG")])]
    ['Ahmad bin Salleh']
    >>> [r.text for r in with_patronymic_names("The bin Salleh family", [])]
    []
    >>> [r.text for r in with_patronymic_names("Ms Ní Fhlannagáin said", [])]
    []
    """
    words = longest_first("patronymic_words.txt")
    if not any(f" {word} " in text for word in words):
        return list(raw)
    openers = sentence_openers()
    times = word_set("time_adverbs.txt")
    found: list[RawSpan] = []
    for match in _patronymic_name().finditer(text):
        given = match.group(1).split()
        while given and (
            given[0] in openers or given[0].casefold() in times or given[0].casefold() in titles()
        ):  # "Ms Ní Fhlannagáin": her title, no given name (stop 42)
            given = given[1:]
        if not given:
            continue
        start = match.end(1) - len(" ".join(given))
        end = match.end()
        if any(
            r.start < end and start < r.end and not start <= r.start <= r.end <= end for r in raw
        ):
            continue  # a span reaching outside the name holds some of its words
        if any(r.start == start and r.end == end for r in raw):
            continue
        found.append(RawSpan(start, end, text[start:end], "PERSON"))
    if not found:
        return list(raw)
    kept = [r for r in raw if not any(f.start <= r.start and r.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda r: (r.start, r.end))
