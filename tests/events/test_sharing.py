"""Actors the rows of one sentence share (`timeline.events.sharing`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.event import Event
from timeline.events.sharing import with_shared_actors

_NAMES = st.lists(st.sampled_from(["Lorient", "Peru", "Ferrant", "Ana Ruiz", "Tarn Bank"]))


def _event(actors: list[str]) -> Event:
    return Event(
        "e", "d", "s", 0, 1, 0, "vague", None, None, None, "", "", None, None,
        tuple(actors), tuple("organisation" for _ in actors),
    )  # fmt: skip


@given(st.lists(_NAMES, min_size=1, max_size=4), _NAMES, _NAMES)
def test_a_row_keeps_its_actors_and_gains_only_the_shared_ones(
    rows: list[list[str]], names: list[str], shared: list[str]
) -> None:
    names = list(dict.fromkeys(names))
    events = [_event(list(dict.fromkeys(row))) for row in rows]
    types = ["organisation"] * len(names)
    result = with_shared_actors(events, names, types, set(shared) & set(names))
    assert len(result) == len(events)
    for before, after in zip(events, result, strict=True):
        assert set(before.actors) <= set(after.actors)
        if len(events) > 1:
            assert set(after.actors) <= set(before.actors) | (set(shared) & set(names))
        else:
            assert after.actors == before.actors
        assert len(after.actors) == len(set(after.actors)) == len(after.actor_types)
