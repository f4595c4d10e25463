"""Queries over a store: each filter against hand-built rows, and the SQL filter against the
dashboard's in-memory filter on random tables (the same rows, in the same order)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from duckdb import DuckDBPyConnection as Store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.events import Event
from timeline.filters import Filters
from timeline.store import connect_read_only, open_store, query
from timeline.store.ingest import write_batch
from timeline.table import event_table
from timeline.views import actor_counts, filter_events, lanes

from ..conftest import make_event
from .helpers import documents_of, refill, sample, sample_table, store_of


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    connection = store_of(*sample())
    yield connection
    connection.close()


def ids(store: Store, filters: Filters) -> list[str]:
    return query.rows(store, filters)["event_id"].tolist()


def docs_and_starts(store: Store, filters: Filters) -> list[tuple[str, int]]:
    found = query.rows(store, filters)
    return list(zip(found["doc_id"], found["sentence_start"], strict=True))


def test_rows_come_back_as_the_event_table_in_its_order(store: Store) -> None:
    expected = sample_table()
    found = query.rows(store)
    pd.testing.assert_frame_equal(found, expected)
    assert query.count(store) == 6


def test_actor_lists_any_and_all(store: Store) -> None:
    assert docs_and_starts(store, Filters(actors=("Lloyd Austin",))) == [("a", 50), ("b", 0)]
    anyone = Filters(actors=("Lloyd Austin", "Iraq"))
    assert docs_and_starts(store, anyone) == [("a", 50), ("b", 0), ("a", 0), ("b", 40)]
    both = Filters(actors=("Antony Blinken", "Lloyd Austin"), match_all=True)
    assert docs_and_starts(store, both) == [("b", 0)]
    assert query.count(store, Filters(actors=("Nobody",))) == 0
    # names match whole and with their case: "iraq" is another name than "Iraq"
    assert docs_and_starts(store, Filters(actors=("iraq",))) == [("c", 30)]


def test_date_range_keeps_every_event_that_overlaps_it(store: Store) -> None:
    # the month of October overlaps a range that starts on the 20th; the undated event never
    late = Filters(start=date(2023, 10, 20))
    assert docs_and_starts(store, late) == [("a", 50), ("b", 0), ("a", 0)]
    early = Filters(start=date(2023, 10, 2), end=date(2023, 10, 5))
    assert docs_and_starts(store, early) == [("a", 50)]
    assert docs_and_starts(store, Filters(end=date(2021, 12, 31))) == [("c", 30)]
    assert query.count(store, Filters(start=date(2023, 11, 1), end=date(2023, 10, 1))) == 0


def test_text_is_literal_and_ignores_case(store: Store) -> None:
    assert docs_and_starts(store, Filters(query="50%")) == [("a", 50)]
    assert docs_and_starts(store, Filters(query="%")) == [("c", 30), ("c", 0), ("a", 50)]
    assert docs_and_starts(store, Filters(query="a_b")) == [("c", 0)]  # not "a" + any + "b"
    assert docs_and_starts(store, Filters(query="_")) == [("c", 30), ("c", 0)]
    assert docs_and_starts(store, Filters(query="\\ back")) == [("c", 0)]
    assert docs_and_starts(store, Filters(query="  BLINKEN ")) == [("b", 0), ("a", 0)]
    # the title and the actors' names are searched too
    assert docs_and_starts(store, Filters(query="baghdad")) == [("b", 0), ("b", 40)]
    assert docs_and_starts(store, Filters(query="lloyd")) == [("a", 50), ("b", 0)]


def test_sql_looking_text_is_only_text(store: Store) -> None:
    assert docs_and_starts(store, Filters(query="'; DROP TABLE events; --")) == [("b", 40)]
    assert query.count(store, Filters(query="' OR 1=1 --")) == 0
    assert query.count(store, Filters(actors=("x') OR TRUE --",))) == 0
    assert query.count(store) == 6  # the table is still there, whole


def test_documents_precision_and_anchor(store: Store) -> None:
    assert docs_and_starts(store, Filters(documents=("c",))) == [("c", 30), ("c", 0)]
    assert docs_and_starts(store, Filters(granularities=("month", "week"))) == [
        ("c", 0),
        ("a", 50),
    ]
    assert docs_and_starts(store, Filters(anchors=("vague",))) == [("b", 40)]


def test_pages_counts_bounds_and_actors(store: Store) -> None:
    everything = ids(store, Filters())
    assert ids_page(store, 2, 0) + ids_page(store, 2, 2) + ids_page(store, 2, 4) == everything
    assert query.date_bounds(store) == (date(2021, 6, 1), date(2023, 10, 31))
    assert query.date_bounds(store, Filters(documents=("nope",))) == (None, None)
    assert query.actor_counts(store) == actor_counts(sample_table())
    assert query.actor_counts(store, Filters(documents=("b",))) == {
        "Antony Blinken": 1,
        "Lloyd Austin": 1,
        "Iraq": 1,
    }


def test_a_page_and_the_count_in_one_pass(store: Store) -> None:
    shown, total = query.page(store, Filters(query="blinken"), limit=1, offset=1)
    assert total == 2 and list(shown["doc_id"]) == ["a"]
    shown, total = query.page(store, Filters(query="blinken"), limit=5, offset=7)
    assert total == 2 and shown.empty and list(shown.columns) == list(sample_table().columns)
    assert query.matching_names(store, "  IRAQ") == ["Iraq", "iraq"] or sorted(
        query.matching_names(store, "IRAQ")
    ) == ["Iraq", "iraq"]


def test_a_selection_answers_the_page_count_span_and_density_from_one_choice(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "sample.duckdb"
    with open_store(path) as writing:
        write_batch(writing, *_sample_rows())
    searched = Filters(query="blinken")
    for connection in (store, connect_read_only(path)):  # a read-only file holds one too
        with query.Selection(connection, searched) as chosen:
            assert chosen.total == query.count(connection, searched) == 2
            pd.testing.assert_frame_equal(chosen.page(limit=5), query.rows(connection, searched))
            assert list(chosen.page(limit=1, offset=1)["doc_id"]) == ["a"]
            assert chosen.span() == (date(2023, 10, 22), date(2023, 10, 23))
            counts = chosen.density("month")
            assert set(zip(counts["actor"], counts["events"], strict=True)) == {
                ("Antony Blinken", 2),
                ("Iraq", 1),
                ("Lloyd Austin", 1),
            }
        tables = connection.sql("SELECT table_name FROM duckdb_tables() WHERE temporary")
        assert tables.fetchall() == []  # let go on leaving the `with`
    with query.Selection(store) as everything:  # no filter: the events themselves are read
        assert everything.total == 6
        assert everything.span() == (date(2021, 6, 1), date(2023, 10, 23))
    with query.Selection(store, Filters(documents=("nope",))) as nothing:
        assert nothing.total == 0 and nothing.page().empty and nothing.span() == (None, None)
        assert nothing.density("week").empty


def _sample_rows() -> tuple[list[Document], pd.DataFrame]:
    documents, events = sample()
    return documents, event_table(documents, events)


def ids_page(store: Store, limit: int, offset: int) -> list[str]:
    return query.rows(store, Filters(), limit=limit, offset=offset)["event_id"].tolist()


def test_density_counts_events_per_actor_lane_and_period(store: Store) -> None:
    found = query.density(store, Filters(), "month")
    rows = set(zip(found["actor"], found["period"].dt.date, found["events"], strict=True))
    assert rows == {
        ("Antony Blinken", date(2023, 10, 1), 2),
        ("Iraq", date(2023, 10, 1), 1),
        ("Lloyd Austin", date(2023, 10, 1), 2),
        ("iraq", date(2021, 6, 1), 1),
        ("(no actor)", date(2022, 1, 1), 1),  # as the timeline draws an event without actors
    }
    weekly = query.density(store, Filters(actors=("Antony Blinken",)), "week", max_lanes=1)
    assert set(weekly["actor"]) == {"Antony Blinken"}  # the busiest lane only
    assert list(weekly["period"].dt.date) == [date(2023, 10, 16), date(2023, 10, 23)]  # Mondays
    with pytest.raises(ValueError, match="fortnight"):
        query.density(store, Filters(), "fortnight")


# -- the property: the SQL filter is the dashboard's filter ------------------------------------

NAMES = ("Antony Blinken", "antony blinken", "Iraq", "50% Corp", "A_B Ltd", "O'Brien", "Café")
TEXT = st.text(alphabet="abAB %_\\'é;-", max_size=12)
DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2023, 3, 31))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[Document], list[Event]]:
    titles = {doc: draw(TEXT) for doc in ("a", "b", "c")}
    events = []
    for number in range(draw(st.integers(0, 12))):
        day = draw(st.none() | DAYS)
        length = draw(st.integers(0, 40))
        events.append(
            make_event(
                draw(st.sampled_from(sorted(titles))),
                number * 100,
                day,
                draw(st.sampled_from(["day", "week", "month", "year"])) if day else None,
                tuple(draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True))),
                draw(TEXT),
                end_day=day + timedelta(days=length) if day else None,
            )
        )
    return documents_of(titles), events


FILTERS = st.builds(
    Filters,
    actors=st.lists(st.sampled_from(NAMES), max_size=2, unique=True).map(tuple),
    start=st.none() | DAYS,
    end=st.none() | DAYS,
    query=st.one_of(st.just(""), TEXT, st.sampled_from(["%", "_", "\\", "a_", "IRAQ", "'"])),
    documents=st.lists(st.sampled_from(["a", "b", "c"]), max_size=2, unique=True).map(tuple),
    granularities=st.lists(st.sampled_from(["day", "month", "year"]), max_size=2).map(tuple),
    anchors=st.lists(st.sampled_from(["explicit", "vague"]), max_size=1).map(tuple),
    match_all=st.booleans(),
)


REUSED = store_of([], [])  # one in-memory store, refilled for each example


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), FILTERS)
def test_sql_filter_gives_the_rows_of_the_dashboards_filter(
    table: tuple[list[Document], list[Event]],
    filters: Filters,
) -> None:
    documents, events = table
    connection = REUSED
    refill(connection, documents, events)
    expected = filter_events(event_table(documents, events), filters)
    pd.testing.assert_frame_equal(query.rows(connection, filters), expected)
    assert query.count(connection, filters) == len(expected)
    first, total = query.page(connection, filters, limit=3, offset=1)
    pd.testing.assert_frame_equal(first, expected.iloc[1:4].reset_index(drop=True))
    assert total == len(expected)
    with query.Selection(connection, filters) as chosen:
        dated = expected["date_start"].dropna().dt.date
        assert chosen.span() == ((dated.min(), dated.max()) if len(dated) else (None, None))
    assert query.actor_counts(connection, filters) == actor_counts(expected)
    dated = expected.loc[expected["date_start"].notna()]
    assert query.date_bounds(connection, filters) == (
        dated["date_start"].min().date() if len(dated) else None,
        expected["date_end"].max().date() if len(dated) else None,
    )
    drawn = lanes(expected)
    weeks = drawn.groupby(
        ["actor", drawn["date_start"].dt.to_period("W").dt.start_time.rename("period")]
    ).size()
    found = query.density(connection, filters, "week", max_lanes=len(NAMES) + 1)
    assert dict(
        zip(zip(found["actor"], found["period"], strict=True), found["events"], strict=True)
    ) == {(actor, period): count for (actor, period), count in weeks.items()}
