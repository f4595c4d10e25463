"""Why a gold name the sentence writes is missing from its row: every `missing:in-sentence`
name of `verdict_kinds.py`, traced through the pipeline to one cause.

    python benchmarks/missing_names.py trace OUT SET...     # runs each set, OUT/SET.jsonl
    python benchmarks/missing_names.py tally OUT [--show CAUSE] [--n 20] [--detail]

`trace` runs each set again (`bench_outlets.run`, its publication dates given, as the
verdicts are written) under `dropped_names.traced`, which records what each stage of
`actors/ner.find_actors` and `events/build.build_events` holds, and also keeps the mentions
`find_actors` returns. The verdicts are made in the same run, so no earlier output is read.
Each missing name then takes the first cause that applies:

- `rows: STEP` the sentence's mentions hold the name and a step building its rows drops it
  (`sentence_actors` keeps the types a row takes, `veto_actors` is the learned veto, ...);
  `other row` another row of the sentence keeps it; `kept` the row's own names hold it (a
  merge across articles renamed it).
- `labelled: STAGE` the model labels its exact extent and a check of the span loop or a list
  step of `find_actors` drops or renames it (`dropped_names._where`).
- `under a longer mention` / `renamed` / `a piece found` / `overlapped` the final mentions
  hold a span over the name, the name's own span under another name, or only part of it.
- `model's span dropped` the model labels an extent overlapping the name, and no mention
  is left there.
- `never found` no mention and no model label touches it; `, lower case` when the sentence
  writes it without a capital.
- `not located` none of the gold's spellings is found in the sentence as written (points or
  spacing differ).

`tally` prints the causes with counts (`--detail` adds the type or stage of each), and
`--show CAUSE` lists names of the causes starting with CAUSE.

    >>> occurrence("Sales at Acme Corp. fell.", ["Acme Corp"])
    (9, 19)
    >>> occurrence("The acme plant", ["the Acme"]) is None
    False
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import bench_outlets
from benchmarks.dropped_names import ROW_STEPS, Tracer, _where, traced
from benchmarks.verdict_kinds import actor_kinds, normal_name
from timeline import pipeline
from timeline.actors.mention import ActorMention


def occurrence(sentence: str, spellings: Sequence[str]) -> tuple[int, int] | None:
    """The first (start, end) in `sentence` of one of `spellings`, case, points and spacing
    apart (a leading "the" is not part of it), or None."""
    for spelling in sorted(spellings, key=len, reverse=True):
        words = [w for w in re.sub(r"^the\s+", "", spelling.strip(), flags=re.I).split() if w]
        if not words:
            continue
        pattern = r"\s+".join(
            r"\.?".join(re.escape(c) for c in word.replace(".", "")) + r"\.?" for word in words
        )
        found = re.search(rf"(?<!\w){pattern}(?!\w)", sentence, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return None


def _shape(mentions: Sequence[ActorMention], start: int, end: int) -> tuple[str, str] | None:
    """The final mentions' relation to the name written at `start`..`end`, with a detail."""
    for m in mentions:
        if m.start <= start and end <= m.end and (m.start, m.end) != (start, end):
            return "under a longer mention", f"{m.type}: {m.name}"
    for m in mentions:
        if (m.start, m.end) == (start, end):
            return "renamed", f"{m.type}: {m.name}"
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside:
        return "a piece found", f"{inside[0].type}: {inside[0].name}"
    for m in mentions:
        if m.start < end and start < m.end:
            return "overlapped", f"{m.type}: {m.name}"
    return None


