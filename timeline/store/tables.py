"""Event tables into the store: the rows of a Parquet event table (written by `timeline
extract -o x.parquet` or `timeline export`) stored as the events of their articles, as they
are, without extracting anything again.

    >>> with open_store("timeline.duckdb") as store:  # doctest: +SKIP
    ...     store_table(store, Path("events.parquet"))
    TableReport(documents=420, added=420, replaced=0, unchanged=0, events=9512)

Each article (`doc_id`) of the file is keyed on a hash of its rows: storing the same file
again leaves its articles as they are; an article whose rows changed has its rows replaced,
as has an article stored from its text (whose hash is of the text), and ingesting the text
again replaces the table's rows in turn. The rows of one file are written in one transaction:
an ingest stopped half-way keeps none of them, and running it again stores them all. DuckDB
reads the file (pandas never holds it), and keeps a short hash per row, not the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import DocumentError
from timeline.store.schema import EVENT_COLUMNS
from timeline.table import COLUMNS, LIST_COLUMNS

if TYPE_CHECKING:
    import duckdb

#: A table's hashes start with it: never the hash of an article's text.
HASH_PREFIX = "rows:"
#: The temporary table of the file's articles: id, hash, rows and the fields of the article.
_INCOMING = "timeline_incoming"


@dataclass(frozen=True, slots=True)
class TableReport:
    """What storing one event table did, counted in articles, and the event rows written."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0


def stored_columns() -> str:
    """The event table's columns as a SELECT list casting a table's values to the store's
    types (days to DATE, lists to VARCHAR[], an absent list to an empty one).

    >>> stored_columns().split(", ")[4]
    'CAST(published AS DATE) AS published'
    """
    return ", ".join(
        f"coalesce(CAST({column} AS VARCHAR[]), []) AS {column}"
        if column in LIST_COLUMNS
        else f"CAST({column} AS {EVENT_COLUMNS[column]}) AS {column}"
        for column in COLUMNS
    )


def table_documents(connection: duckdb.DuckDBPyConnection, path: Path) -> int:
    """How many articles the event table at `path` holds rows of."""
    import duckdb  # noqa: PLC0415

    try:
        found = connection.execute(
            "SELECT count(DISTINCT doc_id) FROM read_parquet($path)", {"path": str(path)}
        )
        return int(found.fetchall()[0][0])
    except duckdb.Error as error:
        raise DocumentError(str(path), f"its rows cannot be read ({error})") from None


def store_table(connection: duckdb.DuckDBPyConnection, path: Path) -> TableReport:
    """Store the rows of the event table at `path` (new and changed articles; see the module).
    Raises `DocumentError` (nothing stored) for rows without an article id, an article whose
    rows give it several titles, or values of other types than the event table's."""
    import duckdb  # noqa: PLC0415

    source = {"path": str(path)}
    rows = f"SELECT {stored_columns()} FROM read_parquet($path)"
    try:
        connection.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {_INCOMING} AS
            SELECT doc_id,
                   $prefix || sha256(string_agg(md5(to_json(r)), '' ORDER BY md5(to_json(r))))
                       AS content_hash,
                   count(*) AS events, count(DISTINCT title) AS titles,
                   min(title) AS title, min(url) AS url, min(published) AS published,
                   min(published_source) AS published_source
            FROM ({rows}) AS r GROUP BY doc_id
            """,
            {**source, "prefix": HASH_PREFIX},
        )
        try:
            return _store(connection, path, rows, source)
        finally:
            connection.execute(f"DROP TABLE IF EXISTS {_INCOMING}")
    except duckdb.Error as error:
        raise DocumentError(
            str(path), f"its rows are not an event table's ({_first_line(error)})"
        ) from None


def _store(
    connection: duckdb.DuckDBPyConnection, path: Path, rows: str, source: dict[str, str]
) -> TableReport:
    (documents, unnamed, retitled) = connection.sql(
        f"SELECT count(*), count(*) FILTER (doc_id IS NULL), "
        f"min(doc_id) FILTER (titles > 1) FROM {_INCOMING}"
    ).fetchall()[0]
    if unnamed:
        raise DocumentError(str(path), "rows without a doc_id (the article they come from)")
    if retitled is not None:
        raise DocumentError(
            str(path),
            f"the rows of article {retitled!r} give it several titles; an event table has one "
            "title per article (doc_id)",
        )
    changed = f"""
        SELECT i.doc_id, d.id IS NOT NULL AS stored FROM {_INCOMING} AS i
        LEFT JOIN documents AS d ON d.id = i.doc_id
        WHERE d.content_hash IS DISTINCT FROM i.content_hash
    """
    connection.execute(f"CREATE OR REPLACE TEMP TABLE timeline_changed AS {changed}")
    try:
        added, replaced = connection.sql(
            "SELECT count(*) FILTER (NOT stored), count(*) FILTER (stored) FROM timeline_changed"
        ).fetchall()[0]
        events = _write(connection, rows, source) if added or replaced else 0
    finally:
        connection.execute("DROP TABLE IF EXISTS timeline_changed")
    return TableReport(documents, added, replaced, documents - added - replaced, events)


def _write(connection: duckdb.DuckDBPyConnection, rows: str, source: dict[str, str]) -> int:
    """The changed articles' rows in place of their old ones, in one transaction."""
    chosen = "doc_id IN (SELECT doc_id FROM timeline_changed)"
    connection.execute("BEGIN TRANSACTION")
    try:
        connection.execute(f"DELETE FROM events WHERE {chosen}")
        connection.execute(
            "DELETE FROM documents WHERE id IN (SELECT doc_id FROM timeline_changed)"
        )
        connection.execute(
            f"INSERT INTO events BY NAME SELECT * FROM ({rows}) WHERE {chosen}", source
        )
        connection.execute(
            f"""
            INSERT INTO documents BY NAME
            SELECT doc_id AS id, title, url, published, published_source, $path AS source,
                   content_hash, events, $now AS ingested_at
            FROM {_INCOMING} WHERE {chosen}
            """,
            {**source, "now": datetime.now(tz=UTC).replace(tzinfo=None)},
        )
        written = connection.sql(f"SELECT sum(events) FROM {_INCOMING} WHERE {chosen}").fetchall()[
            0
        ][0]
        connection.execute(
            "INSERT OR IGNORE INTO actor_names SELECT DISTINCT unnest(actors) FROM events "
            f"WHERE {chosen}"
        )
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return int(written or 0)


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
