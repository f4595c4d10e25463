"""Train the learned choice between a fallback day and no day (`timeline.events.fallback_model`)
on set folders with the one training harness (`benchmarks/linear_training.py`) and write it as
plain JSON (the features' weights and the intercept). Needs scikit-learn
(`pip install -e .[train]`); the product never imports it.

Each row `judged_fallback` judges (the only row of a sentence with no date of its own, dated by
an inherited day or the news day), as the real pipeline makes it (the publication date given,
as `bench_outlets.py` runs it; the model itself not applied), is an example: "no day" (1) when a
gold event of its sentence (whose first words the sentence holds) has no day, else 0; a
sentence with no gold event, or of the furniture, is left out. Its features are
`timeline.events.fallback_features.fallback_features` (the very code the product scores with).
Each example also keeps whether its day fits the gold, and whether the other fallback does (the
news day for an inherited row, the last date written before for a news-day row), for the
writer-order figures.

    python benchmarks/train_fallback_model.py outlets outlets_fresh ... [--cache DIR] \\
        [--out timeline/data/fallback_model.json] [--C 1.0] [--least 10]

Writer order: train on the sets up to `--fit-until`, choose C and the threshold on the sets up
to `--choose-until` (the most rows made right less those made wrong, leaving a row without a
day), and judge the model refitted with them on the rest, nothing written:

    python benchmarks/train_fallback_model.py --cache DIR --fit-until outlets_fresh60 \\
        --choose-until outlets_fresh75 SETS...

Set-grouped cross-validation (`linear_training.folds`: whole sets left out) prints, for each C,
class weights and rows a feature needs, the rows each fold's model (fitted on the other folds)
makes right and wrong at each threshold on its fold, summed:

    python benchmarks/train_fallback_model.py --cache DIR --cv 5 SETS...

`--again` trains again on the sets, with the parameters the shipped file lists, and fails
unless the text it makes is that file byte for byte:

    python benchmarks/train_fallback_model.py --again
"""

from __future__ import annotations

import sys
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
from timeline.events.fallback_features import FallbackContext, fallback_features, last_written
from timeline.events.fallback_model import MODEL_FILE, THRESHOLD, no_day_probability
from timeline.events.fallback_model import judged as fallback_judged
from timeline.kinds import Anchor
from timeline.linear_models import Model

#: The thresholds the writer-order check tries, from the one that changes least.
THRESHOLDS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)
#: The regularisations it tries.
CS = (0.1, 0.3, 1.0)

Row = dict[str, Any]


def _day(start: date | None, end: date | None, granularity: str | None) -> dict[str, Any]:
    return {"date_start": start, "date_end": end, "granularity": granularity}


def set_rows(folder: Path) -> list[Row]:
    """The fallback rows (set, article, sentence, features, labels) of every article of a set."""
    docs, gold_of = linear_training.set_documents(folder)
    recorded: dict[str, tuple[dict[str, float], dict[str, Any]]] = {}

    def recording(
        context: FallbackContext,
        number: int,
        rows: Sequence[Any],
        predicates: Sequence[Any],
        told: Sequence[str] = (),
        threshold: float | None = THRESHOLD,
        model: Model | None = None,
    ) -> list[Any]:
        judged(context, number, rows, predicates, told, 2.0, model)  # timed like the product's
        if fallback_judged(rows, predicates) and context.doc.published is not None:
            row = rows[0]
            if row.anchor == Anchor.INHERITED.value:
                other = _day(context.doc.published, context.doc.published, "day")
            else:
                last = last_written(context, context.sentences[number])
                other = _day(
                    None if last is None else last.date_start,
                    None if last is None else last.date_end,
                    None if last is None else last.granularity,
                )
            found = fallback_features(context, number, row, predicates, told)
            recorded[row.event_id] = (found, other)
        return list(rows)

    judged = build_module.judged_fallback
    found = linear_training.found_with("judged_fallback", recording, docs)
    rows: list[Row] = []
    for event, gold, sentence, candidates in gold_aligned(found.events, recorded, gold_of):
        features, other = recorded[event.event_id]
        value = {**_day(event.date_start, event.date_end, event.granularity)}
        value["date_value"] = event.date_value
        other["date_value"] = ""
        rows.append(
            {
                "set": folder.name,
                "article": gold.article,
                "sentence": sentence,
                "features": features,
                "no_day": int(any(_no_day(e) for e in candidates)),
                "fits": int(any(e.date_fits(value, no_reference=False) for e in candidates)),
                "other_fits": int(
                    other["date_start"] is not None
                    and any(e.date_fits(other, no_reference=False) for e in candidates)
                ),
            }
        )
    return rows


def _no_day(event: GoldEvent) -> bool:
    """Whether a gold event has no day (among its readings)."""
    return any(gold.start is None for gold in event.dates)


def pairs(rows: Sequence[Row], labels: Labels) -> tuple[list[dict[str, float]], list[int]]:
    """Each row's features and label (the gold gives it no day)."""
    del labels  # the gold's label alone
    return [row["features"] for row in rows], [row["no_day"] for row in rows]


TRAINER = Trainer(
    about="timeline.events.fallback_model: logistic regression over the rows dated by a "
    "fallback, no day by the gold (benchmarks/train_fallback_model.py)",
    out=linear_training.MODELS / MODEL_FILE,
    params=Params(1.0, least=10),
    collect=set_rows,
    pairs=pairs,
)


