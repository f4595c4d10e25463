"""The event table: schema, order, and merging one event reported by several articles."""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.events import Event
from timeline.table import COLUMNS, SCHEMA, empty_table, event_table, merge_duplicates

from .conftest import make_event


def _event(doc: str, start: int, day: date, actors: tuple[str, ...], sentence: str) -> Event:
    return make_event(doc, start, day, "day", actors, sentence)


DOCS = [Document(id=name, text="x", title=name.upper()) for name in ("a", "b", "c")]
MONDAY = date(2023, 10, 23)


def test_empty_table_has_the_schema() -> None:
    table = empty_table()
    assert tuple(table.columns) == COLUMNS == tuple(SCHEMA)
    assert len(table) == 0


def test_same_event_in_two_articles_becomes_one_row_with_sources() -> None:
    events = [
        _event(
            "a",
            0,
            MONDAY,
            ("Antony Blinken", "Iraq"),
            "Blinken spoke with the Iraqi prime minister on Monday about the attacks.",
        ),
        _event(
            "b",
            40,
            MONDAY,
            ("Antony Blinken",),
            "On Monday Blinken spoke with Iraq's prime minister about attacks on troops.",
        ),
        _event("c", 5, MONDAY, ("Antony Blinken",), "Blinken flew to Tel Aviv on Monday."),
        _event(
            "a",
            90,
            date(2023, 10, 22),
            ("Antony Blinken",),
            "Blinken spoke with the Iraqi prime minister on Sunday about the attacks.",
        ),
    ]
    table = event_table(DOCS, events)
    merged = merge_duplicates(table)
    assert len(merged) == 3
    row = merged.loc[merged["doc_id"] == "a"].loc[lambda t: t["date_start"] == "2023-10-23"].iloc[0]
    assert row["sources"] == 2
    assert row["source_events"] == [events[0].event_id, events[1].event_id]
    others = merged.loc[merged["event_id"] != row["event_id"]]
    assert set(others["sources"]) == {1}
    assert list(table["sources"]) == [1, 1, 1, 1]  # the input frame is not changed


def test_same_document_and_different_actors_do_not_merge() -> None:
    sentence = "The minister spoke with the press on Monday about the attacks."
    events = [
        _event("a", 0, MONDAY, ("Antony Blinken",), sentence),
        _event("a", 100, MONDAY, ("Antony Blinken",), sentence),
        _event("b", 0, MONDAY, ("Lloyd Austin",), sentence),
    ]
    merged = merge_duplicates(event_table(DOCS, events))
    assert len(merged) == 3


def test_rows_without_date_or_actors_do_not_shift_the_merge() -> None:
    # An undated row and an actor-less row sort among the dated ones: the merge must compare
    # the dated rows themselves, not the rows at their positions in the mergeable subset.
    sentence = "Blinken spoke with the Iraqi prime minister about the attacks on troops."
    events = [
        _event("a", 0, MONDAY, (), "The markets were calm on Monday."),
        _event("a", 50, MONDAY, ("Antony Blinken",), sentence),
        make_event("b", 0, None, None, ("Lloyd Austin",), "Austin has long said so."),
        _event("b", 80, date(2023, 10, 24), ("Lloyd Austin",), "Austin flew home on Tuesday."),
        _event("c", 10, MONDAY, ("Antony Blinken",), sentence),
    ]
    merged = merge_duplicates(event_table(DOCS, events))
    assert len(merged) == 4
    row = merged.loc[merged["sources"] == 2].iloc[0]
    assert row["source_events"] == [events[1].event_id, events[4].event_id]
    assert set(merged.loc[merged["sources"] == 1, "event_id"]) == {
        events[0].event_id,
        events[2].event_id,
        events[3].event_id,
    }


def test_two_rows_of_one_document_never_join_one_event() -> None:
    sentence = "Blinken spoke with the Iraqi prime minister about the attacks on troops."
    events = [
        _event("a", 0, MONDAY, ("Antony Blinken",), sentence),
        _event("b", 0, MONDAY, ("Antony Blinken",), sentence),
        _event("b", 200, MONDAY, ("Antony Blinken",), sentence),
    ]
    merged = merge_duplicates(event_table(DOCS, events))
    assert sorted(merged["sources"]) == [1, 2]


_DAYS = [MONDAY, date(2023, 10, 24), None]
_SENTENCES = [
    "Blinken spoke with the Iraqi prime minister about the attacks.",
    "Blinken spoke with the prime minister about the attacks on troops.",
    "Austin flew to Tel Aviv to meet the defence minister.",
    "Austin flew to Tel Aviv and met the defence minister.",
]
_row = st.tuples(
    st.sampled_from(["a", "b", "c", "d"]),
    st.sampled_from(_DAYS),
    st.frozensets(st.sampled_from(["Antony Blinken", "Lloyd Austin", "Iraq"]), max_size=2),
    st.sampled_from(_SENTENCES),
)


def _events_of(rows: list[tuple[str, date | None, frozenset[str], str]]) -> list[Event]:
    return [
        make_event(doc, number * 100, day, "day" if day else None, tuple(sorted(actors)), text)
        for number, (doc, day, actors, text) in enumerate(rows)
    ]


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(_row, max_size=14), seed=st.randoms(use_true_random=False))
def test_merging_is_sound_for_any_mix_and_order(
    rows: list[tuple[str, date | None, frozenset[str], str]], seed: random.Random
) -> None:
    events = _events_of(rows)
    by_id = {event.event_id: event for event in events}
    docs = [Document(id=name, text="x") for name in ("a", "b", "c", "d")]
    merged = merge_duplicates(event_table(docs, events))
    # nothing is lost: every input row is in exactly one output row's source_events
    covered = [event_id for ids in merged["source_events"] for event_id in ids]
    assert sorted(covered) == sorted(by_id)
    for _, row in merged.iterrows():
        members = [by_id[event_id] for event_id in row["source_events"]]
        assert members[0].event_id == row["event_id"]
        assert row["sources"] == len(members)
        assert len({member.doc_id for member in members}) == len(members)
        for member in members[1:]:
            assert member.date_start is not None
            assert (member.date_start, member.date_end) == (
                row["date_start"].date(),
                row["date_end"].date(),
            )
            assert set(member.actors) & set(row["actors"])
    # the order of the input does not matter
    shuffled = list(events)
    seed.shuffle(shuffled)
    again = merge_duplicates(event_table(docs, shuffled).sample(frac=1, random_state=1))
    pd.testing.assert_frame_equal(again, merged)


def test_the_readme_lists_every_column_of_the_schema() -> None:
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column, (dtype, meaning) in SCHEMA.items():
        kind = "list of strings" if dtype == "object" else dtype
        assert f"| `{column}` | {kind} | {meaning} |" in readme, column
