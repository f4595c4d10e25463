"""Team nicknames: "the Kestrels" after "the Calder State Kestrels", where the model found
no name in the plural, stands for the team (`nickname_anaphora`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import after_the, organisation_words
from timeline.kinds import ActorType

__all__ = ["nickname_anaphora"]

#: A capitalised plural right after a name: "Kestrels" of "the Calder State Kestrels".
_PLURAL_AFTER = re.compile(r" ([A-Z][a-z]+s)\b(?!['’-])")


def nickname_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the teams that "the Kestrels" stands for: a capitalised plural the article
    writes once right after a name and "the" before it ("the Calder State Kestrels", where
    the model found no name in the plural), when it follows no other name, nor a country.

    >>> team = ActorMention(4, 16, "Calder State", "Calder State", "organisation")
    >>> text = "The Calder State Kestrels won. The Kestrels play again on Friday."
    >>> [(m.text, m.name) for m in nickname_anaphora(text, [team])]
    [('The Kestrels', 'Calder State')]
    """
    starts = [m.start for m in mentions]
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        after = _PLURAL_AFTER.match(text, mention.end)
        if (
            after is None
            or mention.type == ActorType.COUNTRY
            or after.group(1).casefold() in organisation_words()
            or (index + 1 < len(mentions) and mentions[index + 1].start < after.end())
            or not after_the(text, mention.start)
        ):
            continue  # no plural, "the Senate Democrats" (a group the model named), a country
        owners.setdefault(after.group(1), set()).add(mention.name)
        first_end.setdefault(after.group(1), after.end())
    nicknames = {nick: next(iter(names)) for nick, names in owners.items() if len(names) == 1}
    if not nicknames:
        return []
    alternatives = "|".join(re.escape(nick) for nick in nicknames)
    found: list[ActorMention] = []
    for match in re.finditer(rf"\b[Tt]he\s+({alternatives})\b(?!['’-])", text):
        start, end = match.span()
        index = bisect_right(starts, start)
        if (
            start < first_end[match.group(1)]
            or (index and mentions[index - 1].end > start)
            or (index < len(mentions) and mentions[index].start < end)
        ):
            continue  # before the nickname is given, or a word of a name
        name = nicknames[match.group(1)]
        found.append(ActorMention(start, end, text[start:end], name, ActorType.ORGANISATION))
    return found
