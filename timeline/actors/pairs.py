"""A plural pointer to two organisations named together: "Both parties lost seats" after "Te
Tiare Party and the Democratic Front agreed to talk", "The unions want ..." after "called by
the Harbour Crew Union (HCU) and the smaller Deck Officers' Guild". A mention has one name,
so the pointer becomes two mentions, one for each ("Both" and "parties").

    >>> text = "Orlo Party and the Vell Front agreed to talk. Both parties lost seats."
    >>> found = [ActorMention(0, 10, "Orlo Party", "Orlo Party", "organisation"),
    ...          ActorMention(19, 29, "Vell Front", "Vell Front", "organisation")]
    >>> [(m.text, m.name) for m in pair_anaphora(text, found)]
    [('Both', 'Orlo Party'), ('parties', 'Vell Front')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_context import OPENING
from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import ActorType
from timeline.wordlists import word_set

__all__ = ["pair_anaphora"]

#: "Both", "The two" or "The" and a plural noun opening a sentence, a lower-case word after
#: it (its verb: "Both parties lost", "The unions want"; not "The unions' demands", nor a
#: name the noun describes, "The companies Orlo and Vell said").
_POINTER = re.compile(
    OPENING + r"(?P<first>Both|The\s+two|The)\s+(?P<noun>[a-z]+s)\b(?!['’])(?=\s+(?!of\b)[a-z])"
)
#: What stands between two names joined as a pair: the first one's short form in brackets
#: closing ("(UST)"), "and", maybe "the" and a describing word ("and the smaller").
_JOINED = re.compile(r"\)?\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?")


@cache
def _kinds() -> frozenset[str]:
    """The nouns of a kind of organisation, singular: "union", "party", "company"."""
    return organisation_words() | word_set("organisation_anaphors.txt")


def _singular(noun: str) -> str:
    """ "parties" -> "party", "unions" -> "union".

    >>> _singular("parties"), _singular("unions")
    ('party', 'union')
    """
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def _last_pair(
    text: str, mentions: Sequence[ActorMention], before: int
) -> tuple[ActorMention, ActorMention] | None:
    """The last two organisations of different names joined by "and" before `before`."""
    earlier = [m for m in mentions if m.end <= before]
    for index in range(len(earlier) - 1, 0, -1):
        second, first = earlier[index], earlier[index - 1]
        if (
            first.type == second.type == ActorType.ORGANISATION
            and first.name != second.name
            and _JOINED.fullmatch(text, first.end, second.start) is not None
        ):
            return first, second
    return None


def pair_anaphora(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Two mentions for each plural pointer to a kind of organisation ("Both parties", "The
    two unions", "The companies") opening a sentence: its first word(s) the first of the two
    organisations last named together ("A and B"), its noun the second. `mentions` are
    sorted by start."""
    found: list[ActorMention] = []
    for match in _POINTER.finditer(text):
        if _singular(match.group("noun")) not in _kinds():
            continue
        pair = _last_pair(text, mentions, match.start())
        if pair is None:
            continue
        for (start, end), named in zip(
            (match.span("first"), match.span("noun")), pair, strict=True
        ):
            found.append(ActorMention(start, end, text[start:end], named.name, named.type))
    return found