def trace_set(set_name: str) -> list[dict[str, Any]]:
    """One record per missing name of the set's rows: its cause and what the stages held."""
    folder = Path("benchmarks") / set_name
    golds = [bench_outlets.load_gold(p) for p in sorted((folder / "gold").glob("*.json"))]
    tracer = Tracer()
    found: dict[int, list[ActorMention]] = {}
    with traced(tracer):
        inner = pipeline.find_actors

        def find_actors(texts: Sequence[str], **kwargs: Any) -> Any:
            answer = inner(texts, **kwargs)
            for text, mentions in zip(texts, answer, strict=True):
                found[id(text)] = list(mentions)
            return answer

        pipeline.find_actors = find_actors  # type: ignore[attr-defined,assignment]
        total, _ = bench_outlets.run(golds, given=True, folder=folder)
    records: list[dict[str, Any]] = []
    for verdict in total.verdicts:
        missing = [name for kind, name in actor_kinds(verdict) if kind == "missing:in-sentence"]
        for spellings in verdict["gold_actors"]:
            if spellings[0] not in missing:
                continue
            cause, detail = _cause(tracer, found, verdict, spellings)
            records.append(
                {
                    "set": set_name,
                    "article": verdict["article"],
                    "name": spellings[0],
                    "cause": cause,
                    "detail": detail,
                    "sentence": verdict["sentence"],
                    "actors": verdict["actors"],
                    "gold": [s[0] for s in verdict["gold_actors"]],
                }
            )
    return records


def _cause(
    tracer: Tracer,
    found: dict[int, list[ActorMention]],
    verdict: dict[str, Any],
    spellings: list[str],
) -> tuple[str, str]:
    names = {normal_name(s) for s in spellings}
    sentence = " ".join(verdict["sentence"].split())
    if names & tracer.rows.get((sentence, "find_actors"), set()):
        return _rows(tracer, verdict, names, sentence), ""
    for text_id, context in tracer.contexts.items():
        collapsed, offsets = _collapsed(context)
        low = collapsed.find(sentence)
        if low < 0:
            continue
        written = context[offsets[low] : offsets[low + len(sentence) - 1] + 1]
        tracer.renamed_to = ""
        where = _where(tracer, {**verdict, "sentence": written}, spellings)
        if where is not None and where != "loop or list: not found":
            return f"labelled: {where}", tracer.renamed_to
        at = occurrence(sentence, spellings)
        if at is None:
            return "not located", ""
        start, end = offsets[low + at[0]], offsets[low + at[1] - 1] + 1
        shape = _shape(found.get(text_id, []), start, end)
        if shape is not None:
            return shape
        touched = [
            (s, e, label)
            for t, s, e, label in tracer.entities
            if t == text_id and s < end and start < e
        ]
        if touched:
            s, e, label = touched[0]
            reason = tracer.loop.get((text_id, s, e), "a list step")
            return "model's span dropped", f"{label} {context[s:e]!r}: {reason}"
        lower = not any(c.isupper() for c in context[start:end])
        return "never found" + (", lower case" if lower else ""), context[start:end]
    return "not located", "sentence"


def _rows(tracer: Tracer, verdict: dict[str, Any], names: set[str], sentence: str) -> str:
    for step in ROW_STEPS:
        held = tracer.rows.get((sentence, step))
        if held is not None and not names & held:
            return f"rows: {step}"
    kept = {normal_name(actor) for actor in verdict["actors"]}
    return "kept" if names & kept else "other row"


#: by the context itself, not its id: a text freed after its set's run may leave its id to another
_COLLAPSED: dict[str, tuple[str, list[int]]] = {}


def _collapsed(context: str) -> tuple[str, list[int]]:
    """`context` with its runs of white space made one space, and each character's offset."""
    key = context
    if key not in _COLLAPSED:
        chars: list[str] = []
        offsets: list[int] = []
        for index, char in enumerate(context):
            space = char.isspace()
            if space and (not chars or chars[-1] == " "):
                continue
            chars.append(" " if space else char)
            offsets.append(index)
        _COLLAPSED[key] = ("".join(chars), offsets)
    return _COLLAPSED[key]


