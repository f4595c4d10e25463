"""Invented `bench_outlets.py --verdicts` rows and the folder of one invented set they make,
for the tests of the benchmarks that tally verdicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def verdict(sentence: str, actors: list[tuple[str, str]], gold: list[list[str]]) -> dict[str, Any]:
    """One row of the invented article: its (name, type) actors and the gold's spellings."""
    return {
        "article": "01_invented.txt",
        "sentence": sentence,
        "actors": [name for name, _ in actors],
        "actor_types": [kind for _, kind in actors],
        "gold_actors": gold,
        "wrong": [] if len(gold) == len(actors) else ["actors"],
    }


def verdict_folder(folder: Path, verdicts: list[dict[str, Any]]) -> Path:
    """`folder` holding `verdicts` as the verdict file of one invented set."""
    lines = "\n".join(json.dumps(row) for row in verdicts)
    (folder / "outlets_invented.jsonl").write_text(lines + "\n", encoding="utf-8")
    return folder
