"""A sentence's rows said once (`timeline.events.distinct`): rows of one sentence with the same
date, actors and action are one row, with invented articles and rows."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.distinct import distinct_rows
from timeline.events.event import Event

from .helpers import news_events


def _row(number: int, anchor: str, value: str, actors: tuple[str, ...], action: str) -> Event:
    return Event(f"e{number}", "d", "s", 0, 1, 0, anchor, None, None, "day", "", value,
                 None, None, actors, ("person",) * len(actors), action)  # fmt: skip


def test_a_quoted_today_on_the_scene_day_gives_one_row_of_the_statement() -> None:
    text = (
        "PORTWELL, May 7, 2024 - The Portwell trade fair opened on Tuesday with 300 "
        "exhibitors.\n\nMira Hale, the fair's director, spoke for an hour. During her speech "
        'she said that "Today the fair is going to change the trade, we are going to make '
        'history today".'
    )
    rows = [e for e in news_events(text, date(2024, 5, 7)) if e.sentence.startswith("During")]
    said = [e for e in rows if e.action == "say" and "Mira Hale" in e.actors]
    assert len(said) == 1
    assert said[0].date_start == date(2024, 5, 7)
    assert said[0].anchor == "explicit"  # the row kept shows the "today" it was dated by


def test_rows_that_differ_in_date_action_or_actors_all_stay() -> None:
    rows = [
        _row(1, "explicit", "2024-05-05", ("Ada Roe",), "open"),
        _row(2, "explicit", "2024-05-06", ("Ada Roe",), "open"),
        _row(3, "explicit", "2024-05-05", ("Ada Roe",), "say"),
        _row(4, "explicit", "2024-05-05", ("Ada Roe", "Ivo Marsh"), "open"),
    ]
    assert distinct_rows(rows) == rows


_ROWS = st.lists(
    st.builds(
        _row,
        st.integers(0, 99),
        st.sampled_from(["explicit", "inherited", "published"]),
        st.sampled_from(["2024-05-05", "2024-05-06"]),
        st.sampled_from([("Ada Roe",), ("Ivo Marsh",), ("Ada Roe", "Ivo Marsh")]),
        st.sampled_from(["open", "say"]),
    ),
    max_size=8,
)


@given(_ROWS)
def test_each_row_seen_once_in_the_order_first_written(rows: list[Event]) -> None:
    def seen(row: Event) -> tuple[str, frozenset[str], str | None]:
        return (row.date_value, frozenset(row.actors), row.action)

    kept = distinct_rows(rows)
    assert len({seen(row) for row in kept}) == len(kept)
    assert [seen(row) for row in kept] == list(dict.fromkeys(seen(row) for row in rows))
    for row in kept:
        same = [r for r in rows if seen(r) == seen(row)]
        explicit = [r for r in same if r.anchor == "explicit"]
        assert row is (explicit[0] if explicit else same[0])
