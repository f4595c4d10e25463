"""Parquet inputs: articles (a 'text' column) are read as articles, an event table is told
apart (stored by `timeline ingest`, refused by `timeline extract`), anything else is refused
with what Timeline reads; Parquet files inside a folder are not read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline.cli import main
from timeline.documents import read_documents
from timeline.export import write_table
from timeline.parquet import is_event_table
from timeline.sources import document_sources
from timeline.store import ingest

from .store.helpers import sample_table


def test_a_parquet_file_of_articles_is_read_as_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    articles = {
        "id": ["talks", None],
        "title": ["Talks", None],
        "text": ["Talks in Baghdad on Monday.", "Second article\n\nIt rained."],
        "published": [datetime(2023, 10, 23, tzinfo=UTC), datetime(2024, 1, 2, 15, 30, tzinfo=UTC)],
        "url": ["https://news.example/talks", None],
    }
    pq.write_table(pa.table(articles), path)
    documents, errors = read_documents([path])
    assert errors == []
    assert [(doc.id, doc.title, doc.published_given) for doc in documents] == [
        ("talks", "Talks", "2023-10-23"),
        ("articles-2", "Second article", "2024-01-02"),
    ]
    assert documents[0].url == "https://news.example/talks"
    assert documents[0].source == str(path)
    assert not is_event_table(path)


def test_other_parquet_files_are_refused_with_what_is_read(tmp_path: Path) -> None:
    neither = tmp_path / "scores.parquet"
    pq.write_table(pa.table({"team": ["a"], "score": [3]}), neither)
    partial = tmp_path / "partial.parquet"
    write_table(sample_table()[["event_id", "doc_id", "sentence"]], partial)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    empty = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), empty)
    _, errors = read_documents([neither, partial, broken, empty])
    messages = [str(error) for error in errors]
    assert messages[0].startswith(f"{neither}: a Parquet file of neither events nor articles")
    assert "an event table (the columns `timeline extract -o FILE.parquet` writes" in messages[0]
    assert "a 'text' column" in messages[0]
    assert messages[1].startswith(f"{partial}: an event table without the columns title, url")
    assert messages[2].startswith(f"{broken}: not a Parquet file")
    assert messages[3] == f"{empty}: no documents in the file"
    report = ingest([neither, broken], tmp_path / "store.duckdb")
    assert report.read == 0 and len(report.errors) == 2
    assert "neither events nor articles" in report.errors[0]


def test_extract_refuses_an_event_table_and_folders_skip_parquet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "events.parquet"
    write_table(sample_table(), table)
    assert is_event_table(table)
    assert main(["extract", str(table), "-o", str(tmp_path / "out.csv"), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"{table}: an event table, not articles: store its rows with `timeline ingest" in err
    sources, errors = document_sources([tmp_path])  # a folder: its Parquet files are not read
    assert (sources, errors) == ([], [])
