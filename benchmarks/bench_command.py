"""Whole-command throughput: `timeline extract` as a user runs it (process start, imports,
model loading, reading the files, writing the table) against the naive script run the same
way, on the same files, in the same run.

    python benchmarks/bench_command.py                      # 255 real articles, 3 rounds
    python benchmarks/bench_command.py --articles 10000 --no-naive   # steady state (long)
    python benchmarks/bench_command.py --cluster             # also --cluster local vs local
    python benchmarks/bench_command.py --baseline /tmp/main  # also another checkout's command

The articles (`benchmarks/articles.py`: MEANTIME news and WikiWars pieces) are written as a
folder of JSON files, one per article; past the real ones they repeat under new ids. Each
round runs both commands as subprocesses, one after the other, from an empty working folder;
every figure is articles per second of wall-clock time, and each ratio is within one round.
Before the rounds, each checkout's package is compiled to bytecode (as `pip install` leaves
an installed package, and as the naive script's libraries are), so that neither side pays for
compiling its modules on every start where the environment sets PYTHONDONTWRITEBYTECODE.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA, load_articles

ROOT = Path(__file__).resolve().parent.parent


def write_articles(folder: Path, count: int, corpora: Path) -> int:
    """Write `count` articles (0: the real ones, once) as JSON files; return how many."""
    documents = load_articles(corpora)
    count = count or len(documents)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        doc = documents[number % len(documents)]
        round_ = number // len(documents)
        record = {
            "id": doc.id if round_ == 0 else f"{doc.id}-r{round_}",
            "title": doc.title,
            "url": doc.url,
            "published": doc.published_given,
            "text": doc.text,
        }
        (folder / f"{number:06d}.json").write_text(json.dumps(record), encoding="utf-8")
    return count


def timed(command: list[str], workdir: Path, code: Path = ROOT) -> float:
    """Seconds of wall-clock time the command takes, with the package of `code`; it must
    succeed."""
    environment = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    subprocess.run(command, cwd=workdir, env=environment, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def compile_package(code: Path) -> None:
    """Write the bytecode of `code`'s `timeline` package (an installed package has it)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(code / "timeline")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--articles", type=int, default=0, help="how many (default: 255 real)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="timeline's --workers (default)")
    parser.add_argument("--no-naive", action="store_true", help="timeline only (steady state)")
    parser.add_argument("--cluster", action="store_true", help="--cluster local vs local pool")
    parser.add_argument(
        "--baseline", type=Path, help="a checkout whose `timeline extract` runs too (before/after)"
    )
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-command-") as scratch:
        folder = Path(scratch) / "articles"
        workdir = Path(scratch) / "work"
        workdir.mkdir()
        count = write_articles(folder, args.articles, args.corpora)
        workers = ["--workers", str(args.workers)] if args.workers else []
        ours = [python, "-m", "timeline", "extract", str(folder), "-o", "events.csv", "-q"]
        commands = {"timeline extract": [*ours, *workers]}
        if not args.no_naive:
            commands["naive script"] = [
                python,
                str(ROOT / "benchmarks" / "naive.py"),
                str(folder),
                "-o",
                "naive.csv",
            ]
        if args.cluster:
            commands["timeline extract --cluster local"] = [
                *ours,
                "--cluster",
                "local",
                "--workers",
                str(args.workers or 2),
            ]
        code = dict.fromkeys(commands, ROOT)
        if args.baseline:
            commands["baseline timeline extract"] = commands["timeline extract"]
            code["baseline timeline extract"] = args.baseline.resolve()
        for checkout in set(code.values()):
            compile_package(checkout)
        print(f"{count} articles, {args.rounds} rounds, cores: {os.cpu_count()}")
        seconds: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(1, args.rounds + 1):
            for name, command in commands.items():
                seconds[name].append(timed(command, workdir, code[name]))
            rates = {name: count / times[-1] for name, times in seconds.items()}
            figures = ", ".join(f"{name} {rate:.1f}/s" for name, rate in rates.items())
            print(f"round {round_}: {figures}", flush=True)
        print(f"{'command':<36}{'median s':>10}{'articles/s':>12}")
        for name, times in seconds.items():
            median = statistics.median(times)
            print(f"{name:<36}{median:>10.2f}{count / median:>12.1f}")
        first = "timeline extract"
        for other in (name for name in commands if name != first):
            ratios = [b / a for a, b in zip(seconds[first], seconds[other], strict=True)]
            listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
            print(
                f"`{first}` does {listed} (median {statistics.median(ratios):.2f}) x the "
                f"articles per second of `{other}`, round by round"
            )


if __name__ == "__main__":
    main()
