"""Where a worker's CPU goes, stage by stage, and where the command's goes, process by process,
on the texts `bench_command.py` runs (prints figures; not a test).

    python benchmarks/bench_stages.py                       # one worker's stages, 3 rounds
    python benchmarks/bench_stages.py --baseline /tmp/main  # the same, another checkout too
    python benchmarks/bench_stages.py --command             # the command's processes, one run

The stages: a process set up as the command's workers are (`timeline.worker_stages` and
`timeline.preload`: the models loaded, the warm-up read) reads the bench's 255 texts chunk by
chunk as a worker does (`pipeline._worker_chunk`), with a CPU timer (`time.process_time`) on
each stage's function: dating, the reading up to the models (its story, expressions, sentences,
event sentences), the actors (the NER model, then the rules over its spans: `clean_span`, one
canonical name per actor), the tagger, the events. CPU, not wall time: the machine is shared.
Each round is a fresh process; with `--baseline`, the two checkouts alternate, first and last in
turn.

The command: one `timeline extract` of the 255 texts as a user runs it, each of its processes'
CPU (user and system, from `/proc`) sampled every 20 ms: the command itself (its imports, the
read-ahead while its workers start, the table), the server its workers fork from, the workers.
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
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: (module, function, stage): the functions timed, as the worker calls them (a function a
#: checkout lacks is left out). Nested stages are timed inside their parents.
STAGES = (
    ("timeline.pipeline", "date_documents", "dating"),
    ("timeline.reading", "without_story_furniture", "reading: story furniture"),
    ("timeline.reading", "tag", "reading: temporal expressions"),
    ("timeline.reading", "split_sentences", "reading: sentences"),
    ("timeline.reading", "document_event_sentences", "reading: event sentences"),
    ("timeline.pipeline", "find_actors", "actors"),
    ("timeline.actors.ner", "_entities", "actors: NER model"),
    ("timeline.actors.ner", "clean_span", "actors: clean_span"),
    ("timeline.actors.ner", "canonical", "actors: canonical names"),
    ("timeline.pipeline", "whole_and_opening_predicates", "tagger"),
    ("timeline.pipeline", "build_events", "events"),
)


def _timed(spent: dict[str, float], function: Callable[..., Any], stage: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - started

    return wrapper


def stage_seconds() -> dict[str, float]:
    """One worker's CPU by stage over the bench's texts, in this process (its `timeline` the
    one on `PYTHONPATH`)."""
    import importlib

    import timeline.preload
    import timeline.worker_stages  # noqa: F401  (as the workers' server does)
    from benchmarks.articles import load_articles
    from timeline import pipeline
    from timeline.chunks import chunks_of

    spent: dict[str, float] = defaultdict(float)
    for module_name, name, stage in STAGES:
        module = importlib.import_module(module_name)
        if hasattr(module, name):
            setattr(module, name, _timed(spent, getattr(module, name), stage))
    chunks = chunks_of(load_articles())
    started = time.process_time()
    for chunk in chunks:
        pipeline._worker_chunk(list(chunk))
    spent["whole worker"] = time.process_time() - started
    reading = ("story furniture", "temporal expressions", "sentences", "event sentences")
    spent["reading (the four above)"] = sum(spent[f"reading: {part}"] for part in reading)
    return dict(spent)


def _child(code: Path) -> dict[str, float]:
    environment = {**os.environ, "PYTHONPATH": str(code), "OPENBLAS_NUM_THREADS": "1"}
    # this file's code, with `timeline` (and the texts) of `code`: run from there
    script = (
        "import importlib.util, json; "
        f"spec = importlib.util.spec_from_file_location('bench_stages', {__file__!r}); "
        "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module); "
        "print(json.dumps(module.stage_seconds()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=code,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def stages(rounds: int, baseline: Path | None) -> None:
    """Print each stage's median CPU over `rounds` fresh processes (and the baseline's)."""
    checkouts = {"this checkout": ROOT, **({"baseline": baseline.resolve()} if baseline else {})}
    figures: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    for round_ in range(1, rounds + 1):
        # in turn first and last (A B, B A, ...): a load that rises or falls through a round
        # weighs on both
        order = list(checkouts.items())
        for name, code in order if round_ % 2 else order[::-1]:
            figures[name].append(_child(code))
        totals = ", ".join(
            f"{name} {runs[-1]['whole worker']:.2f} s" for name, runs in figures.items()
        )
        print(f"round {round_}: {totals}", flush=True)
    names = list(checkouts)
    order = [stage for _, _, stage in STAGES] + ["reading (the four above)", "whole worker"]
    print(f"{'stage (CPU s, median)':<34}" + "".join(f"{name:>16}" for name in names))
    for stage in order:
        medians = [statistics.median(run.get(stage, 0.0) for run in figures[n]) for n in names]
        whole = [statistics.median(run["whole worker"] for run in figures[n]) for n in names]
        cells = "".join(
            f"{m:>9.3f} ({100 * m / w:>3.0f}%)" for m, w in zip(medians, whole, strict=True)
        )
        print(f"{stage:<34}{cells}")
    if baseline:
        ratios = [
            b["whole worker"] / a["whole worker"]
            for a, b in zip(figures["this checkout"], figures["baseline"], strict=True)
        ]
        listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
        print(f"the baseline's worker CPU over this checkout's, round by round: {listed}")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(n) for n in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def _role(pid: int, command_pid: int, parents: dict[int, int]) -> str:
    if pid == command_pid:
        return "the command"
    if parents.get(pid) != command_pid:
        return "a worker"
    has_children = any(parent == pid for parent in parents.values())
    return "the workers' server" if has_children else "a helper process"


def command() -> None:
    """Print the CPU of each process of one `timeline extract` run of the bench's texts."""
    from benchmarks.articles import CORPORA
    from benchmarks.bench_command import compile_package, write_articles

    compile_package(ROOT)
    tick = os.sysconf("SC_CLK_TCK")
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as scratch:
        folder = Path(scratch) / "articles"
        count = write_articles(folder, 0, CORPORA)
        environment = {**os.environ, "PYTHONPATH": str(ROOT)}
        arguments = ["-m", "timeline", "extract", str(folder), "-o", "events.csv", "-q"]
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, *arguments], cwd=scratch, env=environment)
        seen: dict[int, tuple[float, float, float]] = {}
        parents: dict[int, int] = {}
        while process.poll() is None:
            now = time.perf_counter() - started
            pending = [process.pid]
            while pending:
                pid = pending.pop()
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                cpu = (int(fields[11]) + int(fields[12])) / tick
                parents[pid] = int(fields[1])
                first = seen.get(pid, (now, now, 0.0))[0]
                seen[pid] = (first, now, cpu)
                pending += _children(pid)
            time.sleep(0.02)
        wall = time.perf_counter() - started
    print(f"{count} articles, wall {wall:.2f} s, load {os.getloadavg()[0]:.1f}")
    total = 0.0
    for pid, (first, last, cpu) in sorted(seen.items(), key=lambda item: item[1][0]):
        role = _role(pid, process.pid, parents)
        print(f"{role:<22} pid {pid:>7}: from {first:5.2f} s to {last:5.2f} s, CPU {cpu:5.2f} s")
        total += cpu
    print(f"every process: CPU {total:.2f} s ({total / wall:.2f} cores busy)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout, alternating")
    parser.add_argument("--command", action="store_true", help="the command's processes")
    args = parser.parse_args()
    if args.command:
        command()
    else:
        stages(args.rounds, args.baseline)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
