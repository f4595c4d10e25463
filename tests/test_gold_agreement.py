"""The agreement of two annotators of one outlet set (`benchmarks/gold_agreement.py`): rows
paired by sentence, each side scored against the other as `bench_outlets.py` scores the
product. Invented articles and golds."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import gold_agreement, gold_rebase
from benchmarks.gold_agreement import compare, entry, paired

ARTICLE = (
    "Port of Brindle, May 3, 2024\n\n"
    "The harbour board said on Thursday that it would dredge the channel.\n"
    "Ana Roe, its chair, resigned last week.\n"
    "The board was founded in 1911.\n"
)


def _gold(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "article": "01_board.txt",
        "style": "regional paper, 2020s",
        "domain": "ports",
        "published": "2024-05-03",
        "published_stated": True,
        "furniture": [],
        "furniture_names": [],
        "events": events,
    }


def _event(starts: str, date: Any, actors: list[Any], optional: bool = False) -> dict[str, Any]:
    return {"starts": starts, "date": date, "actors": actors, "optional": optional}


def _set(tmp_path: Path, first: list[dict[str, Any]], second: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "outlets_x"
    for sub in ("articles", "gold", "second"):
        (folder / sub).mkdir(parents=True)
    (folder / "articles" / "01_board.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gold" / "01_board.json").write_text(json.dumps(_gold(first)), encoding="utf-8")
    (folder / "second" / "01_board.json").write_text(json.dumps(_gold(second)), encoding="utf-8")
    return folder


def test_the_two_directions_count_dates_actors_and_lone_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [
        _event("The harbour board said", "2024-05-02", [["Brindle Harbour Board", "board"]]),
        _event("Ana Roe, its chair,", "2024-W17", ["Ana Roe", "Brindle Harbour Board"]),
        _event("The board was founded", "1911", ["Brindle Harbour Board"], optional=True),
    ]
    second = [
        # the same sentence, its starts longer; the same day and actor
        _event("The harbour board said on Thursday", "2024-05-02", ["the Board"]),
        # a day or the week, one actor fewer
        _event("Ana Roe, its", ["2024-04-26", "2024-W17"], ["Ana Roe"]),
    ]
    _set(tmp_path, first, second)
    monkeypatch.setattr(gold_agreement, "HERE", tmp_path)
    tally = compare("outlets_x")
    # the week is one of the second's readings; its one actor is not the first's two
    assert (tally.rows, tally.dated, tally.actors) == (2, 2, 1)
    # the first's third entry is optional: no lone required row on either side
    assert (tally.first_only, tally.second_only) == (0, 0)


def test_a_required_row_of_one_side_alone_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [_event("The board was founded", "1911", ["Brindle Harbour Board"])]
    second = [_event("Ana Roe, its chair,", "2024-W17", ["Ana Roe"])]
    _set(tmp_path, first, second)
    monkeypatch.setattr(gold_agreement, "HERE", tmp_path)
    tally = compare("outlets_x")
    assert tally.rows == 0
    assert (tally.first_only, tally.second_only) == (1, 1)


def test_an_undated_pages_relative_values_agree_when_their_offsets_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page states no day: each annotator assumed one and counted from it; "on Thursday"
    (the day before), "last week" and the founding year are read alike, a second reading of
    "last week" as two weeks back is not."""

    def relative(starts: str, date: Any) -> dict[str, Any]:
        return {**_event(starts, date, ["Ana Roe"]), "relative": True}

    first = [
        relative("The harbour board said", "2024-05-02"),
        relative("Ana Roe, its chair,", "2024-W17"),
        _event("The board was founded", "1911", ["Ana Roe"]),
    ]
    second = [
        relative("The harbour board said", "2019-10-09"),
        relative("Ana Roe, its chair,", "2019-W40"),
        _event("The board was founded", "1911", ["Ana Roe"]),
    ]
    folder = _set(tmp_path, first, second)
    for side, day in (("gold", "2024-05-03"), ("second", "2019-10-10")):
        path = folder / side / "01_board.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(
            json.dumps({**gold, "published": day, "published_stated": False}), encoding="utf-8"
        )
    monkeypatch.setattr(gold_agreement, "HERE", tmp_path)
    # 2019-W40 is the week before 10 October 2019's, as 2024-W17 is before 3 May 2024's
    assert (compare("outlets_x").rows, compare("outlets_x").dated) == (3, 3)
    # the same values on a page that states its day are two readings of one day: they part
    for side in ("gold", "second"):
        path = folder / side / "01_board.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**gold, "published_stated": True}), encoding="utf-8")
    assert compare("outlets_x").dated == 1


_STARTS = ["The harbour board said", "Ana Roe, its chair,", "The board was founded"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_STARTS),
            st.sampled_from(["2024-05-02", "2024-W17", "2024", None]),
            st.lists(st.sampled_from(["Ana Roe", "Brindle", "the Board"]), unique=True),
        ),
        unique_by=lambda t: t[0],
    )
)
def test_an_annotation_agrees_wholly_with_itself(
    rows: list[tuple[str, str | None, list[str]]],
) -> None:
    events = tuple(entry(starts, date, actors) for starts, date, actors in rows)
    pairs = paired(ARTICLE, events, events)
    assert all(a is b for a, b in pairs)
    assert all(gold_agreement.agrees(a, a) == (True, True) for a, _ in pairs if a is not None)


def test_the_module_examples() -> None:
    assert doctest.testmod(gold_agreement).failed == 0


def test_the_rebase_examples() -> None:
    assert doctest.testmod(gold_rebase).failed == 0
