"""Ingest: articles into the store, a batch of documents per transaction, in bounded memory.

    >>> report = ingest(["data/"], "timeline.duckdb")  # doctest: +SKIP
    >>> report.added, report.unchanged  # doctest: +SKIP
    (2, 0)

A document is stored with the hash of its content and publication date (`content_hash`):
ingesting it again with the same hash skips it (no extraction), with another hash replaces
its rows. Each batch's events and document records are written in one transaction, so an
ingest stopped at any point (Ctrl-C, a killed process) has stored whole documents only, and
running it again goes on where it stopped. An ingest that adds a good share of the store's
events leaves them sorted by date, which date-range queries read fast. Inputs are read one
file at a time: a folder of 100,000 articles is never held in memory (links are fetched once
and held until their turn).

A Parquet event table named among the paths (`timeline extract -o x.parquet`, `timeline
export`) is not extracted again: its rows are stored as the events of their articles, keyed on
a hash of each article's rows (`timeline.store.tables`). A Parquet file of articles (a 'text'
column) is read as articles. Inside a folder, Parquet files are not read: name them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import groupby, islice
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.defaults import BATCH_SIZE
from timeline.documents import Document, unique_ids
from timeline.errors import DocumentError
from timeline.parquet import is_event_table
from timeline.sources import Source, document_sources, fetches, read_source
from timeline.store.schema import open_store, sort_events
from timeline.store.tables import store_table, table_documents
from timeline.table import COLUMNS, DATE_COLUMNS, arrow_schema

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from timeline.actors import AliasTable


#: An ingest that adds at least this share of the store's events sorts them by date after
#: (`timeline.store.schema.sort_events`); a small addition to a large store does not.
SORT_SHARE = 0.2

#: Called after each batch: documents done, documents in all, events stored so far.
IngestProgress = Callable[[int, int, int], None]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did: documents read, added, replaced (changed since they were stored)
    and left unchanged, events written, and one message per problem."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    #: inputs that could not be read, one message each
    errors: tuple[str, ...] = field(default_factory=tuple)
    #: documents given up (over the time budget): not stored, tried again next time
    skipped: tuple[str, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = field(default_factory=tuple)


def content_hash(document: Document) -> str:
    """The hash that says whether a stored document changed: its text, title, address and
    publication date (dated documents: see `timeline.pipeline.date_documents`).

    >>> doc = Document(id="a", text="Talks on Monday.", published=date(2023, 10, 23))
    >>> content_hash(doc) == content_hash(Document(id="b", text="Talks on Monday.",
    ...                                             published=date(2023, 10, 23)))
    True
    >>> content_hash(doc) == content_hash(Document(id="a", text="Talks on Monday."))
    False
    """
    published = document.published.isoformat() if document.published else ""
    parts = (document.text, document.title, document.url or "", published)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def ingest(
    paths: Iterable[str | Path],
    store: str | Path,
    *,
    batch_size: int = BATCH_SIZE,
    follow: bool = False,
    published: date | None = None,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    progress: IngestProgress | None = None,
    notify: Callable[[str], None] | None = None,
) -> IngestReport:
    """Add the articles `paths` name (files, folders, feeds, links: as `timeline extract`
    reads them; and event tables in Parquet, whose rows are stored as they are) to the store
    at `store`, created if absent, in the order given. `notify` hears each problem as it
    happens; the report lists them too. The other options are `timeline.pipeline.extract`'s.
    """
    from timeline.actors import AliasTable, load_aliases  # noqa: PLC0415  (spaCy, when needed)

    alias_table = aliases if isinstance(aliases, AliasTable) else load_aliases(aliases)
    tally = _Tally(notify)
    connection = open_store(store)  # a bad store fails before any reading
    try:
        sources, errors = document_sources(paths)
        tally.problems(tally.errors, [str(error) for error in errors])
        tables = _tables(connection, sources, tally)
        held, total = _count(sources, follow, tally, tables)
        total += sum(articles or 0 for articles in tables.values())
        done = 0
        seen: dict[str, int] = {}
        for kind, numbers in groupby(range(len(sources)), key=lambda number: number in tables):
            if kind:  # event tables: their rows are stored as they are
                for number in numbers:
                    if tables[number] is None:  # it could not be read: reported once
                        continue
                    done += _ingest_table(connection, Path(sources[number].location), tally)
                    if progress:
                        progress(done, max(total, done), tally.events)
                continue
            articles = _documents(sources, list(numbers), held, follow, seen)
            for batch in _batches(articles, max(1, batch_size)):
                _ingest_batch(
                    connection,
                    batch,
                    tally,
                    published=published,
                    model=model,
                    aliases=alias_table,
                    workers=workers,
                    timeout=timeout,
                )
                done += len(batch)
                if progress:
                    progress(done, max(total, done), tally.events)
        stored = connection.sql("SELECT count(*) FROM events").fetchall()[0][0]
        if tally.events and tally.events >= SORT_SHARE * stored:
            sort_events(connection)
    finally:
        connection.close()
    return tally.report()


@dataclass(slots=True)
class _Tally:
    notify: Callable[[str], None] | None
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def problems(self, kept: list[str], messages: Sequence[str]) -> None:
        kept.extend(messages)
        for message in messages:
            if self.notify:
                self.notify(message)

    def report(self) -> IngestReport:
        return IngestReport(
            self.read,
            self.added,
            self.replaced,
            self.unchanged,
            self.events,
            tuple(self.errors),
            tuple(self.skipped),
            tuple(self.warnings),
        )


def _tables(
    connection: duckdb.DuckDBPyConnection, sources: Sequence[Source], tally: _Tally
) -> dict[int, int | None]:
    """The sources that are event tables (Parquet files of event rows), by their number, with
    how many articles each holds rows of (None: it cannot be read, which is reported)."""
    tables: dict[int, int | None] = {}
    for number, source in enumerate(sources):
        if isinstance(source.location, Path) and is_event_table(source.location):
            try:
                tables[number] = table_documents(connection, source.location)
            except DocumentError as error:
                tally.problems(tally.errors, [str(error)])
                tables[number] = None
    return tables


def _ingest_table(connection: duckdb.DuckDBPyConnection, path: Path, tally: _Tally) -> int:
    """Store an event table's rows; the number of articles it holds (0 when it failed)."""
    try:
        report = store_table(connection, path)
    except DocumentError as error:
        tally.problems(tally.errors, [str(error)])
        return 0
    tally.read += report.documents
    tally.added += report.added
    tally.replaced += report.replaced
    tally.unchanged += report.unchanged
    tally.events += report.events
    return report.documents


