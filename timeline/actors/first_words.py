"""Short forms of an organisation's name written alone in the text, found by their first words
(split from `timeline.actors.short_forms`, which maps the article's names to their longer
forms): the first word of a company's name the model missed ("Orchard" after "Orchard Labs",
`first_word_sweep`), the first words it took for a person ("Tarrow Bay" of "Tarrow Bay
Shipping", `typed_short_forms`), and whether a place preposition comes before a name
(`after_a_place_word`), which tells a place from the body named after it.

    >>> after_a_place_word("Floods in Kelso", 10), after_a_place_word("Shares in Kelso", 10)
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.occurrences import each_occurrence, occurrences, word_edges
from timeline.actors.short_forms import named_after_its_place
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import (
    countries,
    may_end_in_corporate_suffix,
    organisation_words,
    place_prepositions,
    titles,
)
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers
from timeline.wordlists import word_set

__all__ = ["after_a_place_list", "after_a_place_word", "first_word_sweep", "typed_short_forms"]

_WORD = re.compile(r"\b[^\W\d_]+\b")
#: The word just before a place, when only spaces or a possessive's mark stand between.
_WORD_BEFORE = re.compile(r"([\w’']+)\s+$")
#: Words before which a first word is no company's short name: a possessive's "s", "the".
_NOT_ALONE = frozenset({"s", "’s", "'s", "the"})
#: A word without a hyphen on either side, not followed by a capitalised word or a number.
_ALONE_WORD = re.compile(r"(?<![\w-])\w+(?![\w-])(?!\s+[A-Z0-9])")


def first_word_sweep(
    text: str, mentions: list[ActorMention], context: str | None = None
) -> list[ActorMention]:
    """The first word of an organisation's name written alone after the name, where the model
    missed it ("Orchard" after "Orchard Devices"): the first word of one organisation name of
    two words or more and of no other name, that the article (`context`, else `text`) never
    writes in lower case, so it is a name and no common word ("General" of "General Motors",
    "United" of "United Airlines" are written in lower case too); not a country, a title, an
    organisation word or a word that opens sentences, nor followed by another capitalised word
    or preceded by one or by "the" (a name of its own, or a thing).

    >>> full = ActorMention(0, 12, "Orchard Labs", "Orchard Labs", "organisation")
    >>> text = "Orchard Labs grew. Orchard will hire. Orchard Bank did not."
    >>> [(m.start, m.name) for m in first_word_sweep(text, [full])]
    [(19, 'Orchard Labs')]
    """
    owners: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.type != ActorType.ORGANISATION or len(words) < 2:
            continue
        owners.setdefault(words[0], set()).add(mention.name)
        first_seen.setdefault(mention.name, mention.start)
    persons = {w for m in mentions if m.type == ActorType.PERSON for w in m.name.split()}
    firsts = {
        word: next(iter(names))
        for word, names in owners.items()
        if len(names) == 1
        and len(word) >= 3
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word not in persons
        and word not in sentence_openers()
        and word.casefold() not in countries()
        and word.casefold() not in titles()
        and word.casefold() not in organisation_words()
    }
    if not firsts:
        return []  # the text need not be read for its words in lower case (stop 44)
    # the text read once, however many names (a long document names thousands)
    written = set(_WORD.findall(context if context is not None else text))
    lower_case = {word for word in written if word.islower()}
    firsts = {word: name for word, name in firsts.items() if word.casefold() not in lower_case}
    if not firsts:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for start, end in _alone_words(text, firsts):
        word = text[start:end]
        name = firsts[word]
        if start < first_seen[name] or free_position(taken, start, end) is None:
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and (before.group(1)[:1].isupper() or before.group(1) in _NOT_ALONE):
            continue  # "Wayne's World", "the Macbook": a word of another name, or a thing
        if _a_place_of_its_body(text, start, end, name):
            continue  # "officers at Cardiff and Barry" beside the "Cardiff City Council"
        found.append(ActorMention(start, end, word, name, ActorType.ORGANISATION))
    return found


def _a_place_of_its_body(text: str, start: int, end: int, name: str) -> bool:
    """Whether the word `text[start:end]`, the first of the body `name`, stands for the place
    the body is named after: after a place preposition or in a list after one, when the body's
    name is two words longer ("at Cardiff and Barry" beside the "Cardiff City Council"; not
    "at Orchard" of "Orchard Labs", a company's short name), or wherever it stands when the
    body is the place's own ("Tarka" of the "Tarka District Council"). The rule
    `ArticleNames` keeps for the names the model found (stop 44), for the sweep's too.

    >>> text = "officers at Cardiff and Barry"
    >>> _a_place_of_its_body(text, 12, 19, "Cardiff City Council")
    True
    >>> _a_place_of_its_body("Staff at Orchard said", 9, 16, "Orchard Labs")
    False
    """
    word = text[start:end]
    return named_after_its_place(word, name) or (
        len(name.split()) >= 3 and after_a_place_list(text, start, end)
    )


def _alone_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where `text` writes one of `words` alone (`_ALONE_WORD`: no word character or hyphen
    on either side, no capitalised word or number after it), in text order: what
    `_ALONE_WORD.finditer` finds of them, read from where the text writes each
    (`occurrences`: a text's few first words, rather than every word of the text; stop 44).

    >>> _alone_words("Orchard grew. Orchard-Lee, Orchards, Orchard Bank, Orchard.", ["Orchard"])
    [(0, 7), (51, 58)]
    """
    found: list[tuple[int, int]] = []
    for word in words:
        for position in occurrences(text, word, edges=_alone):
            found.append((position, position + len(word)))
    return sorted(found)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether `_ALONE_WORD` matches at `start` exactly to `end`: the word alone."""
    match = _ALONE_WORD.match(text, start)
    return match is not None and match.end() == end


#: The types the model gives the first words of an organisation's name by mistake.
_RETYPED = (ActorType.PERSON,)
#: A place preposition right before a name, "the" between or not, and the word before it:
#: "in Hronec", "at the Delta", "Shares in Hronec".
_PLACE_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b(?!the\b)([a-z]+)\s+(?:the\s+)?$")


def typed_short_forms(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions of the first words of one organisation's longer name that the model took
    for a person ("Harbour Crest" of "Harbour Crest Shipping"), renamed to that organisation:
    the first words of no other organisation's name, no country, no part of a person's longer
    name, and written nowhere after a place preposition ("in Nelson Mandela Bay" is the place
    of the "Nelson Mandela Bay Municipality"). Not a name taken for a place: too many bodies
    are named after theirs ("Solomon Islands National Museum"; outlet sets 95.7 -> 94.9%);
    but a company with a corporate suffix is named after no place written alone so
    ("Vireon" of "Vireon Therapeutics NV", which "the company" then stands for).

    >>> text = "Tarrow Bay Shipping lost money. Tarrow Bay said so."
    >>> full = ActorMention(0, 19, "Tarrow Bay Shipping", "Tarrow Bay Shipping", "organisation")
    >>> short = ActorMention(32, 42, "Tarrow Bay", "Tarrow Bay", "person")
    >>> [(m.text, m.name, m.type) for m in typed_short_forms(text, [full, short])]
    [('Tarrow Bay', 'Tarrow Bay Shipping', 'organisation')]
    """
    starts: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.type == ActorType.ORGANISATION and len(words) > 1:
            for cut in range(1, len(words)):
                starts.setdefault(" ".join(words[:cut]), set()).add(mention.name)
    if not starts:
        return []
    persons = [m.name for m in mentions if m.type == ActorType.PERSON]
    candidates = [
        m
        for m in mentions
        if (m.type in _RETYPED or (m.type == ActorType.LOCATION and _suffixed(starts, m.text)))
        and m.name == m.text
        and len(starts.get(m.text, ())) == 1
        and m.text.casefold() not in countries()
        and not any(p != m.name and f" {m.name} " in f" {p} " for p in persons)
    ]
    at_places = {m.text for m in candidates if _at_a_place(text, m)}
    return [
        ActorMention(m.start, m.end, m.text, next(iter(starts[m.text])), ActorType.ORGANISATION)
        for m in candidates
        if m.text not in at_places
    ]


def _suffixed(starts: dict[str, set[str]], short: str) -> bool:
    """Whether the one organisation's name `short` begins ends in a corporate suffix.

    >>> _suffixed({"Vireon": {"Vireon Therapeutics NV"}}, "Vireon")
    True
    >>> _suffixed({"Ghent": {"Ghent University"}}, "Ghent")
    False
    """
    names = starts.get(short, set())
    return len(names) == 1 and may_end_in_corporate_suffix(next(iter(names)))


def _at_a_place(text: str, mention: ActorMention) -> bool:
    """Whether `text` writes the name of `mention` anywhere after a place preposition; not
    "in" after a share or a stake (`data/holding_nouns.txt`): "Shares in Tarrow Bay rose"
    names the company, not a place.

    >>> bay = ActorMention(10, 20, "Tarrow Bay", "Tarrow Bay", "person")
    >>> _at_a_place("Shares in Tarrow Bay rose.", bay), _at_a_place("Floods in Tarrow Bay.", bay)
    (False, True)
    """
    return any(
        after_a_place_word(text, at)
        for at in each_occurrence(text, mention.text, edges=word_edges)  # \bNAME\b
    )


def after_a_place_word(text: str, start: int, end: int | None = None) -> bool:
    """Whether a place preposition comes right before `start` (`data/place_prepositions.txt`:
    "in", "at", "near", maybe with "the"); not "in" after a share or a stake ("Shares in"),
    nor before one, the name written from `start` to `end` ("Trading in Kelso shares").

    >>> after_a_place_word("Growers in Kelso lost", 11), after_a_place_word("Shares in Kelso", 10)
    (True, False)
    >>> after_a_place_word("Trading in Kelso shares stopped", 11, 16)
    False
    """
    before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if end is not None:
        after = _WORD_AFTER.match(text, end)
        if after is not None and after.group(1) in _holding_nouns():
            return False
    return (
        before is not None
        and before.group(2) in place_prepositions()
        and not (before.group(2) == "in" and _holding_before(text, before))
    )


#: The names of a list before its last: "Didsbury and " of "in Didsbury and Levenshulme",
#: "Hay, Deniliquin and " (one to three capitalised words each).
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:, and |, | and | or ))+$")


