"""Furniture in any form: how many generated lines of each kind (`tests/furniture_forms.py`)
the furniture rules miss, and what the misses cost in the event table.

    python benchmarks/bench_furniture_forms.py [--count 4800] [--seed 0] [--show 5]
    python benchmarks/bench_furniture_forms.py --kinds "release dateline,issue" --count 400

Draws `count` lines, an equal share per kind, each set at one of the places its kind stands in
a short invented story, and prints per kind: lines drawn, lines no furniture span covers
("missed"), lines that give an event row or a date ("row"), lines that give an actor the story
does not name ("actor"), and articles in which a story sentence lost its row or its date
("story"); then how many story sentences built from furniture's words ("Updated tide
tables were published on Monday.") lost their row. `--show` prints that many missed lines per
kind; `--kinds` draws only the kinds named (the count shared among them), as a new kind's
rules are measured (stop 36 added "release dateline", "file caption", "issue", "bulletin").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.furniture_forms import FORMS, HEADLINE, PLACES, PUBLISHED, article, leaks, near_misses
from timeline.documents import Document
from timeline.furniture import furniture
from timeline.pipeline import extract

#: Lines drawn in one run of hypothesis: a run's draws are near one another, so many short
#: runs, each with its own seed, spread the lines over the forms.
BATCH = 12


def draw(kind: str, count: int, start: int) -> list[tuple[str, str]]:
    """`count` (line, place) pairs of `kind` (or of story sentences in furniture's words,
    "near"), the same for the same `start`."""
    lines = near_misses().map(lambda near: near[0]) if kind == "near" else FORMS[kind]
    places = ("head", "between", "foot") if kind == "near" else PLACES[kind]
    drawn: list[tuple[str, str]] = []
    batch = 0
    while len(drawn) < count and batch < count:

        @seed(start * 100_000 + batch)
        @settings(
            max_examples=BATCH,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
            deadline=None,
        )
        @given(lines, st.sampled_from(places))
        def collect(line: str, place: str) -> None:
            drawn.append((line, place))

        collect()
        batch += 1
    return drawn[:count]


def covered(text: str, start: int, end: int) -> bool:
    """Whether one furniture span of `text` holds [start, end)."""
    return any(f.start <= start and f.end >= end for f in furniture(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=4800)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--kinds", default="", help="the kinds to draw, set apart by commas")
    args = parser.parse_args()
    kinds = [kind for kind in args.kinds.split(",") if kind] or list(FORMS)
    unknown = sorted(set(kinds) - set(FORMS))
    if unknown:
        parser.error(f"no kind {unknown}: the kinds are {sorted(FORMS)}")
    share = args.count // len(kinds)
    cases = []
    for number, kind in enumerate(FORMS):
        if kind not in kinds:
            continue
        for line, place in draw(kind, share, args.seed + number):
            text, start = article(line, place)
            cases.append((kind, line.strip(), place, text, start))
    near = [(line, place, *article(line, place)) for line, place in draw("near", share, args.seed)]
    documents = [
        Document(id=str(n), text=text, title=text.split("\n", 1)[0], published_given=PUBLISHED)
        for n, (_, _, _, text, _) in enumerate(cases)
    ]
    documents += [
        Document(id=f"near{n}", text=text, title=HEADLINE, published_given=PUBLISHED)
        for n, (_, _, text, _) in enumerate(near)
    ]
    table = extract(documents, workers=1, merge=False).table
    rows = dict(list(table.groupby("doc_id")))
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in kinds}
    shown: Counter[str] = Counter()
    for n, (kind, line, place, text, start) in enumerate(cases):
        count = counts[kind]
        count["drawn"] += 1
        end = start + len(line)
        if not covered(text, start, end):
            count["missed"] += 1
            if shown[kind] < args.show:
                shown[kind] += 1
                print(f"  missed {kind} ({place}): {line!r}")
        for cost in leaks(text, start, end, rows.get(str(n))):
            count[cost] += 1
    print(f"{'kind':<10} {'drawn':>6} {'missed':>7} {'row':>5} {'actor':>6} {'story':>6}")
    for kind, count in counts.items():
        print(
            f"{kind:<10} {count['drawn']:>6} {count['missed']:>7} {count['row']:>5} "
            f"{count['actor']:>6} {count['story']:>6}"
        )
    lost = 0
    for n, (line, place, _text, _) in enumerate(near):
        group = rows.get(f"near{n}")
        if group is None or line not in set(group["sentence"]):
            lost += 1
            if args.show:
                print(f"  lost story sentence ({place}): {line!r}")
    print(f"story sentences in furniture's words: {len(near)}, lost {lost}")
    total = sum(counts.values(), Counter())
    print(
        f"{'total':<10} {total['drawn']:>6} {total['missed']:>7} {total['row']:>5} "
        f"{total['actor']:>6} {total['story']:>6}"
    )


if __name__ == "__main__":
    main()
