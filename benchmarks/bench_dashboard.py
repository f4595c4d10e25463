"""How long a filter change takes with 50,000 events loaded.

    python benchmarks/bench_dashboard.py [--events 50000] [--repeat 5] [--views timeline,network]

The table is the real event table of the bundled data/, replicated with shifted dates and new
ids up to the asked size (actors, sentences and titles stay real). It times what the dashboard
does on every filter change, without extraction (cached by content):
- filter_events + timeline_figure + to_csv of the shown rows, for an actor filter, a text
  search and a date range;
- a full script rerun of app.py after an actor change, through Streamlit's AppTest, with the
  50,000-event table standing in for the cached extraction (the median of several reruns),
  on each page named by `--views` (`?view=...`: timeline, network, threads, conflicts, actor);
  the first run, which reads the table and analyses it (conflicts, threads), is timed apart.
Goal: under one second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.documents import read_documents
from timeline.export import to_csv
from timeline.pipeline import extract
from timeline.views import Filters, filter_events, timeline_figure

ROOT = Path(__file__).resolve().parent.parent


def big_table(size: int) -> pd.DataFrame:
    documents, _ = read_documents([ROOT / "data"])
    base = extract(documents, workers=1).table
    copies = []
    for copy in range(size // len(base) + 1):
        shift = pd.Timedelta(days=7 * copy)
        copies.append(
            base.assign(
                event_id=base["event_id"] + f"-{copy}",
                date_start=base["date_start"] + shift,
                date_end=base["date_end"] + shift,
            )
        )
    return pd.concat(copies, ignore_index=True).iloc[:size]


def _time(action: object, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--views",
        default="timeline,network,threads,conflicts,actor",
        help="the pages whose rerun is timed, comma-separated",
    )
    args = parser.parse_args()
    table = big_table(args.events)
    print(f"{len(table)} events, {table['actors'].map(len).sum()} actor mentions")
    cases = {
        "actor": Filters(actors=("Steve Jobs",)),
        "two actors, any": Filters(actors=("Steve Jobs", "Apple")),
        "text search": Filters(query="iPhone"),
        "date range": Filters(start=date(2010, 1, 1), end=date(2012, 12, 31)),
        "no filter (all rows)": Filters(),
    }
    print(f"{'filter':<24}{'rows':>8}{'filter s':>10}{'figure s':>10}{'csv s':>8}{'total s':>9}")
    for name, filters in cases.items():
        shown = filter_events(table, filters)
        filtering = _time(lambda f=filters: filter_events(table, f), args.repeat)
        figure = _time(lambda s=shown: timeline_figure(s), args.repeat)
        export = _time(lambda s=shown: to_csv(s), args.repeat)
        total = filtering + figure + export
        print(
            f"{name:<24}{len(shown):>8}{filtering:>10.3f}{figure:>10.3f}{export:>8.3f}{total:>9.3f}"
        )
    for view in args.views.split(","):
        first, rerun = _app_rerun(table, args.repeat, view)
        print(
            f"page {view:<10} first run (reads, analyses) {first:6.2f} s; rerun after an actor "
            f"change (AppTest, median of {args.repeat}): {rerun:.2f} s"
        )


def _app_rerun(table: pd.DataFrame, repeat: int, view: str = "timeline") -> tuple[float, float]:
    """Whole script runs of app.py on the big table (a saved table, as `timeline app --table`
    opens) showing the page `view`, alternating the actor filter; the first run, which reads
    the file and analyses it, is timed apart."""
    import os
    import tempfile

    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.parquet"
        table.to_parquet(path)
        os.environ["TIMELINE_TABLE"] = str(path)
        try:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            at.query_params["view"] = view
            started = time.perf_counter()
            at.run()
            first = time.perf_counter() - started
            timings = []
            for number in range(repeat):
                at.multiselect(key="actor").set_value(["Steve Jobs"] if number % 2 else ["Apple"])
                started = time.perf_counter()
                at.run()
                timings.append(time.perf_counter() - started)
                assert not at.exception, at.exception
        finally:
            del os.environ["TIMELINE_TABLE"]
    return first, statistics.median(timings)


if __name__ == "__main__":
    main()
