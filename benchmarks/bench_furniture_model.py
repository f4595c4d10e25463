"""Time the learned furniture-line model (`timeline.furniture.learned.learned_furniture`) on
articles: milliseconds an article, the rules' furniture found beforehand and not timed.

    python benchmarks/bench_furniture_model.py corpus.docs.jsonl ... [--rounds 5]

Each argument is a JSON-lines file of documents (their "text") or a set folder (articles/*.txt).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.furniture import furniture, learned
from timeline.furniture.learned import learned_furniture, line_units


def texts(source: Path) -> list[str]:
    """The articles of a JSON-lines file of documents or of a set folder."""
    if source.is_dir():
        return [path.read_text(encoding="utf-8") for path in sorted(source.glob("articles/*.txt"))]
    lines = source.read_text(encoding="utf-8").splitlines()
    return [str(json.loads(line)["text"]) for line in lines if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5, help="the best of this many rounds")
    args = parser.parse_args(argv)
    articles = [text for source in args.sources for text in texts(source)]
    taken = [furniture(text) for text in articles]
    learned_furniture(articles[0], taken[0])  # loads the model
    best = float("inf")
    for _ in range(args.rounds):
        clear = getattr(learned, "_word_grams", None)
        if clear is not None:  # each round from a cold cache of words
            clear.cache_clear()
        started = time.perf_counter()
        for text, rules in zip(articles, taken, strict=True):
            learned_furniture(text, rules)
        best = min(best, time.perf_counter() - started)
    lines = sum(len(line_units(text)) for text in articles)
    print(
        f"{len(articles)} articles, {lines} lines: "
        f"{1000 * best / len(articles):.2f} ms an article (best of {args.rounds})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
