"""Train the learned furniture-line model (`timeline.furniture.learned`) on set folders with the
one training harness (`benchmarks/linear_training.py`) and write it as plain JSON (the
features' weights, pruned to the largest `--keep`, and the intercept; classes balanced). Needs
scikit-learn (`pip install -e .[train]`); the product never imports it.

Each line of an article (`line_units`, no longer than `LINE_CHARS`) is a row: furniture when
the set's gold furniture strings cover at least half of its non-space characters, its features
`timeline.furniture.learned.features` (the very code the product scores with).

    python benchmarks/train_furniture_model.py outlets outlets_fresh ... [--cache DIR] \\
        [--out timeline/data/furniture_model.json] [--C 3.0] [--keep 4000]

The shipped file is reproduced byte for byte (the features sorted by name, the solver
deterministic, the weights rounded) by training again on the sets and with the parameters it
lists; the command fails when the text it makes is not that file:

    python benchmarks/train_furniture_model.py --again
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training
from linear_training import Example, Labels, Params, Trainer

from timeline.furniture.learned import LINE_CHARS, MODEL_FILE, features, line_units


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


def examples(folder: Path) -> list[Example]:
    """The lines of every article of a set folder, each with its features and its label."""
    found: list[Example] = []
    for gold in linear_training.golds(folder):
        text = (folder / "articles" / gold.article).read_text(encoding="utf-8")
        mask = _gold_mask(text, list(gold.furniture))
        lines = line_units(text)
        for number, (start, end) in enumerate(lines):
            if end - start > LINE_CHARS:
                continue
            label = int(_covered(mask, text, start, end))
            found.append({"features": features(text, lines, number), "label": label})
    return found


def pairs(found: Sequence[Example], labels: Labels) -> tuple[list[dict[str, float]], list[int]]:
    """Each line's features and label (by the gold alone: `labels` is empty)."""
    return [line["features"] for line in found], [line["label"] for line in found]


TRAINER = Trainer(
    about="timeline.furniture.learned: logistic regression over line features "
    "(benchmarks/train_furniture_model.py)",
    out=linear_training.MODELS / MODEL_FILE,
    params=Params(3.0, balanced=True, keep=4000),
    collect=examples,
    pairs=pairs,
)


def train(folders: Sequence[Path], c: float, keep: int) -> dict[str, object]:
    """The model trained on `folders` with regularisation `c`, its `keep` largest weights: as
    its file's object (for `benchmarks/furniture_writer_order.py`)."""
    names = [folder.name for folder in folders]
    params = Params(c, balanced=True, keep=keep)
    by_set = linear_training.examples([str(folder) for folder in folders], examples, None)
    model = TRAINER.train(by_set, names, params)
    loaded: dict[str, object] = json.loads(linear_training.model_text("", names, params, model))
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = linear_training.arguments(__doc__.split("\n\n")[0], TRAINER)
    return linear_training.main(TRAINER, parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