def _count(
    sources: Sequence[Source], follow: bool, tally: _Tally, tables: Container[int]
) -> tuple[dict[int, list[Document]], int]:
    """How many documents the sources of articles hold (not the event `tables`), read once
    and let go (files parse in a fraction of the extraction's time); the documents of
    sources on the web are kept, not fetched twice. Reading errors are reported here, once."""
    held: dict[int, list[Document]] = {}
    total = 0
    for number, source in enumerate(sources):
        if number in tables:
            continue
        docs, errors = read_source(source, follow=follow)
        tally.problems(tally.errors, [str(error) for error in errors])
        total += len(docs)
        if fetches(source, follow=follow):
            held[number] = docs
    return held, total


def _documents(
    sources: Sequence[Source],
    numbers: Iterable[int],
    held: dict[int, list[Document]],
    follow: bool,
    seen: dict[str, int],
) -> Iterator[Document]:
    """The documents of the sources `numbers`, one source read at a time, ids unique as
    `read_documents` makes them (its errors were reported by `_count`)."""
    for number in numbers:
        source = sources[number]
        docs = held.pop(number) if number in held else read_source(source, follow=follow)[0]
        yield from unique_ids(docs, seen)


def _batches(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while batch := list(islice(documents, size)):
        yield batch


def _ingest_batch(
    connection: duckdb.DuckDBPyConnection,
    batch: list[Document],
    tally: _Tally,
    *,
    published: date | None,
    model: str | None,
    aliases: AliasTable,
    workers: int | None,
    timeout: float | None,
) -> None:
    """Extract the batch's new and changed documents and store them in one transaction."""
    from timeline.pipeline import date_documents  # noqa: PLC0415  (its import loads spaCy)

    tally.read += len(batch)
    dated, _ = date_documents(batch, published)  # warnings come again from `extract`
    hashes = {doc.id: content_hash(doc) for doc in dated}
    stored = dict(
        connection.execute(
            "SELECT id, content_hash FROM documents WHERE list_contains($ids, id)",
            {"ids": list(hashes)},
        ).fetchall()
    )
    todo = [doc for doc in batch if stored.get(doc.id) != hashes[doc.id]]
    tally.unchanged += len(batch) - len(todo)
    if not todo:
        return
    from timeline.pipeline import extract  # noqa: PLC0415

    result = extract(
        todo,
        model=model,
        aliases=aliases,
        published=published,
        workers=workers,
        timeout=timeout,
        merge=False,
    )
    tally.problems(tally.warnings, result.warnings)
    tally.problems(tally.skipped, result.skipped)
    replaced = [doc.id for doc in result.documents if doc.id in stored]
    write_batch(connection, result.documents, result.table, replaced=replaced)
    tally.replaced += len(replaced)
    tally.added += len(result.documents) - len(replaced)
    tally.events += len(result.table)


def write_batch(
    connection: duckdb.DuckDBPyConnection,
    documents: Sequence[Document],
    table: pd.DataFrame,
    *,
    replaced: Sequence[str] = (),
) -> None:
    """Store dated documents and their event rows in one transaction: the rows of the
    documents `replaced` go first; on any failure (or Ctrl-C) nothing of the batch is kept."""
    import pyarrow as pa  # noqa: PLC0415  (loaded with the first batch)

    if not documents:
        return
    events = pa.Table.from_pandas(table[list(COLUMNS)], schema=arrow_schema(), preserve_index=False)
    counts = table["doc_id"].value_counts().to_dict()
    now = datetime.now(tz=UTC).replace(tzinfo=None)
    records = pa.table(
        {
            "id": [doc.id for doc in documents],
            "title": [doc.title for doc in documents],
            "url": [doc.url for doc in documents],
            "published": pa.array([doc.published for doc in documents], pa.date32()),
            "published_source": [doc.published_source for doc in documents],
            "source": [doc.source for doc in documents],
            "content_hash": [content_hash(doc) for doc in documents],
            "events": pa.array([int(counts.get(doc.id, 0)) for doc in documents], pa.int64()),
            "ingested_at": pa.array([now] * len(documents), pa.timestamp("us")),
        }
    )
    columns = ", ".join(
        f"{column}::DATE AS {column}" if column in DATE_COLUMNS else column for column in COLUMNS
    )
    connection.register("new_events", events)
    connection.register("new_documents", records)
    try:
        connection.execute("BEGIN TRANSACTION")
        try:
            if replaced:
                gone = {"ids": list(replaced)}
                connection.execute("DELETE FROM events WHERE list_contains($ids, doc_id)", gone)
                connection.execute("DELETE FROM documents WHERE list_contains($ids, id)", gone)
            connection.execute(f"INSERT INTO events BY NAME SELECT {columns} FROM new_events")
            connection.execute("INSERT INTO documents BY NAME SELECT * FROM new_documents")
            connection.execute(
                "INSERT OR IGNORE INTO actor_names SELECT DISTINCT unnest(actors) FROM new_events"
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.unregister("new_events")
        connection.unregister("new_documents")
