"""Parquet inputs: an event table (as `timeline extract -o x.parquet` and `timeline export`
write it), which `timeline ingest` stores as it is, or articles (a 'text' column, one article a
row, with the fields a JSON Lines or CSV file of articles gives: id, title, url, published).

    >>> parquet_kind(["event_id", "doc_id", "text"], "x.parquet")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    timeline.errors.DocumentError: x.parquet: an event table without the columns title, ...
    >>> parquet_kind(["id", "title", "text"], "articles.parquet")
    'documents'

Anything else is refused with a message that says which two kinds are read.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from timeline.errors import DocumentError, EmptyDocumentError
from timeline.table import COLUMNS

#: An event table's rows, or articles to extract.
ParquetKind = Literal["events", "documents"]
SUFFIX = ".parquet"
#: The columns that make a file an event table, whole or not (then the others are missing).
_EVENT_KEYS = ("event_id", "doc_id")


def parquet_columns(name: str, source: Path | bytes) -> list[str]:
    """The column names of the Parquet file at `source` (a path, or its bytes), from its
    schema alone. Raises `DocumentError` for a file that is not Parquet."""
    import pyarrow as pa  # noqa: PLC0415  (pyarrow loads only when a Parquet file is read)
    import pyarrow.parquet as pq  # noqa: PLC0415

    try:
        schema = pq.read_schema(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (pa.ArrowException, OSError) as error:
        raise DocumentError(name, f"not a Parquet file ({error})") from None
    return list(schema.names)


def parquet_kind(columns: list[str], name: str) -> ParquetKind:
    """What a Parquet file with these columns holds: "events" (every column of the event
    table; others are ignored) or "documents" (a 'text' column). Raises `DocumentError`,
    saying what is read, for anything else."""
    present = set(columns)
    if present >= set(COLUMNS):
        return "events"
    if all(key in present for key in _EVENT_KEYS):
        missing = ", ".join(column for column in COLUMNS if column not in present)
        raise DocumentError(
            name,
            f"an event table without the columns {missing}; write it with "
            "`timeline extract ARTICLES -o FILE.parquet` or `timeline export`",
        )
    if "text" in present:
        return "documents"
    raise DocumentError(
        name,
        "a Parquet file of neither events nor articles: Timeline reads an event table (the "
        "columns `timeline extract -o FILE.parquet` writes: event_id, doc_id, title, ...) or "
        "articles (a 'text' column, one article a row, with id, title, url, published if known)",
    )


def is_event_table(path: Path) -> bool:
    """Whether `path` is a Parquet file of event rows (a file that cannot be read, or holds
    something else, is not: reading it as articles reports why).

    >>> is_event_table(Path("data/blinken-iraq-2023.txt"))
    False
    """
    if path.suffix.lower() != SUFFIX or not path.is_file():
        return False
    try:
        return parquet_kind(parquet_columns(str(path), path), str(path)) == "events"
    except DocumentError:
        return False


def parquet_records(name: str, data: bytes) -> list[dict[str, Any]]:
    """The rows of a Parquet file of articles as records (days written YYYY-MM-DD), for
    `timeline.documents` to read as it reads JSON Lines. Raises `DocumentError` for an event
    table (its rows are stored by `timeline ingest`, not extracted again) and anything else
    that is not articles."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    if parquet_kind(parquet_columns(name, data), name) == "events":
        raise DocumentError(
            name,
            "an event table, not articles: store its rows with `timeline ingest FILE --store "
            "STORE`, or open it with `timeline app --table FILE`",
        )
    records = pq.read_table(io.BytesIO(data)).to_pylist()
    if not records:
        raise EmptyDocumentError(name, "no documents in the file")
    return [{key: _plain(value) for key, value in record.items()} for record in records]


def _plain(value: object) -> object:
    """A day or a time as its day, written YYYY-MM-DD (a publication date); else the value."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value
