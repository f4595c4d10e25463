"""Actors by generation: how many drawn stories of each sentence form get exactly the right
actors from the real pipeline (`timeline.pipeline.extract`, as `timeline extract` runs it).

    python benchmarks/bench_actor_forms.py [--per-kind N] [--seed S] [--errors] [--kind K ...]

The stories come from tests/actor_forms.py (invented people and companies, real places); for
each kind it prints the stories drawn, those with no row for the checked sentence, and those
whose row names other actors than expected. `--errors` prints each wrong row.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_outlets import normal_name
from tests.actor_forms import KINDS, Story, draw
from timeline.documents import Document
from timeline.pipeline import extract


def judge(story: Story, rows: list[tuple[str, list[str]]]) -> tuple[str, list[str]]:
    """("right" | "no row" | "wrong", the row's actors) for the story's checked sentence."""
    found = [actors for sentence, actors in rows if story.target in " ".join(sentence.split())]
    if not found:
        return "no row", []
    actors = found[0]
    names = {normal_name(actor) for actor in actors}
    expected = [{normal_name(spelling) for spelling in spellings} for spellings in story.actors]
    right = len(names) == len(expected) and all(names & spellings for spellings in expected)
    return ("right" if right else "wrong"), actors


def verdicts(stories: list[Story]) -> list[tuple[Story, str, list[str]]]:
    """Each story with the verdict on its checked sentence's row and that row's actors, all
    stories run through the pipeline at once."""
    docs = [
        Document(id=f"s{i}", text=s.text, published_given=s.published.isoformat())
        for i, s in enumerate(stories)
    ]
    table = extract(docs, workers=1).table
    by_doc: dict[str, list[tuple[str, list[str]]]] = {}
    for doc_id, sentence, actors in zip(
        table["doc_id"], table["sentence"], table["actors"], strict=True
    ):
        by_doc.setdefault(str(doc_id), []).append((str(sentence), [str(a) for a in actors]))
    return [(story, *judge(story, by_doc.get(f"s{i}", []))) for i, story in enumerate(stories)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument(
        "--kind", choices=KINDS, action="append", help="this kind only (repeatable)"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    kinds = args.kind or list(KINDS)
    stories = [draw(kind, rng) for kind in kinds for _ in range(args.per_kind)]
    counts: Counter[tuple[str, str]] = Counter()
    for story, verdict, actors in verdicts(stories):
        counts[story.kind, verdict] += 1
        if args.errors and verdict != "right":
            expected = [sorted(spellings)[0] for spellings in story.actors]
            print(f"[{story.kind}] {verdict}: {story.target!r} -> {actors} (expected {expected})")
    print(f"{'kind':28} {'drawn':>5} {'no row':>6} {'wrong':>5}")
    for kind in kinds:
        drawn = sum(counts[kind, verdict] for verdict in ("right", "no row", "wrong"))
        print(f"{kind:28} {drawn:>5} {counts[kind, 'no row']:>6} {counts[kind, 'wrong']:>5}")
    total_wrong = sum(n for (_, verdict), n in counts.items() if verdict != "right")
    print(f"all: {len(stories)} drawn, {total_wrong} not right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
