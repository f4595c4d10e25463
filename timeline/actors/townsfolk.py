"""A town before the noun of a person by trade names where the person is from, not an actor
(the gold's "a place that only describes a thing"): "the Tarvik taxi driver convicted in
1972", "a Tarvik creamery manager,", "two Orrin musicians.", "The 24-year-old Ostby bank
clerk finished" (stop 34; the nouns of a kind of company or people are `appositives`'s, a
town the model took for a body before a trade is `modifiers`').

    >>> describes_a_townsperson("for the Tarvik taxi driver convicted in 1972", 8, 14, "GPE")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.appositives import person_noun
from timeline.actors.literals import LINE_WORDS_AFTER
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.person_nouns import a_tradesperson
from timeline.actors.vocabulary import countries, finite_verbs, prepositions, state_nouns
from timeline.actors.written_places import written_as_a_place
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import word_list, word_set

__all__ = ["describes_a_townsperson"]

#: One to three capitalised words of a town's name, no acronym nor digit: "Tarvik", "La Ronge".
_TOWN = re.compile(
    r"[A-Z][a-zß-ÿ\u0100-\u024f]+(?:[-'’][A-Za-zß-ÿ\u0100-\u024f]+)*"
    r"(?:[ \t][A-Z][a-zß-ÿ\u0100-\u024f]+(?:[-'’][A-Za-zß-ÿ\u0100-\u024f]+)*){0,2}"
)
#: An article or a count opening the person's noun phrase, one or two words of age or time
#: between at times: "the ", "a former ", "two ", "The 24-year-old ".
_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)[ \t]+"
    r"(?:(?:former|new|old|local|young|retired|veteran|\d+-year-old)[ \t]+){0,2}$"
)
#: What closes a person's noun phrase: a stop, a comma, a bracket, "who", a verb.
_PERSONS_END = re.compile(
    r"\s*[,.;:)]|\s+(?:who|whose|[a-z]+ed|had|has|was|were|is|are|will|would|told|said|says)\b"
)


def describes_a_townsperson(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name `text[start:end]` is a town after an article or a count and before
    the noun of a person by trade (`person_nouns.a_tradesperson`: "driver", "musicians") or a
    noun and a person's noun after it ("bank clerk", "creamery manager"), the phrase closed
    there (a stop, a comma, "who", a verb): where the person is from.

    >>> describes_a_townsperson("with two Orrin musicians.", 9, 14, "GPE")
    True
    >>> describes_a_townsperson("The 24-year-old Ostby bank clerk finished", 16, 21, "GPE")
    True
    >>> describes_a_townsperson("Ana Roe, a Tarvik creamery manager, led", 11, 17, "GPE")
    True

    Not a body of the town nor its state's people ("the Tarvik council clerk", "a Tarvik
    official"), nor a noun phrase that goes on ("the Tarvik taxi drivers union"), nor a
    country ("two Kenya runners": `modifiers` reads a country); a name the model took for no
    place only when the text writes it alone after a preposition of place ("in Orrin"):

    >>> describes_a_townsperson("the Tarvik council clerk said", 4, 10, "GPE")
    False
    >>> describes_a_townsperson("the Tarvik taxi drivers union said", 4, 10, "GPE")
    False
    >>> describes_a_townsperson("with two Orrin musicians.", 9, 14, "ORG")
    False
    >>> describes_a_townsperson("It opened in Orrin. Two Orrin musicians played.", 24, 29, "ORG")
    True
    """
    surface = text[start:end]
    if _TOWN.fullmatch(surface) is None or surface.casefold() in countries():
        return False
    words = LINE_WORDS_AFTER.match(text, end)  # the person's noun after it first: seldom there
    if words is None:
        return False
    first, second = words.group(1), words.group(2)
    person = (a_tradesperson(first) and _PERSONS_END.match(text, words.end(1)) is not None) or (
        second is not None
        and _describing_noun(first)
        and _persons_noun(second)
        and _PERSONS_END.match(text, words.end(2)) is not None
    )
    if not person or _COUNT_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    return label in PLACE_LABELS or written_as_a_place(text, surface)


def _describing_noun(word: str) -> bool:
    """Whether a lower-case word may stand as a noun between a town and a person's noun
    ("taxi" of "the Tarvik taxi driver"): no verb, preposition, clause word, nor a word of a
    body, a unit or a feature of the town ("council", "district")."""
    return not (
        word in finite_verbs()
        or word in prepositions()
        or word in word_set("clause_words.txt")
        or VERB_AFTER.fullmatch(word) is not None
        or word in _body_nouns()
        or word in state_nouns()
        or word in ("and", "or", "but", "of")
    )


def _persons_noun(word: str) -> bool:
    """Whether a lower-case word is a person's noun that no state's people nor body's member
    holds ("clerk", "manager", "driver"; not "official", "spokesman", "player")."""
    return (
        person_noun(word)
        and word not in state_nouns()
        and word not in word_set("member_nouns.txt")
        and word.removesuffix("s") not in word_set("member_nouns.txt")
    )


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns a town names a body, a unit or a feature of its own with: "council", "district",
    "river" (`data/place_body_nouns.txt`, `data/administrative_units.txt`,
    `data/feature_nouns.txt`)."""
    lists = ("place_body_nouns.txt", "administrative_units.txt", "feature_nouns.txt")
    return frozenset(word for name in lists for word in word_list(name))
