"""The store at scale: stores of 10k to 10M events, the dashboard's queries on them against
pandas holding the whole table, and `timeline ingest` of 10,000 real articles.

    python benchmarks/bench_store.py                           # 10k, 100k, 1M, 10M events
    python benchmarks/bench_store.py --sizes 10000 100000      # a quick run
    python benchmarks/bench_store.py --ingest 10000            # articles/s and peak memory

Events: the real rows `timeline extract` finds in the benchmark articles
(`benchmarks/articles.py`), repeated with their dates shifted per synthetic article (over 20
years), each actor replaced by one of a pool of a few thousand names (the real ones and
combinations of real first and last names), and a word from a list added to each sentence;
a synthetic article's events share one title, as the events of an ingested article do.

For each size it prints: the store's size on disk and build rate; a filter change (an actor
and a two-year range: the first page of 100 rows, the count and the weekly density per actor
lane) and a text search (first page and count), each the median of 5 runs on a warm
connection; and the peak memory (RSS) of the process that queries. The naive approach is
pandas: the whole table read from Parquet and filtered in memory with
`timeline.views.filter_events` (the dashboard today); it is skipped above `--naive-max` rows
(it needs tens of GB at 10M). Each measurement runs in a fresh process, so peaks are its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb
import pandas as pd

from timeline.filters import Filters
from timeline.store import connect_read_only, query
from timeline.store.schema import create_tables, sort_events

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
SEED = OUT / "store-seed.parquet"
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
EVENTS_PER_ARTICLE = 20
WORDS = (
    "ceasefire", "tariff", "merger", "strike", "summit", "election", "recall", "lawsuit",
    "budget", "drought", "vaccine", "pipeline", "treaty", "protest", "verdict", "launch",
)  # fmt: skip
SEARCHED = "ceasefire"  # one sentence in 16 carries it


def seed_rows() -> pd.DataFrame:
    """The real rows of the benchmark articles (extracted once, then read from a file)."""
    if SEED.is_file():
        return pd.read_parquet(SEED)
    from benchmarks.articles import load_articles
    from timeline.pipeline import extract

    table = extract(load_articles(), merge=False).table
    OUT.mkdir(parents=True, exist_ok=True)
    table.to_parquet(SEED)
    return table


def actor_pool(seed: pd.DataFrame, size: int = 3000) -> list[str]:
    """The real actors' names, then first and last names of real people combined."""
    names = sorted({name for names in seed["actors"] for name in names})
    people = [n.split() for n, t in _named(seed) if t == "person" and len(n.split()) == 2]
    firsts = sorted({p[0] for p in people})
    lasts = sorted({p[1] for p in people})
    combined = [f"{first} {last}" for last in lasts for first in firsts]
    pool = list(dict.fromkeys(names + combined))
    return pool[:size]


def _named(seed: pd.DataFrame) -> list[tuple[str, str]]:
    return [
        (name, kind)
        for names, kinds in zip(seed["actors"], seed["actor_types"], strict=True)
        for name, kind in zip(names, kinds, strict=True)
    ]


