"""Exports: each format read back by a real reader and compared; formulas neutralised."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.errors import ExportError
from timeline.export import (
    export_bytes,
    format_for,
    neutralise_formula,
    read_table,
    to_csv,
    to_timelinejs,
    write_table,
)
from timeline.table import COLUMNS, event_table

from .conftest import make_event


@pytest.fixture()
def table() -> pd.DataFrame:
    docs = [
        Document(
            id="a",
            text="x",
            title="=cmd|' /C calc'!A0",
            url="https://example.org/a",
            published=date(2023, 10, 23),
            published_source="inferred",
        ),
        Document(
            id="b",
            text="y",
            title="Plain",
            published=date(1066, 10, 14),
            published_source="metadata",
        ),
    ]
    events = [
        make_event(
            "a", 10, date(2023, 10, 23), "day", ("Antony Blinken", "@Evil"), "+1 Blinken spoke."
        ),
        make_event(
            "a",
            50,
            date(2023, 10, 1),
            "month",
            ("-Minus",),
            "Tab\tinside, fine.",
            end_day=date(2023, 10, 31),
        ),
        make_event("b", 0, date(1066, 10, 14), "day", (), "\rHarold fell at Hastings."),
        make_event("b", 99, None, None, ("Harold",), "=SUM(A1:A2) recently."),
    ]
    return event_table(docs, events)


def test_table_has_the_schema_and_a_deterministic_order(table: pd.DataFrame) -> None:
    assert tuple(table.columns) == COLUMNS
    assert list(table["date_start"].dt.year.fillna(0).astype(int)) == [1066, 2023, 2023, 0]
    assert list(table["date_start"].dt.month.fillna(0).astype(int)) == [10, 10, 10, 0]
    assert list(table["granularity"].fillna("")) == ["day", "month", "day", ""]
    assert str(table["date_start"].dtype) == "datetime64[s]"
    assert table["actors"].iloc[0] == []
    assert table["event_id"].is_unique


def test_formula_cells_are_neutralised() -> None:
    for cell in ["=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx"]:
        assert neutralise_formula(cell) == "'" + cell
    assert neutralise_formula("Blinken = good") == "Blinken = good"


@given(st.text(max_size=30))
def test_no_csv_cell_can_start_a_formula(text: str) -> None:
    assert not neutralise_formula(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_round_trip_is_safe(table: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_table(table, path)
    with path.open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    back = read_table(path)
    assert len(back) == len(table)
    assert list(back.columns) == list(COLUMNS)
    blinken = back.loc[back["sentence"] == "'+1 Blinken spoke."].iloc[0]
    assert blinken["actors"] == ["Antony Blinken", "@Evil"]  # lists come back as lists
    assert back["actors"].iloc[1] == ["'-Minus"]
    assert back["source_events"].iloc[1] == list(table["source_events"].iloc[1])
    assert back["sentence"].iloc[0] == "'\rHarold fell at Hastings."
    assert blinken["date_start"] == pd.Timestamp("2023-10-23")  # days come back as days
    assert blinken["title"] == "'=cmd|' /C calc'!A0"
    assert back["date_start"].iloc[0] == pd.Timestamp("1066-10-14")
    assert pd.isna(back["date_start"].iloc[3])


def test_csv_joins_every_list_column_the_same_way(table: pd.DataFrame) -> None:
    exported = pd.read_csv(io.BytesIO(to_csv(table)), keep_default_na=False)
    first = table.iloc[0]
    assert exported["source_events"].iloc[0] == "; ".join(first["source_events"])
    assert not exported["source_events"].str.startswith("[").any()  # no Python list repr
    assert to_csv(table).startswith(b"event_id,doc_id,title")


def test_jsonl_round_trip(table: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    write_table(table, path)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(records) == len(table)
    assert records[2]["actors"] == ["Antony Blinken", "@Evil"]
    assert records[2]["date_start"] == "2023-10-23"
    assert records[3]["date_start"] is None
    assert records[0]["published"] == "1066-10-14"
    assert records[1]["date_end"] == "2023-10-31"
    assert records[2]["sentence"] == "+1 Blinken spoke."  # JSON is not a spreadsheet: kept as is
    back = read_table(path)
    assert list(back["event_id"]) == list(table["event_id"])


def test_parquet_round_trip(table: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    write_table(table, path)
    arrow = pq.read_table(path)
    assert arrow.num_rows == len(table)
    assert str(arrow.schema.field("actors").type) == "list<element: string>"
    back = pd.read_parquet(path)
    assert list(back["actors"].iloc[2]) == ["Antony Blinken", "@Evil"]
    assert back["date_start"].iloc[0] == pd.Timestamp("1066-10-14")
    assert list(back["sentence"]) == list(table["sentence"])


def test_timelinejs_partial_dates(table: pd.DataFrame) -> None:
    document = json.loads(to_timelinejs(table, headline="Test"))
    assert document["title"]["text"]["headline"] == "Test"
    slides = {slide["text"]["text"]: slide for slide in document["events"]}
    assert len(slides) == 3  # the undated event has no slide
    day = slides["+1 Blinken spoke."]
    assert day["start_date"] == {"year": 2023, "month": 10, "day": 23}
    assert "end_date" not in day
    assert day["media"]["url"] == "https://example.org/a"
    month = slides["Tab\tinside, fine."]
    assert month["start_date"] == {"year": 2023, "month": 10}
    assert month["display_date"] == "on Monday"


def test_timelinejs_escapes_article_text_and_says_why(table: pd.DataFrame) -> None:
    hostile = table.assign(
        sentence="<img src=x onerror=alert(1)> spoke.",
        title="<script>alert(1)</script>",
        date_reason="inherited from '<b>Monday</b>' the sentence before",
    )
    raw = to_timelinejs(hostile).decode()
    assert "<img" not in raw and "<script" not in raw and "<b>Monday" not in raw
    slide = json.loads(raw)["events"][0]
    assert slide["text"]["text"].startswith("&lt;img src=x")
    assert "Why this date: inherited from &#x27;&lt;b&gt;Monday" in slide["text"]["text"]


def test_unknown_formats_are_refused() -> None:
    assert format_for("x.PARQUET") == "parquet"
    with pytest.raises(ExportError, match="extension must be one of"):
        format_for("events.xlsx")
    with pytest.raises(ExportError, match="unknown export format"):
        export_bytes(pd.DataFrame(), "xml")
