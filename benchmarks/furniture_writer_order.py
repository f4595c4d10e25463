"""Judge the learned furniture-line model by writer order: train it on the earlier sets, run the
real pipeline (`bench_outlets`) on later sets it never saw, with the rules alone (`--rules`), the
shipped model (`--model timeline/data/furniture_model.json`) or one trained here (`--train`).

    python benchmarks/furniture_writer_order.py --out /tmp/wo --train benchmarks/outlets ... \\
        --test benchmarks/outlets_fresh61 ...

Writes `OUT/SET.txt` (the `bench_outlets --errors` report) and `OUT/SET.jsonl` (its verdicts) for
each test set, and prints, over the test sets, what the model's lines are: gold furniture, a
line holding the start of a gold event (content blanked, the worst error) or neither.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_outlets
import train_furniture_model

from timeline.furniture import furniture
from timeline.furniture import learned as learned_module
from timeline.furniture import story as story_module


def _use_model(model: dict[str, Any] | None, threshold: float) -> None:
    """Make the pipeline's story furniture read `model` at `threshold` (None: the rules alone)."""
    if model is None:
        story_module.learned_furniture = lambda text, taken: []  # type: ignore[assignment]
        return
    weights = {str(key): float(value) for key, value in model["weights"].items()}
    learned_module._model = lambda: (weights, float(model["intercept"]))  # type: ignore[assignment]
    learned_module._weights.cache_clear()
    story_module.learned_furniture = partial(learned_module.learned_furniture, threshold=threshold)


def _located(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Where each gold string is in `text` (any run of white space for its spaces)."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        if piece.strip():
            pattern = re.compile(r"\s+".join(re.escape(word) for word in piece.split()))
            spans += [(match.start(), match.end()) for match in pattern.finditer(text)]
    return spans


def _audit(folders: list[Path]) -> dict[str, list[str]]:
    """The model's lines in the test articles by what they are: furniture, content blanked (a
    gold event's start inside), other."""
    found: dict[str, list[str]] = {"furniture": [], "content": [], "other": []}
    for folder in folders:
        for path in sorted((folder / "articles").glob("*.txt")):
            gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            text = path.read_text(encoding="utf-8")
            mask = train_furniture_model._gold_mask(text, list(gold.get("furniture", [])))
            starts = _located(text, [str(event["starts"]) for event in gold["events"]])
            for piece in story_module.learned_furniture(text, furniture(text)):
                shown = f"{folder.name}/{path.stem}: {text[piece.start : piece.end].strip()!r}"
                if any(a < piece.end and piece.start < b for a, b in starts):
                    found["content"].append(shown)
                elif train_furniture_model._covered(mask, text, piece.start, piece.end):
                    found["furniture"].append(shown)
                else:
                    found["other"].append(shown)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--test", nargs="+", type=Path, required=True, help="later set folders")
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--rules", action="store_true", help="the rules alone")
    choice.add_argument("--model", type=Path, help="a model's JSON")
    choice.add_argument("--train", nargs="+", type=Path, help="earlier set folders to train on")
    parser.add_argument("--threshold", type=float, default=learned_module.THRESHOLD)
    parser.add_argument("--C", type=float, default=3.0)
    parser.add_argument("--keep", type=int, default=4000)
    parser.add_argument("--no-bench", action="store_true", help="the audit of the lines only")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    model: dict[str, Any] | None = None
    if args.model:
        model = json.loads(args.model.read_text(encoding="utf-8"))
    elif args.train:
        model = train_furniture_model.train(args.train, args.C, args.keep)
        (args.out / "model.json").write_text(json.dumps(model) + "\n", encoding="utf-8")
    _use_model(model, args.threshold)
    if model is not None:
        audit = _audit(args.test)
        with (args.out / "audit.txt").open("w", encoding="utf-8") as handle:
            for kind, shown in audit.items():
                handle.write(f"== {kind} ({len(shown)})\n" + "".join(f"{s}\n" for s in shown))
        print(" ".join(f"{kind} {len(shown)}" for kind, shown in audit.items()), file=sys.stderr)
    if args.no_bench:
        return 0
    for folder in args.test:
        verdicts = args.out / f"{folder.name}.jsonl"
        report = (args.out / f"{folder.name}.txt").open("w", encoding="utf-8")
        with report, contextlib.redirect_stdout(report):
            bench_outlets.main(["--errors", "--folder", str(folder), "--verdicts", str(verdicts)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
