"""The dashboard's views of issue 16 through Streamlit's AppTest: Conflicts (a date choice
saved and found again by a new session), Network, the actor page, Threads, and their filters in
the URL. The sample's Veldhaven story (data/veldhaven-strike-2026.jsonl) is told by four
outlets, two of which date the withdrawn wage offer differently (7 and 8 March 2026)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from timeline.analysis import thread_lanes
from timeline.ui.network import clicked_actor
from timeline.views import timeline_figure

from .test_app import APP, _events, _url_values, downloads  # noqa: F401

OFFER = "withdrew the wage offer"


def _app(**params: str | list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def _frame(at: AppTest, *columns: str) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if set(columns) <= set(d.value.columns))


def _figure(at: AppTest, number: int = 0) -> dict[str, object]:
    spec = json.loads(at.get("plotly_chart")[number].proto.spec)
    assert isinstance(spec, dict)
    return spec


def _offer_rows(at: AppTest) -> pd.DataFrame:
    shown = _events(at)
    return shown.loc[shown["sentence"].str.contains(OFFER)]


def test_a_date_choice_is_saved_applied_and_found_by_the_next_session() -> None:
    at = _app(view="conflicts")
    assert not at.exception
    dates = _frame(at, "date_reason")
    offer = dates.loc[dates["sentence"].str.contains(OFFER)]
    assert list(offer["date"]) == ["Saturday 7 March 2026", "Sunday 8 March 2026"]
    assert set(offer["title"]) == {
        "Veldhaven strike enters its second day",
        "Dockworkers strike shuts the port of Veldhaven",
    }
    assert all(reason for reason in offer["date_reason"])  # each says why it was read so
    radio = next(r for r in at.radio if r.key and r.key.startswith("keep-cf-"))
    assert radio.value is None  # nothing chosen yet
    assert [label.split(",")[0] for label in radio.options] == [
        "Saturday 7 March 2026",
        "Sunday 8 March 2026",
    ]
    saturday = str(offer["event_id"].iloc[0])
    radio.set_value(saturday).run()
    assert not at.exception
    saved = json.loads(Path(os.environ["TIMELINE_CHOICES"]).read_text(encoding="utf-8"))
    assert [choice["event_id"] for choice in saved["choices"]] == [saturday]
    assert saved["choices"][0]["date_start"] == "2026-03-07"

    # The timeline shows one event, on the kept date.
    at.session_state["page"] = "Timeline"
    at.run()
    kept = _offer_rows(at)
    assert list(kept["date_start"]) == ["2026-03-07"]
    assert list(kept["sources"]) == [2]

    # A new session on the same articles finds the choice again.
    again = _app()
    assert list(_offer_rows(again)["date_start"]) == ["2026-03-07"]
    review = _app(view="conflicts")
    radio = next(r for r in review.radio if r.key and r.key.startswith("keep-cf-"))
    assert radio.value == saturday
    # ...and can take it back: both reported dates again.
    next(b for b in review.button if b.key and b.key.startswith("forget-")).click().run()
    assert json.loads(Path(os.environ["TIMELINE_CHOICES"]).read_text())["choices"] == []
    assert sorted(_offer_rows(_app())["date_start"]) == ["2026-03-07", "2026-03-08"]


def test_a_broken_choices_file_is_named_and_the_dates_stay() -> None:
    Path(os.environ["TIMELINE_CHOICES"]).write_text("{not json", encoding="utf-8")
    at = _app()
    assert not at.exception
    assert any("choices.json" in e.value and "not valid JSON" in e.value for e in at.error)
    assert sorted(_offer_rows(at)["date_start"]) == ["2026-03-07", "2026-03-08"]


def test_conflicts_only_and_the_downloads_carry_the_analysis(
    downloads: dict[str, bytes],  # noqa: F811
) -> None:
    at = _app(conflicts="1")
    assert at.toggle(key="conflicts_only").value is True
    shown = _events(at)
    assert len(shown) == 2 and all(OFFER in sentence for sentence in shown["sentence"])
    assert _url_values(at, "conflicts") == ["1"]
    exported = pd.read_csv(io.BytesIO(downloads["timeline.csv"]))
    assert len(exported) == 2 and exported["conflict_id"].str.startswith("cf-").all()
    assert exported["conflict_id"].nunique() == 1
    lines = [json.loads(line) for line in downloads["timeline.jsonl"].decode().splitlines()]
    assert {line["thread_id"] for line in lines} == {1}  # the story's thread
    at.toggle(key="conflicts_only").set_value(False).run()
    assert len(_events(at)) > 2 and "conflicts" not in at.query_params


def test_the_network_follows_the_date_range() -> None:
    at = _app(view="network", start="2026-03-01", end="2026-03-31")
    assert not at.exception
    traces = _figure(at)["data"]
    assert isinstance(traces, list)
    names = {name for trace in traces for name in trace.get("customdata", [])}
    assert {"Marta Lindqvist", "Tomas Brenner", "Erik Halvorsen", "Ingrid Solberg"} <= names
    assert "Antony Blinken" not in names  # October 2023: outside the range
    assert _url_values(at, "view") == ["network"]
    everything = {
        name
        for trace in _figure(_app(view="network"))["data"]
        for name in trace.get("customdata", [])
    }
    assert "Antony Blinken" in everything


def test_a_click_on_a_node_names_its_actor() -> None:
    """What a click on a node sends (Streamlit's selection state) gives its actor; an edge or
    an empty click none. The click itself is driven in the browser test."""
    selection = {"selection": {"points": [{"curve_number": 2, "customdata": "Lloyd Austin"}]}}
    assert clicked_actor(selection) == "Lloyd Austin"
    assert clicked_actor({"selection": {"points": [{"curve_number": 0}]}}) is None
    assert clicked_actor({"selection": {"points": []}}) is None
    assert clicked_actor(None) is None


def test_the_actor_page_from_a_link_and_back_to_the_timeline() -> None:
    at = _app(view="actor", name="Marta Lindqvist")
    assert not at.exception
    assert at.subheader[0].value == "Marta Lindqvist"
    assert "view=actor&name=Marta+Lindqvist" in at.code[0].value  # the link to share
    partners = _frame(at, "actor")
    assert {"Tomas Brenner", "Erik Halvorsen", "Ingrid Solberg"} <= set(partners["actor"])
    articles = _frame(at, "title", "events")
    assert len(articles) == 4 and articles["url"].str.startswith("https://").all()
    at.button(key="actor_timeline").click().run()
    assert at.multiselect(key="actor").value == ["Marta Lindqvist"]
    assert _url_values(at, "actor") == ["Marta Lindqvist"] and "view" not in at.query_params
    assert all("Marta Lindqvist" in actors for actors in _events(at)["actors"])
    # From the actor filter to the page.
    at.button(key="open_actor_page").click().run()
    assert _url_values(at, "view") == ["actor"] and _url_values(at, "name") == ["Marta Lindqvist"]


def test_an_unknown_actor_in_a_link_is_named() -> None:
    at = _app(view="actor", name="Nobody Atall")
    assert any("Nobody Atall" in warning.value for warning in at.warning)
    assert at.subheader[0].value  # the busiest actor's page instead


def test_threads_as_lanes_and_one_thread_opened() -> None:
    at = _app(view="threads")
    assert not at.exception
    lanes = _figure(at)["layout"]
    assert isinstance(lanes, dict)
    labels = lanes["yaxis"]["ticktext"]
    assert len(labels) == 1 and "Marta Lindqvist" in labels[0] and "March 2026" in labels[0]
    summary = _frame(at, "documents")
    assert list(summary["documents"]) == [4]
    at.selectbox(key="thread").set_value(1).run()
    assert _url_values(at, "thread") == ["1"]
    events = _frame(at, "sentence")
    assert len(events) == int(summary["events"].iloc[0])
    assert events["title"].nunique() == 4
    # The thread filter from a link applies to the timeline too.
    shown = _events(_app(thread="1"))
    assert len(shown) == len(events) and shown["date_start"].str.startswith("2026-03").all()


def test_thread_lane_labels_from_article_text_are_escaped() -> None:
    """A thread is named by its actors, written by the articles: its lane label is HTML in
    Plotly, so it is escaped."""
    rows = pd.DataFrame(
        {
            "event_id": ["ev-1", "ev-2"],
            "thread_id": pd.array([1, 1], dtype="Int64"),
            "date_start": pd.to_datetime(["2026-03-07", "2026-03-08"]),
            "date_end": pd.to_datetime(["2026-03-07", "2026-03-08"]),
            "granularity": ["day", "day"],
            "date_text": ["Saturday", "Sunday"],
            "sentence": ["<img src=x onerror=alert(1)> met", "they met"],
            "title": ["<b>a</b>", "b"],
            "actors": [["<script>x</script>"], ["B"]],
            "actor_types": [["person"], ["person"]],
        }
    )
    summary = pd.DataFrame(
        {"thread_id": pd.array([1], dtype="Int64"), "name": ["<script>x</script> (7 March)"]}
    )
    layout = timeline_figure(thread_lanes(rows, summary)).to_plotly_json()["layout"]
    assert layout["yaxis"]["ticktext"] == ["&lt;script&gt;x&lt;/script&gt; (7 March)"]


def test_article_text_in_the_conflicts_page_is_inert() -> None:
    """Two uploaded articles date one event differently; their titles and sentence carry
    markup: the Conflicts page shows it as text."""
    at = _app(view="conflicts")
    at.checkbox(key="sample").uncheck()
    sentence = (
        "Mayor Lena Vogt closed the <b>harbour</b> bridge on {day}, and [traffic]"
        "(javascript:alert(1)) stopped <img src=x onerror=alert(1)>."
    )
    articles = [
        {
            "id": f"hostile-{n}",
            "title": f"<script>alert({n})</script> Bridge news",
            "published": "2026-05-12",
            "text": f"Bridge\n\n{sentence.format(day=day)}",
        }
        for n, day in enumerate(["Sunday, May 10", "Monday, May 11"])
    ]
    upload = "\n".join(json.dumps(article) for article in articles).encode()
    at.file_uploader(key="uploads").set_value([("hostile.jsonl", upload, "application/jsonl")])
    at.run()
    assert not at.exception
    radio = next(r for r in at.radio if r.key and r.key.startswith("keep-cf-"))
    assert len(radio.options) == 2
    shown = [m.value for m in at.markdown] + list(radio.options)
    assert any("Lena Vogt" in text for text in shown)
    for text in shown:
        for inert in ("<script", "<img", "<b>", "](", "[traffic]"):
            assert inert not in text


def test_a_saved_tables_choices_are_kept_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeline app --table events.parquet`: the choice goes to events.choices.json."""
    from timeline.documents import read_documents
    from timeline.export import write_table
    from timeline.pipeline import extract

    from .conftest import DATA

    path = tmp_path / "events.parquet"
    write_table(extract(read_documents([DATA])[0], workers=1).table, path)
    monkeypatch.setenv("TIMELINE_TABLE", str(path))
    at = _app(view="conflicts")
    offer = _frame(at, "date_reason")
    radio = next(r for r in at.radio if r.key and r.key.startswith("keep-cf-"))
    radio.set_value(str(offer["event_id"].iloc[1])).run()  # Sunday 8 March
    sidecar = json.loads((tmp_path / "events.choices.json").read_text(encoding="utf-8"))
    assert [choice["date_start"] for choice in sidecar["choices"]] == ["2026-03-08"]
    assert not Path(os.environ["TIMELINE_CHOICES"]).exists()  # not the sample's file
    assert list(_offer_rows(_app())["date_start"]) == ["2026-03-08"]
