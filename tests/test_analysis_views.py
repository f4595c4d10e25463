"""Story threads, who acts with whom, an actor's page (timeline/analysis/threads.py,
network.py, profiles.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.analysis import (
    actor_network,
    actor_profile,
    find_threads,
    mark_threads,
    network_figure,
    profile_figure,
)
from timeline.analysis.network import MAX_ACTORS
from timeline.documents import Document
from timeline.events import Event
from timeline.export import read_table, write_table
from timeline.table import event_table

from .conftest import make_event

DOCS = [
    Document(id=name, text="x", title=f"Article {name}", url=f"https://news.example/{name}")
    for name in "abcdef"
]
START = date(2023, 10, 16)


def _event(
    doc: str, offset: int, day: int, actors: tuple[str, ...], types: tuple[str, ...] = ()
) -> Event:
    event = make_event(doc, offset, START + timedelta(day), "day", actors, f"Event {offset}.")
    return replace(event, actor_types=types or tuple("person" for _ in actors))


def test_threads_join_a_story_across_articles_and_leave_places_and_loners_out() -> None:
    events = [
        # the Blinken trip: three articles, days 0 to 4, chained by Blinken and Sudani
        _event("a", 0, 0, ("Antony Blinken", "Israel"), ("person", "country")),
        _event("b", 0, 2, ("Antony Blinken", "Mohammed Shia al-Sudani")),
        _event("c", 0, 4, ("Mohammed Shia al-Sudani",)),
        # the same country ten days later, another story: a country links nothing
        _event("d", 0, 10, ("Israel", "Lloyd Austin"), ("country", "person")),
        _event("e", 0, 11, ("Lloyd Austin",)),
        _event("f", 0, 11, ("Lloyd Austin",)),
        # a month: too coarse for a thread
        make_event(
            "e",
            50,
            date(2023, 10, 1),
            "month",
            ("Lloyd Austin",),
            "In October.",
            date(2023, 10, 31),
        ),
        # one article alone is no thread
        _event("f", 100, 30, ("Hamas",)),
        _event("f", 200, 30, ("Hamas",)),
        _event("f", 300, 31, ("Hamas",)),
    ]
    table = event_table(DOCS, events)
    threads = find_threads(table, days=3, min_events=3, min_documents=2)
    marked = mark_threads(table, threads)
    assert threads.summary["thread_id"].tolist() == [1, 2]
    first, second = threads.summary.iloc[0], threads.summary.iloc[1]
    assert first["events"] == 3 and first["documents"] == 3
    assert first["name"].startswith("Antony Blinken, Mohammed Shia al-Sudani")
    assert first["name"].endswith("(16 to 20 October 2023)")
    assert second["actors"] == ["Lloyd Austin"]
    blinken = marked.loc[marked["actors"].map(lambda a: "Antony Blinken" in a)]
    assert set(blinken["thread_id"]) == {1}
    assert marked.loc[marked["granularity"] == "month", "thread_id"].isna().all()
    assert marked.loc[marked["actors"].map(lambda a: "Hamas" in a), "thread_id"].isna().all()


def test_a_running_topic_does_not_chain_every_story_into_one() -> None:
    # Hamas is named every day for three weeks: it links nothing; two stories stay two
    daily = [_event("abcdef"[day % 6], 1000 + day, day, ("Hamas",)) for day in range(21)]
    story_one = [_event(doc, 0, 1, ("Hamas", "Antony Blinken")) for doc in "abc"]
    story_two = [_event(doc, 0, 15, ("Hamas", "Lloyd Austin")) for doc in "def"]
    table = event_table(DOCS, daily + story_one + story_two)
    summary = find_threads(table, max_chain_days=14).summary
    assert [sorted(names[:2]) for names in summary["actors"]] == [
        ["Antony Blinken", "Hamas"],
        ["Hamas", "Lloyd Austin"],
    ]
    assert find_threads(table, max_chain_days=30).summary["events"].tolist() == [27]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_thread_ids_survive_every_export(tmp_path: Path, suffix: str) -> None:
    events = [
        _event(doc, 0, day, ("Antony Blinken",)) for doc, day in zip("abc", (0, 1, 2), strict=True)
    ]
    events.append(_event("d", 0, 40, ("Someone Else",)))
    table = event_table(DOCS, events)
    marked = mark_threads(table, find_threads(table))
    path = tmp_path / f"events{suffix}"
    write_table(marked, path)
    back = read_table(path)
    assert str(back["thread_id"].dtype) == "Int64"
    assert back["thread_id"].tolist() == marked["thread_id"].tolist()
    assert back["thread_id"].isna().sum() == 1


_row = st.tuples(
    st.sampled_from("abcdef"),
    st.integers(0, 40),
    st.lists(st.sampled_from(["A", "B", "C", "D", "Iraq"]), max_size=3, unique=True),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_row, max_size=25), st.integers(0, 5), st.integers(1, 4))
def test_threads_partition_the_rows(
    rows: list[tuple[str, int, list[str]]], days: int, min_events: int
) -> None:
    events = [
        _event(
            doc,
            10 * n,
            day,
            tuple(actors),
            tuple("country" if a == "Iraq" else "person" for a in actors),
        )
        for n, (doc, day, actors) in enumerate(rows)
    ]
    table = event_table(DOCS, events)
    threads = find_threads(table, days=days, min_events=min_events)
    marked = mark_threads(table, threads)
    assert len(marked) == len(table)
    counts = marked["thread_id"].value_counts()
    summary = threads.summary.set_index("thread_id")
    assert sorted(counts.index) == list(range(1, len(summary) + 1))
    for number, size in counts.items():
        assert summary.loc[number, "events"] == size >= min_events
        members = marked.loc[marked["thread_id"] == number]
        assert members["doc_id"].nunique() >= 2
        assert not members["actors"].map(lambda a: a in ([], ["Iraq"])).any()
    assert list(summary["events"]) == sorted(summary["events"], reverse=True)


def _network_table() -> pd.DataFrame:
    events = [
        _event("a", 0, 0, ("Antony Blinken", "<b>Iraq</b>"), ("person", "country")),
        _event("b", 0, 1, ("Antony Blinken", "<b>Iraq</b>"), ("person", "country")),
        _event("c", 0, 2, ("Antony Blinken", "Lloyd Austin"), ("person", "person")),
        _event("c", 99, 20, ("Hamas",), ("group",)),
    ]
    return event_table(DOCS, events)


def test_the_network_sizes_by_events_weights_by_shared_events_and_escapes() -> None:
    network = actor_network(_network_table())
    graph = network.graph
    assert graph.nodes["Antony Blinken"]["events"] == 3
    assert graph.nodes["<b>Iraq</b>"]["actor_type"] == "country"
    assert graph["Antony Blinken"]["<b>Iraq</b>"]["weight"] == 2
    assert graph["Antony Blinken"]["Lloyd Austin"]["weight"] == 1
    assert "Hamas" in graph and graph.degree("Hamas") == 0
    assert network.positions == actor_network(_network_table()).positions  # a fixed seed
    figure = network_figure(network)
    nodes = [trace for trace in figure.data if trace.mode == "markers+text"]
    names = [name for trace in nodes for name in trace.customdata]
    assert sorted(names) == sorted(graph.nodes)  # the raw names: a click filters by them
    hover = " ".join(text for trace in nodes for text in trace.hovertext)
    assert "<b>Iraq</b>" not in hover and "&lt;b&gt;Iraq&lt;/b&gt;" in hover
    assert {trace.name for trace in nodes} == {"person", "country", "group"}


def test_the_network_follows_the_rows_given_and_caps_the_actors() -> None:
    table = _network_table()
    only_late = table.loc[table["date_start"] >= pd.Timestamp(START + timedelta(10))]
    assert set(actor_network(only_late).graph.nodes) == {"Hamas"}
    many = event_table(
        DOCS, [_event("a", n, 0, (f"Actor {n:03d}", "Common")) for n in range(MAX_ACTORS + 5)]
    )
    capped = actor_network(many)
    assert capped.graph.number_of_nodes() == MAX_ACTORS
    assert capped.actors == MAX_ACTORS + 6
    assert "Common" in capped.graph
    assert "of 66" in network_figure(capped).layout.title.text


def test_an_actor_page_counts_months_partners_roles_and_articles() -> None:
    events = [
        replace(
            _event("a", 0, 0, ("Antony Blinken", "Iraq")), actor_roles=("Secretary of State", "")
        ),
        replace(_event("b", 0, 20, ("Antony Blinken", "Iraq")), actor_roles=("secretary", "")),
        _event("b", 50, 1, ("Antony Blinken", "Lloyd Austin")),
        make_event("c", 0, None, None, ("Antony Blinken",), "Blinken has long said so."),
        _event("c", 70, 3, ("Lloyd Austin",)),
    ]
    table = event_table(DOCS, events)
    profile = actor_profile(table, "Antony Blinken")
    assert (profile.events, profile.undated, profile.actor_type) == (4, 1, "person")
    assert profile.per_month.to_dict("list") == {
        "month": [pd.Timestamp("2023-10-01"), pd.Timestamp("2023-11-01")],
        "events": [2, 1],
    }
    assert profile.partners.to_dict("list") == {
        "actor": ["Iraq", "Lloyd Austin"],
        "events": [2, 1],
    }
    assert profile.roles["role"].tolist() == ["Secretary of State", "secretary"]
    assert profile.articles[["doc_id", "events"]].values.tolist() == [["b", 2], ["a", 1], ["c", 1]]
    assert profile.articles["url"].iloc[0] == "https://news.example/b"
    assert sum(profile_figure(profile).data[0].y) == 3
