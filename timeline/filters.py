"""Filters: what a user narrows the event table by, one value for every place that filters.

The dashboard applies it to a table in memory (`timeline.views.filter_events`); the store
turns it into SQL (`timeline.store.query`). Both give the same rows (a property test holds
them to it).

    >>> Filters(actors=("Antony Blinken",), start=date(2023, 10, 1)).match_all
    False
    >>> Filters(query="troops").text
    'troops'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user filters by; empty fields filter nothing.

    - `actors`: events naming any of them (all of them with `match_all`);
    - `start`, `end`: events whose dates overlap the range (both days included; a range
      that ends before it starts matches nothing);
    - `query`: text found, ignoring case, in the sentence, the title or an actor's name;
    - `documents`, `granularities`, `anchors`: events of these articles, precisions, anchors.
    """

    actors: tuple[str, ...] = field(default_factory=tuple)
    start: date | None = None
    end: date | None = None
    query: str = ""
    documents: tuple[str, ...] = field(default_factory=tuple)
    granularities: tuple[str, ...] = field(default_factory=tuple)
    anchors: tuple[str, ...] = field(default_factory=tuple)
    match_all: bool = False

    @property
    def text(self) -> str:
        """The text searched for, without the spaces around it ('' searches nothing)."""
        return self.query.strip()
