"""Count the wrong rows of `bench_outlets.py --verdicts` files by kind, and compare two runs.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/verdict_kinds.py actors runs/a [--show missing:in-sentence] [--n 40]
    python benchmarks/verdict_kinds.py dates runs/a [--show second-row]
    python benchmarks/verdict_kinds.py diff runs/a runs/b
    python benchmarks/verdict_kinds.py sources runs/a

`actors` splits each row with wrong actors into gold actors missing from it (`missing:in-
sentence` when the sentence writes one of the gold's spellings, else `missing:not-written`: a
pronoun or a description) and names the row has that the gold does not (`extra:TYPE`).
`dates` splits the rows with a wrong date: a second row of a sentence that has a right one,
a row without a day where the gold has one, a day where the gold has none, the wrong
precision, and the wrong day of the right precision, each by the `date_reason` family.
`diff` prints the rows whose verdict changed between two runs (a folder of verdict files
each, one per set, named by the set).
`sources` splits the dated rows, and the wrong ones, by where the date came from (written in
the sentence, or a fallback: inherited from an earlier sentence or the publication day) and by
whether the sentence has one row or more: the wrong fallback rows and second rows are where
the golds of different writers' conventions part.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

Verdict = dict[str, Any]


def normal_name(name: str) -> str:
    """A name as `bench_outlets.py` compares it: case, points, "the" and spacing do not count."""
    text = " ".join(name.replace("’", "'").replace(".", "").lower().split())
    return text.removeprefix("the ")


def load(folder: Path) -> dict[str, list[Verdict]]:
    """The verdicts of each set in `folder` (one JSON Lines file per set)."""
    return {
        path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(folder.glob("*.jsonl"))
    }


def actor_kinds(verdict: Verdict) -> list[tuple[str, str]]:
    """(kind, name) for each actor error of one row."""
    if "actors" not in verdict["wrong"]:
        return []
    types = verdict["actor_types"] or [""] * len(verdict["actors"])
    got = {
        normal_name(name): (name, kind) for name, kind in zip(verdict["actors"], types, strict=True)
    }
    sentence = normal_name(verdict["sentence"])
    matched: set[str] = set()
    errors: list[tuple[str, str]] = []
    for spellings in verdict["gold_actors"]:
        names = {normal_name(spelling) for spelling in spellings}
        if names & got.keys():
            matched |= names & got.keys()
            continue
        written = any(name in sentence for name in names)
        errors.append(("missing:in-sentence" if written else "missing:not-written", spellings[0]))
    errors += [(f"extra:{kind}", name) for key, (name, kind) in got.items() if key not in matched]
    return errors


def date_kind(verdict: Verdict, siblings: list[Verdict]) -> str | None:
    """The kind of a row's date error, or None when its date is right."""
    if "date" not in verdict["wrong"]:
        return None
    reason = verdict["date_reason"] or ""
    family = (
        "inherited"
        if reason.startswith("inherited")
        else "undated-sentence"
        if reason.startswith("no date")
        else "own-expression"
        if reason.startswith("'")
        else "other"
    )
    if any("date" not in other["wrong"] for other in siblings if other is not verdict):
        return "second-row"
    gold = " ".join(verdict["gold_dates"])
    if verdict["date_value"] is None:
        return f"no-day-but-gold-has-one/{family}"
    if gold in ("", "None", "no day"):
        return f"day-but-gold-has-none/{family}"
    if verdict["granularity"] and verdict["granularity"] not in gold:
        return f"precision/{family}"
    return f"wrong-day/{family}"


def show(examples: list[tuple[str, str, Verdict]], count: int) -> None:
    random.Random(1).shuffle(examples)
    for set_name, what, verdict in examples[:count]:
        print(f"\n[{set_name}/{verdict['article']}] {what}\n  {verdict['sentence'][:300]}")
        print(f"  row {verdict['date_value']} {verdict['actors']}  reason {verdict['date_reason']}")
        print(f"  gold {verdict['gold_dates']} {[s[0] for s in verdict['gold_actors']]}")


