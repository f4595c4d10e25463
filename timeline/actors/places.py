"""Places the model took for persons: a name written right after a preposition of place ("in
Portalegre", "at Contin") is a place wherever the article writes it, unless it is a person's
by some other sign.

    >>> text = "Fires broke out above Tarvale. Heat reached 44C in Tarvale on Friday."
    >>> seen = [ActorMention(22, 29, "Tarvale", "Tarvale", "person"),
    ...         ActorMention(51, 58, "Tarvale", "Tarvale", "person")]
    >>> [m.type for m in places_taken_for_persons(text, seen)]
    ['location', 'location']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import place_prepositions, titles
from timeline.kinds import ActorType

__all__ = ["places_taken_for_persons"]

#: The word right before a name, and "the" between or not: "in Contin", "at the Kelso".
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+(?:the\s+)?$")
#: What only a person does right after the name: "Tarvale said", "Tarvale, 58,", "Tarvale's
#: wife"; a place's possessive is a thing ("Tarvale's harbour"), so only the persons' nouns.
_PERSON_AFTER = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*,|\s+(?:said|says|told|tells|added|asked|replied|wrote)\b|['’]s\s+"
    r"(?:wife|husband|son|daughter|father|mother|brother|sister|family|career|death|lawyer))"
)


def places_taken_for_persons(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`mentions` with each person whose name is as written (no fuller name found) made a
    place when the text writes it right after a preposition of place (`data/
    place_prepositions.txt`: "in", "at", "near"; not "to" or "from", which persons follow
    too: "lost to Dunmore", "a penalty from Ferrier"), and never after a title nor before
    what only a person does ("Tarvale said", "Tarvale, 58,"). Then the place belongs to every
    row of its sentence, as other places do, and no "he" stands for it.

    >>> text = "Ana Tarvale lives in Kelso. Tarvale said so."
    >>> seen = [ActorMention(0, 11, "Ana Tarvale", "Ana Tarvale", "person"),
    ...         ActorMention(21, 26, "Kelso", "Kelso", "person"),
    ...         ActorMention(28, 35, "Tarvale", "Ana Tarvale", "person")]
    >>> [m.type for m in places_taken_for_persons(text, seen)]
    ['person', 'location', 'person']
    """
    lone = {m.name for m in mentions if m.type == ActorType.PERSON and m.name == m.text}
    if not lone:
        return list(mentions)
    persons = {m.name for m in mentions if m.type == ActorType.PERSON}
    at_places: set[str] = set()
    personal: set[str] = set()
    words_at_places: set[tuple[str, str]] = set()  # (name, a word of it written alone)
    words_personal: set[tuple[str, str]] = set()
    for mention in mentions:
        if mention.name not in lone:
            continue
        word = _WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        before = word.group(1) if word is not None else ""
        if mention.role or before.casefold() in titles() or _PERSON_AFTER.match(text, mention.end):
            personal.add(mention.name)
            words_personal.add((mention.name, mention.text))
        elif before in place_prepositions():
            at_places.add(mention.name)
            words_at_places.add((mention.name, mention.text))
    places = {
        name
        for name in at_places - personal
        if not any(full != name and f" {name} " in f" {full} " for full in persons)
    }
    words = words_at_places - words_personal
    return [
        _as_place(m, words) if m.type == ActorType.PERSON and m.name in places else m
        for m in mentions
    ]


def _as_place(mention: ActorMention, words: set[tuple[str, str]]) -> ActorMention:
    """A mention of a place the model took for a person: the place as written; a word of it
    written alone, taken for a person's surname or first name ("Rotterdam" for "Gateway
    Rotterdam"), is the place that word names when the text also writes that word right after
    a preposition of place and never as a person's (`words`: (name, word) pairs).

    >>> seen = ActorMention(39, 48, "Rotterdam", "Gateway Rotterdam", "person")
    >>> moved = _as_place(seen, {("Gateway Rotterdam", "Rotterdam")})
    >>> moved.name, moved.type
    ('Rotterdam', 'location')
    >>> _as_place(seen, set()).type
    'person'
    """
    if mention.name == mention.text:
        return replace(mention, type=ActorType.LOCATION)
    if (mention.name, mention.text) in words and mention.text in mention.name.split():
        return replace(mention, name=mention.text, type=ActorType.LOCATION)
    return mention
