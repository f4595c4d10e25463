"""Which date a row takes when its sentence writes more than one (`benchmarks/date_choice.py`):
the shapes of a date in its sentence, and the tallies on an invented folder of verdicts and an
invented set of one article."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import date_choice
from benchmarks.date_choice import SHAPES, shape_of, this_year_clause


def test_doctests() -> None:
    assert doctest.testmod(date_choice).failed == 0


@pytest.mark.parametrize(
    ("sentence", "expression", "shape"),
    [
        ("The depot was shut on 4 and 5 June for repairs.", "4 and 5 June", "a list or range"),
        ("Sales from March to May rose 3%.", "March to May", "a list or range"),
        ("The crane fell at 3:40 p.m. on Tuesday.", "3:40 p.m.", "a clock"),
        ("Orders rose before Easter, the guild said.", "Easter", "a holiday or a season"),
        ("The yard will hire 40 welders by the end of the year.", "the end of the year",
         "a qualifier"),
        ("Output has doubled since 2012.", "2012", "a qualifier"),
        ("Next year's budget was cut.", "Next year", "a possessive or a noun's modifier"),
        ("The mill, which opened in 1961, closed on Friday.", "1961", "a relative clause"),
        ("The road reopened after the flood receded in March.", "March", "a subordinate clause"),
        ("The union said on Monday that it would strike.", "Monday", "the day of a statement"),
        ("The union said on Monday that it would strike in May.", "May",
         "what a statement reports"),
        ("Fares will rise in May, the council said.", "May", "a clause reported before 'X said'"),
        ("The ferry sank in 1953.", "1953", "the main clause"),
        ('"We opened in 1990," she said.', "1990",
         "in a quotation: a clause reported before 'X said'"),
    ],
)  # fmt: skip
def test_shape_of_names_the_dates_place_in_its_sentence(
    sentence: str, expression: str, shape: str
) -> None:
    start = sentence.index(expression)
    assert shape_of(sentence, start, start + len(expression)) == shape


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 20))
def test_shape_of_never_raises_and_names_a_known_shape(text: str, start: int, size: int) -> None:
    names = {name for name, *_ in SHAPES} | {"a holiday or a season"}
    shape = shape_of(text, start, start + size).removeprefix("in a quotation: ")
    assert shape in names


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The co-op expects to sell 900 tonnes this year.", "an expectation or a plan"),
        ("The city plans to plant 2,000 trees this year.", "an expectation or a plan"),
        ("It is the third flood in the valley this year.", "an ordinal count"),
        ("Sales are up 4% this year.", "another present"),
    ],
)
def test_this_year_clause(sentence: str, clause: str) -> None:
    assert this_year_clause(sentence, "this year") == clause


def _row(sentence: str, value: str, grain: str, reason: str, golds: list[str], wrong: bool) -> Any:
    return {
        "article": "01_depot.txt",
        "sentence": sentence,
        "date_value": value,
        "granularity": grain,
        "date_reason": reason,
        "gold_dates": golds,
        "gold_actors": [],
        "actors": [],
        "wrong": ["date"] if wrong else [],
    }


def _folders(tmp_path: Path, rows: list[Any]) -> tuple[Path, Path]:
    verdicts, sets = tmp_path / "v", tmp_path / "sets"
    verdicts.mkdir()
    (verdicts / "invented.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    gold = sets / "invented" / "gold"
    gold.mkdir(parents=True)
    (gold / "01_depot.json").write_text(json.dumps({"published": "2031-06-11"}))
    return verdicts, sets


def test_tally_says_the_gold_takes_another_date_of_the_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Depot sales rose 6% in May because of demand before the fair on 30 and 31 May."
    reason = "'30 and 31 May' has no year: taken from the publication day -> 30 May 2031"
    may = "2031-05-01..2031-05-31 (month)"
    rows = [_row(text, "2031-05-30/2031-05-31", "day", reason, [may], True)]
    verdicts, sets = _folders(tmp_path, rows)
    date_choice.main([str(verdicts), "--sets", str(sets)])
    out = capsys.readouterr().out
    assert "precision: 1 rows of sentences of two dates or more; gold: another date" in out
    assert "precision|other: the main clause 1" in out


def test_this_year_tally_counts_the_year_and_the_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = "'this year' means the news day: the publication day -> Wednesday 11 June 2031"
    year = "2031-01-01..2031-12-31 (year)"
    day = "2031-06-11..2031-06-11 (day)"
    rows = [
        _row("The depot expects to ship 9,000 crates this year.", "2031-06-11", "day", reason,
             [year], True),
        _row("It is the second fire at the depot this year.", "2031-06-11", "day", reason,
             [year, day], False),
    ]  # fmt: skip
    verdicts, _ = _folders(tmp_path, rows)
    date_choice.main([str(verdicts), "--this-year"])
    lines = capsys.readouterr().out.splitlines()
    assert next(line for line in lines if line.endswith("an expectation or a plan")).split()[
        :4
    ] == ["1", "0", "0", "0"]
    assert next(line for line in lines if line.endswith("an ordinal count")).split()[:4] == [
        "0",
        "0",
        "1",
        "0",
    ]
