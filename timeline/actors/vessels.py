"""Vessels: a ship is "she". A name written right after a vessel's noun ("the coastal steamer
Kaiwhata", "the Norwegian tanker Solvik Fjord"; `data/vessel_nouns.txt`) or a ship's prefix
("MV Lokwot Star"; `data/vessel_prefixes.txt`) names a vessel, whatever type the model gave it,
and "She" opening a later sentence may stand for it (`events.anaphora.resolve_anaphora`).

    >>> text = "The coastal steamer Kaiwhata ran aground. She was refloated."
    >>> kaiwhata = ActorMention(20, 28, "Kaiwhata", "Kaiwhata", "organisation")
    >>> sorted(vessel_names(text, (kaiwhata,)))
    ['Kaiwhata']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache, lru_cache

from timeline.actors.mention import ActorMention
from timeline.wordlists import letters_ahead, word_list

__all__ = ["vessel_names", "vessel_nouns", "vessel_types", "vessels_in"]

#: How far before a name its vessel's noun is looked for (characters).
_BEFORE_REACH = 30


@cache
def vessel_nouns() -> tuple[str, ...]:
    """The nouns of a vessel (`data/vessel_nouns.txt`), longest first.

    >>> "tanker" in vessel_nouns(), "satellite" in vessel_nouns()
    (True, False)
    """
    return tuple(sorted(word_list("vessel_nouns.txt"), key=len, reverse=True))


@cache
def _before_a_name() -> re.Pattern[str]:
    """A vessel's noun or a ship's prefix ending right before a name: "the tanker ", "MV "."""
    nouns = "|".join(re.escape(noun) for noun in vessel_nouns())
    prefixes = "|".join(re.escape(prefix) for prefix in word_list("vessel_prefixes.txt"))
    ahead = letters_ahead([*vessel_nouns(), *word_list("vessel_prefixes.txt")])
    return re.compile(rf"{ahead}(?:\b(?:{nouns})|(?<![\w/])(?:{prefixes})\.?)\s+$")


def names_a_vessel(text: str, mention: ActorMention) -> bool:
    """Whether `mention` is written right after a vessel's noun or a ship's prefix.

    >>> text = "the Norwegian tanker Solvik Fjord and Captain Ana Roe"
    >>> names_a_vessel(text, ActorMention(21, 33, "Solvik Fjord", "Solvik Fjord", "location"))
    True
    >>> names_a_vessel(text, ActorMention(46, 53, "Ana Roe", "Ana Roe", "person"))
    False
    """
    window = text[max(0, mention.start - _BEFORE_REACH) : mention.start]
    return _before_a_name().search(window) is not None


@lru_cache(maxsize=16)
def vessel_names(text: str, mentions: tuple[ActorMention, ...]) -> frozenset[str]:
    """The names of the vessels among `mentions`: those written once at least right after a
    vessel's noun or a ship's prefix (`names_a_vessel`), under any type. Asked again for
    each sentence of a document: cached."""
    return frozenset(m.name for m in mentions if names_a_vessel(text, m))


def vessel_types(text: str, mentions: tuple[ActorMention, ...]) -> dict[str, str]:
    """The vessels of the document `text` (`vessel_names`), each with its mention's type.

    >>> text = "The tanker Vela left. Ana Roe stayed."
    >>> found = (ActorMention(11, 15, "Vela", "Vela", "location"),
    ...          ActorMention(22, 29, "Ana Roe", "Ana Roe", "person"))
    >>> vessel_types(text, found)
    {'Vela': 'location'}
    """
    vessels = vessel_names(text, mentions)
    return {m.name: m.type for m in mentions if m.name in vessels} if vessels else {}


def vessels_in(
    start: int,
    end: int,
    mentions: Sequence[ActorMention],
    vessels: Mapping[str, str],
    own: Collection[str],
) -> list[str]:
    """The `vessels` named between `start` and `end`, once each, in order, but those of `own`.

    >>> found = [ActorMention(4, 8, "Vela", "Vela", "organisation"),
    ...          ActorMention(22, 27, "Leith", "Leith", "location")]
    >>> vessels_in(0, 30, found, {"Vela": "organisation"}, set())
    ['Vela']
    """
    named = (m.name for m in mentions if start <= m.start and m.end <= end)
    return [name for name in dict.fromkeys(named) if name in vessels and name not in own]
