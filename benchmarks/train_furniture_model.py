"""Train the learned furniture-line model (`timeline.furniture.learned`) on set folders and
write it as plain JSON (the features' weights, pruned to the largest `--keep`, and the
intercept). Needs scikit-learn (`pip install -e .[train]`); the product never imports it.

Each line of an article (`line_units`, no longer than `LINE_CHARS`) is a row: furniture when
the set's gold furniture strings cover at least half of its non-space characters, its features
`timeline.furniture.learned.features` (the very code the product scores with).

    python benchmarks/train_furniture_model.py benchmarks/outlets benchmarks/outlets_fresh ... \\
        [--out timeline/data/furniture_model.json] [--C 3.0] [--keep 4000]

The shipped file is reproduced byte for byte (the features sorted by name, the solver
deterministic, the weights rounded) by training again on the sets it lists:

    python benchmarks/train_furniture_model.py --again
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.furniture.learned import LINE_CHARS, features, line_units

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "timeline" / "data" / "furniture_model.json"


def _flexible(piece: str) -> re.Pattern[str]:
    """A gold string as a pattern that lets any run of white space stand for its spaces."""
    return re.compile(r"\s+".join(re.escape(word) for word in piece.split()))


def _gold_mask(text: str, pieces: list[str]) -> bytearray:
    """The characters of `text` inside one of the gold furniture strings (every occurrence)."""
    mask = bytearray(len(text))
    for piece in pieces:
        if not piece.strip():
            continue
        for match in _flexible(piece).finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return mask


def _covered(mask: bytearray, text: str, start: int, end: int) -> bool:
    """Whether half or more of the non-space characters of [start, end) are in `mask`."""
    places = [i for i in range(start, end) if not text[i].isspace()]
    return bool(places) and 2 * sum(mask[i] for i in places) >= len(places)


def rows(folder: Path) -> tuple[list[dict[str, float]], list[int]]:
    """The rows (features, label) of every article of a set folder."""
    found: list[dict[str, float]] = []
    labels: list[int] = []
    for path in sorted((folder / "articles").glob("*.txt")):
        gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        mask = _gold_mask(text, [str(piece) for piece in gold.get("furniture", [])])
        lines = line_units(text)
        for number, (start, end) in enumerate(lines):
            if end - start > LINE_CHARS:
                continue
            found.append(features(text, lines, number))
            labels.append(int(_covered(mask, text, start, end)))
    return found, labels


def train(folders: list[Path], c: float, keep: int) -> dict[str, Any]:
    """The model trained on `folders`: {"intercept", "weights"} (the `keep` largest weights)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    found: list[dict[str, float]] = []
    labels: list[int] = []
    for folder in folders:
        more, more_labels = rows(folder)
        found += more
        labels += more_labels
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(found)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=0)
    model.fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    weights = sorted(zip(names, model.coef_[0], strict=True), key=lambda nw: -abs(nw[1]))
    kept = {str(name): round(float(w), 4) for name, w in weights[:keep] if round(float(w), 4)}
    print(
        f"{len(folders)} sets, {len(labels)} lines ({sum(labels)} furniture), "
        f"{len(names)} features, {len(kept)} kept",
        file=sys.stderr,
    )
    return {
        "about": "timeline.furniture.learned: logistic regression over line features "
        "(benchmarks/train_furniture_model.py)",
        "sets": [folder.name for folder in folders],
        "C": c,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(kept.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="set folders (articles/, gold/)")
    parser.add_argument(
        "--again", action="store_true", help="train on the sets the --out file lists"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, default=3.0, help="inverse regularisation strength")
    parser.add_argument("--keep", type=int, default=4000, help="the largest weights kept")
    args = parser.parse_args(argv)
    folders = list(args.folders)
    if args.again:
        listed = json.loads(args.out.read_text(encoding="utf-8"))["sets"]
        folders += [Path(__file__).resolve().parent / str(name) for name in listed]
    if not folders:
        parser.error("give set folders, or --again")
    model = train(folders, args.C, args.keep)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{args.out}: {args.out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
