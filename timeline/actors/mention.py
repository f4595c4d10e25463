"""The value an actor stage returns: one mention of an actor, and the types an actor can be.

>>> ActorMention(0, 6, "Apple.", "Apple", ActorType.ORGANISATION).type
'organisation'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.kinds import ActorType

#: The actor types as strings, in `ActorType` order.
ACTOR_TYPES = tuple(ActorType)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: offsets into the document, the text, and who it is.

    `type` is stored as the plain string of its `ActorType` (so tables and exports hold
    strings), whether the rule that made the mention passed the member or the string.
    """

    start: int
    end: int
    text: str
    name: str
    type: str
    role: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad mention offsets {self.start}..{self.end}")
        if self.type not in ACTOR_TYPES:
            raise ValueError(f"actor type {self.type!r} is not one of {ACTOR_TYPES}")
        if not self.name:
            raise ValueError("an actor needs a name")
        if type(self.type) is not str:
            object.__setattr__(self, "type", ActorType(self.type).value)


class MentionTuple(tuple[ActorMention, ...]):
    """A document's mentions as a tuple that hashes them once: the per-document caches
    (`referents.placed_persons`, `main_person`, `person_genders`) are asked again for each
    sentence, and a plain tuple hashes every mention again each time. Equal to, and hashed
    as, the plain tuple of the same mentions.

    >>> ana = ActorMention(0, 3, "Ana", "Ana Roe", ActorType.PERSON)
    >>> mentions = MentionTuple([ana])
    >>> mentions == (ana,), hash(mentions) == hash((ana,))
    (True, True)
    """

    def __hash__(self) -> int:
        cached: int | None = self.__dict__.get("hash")
        if cached is None:
            cached = self.__dict__["hash"] = tuple.__hash__(self)
        return cached


def named_most(names: Iterable[str]) -> str | None:
    """The name written most often among `names`, twice or more and more often than any
    other: the one a story is about; None on a tie or when none is written twice.

    >>> named_most(["Orlo", "Vell", "Orlo"]), named_most(["Orlo", "Vell"])
    ('Orlo', None)
    >>> print(named_most(["Orlo", "Vell", "Orlo", "Vell"]))
    None
    """
    ranked = Counter(names).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
