"""Throughput of `timeline extract` against the naive pipeline, on the same real articles.

    python benchmarks/bench_extract.py [--limit N] [--workers 2]

Prints articles per second for both and the ratio. The naive pipeline runs in one process
(as it would be written); Timeline uses its own defaults (one worker per core). Both runs happen
in the same invocation, on the same documents, so the ratio holds on a noisy machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA, load_articles
from benchmarks.naive import load_full_model, naive_rows
from timeline.actors import load_model
from timeline.chunks import default_workers
from timeline.pipeline import extract
from timeline.syntax import load_tagger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--workers", type=int, default=default_workers())
    args = parser.parse_args()
    documents = load_articles(args.corpora)
    if args.limit:
        documents = documents[: args.limit]
    characters = sum(len(doc.text) for doc in documents)
    print(f"{len(documents)} articles, {characters / 1e6:.2f} M characters, {args.workers} workers")

    # Both pipelines load their models before the clock starts: throughput, not start-up.
    load_model()
    load_tagger()
    started = time.perf_counter()
    result = extract(documents, workers=args.workers)
    ours = time.perf_counter() - started

    nlp = load_full_model()
    started = time.perf_counter()
    naive = sum(len(naive_rows(doc, nlp)) for doc in documents)
    theirs = time.perf_counter() - started

    print(f"{'pipeline':<34}{'seconds':>10}{'articles/s':>12}{'rows':>8}")
    for name, seconds, rows in (
        ("timeline extract", ours, len(result.table)),
        ("naive (search_dates + full sm)", theirs, naive),
    ):
        print(f"{name:<34}{seconds:>10.1f}{len(documents) / seconds:>12.1f}{rows:>8}")
    print(f"speed-up: {theirs / ours:.1f}x the articles per second of the naive pipeline")


if __name__ == "__main__":
    main()
