"""The dashboard's logic through Streamlit's AppTest: filters, URL binding, the CSV."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from .conftest import ROOT

APP = str(ROOT / "app.py")


def _url_values(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


@pytest.fixture()
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=120)


@pytest.fixture()
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The bytes behind each download button, by file name, as the media storage receives them."""
    captured: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def capture(
        self: MemoryMediaFileStorage,
        path_or_data: str | bytes,
        mimetype: str,
        kind: object,
        filename: str | None = None,
    ) -> str:
        if isinstance(path_or_data, bytes) and filename:
            captured[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)  # type: ignore[arg-type]

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", capture)
    return captured


def test_dashboard_loads_sample_data(app: AppTest) -> None:
    at = app.run()
    assert not at.exception
    options = at.multiselect(key="actor").options
    assert any(option.startswith("Antony Blinken (") for option in options)
    assert any(option.startswith("Lloyd Austin (") for option in options)
    assert at.caption[0].value.startswith(tuple(str(n) for n in range(1, 1000)))


def test_actor_filter_narrows_the_table(app: AppTest) -> None:
    at = app.run()
    total = len(at.dataframe[0].value)
    at.multiselect(key="actor").select("Lloyd Austin").run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < total
    assert all("Lloyd Austin" in actors for actors in shown["actors"])
    assert "with Lloyd Austin" in at.caption[0].value
    assert _url_values(at, "actor") == ["Lloyd Austin"]  # the view is a link


def test_actor_filter_from_the_url(app: AppTest) -> None:
    app.query_params["actor"] = ["Antony Blinken", "Lloyd Austin"]
    at = app.run()
    assert at.multiselect(key="actor").value == ["Antony Blinken", "Lloyd Austin"]
    assert _url_values(at, "actor") == ["Antony Blinken", "Lloyd Austin"]
    shown = at.dataframe[0].value
    assert len(shown) > 0
    assert all({"Antony Blinken", "Lloyd Austin"} & set(a) for a in shown["actors"])


def test_text_search_from_the_url(app: AppTest) -> None:
    app.query_params["q"] = "troops"
    at = app.run()
    shown = at.dataframe[0].value
    assert len(shown) >= 1
    assert all("troops" in sentence.lower() for sentence in shown["sentence"])


def test_csv_download_holds_exactly_the_rows_shown(
    app: AppTest, downloads: dict[str, bytes]
) -> None:
    app.query_params["actor"] = ["Lloyd Austin"]
    at = app.run()
    shown = at.dataframe[0].value
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
