"""The learned actor veto judged by writer order (`timeline.events.actor_veto`): a model trained
on the sets up to one writer, its threshold (and regularisation) chosen on the next writers'
sets, then run on the later writers' sets it never saw, beside the rules alone. The rows are
those `benchmarks/train_actor_model.py` collects (the pipeline's, veto off); dropping a name
from a row is simulated on them.

    python benchmarks/actor_veto_order.py --sets FILE --cache DIR \\
        --fit-until outlets_fresh56 --choose-until outlets_fresh66 [--test-until SET]

`--cv K` judges by set-grouped cross-validation instead (`linear_training.folds`: whole sets
left out, each fold's sets judged by the model fitted on the others'), each C and rows a
feature needs at each threshold, the made right and made wrong rows summed over the folds:

    python benchmarks/actor_veto_order.py --sets FILE --cache DIR --cv 5

(`--sets`: a file naming the sets, taken in writer order by `linear_training.split`.)

It prints the choice and, for each test set, the rows whose actors are exact with the rules
alone and with the veto, and the rows the veto made right and made wrong; then the same totals
of the shipped model (`timeline/data/actor_model.json` at `actor_veto.THRESHOLD`) on the same
sets, the figure a retrain must reach to be kept (the sets the file lists are printed with it:
on a set it was trained on, it is in sample).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training
from bench_outlets import normal_name
from linear_training import Params
from train_actor_model import TRAINER, Row

from timeline.events import actor_veto
from timeline.events.actor_veto import keep_probability
from timeline.linear_models import shipped_model

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
REGULARISATIONS = (0.1, 0.3, 1.0)
#: The regularisations and the rows a feature needs that `--cv` tries.
CV_CS = (0.03, 0.1, 0.3, 1.0)
CV_LEASTS = (0, 3, 10, 30)


def exact(names: Sequence[str], gold: Sequence[Sequence[str]]) -> bool:
    """Whether `names` are the gold actors, as `bench_outlets.GoldEvent.actors_fit` counts."""
    found = {normal_name(name) for name in names}
    return len(found) == len(gold) and all(found & set(g) for g in gold)


def tally(
    rows: Sequence[Row], model: tuple[dict[str, float], float], threshold: float
) -> dict[str, int]:
    """Rows exact with the rules and with the veto; rows made right and made wrong. As the
    product does (`veto_actors`), a name stays in a sentence's rows when one of them keeps it."""
    kept: set[tuple[str, str, str]] = set()
    for row in rows:
        for c in row["cands"]:
            if c["f"] is None or keep_probability(c["f"], model) >= threshold:
                kept.add((row["article"], row["sentence"], c["name"]))
    counts = {"rows": 0, "rules": 0, "veto": 0, "right": 0, "wrong": 0}
    for row in rows:
        names = [n for n in row["actors"] if (row["article"], row["sentence"], n) in kept]
        before = exact(row["actors"], row["gold"])
        after = exact(names, row["gold"])
        counts["rows"] += 1
        counts["rules"] += before
        counts["veto"] += after
        counts["right"] += after and not before
        counts["wrong"] += before and not after
    return counts


def _total(counts: dict[str, int]) -> str:
    """A tally's figures as the report prints them."""
    return (
        f"rows {counts['rows']:4}  rules {counts['rules']:4}  veto {counts['veto']:4}"
        f"  made right {counts['right']:3}  made wrong {counts['wrong']:3}"
    )


def cross_validated(rows: dict[str, list[Row]], k: int, spreads: Sequence[int] = (0,)) -> None:
    """Set-grouped cross-validation (`linear_training.folds`): for each C and rows a feature
    needs, the rows made exact and made wrong by the veto at each threshold on every fold's sets,
    by the model fitted on the other folds' sets."""

    def judge(
        fitted: Sequence[str], test: Sequence[Row], model: tuple[dict[str, float], float]
    ) -> list[tuple[int, int]]:
        del fitted  # the model alone
        found = [tally(test, model, threshold) for threshold in THRESHOLDS]
        return [(counts["right"], counts["wrong"]) for counts in found]

    grid = [Params(c, least=least) for least in CV_LEASTS for c in CV_CS]
    summed = linear_training.cross_validated(TRAINER, rows, grid, k, judge, None, spreads)
    linear_training.cv_report(summed, THRESHOLDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", type=Path, required=True, help="a file naming the sets")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--fit-until")
    parser.add_argument("--choose-until")
    parser.add_argument("--test-until")
    parser.add_argument("--cv", type=int, help="set-grouped cross-validation in this many folds")
    parser.add_argument(
        "--cv-spreads", type=int, nargs="+", default=[0], help="sets a feature needs"
    )
    args = parser.parse_args(argv)
    names = args.sets.read_text(encoding="utf-8").split()
    if args.cv:
        by_set = linear_training.examples(names, TRAINER.collect, args.cache)
        cross_validated(by_set, args.cv, args.cv_spreads)
        return 0
    if args.fit_until is None or args.choose_until is None:
        parser.error("give --fit-until and --choose-until, or --cv")
    fit, choose, test = linear_training.split(names, args.fit_until, args.choose_until)
    if args.test_until:
        test = linear_training.split(test, args.test_until)[0]
    rows = linear_training.examples([*fit, *choose, *test], TRAINER.collect, args.cache)
    choose_rows = [r for name in choose for r in rows[name]]
    models = {c: TRAINER.train(rows, fit, Params(c)) for c in REGULARISATIONS}

    def gain(candidate: tuple[float, float]) -> int:
        c, threshold = candidate
        counts = tally(choose_rows, models[c], threshold)
        print(f"choose C={c} t={threshold}: {counts}", file=sys.stderr)
        return counts["veto"] - counts["rules"]

    # the least dropping of equal gains: a higher C or threshold only on a real gain
    grid = [(c, threshold) for c in REGULARISATIONS for threshold in THRESHOLDS]
    (c, threshold), best = linear_training.choose(grid, gain)
    print(f"chosen on {choose[0]}..{choose[-1]}: C={c} threshold={threshold} (+{best} rows)")
    model = TRAINER.train(rows, [*fit, *choose], Params(c))
    total: dict[str, int] = {"rows": 0, "rules": 0, "veto": 0, "right": 0, "wrong": 0}
    for name in test:
        counts = tally(rows[name], model, threshold)
        for key in total:
            total[key] += counts[key]
        print(f"{name:20} {_total(counts)}")
    print(f"{'TOTAL':20} {_total(total)}")
    listed = linear_training.shipped(linear_training.MODELS / actor_veto.MODEL_FILE)[0]
    test_rows = [r for name in test for r in rows[name]]
    shipped = tally(test_rows, shipped_model(actor_veto.MODEL_FILE), actor_veto.THRESHOLD)
    fitted = f"at {actor_veto.THRESHOLD}, fitted up to {listed[-1]}"
    print(f"{'SHIPPED':20} {_total(shipped)}  ({fitted})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
