"""How long the analysis views of issue 16 take on 50,000 events.

    python benchmarks/bench_views16.py [--events 50000] [--repeat 3]

The table is the real event table of the bundled data/ and of the tl-gm corpus (when
../shared/corpora is there), replicated with shifted dates up to the asked size. Each copy
is its own set of articles (new document and event ids) and, so that the pile is not one
giant story, most copies rename their actors (`Name #17`); every tenth copy keeps the real
names, a week later: the same sentences, the same actors, another date in another article, so
the conflicts finder has real work (the same event reported in a dozen articles on dates a
week apart). It times, on the whole table:
- find_conflicts + mark_conflicts, and apply_choices with one choice per conflict;
- find_threads + mark_threads; actor_network + network_figure; actor_profile of the busiest
  actor + profile_figure;
- the baseline in the same run: the dashboard's own filter_events + timeline_figure on the same
  rows (every figure is also given as a ratio to it), and, for the conflicts finder, the naive
  way (every pair of rows sharing an actor compared) against the prefix-filtered join, both on
  the first 5,000 rows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.analysis import (
    DateChoice,
    DateChoices,
    actor_network,
    actor_profile,
    apply_choices,
    find_conflicts,
    find_threads,
    mark_conflicts,
    mark_threads,
    network_figure,
    profile_figure,
)
from timeline.documents import read_documents
from timeline.pipeline import extract
from timeline.table import content_words, similar
from timeline.views import Filters, actor_counts, filter_events, timeline_figure

ROOT = Path(__file__).resolve().parent.parent
GM = ROOT.parent / "shared" / "corpora" / "tl-gm.docs.jsonl"


def base_table() -> pd.DataFrame:
    paths = [ROOT / "data"] + ([GM] if GM.exists() else [])
    documents, _ = read_documents(paths)
    return extract(documents, workers=1).table


def big_table(base: pd.DataFrame, size: int) -> pd.DataFrame:
    copies = []
    for copy in range(size // len(base) + 1):
        shift = pd.Timedelta(days=7 * (copy // 10 if copy % 10 == 0 else copy))
        actors = base["actors"]
        if copy % 10:
            actors = actors.map(lambda names, c=copy: [f"{name} #{c}" for name in names])
        copies.append(
            base.assign(
                event_id=base["event_id"] + f"-{copy}",
                doc_id=base["doc_id"] + f"-{copy}",
                date_start=base["date_start"] + shift,
                date_end=base["date_end"] + shift,
                actors=actors,
                source_events=base["source_events"].map(
                    lambda ids, c=copy: [f"{i}-{c}" for i in ids]
                ),
            )
        )
    return pd.concat(copies, ignore_index=True).iloc[:size]


def naive_conflict_pairs(table: pd.DataFrame) -> int:
    """Every pair of dated rows of different documents sharing an actor, compared."""
    dated = table.loc[table["date_start"].notna()]
    words = [content_words(str(s)) for s in dated["sentence"]]
    by_actor: dict[str, list[int]] = {}
    for position, names in enumerate(dated["actors"]):
        for name in names:
            by_actor.setdefault(name, []).append(position)
    documents = dated["doc_id"].tolist()
    found = set()
    for positions in by_actor.values():
        for i, first in enumerate(positions):
            for second in positions[i + 1 :]:
                if documents[first] != documents[second] and similar(words[first], words[second]):
                    found.add((first, second))
    return len(found)


def timed(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = base_table()
    table = big_table(base, args.events)
    busiest = actor_counts(table).most_common(1)[0][0]
    print(
        f"{len(table):,} events, {table['doc_id'].nunique():,} articles "
        f"(from {len(base)} real rows)"
    )

    baseline, _ = timed(lambda: timeline_figure(filter_events(table, Filters())), args.repeat)
    print(f"baseline: filter_events + timeline_figure, all rows: {baseline:.2f} s")

    def conflicts() -> pd.DataFrame:
        return mark_conflicts(table, find_conflicts(table))

    def choose(marked: pd.DataFrame, found: pd.DataFrame) -> DateChoices:
        first = found.drop_duplicates("conflict_id")
        return DateChoices(
            tuple(
                DateChoice(str(e), s.date(), end.date())
                for e, s, end in zip(
                    first["event_id"], first["date_start"], first["date_end"], strict=True
                )
            )
        )

    found = find_conflicts(table)
    marked = mark_conflicts(table, found)
    choices = choose(marked, found)
    rows: list[tuple[str, float, str]] = []
    seconds, _ = timed(conflicts, args.repeat)
    rows.append(
        (
            "find_conflicts + mark_conflicts",
            seconds,
            f"{found['conflict_id'].nunique():,} conflicts, {len(found):,} rows",
        )
    )
    seconds, resolved = timed(lambda: apply_choices(marked, choices), args.repeat)
    rows.append(
        (
            "apply_choices, one per conflict",
            seconds,
            f"{len(choices.choices):,} choices, {len(table) - len(resolved):,} rows merged",
        )
    )
    seconds, threads = timed(lambda: find_threads(table), args.repeat)
    mark_threads(table, threads)
    rows.append(
        (
            "find_threads + mark_threads",
            seconds,
            f"{len(threads.summary):,} threads, {int(threads.ids.notna().sum()):,} rows in them",
        )
    )
    seconds, figure = timed(lambda: network_figure(actor_network(table)), args.repeat)
    rows.append(("actor_network + network_figure", seconds, f"{len(figure.data)} traces"))
    seconds, _ = timed(lambda: profile_figure(actor_profile(table, busiest)), args.repeat)
    rows.append((f"actor_profile + profile_figure ({busiest})", seconds, ""))
    for name, seconds, note in rows:
        print(f"{name:48} {seconds:6.2f} s  {seconds / baseline:5.2f}x baseline  {note}")

    sample = table.iloc[:5_000]
    naive, pairs = timed(lambda: naive_conflict_pairs(sample), 1)
    prefix, _ = timed(lambda: find_conflicts(sample), 1)
    print(
        f"conflicts on 5,000 rows: naive pairs {naive:.2f} s ({pairs:,} similar pairs), "
        f"find_conflicts {prefix:.2f} s: {naive / prefix:.1f}x faster"
    )


if __name__ == "__main__":
    main()
