"""Entity timelines: the event table scored against SemEval-2015 Task 4 (tl-apple), beside the
naive pipeline, as ../shared/corpora/README.md describes.

    python benchmarks/bench_events.py [--misses] [--wrong] [--no-naive]

For each target entity, a user filters the table by that actor:
- an anchored gold event is *found* when a row has the same document, a sentence containing the
  gold sentence, and the entity among its actors; *dated* when the row's `date_start` agrees with
  the anchor on every part the anchor gives (`2008-03-XX` checks year and month);
- precision: rows naming the entity that match one of its anchored gold events with the right
  date, over all rows naming the entity; recall: anchored gold events found and dated, over all
  anchored gold events (gold events anchored `XXXX-XX-XX` are left out of both).

An actor names the entity when its canonical name is the entity's name or one of the spellings
in ENTITY_NAMES (case-insensitive); the naive pipeline's raw entity texts get the same mapping.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA
from benchmarks.naive import load_full_model, naive_rows
from timeline.documents import Document, read_documents
from timeline.pipeline import extract

#: Spellings that count as naming each gold entity (the gold's names are not always an
#: article's: "Beatles Apple Corps" is written "Apple Corps").
ENTITY_NAMES: dict[str, tuple[str, ...]] = {
    "Steve Jobs": ("Steve Jobs",),
    "Beatles Apple Corps": ("Apple Corps", "Apple Corps Ltd", "Apple Corps Ltd."),
    "iPhone 3G": ("iPhone 3G",),
    "iPhone 4": ("iPhone 4",),
    "iPod": ("iPod",),
    "iTunes store": ("iTunes Store", "iTunes", "iTunes Music Store"),
}
PRODUCTS = ("iPhone 3G", "iPhone 4", "iPod", "iTunes store")


@dataclass
class Score:
    rows: int = 0
    right_rows: int = 0
    gold: int = 0
    found: int = 0
    dated: int = 0

    def add(self, other: Score) -> None:
        self.rows += other.rows
        self.right_rows += other.right_rows
        self.gold += other.gold
        self.found += other.found
        self.dated += other.dated

    @property
    def precision(self) -> float:
        return self.right_rows / self.rows if self.rows else 0.0

    @property
    def recall(self) -> float:
        return self.dated / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _agrees(anchor: str, day: Any) -> bool:
    if day is None:
        return False
    parts = anchor.split("-")
    wanted = [int(p) if p.isdigit() else None for p in parts]
    actual = [day.year, day.month, day.day][: len(wanted)]
    return all(w is None or w == a for w, a in zip(wanted, actual, strict=True))


def _names(entity: str) -> set[str]:
    return {name.lower() for name in (entity, *ENTITY_NAMES.get(entity, ()))}


def score(
    rows: list[dict[str, Any]],
    timelines: list[dict[str, Any]],
    sentences: dict[str, list[list[int]]],
    misses: bool = False,
    wrong: bool = False,
) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for timeline in timelines:
        entity = timeline["entity"]
        names = _names(entity)
        naming = [r for r in rows if names & {a.lower() for a in r["actors"]}]
        gold = [e for e in timeline["events"] if not e["anchor"].startswith("XXXX")]
        result = Score(rows=len(naming), gold=len(gold))

        def contains(row: dict[str, Any], event: dict[str, Any]) -> bool:
            if event["doc"] not in sentences:
                return False  # one gold event names an article the file does not hold
            start, end = sentences[event["doc"]][event["sentence"]]
            return (
                row["doc_id"] == event["doc"]
                and row["sentence_start"] <= start
                and row["sentence_end"] >= end
            )

        for row in naming:
            if any(contains(row, e) and _agrees(e["anchor"], row["date_start"]) for e in gold):
                result.right_rows += 1
            elif wrong:
                here = [e for e in timeline["events"] if contains(row, e)]
                why = ", ".join(e["anchor"] for e in here) or "no gold event"
                where = f"{row['doc_id']}@{row['sentence_start']}"
                print(f"  wrong {entity}: {where} {row['date_start']} gold: {why}")
        for event in gold:
            matches = [r for r in naming if contains(r, event)]
            if matches:
                result.found += 1
            if any(_agrees(event["anchor"], r["date_start"]) for r in matches):
                result.dated += 1
            elif misses:
                got = [str(r["date_start"]) for r in matches] or ["not found"]
                print(f"  miss {entity}: {event['anchor']} {event['words']} got {got}")
        scores[entity] = result
    return scores


def _documents(corpora: Path) -> tuple[list[Document], dict[str, list[list[int]]]]:
    path = corpora / "tl-apple.docs.jsonl"
    documents, errors = read_documents([path])
    if errors:
        raise SystemExit(f"cannot read {path}: {errors[0]}")
    sentences = {
        record["id"]: record["sentences"]
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    return documents, sentences


def _table_rows(table: Any) -> list[dict[str, Any]]:
    return [
        {
            "doc_id": row.doc_id,
            "sentence_start": int(row.sentence_start),
            "sentence_end": int(row.sentence_end),
            "date_start": None
            if row.date_start is None or str(row.date_start) == "NaT"
            else row.date_start.date(),
            "actors": list(row.actors),
        }
        for row in table.itertuples(index=False)
    ]


def _print(title: str, scores: dict[str, Score], entities: Iterable[str]) -> Score:
    print(f"\n{title}")
    print(f"{'entity':<22}{'gold':>6}{'found':>7}{'dated':>7}{'rows':>6}{'P':>7}{'R':>7}{'F1':>7}")
    total = Score()
    for entity in entities:
        s = scores[entity]
        total.add(s)
        print(
            f"{entity:<22}{s.gold:>6}{s.found:>7}{s.dated:>7}{s.rows:>6}"
            f"{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
        )
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--misses", action="store_true", help="list the gold events missed")
    parser.add_argument("--wrong", action="store_true", help="list the rows that are not right")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive pipeline")
    args = parser.parse_args()
    documents, sentences = _documents(args.corpora)
    timelines = json.loads((args.corpora / "tl-apple.gold.json").read_text(encoding="utf-8"))
    entities = [t["entity"] for t in timelines]

    started = time.perf_counter()
    table = extract(documents, workers=1).table
    ours_seconds = time.perf_counter() - started
    ours = score(_table_rows(table), timelines, sentences, misses=args.misses, wrong=args.wrong)

    systems = [("timeline extract", ours, ours_seconds)]
    if not args.no_naive:
        nlp = load_full_model()
        started = time.perf_counter()
        rows = [row for doc in documents for row in naive_rows(doc, nlp)]
        naive_seconds = time.perf_counter() - started
        systems.append(("naive pipeline", score(rows, timelines, sentences), naive_seconds))

    print(f"{len(documents)} articles; {sum(s.gold for s in ours.values())} anchored gold events")
    for name, scores, seconds in systems:
        total = _print(f"{name} ({seconds:.1f} s)", scores, entities)
        actors = Score()
        for entity in entities:
            if entity not in PRODUCTS:
                actors.add(scores[entity])
        for label, s in (("all entities", total), ("actors only", actors)):
            print(
                f"{label:<22}{s.gold:>6}{s.found:>7}{s.dated:>7}{s.rows:>6}"
                f"{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            )


if __name__ == "__main__":
    main()
