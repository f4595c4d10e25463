"""A folder of bad inputs beside good ones, through `timeline extract` as a user runs it.

    python benchmarks/bench_bad_inputs.py [--tiny 10000]

Builds the folder of `tests/bad_inputs.py` (empty, whitespace, binary, Latin-1, UTF-16 with and
without BOM, a 58 MB file, a 5 MB single line, 100,000 numbers, malformed JSON Lines and CSV,
hostile HTML, formula cells, link loops, 10,000 tiny files), runs the command on both cores,
and prints the wall time (process start and model loading included), the exit status, the
messages, and whether every bad input was named once.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.bad_inputs import make_folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", type=int, default=10_000, help="tiny files in the folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = make_folder(Path(temporary) / "in", tiny_files=args.tiny)
        out = Path(temporary) / "events.csv"
        command = [sys.executable, "-m", "timeline", "extract", str(folder.root), "-o", str(out)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        messages = done.stderr.splitlines()
        named = all(sum(str(path) in line for line in messages) == 1 for path in folder.bad)
        rows = len(out.read_text(encoding="utf-8").splitlines()) - 1 if out.exists() else 0
    for line in messages:
        print(f"  {line.replace(temporary, '...')}")
    print(f"inputs: {len(folder.good)} good files, {folder.tiny} tiny ones, {len(folder.bad)} bad")
    print(f"wall time {seconds:.1f} s, exit status {done.returncode}, {rows} rows written")
    print(f"every bad input named exactly once: {named}")


if __name__ == "__main__":
    main()
