"""Train the learned actor veto (`timeline.events.actor_veto`) on set folders and write it as
plain JSON (the features' weights and the intercept). Needs scikit-learn (`pip install -e
.[train]`); the product never imports it.

Each actor a matched row keeps (after every rule; the veto itself off) is a candidate: its
features are `timeline.events.actor_features.actor_features` (the very code the product scores
with), its label whether the row's gold actors name it (`bench_outlets.normal_name`, any
spelling). The rows are the pipeline's as `bench_outlets.py` scores them, publication date given.

    python benchmarks/train_actor_model.py outlets outlets_fresh ... [--cache DIR] \\
        [--out timeline/data/actor_model.json] [--C 0.3]

`--cache DIR` keeps each set's candidates (`DIR/SET.jsonl`) for the next run. The shipped file
is reproduced byte for byte (features sorted, solver deterministic, weights rounded) by
training again on the sets it lists:

    python benchmarks/train_actor_model.py --again
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_outlets

from timeline.events import build
from timeline.events.actor_features import DocumentNames, actor_features
from timeline.events.event import Event
from timeline.sentences import Sentence
from timeline.syntax import Predicate

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "timeline" / "data" / "actor_model.json"
Row = dict[str, Any]


def _recorder(
    found: dict[tuple[str, str], dict[str, float] | None],
) -> Callable[[Sequence[Event], DocumentNames, Sentence, Sequence[Predicate]], list[Event]]:
    """A stand-in for `veto_actors` that keeps every actor and records its features."""

    def record(
        rows: Sequence[Event],
        context: DocumentNames,
        sentence: Sentence,
        verbs: Sequence[Predicate],
    ) -> list[Event]:
        for row in rows:
            for index, name in enumerate(row.actors):
                found[(row.event_id, name)] = actor_features(context, sentence, verbs, row, index)
        return list(rows)

    return record


def collect(folder: Path) -> list[Row]:
    """The matched rows of a set folder, each with its candidates (name, features, label)."""
    golds = [bench_outlets.load_gold(p) for p in sorted((folder / "gold").glob("*.json"))]
    found: dict[tuple[str, str], dict[str, float] | None] = {}
    verdict = bench_outlets._verdict
    veto = build.veto_actors
    build.veto_actors = _recorder(found)  # type: ignore[assignment]
    bench_outlets._verdict = lambda name, row, event, wrong: {  # type: ignore[assignment]
        **verdict(name, row, event, wrong),
        "event_id": row["event_id"],
        "source_events": list(row.get("source_events") or [row["event_id"]]),
    }
    try:
        total, _ = bench_outlets.run(golds, given=True, folder=folder)
    finally:
        build.veto_actors = veto
        bench_outlets._verdict = verdict
    rows: list[Row] = []
    for matched in total.verdicts:
        gold = [set(spellings) for spellings in matched["gold_actors"]]
        candidates = []
        for name in matched["actors"]:
            features = next(
                (found[(e, name)] for e in matched["source_events"] if (e, name) in found), None
            )
            label = int(any(bench_outlets.normal_name(name) in g for g in gold))
            candidates.append({"name": name, "gold": label, "f": features})
        rows.append(
            {
                "article": matched["article"],
                "sentence": matched["sentence"],
                "actors": matched["actors"],
                "gold": matched["gold_actors"],
                "cands": candidates,
            }
        )
    return rows


def candidates(folders: Sequence[Path], cache: Path | None) -> dict[str, list[Row]]:
    """Each set's rows, read from `cache` when it holds them, else collected (and kept there)."""
    found: dict[str, list[Row]] = {}
    for folder in folders:
        kept = cache / f"{folder.name}.jsonl" if cache is not None else None
        if kept is not None and kept.is_file():
            lines = kept.read_text(encoding="utf-8").splitlines()
            found[folder.name] = [json.loads(line) for line in lines]
            continue
        rows = collect(folder)
        found[folder.name] = rows
        if kept is not None:
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{folder.name}: {len(rows)} rows", file=sys.stderr)
    return found


def train(rows: Sequence[Row], c: float) -> tuple[dict[str, float], float]:
    """Weights (rounded, non-zero) and intercept of a logistic regression on `rows`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    found = [cand["f"] for row in rows for cand in row["cands"] if cand["f"] is not None]
    labels = [cand["gold"] for row in rows for cand in row["cands"] if cand["f"] is not None]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(found)
    model = LogisticRegression(C=c, max_iter=5000, random_state=0)
    model.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)}
    return {k: w for k, w in sorted(weights.items()) if w}, round(float(model.intercept_[0]), 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set folders under benchmarks/")
    parser.add_argument("--again", action="store_true", help="train on the sets --out lists")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache", type=Path, help="a folder keeping each set's candidates")
    parser.add_argument("--C", type=float, default=0.1, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    sets = list(args.sets)
    if args.again:
        sets += json.loads(args.out.read_text(encoding="utf-8"))["sets"]
    if not sets:
        parser.error("give set folders, or --again")
    by_set = candidates([HERE / name for name in sets], args.cache)
    weights, intercept = train([row for name in sets for row in by_set[name]], args.C)
    model = {
        "about": "timeline.events.actor_veto: logistic regression over a kept actor's features "
        "(benchmarks/train_actor_model.py)",
        "sets": sets,
        "C": args.C,
        "intercept": intercept,
        "weights": weights,
    }
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"
    if args.again:
        same = args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'the same' if same else 'DIFFERENT'}", file=sys.stderr)
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(weights)} weights, {len(text)} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