def count(folder: Path, which: str, shown: str | None, number: int) -> None:
    kinds: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str, Verdict]]] = defaultdict(list)
    for set_name, verdicts in load(folder).items():
        by_sentence: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
        for verdict in verdicts:
            by_sentence[verdict["article"], verdict["sentence"]].append(verdict)
        for verdict in verdicts:
            if which == "actors":
                found = actor_kinds(verdict)
            else:
                siblings = by_sentence[verdict["article"], verdict["sentence"]]
                kind = date_kind(verdict, siblings)
                found = [] if kind is None else [(kind, str(verdict["date_value"]))]
            for kind, what in found:
                kinds[kind] += 1
                examples[kind].append((set_name, what, verdict))
    for kind, total in kinds.most_common():
        print(f"{total:6} {kind}")
    if shown:
        show(
            [e for kind, items in examples.items() if kind.startswith(shown) for e in items], number
        )


def sources(folder: Path) -> None:
    """Print dated rows and wrong ones by the date's source and the sentence's number of rows."""
    dated: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for verdicts in load(folder).values():
        rows: Counter[tuple[str, str]] = Counter(
            (verdict["article"], verdict["sentence"]) for verdict in verdicts
        )
        for verdict in verdicts:
            if verdict["date_value"] is None:
                continue
            reason = verdict["date_reason"] or ""
            source = "fallback" if reason.startswith(("inherited", "no date")) else "own date"
            alone = rows[verdict["article"], verdict["sentence"]] == 1
            shape = "one row" if alone else "second row"
            dated[f"{shape}, {source}"] += 1
            wrong[f"{shape}, {source}"] += "date" in verdict["wrong"]
    print(f"dated rows {sum(dated.values())}, wrong {sum(wrong.values())}")
    for kind in sorted(dated):
        print(f"{wrong[kind]:6} wrong of {dated[kind]:5}  {kind}")


def _key(set_name: str, verdict: Verdict) -> tuple[str, ...]:
    gold = (json.dumps(verdict["gold_actors"]), json.dumps(verdict["gold_dates"]))
    return (set_name, verdict["article"], verdict["sentence"], *gold)


def diff(before: Path, after: Path) -> None:
    """Print the rows whose verdicts changed, and how many got better or worse."""
    rows: dict[tuple[str, ...], tuple[list[Verdict], list[Verdict]]] = defaultdict(lambda: ([], []))
    for side, folder in enumerate((before, after)):
        for set_name, verdicts in load(folder).items():
            for verdict in verdicts:
                rows[_key(set_name, verdict)][side].append(verdict)
    better = worse = 0
    for key in sorted(rows):
        old, new = rows[key]
        wrong_old = sorted(len(v["wrong"]) for v in old)
        wrong_new = sorted(len(v["wrong"]) for v in new)
        if sorted(map(str, (v["wrong"] for v in old))) == sorted(
            map(str, (v["wrong"] for v in new))
        ):
            continue
        better += sum(wrong_old) > sum(wrong_new)
        worse += sum(wrong_old) < sum(wrong_new)
        print(f"\n{key[0]}/{key[1]}: {key[2][:200]}")
        for sign, verdicts in (("-", old), ("+", new)):
            for v in verdicts:
                print(f"  {sign} {v['wrong']} {v['date_value']} {v['granularity']} {v['actors']}")
        print(f"    gold {key[4]} {[s[0] for s in json.loads(key[3])]}")
    print(f"\n{better} sentences with fewer errors, {worse} with more")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("actors", "dates"):
        sub = commands.add_parser(name, help=f"count the {name} errors by kind")
        sub.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
        sub.add_argument("--show", help="print examples of the kinds that start with this")
        sub.add_argument("--n", type=int, default=30, help="how many examples")
    compare = commands.add_parser("diff", help="the rows whose verdicts changed")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    by_source = commands.add_parser("sources", help="dated and wrong rows by the date's source")
    by_source.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        diff(args.before, args.after)
    elif args.command == "sources":
        sources(args.folder)
    else:
        count(args.folder, args.command, args.show, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
