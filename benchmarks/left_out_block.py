"""What each learned model owes to having seen a block of sets: every model trained again
without the block (the sets, parameters and labelling its file lists, less the block's sets),
one model at a time and then all of them together, and the product run on the block with each
such copy beside the shipped models. The drop when the block leaves the training is the part
of the block's score the models make by having seen its sets (in-sample fit), the part of the
held-out gap they would explain.

    python benchmarks/left_out_block.py --block outlets_fresh91 outlets_fresh120 \\
        --cache DIR --work DIR [--models row nonevent fallback actor furniture] \\
        [--base OUT] [--jobs 2]

`--without FIRST LAST` leaves those sets out of the training instead and judges on the block,
a learning curve: the models of the sets up to outlets_fresh60 and up to outlets_fresh90,
both judged on outlets_fresh121..150 that neither saw, tell whether more sets help
(`--together`: only the variant of all the models retrained together):

    python benchmarks/left_out_block.py --block outlets_fresh121 outlets_fresh150 \\
        --without outlets_fresh61 outlets_fresh120 --cache DIR --work DIR --together

`--cache DIR` keeps each model's examples (`DIR/<model file stem>/SET.jsonl`, as the training
scripts' `--cache`); `--work DIR` gets one copy of the code per variant (`timeline/`, `data/`,
`benchmarks/*.py`) with its retrained model files, and the product's outputs on the block
(`DIR/VARIANT/out/SET.txt`, as `bench_outlets.py --errors` prints them). `--base OUT` reads the
shipped models' outputs from a folder of such files instead of running them again. A model whose
file lists no set of the block is left out (its drop is nil by construction). `--skip-run`
writes the copies and stops. It prints, for each variant, the block's dated rows right, rows
with exactly the right actors, rows and actors from furniture, gold events missed and other
rows, and the change from the shipped models.

`--rows` judges instead, in seconds, the examples the cache holds of the block (no product
run): the row models' drops right and wrong (`train_row_model.drops`, the non-event model beside
the shipped row model, at the product's thresholds) and the rows whose actors the veto makes
exact (`actor_veto_order.tally`), by the shipped model and by the one trained without the
block. The fallback model is off in the product (`fallback_model.THRESHOLD` None) and the
furniture model reads lines, not rows: product runs only.

Only training and the product: nothing under `timeline/data/` of this checkout is written.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linear_training
from linear_training import Trainer

from timeline.linear_models import Model, shipped_model

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def trainers() -> dict[str, Trainer]:
    """The learned models by short name (each script's `Trainer`; importing them loads the
    pipeline)."""
    import train_actor_model
    import train_fallback_model
    import train_furniture_model
    import train_row_model

    return {
        "row": train_row_model.TRAINER,
        "nonevent": train_row_model.NONEVENT_TRAINER,
        "fallback": train_fallback_model.TRAINER,
        "actor": train_actor_model.TRAINER,
        "furniture": train_furniture_model.TRAINER,
    }


def block_sets(first: str, last: str) -> list[str]:
    """The sets from `first` to `last` in writer order, by set number.

    >>> block_sets("outlets_fresh9", "outlets_fresh11")
    ['outlets_fresh9', 'outlets_fresh10', 'outlets_fresh11']
    """
    low, high = linear_training.set_number(first), linear_training.set_number(last)
    names = ["outlets", "outlets_fresh"] + [f"outlets_fresh{n}" for n in range(2, high + 1)]
    return [name for name in names if low <= linear_training.set_number(name) <= high]


def without_block(trainer: Trainer, block: Sequence[str], cache: Path) -> str | None:
    """The text of `trainer`'s model file trained again on the sets its file lists less
    `block` (its parameters and labelling), or None when its file lists no set of `block`."""
    listed, params, labels = linear_training.shipped(trainer.out)
    kept = [name for name in listed if name not in block]
    if len(kept) == len(listed):
        return None
    by_set = linear_training.examples(kept, trainer.collect, cache / trainer.out.stem)
    model = trainer.train(by_set, kept, params, labels)
    return linear_training.model_text(trainer.about, kept, params, model, labels)


def judged_rows(
    name: str, trainer: Trainer, block: Sequence[str], cache: Path, model: Model
) -> str:
    """What model `name` (a row model or the actor veto) does to the block's cached examples."""
    import actor_veto_order
    import train_row_model

    from timeline.events import actor_veto, row_model

    rows = [
        e for es in linear_training.examples(block, trainer.collect, cache).values() for e in es
    ]
    if name == "actor":
        found = actor_veto_order.tally(rows, model, actor_veto.THRESHOLD)
        return f"rows exact {found['veto']} of {found['rows']} (+{found['right']}-{found['wrong']})"
    if name == "row":
        right, misdated, wrong = train_row_model.drops(rows, model, row_model.THRESHOLD)
    else:
        beside = shipped_model(row_model.MODEL_FILE)
        found_drops = train_row_model.drops(rows, model, row_model.NONEVENT_THRESHOLD, beside)
        right, misdated, wrong = found_drops
    return f"dropped {right} right ({misdated} misdated), {wrong} wrong (net {right - wrong})"