#: The families the causes fall into, by the first words of a cause, in the tally's order.
FAMILIES = (
    ("never found, lower case", "a description: the spelling the sentence writes is lower case"),
    ("never found", "never found: no mention and no model label touches it"),
    ("model's span dropped", "never found: the model's span over it was dropped or cut"),
    ("a piece found", "cut: a mention holds a piece of it"),
    ("under a longer mention", "joined: a longer mention holds it"),
    ("overlapped", "joined: a mention overlaps it"),
    ("renamed", "renamed: its own span is named as another actor"),
    ("labelled: canonical: renamed", "renamed: its own span is named as another actor"),
    ("labelled: loop", "dropped: a check of the span loop"),
    ("labelled:", "dropped: a list step of find_actors"),
    ("rows: veto_actors", "dropped: the learned veto"),
    ("rows:", "dropped: a step building the rows"),
    ("other row", "another row of the sentence holds it"),
    ("kept", "another row of the sentence holds it"),
    ("not located", "not located"),
)


def family(cause: str) -> str:
    """The family of a cause (`FAMILIES`).

    >>> family("labelled: loop: clean_span: label"), family("rows: judged_rows")
    ('dropped: a check of the span loop', 'dropped: a step building the rows')
    """
    return next(name for start, name in FAMILIES if cause.startswith(start))


#: The shape of a name never found, by the word before it or its own letters.
_PLACE_WORDS = frozenset({"in", "at", "near", "to", "from", "of", "for", "and", "on", "into"})


def shape(sentence: str, name: str) -> str:
    """How a name never found is written: with a figure or "&", after "the", opening the
    sentence, one word after a preposition, one word elsewhere, several words.

    >>> shape("Boats sailed from Cobh.", "Cobh"), shape("The Dáil sat.", "Dáil")
    ('one word after a preposition', 'after the')
    """
    at = occurrence(sentence, [name])
    before = sentence[: at[0]].split() if at is not None else []
    word = before[-1].casefold() if before else ""
    if re.search(r"\d|&", name):
        return "with a figure or &"
    if word == "the":
        return "after the"
    if not before:
        return "opening the sentence"
    if " " not in name.strip():
        return "one word after a preposition" if word in _PLACE_WORDS else "one word elsewhere"
    return "several words"


def tally(folder: Path, shown: str | None, number: int, detail: bool) -> None:
    """Print the causes of the records in `folder` by family with counts (`detail`: each
    cause's types, stages or shapes), and examples of the causes starting with `shown`."""
    records = [
        json.loads(line)
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    causes = Counter(r["cause"] for r in records)
    families = Counter(family(r["cause"]) for r in records)
    print(f"{len(records)} missing names written in their sentence")
    for name, total in families.most_common():
        print(f"{total:6} {name}")
        for cause, count in causes.most_common():
            if family(cause) != name:
                continue
            print(f"{count:12} {cause}")
            if not detail:
                continue
            chosen = [r for r in records if r["cause"] == cause]
            kinds = Counter(
                shape(r["sentence"], r["detail"])
                if cause == "never found"
                else r["detail"].split(":")[0]
                for r in chosen
            )
            for kind, n in kinds.most_common(6):
                if kind:
                    print(f"{n:18} {kind}")
    if shown:
        chosen = [r for r in records if r["cause"].startswith(shown)]
        random.Random(1).shuffle(chosen)
        for r in chosen[:number]:
            print(f"\n[{r['set']}/{r['article']}] {r['name']} ({r['cause']}; {r['detail']})")
            print(f"  {r['sentence'][:300]}\n  row {r['actors']}  gold {r['gold']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("trace", help="trace the missing names of sets into OUT/SET.jsonl")
    run.add_argument("out", type=Path)
    run.add_argument("sets", nargs="+")
    count = commands.add_parser("tally", help="the causes of a folder of traces")
    count.add_argument("out", type=Path)
    count.add_argument("--show", default=None, help="list the names of causes starting so")
    count.add_argument("--n", type=int, default=20)
    count.add_argument("--detail", action="store_true", help="each cause by type or stage")
    args = parser.parse_args(argv)
    if args.command == "tally":
        tally(args.out, args.show, args.n, args.detail)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for set_name in args.sets:
        records = trace_set(set_name)
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (args.out / f"{set_name}.jsonl").write_text(lines, encoding="utf-8")
        print(f"{set_name}: {len(records)} names", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
