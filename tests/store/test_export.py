"""Export of a filtered view of the store: every format read back and compared with the rows."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from duckdb import DuckDBPyConnection as Store

from timeline.errors import ExportError
from timeline.export import LIST_SEPARATOR, neutralise_formula, read_table
from timeline.filters import Filters
from timeline.store import query
from timeline.store.export import export_view
from timeline.table import COLUMNS, LIST_COLUMNS

from .helpers import sample, store_of

VIEW = Filters(documents=("a", "c"))  # the formula title, a "-Minus" sentence, % and _


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    connection = store_of(*sample())
    yield connection
    connection.close()


@pytest.mark.parametrize("chunk", [1, 50_000])
def test_parquet_and_jsonl_read_back_as_the_rows(store: Store, tmp_path: Path, chunk: int) -> None:
    expected = query.rows(store, VIEW)
    assert len(expected) == 4
    for name in ("view.parquet", "view.jsonl"):
        path = tmp_path / name
        assert export_view(store, VIEW, path, chunk=chunk) == 4
        assert plain(read_table(path)) == plain(expected), name


def plain(table: pd.DataFrame) -> list[dict[str, object]]:
    """The rows as plain values (a missing value is None whatever its type), to compare
    formats that keep the values but not always the pandas dtype."""
    return [
        {
            column: (list(value) if column in LIST_COLUMNS else None if pd.isna(value) else value)
            for column, value in row.items()
        }
        for row in table.astype(object).to_dict("records")
    ]


def test_csv_neutralises_formulas_and_reads_back(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "view.csv"
    assert export_view(store, VIEW, path, chunk=3) == 4  # two chunks, one header
    with path.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert cells.count("event_id") == 1
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'=cmd|' /C calc'!A0" in cells and "'-Minus at the start." in cells
    back = read_table(path)
    expected = query.rows(store, VIEW)
    for column in COLUMNS:
        if column in LIST_COLUMNS:  # joined with "; " (so [""] reads back as [])
            joined = [LIST_SEPARATOR.join(names) for names in back[column]]
            assert joined == [LIST_SEPARATOR.join(names) for names in expected[column]], column
        elif expected[column].dtype.kind in "Mi" or column.startswith("date_text_"):
            assert back[column].astype(str).tolist() == expected[column].astype(str).tolist()
        else:  # text: as a spreadsheet reads it (an empty cell is an empty string)
            wanted = [neutralise_formula(str(v)) for v in expected[column].fillna("")]
            found = back[column].astype(object).where(back[column].notna(), "")
            assert found.astype(str).tolist() == wanted, column


def test_timelinejs_has_a_slide_per_dated_event(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "view.json"
    assert export_view(store, Filters(documents=("b",)), path) == 2
    slides = json.loads(path.read_text(encoding="utf-8"))["events"]
    assert [slide["text"]["text"] for slide in slides] == ["Both."]  # the undated one has none


def test_an_empty_view_and_a_bad_extension(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "none.csv"
    assert export_view(store, Filters(actors=("Nobody",)), path) == 0
    assert path.read_text(encoding="utf-8").startswith("event_id,doc_id")
    assert read_table(path).empty
    with pytest.raises(ExportError, match="extension"):
        export_view(store, VIEW, tmp_path / "view.xlsx")
    assert not (tmp_path / "view.xlsx").exists()
    assert LIST_SEPARATOR == "; "
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
