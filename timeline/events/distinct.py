"""A sentence's rows said once: two rows of one sentence with the same date, the same actors
and the same action are one row on a timeline, whichever of its expressions gave each of them.

    >>> distinct_rows([])
    []
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.event import Event
from timeline.kinds import Anchor

#: What a reader sees of a row on a timeline: its date (value and precision), who acts, and
#: what they do ("said" and "fell" on one day are two events of a sentence, kept apart).
_Seen = tuple[str, str | None, frozenset[str], str | None]


def _seen(row: Event) -> _Seen:
    return (row.date_value, row.granularity, frozenset(row.actors), row.action)


def distinct_rows(rows: Sequence[Event]) -> list[Event]:
    """`rows` (one sentence's, in order) without repeats: "On Sunday, the first day of the
    fair, Ada Roe opened the hall" dates the opening by "Sunday" and by "the first day of the
    fair", both the same day: one row. Of rows that repeat each other the one kept is the
    first whose date the sentence writes (its `date_text` shows the reader where the day
    comes from), else the first; it stands where the first of them stood.

    >>> from timeline.events.event import Event
    >>> fair = Event("e1", "d", "s", 0, 1, 0, "inherited", None, None, "day", "",
    ...              "2024-05-05", None, None, ("Ada Roe",), ("person",), "open")
    >>> sunday = Event("e2", "d", "s", 0, 1, 0, "explicit", None, None, "day", "Sunday",
    ...                "2024-05-05", 3, 9, ("Ada Roe",), ("person",), "open")
    >>> said = Event("e3", "d", "s", 0, 1, 0, "explicit", None, None, "day", "Sunday",
    ...              "2024-05-05", 3, 9, ("Ada Roe",), ("person",), "say")
    >>> [row.event_id for row in distinct_rows([fair, sunday, said])]
    ['e2', 'e3']
    """
    kept: dict[_Seen, Event] = {}
    for row in rows:
        seen = _seen(row)
        first = kept.get(seen)
        if first is None:
            kept[seen] = row
        elif first.anchor != Anchor.EXPLICIT and row.anchor == Anchor.EXPLICIT:
            kept[seen] = row  # a dict keeps the place of the key's first row
    return list(kept.values())
