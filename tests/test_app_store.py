"""The dashboard on a store (`TIMELINE_STORE`): filters become queries, the count comes from
the store, the density view past its threshold, downloads of the filtered rows, and a clear
message (with the page still working) when the store cannot be read."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from timeline.defaults import STORE_VARIABLE
from timeline.filters import Filters
from timeline.store import connect_read_only, ingest, open_store, query

from .conftest import DATA
from .store.helpers import held_by_a_writer
from .test_app import APP, _events, _summary, downloads

__all__ = ["downloads"]  # the fixture, shared with test_app


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "sample.duckdb"
    ingest([DATA], path, workers=1)
    return path


@pytest.fixture(autouse=True)
def page_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests query the store a page at a time, as a big store is (the sample is small
    enough to be read whole otherwise: see `test_a_small_store_opens_every_page`)."""
    monkeypatch.setenv("TIMELINE_IN_MEMORY_EVENTS", "0")


@pytest.fixture()
def on_store(sample_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(STORE_VARIABLE, str(sample_store))
    return sample_store


def test_a_small_store_opens_every_page(on_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_IN_MEMORY_EVENTS", "50000")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["view"] = "threads"
    at.run()
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "read a table in memory" not in captions
    assert f"of {_count(on_store, Filters())} events" in captions


def _count(path: Path, filters: Filters) -> int:
    with connect_read_only(path) as connection:
        return query.count(connection, filters)


def test_filters_from_the_url_become_queries(on_store: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["actor"] = ["Lloyd Austin"]
    app.query_params["start"] = "2023-10-22"
    at = app.run()
    assert not at.exception
    chosen = Filters(actors=("Lloyd Austin",), start=date(2023, 10, 22))
    shown = _events(at)
    assert 0 < len(shown) == _count(on_store, chosen) < _count(on_store, Filters())
    assert all("Lloyd Austin" in actors for actors in shown["actors"])
    assert all(day >= "2023-10-22" for day in shown["date_end"] if day)
    assert _summary(at).startswith(f"{len(shown)} of {_count(on_store, Filters())} events")
    assert "sample" not in [c.key for c in at.checkbox]  # nothing extracted in memory
    at.text_input(key="q").set_value("troops").run()
    searched = _events(at)
    assert 0 < len(searched) <= len(shown)
    assert all("troops" in sentence.lower() for sentence in searched["sentence"])


def test_the_density_view_past_the_threshold(
    on_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_DENSITY_EVENTS", "5")
    with connect_read_only(on_store) as connection:
        counts = query.actor_counts(connection)
    few = next(name for name, n in counts.most_common() if 0 < n <= 5)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    charts = [chart.proto.id for chart in at.get("plotly_chart")]
    assert len(charts) == 1
    assert any("the chart counts them per actor" in c.value for c in at.caption)
    at.multiselect(key="actor").select(few).run()  # narrowed: the single events come back
    assert not any("the chart counts them per actor" in c.value for c in at.caption)
    assert len(at.get("plotly_chart")) == 1
    assert len(_events(at)) == counts[few]


def test_downloads_hold_the_filtered_rows(on_store: Path, downloads: dict[str, bytes]) -> None:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["actor"] = ["Antony Blinken"]
    at = app.run()
    shown = _events(at)
    exported = pd.read_csv(io.BytesIO(downloads["timeline.csv"]))
    assert len(exported) == len(shown) == _count(on_store, Filters(actors=("Antony Blinken",)))
    assert all("Antony Blinken" in cell.split("; ") for cell in exported["actors"])


def test_an_event_s_source_is_its_sentence_and_link(on_store: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["actor"] = ["Lloyd Austin"]
    at = app.run()
    at.session_state["events"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    source = next(m.value for m in at.markdown if "timeline-source" in m.value)
    assert "<strong>" in source and '<mark class="timeline-actor">' in source
    assert any("keeps the sentence" in c.value for c in at.caption)


@pytest.fixture()
def locked_store(sample_store: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the sample store held by a writing process (as `timeline ingest` holds it)."""
    path = tmp_path / "busy.duckdb"
    path.write_bytes(sample_store.read_bytes())
    with held_by_a_writer(path):
        yield path


def _future_store(tmp_path: Path) -> Path:
    path = tmp_path / "future.duckdb"
    open_store(path).close()
    future = duckdb.connect(str(path))
    future.execute("UPDATE timeline_store SET value = '99' WHERE key = 'schema_version'")
    future.close()
    return path


@pytest.mark.parametrize("kind", ["missing", "future", "locked"])
def test_a_store_that_cannot_be_read_is_named_and_the_page_works(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    if kind == "locked":
        path: Path = request.getfixturevalue("locked_store")
        expected = "in use by another process"
    elif kind == "future":
        path, expected = _future_store(tmp_path), "schema version 99"
    else:
        path, expected = tmp_path / "missing.duckdb", "no such store"
    monkeypatch.setenv(STORE_VARIABLE, str(path))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    errors = [error.value for error in at.error]
    assert len(errors) == 1 and expected in errors[0] and "The store cannot be read" in errors[0]
    assert len(_events(at)) > 0  # the sample articles, read in memory, instead


def test_switching_the_store_off_reads_the_articles_in_memory(on_store: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    stored = len(_events(at))
    at.toggle(key="store").set_value(False).run()
    assert not at.exception
    assert at.checkbox(key="sample").value  # the sidebar's articles again
    assert len(_events(at)) > 0 and stored > 0


def test_a_big_store_lists_its_newest_articles_and_the_linked_one(
    on_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.ui import store_view

    monkeypatch.setattr(store_view, "ARTICLE_OPTIONS", 2)
    with connect_read_only(on_store) as connection:
        articles = query.documents(connection).sort_values("published", kind="stable")
    oldest, title = str(articles["id"].iloc[0]), str(articles["title"].iloc[0])
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["doc"] = oldest
    at = app.run()
    assert not at.exception
    assert len(at.multiselect(key="doc").options) == 3  # two newest and the linked one
    assert at.multiselect(key="doc").value == [oldest]
    assert set(_events(at)["title"]) == {title}
