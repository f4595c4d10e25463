"""A place named for the people who live there is an actor: "Residents of Norlane and Corio
said", "the people of Gdansk", "214 residents of Kitakyushu", "the mothers of Nyando" (the
nouns of `data/dweller_nouns.txt`). The golds list such a place 44 times of 44 on the 145 dev
sets (stop 52, helper `insent`); the model leaves some unlabelled (`dwellers_places` finds
them) and the learned veto drops others (`after_dwellers` keeps them).

    >>> text = "Residents of Norlane and Corio said the smoke was thick."
    >>> [(m.name, m.type) for m in dwellers_places(text, [])]
    [('Norlane', 'location'), ('Corio', 'location')]
    >>> after_dwellers("so have the people of Gdansk", 22), after_dwellers("the Gdansk", 4)
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import calendar_words, countries, nationality, stoplist
from timeline.kinds import ActorType
from timeline.wordlists import alternation, word_list

__all__ = ["after_dwellers", "dwellers_places", "with_dwellers_places"]

#: One place's name: one to three capitalised words ("Kitakyushu", "Long Pocket").
_PLACE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
#: What joins the places of a list: a comma, "and" ("of Orangi, Korangi and Lyari").
_JOIN = r"(?:,[ \t]*|,?[ \t]+and[ \t]+)"


@cache
def _nouns_of() -> str:
    """A dwellers' noun (`data/dweller_nouns.txt`, its first letter in either case) and "of"."""
    nouns = alternation(word_list("dweller_nouns.txt"), "either")
    return rf"(?<![\w'’-]){nouns}[ \t]+of[ \t]+"


@cache
def _dwellers_of() -> re.Pattern[str]:
    """A dwellers' noun and "of", the first letter of the noun in either case, then the
    places: one, or a list of them joined by commas and "and" ("of Orangi, Korangi and Lyari").
    """
    return re.compile(rf"{_nouns_of()}({_PLACE}(?:{_JOIN}{_PLACE})*)")


@cache
def _before_a_place() -> re.Pattern[str]:
    """What `after_dwellers` finds right before a place: the noun, "of" and the places before
    it in the list."""
    return re.compile(rf"{_nouns_of()}(?:{_PLACE}{_JOIN})*\Z")


def after_dwellers(text: str, start: int) -> bool:
    """Whether the name at `start` follows a dwellers' noun and "of", alone or in a list."""
    return _before_a_place().search(text[max(0, start - 120) : start]) is not None


def with_dwellers_places(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` (sorted by position) with `dwellers_places` among them, in their places."""
    found = dwellers_places(text, mentions)
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def dwellers_places(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The places after a dwellers' noun and "of" that no mention touches: a country's name
    the country, else a location. Not a month, a weekday, a stoplisted word nor a nationality
    ("families of Armenian descent" is no place), and not when the noun opens a name of its
    own ("Residents' Association of ..." has no "of" right after the noun).

    >>> text = "The people of Kenya voted; Residents of the estate met; people of Armenian descent"
    >>> [(m.name, m.type) for m in dwellers_places(text, [])]
    [('Kenya', 'country')]
    >>> pier = ActorMention(13, 25, "Nimmo's Pier", "Nimmo's Pier", "location")
    >>> dwellers_places("Residents of Nimmo's Pier objected", [pier])
    []
    """
    if "of" not in text:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found: list[ActorMention] = []
    for match in _dwellers_of().finditer(text):
        for place in re.finditer(_PLACE, match.group(1)):
            start, end = match.start(1) + place.start(), match.start(1) + place.end()
            name = place.group()
            if any(s < end and start < e for s, e in taken) or not _a_place(name):
                continue
            country = countries().get(name.casefold())
            kind = ActorType.COUNTRY if country else ActorType.LOCATION
            found.append(ActorMention(start, end, name, country or name, kind))
    return found


def _a_place(name: str) -> bool:
    """Whether words after a dwellers' "of" may be a place: none a month, a weekday or a
    stoplisted word, and not a nationality."""
    words = name.casefold().split()
    return not nationality(name) and not any(
        word in calendar_words() or word in stoplist() for word in words
    )
