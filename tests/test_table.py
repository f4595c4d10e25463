"""The event table: schema, order, and merging one event reported by several articles."""

from __future__ import annotations

from datetime import date

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
