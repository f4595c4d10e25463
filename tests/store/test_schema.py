"""Opening a store: a new file is made, and a bad one (not DuckDB, not a store, another schema
version, locked by a writer) gets a message naming it and saying what to do."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from timeline.cli import main
from timeline.errors import StoreError
from timeline.store import SCHEMA_VERSION, connect_read_only, open_store
from timeline.store.schema import EVENT_COLUMNS
from timeline.table import SCHEMA

from .helpers import held_by_a_writer


def test_a_new_store_has_the_event_tables_columns_and_a_version(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    open_store(path).close()
    connection = connect_read_only(path)
    columns = connection.sql("DESCRIBE events").fetchall()
    version = connection.sql("SELECT value FROM timeline_store").fetchall()
    connection.close()
    assert [(name, kind) for name, kind, *_ in columns] == list(EVENT_COLUMNS.items())
    assert [name for name, *_ in columns] == list(SCHEMA)
    assert dict(columns_of(columns))["actors"] == "VARCHAR[]"
    assert dict(columns_of(columns))["date_start"] == "DATE"
    assert version == [(str(SCHEMA_VERSION),)]


def columns_of(described: list[tuple[object, ...]]) -> list[tuple[str, str]]:
    return [(str(row[0]), str(row[1])) for row in described]


def test_a_file_that_is_not_duckdb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes\n" * 200, encoding="utf-8")
    for opener in (open_store, connect_read_only):
        with pytest.raises(StoreError, match=r"notes\.duckdb: not a store"):
            opener(path)
    assert path.read_text(encoding="utf-8").startswith("these are my notes")  # untouched
    assert main(["export", "--store", str(path), "-o", str(tmp_path / "x.csv")]) == 2
    assert "not a store" in capsys.readouterr().err


def test_a_duckdb_file_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    other = duckdb.connect(str(path))
    other.execute("CREATE TABLE sales (amount INTEGER)")
    other.close()
    for opener in (open_store, connect_read_only):
        with pytest.raises(StoreError, match="not a Timeline store"):
            opener(path)


def test_an_unknown_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    open_store(path).close()
    future = duckdb.connect(str(path))
    future.execute("UPDATE timeline_store SET value = '99' WHERE key = 'schema_version'")
    future.close()
    for opener in (open_store, connect_read_only):
        with pytest.raises(StoreError, match=r"schema version 99.*reads version 1"):
            opener(path)


def test_a_missing_store_is_named_with_the_command_that_makes_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no such store.*timeline ingest"):
        connect_read_only(tmp_path / "missing.duckdb")


def test_a_store_locked_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    open_store(path).close()
    with held_by_a_writer(path):
        for opener in (open_store, connect_read_only):
            with pytest.raises(StoreError, match=r"in use by another process \(process \d+"):
                opener(path)
    connect_read_only(path).close()  # free again once the writer is gone
