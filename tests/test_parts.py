"""Parquet parts: a chunk's rows written and read back as they were, in the schema's types,
and the events they hold."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from timeline.documents import Document, read_documents
from timeline.parts import (
    arrow_schema,
    events_in,
    merge_across_articles,
    part_name,
    parts_in,
    read_parts,
    write_part,
)
from timeline.pipeline import date_documents, events_of, extract
from timeline.table import COLUMNS, LIST_COLUMNS, SCHEMA, empty_table, event_table

from .conftest import DATA, REFERENCE_ARTICLE


def _documents() -> list[Document]:
    documents, errors = read_documents([DATA / "wikinews-apple.jsonl", REFERENCE_ARTICLE])
    assert not errors
    return documents


def test_parts_read_back_as_one_table_in_table_order(tmp_path: Path) -> None:
    documents = _documents()
    dated, _ = date_documents(documents)
    tables = [event_table(part, events_of(part)) for part in (dated[:4], dated[4:])]
    # written in any order and numbering, read back as the one table of all the rows
    write_part(tables[1], tmp_path, 7)
    write_part(tables[0], tmp_path, 3)
    assert [path.name for path in parts_in(tmp_path)] == [part_name(3), part_name(7)]
    whole = event_table(dated, events_of(dated))
    pd.testing.assert_frame_equal(read_parts(tmp_path), whole)
    assert read_parts([tmp_path / part_name(7)])["doc_id"].isin([d.id for d in dated[4:]]).all()


def test_a_part_has_the_schema_s_types_even_empty(tmp_path: Path) -> None:
    path = write_part(empty_table(), tmp_path, 0)
    assert pq.read_schema(path).names == list(COLUMNS)
    stored = pq.read_schema(path)
    assert all(
        stored.field(column).type.value_type == arrow_schema().field(column).type.value_type
        for column in LIST_COLUMNS
    )
    table = read_parts(tmp_path)
    assert len(table) == 0
    assert {column: str(dtype) for column, dtype in table.dtypes.items()} == {
        column: dtype for column, (dtype, _) in SCHEMA.items()
    }
    assert len(read_parts(tmp_path / "nothing-here")) == 0


def test_the_events_of_parts_make_the_table_extract_makes(tmp_path: Path) -> None:
    documents = _documents()
    result = extract(documents)
    dated = list(result.documents)
    write_part(event_table(dated, events_of(dated)), tmp_path, 0)
    events = events_in(read_parts(tmp_path))
    assert len(events) > 50
    pd.testing.assert_frame_equal(merge_across_articles(dated, events), result.table)
    # and a table's events are the ones it was made of
    assert sorted(events, key=repr) == sorted(events_of(dated), key=repr)
