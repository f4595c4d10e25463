"""Actor extraction against MEANTIME's gold entity mentions, and its throughput.

    python benchmarks/bench_actors.py [--misses]

Which gold mentions count: named PER, ORG and LOC mentions, i.e. those whose text holds a
capitalised word that is not a pronoun, a determiner or the first word of a sentence-initial
common noun phrase ("The company", "He" and "its" are left out; "Apple", "Steve Jobs" and
"the United States" are in). PRO (products), FIN and MIX mentions are left out.

System mentions: person -> PER, organisation and group -> ORG, country and location -> LOC
(products are left out, as in the gold); by the same rule as the gold, a mention written "It"
or "the company" (an anaphor that takes the name it stands for) is left out.

- mention P/R/F1, relaxed (extents overlap, one-to-one) and strict (same extent), with and
  without the type having to agree;
- one name per actor: for each gold entity (instance) with two or more matched mentions, whether
  all of them got the same canonical name;
- throughput: documents per second of `find_actors` (NER only, focused text, canonical names)
  against plain `spacy.load("en_core_web_sm")` (the full pipeline) over the same documents in
  the same run, models loaded before the clock starts; and how often the focused text gives
  the same entities as the whole text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA
from benchmarks.naive import load_full_model
from timeline.actors import find_actors, load_model

GOLD_TYPES = {"PER", "ORG", "LOC"}
SYSTEM_TYPES = {
    "person": "PER",
    "organisation": "ORG",
    "group": "ORG",
    "country": "LOC",
    "location": "LOC",
}
NOT_NAMES = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "him",
        "them",
        "us",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "company",
        "firm",
    ]
)


def is_named(text: str) -> bool:
    """A gold mention counts when a capitalised word in it is not a pronoun or determiner."""
    return any(w[:1].isupper() and w.lower() not in NOT_NAMES for w in text.split())


def _match(
    system: list[tuple[int, int, str]],
    gold: list[tuple[int, int, str]],
    *,
    strict: bool,
    typed: bool,
) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index), greedily by largest overlap."""
    pairs: list[tuple[int, int, int]] = []
    for i, (s_start, s_end, s_type) in enumerate(system):
        for j, (g_start, g_end, g_type) in enumerate(gold):
            if typed and s_type != g_type:
                continue
            if strict and (s_start, s_end) != (g_start, g_end):
                continue
            overlap = min(s_end, g_end) - max(s_start, g_start)
            if overlap > 0:
                pairs.append((overlap, i, j))
    used_s: set[int] = set()
    used_g: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def _prf(tp: int, system: int, gold: int) -> str:
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:>7.3f}{r:>7.3f}{f:>7.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    records = [
        json.loads(line)
        for line in (args.corpora / "meantime-apple.jsonl").read_text("utf-8").splitlines()
    ]
    texts = [r["text"] for r in records]

    nlp = load_model()
    full = load_full_model()
    # one warm-up document each, so neither side pays first-call costs inside the clock
    find_actors(texts[:1], nlp=nlp)
    list(full.pipe(texts[:1]))
    started = time.perf_counter()
    found = find_actors(texts, nlp=nlp)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    plain = list(full.pipe(texts))
    plain_seconds = time.perf_counter() - started
    whole = find_actors(texts, nlp=nlp, focus=False)

    counts: dict[str, int] = defaultdict(int)
    consistent = instances = 0
    for record, mentions in zip(records, found, strict=True):
        gold = [
            (g["start"], g["end"], g["type"], g["instance"])
            for g in record["entities"]
            if g["type"] in GOLD_TYPES and is_named(g["text"])
        ]
        system = [
            (m.start, m.end, SYSTEM_TYPES[m.type], m.name)
            for m in mentions
            if m.type in SYSTEM_TYPES and is_named(record["text"][m.start : m.end])
        ]
        counts["gold"] += len(gold)
        counts["system"] += len(system)
        for strict in (False, True):
            for typed in (False, True):
                pairs = _match(
                    [s[:3] for s in system], [g[:3] for g in gold], strict=strict, typed=typed
                )
                counts[f"{'strict' if strict else 'relaxed'}-{'typed' if typed else 'any'}"] += len(
                    pairs
                )
        pairs = _match([s[:3] for s in system], [g[:3] for g in gold], strict=False, typed=False)
        names_by_instance: dict[str, set[str]] = defaultdict(set)
        hits_by_instance: dict[str, int] = defaultdict(int)
        for i, j in pairs:
            names_by_instance[gold[j][3]].add(system[i][3])
            hits_by_instance[gold[j][3]] += 1
        for instance, hits in hits_by_instance.items():
            if hits >= 2:
                instances += 1
                consistent += len(names_by_instance[instance]) == 1
                if args.misses and len(names_by_instance[instance]) > 1:
                    print(f"  split {instance}: {sorted(names_by_instance[instance])}")
        if args.misses:
            matched = {j for _, j in pairs}
            for j, g in enumerate(gold):
                if j not in matched:
                    print(f"  miss {g[2]} {record['text'][g[0] : g[1]]!r} ({record['id'][:30]})")

    same = total = 0
    for focused, unfocused in zip(found, whole, strict=True):
        a = {(m.start, m.end, m.name) for m in focused}
        b = {(m.start, m.end, m.name) for m in unfocused}
        same += len(a & b)
        total += len(a | b)

    print(
        f"{len(records)} documents; {counts['gold']} named gold mentions; "
        f"{counts['system']} system mentions"
    )
    print(f"{'match':<18}{'P':>7}{'R':>7}{'F1':>7}")
    for key in ("relaxed-any", "relaxed-typed", "strict-any", "strict-typed"):
        print(f"{key:<18}{_prf(counts[key], counts['system'], counts['gold'])}")
    print(
        f"one name per actor: {consistent}/{instances} gold entities with 2+ matched mentions "
        f"({consistent / max(instances, 1):.1%})"
    )
    print(f"focused text gives the same mentions as the whole text: {same / max(total, 1):.1%}")
    print(
        f"throughput: find_actors {len(texts) / ours_seconds:.1f} docs/s, "
        f"plain en_core_web_sm {len(texts) / plain_seconds:.1f} docs/s, "
        f"ratio {plain_seconds / ours_seconds:.1f}x ({len(plain)} docs)"
    )


if __name__ == "__main__":
    main()
