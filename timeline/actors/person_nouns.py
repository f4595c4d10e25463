"""Nouns of a person: of a man or a woman ("man", "widow", `a_persons_own_noun`), and of a
person by trade or kind that no body's people share ("farmer", "dealer", `a_tradesperson`).
A name before one is a place or a company, not the person (`modifiers`).

    >>> a_tradesperson("farmer"), a_persons_own_noun("widow"), a_tradesperson("player")
    (True, True, False)

A trade capitalised by its place before a person's full name at a sentence's opening is the
person's role, not a word of the name (`trade_before_name`).
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.appositives import person_noun, trade_noun
from timeline.actors.roles import role_nouns
from timeline.actors.vocabulary import (
    corporate_suffix,
    organisation_words,
    place_words,
    state_nouns,
    titles,
)
from timeline.sentences import OPENS_BEFORE
from timeline.wordlists import table, word_set

__all__ = ["a_persons_own_noun", "a_tradesperson", "trade_before_name"]


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


#: A capitalised word of a person's name: "Gregory", "Ó", "Ba-Wazir".
_NAME_WORD = re.compile(r"[A-ZÀ-ÞŁŌŠŽ][\w'’-]*")
#: A trade by a form no given name has: "-ist", "-eer" ("Agronomist", "Auctioneer",
#: "Volunteer"), or a trade named without a doer's ending ("Accountant", "Nurse"); not "-er"
#: or "-or" alone ("Walter", "Hunter", "Victor" are names) nor "-ian" ("Christian", "Croatian").
_TRADE_FORM = re.compile(r"[a-z]{3,}(?:ist|eer)")


#: What follows a name in a sentence, not a headline's next capitalised word: a lower-case
#: word ("said") or a punctuation mark.
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[,;:(]|[a-z])")


def trade_before_name(text: str, start: int, surface: str) -> str | None:
    """The trade (and the space after it) opening a span that opens a sentence with a full
    name of two or three words after it ("Accountant Mira Solano said", "Auctioneer Ivo Lind
    Berg"): the trade is the person's role, capitalised by its place, not a word of the name.
    The trade is known by its form (`_TRADE_FORM`, `appositives.trade_noun`), not an "-er"
    ("Hunter Ross Dale" is a name), no plural and no title (its own rules); the name's words are
    capitalised, none an organisation's, a place's or a title's word, no corporate suffix
    ("Consultant Data Services Ltd" is a company), and a lower-case word or a punctuation mark
    follows (a headline's words are all capitalised: "Pilot Whales Stranded On Beach").

    >>> trade_before_name("Accountant Mira Solano said so.", 0, "Accountant Mira Solano")
    'Accountant '
    >>> trade_before_name("Volunteer Tomas Ek said so.", 0, "Volunteer Tomas Ek")
    'Volunteer '
    >>> trade_before_name("Hunter Ross Dale said so.", 0, "Hunter Ross Dale") is None
    True
    >>> trade_before_name("Agronomist Data Services said.", 0, "Agronomist Data Services") is None
    True
    >>> trade_before_name("He met Accountant Mira Solano.", 7, "Accountant Mira Solano") is None
    True
    >>> trade_before_name("Pilot Whales Stranded On Beach", 0, "Pilot Whales Stranded") is None
    True
    """
    words = surface.split()
    if len(words) not in (3, 4) or not words[0].isalpha() or not words[0][1:].islower():
        return None
    if OPENS_BEFORE.search(text, max(0, start - 6), start) is None or not _a_trade(
        words[0].casefold()
    ):
        return None
    rest = words[1:]
    if (
        not all(_NAME_WORD.fullmatch(word) for word in rest)
        or any(_name_word_of_a_kind(word.casefold()) for word in rest)
        or _SENTENCE_GOES_ON.match(text, start + len(surface)) is None
        or corporate_suffix().search(surface)
    ):
        return None
    return surface[: len(words[0])] + " "


def _name_word_of_a_kind(word: str) -> bool:
    """Whether a lower-case word is an organisation's, a place's or a title's word."""
    return word in organisation_words() or word in place_words() or word in titles()


@cache
def _a_trade(word: str) -> bool:
    """Whether a lower-case word is a trade by its form (`_TRADE_FORM`, `appositives.trade_noun`),
    no plural ("Students Take ...": a headline's) and no title (the title rules' own).

    >>> _a_trade("agronomist"), _a_trade("nurse"), _a_trade("walter"), _a_trade("president")
    (True, True, False, False)
    """
    if word.endswith("s") or word in titles():
        return False
    return _TRADE_FORM.fullmatch(word) is not None or (
        trade_noun(word) and not word.endswith("ian")
    )