def gains(rows: Sequence[Row], model: Model, threshold: float) -> tuple[int, int, int]:
    """The rows left without a day at `threshold`: made right (the gold has no day), made wrong
    (their day was right), and left wrong (another day)."""
    right = wrong = still = 0
    for row in rows:
        if no_day_probability(row["features"], model) < threshold:
            continue
        if row["fits"]:
            wrong += 1
        elif row["no_day"]:
            right += 1
        else:
            still += 1
    return right, wrong, still


def writer_order(
    by_set: dict[str, list[Row]], fit_until: str, choose_until: str, least: int
) -> Params:
    """Fit on the sets up to `fit_until`, choose C, the class weights and the threshold on
    those up to `choose_until` (the most rows made right less those made wrong), judge the
    model refitted with both on the rest, and return the parameters chosen."""
    fitted, chosen, test = linear_training.split(by_set, fit_until, choose_until)
    choice = [row for name in chosen for row in by_set[name]]
    later = [row for name in test for row in by_set[name]]
    for part, rows in (("choose", choice), ("test", later)):
        print(
            f"{part}: {len(rows)} fallback rows, {sum(r['fits'] for r in rows)} right, "
            f"{sum(r['no_day'] and not r['fits'] for r in rows)} no day by the gold, "
            f"{sum(r['other_fits'] and not r['fits'] for r in rows)} the other fallback's day"
        )
    grid = [Params(C, balanced, least) for balanced in (False, True) for C in CS]
    models = {params: TRAINER.train(by_set, fitted, params) for params in grid}
    for params, model in models.items():
        counts = [gains(choice, model, threshold) for threshold in THRESHOLDS]
        print(
            f"  C {params.C} balanced {params.balanced}: "
            + ", ".join(
                f"{t:.2f} +{right}-{wrong}"
                for t, (right, wrong, _) in zip(THRESHOLDS, counts, strict=True)
            )
        )

    def gain(candidate: tuple[Params, float]) -> int:
        right, wrong, _ = gains(choice, models[candidate[0]], candidate[1])
        return right - wrong

    candidates = [(params, threshold) for threshold in THRESHOLDS for params in grid]
    (params, threshold), best = linear_training.choose(candidates, gain)
    refitted = TRAINER.train(by_set, [*fitted, *chosen], params)
    right, wrong, still = gains(later, refitted, threshold)
    print(
        f"fitted on {fitted[0]}..{fitted[-1]}; chosen on {chosen[0]}..{chosen[-1]}: C "
        f"{params.C}, balanced {params.balanced}, threshold {threshold} (net {best}); on "
        f"{test[0]}..{test[-1]}: {right} made right, {wrong} made wrong, {still} left wrong"
    )
    for each in THRESHOLDS:
        right, wrong, still = gains(later, refitted, each)
        print(f"  test at {each:.2f}: {right} right, {wrong} wrong, {still} still")
    return params


#: The rows a feature needs that `--cv` tries (beside `CS`, with and without balance).
CV_LEASTS = (5, 10, 20)


def cross_validated(by_set: dict[str, list[Row]], k: int, spreads: Sequence[int] = (0,)) -> None:
    """Set-grouped cross-validation (`linear_training.folds`): for each C, class weights and
    rows a feature needs, the rows made right and made wrong (left without a day) at each
    threshold on every fold's sets by the model fitted on the other folds' sets."""

    def judge(fitted: Sequence[str], test: Sequence[Row], model: Model) -> list[tuple[int, int]]:
        del fitted  # the model alone
        found = [gains(test, model, threshold) for threshold in THRESHOLDS]
        return [(right, wrong) for right, wrong, _ in found]

    grid = [
        Params(C, balanced, least) for least in CV_LEASTS for balanced in (False, True) for C in CS
    ]
    summed = linear_training.cross_validated(TRAINER, by_set, grid, k, judge, None, spreads)
    linear_training.cv_report(summed, THRESHOLDS)


def main(argv: list[str] | None = None) -> int:
    parser = linear_training.arguments(__doc__.split("\n\n")[0], TRAINER)
    parser.add_argument("--fit-until", help="writer order: fit up to this set")
    parser.add_argument("--choose-until", help="writer order: choose C and the threshold")
    parser.add_argument("--balanced", action="store_true", help="classes weighed to balance")
    parser.add_argument(
        "--write-until",
        help="with --fit-until: write the model refitted on the sets up to this one, with the "
        "parameters chosen (a model for running the product on the sets after it)",
    )
    parser.add_argument("--cv", type=int, help="set-grouped cross-validation in this many folds")
    args = parser.parse_args(argv)
    if args.cv:
        by_set = linear_training.examples([str(name) for name in args.sets], set_rows, args.cache)
        cross_validated(by_set, args.cv, args.cv_spreads)
        return 0
    if args.fit_until is None:
        trainer = replace(TRAINER, params=replace(TRAINER.params, balanced=args.balanced))
        return linear_training.main(trainer, args)
    by_set = linear_training.examples([str(name) for name in args.sets], set_rows, args.cache)
    params = writer_order(by_set, args.fit_until, args.choose_until, args.least)
    if args.write_until:
        names = linear_training.split(by_set, args.write_until)[0]
        model = TRAINER.train(by_set, names, params)
        text = linear_training.model_text(TRAINER.about, names, params, model)
        return linear_training.finish(args.out, text, again=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