def build(path: Path, size: int) -> dict[str, Any]:
    """A store of `size` synthetic events (and their articles), built in SQL from the seed."""
    seed = seed_rows()
    pool = actor_pool(seed)
    path.unlink(missing_ok=True)
    connection = duckdb.connect(str(path))
    create_tables(connection)
    connection.register("seed_frame", seed.reset_index(drop=True))
    connection.execute(
        "CREATE TEMP TABLE seed AS SELECT row_number() OVER () - 1 AS k, * FROM seed_frame"
    )
    rows = len(seed)
    started = time.perf_counter()
    step = 1_000_000
    for first in range(0, size, step):
        connection.execute(
            f"""
            INSERT INTO events
            WITH made AS (
                SELECT n, n // {EVENTS_PER_ARTICLE} AS article,
                       to_days((hash(n // {EVENTS_PER_ARTICLE}) % 7300)::INTEGER
                               - 3650) AS shift
                FROM range($first, $last) AS r(n)
            )
            SELECT 'ev-' || n, 'doc-' || article, a.title || ' (' || article || ')', a.url,
                   (DATE '2014-01-01' + shift)::DATE, a.published_source,
                   (s.date_start::DATE + shift)::DATE, (s.date_end::DATE + shift)::DATE,
                   s.granularity, s.anchor, s.date_text, s.date_value, s.date_text_start,
                   s.date_text_end, s.date_reason,
                   s.sentence || ' ' || $words[1 + (hash(n) % {len(WORDS)})::INTEGER],
                   s.sentence_start, s.sentence_end, s.paragraph, s.action,
                   list_transform(s.actors, lambda a: $pool[1 + floor({len(pool)} * pow(
                       (hash(a || article::VARCHAR) % 1000003) / 1000003.0, 3))::INTEGER]),
                   s.actor_types, s.actor_roles, 1, ['ev-' || n]
            FROM made JOIN seed AS s ON s.k = n % {rows}
                 -- an article's title, address and date source: those of its first row
                 JOIN seed AS a ON a.k = (article * {EVENTS_PER_ARTICLE}) % {rows}
            """,
            {"first": first, "last": min(size, first + step), "words": list(WORDS), "pool": pool},
        )
    connection.execute(
        """INSERT INTO documents
           SELECT doc_id, any_value(title), any_value(url), any_value(published),
                  any_value(published_source), 'synthetic', md5(doc_id), count(*),
                  now()::TIMESTAMP
           FROM events GROUP BY doc_id"""
    )
    connection.execute("INSERT INTO actor_names SELECT DISTINCT unnest(actors) FROM events")
    connection.execute("CHECKPOINT")
    seconds = time.perf_counter() - started
    sort_events(connection)  # as an ingest that adds a good share of the events does
    sorted_s = time.perf_counter() - started - seconds
    connection.close()
    return {
        "build_s": seconds,
        "rows_per_s": size / seconds,
        "sort_s": sorted_s,
        "mb": path.stat().st_size / 2**20,
    }


def chosen_filters(path: Path) -> tuple[Filters, Filters]:
    """An actor of middling frequency with a two-year range; a word in one sentence in 16."""
    connection = connect_read_only(path)
    counts = query.actor_counts(connection).most_common()
    connection.close()
    actor = counts[20][0]  # among the busier, not the busiest
    change = Filters(actors=(actor,), start=date(2015, 1, 1), end=date(2016, 12, 31))
    return change, Filters(query=SEARCHED)


def _median(action: Callable[[], object], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited through
    the exec from the parent that built the store)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_store(path: Path, change: Filters, search: Filters) -> dict[str, Any]:
    """In this (fresh) process: the dashboard's queries on the store."""
    started = time.perf_counter()
    connection = connect_read_only(path)
    opened = time.perf_counter() - started

    def filter_change() -> object:
        return query.page(connection, change), query.density(connection, change, "week")

    def text_search() -> object:
        return query.page(connection, search)

    return {
        "open_s": opened,
        "change_s": _median(filter_change),
        "search_s": _median(text_search),
        "change_rows": query.count(connection, change),
        "search_rows": query.count(connection, search),
        "peak_mb": peak_mb(),
    }


def measure_naive(parquet: Path, change: Filters, search: Filters) -> dict[str, Any]:
    """In this (fresh) process: pandas holds the whole table and filters it in memory."""
    from timeline.views import filter_events, lanes

    started = time.perf_counter()
    table = pd.read_parquet(parquet)
    table["actors"] = table["actors"].map(list)
    table["actor_types"] = table["actor_types"].map(list)
    loaded = time.perf_counter() - started

    def filter_change() -> object:
        shown = filter_events(table, change)
        drawn = lanes(shown)
        weeks = drawn["date_start"].dt.to_period("W").dt.start_time
        return shown.head(100), len(shown), drawn.groupby(["actor", weeks]).size()

    def text_search() -> object:
        shown = filter_events(table, search)
        return shown.head(100), len(shown)

    return {
        "load_s": loaded,
        "change_s": _median(filter_change, 3),
        "search_s": _median(text_search, 3),
        "change_rows": len(filter_events(table, change)),
        "search_rows": len(filter_events(table, search)),
        "peak_mb": peak_mb(),
    }


