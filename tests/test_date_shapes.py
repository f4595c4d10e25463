"""Both sides of a second row's role and of a precision (`benchmarks/date_shapes.py`), on
invented sentences and an invented folder of verdicts."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import date_shapes
from benchmarks.date_shapes import ROLES, accepted, role_of


def test_doctests() -> None:
    assert doctest.testmod(date_shapes).failed == 0


@pytest.mark.parametrize(
    ("sentence", "expression", "role"),
    [
        ("The ferry line, which began in 1987, was sold on Friday.", "1987", "a relative clause"),
        ("Fares have doubled since 2015.", "2015", "since"),
        ("Next year's timetable is out.", "Next year", "possessive"),
        ("The pier will reopen before the summer.", "the summer", "deadline (by, before, until)"),
        ("The 2026 timetable adds two sailings.", "2026", "a year before a noun"),
        ("The line said on Tuesday that fares would rise.", "Tuesday", "the statement's day"),
        (
            "The line said on Tuesday that fares would rise in May.",
            "May",
            "in what a statement reports",
        ),
        ("Fares will rise in May, the line said.", "May", "a clause reported before 'X said'"),
        ("The ferry sank in 1953.", "1953", "after in, on, at, for, during"),
        ("Yesterday the ferry sank.", "Yesterday", "other"),
    ],
)
def test_role_of_names_the_dates_place_in_its_sentence(
    sentence: str, expression: str, role: str
) -> None:
    assert role_of(sentence, expression) == role


@given(st.text(max_size=80), st.text(min_size=1, max_size=12))
def test_role_of_never_raises_and_names_a_known_role(sentence: str, expression: str) -> None:
    names = {name for name, _, _ in ROLES} | {"other", "not found"}
    assert role_of(sentence, expression) in names


@given(st.integers(1000, 2099), st.sampled_from(("has grown", "have fallen", "has run")))
def test_every_year_after_since_is_since(year: int, verb: str) -> None:
    assert role_of(f"The trade {verb} since {year}.", str(year)) == "since"


def test_accepted_reads_every_form_of_a_gold_date() -> None:
    golds = ["2024-12-31..2024-12-31 (day)", "2024-W52", "2024-SU", "no day"]
    assert accepted({"gold_dates": golds}) == {"day", "season", "no day"}


def _row(sentence: str, value: str, grain: str, reason: str, golds: list[str], wrong: bool) -> Any:
    return {
        "article": "01_ferry.txt",
        "sentence": sentence,
        "date_value": value,
        "granularity": grain,
        "date_reason": reason,
        "gold_dates": golds,
        "wrong": ["date"] if wrong else [],
    }


def _folder(tmp_path: Path, rows: list[Any]) -> Path:
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "invented.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    return folder


def test_roles_counts_both_rows_of_a_two_row_sentence_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    two = "The line, which opened in 1987, closed on Friday."
    rows = [
        _row(two, "1987", "year", "'1987' written in the sentence", ["2024-05-03"], True),
        _row(two, "2024-05-03", "day", "'Friday', counted from ...", ["2024-05-03"], False),
        _row("It sank in 1953.", "1953", "year", "'1953' written ...", ["2024-05-03"], True),
    ]
    date_shapes.main(["roles", str(_folder(tmp_path, rows))])
    lines = capsys.readouterr().out.splitlines()
    assert next(line for line in lines if line.endswith("a relative clause")).split()[:3] == [
        "1",
        "0",
        "100%",
    ]
    assert next(line for line in lines if line.endswith("  all")).split()[:2] == ["1", "1"]
    assert any(line.split()[:2] == ["1", "0"] and "a relative clause" in line for line in lines)


def test_precisions_counts_the_golds_that_accept_each_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reason = "'the end of the year' counted from the publication day -> 2024"
    december = "2024-12-01..2024-12-31 (month)"
    year = "2024-01-01..2024-12-31 (year)"
    rows = [
        _row(f"Sentence {n}.", "2024", "year", reason, golds, wrong)
        for n, (golds, wrong) in enumerate(
            [([december, year], False), ([december], True), ([year], False)]
        )
    ]
    date_shapes.main(["precisions", str(_folder(tmp_path, rows)), "--least", "1"])
    out = capsys.readouterr().out
    assert "     3      2  | month 2, year 2  | a part of a year" in out
