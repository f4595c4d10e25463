"""The `timeline` command: extract, tag, errors and exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main, parse_published
from timeline.errors import PublishedDateError

from .bad_inputs import make_folder
from .conftest import REFERENCE_ARTICLE


def test_extract_reference_article_to_csv(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert main(["extract", str(REFERENCE_ARTICLE), "-o", str(out), "-q"]) == 0
    table = pd.read_csv(out)
    assert set(table["published"]) <= {"2023-10-23", "2023-10-24"}
    assert "2023-10-23" in set(table["date_start"])
    assert "2023-10-22" in set(table["date_start"])
    assert table["actors"].str.contains("Antony Blinken").any()


def test_bad_inputs_are_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "events.jsonl"
    status = main(
        [
            "extract",
            str(REFERENCE_ARTICLE),
            str(empty),
            str(binary),
            str(tmp_path / "nope.txt"),
            "-o",
            str(out),
        ]
    )
    assert status == 1
    err = capsys.readouterr().err.splitlines()
    assert any(
        line.startswith("timeline: ") and "empty.txt" in line and "empty" in line for line in err
    )
    assert any("binary.txt" in line and "binary" in line for line in err)
    assert any("nope.txt" in line and "no such file" in line for line in err)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and all(row["doc_id"] == "blinken-iraq-2023" for row in rows)


def test_published_must_be_a_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "extract",
                str(REFERENCE_ARTICLE),
                "--published",
                "2023-13-01",
                "-o",
                str(tmp_path / "x.csv"),
            ]
        )
    assert exit_info.value.code == 2
    assert "use YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(PublishedDateError, match="2023-02-30"):
        parse_published("2023-02-30")


def test_unknown_output_format_fails_before_the_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(REFERENCE_ARTICLE), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "extension must be one of" in capsys.readouterr().err


def test_tag_writes_timex3(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps(
            {"id": "a", "text": "Blinken spoke on Monday, October 23rd.", "published": "2023-10-24"}
        )
        + "\n"
        + "not json\n"
        + json.dumps({"id": "b", "text": "Over a decade ago, in 2010, it began."})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    assert main(["tag", str(source), "-o", str(out)]) == 1  # one bad line
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["a", "b"]
    assert rows[0]["published"] == "2023-10-24"
    timex = rows[0]["timexes"][0]
    assert timex["type"] == "DATE" and timex["value"] == "2023-10-23"
    assert source.read_text()[0:0] == ""  # input untouched
    assert {
        "start",
        "end",
        "text",
        "type",
        "value",
        "granularity",
        "date_start",
        "date_end",
    } <= set(timex)
    assert any(t["value"] == "2010" for t in rows[1]["timexes"])


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=True
    )
    assert "extract" in result.stdout and "tag" in result.stdout


def test_a_folder_of_bad_inputs_beside_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = make_folder(tmp_path / "in", tiny_files=500)
    out = tmp_path / "events.csv"
    assert main(["extract", str(folder.root), "-o", str(out), "-q", "--workers", "2"]) == 1
    messages = capsys.readouterr().err.splitlines()
    for path, reason in folder.bad.items():
        naming = [line for line in messages if f"timeline: {path}:" in line or str(path) in line]
        assert len(naming) == 1, (path, messages)
        assert reason.casefold() in naming[0].casefold(), naming
    warnings = [line for line in messages if line.startswith("timeline: warning: ")]
    assert len(warnings) == 1 and "records.jsonl: published date '2023'" in warnings[0]
    assert len(messages) == len(folder.bad) + 1  # nothing else: good files pass in silence
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    written = set(table["doc_id"])
    expected = {"article", "latin1", "utf16-bom", "utf16-le", "utf16-be", "hostile", "formulas"}
    assert expected | {"j1", "j3", "c1"} <= written
    tiny = table.loc[table["doc_id"].str.startswith("tiny/"), "sources"].astype(int)
    assert tiny.sum() == folder.tiny  # one event per tiny note, merged ones counted
    for column in table.columns:
        cells = table[column]
        assert not cells.str.match(r"[=+\-@\t\r]").any(), column
    assert "<script" not in out.read_text()


def test_the_time_budget_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", str(REFERENCE_ARTICLE), "-o", "x.csv", "--timeout", "0"])
    assert "not a number of seconds above 0" in capsys.readouterr().err
