"""A body named by its place in lower case, which a bare organisation word or the place stands
for (`place_bodies`): "Council" after "Regina city council", "the Bombay high court ruled",
and "Region Västra Götaland", the region's authority. Split from `descriptors` (stop 46),
whose job is the words around an organisation's name that are no word of it.

    >>> text = "Tarrow city council met. Council voted 8-3."
    >>> tarrow = ActorMention(0, 6, "Tarrow", "Tarrow", "location")
    >>> council = ActorMention(25, 32, "Council", "Council", "organisation")
    >>> [(m.text, m.name) for m in place_bodies(text, [tarrow, council])]
    [('Council', 'Tarrow City Council'), ('Tarrow', 'Tarrow City Council')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import ActorType
from timeline.wordlists import word_set

__all__ = ["place_bodies"]

#: A place's name, then a lower-case word or two ending in an organisation word: "Regina city
#: council", "Lagos state police" (the words are checked against `organisation_words`).
_PLACE_BODY = re.compile(r"(?<![\w'’-])((?:[a-z]+ )?)([a-z]+)\b")


def place_bodies(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions of a bare organisation word written as a name ("Council voted 8-3") where
    the text names one body with that word after a place in lower case ("Regina city council
    approved its budget"), renamed to that body, its words capitalised; and a place after
    "Region" ("Region Västra Götaland runs the hospital"), the region's authority, not the
    place of "the Västra Götaland region"; and the place itself before a body's noun
    (`_named_by_place`: "the Bombay high court ruled").

    >>> text = "Tarrow city council met. Council voted 8-3."
    >>> tarrow = ActorMention(0, 6, "Tarrow", "Tarrow", "location")
    >>> council = ActorMention(25, 32, "Council", "Council", "organisation")
    >>> [(m.text, m.name) for m in place_bodies(text, [tarrow, council])]
    [('Council', 'Tarrow City Council'), ('Tarrow', 'Tarrow City Council')]
    """
    regions = [
        replace(m, name=f"Region {m.name}", type=ActorType.ORGANISATION)
        for m in mentions
        if m.type != ActorType.COUNTRY
        and m.name == m.text
        and text[max(0, m.start - 7) : m.start] == "Region "
    ]
    return regions + _bare_bodies(text, mentions) + _named_by_place(text, mentions)


def _named_by_place(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The places written right before a body's noun in lower case after a word of its kind
    (`data/place_body_nouns.txt`: "the Bombay high court ruled"), renamed to the body, its
    words capitalised: the body acts. Not after "a" ("sued in a London court").

    >>> text = "The Tarsk high court ruled on Friday."
    >>> tarsk = ActorMention(4, 9, "Tarsk", "Tarsk", "location")
    >>> [(m.text, m.name, m.type) for m in _named_by_place(text, [tarsk])]
    [('Tarsk', 'Tarsk High Court', 'organisation')]
    """
    found: list[ActorMention] = []
    for place in mentions:
        if place.type != ActorType.LOCATION or place.name != place.text:
            continue
        after = (
            _PLACE_BODY.match(text, place.end + 1)
            if text[place.end : place.end + 1] == " "
            else None
        )
        if after is None or after.group(2) not in _place_body_nouns() or not after.group(1):
            continue  # "sued in a London court": a court in the place, unnamed
        if _AN_BEFORE.search(text, max(0, place.start - 4), place.start):
            continue
        words = [place.text, *after.group(1).split(), after.group(2)]
        name = " ".join(w if w[:1].isupper() else w.capitalize() for w in words)
        found.append(replace(place, name=name, type=ActorType.ORGANISATION))
    return found


#: "a " or "an " right before a place: "a London high court" is one of its courts.
_AN_BEFORE = re.compile(r"\b[Aa]n?\s+$")


@cache
def _place_body_nouns() -> frozenset[str]:
    return word_set("place_body_nouns.txt")


def _bare_bodies(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The bare organisation words of `place_bodies` renamed to the body of their place."""
    bare = [
        m
        for m in mentions
        if m.type == ActorType.ORGANISATION
        and m.name == m.text
        and m.text[:1].isupper()
        and m.text.casefold() in organisation_words()
    ]
    if not bare:
        return []
    bodies: dict[str, set[str]] = {}
    for place in mentions:
        if place.type not in (ActorType.LOCATION, ActorType.COUNTRY):
            continue
        after = (
            _PLACE_BODY.match(text, place.end + 1)
            if text[place.end : place.end + 1] == " "
            else None
        )
        if after is None or after.group(2) not in organisation_words():
            continue
        words = [place.text, *after.group(1).split(), after.group(2)]
        name = " ".join(w if w[:1].isupper() else w.capitalize() for w in words)
        bodies.setdefault(after.group(2), set()).add(name)
    return [
        replace(m, name=next(iter(bodies[word])))
        for m in bare
        if len(bodies.get(word := m.text.casefold(), ())) == 1
    ]
