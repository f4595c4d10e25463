"""Exports of an event table: spreadsheet-safe CSV, JSON Lines, Parquet, TimelineJS JSON.

    >>> write_table(table, "events.csv")  # doctest: +SKIP

Article text is untrusted: in CSV, a cell that a spreadsheet would run as a formula (it
begins with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with an apostrophe.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import ExportError
from timeline.rows import (
    FORMATS,
    FORMULA_PREFIXES,
    LIST_SEPARATOR,
    format_for,
    neutralise_formula,
    write_file,
)
from timeline.table import ANALYSIS_SCHEMA, DATE_COLUMNS, LIST_COLUMNS

# the formats, and what makes a cell safe, are read from here too, as before
# `timeline.rows` (the command's CSV without pandas) was their home
__all__ = [
    "FORMATS",
    "LIST_SEPARATOR",
    "export_bytes",
    "format_for",
    "neutralise_formula",
    "read_table",
    "supported_extensions",
    "to_csv",
    "to_jsonl",
    "to_parquet",
    "to_timelinejs",
    "write_table",
]


def _missing(value: Any) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _iso(value: Any) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def _plain_records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: ISO dates, lists for list columns, None for missing values."""
    records: list[dict[str, Any]] = []
    columns = list(table.columns)
    for row in table.itertuples(index=False, name=None):
        record: dict[str, Any] = {}
        for column, value in zip(columns, row, strict=True):
            if column in DATE_COLUMNS:
                record[column] = _iso(value)
            elif column in LIST_COLUMNS:
                record[column] = list(value) if isinstance(value, list | tuple) else []
            elif _missing(value):
                record[column] = None
            elif hasattr(value, "item"):
                record[column] = value.item()  # numpy scalars
            else:
                record[column] = value
        records.append(record)
    return records


def to_csv(table: pd.DataFrame) -> bytes:
    """CSV (UTF-8) that is safe to open in a spreadsheet; lists joined with '; '."""
    frame = pd.DataFrame(
        {column: _csv_column(table[column], column) for column in table.columns},
        columns=list(table.columns),
    )
    # RFC 4180 line ends: the csv writer then also quotes cells holding a bare carriage return.
    return frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def _csv_column(series: pd.Series, column: str) -> pd.Series:
    """One column made ready for CSV, column-wise (a filtered view of 50,000 rows is common)."""
    if column in DATE_COLUMNS:
        if pd.api.types.is_datetime64_any_dtype(series):
            formatted: pd.Series = series.dt.strftime("%Y-%m-%d").astype(object)
            return formatted.where(series.notna(), None)
        return series.map(_iso)
    if column in LIST_COLUMNS:
        series = series.map(
            lambda names: LIST_SEPARATOR.join(names) if isinstance(names, list | tuple) else ""
        )
    elif not (series.dtype == object or pd.api.types.is_string_dtype(series)):
        return series
    text = series.astype("string")
    risky = text.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
    return series.where(~risky, "'" + text)


def to_jsonl(table: pd.DataFrame) -> bytes:
    """One JSON object per row, dates as ISO strings, actors as lists."""
    lines = (json.dumps(record, ensure_ascii=False) for record in _plain_records(table))
    return "".join(line + "\n" for line in lines).encode("utf-8")


def to_parquet(table: pd.DataFrame) -> bytes:
    """Parquet with real types: dates as timestamps, actors as list<string>."""
    import pyarrow as pa  # noqa: PLC0415  (only this export needs it)
    import pyarrow.parquet as pq  # noqa: PLC0415

    arrow = pa.Table.from_pandas(table, preserve_index=False)
    buffer = io.BytesIO()
    pq.write_table(arrow, buffer)
    return buffer.getvalue()


_TIMELINEJS_PRECISION = {
    "day": ("year", "month", "day"),
    "time": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
    "season": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}


def _timelinejs_date(value: pd.Timestamp, granularity: str) -> dict[str, Any]:
    parts = _TIMELINEJS_PRECISION.get(granularity, ("year", "month", "day"))
    return {part: getattr(value, part) for part in parts}


def to_timelinejs(table: pd.DataFrame, *, headline: str = "Timeline") -> bytes:
    """Knight Lab TimelineJS JSON: one slide per dated event, partial dates for coarse ones.
    TimelineJS renders its texts as HTML, and article text is untrusted: every text from the
    table is escaped; the slide says why the event has its date."""
    events: list[dict[str, Any]] = []
    for record, start, end in zip(
        _plain_records(table), table["date_start"], table["date_end"], strict=True
    ):
        if pd.isna(start):
            continue
        granularity = record.get("granularity") or "day"
        text = escape(record.get("sentence") or "")
        if record.get("date_reason"):
            text += f"<p><small>Why this date: {escape(record['date_reason'])}</small></p>"
        slide: dict[str, Any] = {
            "unique_id": record["event_id"],
            "start_date": _timelinejs_date(start, granularity),
            "text": {
                "headline": escape(
                    ", ".join(record.get("actors") or []) or record.get("title") or ""
                ),
                "text": text,
            },
            "group": escape(record.get("title") or ""),
            "display_date": escape(record.get("date_text") or ""),
        }
        if granularity not in ("day", "time") and not pd.isna(end) and end != start:
            slide["end_date"] = _timelinejs_date(end, granularity)
        if record.get("url"):
            slide["media"] = {"url": record["url"], "caption": escape(record.get("title") or "")}
        events.append(slide)
    document = {"title": {"text": {"headline": headline}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export_bytes(table: pd.DataFrame, fmt: str) -> bytes:
    """The table in `fmt` (csv, jsonl, parquet, timelinejs)."""
    writers = {
        "csv": to_csv,
        "jsonl": to_jsonl,
        "parquet": to_parquet,
        "timelinejs": to_timelinejs,
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(writers)}")
    return writers[fmt](table)


def write_table(table: pd.DataFrame, path: str | Path) -> None:
    """Write the table to `path`, in the format its extension names."""
    write_file(path, export_bytes(table, format_for(path)))


def read_table(path: str | Path) -> pd.DataFrame:
    """Read back a table written by `write_table` (csv, jsonl or parquet)."""
    fmt = format_for(path)
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "jsonl":
        return _with_types(pd.read_json(path, lines=True, dtype=False))
    if fmt == "csv":
        table = pd.read_csv(path, keep_default_na=False, na_values=[""])
        for column in LIST_COLUMNS:
            if column in table.columns:
                table[column] = [
                    [] if pd.isna(cell) or cell == "" else str(cell).split(LIST_SEPARATOR)
                    for cell in table[column]
                ]
        return _with_types(table)
    raise ExportError(f"{str(path)!r} is a TimelineJS file; read it as JSON")


def _with_types(table: pd.DataFrame) -> pd.DataFrame:
    """A table read from text with the schema's types back: days as dates, lists as lists."""
    for column in DATE_COLUMNS:
        if column in table.columns:
            days = pd.to_datetime(table[column], errors="coerce", format="%Y-%m-%d")
            table[column] = days.astype("datetime64[s]")
    for column in LIST_COLUMNS:
        if column in table.columns:
            table[column] = [cell if isinstance(cell, list) else [] for cell in table[column]]
    for column, (dtype, _) in ANALYSIS_SCHEMA.items():
        if column in table.columns:  # an empty column reads back as floats
            table[column] = table[column].astype(pd.api.types.pandas_dtype(dtype))
    return table


def supported_extensions() -> Sequence[str]:
    """The file extensions `write_table` accepts."""
    return tuple(FORMATS)
