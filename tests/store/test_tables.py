"""Event tables into the store: a Parquet event table's rows stored as they are, keyed on a
hash of each article's rows (unchanged skipped, changed replaced), and refused with a reason
when they are not an event table's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.export import write_table
from timeline.filters import Filters
from timeline.store import connect_read_only, ingest, open_store, query
from timeline.store.export import export_view
from timeline.store.ingest import write_batch
from timeline.store.tables import HASH_PREFIX
from timeline.table import event_table

from ..conftest import make_event
from .helpers import sample, sample_table


def stored_rows(store: Path) -> pd.DataFrame:
    with connect_read_only(store) as connection:
        return query.rows(connection)


def test_an_event_table_is_stored_as_it_is_and_again_is_unchanged(tmp_path: Path) -> None:
    table = sample_table()
    written = tmp_path / "events.parquet"
    write_table(table, written)
    store = tmp_path / "store.duckdb"
    report = ingest([written], store)
    assert (report.read, report.added, report.replaced, report.unchanged) == (3, 3, 0, 0)
    assert report.events == len(table) and not report.errors
    pd.testing.assert_frame_equal(stored_rows(store), table)
    with connect_read_only(store) as connection:
        records = connection.sql("SELECT id, title, events, source, content_hash FROM documents")
        found = {row[0]: row[1:] for row in records.fetchall()}
        # a text search finds an article by its title, which its rows gave it
        assert query.count(connection, Filters(query="baghdad")) == 2
    assert found["a"][:3] == ("=cmd|' /C calc'!A0", 2, str(written))
    assert all(hashed.startswith(HASH_PREFIX) for *_, hashed in found.values())

    again = ingest([written], store)
    assert (again.read, again.added, again.replaced, again.unchanged, again.events) == (
        3,
        0,
        0,
        3,
        0,
    )
    # the same rows exported from the store (other Parquet types) hash the same
    exported = tmp_path / "exported.parquet"
    with connect_read_only(store) as connection:
        export_view(connection, Filters(), exported)
    assert ingest([exported], store).unchanged == 3


def test_changed_rows_replace_their_article_s_and_only_theirs(tmp_path: Path) -> None:
    documents, events = sample()
    store = tmp_path / "store.duckdb"
    with open_store(store) as connection:  # as an ingest of the articles stores them
        write_batch(connection, documents, event_table(documents, events))
    changed = [event for event in events if (event.doc_id, event.sentence_start) != ("b", 40)]
    changed.append(make_event("b", 90, date(2024, 1, 2), "day", ("Lloyd Austin",), "New."))
    table = event_table(documents, changed)
    path = tmp_path / "changed.parquet"
    write_table(table[table["doc_id"] == "b"], path)
    report = ingest([path], store)
    assert (report.read, report.added, report.replaced, report.events) == (1, 0, 1, 2)
    pd.testing.assert_frame_equal(stored_rows(store), table)
    with connect_read_only(store) as connection:
        counted = dict(connection.sql("SELECT id, events FROM documents").fetchall())
    assert counted == {"a": 2, "b": 2, "c": 2}


def test_rows_that_are_not_an_event_table_s_are_refused_whole(tmp_path: Path) -> None:
    store = tmp_path / "store.duckdb"
    table = sample_table()
    retitled = tmp_path / "retitled.parquet"
    write_table(table.assign(title=[f"title {n}" for n in range(len(table))]), retitled)
    unnamed = tmp_path / "unnamed.parquet"
    write_table(table.assign(doc_id=pd.Series([None] * len(table), dtype="string")), unnamed)
    mistyped = tmp_path / "mistyped.parquet"
    write_table(table.assign(date_start="last week"), mistyped)
    good = tmp_path / "good.parquet"
    write_table(table[table["doc_id"] == "c"], good)
    report = ingest([retitled, unnamed, good, mistyped], store)
    messages = "\n".join(report.errors)
    assert f"{retitled}: the rows of article 'a' give it several titles" in messages
    assert f"{unnamed}: rows without a doc_id" in messages
    assert f"{mistyped}: its rows are not an event table's (" in messages
    assert (report.read, report.added, report.events) == (1, 1, 2)  # the good one only
    assert list(stored_rows(store)["doc_id"]) == ["c", "c"]


def test_a_table_and_articles_are_stored_in_the_order_given(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "b.txt").write_text("Talks in Baghdad\n\nNothing happened.\n", encoding="utf-8")
    table = tmp_path / "events.parquet"
    write_table(sample_table(), table)
    store = tmp_path / "store.duckdb"
    report = ingest([table, articles], store, workers=1)
    assert (report.read, report.added, report.replaced) == (4, 3, 1)  # b: the table's, then
    with connect_read_only(store) as connection:
        source = connection.sql("SELECT source FROM documents WHERE id = 'b'").fetchall()
    assert source == [(str(articles / "b.txt"),)]


@pytest.mark.parametrize("rows", [0, 1])
def test_an_empty_table_stores_nothing(tmp_path: Path, rows: int) -> None:
    path = tmp_path / "events.parquet"
    write_table(sample_table().iloc[:rows], path)
    report = ingest([path], tmp_path / "store.duckdb")
    assert (report.read, report.events, report.errors) == (rows, rows, ())
