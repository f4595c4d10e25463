"""The person a court report tries, called by the party's noun: "Ana Roe, a farmer, of
Kelso, was fined £20 at Kelso District Court ... The defendant told the court he had bought
the still" is Ana Roe (stop 37, helper `referents7`).

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Ana Roe was fined on Monday. The defendant told the court he was sorry."
    >>> roe = ActorMention(0, 7, "Ana Roe", "Ana Roe", "person")
    >>> [(m.text, m.name) for m in party_anaphora(text, [roe])]
    [('The defendant', 'Ana Roe')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_context import (
    OPENING,
    acting,
    after_a_preposition,
    object_of_a_verb,
    sentence_start,
)
from timeline.actors.mention import ActorMention
from timeline.kinds import ActorType
from timeline.wordlists import word_list

__all__ = ["party_anaphora"]

_SENTENCE_OPENING = re.compile(OPENING)
#: Where a sentence ends: its stop before a space or a line's end, maybe a closing quote between
#: (not a straight "'", unlike `acting_letters`'); unlike `not_actors`' no line break alone.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s|$)")


@cache
def _party() -> re.Pattern[str]:
    """ "the" and a noun of `data/party_nouns.txt`, no possessive ("the defendant's land")."""
    nouns = "|".join(word_list("party_nouns.txt"))
    return re.compile(rf"\b[Tt]he\s+(?:{nouns})\b(?!['’])")


def _tried(text: str, persons: Sequence[ActorMention]) -> ActorMention | None:
    """The person a report tries: the one person without a title ("Judge", "Sergeant") that
    the first sentence naming any person writes in full, as a court report's lead does ("A
    Kelso dealer, Ana Roe (44), who pleaded guilty ..., was sentenced"; one word is no such
    name: "of Moyasta" may be a home the model took for a person). None when it names two,
    or only titled persons ("Judge Tom Bell sentenced ...").

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Ana Roe and Tom Bell were fined. The accused left."
    >>> pair = [ActorMention(0, 7, "Ana Roe", "Ana Roe", "person"),
    ...         ActorMention(12, 20, "Tom Bell", "Tom Bell", "person")]
    >>> print(_tried(text, pair))
    None
    """
    if not persons:
        return None
    first = sentence_start(text, persons[0].start)
    stop = _SENTENCE_END.search(text, persons[0].end)
    end = len(text) if stop is None else stop.start()
    untitled = {p.name for p in persons if first <= p.start < end and not p.role and " " in p.text}
    if len(untitled) != 1:
        return None
    name = untitled.pop()
    return next(p for p in persons if p.name == name)


def party_anaphora(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the person "the defendant", "the accused" stands for (`_tried`), where the
    noun is a subject: opening a sentence or acting ("said the accused was arrested", "the
    accused may apply"), not a verb's object ("He allowed the defendant until May") nor
    after a preposition ("a letter to the accused").

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Judge Tom Bell fined Ana Roe. The defendant said he was sorry."
    >>> judge = ActorMention(6, 14, "Tom Bell", "Tom Bell", "person", role="Judge")
    >>> [m.name for m in party_anaphora(text, [judge])]
    []
    """
    matches = list(_party().finditer(text))
    if not matches:
        return []
    persons = [m for m in mentions if m.type == ActorType.PERSON]
    tried = _tried(text, persons)
    if tried is None:
        return []
    found: list[ActorMention] = []
    for match in matches:
        start, end = match.span()
        if start < tried.end or any(m.start < end and start < m.end for m in mentions):
            continue  # before the lead names the person, or a word of a name
        if object_of_a_verb(text, start, end) or after_a_preposition(text, start, end):
            continue
        if not (_SENTENCE_OPENING.match(text, start) or acting(text, start, end)):
            continue
        found.append(ActorMention(start, end, text[start:end], tried.name, ActorType.PERSON))
    return found
