"""Ingest into a real DuckDB file with the real pipeline: unchanged documents skipped, changed
ones replaced, and an ingest stopped at any point (an exception, SIGKILL) resumed without a
duplicate."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.store import connect_read_only, ingest, query
from timeline.store.ingest import IngestReport

ROOT = Path(__file__).resolve().parent.parent.parent
PEOPLE = ("Antony Blinken", "Lloyd Austin", "Olaf Scholz", "Emmanuel Macron", "Rishi Sunak")


def article(number: int, word: str = "talks") -> str:
    person = PEOPLE[number % len(PEOPLE)]
    return (
        f"Visit number {number}\n\n"
        f"{person} met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday, "
        f"October {number + 2}, 2023, for {word} on security. On Sunday, {person} spoke to "
        "reporters in Amman."
    )


def folder_of(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"article-{number:02d}.txt").write_text(article(number), encoding="utf-8")
    return folder


def stored(store: Path) -> tuple[list[str], list[str]]:
    """The stored document ids and event ids, sorted."""
    connection = connect_read_only(store)
    try:
        documents = sorted(query.documents(connection)["id"])
        events = sorted(query.rows(connection)["event_id"])
    finally:
        connection.close()
    return documents, events


OPTIONS = {"published": date(2023, 10, 30), "workers": 1}


def test_ingest_twice_stores_each_document_once(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, 5)
    store = tmp_path / "timeline.duckdb"
    first = ingest([folder], store, batch_size=2, **OPTIONS)
    assert (first.read, first.added, first.replaced, first.unchanged) == (5, 5, 0, 0)
    assert first.events > 5 and not first.errors
    documents, events = stored(store)
    assert documents == [f"article-{n:02d}" for n in range(5)]
    assert len(events) == first.events == len(set(events))
    connection = connect_read_only(store)
    as_stored = [day for (day,) in connection.sql("SELECT date_start FROM events").fetchall()]
    connection.close()
    assert as_stored == sorted(as_stored, key=lambda day: (day is None, day))  # sorted by date
    second = ingest([folder], store, batch_size=2, **OPTIONS)
    assert second == IngestReport(read=5, unchanged=5)  # nothing extracted, nothing written
    assert stored(store) == (documents, events)


def test_a_changed_document_replaces_its_rows(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, 3)
    store = tmp_path / "timeline.duckdb"
    ingest([folder], store, **OPTIONS)
    connection = connect_read_only(store)
    before = query.rows(connection)
    connection.close()
    (folder / "article-01.txt").write_text(article(1, "a ceasefire"), encoding="utf-8")
    report = ingest([folder], store, **OPTIONS)
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 2)
    connection = connect_read_only(store)
    after = query.rows(connection)
    connection.close()
    changed = after.loc[after["doc_id"] == "article-01", "sentence"]
    assert changed.str.contains("a ceasefire").any()
    assert not changed.str.contains(" talks ").any()
    others = before.loc[before["doc_id"] != "article-01"].reset_index(drop=True)
    assert after.loc[after["doc_id"] != "article-01"].reset_index(drop=True).equals(others)
    # the same text with another publication date is a changed document too
    redated = ingest([folder / "article-02.txt"], store, published=date(2024, 1, 8), workers=1)
    assert (redated.replaced, redated.unchanged) == (1, 0)
    connection = connect_read_only(store)
    days = query.documents(connection).set_index("id")["published"]
    connection.close()
    assert str(days["article-02"])[:10] == "2024-01-08"
    assert str(days["article-00"])[:10] == "2023-10-30"


def test_an_ingest_stopped_between_batches_resumes_without_duplicates(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, 6)
    store = tmp_path / "timeline.duckdb"

    def stop_after_the_first_batch(done: int, total: int, events: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([folder], store, batch_size=2, progress=stop_after_the_first_batch, **OPTIONS)
    documents, _ = stored(store)
    assert documents == ["article-00", "article-01"]  # the first batch, whole
    resumed = ingest([folder], store, batch_size=2, **OPTIONS)
    assert (resumed.added, resumed.unchanged) == (4, 2)
    clean = tmp_path / "clean.duckdb"
    ingest([folder], clean, batch_size=2, **OPTIONS)
    assert stored(store) == stored(clean)
    assert len(stored(store)[1]) == len(set(stored(store)[1]))


KILLED = """
import sys
from datetime import date
from timeline.store import ingest

def tell(done, total, events):
    print(done, flush=True)

ingest([sys.argv[1]], sys.argv[2], batch_size=1, published=date(2023, 10, 30), workers=1,
       progress=tell)
"""


def test_an_ingest_killed_with_sigkill_resumes_without_duplicates(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, 8)
    store = tmp_path / "timeline.duckdb"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(folder), str(store)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "1"  # one document committed, more under way
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    documents, events = stored(store)
    assert 1 <= len(documents) < 8
    assert len(events) == len(set(events))
    resumed = ingest([folder], store, batch_size=3, **OPTIONS)
    assert resumed.unchanged == len(documents) and resumed.added == 8 - len(documents)
    clean = tmp_path / "clean.duckdb"
    ingest([folder], clean, **OPTIONS)
    assert stored(store) == stored(clean)
