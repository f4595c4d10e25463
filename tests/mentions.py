"""Actor mentions placed by their text, for tests that hand a rule the model's mentions; the
names `find_actors` gives a text, and where a name stands in it."""

from __future__ import annotations

from functools import partial
from typing import Protocol

from timeline.actors import ActorMention, AliasTable, find_actors


class MentionAt(Protocol):
    def __call__(
        self, surface: str, kind: str, nth: int = 0, name: str | None = None
    ) -> ActorMention: ...


def mention_at(
    text: str, surface: str, kind: str, nth: int = 0, name: str | None = None
) -> ActorMention:
    """The `nth` (from 0) occurrence of `surface` in `text` as a mention of `kind`, named `name`
    (its own text when not given)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return ActorMention(start, start + len(surface), surface, name or surface, kind)


def placer(text: str) -> MentionAt:
    """`mention_at` for one text: `at = placer(text); at("Orlo", "organisation", 1)`."""
    return partial(mention_at, text)


def actor_names(text: str, aliases: AliasTable | None = None) -> list[str]:
    """The names of the actors `find_actors` finds in `text` (with `aliases`, when given), in
    order."""
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def span_of(text: str, name: str) -> tuple[int, int]:
    """The start and end of the first occurrence of `name` in `text`."""
    start = text.index(name)
    return start, start + len(name)
