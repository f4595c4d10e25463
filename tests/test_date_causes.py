"""The rows dated by their own expression, split by the expression's kind and by how the gold
reads it (`benchmarks/date_causes.py`). Invented verdict rows and an invented set of one gold."""

from __future__ import annotations

import doctest
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import date_causes
from benchmarks.date_causes import cause_of, relation, row_interval

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _row(value: str, grain: str, reason: str, golds: list[str], *, wrong: bool = True) -> Any:
    return {
        "article": "01_ferry.txt",
        "sentence": "The ferry sailed on Friday.",
        "date_value": value,
        "granularity": grain,
        "date_reason": reason,
        "gold_dates": golds,
        "gold_actors": [],
        "actors": [],
        "actor_types": [],
        "wrong": ["date"] if wrong else [],
    }


def test_doctests() -> None:
    assert doctest.testmod(date_causes).failed == 0


@pytest.mark.parametrize(
    ("reason", "cause"),
    [
        ("'the late 1970s' written in the sentence -> the 1970s", "decade or century: a part"),
        ("'the 1880s' written in the sentence -> the 1880s", "decade or century"),
        ("'9.15pm' counted from the publication day, Friday 3 May 2024 -> ...", "clock counted"),
        ("'noon' on the day the text told of before it -> Friday 3 May 2024", "clock on the day"),
        ("'June 4' has no year: taken from the publication day, ...", "yearless date's year"),
        ("'the end of the year' counted from the publication day, ...", "a part of a year"),
        ("'mid-March' has no year: taken from the publication day, ...", "a part of a month"),
        ("'the year to June 30' has no year: taken from ...", "fiscal period"),
        ("'March to May' has no year: taken from the publication day", "span of two ends"),
        ("'the past three weeks' counted from the publication day", "the past or next N"),
        ("'two days later' counted from the date the text gave before it", "counted from an"),
        ("'this year' means the news day: the publication day, ...", "now-word"),
        ("'Easter weekend' counted from the publication day, ...", "holiday"),
        ("'1987' written in the sentence -> 1987", "a year written"),
    ],
)
def test_cause_of_names_the_kind_of_expression(reason: str, cause: str) -> None:
    assert cause_of(reason).startswith(cause)


@given(st.sampled_from(WEEKDAYS), st.sampled_from(("past", "future", "present")))
def test_every_weekday_with_its_tense_is_a_direction(weekday: str, tense: str) -> None:
    reason = f"'{weekday}', counted from the publication day, X, and the sentence's {tense} tense"
    assert cause_of(reason) == "weekday's direction"
    assert cause_of(f"'last {weekday}', counted from the publication day, X") == (
        "weekday's direction"
    )


def test_a_right_row_is_right_whatever_its_gold() -> None:
    row = _row("2024-05-03", "day", "'Friday' ...", ["2024-05-03..2024-05-03 (day)"], wrong=False)
    assert relation(row, date(2024, 5, 4)) == "right"


@pytest.mark.parametrize(
    ("value", "grain", "golds", "expected"),
    [
        # the weekday a week later, the day after, a year earlier
        ("2024-05-03", "day", ["2024-05-10..2024-05-10 (day)"], "shift:+week"),
        ("2024-05-03", "day", ["2024-05-04..2024-05-04 (day)"], "shift:+day"),
        ("2024-06", "month", ["2023-06-01..2023-06-30 (month)"], "shift:-1year"),
        # December for "the end of the year"; a decade written as its years
        ("2024", "year", ["2024-12-01..2024-12-31 (month)"], "finer:month"),
        ("199", "decade", ["1990-01-01..1999-12-31 (year)"], "same-interval:year"),
        ("2024-04", "month", ["2024-04-01..2024-06-30 (quarter)"], "coarser:quarter"),
        # the gold dates the statement, or nothing, or another date of the sentence
        ("2024", "year", ["2024-05-08..2024-05-08 (day)"], "statement-day"),
        ("2024-05-03", "day", ["no day"], "no-day"),
        ("2024-05-03", "day", ["1998-01-01..1998-12-31 (year)"], "elsewhere"),
    ],
)
def test_relation_says_how_the_gold_reads_the_row(
    value: str, grain: str, golds: list[str], expected: str
) -> None:
    assert relation(_row(value, grain, "'x' ...", golds), date(2024, 5, 8)) == expected


def test_row_interval_reads_a_company_year_from_the_reason() -> None:
    reason = "'the year to March 31' has no year: ... -> 1 April 2023 to 31 March 2024 (a year)"
    start, end, grain = row_interval(_row("FY2024", "year", reason, [])) or (None, None, None)
    assert (start, end, grain) == (date(2023, 4, 1), date(2024, 3, 31), "year")


def test_tally_counts_both_sides_of_a_cause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "sets" / "invented" / "gold"
    gold.mkdir(parents=True)
    (gold / "01_ferry.json").write_text(json.dumps({"published": "2024-05-08"}))
    weekday = "'Friday', counted from the publication day, Wednesday 8 May 2024, and the "
    rows = [
        _row(
            "2024-05-03",
            "day",
            weekday + "sentence's past tense",
            ["2024-05-03..2024-05-03 (day)"],
            wrong=False,
        ),
        _row(
            "2024-05-10",
            "day",
            weekday + "sentence's future tense",
            ["2024-05-03..2024-05-03 (day)"],
        ),
        _row(
            "2024",
            "year",
            "'the end of the year' counted from ...",
            ["2024-12-01..2024-12-31 (month)"],
        ),
    ]
    for number, row in enumerate(rows):
        row["sentence"] = f"Sentence {number}."
    verdicts = tmp_path / "v"
    verdicts.mkdir()
    (verdicts / "invented.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    date_causes.main([str(verdicts), "--sets", str(tmp_path / "sets")])
    lines = capsys.readouterr().out.splitlines()
    weekday_line = next(line for line in lines if line.endswith("weekday's direction"))
    assert weekday_line.split()[:6] == ["2", "1", "1", "0", "0", "|"]
    assert any("shift:-week 1" in line for line in lines)
    assert any("finer:month 1" in line for line in lines)
    assert lines[-1].split()[:2] == ["3", "1"]


def test_expression_keeps_its_rows_and_counts_the_golds_precisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "sets" / "invented" / "gold"
    gold.mkdir(parents=True)
    (gold / "01_ferry.json").write_text(json.dumps({"published": "2024-05-08"}))
    decade = "'the early 1970s' written in the sentence -> the 1970s"
    rows = [
        _row("197", "decade", decade, ["1970-01-01..1979-12-31 (decade)"], wrong=False),
        _row("197", "decade", decade, ["1970-01-01..1979-12-31 (year)"]),
        _row("2024-05-03", "day", "'Friday', counted from ...", ["no day"]),
    ]
    for number, row in enumerate(rows):
        row["sentence"] = f"Sentence {number}."
    verdicts = tmp_path / "v"
    verdicts.mkdir()
    (verdicts / "invented.jsonl").write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    date_causes.main([str(verdicts), "--sets", str(tmp_path / "sets"), "--expression", "early"])
    out = capsys.readouterr().out
    assert "weekday" not in out
    assert "same-interval:year 1" in out
    assert "1  decade row, gold decade" in out
    assert "1  decade row, gold year" in out
