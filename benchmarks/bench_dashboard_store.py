"""The dashboard's own rerun on a store, against the same rows held in memory.

    python benchmarks/bench_dashboard_store.py                      # 1M events, memory at 100k
    python benchmarks/bench_dashboard_store.py --events 10000000 --memory-max 0
    python benchmarks/bench_dashboard_store.py --events 10000000 --memory-max 0 --compare 194cf64

Builds a store of `--events` synthetic events as `benchmarks/bench_store.py` does (reused
from benchmarks/out when present), then runs app.py through Streamlit's AppTest in a fresh
process with `TIMELINE_STORE` set, and times whole script reruns (the median of `--repeat`):
- a filter change: an actor of middling frequency and a two-year range (the table, the
  count, the timeline or the density view per actor lane);
- a text search: a word one sentence in 16 carries, over every event (no actor, every day).
The first run (the sidebar's options: actors with counts, date bounds, articles; cached
until the store changes) is reported on its own. The answers kept per filter state are
dropped before each timed rerun, so each one reads the store; "again" is a rerun with the
search unchanged (as picking an event in the table is). The process's peak memory (VmHWM)
is printed.

`--compare REF` runs the same interactions, on the same store and in the same run, with the
app and package as they were at git revision REF (extracted with `git archive`): the figures
before and after a change.

The baseline, in the same run: the same interactions on the first `--memory-max` events of
the store exported to Parquet and opened as `timeline app --table` opens it (pandas holds the
whole table and filters it in memory). Goal: a filter change under 1 s and a text search
under 2 s on 10M events.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_store import OUT, SEARCHED, build, chosen_filters, peak_mb

ROOT = Path(__file__).resolve().parent.parent


def _rerun(at: Any) -> float:
    started = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - started
    assert not at.exception, at.exception
    return seconds


def measure(kind: str, path: Path, actor: str, repeat: int) -> dict[str, Any]:
    """In this (fresh) process: app.py on the store (`kind` "store") or on a saved table."""
    import os

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["TIMELINE_STORE" if kind == "store" else "TIMELINE_TABLE"] = str(path)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    first = _rerun(at)
    changes, searches, agains = [], [], []
    for _ in range(repeat):
        at.text_input(key="q").set_value("")
        at.multiselect(key="actor").set_value([actor])
        at.date_input(key="dates").set_value((date(2015, 1, 1), date(2016, 12, 31)))
        st.cache_data.clear()  # the store is read, not an answer kept from the last repeat
        changes.append(_rerun(at))
        shown = next(c.value for c in at.caption if "events from" in c.value)
        at.multiselect(key="actor").set_value([])
        at.date_input(key="dates").set_value(at.session_state["dates_bounds"])  # every day
        at.text_input(key="q").set_value(SEARCHED)
        st.cache_data.clear()
        searches.append(_rerun(at))
        found = next(c.value for c in at.caption if "events from" in c.value)
        agains.append(_rerun(at))  # the same filters again
        at.text_input(key="q").set_value("")
        _rerun(at)  # back to the whole view, not timed
    return {
        "first_s": first,
        "change_s": statistics.median(changes),
        "search_s": statistics.median(searches),
        "again_s": statistics.median(agains),
        "change_summary": shown,
        "search_summary": found,
        "density": any("the chart counts them" in c.value for c in at.caption),
        "peak_mb": peak_mb(),
    }


def _child(*arguments: str, root: Path = ROOT) -> dict[str, Any]:
    """`measure` in a fresh process, with the app and package under `root`."""
    script = root / "benchmarks" / Path(__file__).name
    done = subprocess.run(
        [sys.executable, str(script), "--child", *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def in_memory_copy(store: Path, folder: Path) -> Path:
    """The store's events as the Parquet a `--table` opens."""
    from timeline.export import write_table
    from timeline.store import connect_read_only, query

    path = folder / f"{store.stem}.parquet"
    if not path.is_file():
        with connect_read_only(store) as connection:
            write_table(query.rows(connection), path)
    return path


def tree_at(revision: str, folder: Path) -> Path:
    """The repository's files as they were at git `revision`, extracted into `folder`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-max", type=int, default=100_000, help="0: no baseline")
    parser.add_argument(
        "--compare", metavar="REF", help="also run the app as it was at this git revision"
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path, actor, repeat = args.child
        print(json.dumps(measure(kind, Path(path), actor, int(repeat))))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    store = OUT / f"dashboard-{args.events}.duckdb"
    if not store.is_file():
        started = time.perf_counter()
        build(store, args.events)
        print(f"built {store} ({args.events:,} events) in {time.perf_counter() - started:.0f} s")
    change, _ = chosen_filters(store)
    actor = change.actors[0]
    print(f"filter change: {actor!r}, 2015-01-01 to 2016-12-31; text search: {SEARCHED!r}")
    print(f"{'mode':<30}{'first s':>9}{'change s':>10}{'search s':>10}{'again s':>9}{'peak MB':>9}")
    runs: list[tuple[str, dict[str, Any]]] = []
    sizes = [args.memory_max] if args.memory_max > 0 else []
    for rows in sizes:
        small = OUT / f"dashboard-{rows}.duckdb"
        if not small.is_file():
            build(small, rows)
        table = in_memory_copy(small, OUT)  # the same rows, held by pandas
        same = chosen_filters(small)[0].actors[0]
        runs.append((f"store, {rows:,}", _child("store", str(small), same, str(args.repeat))))
        runs.append((f"memory, {rows:,}", _child("table", str(table), same, str(args.repeat))))
    measured = (str(store), actor, str(args.repeat))
    if args.compare:
        with tempfile.TemporaryDirectory(prefix="timeline-before-") as folder:
            before = _child("store", *measured, root=tree_at(args.compare, Path(folder)))
        runs.append((f"store, {args.events:,}, {args.compare}", before))
    runs.append((f"store, {args.events:,}", _child("store", *measured)))
    for name, result in runs:
        again = result.get("again_s")
        print(
            f"{name:<30}{result['first_s']:>9.2f}{result['change_s']:>10.2f}"
            f"{result['search_s']:>10.2f}{'-' if again is None else f'{again:.2f}':>9}"
            f"{result['peak_mb']:>9.0f}"
        )
    for name, result in runs:
        print(
            f"  {name}: change -> {result['change_summary']}; search -> {result['search_summary']}"
        )
    if sizes and len(runs) >= 3:
        store_small, memory_small = runs[0][1], runs[1][1]
        for key in ("change_s", "search_s", "peak_mb"):
            ratio = memory_small[key] / store_small[key]
            print(f"memory / store at {sizes[0]:,} events, {key}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
