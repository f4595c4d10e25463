"""Hand-built event tables and in-memory stores holding them, for the store's tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from timeline.documents import Document
from timeline.events import Event
from timeline.store.ingest import write_batch
from timeline.store.schema import create_tables
from timeline.table import event_table

from ..conftest import ROOT, make_event

#: A process that opens a store for writing, says so, and keeps it (as `timeline ingest` does).
_HOLD = """
import sys, time
from timeline.store import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


@contextmanager
def held_by_a_writer(path: Path) -> Iterator[Path]:
    """`path`, a store file, held open for writing by another process until the block ends."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
        yield path
    finally:
        writer.kill()
        writer.wait()


def documents_of(titles: dict[str, str]) -> list[Document]:
    return [
        Document(id=doc, text="x", title=title, published=date(2023, 10, 23))
        for doc, title in titles.items()
    ]


def store_of(documents: Sequence[Document], events: Sequence[Event]) -> duckdb.DuckDBPyConnection:
    """An in-memory store holding these documents' events, written as ingest writes them."""
    connection = duckdb.connect()
    create_tables(connection)
    write_batch(connection, documents, event_table(documents, events))
    return connection


def refill(
    connection: duckdb.DuckDBPyConnection, documents: Sequence[Document], events: Sequence[Event]
) -> None:
    """The store `connection` holding these documents' events and nothing else."""
    connection.execute("DELETE FROM events")
    connection.execute("DELETE FROM documents")
    write_batch(connection, documents, event_table(documents, events))


def sample() -> tuple[list[Document], list[Event]]:
    """Three articles, six events: shapes the filters must tell apart."""
    documents = documents_of(
        {"a": "=cmd|' /C calc'!A0", "b": "Talks in Baghdad", "c": "100% sure_thing"}
    )
    events = [
        make_event("a", 0, date(2023, 10, 23), "day", ("Antony Blinken", "Iraq"), "Blinken met."),
        make_event(
            "a",
            50,
            date(2023, 10, 1),
            "month",
            ("Lloyd Austin",),
            "Austin spoke of 50% more troops.",
            end_day=date(2023, 10, 31),
        ),
        make_event("b", 0, date(2023, 10, 22), "day", ("Antony Blinken", "Lloyd Austin"), "Both."),
        make_event("b", 40, None, None, ("Iraq",), "'; DROP TABLE events; -- recently."),
        make_event("c", 0, date(2022, 1, 3), "week", (), "A_b and \\ backslash."),
        make_event("c", 30, date(2021, 6, 1), "day", ("iraq",), "-Minus at the start."),
    ]
    return documents, events


def sample_table() -> pd.DataFrame:
    documents, events = sample()
    return event_table(documents, events)
