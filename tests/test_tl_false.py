"""The false positives of the entity timelines (`benchmarks/tl_false.py`): each (row, target
entity) pair sorted by the gold's kind, the row's kind and its cause. An invented corpus of one
article and an invented table."""

from __future__ import annotations

import doctest
import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks import tl_false
from benchmarks.tl_kinds import CORPORA, Timelines

TEXT = (
    "Brindle Mills cuts jobs\n"
    "Port Ellery, May 3, 2024\n"
    "Brindle Mills said on Friday that it would close its Ellery plant in 2026.\n"
    "Ana Roe, a manager at Brindle Mills, resigned last week.\n"
    "Brindle Mills opened the plant in 1998.\n"
)


def _sentences(text: str) -> list[list[int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line:
            spans.append([start, start + len(line)])
        start += len(line) + 1
    return spans


def _corpus(folder: Path) -> Path:
    doc = {"id": "d1", "title": "", "published": "2024-05-03", "url": "", "text": TEXT}
    doc["sentences"] = _sentences(TEXT)
    (folder / "tl-mills.docs.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    events = [
        {"doc": "d1", "sentence": 2, "anchor": "2024-05-03", "words": ["said"]},
        {"doc": "d1", "sentence": 4, "anchor": "XXXX-XX-XX", "words": ["opened"]},
    ]
    gold = [{"entity": "Brindle Mills", "events": events}]
    (folder / "tl-mills.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "tl-mills.aliases.json").write_text(json.dumps({}), encoding="utf-8")
    shutil.copy(CORPORA / "score_timelines.py", folder / "score_timelines.py")
    return folder


def _row(sentence: int, day: str, action: str, anchor: str = "explicit") -> dict[str, Any]:
    start, end = _sentences(TEXT)[sentence]
    return {
        "doc_id": "d1",
        "published": "2024-05-03",
        "date_start": day,
        "anchor": anchor,
        "action": action,
        "date_reason": "",
        "sentence": TEXT[start:end],
        "actors": "Brindle Mills",
    }


class _Parse:
    """A stand-in for spaCy: every mention is read as the subject of its sentence."""

    def __call__(self, text: str) -> Any:
        return text


def test_doctests() -> None:
    assert doctest.testmod(tl_false).failed == 0


def test_pairs_sorted_by_gold_row_and_cause(tmp_path: Path, monkeypatch: Any) -> None:
    tl = Timelines(_corpus(tmp_path), "mills")
    table = pd.DataFrame(
        [
            _row(2, "2024-05-03", "say"),  # right: the statement on its day
            _row(2, "2026-01-01", "close"),  # the forecast of the same sentence
            _row(3, "2024-04-26", "resign"),  # the employer of the one who resigned
            _row(4, "1998-01-01", "open"),  # the gold holds it with no date
        ]
    )
    monkeypatch.setattr(tl_false, "role_of", lambda parsed, a, b: "subject")
    pairs = tl_false.table_pairs(tl, "mills", table, _Parse())
    kinds = [(p.index, p.gold, p.row, p.cause) for p in pairs]
    assert kinds == [
        (0, "right", "statement", ""),
        (1, "misdated", "second row", "statement day"),
        (2, "no gold event", "background", "unannotated event"),
        (3, "gold XXXX", "background", "unanchored"),
    ]
    dropped = tl_false.without(table, [p for p in pairs if p.gold != "right"])
    assert list(dropped["actors"]) == ["Brindle Mills", "", "", ""]
    assert tl.score(dropped).startswith("P=1.000 R=1.000")


def test_cause_order() -> None:
    # a name that is not the participant goes first, whatever else is wrong with the pair
    assert tl_false.cause("gold XXXX", "preposition", "forecast", [], "2024-05-03") == (
        "not a participant"
    )
    assert tl_false.cause("gold XXXX", "subject", "forecast", [], "2024-05-03") == "forecast"
    assert tl_false.cause("another entity", "object", "report", [], "2024-05-03") == (
        "another event"
    )
    assert tl_false.cause("right", "possessive", "report", [], "2024-05-03") == (
        "not a participant"
    )
    assert tl_false.cause("right", "subject", "report", [], "2024-05-03") == ""
