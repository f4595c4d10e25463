"""Train the learned keep/drop of a sentence's extra rows (`timeline.events.row_model`) on set
folders and write it as plain JSON (the features' weights and the intercept). Needs
scikit-learn (`pip install -e .[train]`); the product never imports it.

Each row of a sentence that writes two dates of its rows or more (those `judged_rows`
judges), as the real pipeline makes it (the publication date given, as `bench_outlets.py`
runs it; the model itself not applied), is a row: "no event" (1) when its date fits no gold
event of its sentence (the gold events whose first words the sentence holds, by
`bench_outlets.GoldEvent.date_fits`), else 0; a sentence with no gold event is left out. Its
features are `timeline.events.row_features.row_features` (the very code the product scores with).

    python benchmarks/train_row_model.py benchmarks/outlets benchmarks/outlets_fresh ... \\
        [--out timeline/data/row_model.json] [--C 1.0] [--least 10] [--dump rows.jsonl]

`--near DAYS` trains the non-event model instead (`timeline/data/nonevent_model.json`): a row
that fits no gold event is no event (1) only when no dated gold event of its sentence lies
within DAYS of it at any precision (`gold_gap`); nearer, it is an event dated wrongly ("a week
later" read from the wrong day), labelled by `--misdated`: keep (0, the default), drop (1) or
skip (left out):

    python benchmarks/train_row_model.py SETS... --near 31 --out timeline/data/nonevent_model.json

Writer order: train on the sets before `--held-from` (in the order given) and print, for each
threshold, what dropping at it does to the later sets' rows (dropped right: no event; dropped
wrong: a row that fits its gold), nothing written:

    python benchmarks/train_row_model.py --rows rows.jsonl --held-from outlets_fresh67 SETS...

(with `--near`, the drops of the non-event model alone and beside the stop 40 model).

Each set read prints the time the product's judging of its rows takes (`judged_rows`: well
under a millisecond an article). `--dump` keeps the rows read (features and labels, JSON
lines) and `--rows` reads them back instead of running the pipeline. The shipped file is
reproduced byte for byte (the features sorted by name, the solver deterministic, the weights
rounded) by training again on the sets it lists:

    python benchmarks/train_row_model.py --again [--out timeline/data/nonevent_model.json]

prints whether the file it writes is the shipped one (and fails when it is not).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_outlets import ALIASES, GoldEvent, _collapse, _from_furniture, load_gold

import timeline.events.build as build_module
from timeline.documents import read_documents
from timeline.events.row_features import row_features, written_in
from timeline.events.row_model import THRESHOLD
from timeline.pipeline import find_events

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "timeline" / "data" / "row_model.json"
HERE = Path(__file__).resolve().parent
#: The thresholds `--held-from` tries.
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)

Row = dict[str, Any]


def set_rows(folder: Path) -> list[Row]:
    """The rows (set, article, sentence, value, features, label) of every article of a set."""
    golds = [load_gold(path) for path in sorted((folder / "gold").glob("*.json"))]
    documents, problems = read_documents([folder / "articles" / gold.article for gold in golds])
    if problems:
        raise SystemExit(f"cannot read the articles: {problems}")
    by_source = {Path(doc.source).name: doc for doc in documents}
    docs = [replace(by_source[g.article], published_given=g.published.isoformat()) for g in golds]
    gold_of = {doc.id: gold for doc, gold in zip(docs, golds, strict=True)}
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
    build_module.judged_rows = recording  # type: ignore[assignment]
    try:
        found = find_events(docs, aliases=ALIASES if ALIASES.is_file() else None, workers=1)
    finally:
        build_module.judged_rows = judged
    print(
        f"{folder.name}: judging rows {1000 * spent[0] / max(1, len(docs)):.3f} ms an article",
        file=sys.stderr,
    )
    rows: list[Row] = []
    for event in found.events:
        if event.event_id not in recorded:
            continue
        gold = gold_of[event.doc_id]
        sentence = _collapse(event.sentence)
        if _from_furniture(sentence, gold.furniture):
            continue
        candidates = [e for e in gold.events if e.starts in sentence]
        if not candidates:
            continue
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


def train(rows: Sequence[Row], c: float, sets: Sequence[str], least: int) -> dict[str, Any]:
    """The model trained on `rows`: {"intercept", "weights"} (every non-zero weight), over the
    features that `least` rows or more have (a rarer one, "before1=its", would be learnt from
    a handful of sentences)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(key for row in rows for key, value in row["features"].items() if value)
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(
        [{k: v for k, v in row["features"].items() if seen[k] >= least} for row in rows]
    )
    labels = [row["no_event"] for row in rows]
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=0)
    model.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    kept = {
        str(name): round(float(weight), 4)
        for name, weight in zip(names, model.coef_[0], strict=True)
        if round(float(weight), 4)
    }
    print(
        f"{len(sets)} sets, {len(labels)} rows ({sum(labels)} no event), "
        f"{len(names)} features, {len(kept)} kept",
        file=sys.stderr,
    )
    return {
        "about": "timeline.events.row_model: logistic regression over a sentence's dated rows "
        "(benchmarks/train_row_model.py)",
        "sets": list(sets),
        "C": c,
        "least": least,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(kept.items())),
    }


def _probability(model: dict[str, Any], features: dict[str, float]) -> float:
    from timeline.events.row_model import no_event_probability

    return no_event_probability(features, (model["weights"], model["intercept"]))


