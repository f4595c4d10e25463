"""What a sentence writes around an organisation's name that is no word of it: a descriptor
opening the sentence ("Steelmaker Acme SA", "Budget carrier Acme"), a place after it ("the
City Hospital in Lagos"); and a descriptor before a name that says the name is an
organisation's ("device maker Lumo"), where the model took it for a place.
Descriptors are the nouns of `data/organisation_anaphors.txt`.

    >>> text = "Steelmaker Acme SA lost 3%."
    >>> [(r.text, r.label) for r in edges(text, RawSpan(0, 18, "Steelmaker Acme SA", "ORG"))]
    [('Acme SA', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import organisation_words, place_words
from timeline.wordlists import word_list

#: The lower-case word right before a name: "maker" of "device maker Lumo".
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: " in " and a place of capitalised words ending a name: "City Hospital in Lagos".
_IN_PLACE = re.compile(r" in ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)$")
#: Labels of places, which a descriptor before the name overrules.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: What may stand before a word that opens a sentence: nothing, a stop, a quotation mark.
_OPENS = re.compile(r"(?:^|[.!?:][\"”’]?\s+|\n\s*|[\"“]\s*)$")


@cache
def descriptor_nouns() -> frozenset[str]:
    """Nouns for a kind of organisation: "retailer", "carmaker", "maker".

    >>> {"retailer", "maker"} <= descriptor_nouns()
    True
    """
    return frozenset(word_list("organisation_anaphors.txt"))


def edges(text: str, span: RawSpan) -> list[RawSpan]:
    """The names in a cleaned span: without a descriptor that opens both it and its
    sentence (the name after it, an organisation), and an organisation's name apart from the
    place written after it with "in", which is a place of its own.

    >>> text = "The City Hospital in Lagos shut a ward."
    >>> [(r.text, r.label) for r in edges(text, RawSpan(4, 26, "City Hospital in Lagos", "ORG"))]
    [('City Hospital', 'ORG'), ('Lagos', 'GPE')]
    >>> budget = RawSpan(0, 20, "Budget carrier Zefir", "ORG")
    >>> [r.text for r in edges("Budget carrier Zefir rose.", budget)]
    ['Zefir']
    >>> [r.text for r in edges("Carrier pigeons flew.", RawSpan(0, 7, "Carrier", "ORG"))]
    ['Carrier']
    """
    span = _without_descriptor(text, span)
    if span.label != "ORG":
        return [span]
    place = _IN_PLACE.search(span.text)
    if place is None:
        return [span]
    name = span.text[: place.start()]
    if name.rsplit(" ", 1)[-1].casefold() not in organisation_words():
        return [span]
    place_start = span.start + place.start(1)
    return [
        RawSpan(span.start, span.start + len(name), name, "ORG", span.role),
        RawSpan(place_start, span.end, place.group(1), "GPE"),
    ]


def _without_descriptor(text: str, span: RawSpan) -> RawSpan:
    """`span` without the descriptor it opens with where it opens its sentence ("Steelmaker
    Acme SA", "Budget carrier Acme"): up to three words, the first capitalised for the
    sentence, the others in lower case, the last a descriptor noun, before a capitalised
    name; not before a lone organisation or place word, which the descriptor names with it
    ("Retailer Park")."""
    if not _OPENS.search(text, max(0, span.start - 4), span.start):
        return span
    words = span.text.split(" ")
    for last in range(min(3, len(words) - 1)):
        lead, rest = words[: last + 1], words[last + 1 :]
        if not (lead[0][:1].isupper() and lead[0][1:].islower()):
            return span
        if any(not word.islower() for word in lead[1:]):
            return span
        if (
            lead[-1].casefold() in descriptor_nouns()
            and rest[0][:1].isupper()
            and not (len(rest) == 1 and rest[0].casefold() in _name_words())
        ):
            cut = len(" ".join(lead)) + 1
            return RawSpan(span.start + cut, span.end, span.text[cut:], "ORG", span.role)
    return span


@cache
def _name_words() -> frozenset[str]:
    """Words that end a name and name nothing alone ("Park", "Bank")."""
    return organisation_words() | place_words()


def as_described(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with every span of a name written right after a lower-case descriptor noun
    ("device maker Lumo", "airline Ventura Aérea") that the model took for a place labelled
    an organisation, wherever the name is written. Not a person's: "childcare operator Ann
    Lee" runs a business, and is no business.

    >>> text = "Finnish device maker Lumo said so. Lumo grew."
    >>> raw = [RawSpan(21, 25, "Lumo", "GPE"), RawSpan(35, 39, "Lumo", "GPE")]
    >>> [r.label for r in as_described(text, raw)]
    ['ORG', 'ORG']
    """
    described = set()
    for item in raw:
        before = _WORD_BEFORE.search(text, max(0, item.start - 30), item.start)
        if before is not None and before.group(1) in descriptor_nouns():
            described.add(item.text)
    return [
        replace(item, label="ORG") if item.text in described and item.label in _PLACES else item
        for item in raw
    ]
