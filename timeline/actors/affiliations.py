"""Names the model missed that the sentence itself types: an apposition of their kind after
them ("Nordgas, the Norwegian system operator, said", "Lanka Tel, the largest operator
with ..."), or a person's organisation after "of"
("Pieter Botha of Cape Cycling") or after people "at" it ("Analysts at Berea Capital expect").

    >>> text = "Nordgas, the Norwegian system operator, said it would restart."
    >>> [(r.text, r.label) for r in apposed_names(text, [])]
    [('Nordgas', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.appositives import person_noun
from timeline.actors.descriptors import descriptor_nouns
from timeline.actors.occurrences import occurs, whole_edges
from timeline.actors.openings import capital_sweep
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    CAPITAL,
    SMALL,
    countries,
    organisation_words,
    place_words,
    titles,
)
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = ["affiliated_names", "apposed_names"]

_WORD = rf"{CAPITAL}{SMALL}[\w'’-]*"
#: One to three name words, a comma, then "the", "a" or "an", up to four words and the noun
#: of the apposition, closed by a comma or a preposition: "Nordgas, the Norwegian system
#: operator,".
_APPOSED = re.compile(
    rf"(?<![\w'’.&-])(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}}),[ ]+"
    rf"(?:the|a|an)[ ]+(?:[\w'’-]+[ ]+){{0,4}}?(?P<noun>[a-z]+)"
    rf"(?=,|[ ]+(?:with|of|in|for|based|which|that)\b)"
)
#: A capitalised word right before a name: the name is then the end of a longer one.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ ]+$")
#: Two or three name words after "of" (and "the"), closed by punctuation or a lower-case
#: word: "of Cape Cycling,", "of Ashby Greaney did".
_OF_NAME = re.compile(
    rf"[ ]of[ ]+(?:the[ ]+)?(?P<name>{_WORD}(?:[ ]{_WORD}){{1,2}})(?=[,.;:]|[ ]+[a-z])"
)
#: People in the plural at an organisation: "Analysts at Berea Capital", "traders at ...".
_PEOPLE_AT = re.compile(
    rf"\b(?P<people>[A-Za-z][a-z]+s)[ ]+at[ ]+(?P<name>{_WORD}(?:[ ]{_WORD}){{1,2}})"
    r"(?=[,.;:]|[ ]+[a-z])"
)


def _name_word(text: str, word: str, first: bool) -> bool:
    """Whether a capitalised word may be a word of a missed name: no title, month, weekday,
    sentence opener or country, and for its first word none the text writes in lower case."""
    folded = word.casefold()
    if (
        folded in titles()
        or folded in MONTHS
        or folded in WEEKDAYS
        or word in sentence_openers()
        or folded in countries()
    ):
        return False
    return not first or not occurs(text, folded, edges=whole_edges)


def _free(text: str, start: int, end: int, raw: Sequence[RawSpan]) -> bool:
    """Whether no span of `raw` lies on `text[start:end]` and no name word goes on before it."""
    if any(r.start < end and start < r.end for r in raw):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group(1) in sentence_openers()


def _shaped(text: str, name: str) -> bool:
    words = name.split()
    return all(_name_word(text, word, index == 0) for index, word in enumerate(words))


def apposed_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Organisations of one to three words the model missed, before an apposition that gives
    their kind (a noun of `data/organisation_anaphors.txt`: "Nordgas, the Norwegian system
    operator,"). No span of `raw` there, no title, month, weekday, opener or country among
    the words, the first never written in lower case. (A person's kin after a name, "Lionel
    Verco, his father,", was tried: a father then took his son's lone surname.)

    >>> text = "Tarn Verco, his father, left. Kelvo, a firm in Ost, grew."
    >>> [(r.text, r.label) for r in apposed_names(text, [])]
    [('Kelvo', 'ORG')]
    """
    found: list[RawSpan] = []
    for match in capital_sweep(_APPOSED, text):
        start, end = match.span("name")
        if (
            match["noun"] not in descriptor_nouns()
            or not _free(text, start, end, raw)
            or not _shaped(text, match["name"])
        ):
            continue
        found.append(RawSpan(start, end, match["name"], "ORG"))
    return found


def affiliated_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Organisations the model missed of two or three words, after a person the model found
    and "of" ("Pieter Botha of Cape Cycling", "Thomas Greaney of Ashby Greaney") or after
    people in the plural and "at" ("Analysts at Berea Capital expect"): no span of `raw`
    there, no title, month, weekday, opener or country among the words, no place word last
    ("of Port Hill Road"), the first word never written in lower case.

    >>> text = "Pieter Botha of Cape Cycling won. Analysts at Berea Capital expect a loss."
    >>> raw = [RawSpan(0, 12, "Pieter Botha", "PERSON")]
    >>> [r.text for r in affiliated_names(text, raw)]
    ['Cape Cycling', 'Berea Capital']
    """
    found: list[RawSpan] = []
    candidates: list[re.Match[str]] = []
    for person in raw:
        if person.label == "PERSON":
            match = _OF_NAME.match(text, person.end)
            if match is not None:
                candidates.append(match)
    candidates.extend(m for m in _PEOPLE_AT.finditer(text) if person_noun(m["people"].lower()))
    for match in candidates:
        start, end = match.span("name")
        words = match["name"].split()
        if words[-1].casefold() in place_words() - organisation_words():
            continue
        if not any(r.start < end and start < r.end for r in raw) and _shaped(text, match["name"]):
            found.append(RawSpan(start, end, match["name"], "ORG"))
    return found