def rows_report(
    names: Sequence[str], block: Sequence[str], left_out: Sequence[str], cache: Path
) -> None:
    """`--rows`: each row model's and the veto's figures on the block's cached examples, shipped
    and trained without `left_out`."""
    known = trainers()
    for name in names:
        if name not in ("row", "nonevent", "actor"):
            print(f"  {name}: product runs only")
            continue
        trainer = known[name]
        listed, params, labels = linear_training.shipped(trainer.out)
        kept = [s for s in listed if s not in left_out]
        folder = cache / trainer.out.stem
        without = trainer.train(
            linear_training.examples(kept, trainer.collect, folder), kept, params, labels
        )
        shipped = shipped_model(trainer.out.name)
        for label, model in (
            (f"shipped ({len(listed)} sets)", shipped),
            (f"without ({len(kept)} sets)", without),
        ):
            print(f"  {name:10} {label}: {judged_rows(name, trainer, block, folder, model)}")


def code_copy(folder: Path, models: dict[str, str]) -> Path:
    """A copy of this checkout's code in `folder` (the package, its data, the benchmark
    scripts) with the model files `models` (file name to text) written in it."""
    if folder.exists():
        shutil.rmtree(folder)
    ignored = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "timeline", folder / "timeline", ignore=ignored)
    shutil.copytree(REPO / "data", folder / "data", ignore=ignored)
    (folder / "benchmarks").mkdir()
    for script in HERE.glob("*.py"):
        shutil.copy2(script, folder / "benchmarks" / script.name)
    for name, text in models.items():
        (folder / "timeline" / "data" / name).write_text(text, encoding="utf-8")
    return folder


def run_block(code: Path, block: Sequence[str], out: Path, jobs: int) -> None:
    """`bench_outlets.py --errors` of the copy `code` on each set of `block`, into
    `out/SET.txt`."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(code)}
    script = code / "benchmarks" / "bench_outlets.py"

    def one(name: str) -> None:
        folder = linear_training.set_folder(name)
        with (out / f"{name}.txt").open("w", encoding="utf-8") as text:
            command = [sys.executable, str(script), "--folder", str(folder), "--errors"]
            subprocess.run(command, cwd=code, env=env, stdout=text, check=True)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, block))


@dataclass(slots=True)
class Totals:
    """A block's figures with the publication date given, summed over its sets."""

    dated: int = 0
    dated_of: int = 0
    exact: int = 0
    exact_of: int = 0
    furniture_rows: int = 0
    furniture_actors: int = 0
    missed: int = 0
    other: int = 0

    def add(self, text: str) -> None:
        """Add one set's `bench_outlets.py` output (its part with the date given)."""
        given = text.partition("== publication date not given ==")[0]
        for pattern, names in _SUMMARY:
            found = re.search(pattern, given)
            if found is None:
                raise ValueError(f"no line {pattern!r} in the output")
            for name, value in zip(names, found.groups(), strict=True):
                setattr(self, name, getattr(self, name) + int(value))

    def line(self, base: Totals | None = None) -> str:
        """The figures, with the change from `base` when given."""
        dated = 100 * self.dated / max(1, self.dated_of)
        exact = 100 * self.exact / max(1, self.exact_of)
        text = (
            f"dated {self.dated}/{self.dated_of} {dated:.2f}%  exact actors "
            f"{self.exact}/{self.exact_of} {exact:.2f}%  furniture {self.furniture_rows}"
            f"+{self.furniture_actors}  missed {self.missed}  other {self.other}"
        )
        if base is None:
            return text
        change = {f.name: getattr(self, f.name) - getattr(base, f.name) for f in fields(self)}
        base_dated = 100 * base.dated / max(1, base.dated_of)
        base_exact = 100 * base.exact / max(1, base.exact_of)
        return (
            f"{text}  | change: dated {dated - base_dated:+.2f} ({change['dated']:+d} rows), "
            f"exact {exact - base_exact:+.2f} ({change['exact']:+d}), furniture "
            f"{change['furniture_rows']:+d}+{change['furniture_actors']:+d}, missed "
            f"{change['missed']:+d}, other {change['other']:+d}"
        )