def held_out(
    rows: Sequence[Row],
    sets: Sequence[str],
    held_from: str,
    c: float,
    least: int,
    near: int | None = None,
    misdated: str = "keep",
) -> None:
    """Train on the sets before `held_from` (labelled by `labelled`) and print each
    threshold's drops on the rest: a sentence keeps its likeliest row, as `judged_rows` does.
    A drop is right when the row fits no gold event; of those, how many are misdated events
    (a gold date within `near`, or 31, days) is told apart. With `near`, the drops of the
    model beside the stop 40 one (trained on the same sets, dropping at `THRESHOLD`) are
    printed too, as `judged_rows` drops by both."""
    first = sets.index(held_from)
    before = [row for row in rows if sets.index(row["set"]) < first]
    held = [row for row in rows if sets.index(row["set"]) >= first]
    model = train(labelled(before, near, misdated), c, sets[:first], least)
    first_model = train(before, c, sets[:first], least) if near is not None else None
    by_sentence: dict[tuple[str, str, str], list[tuple[float, float, Row]]] = {}
    for row in held:
        key = (row["set"], row["article"], row["sentence"])
        alone = _probability(model, row["features"])
        stop40 = alone if first_model is None else _probability(first_model, row["features"])
        by_sentence.setdefault(key, []).append((alone, stop40, row))
    wrong = sum(row["no_event"] for row in held)
    told = 31 if near is None else near
    misdated_rows = sum(misdated_row(row, told) for row in held)
    print(
        f"held out: {len(held)} rows of {len(by_sentence)} sentences, {wrong} no event "
        f"({misdated_rows} of them misdated events)"
    )
    for threshold in THRESHOLDS:
        counts = {"alone": [0, 0, 0], "beside": [0, 0, 0]}  # right, misdated, wrong
        for scored in by_sentence.values():
            keep = min(range(len(scored)), key=lambda n: (scored[n][0], n))
            beside_keep = min(range(len(scored)), key=lambda n: (scored[n][1], n))
            for n, (probability, stop40, row) in enumerate(scored):
                dropped = {
                    "alone": n != keep and probability >= threshold,
                    "beside": n != beside_keep
                    and (probability >= threshold or stop40 >= THRESHOLD),
                }
                for way, drops in dropped.items():
                    if drops:
                        tally = counts[way]
                        if row["no_event"]:
                            tally[0] += 1
                            tally[1] += misdated_row(row, told)
                        else:
                            tally[2] += 1
        ways = ("alone", "beside") if first_model is not None else ("alone",)
        print(
            f"  threshold {threshold:.2f}: "
            + "; ".join(
                f"{way if first_model is not None else 'dropped'} {counts[way][0]} right "
                f"({counts[way][1]} misdated), {counts[way][2]} wrong "
                f"(net {counts[way][0] - counts[way][2]})"
                for way in ways
            )
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="set folders (articles/, gold/)")
    parser.add_argument(
        "--again", action="store_true", help="train on the sets the --out file lists"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--least", type=int, default=10, help="rows a feature needs to be kept")
    parser.add_argument("--dump", type=Path, help="write the rows read (JSON lines)")
    parser.add_argument("--rows", type=Path, help="read the rows from a --dump file")
    parser.add_argument("--held-from", help="train before this set, print the rest's drops")
    parser.add_argument(
        "--near", type=int, help="days within which a gold date makes a row a misdated event"
    )
    parser.add_argument(
        "--misdated",
        choices=("keep", "drop", "skip"),
        default="keep",
        help="the label of a misdated event (with --near): 0, 1, or left out",
    )
    args = parser.parse_args(argv)
    folders = [HERE / folder.name if not folder.exists() else folder for folder in args.folders]
    c, least, near, misdated = args.C, args.least, args.near, args.misdated
    if args.again:
        shipped_model = json.loads(args.out.read_text(encoding="utf-8"))
        folders += [HERE / str(name) for name in shipped_model["sets"]]
        c, least = float(shipped_model["C"]), int(shipped_model["least"])
        near, misdated = shipped_model.get("near"), shipped_model.get("misdated", "keep")
    if not folders:
        parser.error("give set folders, or --again")
    sets = [folder.name for folder in folders]
    if args.rows:
        lines = args.rows.read_text(encoding="utf-8").splitlines()
        rows = [row for row in map(json.loads, lines) if row["set"] in sets]
    else:
        rows = []
        for folder in folders:
            rows += set_rows(folder)
            print(f"{folder.name}: {len(rows)} rows", file=sys.stderr)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    if args.held_from:
        held_out(rows, sets, args.held_from, c, least, near, misdated)
        return 0
    shipped = args.out.read_text(encoding="utf-8") if args.again else None
    model = train(labelled(rows, near, misdated), c, sets, least)
    if near is not None:
        model.update(
            about="timeline.events.row_model: logistic regression over a sentence's dated rows, "
            f"a row no event when no gold date lies within {near} days "
            "(benchmarks/train_row_model.py --near)",
            near=near,
            misdated=misdated,
        )
    written = json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(written, encoding="utf-8")
    print(f"{args.out}: {args.out.stat().st_size} bytes", file=sys.stderr)
    if shipped is not None:
        same = written == shipped
        print("the same as the shipped file" if same else "NOT the shipped file", file=sys.stderr)
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
