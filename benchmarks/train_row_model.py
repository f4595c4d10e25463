"""Train the learned keep/drop of a sentence's extra rows (`timeline.events.row_model`) and its
non-event model on set folders with the one training harness (`benchmarks/linear_training.py`)
and write each as plain JSON (the features' weights and the intercept). Needs scikit-learn
(`pip install -e .[train]`); the product never imports it.

Each row of a sentence that writes two dates of its rows or more (those `judged_rows`
judges), as the real pipeline makes it (the publication date given, as `bench_outlets.py`
runs it; the model itself not applied), is a row: "no event" (1) when its date fits no gold
event of its sentence (the gold events whose first words the sentence holds, by
`bench_outlets.GoldEvent.date_fits`), else 0; a sentence with no gold event is left out. Its
features are `timeline.events.row_features.row_features` (the very code the product scores with).

    python benchmarks/train_row_model.py outlets outlets_fresh ... [--cache DIR] \\
        [--out timeline/data/row_model.json] [--C 1.0] [--least 10]

`--near DAYS` trains the non-event model instead (`timeline/data/nonevent_model.json`, its
default `--out` then): a row that fits no gold event is no event (1) only when no dated gold
event of its sentence lies within DAYS of it at any precision (`gold_gap`); nearer, it is an
event dated wrongly ("a week later" read from the wrong day), labelled by `--misdated`: keep
(0, the default), drop (1) or skip (left out). The file lists both as its labelling:

    python benchmarks/train_row_model.py SETS... --near 31

Writer order: train on the sets up to `--fit-until` and print, for each threshold, what
dropping at it does to the later sets' rows (dropped right: no event, of them how many are
misdated events; dropped wrong: a row that fits its gold), nothing written; with `--near`, the
drops of the non-event model alone and beside the stop 40 model (trained on the same sets,
dropping at `THRESHOLD`), as `judged_rows` drops by both. With `--choose-until`, the threshold
is chosen on the sets up to it (beside the stop 40 model, with `--near`) and the model refitted
with them is judged on the rest, beside the shipped models on the same rows (the figure a
retrain must reach to be kept; in sample on the sets the file lists):

    python benchmarks/train_row_model.py --cache DIR --fit-until outlets_fresh66 SETS...

Set-grouped cross-validation: `--cv K` parts the sets into K folds (`linear_training.folds`:
whole sets, never a sentence of one set on both sides) and prints, for each C and rows a
feature needs, the rows each fold's model (fitted on the other folds) drops right and wrong at
each threshold on its fold, summed; with `--near`, beside the stop 40 model fitted on the same
folds with the parameters `row_model.json` lists:

    python benchmarks/train_row_model.py --cache DIR --cv 5 [--near 31] SETS...

Each set read prints the time the product's judging of its rows takes (`judged_rows`: well
under a millisecond an article). `--cache DIR` keeps each set's rows (`DIR/SET.jsonl`). A
shipped file is reproduced byte for byte (the features sorted by name, the solver
deterministic, the weights rounded) by training again on the sets, with the parameters and by
the labelling it lists; the command fails when the text it makes is not that file:

    python benchmarks/train_row_model.py --again [--out timeline/data/nonevent_model.json]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training
from bench_outlets import GoldEvent
from linear_training import Labels, Params, Trainer, gold_aligned

import timeline.events.build as build_module
from timeline.events.row_features import row_features, written_in
from timeline.events.row_model import (
    MODEL_FILE,
    NONEVENT_FILE,
    NONEVENT_THRESHOLD,
    THRESHOLD,
    no_event_probability,
)
from timeline.linear_models import Model, shipped_model

#: The thresholds the writer-order check tries.
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
#: The days within which a gold date makes a row a misdated event, as the writer-order check
#: tells them apart when no `--near` is given.
TOLD_NEAR = 31

Row = dict[str, Any]


def set_rows(folder: Path) -> list[Row]:
    """The rows (set, article, sentence, value, features, label) of every article of a set."""
    docs, gold_of = linear_training.set_documents(folder)
    recorded: dict[str, dict[str, float]] = {}
    spent = [0.0]  # seconds in the product's own judging of the same rows (for the timing)

    def recording(
        sentence: Any,
        rows: Sequence[Any],
        predicates: Sequence[Any],
        published: date | None,
        threshold: float = THRESHOLD,
    ) -> list[Any]:
        dated = [row for row in rows if row.date_start is not None]
        began = time.perf_counter()
        judged(sentence, rows, predicates, published, threshold)
        spent[0] += time.perf_counter() - began
        written = [row for row in dated if sentence is not None and written_in(row, sentence)]
        if len(written) >= 2:  # the rows `judged_rows` judges
            for row in written:
                recorded[row.event_id] = row_features(sentence, row, dated, predicates, published)
        return list(rows)

    judged = build_module.judged_rows
    found = linear_training.found_with("judged_rows", recording, docs)
    print(
        f"{folder.name}: judging rows {1000 * spent[0] / max(1, len(docs)):.3f} ms an article",
        file=sys.stderr,
    )
    rows: list[Row] = []
    for event, gold, sentence, candidates in gold_aligned(found.events, recorded, gold_of):
        value = {
            "date_start": event.date_start,
            "date_end": event.date_end,
            "granularity": event.granularity,
            "date_value": event.date_value,
        }
        fits = any(e.date_fits(value, no_reference=False) for e in candidates)
        rows.append(
            {
                "set": folder.name,
                "article": gold.article,
                "sentence": sentence,
                "value": event.date_value,
                "features": recorded[event.event_id],
                "no_event": int(not fits),
                "gap": None if fits else gold_gap(event.date_start, event.date_end, candidates),
            }
        )
    return rows


def gold_gap(start: date | None, end: date | None, candidates: Sequence[GoldEvent]) -> int | None:
    """The days between a row's interval and the nearest dated gold interval of its sentence's
    events, at any precision (0 when they overlap: the row's year holds the gold's day, or the
    gold's month the row's day); None when no gold event of the sentence has a day."""
    if start is None or end is None:
        return None
    gaps = [
        max((gold.start - end).days, (start - gold.end).days, 0)
        for event in candidates
        for gold in event.dates
        if gold.start is not None and gold.end is not None
    ]
    return min(gaps, default=None)


def labelled(rows: Sequence[Row], near: int | None, misdated: str) -> list[Row]:
    """`rows` with their label "no_event" by how far the nearest gold date is: with `near`
    None, every row that fits no gold event (the stop 40 label); else a row is no event when
    no gold date of its sentence lies within `near` days of it, and a misdated event (a gold
    date near it) is `misdated`: "keep" (label 0), "drop" (label 1) or "skip" (left out)."""
    if near is None:
        return list(rows)
    found: list[Row] = []
    for row in rows:
        if not row["no_event"] or row["gap"] is None or row["gap"] > near:
            found.append(row)
        elif misdated != "skip":
            found.append({**row, "no_event": int(misdated == "drop")})
    return found


def misdated_row(row: Row, near: int) -> bool:
    """Whether a row is an event of its sentence dated wrongly: it fits no gold event, but a
    gold date of its sentence lies within `near` days of it."""
    return bool(row["no_event"]) and row["gap"] is not None and row["gap"] <= near


def pairs(rows: Sequence[Row], labels: Labels) -> tuple[list[dict[str, float]], list[int]]:
    """Each row's features and label (no event), labelled by `labelled` as `labels` say (none:
    the stop 40 label)."""
    chosen = labelled(rows, labels.get("near"), labels.get("misdated", "keep"))
    return [row["features"] for row in chosen], [row["no_event"] for row in chosen]


TRAINER = Trainer(
    about="timeline.events.row_model: logistic regression over a sentence's dated rows "
    "(benchmarks/train_row_model.py)",
    out=linear_training.MODELS / MODEL_FILE,
    params=Params(1.0, least=10),
    collect=set_rows,
    pairs=pairs,
)
NONEVENT_TRAINER = replace(
    TRAINER,
    about="timeline.events.row_model: logistic regression over a sentence's dated rows, a row "
    "no event when no gold date of its sentence lies near it (benchmarks/train_row_model.py "
    "--near)",
    out=linear_training.MODELS / NONEVENT_FILE,
)


def drops(
    rows: Sequence[Row],
    model: Model,
    threshold: float,
    beside: Model | None = None,
    told: int = TOLD_NEAR,
) -> tuple[int, int, int]:
    """The rows dropped right (no event), of them the misdated events (a gold date within
    `told` days), and the rows dropped wrong at `threshold`, a sentence keeping its likeliest
    row, as `judged_rows` does; with `beside` (the stop 40 model), as `judged_rows` drops by
    both: the likeliest row by `beside` kept, a row dropped at `threshold` of `model` or at
    `THRESHOLD` of `beside`."""
    by_sentence: dict[tuple[str, str, str], list[tuple[float, float, Row]]] = {}
    for row in rows:
        key = (row["set"], row["article"], row["sentence"])
        alone = no_event_probability(row["features"], model)
        first = alone if beside is None else no_event_probability(row["features"], beside)
        by_sentence.setdefault(key, []).append((alone, first, row))
    first_threshold = threshold if beside is None else THRESHOLD
    right = misdated = wrong = 0
    for scored in by_sentence.values():
        keep = min(range(len(scored)), key=lambda n: (scored[n][1], n))
        for n, (probability, first, row) in enumerate(scored):
            if n != keep and (probability >= threshold or first >= first_threshold):
                right += row["no_event"]
                misdated += misdated_row(row, told)
                wrong += 1 - row["no_event"]
    return right, misdated, wrong


def writer_order(
    by_set: dict[str, list[Row]],
    fit_until: str,
    choose_until: str | None,
    params: Params,
    labels: Labels,
) -> None:
    """Train on the sets up to `fit_until` (labelled as `labels` say) and print each
    threshold's drops on the rest, and with a `near` labelling the drops beside the stop 40
    model trained on the same sets; with `choose_until`, choose the threshold on the sets up
    to it (the most rows dropped right less wrong, beside the stop 40 model when there is one)
    and judge the models refitted with them on the rest."""
    parts = linear_training.split(by_set, fit_until, *([choose_until] if choose_until else []))
    near = labels.get("near")
    told = TOLD_NEAR if near is None else int(near)

    def models(sets: Sequence[str]) -> tuple[Model, Model | None]:
        model = TRAINER.train(by_set, sets, params, labels)
        return model, None if near is None else TRAINER.train(by_set, sets, params, {})

    fitted = parts[0]
    model, first = models(fitted)
    later = [row for name in parts[1] for row in by_set[name]]
    misdated_rows = sum(misdated_row(row, told) for row in later)
    print(
        f"fitted on {fitted[0]}..{fitted[-1]}, {len(later)} later rows, "
        f"{sum(row['no_event'] for row in later)} no event ({misdated_rows} misdated events)"
    )
    ways = {"dropped": None} if first is None else {"alone": None, "beside": first}
    for threshold in THRESHOLDS:
        counts = []
        for way, beside in ways.items():
            right, misdated, wrong = drops(later, model, threshold, beside, told)
            counts.append(
                f"{way} {right} right ({misdated} misdated), {wrong} wrong (net {right - wrong})"
            )
        print(f"  threshold {threshold:.2f}: " + "; ".join(counts))
    if choose_until is None:
        return

    def gain(threshold: float) -> int:
        right, _, wrong = drops(later, model, threshold, first, told)
        return right - wrong

    threshold, best = linear_training.choose(sorted(THRESHOLDS, reverse=True), gain)
    refitted, refitted_first = models([*fitted, *parts[1]])
    test = [row for name in parts[2] for row in by_set[name]]
    right, misdated, wrong = drops(test, refitted, threshold, refitted_first, told)
    print(
        f"chosen on {parts[1][0]}..{parts[1][-1]}: {threshold} (net {best}); "
        f"on {parts[2][0]}..{parts[2][-1]}: dropped {right} right ({misdated} misdated), "
        f"{wrong} wrong"
    )
    shipped = shipped_model(MODEL_FILE)
    listed = linear_training.shipped(linear_training.MODELS / MODEL_FILE)[0]
    if near is None:
        right, misdated, wrong = drops(test, shipped, THRESHOLD, None, told)
    else:
        nonevent = shipped_model(NONEVENT_FILE)
        right, misdated, wrong = drops(test, nonevent, NONEVENT_THRESHOLD, shipped, told)
    print(
        f"shipped (fitted up to {listed[-1]}; at {THRESHOLD}, the non-event model at "
        f"{NONEVENT_THRESHOLD}{'' if near else ' not used'}): dropped {right} right "
        f"({misdated} misdated), {wrong} wrong"
    )


#: The regularisations and the rows a feature needs that `--cv` tries.
CV_CS = (0.3, 1.0, 3.0)
CV_LEASTS = (5, 10, 20)


def cross_validated(
    by_set: dict[str, list[Row]], k: int, labels: Labels, spreads: Sequence[int] = (0,)
) -> None:
    """Set-grouped cross-validation (`linear_training.folds`): for each C and rows a feature
    needs, the rows dropped right and wrong at each threshold on every fold's sets by the model
    fitted on the other folds' sets; with a `near` labelling, the non-event model's drops beside
    the stop 40 model fitted on the same sets with the parameters `row_model.json` lists."""
    beside = linear_training.shipped(linear_training.MODELS / MODEL_FILE)[1]
    #: The stop 40 model of each fold's fitted sets: the same for every cell of the grid.
    firsts: dict[tuple[str, ...], Model] = {}

    def judge(fitted: Sequence[str], test: Sequence[Row], model: Model) -> list[tuple[int, int]]:
        first = None
        if labels:
            key = tuple(fitted)
            if key not in firsts:
                firsts[key] = TRAINER.train(by_set, fitted, beside, {})
            first = firsts[key]
        found = [drops(test, model, threshold, first) for threshold in THRESHOLDS]
        return [(right, wrong) for right, _, wrong in found]

    grid = [Params(C, least=least) for least in CV_LEASTS for C in CV_CS]
    summed = linear_training.cross_validated(TRAINER, by_set, grid, k, judge, labels, spreads)
    linear_training.cv_report(summed, THRESHOLDS)


def main(argv: list[str] | None = None) -> int:
    parser = linear_training.arguments(__doc__.split("\n\n")[0], TRAINER)
    parser.set_defaults(out=None)
    parser.add_argument(
        "--near",
        type=int,
        help="the non-event model: days within which a gold date makes a row a misdated event",
    )
    parser.add_argument(
        "--misdated",
        choices=("keep", "drop", "skip"),
        default="keep",
        help="the label of a misdated event (with --near): 0, 1, or left out",
    )
    parser.add_argument("--fit-until", help="writer order: fit up to this set, judge the rest")
    parser.add_argument("--choose-until", help="writer order: choose the threshold up to this set")
    parser.add_argument("--cv", type=int, help="set-grouped cross-validation in this many folds")
    args = parser.parse_args(argv)
    labels: Labels = {} if args.near is None else {"near": args.near, "misdated": args.misdated}
    if args.again and args.out is not None:
        labels = linear_training.shipped(args.out)[2]
    trainer = TRAINER if not labels else NONEVENT_TRAINER
    args.out = args.out or trainer.out
    if args.fit_until is None and args.cv is None:
        return linear_training.main(trainer, args, labels)
    by_set = linear_training.examples([str(name) for name in args.sets], set_rows, args.cache)
    if args.cv:
        cross_validated(by_set, args.cv, labels, args.cv_spreads)
        return 0
    writer_order(
        by_set, args.fit_until, args.choose_until, Params(args.C, least=args.least), labels
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
