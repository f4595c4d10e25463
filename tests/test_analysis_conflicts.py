"""Conflicting dates and the reader's date choices (timeline/analysis/conflicts.py, choices.py)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.analysis import (
    DateChoice,
    DateChoices,
    JsonChoiceStore,
    apply_choices,
    conflicts_only,
    find_conflicts,
    mark_conflicts,
    stale_choices,
)
from timeline.documents import Document
from timeline.errors import ChoicesError
from timeline.export import read_table, write_table
from timeline.table import event_table, merge_duplicates

from .conftest import make_event

DOCS = [Document(id=name, text="x", title=f"Article {name}") for name in "abcd"]
SUNDAY, MONDAY = date(2023, 10, 22), date(2023, 10, 23)
MET = "Blinken met the Iraqi prime minister in Baghdad about the attacks on troops."
MET_AGAIN = "Blinken met Iraq's prime minister in Baghdad about attacks on troops."
BLINKEN = ("Antony Blinken",)


def _table(*events: object) -> pd.DataFrame:
    return merge_duplicates(event_table(DOCS, list(events)))  # type: ignore[arg-type]


def test_one_event_reported_on_two_days_is_a_conflict() -> None:
    table = _table(
        make_event("a", 0, SUNDAY, "day", BLINKEN, MET),
        make_event("b", 10, MONDAY, "day", BLINKEN, MET_AGAIN),
        make_event("c", 0, MONDAY, "day", BLINKEN, "Blinken flew home."),
    )
    conflicts = find_conflicts(table)
    assert conflicts["conflict_id"].nunique() == 1
    assert list(conflicts["doc_id"]) == ["a", "b"]  # by date
    assert list(conflicts["date_start"]) == [pd.Timestamp(SUNDAY), pd.Timestamp(MONDAY)]
    assert "date_reason" in conflicts.columns
    marked = mark_conflicts(table, conflicts)
    assert marked["conflict_id"].notna().sum() == 2
    assert set(conflicts_only(marked)["doc_id"]) == {"a", "b"}
    assert "conflict_id" not in table.columns  # the input is not changed


def test_a_day_inside_a_reported_week_or_month_is_no_conflict() -> None:
    week_start = date(2023, 10, 23)
    table = _table(
        make_event("a", 0, MONDAY, "day", BLINKEN, MET),
        make_event("b", 0, week_start, "week", BLINKEN, MET_AGAIN, week_start + timedelta(6)),
        make_event("c", 0, date(2023, 10, 1), "month", BLINKEN, MET, date(2023, 10, 31)),
    )
    assert find_conflicts(table).empty


def test_different_actors_or_sentences_or_one_document_are_no_conflict() -> None:
    table = _table(
        make_event("a", 0, SUNDAY, "day", BLINKEN, MET),
        make_event("b", 0, MONDAY, "day", ("Lloyd Austin",), MET_AGAIN),  # no shared actor
        make_event("c", 0, MONDAY, "day", BLINKEN, "Blinken said the talks went well."),
        make_event("a", 200, MONDAY, "day", BLINKEN, MET_AGAIN),  # the same document
    )
    assert find_conflicts(table).empty


def test_same_dates_merged_and_a_third_date_conflicts_with_the_merged_row() -> None:
    table = _table(
        make_event("a", 0, MONDAY, "day", BLINKEN, MET),
        make_event("b", 0, MONDAY, "day", BLINKEN, MET_AGAIN),
        make_event("c", 0, SUNDAY, "day", BLINKEN, MET),
    )
    conflicts = find_conflicts(table)
    assert len(conflicts) == 2
    merged = conflicts.loc[conflicts["date_start"] == pd.Timestamp(MONDAY)].iloc[0]
    assert merged["sources"] == 2


def _conflicted() -> pd.DataFrame:
    return _table(
        make_event("a", 0, SUNDAY, "day", BLINKEN, MET),
        make_event("b", 10, MONDAY, "day", BLINKEN, MET_AGAIN),
        make_event("c", 0, MONDAY, "day", ("Lloyd Austin",), "Austin flew home."),
    )


def test_applying_a_choice_keeps_the_chosen_date_and_lists_the_other() -> None:
    table = _conflicted()
    conflicts = find_conflicts(table)
    sunday = conflicts.iloc[0]
    choice = DateChoice(str(sunday["event_id"]), SUNDAY, SUNDAY, str(sunday["conflict_id"]))
    resolved = apply_choices(table, DateChoices().choose(choice))
    assert len(resolved) == 2
    row = resolved.loc[resolved["conflict_id"].notna()].iloc[0]
    assert row["event_id"] == sunday["event_id"]
    assert row["date_start"] == pd.Timestamp(SUNDAY)
    assert row["sources"] == 2
    assert set(row["source_events"]) == set(conflicts["event_id"])
    assert "chosen by the reader over 23 October 2023 in 'Article b'" in row["date_reason"]
    assert apply_choices(resolved, DateChoices().choose(choice)).equals(resolved)
    assert stale_choices(table, DateChoices().choose(choice)) == ()


def test_a_choice_survives_a_re_run_through_the_sidecar(tmp_path: Path) -> None:
    table = _conflicted()
    write_table(table, tmp_path / "events.parquet")
    monday = find_conflicts(table).iloc[1]
    store = JsonChoiceStore.beside(tmp_path / "events.parquet")
    store.save(DateChoices().choose(DateChoice(str(monday["event_id"]), MONDAY, MONDAY)))
    again = _conflicted()  # a re-run: the same articles give the same event ids
    resolved = apply_choices(again, store.load())
    chosen = resolved.loc[resolved["event_id"] == monday["event_id"]].iloc[0]
    assert chosen["date_start"] == pd.Timestamp(MONDAY)
    assert len(resolved) == 2
    assert (tmp_path / "events.choices.json").exists()


def test_a_choice_whose_date_changed_is_stale_and_not_applied() -> None:
    table = _conflicted()
    sunday = find_conflicts(table).iloc[0]
    choice = DateChoice(str(sunday["event_id"]), MONDAY, MONDAY)  # not what that row reports
    gone = DateChoice("ev-000000000000", SUNDAY, SUNDAY)
    choices = DateChoices().choose(choice).choose(gone)
    assert len(apply_choices(table, choices)) == 3
    assert stale_choices(table, choices) == (choice, gone)


def test_bad_choice_files_are_named_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "events.choices.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ChoicesError, match=r"events\.choices\.json.*not valid JSON"):
        JsonChoiceStore(path).load()
    assert path.read_text(encoding="utf-8") == "{not json"
    path.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(ChoicesError, match="not a date choices file"):
        JsonChoiceStore(path).load()
    good = DateChoices().choose(DateChoice("ev-1", SUNDAY, SUNDAY)).to_json()
    good["choices"][0]["date_start"] = "Sunday"
    path.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(ChoicesError, match="choice 1 is malformed"):
        JsonChoiceStore(path).load()
    assert JsonChoiceStore(tmp_path / "none.json").load() == DateChoices()
    with pytest.raises(ChoicesError, match="cannot save"):
        JsonChoiceStore(tmp_path / "missing" / "x.json").save(DateChoices())


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_conflict_ids_survive_every_export(tmp_path: Path, suffix: str) -> None:
    table = _conflicted()
    marked = mark_conflicts(table, find_conflicts(table))
    path = tmp_path / f"events{suffix}"
    write_table(marked, path)
    back = read_table(path)
    assert str(back["conflict_id"].dtype) == "string"
    assert back["conflict_id"].tolist() == marked["conflict_id"].tolist()
    assert conflicts_only(back)["event_id"].tolist() == conflicts_only(marked)["event_id"].tolist()


_SENTENCES = [MET, MET_AGAIN, "Blinken flew home from Baghdad on a military plane.", "Austin met."]
_row = st.tuples(
    st.sampled_from("abcd"),
    st.integers(0, 6),  # day offset from SUNDAY
    st.sampled_from(["day", "week"]),
    st.sampled_from([BLINKEN, ("Lloyd Austin",), ("Antony Blinken", "Lloyd Austin")]),
    st.sampled_from(_SENTENCES),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_row, max_size=12), st.data())
def test_conflicts_never_pair_rows_of_one_document_and_choices_apply_once(
    rows: list[tuple[str, int, str, tuple[str, ...], str]], data: st.DataObject
) -> None:
    events = [
        make_event(
            doc,
            100 * number,
            SUNDAY + timedelta(offset),
            kind,
            actors,
            sentence,
            SUNDAY + timedelta(offset + (6 if kind == "week" else 0)),
        )
        for number, (doc, offset, kind, actors, sentence) in enumerate(rows)
    ]
    table = event_table(DOCS, events)
    conflicts = find_conflicts(table)
    for _, members in conflicts.groupby("conflict_id"):
        assert members["doc_id"].is_unique
        assert len(members) >= 2
        spans = list(zip(members["date_start"], members["date_end"], strict=True))
        assert any(
            not (a[0] <= b[0] and b[1] <= a[1]) and not (b[0] <= a[0] and a[1] <= b[1])
            for a in spans
            for b in spans
        )
    # the order of the rows does not matter
    shuffled = table.sample(frac=1, random_state=3)
    assert set(find_conflicts(shuffled)["conflict_id"]) == set(conflicts["conflict_id"])
    if conflicts.empty:
        return
    picked = conflicts.iloc[data.draw(st.integers(0, len(conflicts) - 1))]
    choice = DateChoice(
        str(picked["event_id"]), picked["date_start"].date(), picked["date_end"].date()
    )
    once = apply_choices(table, DateChoices().choose(choice))
    twice = apply_choices(once, DateChoices().choose(choice))
    pd.testing.assert_frame_equal(once, twice)
    assert once["sources"].sum() == table["sources"].sum()  # no report is lost


def test_wire_copy_in_many_articles_is_paired_in_parts_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One text run by many articles (wire copy) on different days: the candidate pairs are
    made in parts (`PAIRS_AT_ONCE`) and pairs within one article left out, with the same
    conflicts as in one go."""
    from timeline.analysis import conflicts as module

    docs = [Document(id=f"d{n}", text="x", title=f"Article {n}") for n in range(12)]
    events = [
        make_event(f"d{n}", offset, SUNDAY + timedelta(days=n % 3), "day", BLINKEN, sentence)
        for n in range(12)
        for offset, sentence in ((0, MET), (100, MET_AGAIN), (200, "Blinken flew home."))
    ]
    table = merge_duplicates(event_table(docs, events))
    whole = find_conflicts(table)
    assert whole["conflict_id"].nunique() >= 1
    monkeypatch.setattr(module, "PAIRS_AT_ONCE", 1)
    assert find_conflicts(table).equals(whole)
