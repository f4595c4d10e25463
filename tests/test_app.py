"""The dashboard's logic through Streamlit's AppTest: filters, URL binding, exports, dates."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from timeline.documents import Document, read_documents
from timeline.ui import loading

from .conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture()
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """What each download button would serve, by file name: the app makes a small table's
    files with the page and defers a big one's to the click, so the fixture records both, and
    calls a deferred callable the way the server would."""
    captured: dict[str, bytes] = {}
    original = MediaFileManager.add_deferred
    original_add = MediaFileManager.add

    def record(
        self: MediaFileManager,
        path_or_data: bytes | str,
        mimetype: str,
        coordinates: str,
        file_name: str | None = None,
        is_for_static_download: bool = False,
    ) -> str:
        if file_name and isinstance(path_or_data, bytes):
            captured[file_name] = path_or_data
        return original_add(
            self, path_or_data, mimetype, coordinates, file_name, is_for_static_download
        )

    def capture(
        self: MediaFileManager,
        data_callable: Callable[[], bytes | str],
        mimetype: str | None,
        coordinates: str,
        file_name: str | None = None,
        **kwargs: object,
    ) -> str:
        if file_name:
            data = data_callable()
            captured[file_name] = data.encode() if isinstance(data, str) else data
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(MediaFileManager, "add_deferred", capture)
    monkeypatch.setattr(MediaFileManager, "add", record)
    return captured


def _url_values(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _events(at: AppTest) -> pd.DataFrame:
    frames = [d.value for d in at.dataframe if "sentence" in d.value.columns]
    assert len(frames) == 1
    return frames[0]


def _summary(at: AppTest) -> str:
    return next(c.value for c in at.caption if "events from" in c.value)


@pytest.fixture()
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=120)


def test_dashboard_loads_sample_data(app: AppTest) -> None:
    at = app.run()
    assert not at.exception
    options = at.multiselect(key="actor").options
    assert any(option.startswith("Antony Blinken (") for option in options)
    assert any(option.startswith("Lloyd Austin (") for option in options)
    assert _summary(at).split()[0].isdigit()
    assert len(at.get("plotly_chart")) >= 1


def test_actor_filter_narrows_the_table_and_updates_the_url(app: AppTest) -> None:
    at = app.run()
    total = len(_events(at))
    at.multiselect(key="actor").select("Lloyd Austin").run()
    shown = _events(at)
    assert 0 < len(shown) < total
    assert all("Lloyd Austin" in actors for actors in shown["actors"])
    assert "with Lloyd Austin" in _summary(at)
    assert _url_values(at, "actor") == ["Lloyd Austin"]  # the view is a link


def test_filters_from_the_url(app: AppTest) -> None:
    app.query_params["actor"] = ["Antony Blinken", "Lloyd Austin"]
    app.query_params["start"] = "2023-10-22"
    app.query_params["end"] = "2023-10-22"
    at = app.run()
    assert at.multiselect(key="actor").value == ["Antony Blinken", "Lloyd Austin"]
    shown = _events(at)
    assert len(shown) > 0
    assert all({"Antony Blinken", "Lloyd Austin"} & set(a) for a in shown["actors"])
    assert set(shown["date_start"]) == {"2023-10-22"}
    assert _url_values(at, "start") == ["2023-10-22"]


def test_text_search_from_the_url(app: AppTest) -> None:
    app.query_params["q"] = "troops"
    app.query_params["actor"] = ["Nobody Atall"]  # a link made on other articles
    at = app.run()
    shown = _events(at)
    assert len(shown) >= 1
    assert all("troops" in sentence.lower() for sentence in shown["sentence"])
    assert at.text_input(key="q").value == "troops"
    assert any("Nobody Atall" in warning.value for warning in at.warning)
    assert at.multiselect(key="actor").value == []


def test_downloads_hold_exactly_the_rows_shown(app: AppTest, downloads: dict[str, bytes]) -> None:
    app.query_params["actor"] = ["Lloyd Austin"]
    at = app.run()
    shown = _events(at)
    exported = pd.read_csv(io.BytesIO(downloads["timeline.csv"]))
    assert len(exported) == len(shown) > 0
    assert list(exported["sentence"]) == list(shown["sentence"])
    assert all("Lloyd Austin" in cell.split("; ") for cell in exported["actors"])
    assert {
        "event_id",
        "doc_id",
        "published",
        "published_source",
        "date_start",
        "date_end",
        "granularity",
        "date_text",
        "sentence",
        "actors",
    } <= set(exported.columns)
    lines = downloads["timeline.jsonl"].decode().splitlines()
    assert [json.loads(line)["sentence"] for line in lines] == list(shown["sentence"])
    slides = json.loads(downloads["timeline-timelinejs.json"])["events"]
    assert len(slides) == (shown["date_start"] != "").sum()


def test_correcting_a_publication_date_moves_its_events(app: AppTest) -> None:
    app.query_params["actor"] = ["Lloyd Austin"]
    at = app.run()
    before = _events(at)
    assert "2023-10-22" in set(before["date_start"])
    editor = next(
        d
        for d in at.dataframe
        if "published" in d.value.columns
        and "title" in d.value.columns
        and "sentence" not in d.value.columns
    )
    row = list(editor.value["doc_id"]).index("blinken-iraq-2023")
    at.session_state["published_editor"] = {
        "edited_rows": {row: {"published": "2024-01-10"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    after = _events(at)
    sunday = after.loc[after["date_text"] == "Sunday", "date_start"]
    assert set(sunday) == {"2024-01-07"}


def test_a_bad_model_name_keeps_the_default_pipeline(app: AppTest) -> None:
    at = app.run()
    rows = len(_events(at))
    at.text_input(key="model").set_value("nosuchpipeline").run()
    assert any("nosuchpipeline" in error.value for error in at.error)
    assert len(_events(at)) == rows  # nothing the user had is lost


def test_uploads_bad_files_and_untrusted_text(app: AppTest) -> None:
    """Several uploads at once: each bad file gets its own message, the good ones are read,
    and article text is inert wherever the app shows it."""
    at = app.run()
    at.checkbox(key="sample").uncheck()
    hostile = (
        "Evil <script>alert(1)</script> headline\n\n"
        "On Monday, October 23rd, 2023, Antony Blinken met [click](javascript:alert(1)) "
        "officials in Baghdad. <img src=x onerror=alert(1)>\n"
    )
    linked = json.dumps(
        {
            "id": "linked",
            "title": "Austin in Kuwait",
            "published": "2023-10-24",
            "url": "https://example.org/austin",
            "text": "Lloyd Austin visited Kuwait on Tuesday.",
        }
    )
    at.file_uploader(key="uploads").set_value(
        [
            ("hostile.txt", hostile.encode(), "text/plain"),
            ("linked.jsonl", linked.encode(), "application/jsonl"),
            ("empty.txt", b"", "text/plain"),
            ("binary.txt", bytes(range(256)) * 20, "text/plain"),
        ]
    )
    at.run()
    assert not at.exception
    errors = " ".join(error.value for error in at.error)
    assert "empty.txt" in errors and "binary.txt" in errors
    shown = _events(at)
    assert {"Antony Blinken", "Lloyd Austin"} <= {name for a in shown["actors"] for name in a}
    row = next(i for i, actors in enumerate(shown["actors"]) if "Antony Blinken" in actors)
    at.session_state["events"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    source = next(m.value for m in at.markdown if "timeline-source" in m.value)
    assert '<mark class="timeline-date">Monday, October 23rd, 2023</mark>' in source
    assert '<mark class="timeline-actor">Antony Blinken</mark>' in source
    for inert in ("<script", "<img", "](", "[click]"):
        assert inert not in source
    why = [c.value for c in at.caption if c.value.startswith("Why this date")]
    assert why and "Monday 23 October 2023" in why[0]
    row = next(i for i, actors in enumerate(_events(at)["actors"]) if "Lloyd Austin" in actors)
    at.session_state["events"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert [button.proto.url for button in at.get("link_button")] == ["https://example.org/austin"]


def test_an_undated_event_shows_blanks_not_none(app: AppTest) -> None:
    app.query_params["anchor"] = "vague"
    at = app.run()
    shown = _events(at)
    assert len(shown) > 0
    for column in ("date_start", "date_end", "granularity"):
        assert set(shown[column]) == {""}
    assert "recently" in set(shown["date_text"])


def test_empty_states_tell_the_user_what_to_do(app: AppTest) -> None:
    app.query_params["q"] = "no sentence says this"
    at = app.run()
    assert any("No events match" in warning.value for warning in at.warning)
    at.checkbox(key="sample").uncheck().run()
    assert any("No articles yet" in info.value for info in at.info)


def test_a_big_table_makes_its_downloads_on_click(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, downloads: dict[str, bytes]
) -> None:
    from timeline.export import read_table, write_table
    from timeline.pipeline import extract

    table = extract(read_documents([ROOT / "data"])[0], workers=1).table
    copies = [
        table.assign(event_id=table["event_id"] + f"-{n}") for n in range(2100 // len(table) + 1)
    ]
    big = pd.concat(copies, ignore_index=True)
    path = tmp_path / "big.parquet"
    write_table(big, path)
    monkeypatch.setenv("TIMELINE_TABLE", str(path))
    deferred: list[str] = []
    original = MediaFileManager.add_deferred

    def spy(
        self: MediaFileManager, data_callable: Callable[[], bytes], *args: object, **kw: object
    ) -> str:
        deferred.append(str(args[2] if len(args) > 2 else kw.get("file_name")))
        return original(self, data_callable, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert len(read_table(path)) > 2000
    assert sorted(deferred) == ["timeline-timelinejs.json", "timeline.csv", "timeline.jsonl"]


def test_a_long_upload_over_its_budget_is_named_and_the_rest_stays(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long document is read in a worker process under a time budget: over it, the page
    names the file, and the other articles and their events stay. The report's budget
    (`TIMELINE_TIMEOUT`, 0.01 s) is one no reading of 300,000 characters meets; the long
    line is given the default one, which its reading meets however loaded the machine is
    (how soon a budget acts is measured in benchmarks/bench_budgets.py)."""
    monkeypatch.setenv("TIMELINE_TIMEOUT", "0.01")
    within_budget = loading.events_within_budget

    def budget_of_the_report_only(documents: list[Document], **options: Any) -> Any:
        if documents[0].source != "report.txt":
            options["timeout"] = loading.DEFAULT_TIMEOUT
        return within_budget(documents, **options)

    monkeypatch.setattr(loading, "events_within_budget", budget_of_the_report_only)
    docs, _ = read_documents([ROOT / "data"])
    report = ("\n\n".join(doc.text for doc in docs) * 20)[:300_000]
    at = app.run()
    before = len(_events(at))
    articles = int(re.search(r"from (\d+) articles", _summary(at)).group(1))  # type: ignore[union-attr]
    at.file_uploader(key="uploads").set_value(
        [
            ("report.txt", report.encode(), "text/plain"),
            ("one-line.txt", b"0123456789abcdef" * 20_000, "text/plain"),
        ]
    )
    at.run()
    assert not at.exception
    errors = [error.value for error in at.error]
    assert errors == ["report.txt: took longer than the 0.01 s budget; skipped"]
    assert len(_events(at)) == before  # the sample's events stay; the long line has none
    assert f"from {articles + 1} articles" in _summary(at)  # the long line's, not the report's


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_saved_csv_or_jsonl_table_opens_with_its_filters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """`timeline app --table events.csv`: actors come back as lists and days as dates, so the
    actor filter and the date range work as on a fresh extraction."""
    from timeline.export import write_table
    from timeline.pipeline import extract

    path = tmp_path / f"events{suffix}"
    write_table(extract(read_documents([ROOT / "data"])[0], workers=1).table, path)
    monkeypatch.setenv("TIMELINE_TABLE", str(path))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["actor"] = ["Lloyd Austin"]
    app.query_params["start"] = "2023-10-22"
    app.query_params["end"] = "2023-10-22"
    at = app.run()
    assert not at.exception
    shown = _events(at)
    assert len(shown) > 0
    assert all("Lloyd Austin" in actors for actors in shown["actors"])
    assert set(shown["date_start"]) == {"2023-10-22"}


def test_links_and_feeds_pasted_in_the_sidebar(app: AppTest, site: str) -> None:
    """Pasted links are fetched (a page and a feed, read from the local test site): their
    events join the table, each failed link gets its message, the articles list their address
    and how their date was found."""
    at = app.run()
    at.checkbox(key="sample").uncheck()
    at.text_area(key="links").set_value(
        f"{site}/news/port-strike-ends\n{site}/feed.xml\n{site}/report.pdf\nnot-a-link\n"
    )
    at.run()
    assert not at.exception
    errors = " ".join(error.value for error in at.error)
    assert "report.pdf" in errors and "application/pdf" in errors
    assert "not-a-link" in errors
    shown = _events(at)
    assert "Maria Keller" in {name for actors in shown["actors"] for name in actors}
    editor = next(
        d for d in at.dataframe if "url" in d.value.columns and "sentence" not in d.value.columns
    )
    articles = editor.value
    strike = articles.loc[articles["url"] == "https://harbour.example/news/port-strike-ends"]
    assert list(strike["source"]) == ["metadata"]
    assert len(articles) == 4  # the page, and the feed's three items
