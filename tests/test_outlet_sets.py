"""The outlet benchmark sets (`benchmarks/outlets*/`) are well formed: every gold file loads,
names an article of its set, and quotes only text that article holds, so that a set written by
a new writer is measured on what it says (the pipeline is not run here; `bench_outlets.py` is
the measurement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_outlets import load_gold

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = sorted(path for path in BENCHMARKS.glob("outlets*") if (path / "gold").is_dir())


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def test_there_are_sets() -> None:
    assert len(SETS) >= 40


@pytest.mark.parametrize("folder", SETS, ids=[path.name for path in SETS])
def test_a_set_is_well_formed(folder: Path) -> None:
    articles = {path.name for path in (folder / "articles").glob("*.txt")}
    golds = sorted((folder / "gold").glob("*.json"))
    assert (folder / "README.md").is_file(), "every set says what it is and who wrote it"
    assert golds and len(golds) == len(articles), "one gold file per article"
    # a second, independent annotation of some articles (`benchmarks/gold_agreement.py`)
    seconds = sorted((folder / "second").glob("*.json"))
    assert {p.name for p in seconds} <= {p.name for p in golds}, "a second of a first"
    for path in golds + seconds:
        gold = load_gold(path)
        assert gold.article in articles, f"{path.name} names no article of its set"
        text = _collapsed((folder / "articles" / gold.article).read_text(encoding="utf-8"))
        assert gold.events, f"{path.name} has no events"
        for event in gold.events:
            assert event.starts and event.starts in text, f"{path.name}: «{event.starts}»"
            assert event.dates, f"{path.name}: «{event.starts}» has no date, not even null"
        for piece in gold.furniture:
            assert _collapsed(piece) in text, f"{path.name}: furniture «{piece[:40]}»"
