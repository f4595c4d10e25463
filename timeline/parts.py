"""Parquet parts: the rows of one chunk of documents per file, in the event table's schema,
written where the work ran (a cluster's worker) and read back where the table is wanted.

    >>> import tempfile
    >>> from timeline import Document, extract
    >>> folder = Path(tempfile.mkdtemp())
    >>> table = extract([Document(id="a", text="Blinken spoke on Monday, 23 Oct 2023.")]).table
    >>> write_part(table, folder, 0).name
    'part-000000.parquet'
    >>> read_parts(folder).equals(table)
    True

A part holds a chunk's rows before the steps that look across articles (one name and type per
actor, one row per event several articles report): `merge_across_articles` makes the table
`timeline extract` writes out of all the parts of a batch, so whoever ingests parts (the
command, a store) applies it once to everything read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from timeline.events import Event, merge_names
from timeline.table import (
    COLUMNS,
    LIST_COLUMNS,
    SCHEMA,
    arrow_schema,
    event_table,
    in_table_order,
    merge_duplicates,
)

if TYPE_CHECKING:
    from timeline.documents import Document

PART_PATTERN = "part-*.parquet"


def part_name(number: int) -> str:
    """The file name of part `number`: parts sort in the order they were numbered.

    >>> part_name(12)
    'part-000012.parquet'
    """
    return f"part-{number:06d}.parquet"


def write_part(table: pd.DataFrame, folder: Path, number: int) -> Path:
    """Write `table` as part `number` in `folder` (made if missing) and return its path. The
    file appears whole or not at all: it is written beside its name, then renamed."""
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / part_name(number)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    arrow = pa.Table.from_pandas(table[list(COLUMNS)], schema=arrow_schema(), preserve_index=False)
    pq.write_table(arrow, partial)
    partial.replace(path)
    return path


def parts_in(folder: Path) -> list[Path]:
    """The parts in `folder`, in their numbers' order."""
    return sorted(folder.glob(PART_PATTERN))


def read_parts(parts: Path | Sequence[Path]) -> pd.DataFrame:
    """The rows of a folder of parts (or of the given part files) as one event table: the
    schema's types, lists as lists, rows in the table's order."""
    paths = parts_in(parts) if isinstance(parts, Path) else list(parts)
    frames = [pd.read_parquet(path) for path in paths]
    rows = [frame for frame in frames if len(frame)]
    if not rows:
        return event_table([], [])
    return in_schema(pd.concat(rows, ignore_index=True))


def in_schema(frame: pd.DataFrame) -> pd.DataFrame:
    """A table read from a file with the schema's dtypes (Parquet keeps days as milliseconds
    and lists as arrays), in the table's order; a new frame."""
    typed = frame[list(COLUMNS)].astype(
        {column: dtype for column, (dtype, _) in SCHEMA.items() if column not in LIST_COLUMNS}
    )
    lists = {
        column: pd.Series([list(cell) for cell in frame[column]], dtype="object")
        for column in LIST_COLUMNS
    }
    return in_table_order(typed.assign(**lists))


def _day(value: Any) -> date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def _text(value: Any) -> str | None:
    return None if value is None or value is pd.NA else str(value)


def _number(value: Any) -> int | None:
    return None if value is None or value is pd.NA else int(value)


def events_in(table: pd.DataFrame) -> list[Event]:
    """The events a table's rows hold (the inverse of `event_table` for the event's fields).

    >>> from timeline import Document, extract
    >>> table = extract([Document(id="a", text="Blinken spoke on Monday, 23 Oct 2023.")]).table
    >>> [(e.date_start, e.actors) for e in events_in(table)]
    [(datetime.date(2023, 10, 23), ('Blinken',))]
    """
    events: list[Event] = []
    for row in table.to_dict("records"):
        events.append(
            Event(
                event_id=str(row["event_id"]),
                doc_id=str(row["doc_id"]),
                sentence=str(row["sentence"]),
                sentence_start=int(row["sentence_start"]),
                sentence_end=int(row["sentence_end"]),
                paragraph=int(row["paragraph"]),
                anchor=str(row["anchor"]),
                date_start=_day(row["date_start"]),
                date_end=_day(row["date_end"]),
                granularity=_text(row["granularity"]),
                date_text=str(row["date_text"]),
                date_value=str(row["date_value"]),
                date_text_start=_number(row["date_text_start"]),
                date_text_end=_number(row["date_text_end"]),
                actors=tuple(row["actors"]),
                actor_types=tuple(row["actor_types"]),
                action=_text(row["action"]),
                actor_roles=tuple(row["actor_roles"]),
                date_reason=_text(row.get("date_reason")) or "",
            )
        )
    return events


def merge_across_articles(
    documents: Iterable[Document], events: Sequence[Event], *, merge: bool = True
) -> pd.DataFrame:
    """The event table of a batch from its documents (dated) and the events of all its parts:
    one name and type per actor across articles, then (with `merge`) one row per event
    several report; a store keeps each article's rows apart (`merge=False`)."""
    table = event_table(list(documents), merge_names(events))
    return merge_duplicates(table) if merge else table
