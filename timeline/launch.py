"""How `timeline app` starts the dashboard: which table or store it opens (given, or the
working folder's `timeline.duckdb`), and which of its arguments are Streamlit's.

    >>> split_app_arguments(["--store", "news.duckdb", "--server.port", "8502"])
    (['--store', 'news.duckdb'], ['--server.port', '8502'])
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from timeline.defaults import DEFAULT_STORE, STORE_VARIABLE
from timeline.errors import DocumentError

#: The options of `timeline app` itself; any other is Streamlit's.
_APP_OPTIONS = ("--store", "--table")


def split_app_arguments(arguments: Sequence[str]) -> tuple[list[str], list[str]]:
    """The arguments of `timeline app`: its own (--store, --table, --help) and Streamlit's
    (all others, and everything after `--`).

    >>> split_app_arguments(["--server.port", "8502", "--store", "a.duckdb", "--", "-x"])
    (['--store', 'a.duckdb'], ['--server.port', '8502', '-x'])
    >>> split_app_arguments(["--table=t.csv", "-h"])
    (['--table=t.csv', '-h'], [])
    """
    ours: list[str] = []
    theirs: list[str] = []
    rest = iter(arguments)
    for argument in rest:
        if argument == "--":
            theirs.extend(rest)
        elif argument.split("=", 1)[0] in _APP_OPTIONS:
            ours.append(argument)
            if "=" not in argument:
                ours.extend(islice(rest, 1))  # its value
        elif argument in ("-h", "--help"):
            ours.append(argument)
        else:
            theirs.append(argument)
    return ours, theirs


def app_environment(
    table: Path | None,
    store: Path | None,
    environment: dict[str, str],
    folder: Path | None = None,
) -> tuple[dict[str, str], str]:
    """The environment `timeline app` starts the dashboard with, and a note for the user ('' for
    none): the table or the store given; given neither, the store `DEFAULT_STORE` when the
    working `folder` holds one (and `TIMELINE_STORE` names none); else the environment as it is
    (the dashboard then reads the articles of its sidebar). A table that is missing, or a store
    that cannot be read, raises `TimelineError` with the reason.

    >>> environment, note = app_environment(None, None, {}, Path("/nonexistent"))
    >>> environment, note
    ({}, '')
    """
    chosen = dict(environment)
    note = ""
    if table is None and store is None and STORE_VARIABLE not in environment:
        found = (folder or Path.cwd()) / DEFAULT_STORE
        if found.is_file():
            store = found
            note = (
                f"timeline: opening the store {DEFAULT_STORE} of this folder (--store FILE opens "
                "another, --table FILE a saved table)"
            )
    if table is not None:
        if not table.is_file():
            raise DocumentError(str(table), "no such file")
        chosen["TIMELINE_TABLE"] = str(table.resolve())
    if store is not None:
        from timeline.store import connect_read_only  # noqa: PLC0415

        connect_read_only(store).close()  # a missing or bad store fails here, with its reason
        chosen[STORE_VARIABLE] = str(store.resolve())
    return chosen, note


def start_dashboard(
    streamlit_args: Sequence[str], table: Path | None, store: Path | None = None
) -> int:
    """Run the dashboard (`streamlit run app.py`) on `table`, `store` or the folder's store
    (`app_environment`), with Streamlit's options. The process becomes Streamlit's (exec), so
    a signal that stops `timeline app` stops the server too, not only a parent waiting on it;
    the return value is a failure's status (an exec that succeeds does not return)."""
    app = Path(__file__).resolve().parent.parent / "app.py"
    if not app.is_file():
        print(
            "timeline: app.py not found next to the package; run from a checkout", file=sys.stderr
        )
        return 1
    environment, note = app_environment(table, store, dict(os.environ))
    if note:
        print(note, file=sys.stderr)
    command = [sys.executable, "-m", "streamlit", "run", str(app), *streamlit_args]
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(sys.executable, command, environment)  # noqa: S606 (our own interpreter, no shell)
    except OSError as error:
        print(f"timeline: could not start streamlit: {error}", file=sys.stderr)
    return 1
