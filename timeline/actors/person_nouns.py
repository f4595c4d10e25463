"""Nouns of a person: of a man or a woman ("man", "widow", `a_persons_own_noun`), and of a
person by trade or kind that no body's people share ("farmer", "dealer", `a_tradesperson`).
A name before one is a place or a company, not the person (`modifiers`).

    >>> a_tradesperson("farmer"), a_persons_own_noun("widow"), a_tradesperson("player")
    (True, True, False)
"""

from __future__ import annotations

from functools import cache

from timeline.actors.appositives import person_noun
from timeline.actors.roles import role_nouns
from timeline.actors.vocabulary import state_nouns, titles
from timeline.wordlists import table, word_set

__all__ = ["a_persons_own_noun", "a_tradesperson"]


def a_persons_own_noun(word: str) -> bool:
    """Whether a lower-case word is a noun of a man or a woman ("man", "mother", "businessman":
    the nouns of `data/gendered_words.csv`), not one of a body's people: a title ("chairman")
    or a state's people ("spokesman"). A doer's ending (`appositives.person_noun`) is not
    enough: it does not tell a person ("farmer") from a machine ("processor", "computer"),
    which a brand before it names.

    >>> a_persons_own_noun("man"), a_persons_own_noun("chairman")
    (True, False)
    >>> a_persons_own_noun("spokesman"), a_persons_own_noun("processor")
    (False, False)
    """
    return word in _gendered_nouns() and word not in titles() and word not in state_nouns()


def a_tradesperson(word: str) -> bool:
    """Whether a lower-case word is a noun of a person by trade or kind ("farmer", "dealer",
    "shipowner", "teenager"; `appositives.person_noun`) that no body's people share: not a
    title, a state's people, a position in a team, nor a noun of an organisation's people
    (`data/member_nouns.txt`: "a Vella worker", "an Ashbourne player" are the body's), nor a
    word in "-or", most often a machine's ("a Vella processor"), nor a craft's ("lander").

    >>> a_tradesperson("farmer"), a_tradesperson("dealer"), a_tradesperson("teenager")
    (True, True, True)
    >>> a_tradesperson("player"), a_tradesperson("chairman"), a_tradesperson("processor")
    (False, False, False)
    """
    return (
        person_noun(word)
        and not word.endswith(("or", "ors"))
        and word not in titles()
        and word not in state_nouns()
        and word not in role_nouns()
        and word not in word_set("member_nouns.txt")
        and f"{word}s" not in word_set("member_nouns.txt")
        and word not in _craft_nouns()  # "the Aurela lander", a craft's own name
    )


@cache
def _craft_nouns() -> frozenset[str]:
    """Nouns of a craft or a vessel ("lander", "tanker"): `data/craft_nouns.txt` and
    `data/vessel_nouns.txt`."""
    return word_set("craft_nouns.txt") | word_set("vessel_nouns.txt")


@cache
def _gendered_nouns() -> frozenset[str]:
    """The nouns of `data/gendered_words.csv`: "man", "widow", "businessman"."""
    return frozenset(row[0] for row in table("gendered_words.csv") if row[2] == "noun")