def _child(kind: str, *arguments: str) -> dict[str, Any]:
    """Run one measurement in a fresh process; its JSON result."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "?"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _filters_json(change: Filters, search: Filters) -> str:
    return json.dumps(
        {
            "actor": change.actors[0],
            "start": str(change.start),
            "end": str(change.end),
            "text": search.query,
        }
    )


def _filters_of(encoded: str) -> tuple[Filters, Filters]:
    given = json.loads(encoded)
    change = Filters(
        actors=(given["actor"],),
        start=date.fromisoformat(given["start"]),
        end=date.fromisoformat(given["end"]),
    )
    return change, Filters(query=given["text"])


def scale(sizes: list[int], naive_max: int, folder: Path) -> None:
    print(
        "| events | store on disk | build (events/s) | filter change: store / pandas | "
        "text search: store / pandas | peak RSS: store / pandas | pandas load |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in sizes:
        path = folder / f"events-{size}.duckdb"
        built = build(path, size)
        change, search = chosen_filters(path)
        encoded = _filters_json(change, search)
        store = _child("store", str(path), encoded)
        naive: dict[str, Any] = {}
        if size <= naive_max:
            parquet = folder / f"events-{size}.parquet"
            connection = duckdb.connect(str(path), read_only=True)
            connection.execute(
                f"COPY (SELECT * EXCLUDE (date_start, date_end, published), "
                f"date_start::TIMESTAMP_S AS date_start, date_end::TIMESTAMP_S AS date_end "
                f"FROM events) TO '{parquet}' (FORMAT parquet)"
            )
            connection.close()
            naive = _child("naive", str(parquet), encoded)
            parquet.unlink()
            if "error" not in naive and "error" not in store:
                assert naive["change_rows"] == store["change_rows"], (naive, store)
                assert naive["search_rows"] == store["search_rows"], (naive, store)
        print(_row(size, built, store, naive), flush=True)
        path.unlink()
        Path(f"{path}.wal").unlink(missing_ok=True)


def _row(size: int, built: dict[str, Any], store: dict[str, Any], naive: dict[str, Any]) -> str:
    def pair(key: str, unit: str = "s") -> str:
        mine = store.get(key)
        theirs = naive.get(key)
        if mine is None:
            return f"error: {store.get('error')}"
        shown = f"{mine:.3f} {unit}" if unit == "s" else f"{mine:,.0f} {unit}"
        if theirs is None:
            return shown + " / not run"
        other = f"{theirs:.3f} {unit}" if unit == "s" else f"{theirs:,.0f} {unit}"
        return f"{shown} / {other} ({theirs / mine:.1f}x)"

    load = f"{naive['load_s']:.1f} s" if "load_s" in naive else "not run"
    rows = f"{store.get('change_rows', 0):,} rows; {store.get('search_rows', 0):,} rows"
    return (
        f"| {size:,} | {built['mb']:,.0f} MB | {built['rows_per_s']:,.0f} | "
        f"{pair('change_s')} | {pair('search_s')} | {pair('peak_mb', 'MB')} | {load} |"
        f" <!-- {rows} -->"
    )


# -- ingest of real articles ---------------------------------------------------------------


def article_files(folder: Path, count: int) -> Path:
    """`count` articles in JSON Lines files of 1,000: the benchmark's real articles repeated,
    each copy with its own id and one word changed, so every content hash differs."""
    from benchmarks.articles import load_articles

    articles = load_articles()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(0, count, 1000):
        lines = []
        for index in range(number, min(count, number + 1000)):
            article = articles[index % len(articles)]
            word = WORDS[index % len(WORDS)]
            record = {
                "id": f"{article.id}-{index}",
                "title": article.title,
                "text": article.text.replace(" the ", f" the {word} ", 1),
                "published": article.published_given,
            }
            lines.append(json.dumps(record))
        (folder / f"articles-{number // 1000:03d}.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_watched(command: list[str]) -> tuple[float, int, int]:
    """Run `command`; its seconds, the peak RSS of its process tree (all workers counted, at
    0.2 s intervals) and of its main process alone, in bytes."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        peaks = [0, 0]

        def watch() -> None:
            while process.poll() is None:
                peaks[0] = max(peaks[0], _tree_rss(process.pid))
                peaks[1] = max(peaks[1], _tree_rss_one(process.pid))
                time.sleep(0.2)

        watcher = threading.Thread(target=watch)
        watcher.start()
        process.wait()
        watcher.join()
        if process.returncode not in (0, 1):
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            raise SystemExit(f"{command[3]} failed with status {process.returncode}: {said}")
    return time.perf_counter() - started, peaks[0], peaks[1]


