"""Export from the store: any filtered view to CSV, JSON Lines, Parquet or TimelineJS, as
`timeline.export` writes a table (spreadsheet-safe CSV and all), a chunk of rows at a time.

    >>> from timeline.store import connect_read_only
    >>> store = connect_read_only("timeline.duckdb")  # doctest: +SKIP
    >>> export_view(store, Filters(actors=("Iraq",)), "iraq.parquet")  # doctest: +SKIP
    37

CSV, JSON Lines and Parquet stream (millions of rows never sit in memory at once); a
TimelineJS file is one JSON document, built whole. The file appears only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pandas as pd

from timeline.errors import ExportError
from timeline.export import export_bytes, format_for, to_csv, to_jsonl
from timeline.filters import Filters
from timeline.store.query import NO_FILTER, iter_rows
from timeline.table import arrow_schema, empty_table

if TYPE_CHECKING:
    import duckdb

#: Rows read from the store and written at a time.
CHUNK_ROWS = 50_000


def export_view(
    connection: duckdb.DuckDBPyConnection,
    filters: Filters = NO_FILTER,
    path: str | Path = "events.csv",
    *,
    chunk: int = CHUNK_ROWS,
) -> int:
    """Write the events `filters` selects to `path`, in the format its extension names;
    returns how many rows were written."""
    target = Path(path)
    fmt = format_for(target)  # fails before any work on an unknown extension
    chunks = iter_rows(connection, filters, chunk=chunk)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path()
        )
    except OSError as error:
        raise ExportError(f"cannot write {str(target)!r}: {error.strerror}") from None
    written = 0
    try:
        with os.fdopen(handle, "wb") as out:
            if fmt == "parquet":
                written = _parquet(chunks, out)
            elif fmt == "timelinejs":
                rows = pd.concat([empty_table(), *chunks], ignore_index=True)
                out.write(export_bytes(rows, fmt))
                written = len(rows)
            else:
                writer = to_csv if fmt == "csv" else to_jsonl
                for number, rows in enumerate(chunks):
                    data = writer(rows)
                    if fmt == "csv" and number:
                        data = data.split(b"\r\n", 1)[1]  # the header is written once
                    out.write(data)
                    written += len(rows)
                if fmt == "csv" and not written:
                    out.write(to_csv(empty_table()))
        Path(temporary).replace(target)
    except OSError as error:
        raise ExportError(f"cannot write {str(target)!r}: {error.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
    return written


def _parquet(chunks: Iterator[pd.DataFrame], out: BinaryIO) -> int:
    """The chunks as one Parquet file with the table's types (days as timestamps, lists of
    strings), as `timeline.export.to_parquet` writes a table."""
    import pyarrow as pa  # noqa: PLC0415  (only this format needs it)
    import pyarrow.parquet as pq  # noqa: PLC0415

    schema = pa.Table.from_pandas(empty_table(), schema=arrow_schema()).schema
    written = 0
    with pq.ParquetWriter(out, schema) as writer:
        for rows in chunks:
            writer.write_table(pa.Table.from_pandas(rows, schema=schema, preserve_index=False))
            written += len(rows)
    return written
