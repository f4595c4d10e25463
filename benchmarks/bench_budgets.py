"""How soon the time budgets act: the timings the tests of budgets used to assert, measured
here (on a loaded machine they are slower, and a test that asserts them fails for it).

    python benchmarks/bench_budgets.py            # supervised workers and extract
    python benchmarks/bench_budgets.py --cluster  # also a Dask cluster: no worker, no scheduler

Each line says what was timed, its wall-clock seconds and what the product promises: a stuck
task is given up at its budget (plus the time to stop its process and start another), a
worker's budget starts when it is ready (not while it loads its model), a document over its
budget in `extract` is skipped while an article beside it is read well inside it, and on a
cluster the documents are skipped after `NO_WORKER_SECONDS` without workers and an
unreachable scheduler is reported after `CONNECT_SECONDS`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.documents import Document, read_documents
from timeline.pipeline import extract
from timeline.workers import supervise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE_ARTICLE = DATA / "blinken-iraq-2023.txt"


def _work(items: list[str]) -> list[str]:
    for item in items:
        if item == "sleep":
            time.sleep(60)
    return [item.upper() for item in items]


def _slow_start() -> None:
    time.sleep(1.5)


@contextlib.contextmanager
def _timed(label: str, promise: str) -> Iterator[list[str]]:
    notes: list[str] = []
    started = time.monotonic()
    yield notes
    seconds = time.monotonic() - started
    print(f"{label:<56}{seconds:>8.2f} s   {promise}{'; ' if notes else ''}{'; '.join(notes)}")


def bench_workers() -> None:
    fork = multiprocessing.get_context("fork")
    with _timed("a stuck task, budget 1 s", "given up near 1 s, not its 60 s") as notes:
        outcomes = list(
            supervise(_work, [["a", "sleep"], ["b"]], timeout=1, workers=2, context=fork)
        )
        notes.append(f"{sum(o.value is None for o in outcomes)} skipped")
    with _timed("a worker 1.5 s to start, budget 1 s", "its task done, not skipped") as notes:
        outcomes = list(
            supervise(_work, [["a"]], timeout=1, workers=1, context=fork, initializer=_slow_start)
        )
        notes.append("done" if outcomes[0].value == ["A"] else "skipped")


def bench_extract() -> None:
    docs, _ = read_documents([DATA])
    article = next(doc for doc in docs if "Blinken" in doc.text)
    report = ("\n\n".join(doc.text for doc in docs) * 20)[:300_000]
    slow = Document(id="report", text=report, source="report.txt")
    extract([article], workers=1)  # the models loaded, as in a ready worker
    with _timed("extract: the article, models loaded", "the work a 0.5 s budget must hold"):
        extract([article], workers=1)
    with _timed("extract: the article beside a 300,000-char report", "") as notes:
        result = extract([article, slow], timeout=0.5, workers=2, start_method="fork")
        kept = [doc.id for doc in result.documents]
        notes.append(f"0.5 s budget: skipped {list(result.skipped)}, kept {kept}")


def bench_cluster() -> None:
    from distributed import Client, LocalCluster  # only with --cluster

    import timeline.cluster
    from timeline.cli import main

    docs, _ = read_documents([DATA])
    timeline.cluster.NO_WORKER_SECONDS = 1.0
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
        _timed("a cluster without workers", "given up after NO_WORKER_SECONDS (1 s)"),
    ):
        timeline.cluster.extract_with(client, docs[:2], timeout=30)
    connect = timeline.cluster.CONNECT_SECONDS
    with (
        tempfile.TemporaryDirectory() as folder,
        contextlib.redirect_stderr(io.StringIO()),
        _timed("an unreachable scheduler", f"reported after CONNECT_SECONDS ({connect:g} s)"),
    ):
        out = Path(folder) / "events.csv"
        main(["extract", str(REFERENCE_ARTICLE), "--cluster", "tcp://127.0.0.1:9", "-o", str(out)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cluster", action="store_true", help="also time a Dask cluster")
    options = parser.parse_args()
    benches: list[Callable[[], None]] = [bench_workers, bench_extract]
    if options.cluster:
        benches.append(bench_cluster)
    for bench in benches:
        bench()


if __name__ == "__main__":
    main()
