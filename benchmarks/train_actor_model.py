"""Train the learned actor veto (`timeline.events.actor_veto`) on set folders with the one
training harness (`benchmarks/linear_training.py`) and write it as plain JSON (the features'
weights and the intercept). Needs scikit-learn (`pip install -e .[train]`); the product never
imports it.

Each actor a matched row keeps (after every rule; the veto itself off) is a candidate: its
features are `timeline.events.actor_features.actor_features` (the very code the product scores
with), its label whether the row's gold actors name it (`bench_outlets.normal_name`, any
spelling). The rows are the pipeline's as `bench_outlets.py` scores them, publication date given,
so they are those the shipped row model (`timeline.events.row_model`) keeps: train the row model
first, and this one after it; its `--again` holds beside the row model it was trained with.

    python benchmarks/train_actor_model.py outlets outlets_fresh ... [--cache DIR] \\
        [--out timeline/data/actor_model.json] [--C 0.3]

`--cache DIR` keeps each set's candidates (`DIR/SET.jsonl`) for the next run. The shipped file
is reproduced byte for byte (features sorted, solver deterministic, weights rounded) by
training again on the sets and with the parameters it lists; the command fails when the text
it makes is not that file:

    python benchmarks/train_actor_model.py --again
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_outlets
import linear_training
from linear_training import Labels, Params, Trainer

from timeline.events import build
from timeline.events.actor_features import DocumentNames, actor_features
from timeline.events.actor_veto import MODEL_FILE
from timeline.events.event import Event
from timeline.sentences import Sentence
from timeline.syntax import Predicate

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
    golds = linear_training.golds(folder)
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


def pairs(rows: Sequence[Row], labels: Labels) -> tuple[list[dict[str, float]], list[int]]:
    """Each candidate's features and label (the gold row names it; `labels` is empty), of the
    candidates the sentence writes as a name (those with features)."""
    chosen = [cand for row in rows for cand in row["cands"] if cand["f"] is not None]
    return [cand["f"] for cand in chosen], [cand["gold"] for cand in chosen]


TRAINER = Trainer(
    about="timeline.events.actor_veto: logistic regression over a kept actor's features "
    "(benchmarks/train_actor_model.py)",
    out=linear_training.MODELS / MODEL_FILE,
    params=Params(0.1),
    collect=collect,
    pairs=pairs,
)


def main(argv: list[str] | None = None) -> int:
    parser = linear_training.arguments(__doc__.split("\n\n")[0], TRAINER)
    return linear_training.main(TRAINER, parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