_SUMMARY = (
    (r"dated rows right: (\d+)/(\d+)", ("dated", "dated_of")),
    (r"exactly the right actors: (\d+)/(\d+)", ("exact", "exact_of")),
    (
        r"rows from furniture: (\d+); actors from furniture: (\d+)",
        ("furniture_rows", "furniture_actors"),
    ),
    (r"gold events missed: (\d+)/\d+; other rows: (\d+)", ("missed", "other")),
)


def totals(out: Path, block: Sequence[str]) -> Totals:
    """The block's figures summed from `out/SET.txt`."""
    found = Totals()
    for name in block:
        found.add((out / f"{name}.txt").read_text(encoding="utf-8"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--block", nargs=2, required=True, metavar=("FIRST", "LAST"))
    parser.add_argument(
        "--without", nargs=2, metavar=("FIRST", "LAST"), help="left out of training (the block)"
    )
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument(
        "--models", nargs="+", default=["row", "nonevent", "fallback", "actor", "furniture"]
    )
    parser.add_argument("--base", type=Path, help="the shipped models' outputs on the block")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-run", action="store_true", help="write the copies only")
    parser.add_argument("--together", action="store_true", help="all models together only")
    parser.add_argument("--rows", action="store_true", help="judge the cached examples only")
    args = parser.parse_args(argv)
    block = block_sets(*args.block)
    left_out = block_sets(*args.without) if args.without else block
    if args.rows:
        print(f"block {block[0]}..{block[-1]}, trained without {left_out[0]}..{left_out[-1]}")
        rows_report(args.models, block, left_out, args.cache)
        return 0
    known = trainers()
    retrained: dict[str, tuple[str, str]] = {}
    for name in args.models:
        text = without_block(known[name], left_out, args.cache)
        if text is None:
            print(f"{name}: its file lists no set left out; not retrained", file=sys.stderr)
            continue
        retrained[name] = (known[name].out.name, text)
    variants = {} if args.together else {name: dict([pair]) for name, pair in retrained.items()}
    if len(retrained) > 1 or args.together:
        variants["all"] = dict(retrained.values())
    base = args.base
    if base is None:
        base = args.work / "shipped" / "out"
        if not args.skip_run:
            run_block(code_copy(args.work / "shipped", {}), block, base, args.jobs)
    for variant, models in variants.items():
        code = code_copy(args.work / variant, models)
        if not args.skip_run:
            run_block(code, block, code / "out", args.jobs)
    if args.skip_run:
        return 0
    shipped = totals(base, block)
    print(
        f"block {block[0]}..{block[-1]} ({len(block)} sets), trained without "
        f"{left_out[0]}..{left_out[-1]}"
    )
    print(f"  {'shipped':10} {shipped.line()}")
    for variant in variants:
        print(f"  {variant:10} {totals(args.work / variant / 'out', block).line(shipped)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
