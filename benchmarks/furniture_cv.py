"""Choose the learned furniture-line model's parameters and threshold by set-grouped
cross-validation: the sets are parted into folds of whole sets (by writer order, every k-th set),
each fold scored by a model fitted on the others, as the product would score it (only the lines
the rules leave, no longer than `SCORED_CHARS`, stating no date; a story sentence at
`STORY_THRESHOLD` and never one the guards keep: `timeline.furniture.learned`).

A taken line is a furniture line caught when the gold furniture covers it, else a story line
lost; one holding a gold event's start is an event line lost, the worst error. The gain of a
candidate is `caught - LOST_COST * lost - EVENT_COST * events`.

    python benchmarks/furniture_cv.py --cache /tmp/fcv $(cat SETFILE) [--folds 5] \\
        [--C 1 3 10] [--drop w: w1= wl= w2=] [--keep 4000] [--spread 0 3]

`--spread N...`: the sets of the fitted folds a feature needs (`linear_training.Params.spread`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training
from linear_training import Example, Params
from train_furniture_model import _covered, _gold_mask, pairs

from timeline.furniture import furniture
from timeline.furniture.bylines import is_story_sentence
from timeline.furniture.learned import (
    LINE_CHARS,
    SCORED_CHARS,
    STORY_THRESHOLD,
    _inside_the_story,
    _says_when,
    _states_a_date,
    _story_sentences,
    features,
    line_units,
)
from timeline.linear_models import probability

#: What a story line the model takes costs against a furniture line it catches.
LOST_COST = 3.0
#: What a line holding a gold event's start costs (a row lost).
EVENT_COST = 10.0
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def collect(folder: Path) -> list[Example]:
    """Each line of each article (no longer than `LINE_CHARS`): its features, its gold label,
    and how the product would treat it (`scored`: the rules left it and it is short and states
    no date; `story`: a story sentence needing `STORY_THRESHOLD`; `event`: a gold event starts
    in it)."""
    found: list[Example] = []
    for gold in linear_training.golds(folder):
        text = (folder / "articles" / gold.article).read_text(encoding="utf-8")
        mask = _gold_mask(text, list(gold.furniture))
        lines = line_units(text)
        spans = sorted((piece.start, piece.end) for piece in furniture(text))
        free = [not any(s < end and start < e for s, e in spans) for start, end in lines]
        sentences = _story_sentences(text, lines, free)
        starts = [" ".join(event.starts.split()) for event in gold.events]
        for number, (start, end) in enumerate(lines):
            if end - start > LINE_CHARS:
                continue
            line = text[start:end]
            flat = " ".join(line.split())
            story = is_story_sentence(line)
            guarded = (
                story
                and free[number]
                and (_inside_the_story(number, sentences) or _says_when(line))
            )
            scored = (
                free[number]
                and end - start <= SCORED_CHARS
                and not _states_a_date(line)
                and not guarded
            )
            found.append(
                {
                    "features": features(text, lines, number),
                    "label": int(_covered(mask, text, start, end)),
                    "scored": scored,
                    "story": story,
                    "event": any(s and s[:40] in flat for s in starts),
                }
            )
    return found


def _dropped(found: dict[str, float], drop: Sequence[str]) -> dict[str, float]:
    return {k: v for k, v in found.items() if not k.startswith(tuple(drop))} if drop else found


def cross_validate(
    by_set: dict[str, list[Example]],
    folds: int,
    params: Params,
    drop: Sequence[str],
    story_threshold: float = STORY_THRESHOLD,
) -> dict[float, list[int]]:
    """Per threshold: furniture lines caught, story lines lost and event lines lost over the
    folds (each scored by a model fitted on the others)."""
    parts = linear_training.folds(by_set, folds)  # the folds every training script uses
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    for held in parts:
        fitted = [n for part in parts if part is not held for n in part]
        train = [e for n in fitted for e in by_set[n]]
        found = [_dropped(e["features"], drop) for e in train]
        if params.spread:
            kept = linear_training.spread_features(pairs, by_set, fitted, {}, params.spread)
            found = [{k: v for k, v in f.items() if k in kept} for f in found]
        model = linear_training.fit(found, [e["label"] for e in train], params)
        for name in held:
            for line in by_set[name]:
                if not line["scored"]:
                    continue
                p = probability(_dropped(line["features"], drop), model)
                for t in THRESHOLDS:
                    need = max(t, story_threshold) if line["story"] else t
                    if p < need:
                        continue
                    if line["label"]:
                        totals[t][0] += 1
                    else:
                        totals[t][1] += 1
                        totals[t][2] += int(line["event"])
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, nargs="+", default=[3.0])
    parser.add_argument("--keep", type=int, nargs="+", default=[4000])
    parser.add_argument("--drop", nargs="*", default=[])
    parser.add_argument("--spread", type=int, nargs="+", default=[0])
    parser.add_argument("--story", type=float, default=STORY_THRESHOLD)
    args = parser.parse_args(argv)
    by_set = linear_training.examples(args.sets, collect, args.cache)
    for c in args.C:
        for keep in args.keep:
            for spread in args.spread:
                params = Params(c, balanced=True, keep=keep, spread=spread)
                found = cross_validate(by_set, args.folds, params, args.drop, args.story)
                report(found, params, " ".join(args.drop) or "-")
    return 0


def report(totals: dict[float, list[int]], params: Params, drop: str) -> None:
    """Print each threshold's lines caught and lost and its gain."""
    for t, (caught, lost, events) in totals.items():
        gain = caught - LOST_COST * lost - EVENT_COST * events
        print(
            f"C={params.C} keep={params.keep} spread={params.spread} drop={drop} t={t}: "
            f"caught {caught} lost {lost} events {events} gain {gain:.0f}",
            flush=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
