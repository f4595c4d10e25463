"""Temporal tagging scored against the gold corpora, beside plain dateparser.search_dates.

    python benchmarks/bench_temporal.py [--corpora DIR] [--misses [--scope]] [--limit N]

For every corpus file whose documents carry gold ``timexes`` (meantime-apple, wikiwars-train),
runs the engine through the same code path as ``timeline tag`` (``timeline.cli.tag_record``:
publication date from the ``dct`` as metadata, else inferred, then ``tag``) and scores it the
TempEval-3 way the corpora README describes:

* relaxed: a system expression matches a gold one when their extents overlap (one-to-one);
* strict: identical extents;
* type / value: F1 over relaxed matches whose type (value) is also equal. Values are compared
  as exact strings, with no normalisation. WikiWars has no types, so type F1 is n/a there;
* system hits inside ``dct_span`` (the dateline) are neither right nor wrong: they are dropped.

MEANTIME's annotators covered only the headline, the dateline and the first four sentences of
the body of each article (every gold timex sits there; later dates are unannotated, so correct
hits there count as false positives). The first row per corpus is the README's scoring over the
whole text; the row marked "(scope)" scores only inside that annotated stretch, for both
systems. The scope is computed from the text alone (the product's sentence splitter), never
from the gold: ``annotated_scope`` says how it was checked.

The baseline is dateparser.search_dates with RELATIVE_BASE = dct, languages=['en'], every hit
typed DATE with value YYYY-MM-DD. Both run in the same invocation on the same documents, and
both are timed (documents per second, and the ratio).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dateparser.search import search_dates

from timeline.published import resolve_published
from timeline.sentences import split_sentences
from timeline.temporal import tag

try:  # the `timeline tag` code path, when the CLI module is importable
    from timeline.cli import tag_record
except ImportError:  # pragma: no cover - the same two calls, in process

    def tag_record(record: dict[str, Any]) -> dict[str, Any]:
        published = resolve_published(record["text"], record.get("published"))
        timexes = tag(record["text"], published.date)
        return {"timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value} for t in timexes]}  # fmt: skip


CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

Span = dict[str, Any]


@dataclass
class Score:
    """Counts for one system on one corpus."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_: int = 0
    value: int = 0
    typed: bool = True
    misses: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def engine(document: dict[str, Any]) -> list[Span]:
    record = {"id": document["id"], "text": document["text"], "published": document.get("dct")}
    result: list[Span] = tag_record(record)["timexes"]
    return result


def baseline(document: dict[str, Any]) -> list[Span]:
    text: str = document["text"]
    settings: dict[str, Any] = {}
    # the same reference date the engine gets ("03-02-2009" is read as the text dates it)
    published = resolve_published(text, document.get("dct")).date
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)  # noqa: DTZ001
    found = search_dates(text, languages=["en"], settings=settings) or []
    spans: list[Span] = []
    cursor = 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        cursor = start + len(substring)
        spans.append(
            {
                "start": start,
                "end": start + len(substring),
                "text": substring,
                "type": "DATE",
                "value": moment.date().isoformat(),
            }
        )
    return spans


#: MEANTIME annotated the headline, the dateline and the first four sentences of the body
ANNOTATED_SENTENCES = 6


def annotated_scope(document: dict[str, Any]) -> int:
    """End offset of the stretch a MEANTIME-style corpus annotated (whole text otherwise).

    MEANTIME's annotators covered six sentences of MEANTIME's own split: the headline, the
    dateline and the first four sentences of the body. That is where its gold stops in every
    article: every gold timex is inside, and its entity mentions, which the annotators marked
    densely (one to nineteen per sentence) in that stretch, drop to the few re-mentions of the
    corpus's target entities from the fifth body sentence on. MEANTIME's tokeniser does not end
    a sentence at an abbreviation ("the officer of Apple Inc. Steve Jobs has died" is one
    sentence), so the count uses the product's abbreviation-aware splitter; a plain
    ``[.!?] + capital`` split cuts there and puts the scope a sentence short or long.
    """
    text: str = document["text"]
    if "entities" not in document:  # only MEANTIME limits its annotation
        return len(text)
    sentences = split_sentences(text)
    if len(sentences) <= ANNOTATED_SENTENCES:
        return len(text)
    return sentences[ANNOTATED_SENTENCES].start


