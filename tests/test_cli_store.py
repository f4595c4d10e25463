"""The store's commands: `timeline ingest`, `timeline export`, `timeline app --store`, and the
progress `extract` and `ingest` print when stderr is a log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main
from timeline.defaults import DEFAULT_STORE, STORE_VARIABLE
from timeline.errors import DocumentError, StoreError
from timeline.export import read_table
from timeline.launch import app_environment
from timeline.store import connect_read_only, open_store, query
from timeline.table import DATE_COLUMNS

from .conftest import REFERENCE_ARTICLE, ROOT


def test_ingest_then_export_a_filtered_view(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blinken.txt").write_bytes(REFERENCE_ARTICLE.read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    store = tmp_path / "events.duckdb"
    assert main(["ingest", str(folder), "--store", str(store), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("broken.txt") == 1  # named once, though the folder is read twice
    assert "ingest: 1/1 articles, " in err  # the progress totals, as a log shows them
    assert "1 documents read: 1 added, 0 replaced, 0 unchanged, 0 skipped" in err
    out = tmp_path / "austin.parquet"
    arguments = ["export", "--store", str(store), "--actor", "Lloyd Austin", "-o", str(out)]
    assert main([*arguments, "--from", "2023-10-22", "--to", "2023-10-22"]) == 0
    view = read_table(out)
    assert len(view) > 0
    assert all("Lloyd Austin" in actors for actors in view["actors"])
    assert set(view["date_start"].dt.strftime("%Y-%m-%d")) <= {"2023-10-22"}
    assert f"{len(view)} events -> {out}" in capsys.readouterr().err
    # again: nothing new, nothing extracted
    assert main(["ingest", str(folder / "blinken.txt"), "--store", str(store), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_extract_logs_progress_and_its_parquet_is_ingested_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.parquet"
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(REFERENCE_ARTICLE), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "extract: 1/1 articles in " in done.stderr  # plain lines: stderr is a pipe
    assert "\r" not in done.stderr  # no bar redrawn in place
    # the table goes into a store as it is: no extraction, the same rows
    store = tmp_path / "events.duckdb"
    assert main(["ingest", str(out), "--store", str(store)]) == 0
    assert "1 documents read: 1 added, 0 replaced" in capsys.readouterr().err
    with connect_read_only(store) as connection:
        stored = query.rows(connection)
    written = read_table(out).astype(dict.fromkeys(DATE_COLUMNS, "datetime64[s]"))
    pd.testing.assert_frame_equal(stored, written, check_dtype=False)
    assert main(["ingest", str(out), "--store", str(store)]) == 0
    assert "1 documents read: 0 added, 0 replaced, 1 unchanged" in capsys.readouterr().err


def test_store_options_fail_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.duckdb"
    assert main(["app", "--store", str(missing)]) == 2
    assert "no such store" in capsys.readouterr().err
    assert main(["export", "--store", str(missing), "-o", str(tmp_path / "x.csv")]) == 2
    assert main(["export", "--store", str(missing), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "extension" in capsys.readouterr().err.splitlines()[-1]
    with pytest.raises(SystemExit):
        main(["app", "--store", "a.duckdb", "--table", "b.parquet"])


def test_app_opens_the_store_of_the_working_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app_environment(None, None, {"PATH": "/bin"}, tmp_path) == ({"PATH": "/bin"}, "")
    store = tmp_path / DEFAULT_STORE
    with open_store(store):  # an empty store, as a first `timeline ingest` makes it
        pass
    environment, note = app_environment(None, None, {}, tmp_path)
    assert environment == {STORE_VARIABLE: str(store.resolve())}
    assert f"opening the store {DEFAULT_STORE}" in note
    # a table or a store given, or one named by the environment, wins over the folder's
    table = tmp_path / "events.parquet"
    table.write_bytes(b"PAR1")
    assert app_environment(table, None, {}, tmp_path) == (
        {"TIMELINE_TABLE": str(table.resolve())},
        "",
    )
    assert app_environment(None, None, {STORE_VARIABLE: "other.duckdb"}, tmp_path)[1] == ""
    with pytest.raises(DocumentError, match="no such file"):
        app_environment(tmp_path / "none.parquet", None, {}, tmp_path)
    # a file by that name that is not a store fails with its reason, before the browser
    store.unlink()
    store.write_text("not a store")
    with pytest.raises(StoreError, match="not a store"):
        app_environment(None, None, {}, tmp_path)
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["app", "--help"])
    assert "when the working folder holds one" in " ".join(capsys.readouterr().out.split())