def _tree_rss_one(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def ingest_rate(count: int, folder: Path) -> None:
    articles = article_files(folder / "articles", count)
    store = folder / "ingest.duckdb"
    store.unlink(missing_ok=True)
    timeline = [sys.executable, "-m", "timeline"]
    ingest_s, ingest_tree, ingest_main = run_watched(
        [*timeline, "ingest", str(articles), "--store", str(store), "-q"]
    )
    connection = duckdb.connect(str(store), read_only=True)
    stored = connection.sql("SELECT count(*) FROM events").fetchall()[0][0]
    connection.close()  # the next ingest needs the store to itself
    print(
        f"ingest: {ingest_s:.0f} s, {count / ingest_s:.1f} articles/s, {stored:,} events, peak "
        f"RSS {ingest_main / 2**20:,.0f} MB (with workers {ingest_tree / 2**20:,.0f} MB)",
        flush=True,
    )
    again_s, _, _ = run_watched([*timeline, "ingest", str(articles), "--store", str(store), "-q"])
    extract_s, extract_tree, extract_main = run_watched(
        [*timeline, "extract", str(articles), "-o", str(folder / "events.parquet"), "-q"]
    )
    print(f"| {count:,} real articles | `timeline ingest` | `timeline extract` (all in memory) |")
    print("|---|---|---|")
    print(f"| seconds | {ingest_s:.0f} | {extract_s:.0f} |")
    print(f"| articles/s | {count / ingest_s:.1f} | {count / extract_s:.1f} |")
    print(
        f"| peak RSS, main process | {ingest_main / 2**20:,.0f} MB | "
        f"{extract_main / 2**20:,.0f} MB |"
    )
    print(
        f"| peak RSS, with its workers | {ingest_tree / 2**20:,.0f} MB | "
        f"{extract_tree / 2**20:,.0f} MB |"
    )
    print(f"| events stored | {stored:,} | |")
    print(f"| ingest again (all unchanged) | {again_s:.1f} s | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--naive-max", type=int, default=1_000_000)
    parser.add_argument("--ingest", type=int, default=0, help="articles to ingest (0: none)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path, encoded = args.child
        change, search = _filters_of(encoded)
        measure = measure_store if kind == "store" else measure_naive
        print(json.dumps(measure(Path(path), change, search)))
        return
    with tempfile.TemporaryDirectory(dir=OUT if OUT.is_dir() else None) as temporary:
        folder = Path(temporary)
        if args.sizes:
            scale(args.sizes, args.naive_max, folder)
        if args.ingest:
            ingest_rate(args.ingest, folder)


if __name__ == "__main__":
    main()
