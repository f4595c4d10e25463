"""The store's schema and its connections: one DuckDB file, no server.

    >>> from timeline.store import open_store
    >>> with open_store("timeline.duckdb") as store:  # doctest: +SKIP
    ...     store.sql("SELECT count(*) FROM events").fetchall()

Four tables: `events` (the event table's columns, `timeline.table.SCHEMA`, with days as DATE
and list columns as VARCHAR[]), `documents` (one row per stored article, with the hash that
says whether a new copy changed), `actor_names` (every actor name ever stored: a text search
looks there first, and reads the events' actor lists only when a name matches) and
`timeline_store` (the schema version).

Concurrency (DuckDB locks the file): one process writes at a time (`open_store`, used by
`timeline ingest`), and while it writes no other process can open the file; any number of
processes may read at once (`connect_read_only`). In a process, open one read-only connection
and give each thread its own cursor (`connection.cursor()`), or call `connect_read_only` in
each thread: a DuckDB connection must not be used by two threads at once.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from timeline.errors import StoreError
from timeline.table import DATE_COLUMNS, SCHEMA

#: The version of the tables below; a store of another version is refused with a message.
SCHEMA_VERSION = 1
#: The SQL type of each pandas type of the event table's schema.
SQL_TYPES = {
    "string": "VARCHAR",
    "datetime64[s]": "DATE",
    "Int64": "BIGINT",
    "int64": "BIGINT",
    "object": "VARCHAR[]",
}
EVENT_COLUMNS = {column: SQL_TYPES[dtype] for column, (dtype, _) in SCHEMA.items()}
#: The documents table: one row per stored article.
DOCUMENT_COLUMNS = {
    "id": "VARCHAR PRIMARY KEY",
    "title": "VARCHAR",
    "url": "VARCHAR",
    "published": "DATE",
    "published_source": "VARCHAR",
    "source": "VARCHAR",  # the file or link it was read from
    "content_hash": "VARCHAR NOT NULL",  # text, title, address and publication date
    "events": "BIGINT NOT NULL",
    "ingested_at": "TIMESTAMP NOT NULL",  # UTC
}
_TABLES = f"""
CREATE TABLE IF NOT EXISTS timeline_store (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS documents ({", ".join(f"{c} {t}" for c, t in DOCUMENT_COLUMNS.items())});
CREATE TABLE IF NOT EXISTS events ({", ".join(f"{c} {t}" for c, t in EVENT_COLUMNS.items())});
CREATE TABLE IF NOT EXISTS actor_names (name VARCHAR PRIMARY KEY);
"""


def event_select(alias: str = "") -> str:
    """The event columns as a SELECT list, days cast to the `datetime64[s]` pandas reads.

    >>> event_select().split(", ")[4]
    'published::TIMESTAMP_S AS published'
    """
    prefix = f"{alias}." if alias else ""
    return ", ".join(
        f"{prefix}{column}::TIMESTAMP_S AS {column}" if column in DATE_COLUMNS else prefix + column
        for column in SCHEMA
    )


def open_store(path: str | Path) -> duckdb.DuckDBPyConnection:
    """The one writing connection to the store at `path`, created (with its tables) if absent.

    Raises `StoreError` when the file is not a store, has another schema version, or another
    process has it open.
    """
    connection = _connect(Path(path), read_only=False)
    try:
        version = _version(connection, Path(path))
        if version is None:
            create_tables(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def create_tables(connection: duckdb.DuckDBPyConnection) -> None:
    """Make the store's tables in an empty database, with the schema version.

    >>> memory = duckdb.connect()
    >>> create_tables(memory)
    >>> memory.sql("SELECT value FROM timeline_store").fetchall()
    [('1',)]
    """
    connection.execute(_TABLES)
    connection.execute(
        "INSERT INTO timeline_store VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
    )


def sort_events(connection: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the events ordered by date, so that a query for a date range reads only the
    row groups holding those dates (DuckDB skips the others by their minimum and maximum):
    on 10M events an actor and a range then take a fraction of a full scan. One transaction:
    stopped half-way, the table stays as it was."""
    connection.execute("BEGIN TRANSACTION")
    try:
        connection.execute(
            "CREATE TABLE events_sorted AS SELECT * FROM events "
            "ORDER BY date_start NULLS LAST, date_end NULLS LAST"
        )
        connection.execute("DROP TABLE events")
        connection.execute("ALTER TABLE events_sorted RENAME TO events")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("CHECKPOINT")  # the old copy's space is given back now


def connect_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing store. Use one per thread (or a cursor of it
    per thread); any number of processes may read while none writes."""
    store = Path(path)
    if not store.is_file():
        raise StoreError(
            f"{store}: no such store; build one with `timeline ingest ARTICLES --store {store}`"
        )
    connection = _connect(store, read_only=True)
    try:
        if _version(connection, store) is None:
            raise StoreError(
                f"{store}: a DuckDB file but not a Timeline store (it has no timeline_store "
                "table); give a store made by `timeline ingest`"
            )
    except BaseException:
        connection.close()
        raise
    return connection


def _connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to `path`, with DuckDB's errors in the user's words."""
    if path.is_dir():
        raise StoreError(f"{path}: a folder, not a store; give a file name such as timeline.duckdb")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(_why_not(path, error)) from None


def _why_not(path: Path, error: duckdb.Error) -> str:
    message = str(error)
    if "lock" in message.lower():
        holder = re.search(r"held in (.+?) \(PID (\d+)\)", message)
        by = f" (process {holder.group(2)}, {holder.group(1)})" if holder else ""
        return (
            f"{path}: the store is in use by another process{by}; wait for the ingest to "
            "finish or close the dashboard, then try again"
        )
    if "not a valid DuckDB database file" in message:
        return (
            f"{path}: not a store (the file is not a DuckDB database); give a store made by "
            "`timeline ingest`, or a new file name to make one"
        )
    return f"{path}: the store cannot be opened ({message})"


def _version(connection: duckdb.DuckDBPyConnection, path: Path) -> int | None:
    """The store's schema version; None for a new (empty) file. Raises `StoreError` for a
    file that is a DuckDB database but not a store of a version this Timeline reads."""
    tables = {row[0] for row in connection.sql("SHOW TABLES").fetchall()}
    if "timeline_store" not in tables:
        if tables:
            raise StoreError(
                f"{path}: a DuckDB database but not a Timeline store (no timeline_store table); "
                "give a store made by `timeline ingest`, or a new file name"
            )
        return None
    found = connection.sql("SELECT value FROM timeline_store WHERE key = 'schema_version'")
    rows = found.fetchall()
    version = str(rows[0][0]) if rows else "none"
    if version != str(SCHEMA_VERSION):
        raise StoreError(
            f"{path}: the store has schema version {version}, and this Timeline reads version "
            f"{SCHEMA_VERSION}; open it with the Timeline that made it, or ingest the articles "
            "again into a new store"
        )
    return SCHEMA_VERSION
