"""Event table: the events of many documents as one pandas DataFrame, the product's core value.

    >>> table = event_table([], [])
    >>> list(table.columns[:4])
    ['event_id', 'doc_id', 'title', 'url']

Dates are `datetime64[s]` columns (NaT where an event has no day), so pre-1678 dates of
historical narratives fit; `actors` holds a list of canonical names per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from timeline.rows import SIMILARITY, Merging, content_words, event_cells, merge_groups, similar
from timeline.table_schema import (
    ANALYSIS_SCHEMA,
    COLUMNS,
    DATE_COLUMNS,
    LIST_COLUMNS,
    ORDER,
    SCHEMA,
)

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events import Event

# the schema (`timeline.table_schema`) and the merging of rows (`timeline.rows`) are read from
# here too, as before they had modules of their own without pandas
__all__ = [
    "ANALYSIS_SCHEMA",
    "COLUMNS",
    "DATE_COLUMNS",
    "LIST_COLUMNS",
    "ORDER",
    "SCHEMA",
    "SIMILARITY",
    "arrow_schema",
    "content_words",
    "empty_table",
    "event_table",
    "in_table_order",
    "merge_duplicates",
    "similar",
]


def arrow_schema() -> Any:
    """The Arrow schema of event rows as pandas holds them (days as timestamps, lists of
    strings), from `SCHEMA`: for Parquet parts and the store, so an empty table has types too.
    """
    import pyarrow as pa  # noqa: PLC0415  (pyarrow loads only when rows move)

    kinds = {
        "string": pa.string(),
        "datetime64[s]": pa.timestamp("s"),
        "Int64": pa.int64(),
        "int64": pa.int64(),
        "object": pa.list_(pa.string()),
    }
    return pa.schema([(column, kinds[dtype]) for column, (dtype, _) in SCHEMA.items()])


def _dates(values: Sequence[date | None]) -> pd.Series:
    array = np.array(
        [value.isoformat() if value is not None else "NaT" for value in values],
        dtype="datetime64[D]",
    )
    return pd.Series(array.astype("datetime64[s]"))


def empty_table() -> pd.DataFrame:
    """A table with the schema's columns and no rows."""
    return event_table([], [])


def event_table(documents: Sequence[Document], events: Sequence[Event]) -> pd.DataFrame:
    """One row per event, ordered by date (undated last), then document and offset; each
    row's cells are `timeline.rows.event_cells`, typed by the schema."""
    by_id = {doc.id: doc for doc in documents}
    rows = [event_cells(event, by_id.get(event.doc_id)) for event in events]
    by_column = list(zip(*rows, strict=True)) or [() for _ in COLUMNS]
    frame = pd.DataFrame(
        {
            column: _column(values, SCHEMA[column][0])
            for column, values in zip(COLUMNS, by_column, strict=True)
        },
        columns=list(COLUMNS),
    )
    return in_table_order(frame)


def _column(values: Sequence[Any], dtype: str) -> pd.Series:
    """One column of cells as a series of the schema's type (days as `datetime64[s]`)."""
    if dtype.startswith("datetime"):
        return _dates(values)
    return pd.Series(list(values), dtype=dtype)


def in_table_order(table: pd.DataFrame) -> pd.DataFrame:
    """The rows in the table's order (`ORDER`), renumbered from 0; a new frame."""
    return table.sort_values(ORDER, na_position="last", kind="stable").reset_index(drop=True)


def merge_duplicates(table: pd.DataFrame, *, similarity: float = SIMILARITY) -> pd.DataFrame:
    """One row per event reported by several articles.

    Rows merge when they have the same date interval, share an actor, come from different
    documents (never two rows of one document into one event), and their sentences share at
    least `similarity` of their content words (Jaccard). Rows are taken in the table's order
    (`ORDER`), so the result does not depend on the order of the input; the first row of a
    group is kept, `sources` adds up the rows merged into it and `source_events` lists their
    ids. Returns a new frame in the table's order; the input is not changed.
    """
    table = in_table_order(table)
    mergeable = (table["date_start"].notna() & table["actors"].map(len).gt(0)).to_numpy()
    if not mergeable.any():
        return table
    # `indices` are positions within the mergeable rows; this maps them back to the table's.
    table_positions = np.flatnonzero(mergeable)
    groups = table.loc[mergeable].groupby(["date_start", "date_end"], sort=False).indices
    merging = Merging(
        table["doc_id"].tolist(),
        table["sentence"].tolist(),
        table["actors"].tolist(),
        [int(n) for n in table["sources"]],
        [list(ids) for ids in table["source_events"]],
    )
    keep = merge_groups(
        (sorted(int(p) for p in table_positions[group]) for group in groups.values()),
        merging,
        similarity,
    )
    sources, merged = merging.sources, merging.merged
    result = table.assign(
        sources=pd.Series(sources, dtype="int64"),
        source_events=pd.Series(merged, dtype="object"),
    )
    return result.loc[keep].reset_index(drop=True)