def after_a_place_list(text: str, start: int, end: int | None = None) -> bool:
    """Whether a place preposition comes right before `start` (`after_a_place_word`) or before
    a list of names that the name at `start` ends: "in Didsbury and Levenshulme", "at Hay,
    Deniliquin and Jerilderie" (stop 44).

    >>> after_a_place_list("Parents in Didsbury and Levenshulme met", 24)
    True
    >>> after_a_place_list("Didsbury and Levenshulme met", 13)
    False
    """
    if after_a_place_word(text, start, end):
        return True
    names = _LIST_BEFORE.search(text, max(0, start - 80), start)
    return names is not None and after_a_place_word(text, names.start())


#: The lower-case word right after a name: " shares" of "Kelso shares".
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


@cache
def _holding_nouns() -> frozenset[str]:
    return word_set("holding_nouns.txt")


def _holding_before(text: str, before: re.Match[str]) -> bool:
    """Whether the word before "in" is a share or a stake in lower case, or opening a sentence
    ("Shares in"; not "Kestel Vale Holdings in Kestel Vale", a name)."""
    word = before.group(1)
    if word is None or word.casefold() not in _holding_nouns():
        return False
    opened = text[: before.start(1)].rstrip(" \t")
    return word.islower() or not opened or opened[-1] in '.!?\n"”'
