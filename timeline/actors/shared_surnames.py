"""Two people sharing one surname, written once after both given names: "Jean and Tom
Ashburner", "his parents, Dana and Mark Whitlock". The model reads the first given name as a
person of one word; it is that person with the surname written after the second name.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Jean and Tom Ashburner were married in 1963."
    >>> found = [ActorMention(0, 4, "Jean", "Jean", "person"),
    ...          ActorMention(9, 22, "Tom Ashburner", "Tom Ashburner", "person")]
    >>> [m.name for m in shared_surnames(text, found)]
    ['Jean Ashburner', 'Tom Ashburner']

A name of one word that the article writes elsewhere as a part of a longer name is a surname
of its own, not a given name ("Obama and Hillary Clinton" after "Barack Obama").

    >>> text = "Barack Obama spoke. Obama and Hillary Clinton met."
    >>> found = [ActorMention(0, 12, "Barack Obama", "Barack Obama", "person"),
    ...          ActorMention(20, 25, "Obama", "Obama", "person"),
    ...          ActorMention(30, 45, "Hillary Clinton", "Hillary Clinton", "person")]
    >>> [m.name for m in shared_surnames(text, found)]
    ['Barack Obama', 'Obama', 'Hillary Clinton']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors.mention import ActorMention

__all__ = ["shared_surnames"]

#: Between the two given names: " and " or " & ".
_AND = re.compile(r"\s+(?:and|&)\s+")
_PERSON = "person"


def shared_surnames(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`mentions` with each first given name of such a pair given the surname (see the
    module)."""
    words_of_longer = {word for m in mentions if len(m.name.split()) > 1 for word in m.name.split()}
    result = list(mentions)
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        if (
            first.type != _PERSON
            or second.type != _PERSON
            or len(first.name.split()) != 1
            or first.name in words_of_longer
            or len(second.text.split()) != 2
        ):
            continue
        between = _AND.fullmatch(text, first.end, second.start)
        if between is None:
            continue
        surname = second.name.split()[-1]
        result[index] = replace(first, name=f"{first.name} {surname}")
    return result