def overlaps(a: Span, b: Span) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def score_document(
    document: dict[str, Any], system: list[Span], score: Score, *, scoped: bool = False
) -> None:
    if scoped:
        limit = annotated_scope(document)
        system = [s for s in system if s["start"] < limit]
        document = {**document, "timexes": [g for g in document["timexes"] if g["start"] < limit]}
    dct_span = document.get("dct_span")
    if dct_span:
        outside = {"start": dct_span[0], "end": dct_span[1]}
        system = [s for s in system if not overlaps(s, outside)]
        gold = [g for g in document["timexes"] if not overlaps(g, outside)]
    else:
        gold = list(document["timexes"])
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for g in gold:
        best = None
        best_overlap = 0
        for index, s in enumerate(system):
            if index in used or not overlaps(g, s):
                continue
            common = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if (s["start"], s["end"]) == (g["start"], g["end"]):
                common = 10**9
            if common > best_overlap:
                best, best_overlap = index, common
        if best is None:
            score.misses.append(
                f"  MISSED  {document['id'][:28]:28} {g['text']!r:40} {g.get('type')} {g['value']}"
            )
            continue
        used.add(best)
        s = system[best]
        score.relaxed += 1
        score.strict += (s["start"], s["end"]) == (g["start"], g["end"])
        score.type_ += s["type"] == g.get("type")
        if s["value"] == g["value"]:
            score.value += 1
        else:
            score.misses.append(
                f"  VALUE   {document['id'][:28]:28} {g['text']!r:40} gold {g.get('type')} "
                f"{g['value']} ({g.get('mod')})  got {s['text']!r} {s['type']} {s['value']}"
            )
    for index, s in enumerate(system):
        if index not in used:
            context = document["text"][max(0, s["start"] - 25) : s["end"] + 15].replace("\n", " ")
            score.misses.append(
                f"  EXTRA   {document['id'][:28]:28} {s['text']!r:40} {s['type']} {s['value']}"
                f"   ...{context}..."
            )


def run(
    documents: list[dict[str, Any]], system: Callable[[dict[str, Any]], list[Span]]
) -> tuple[Score, Score, float, int]:
    """Score (whole text), score (annotated scope), seconds spent in ``system``, documents."""
    system({"id": "warm-up", "text": "Talks ended on Monday, October 23, 2023.", "dct": None})
    score, scoped = Score(), Score()
    elapsed = 0.0
    count = 0
    for document in documents:
        began = time.perf_counter()
        spans = system(document)
        elapsed += time.perf_counter() - began
        count += 1
        score_document(document, spans, score)
        score_document(document, spans, scoped, scoped=True)
        if any(g.get("type") is None for g in document["timexes"]):
            score.typed = scoped.typed = False
    return score, scoped, elapsed, count


def row(name: str, score: Score, elapsed: float, count: int) -> str:
    cells = []
    for hits, applicable in (
        (score.relaxed, True),
        (score.strict, True),
        (score.type_, score.typed),
        (score.value, True),
    ):
        if applicable:
            precision, recall, f1 = score.prf(hits)
            cells.append(f"{precision:5.3f} {recall:5.3f} {f1:5.3f}")
        else:
            cells.append(f"{'n/a':>17}")
    rate = count / elapsed if elapsed else float("inf")
    return f"{name:14} " + " | ".join(cells) + f" | {rate:9.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--misses", action="store_true", help="list misses and extra hits")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--no-baseline", action="store_true", help="skip search_dates")
    parser.add_argument("--scope", action="store_true", help="list misses in the scope only")
    args = parser.parse_args()

    header = (
        f"{'system':14} {'relaxed P R F1':>17} | {'strict P R F1':>17} | {'type P R F1':>17} | "
        f"{'value P R F1':>17} | {'docs/s':>9}"
    )
    for path in sorted(args.corpora.glob("*.jsonl")):
        documents = load(path)
        if not documents or "timexes" not in documents[0]:
            continue
        if args.limit:
            documents = documents[: args.limit]
        gold_count = sum(len(d["timexes"]) for d in documents)
        print(f"\n{path.name}: {len(documents)} documents, {gold_count} gold timexes")
        print(header)
        scope_differs = any(annotated_scope(d) < len(d["text"]) for d in documents)
        ours, ours_scoped, our_time, count = run(documents, engine)
        print(row("timeline", ours, our_time, count))
        if scope_differs:
            print(row("  (scope)", ours_scoped, our_time, count))
        if not args.no_baseline:
            theirs, theirs_scoped, their_time, _ = run(documents, baseline)
            print(row("search_dates", theirs, their_time, count))
            if scope_differs:
                print(row("  (scope)", theirs_scoped, their_time, count))
            ratio = their_time / our_time if our_time else float("inf")
            print(f"throughput: timeline is {ratio:.1f}x search_dates on these documents")
        if args.misses:
            print("\n".join((ours_scoped if args.scope else ours).misses))


if __name__ == "__main__":
    main()
