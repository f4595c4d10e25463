"""Both sides of a date's direction: which way the golds point a bare weekday, a year-less date
or a bare quarter, by the tense cue the product read.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/date_direction.py runs/a [--show weekday:past] [--n 20]

A weekday ("on Friday"), a month or day written without a year ("in March", "on 2 April") and
a quarter without its year ("the fourth quarter") are counted from the publication day, back or
ahead as the tense of their clause says (`temporal.tense.tense_around`; its cue is in the
row's `date_reason`: "and the sentence's past tense"). For each such row, dated from the
publication day and with no relation word of its own ("last", "next", "this"), this script
names the kind, the cue (past, future, present, none) and where the gold puts the expression:
`back` (a gold interval of the row's length ends before the news day), `ahead` (one starts after
it), `same` (it holds the news day), `both`, or `elsewhere` (no gold of that length within a
year: the row dates something else). A rule that reads a kind's cue otherwise needs the golds
on its side in four rows of five (docs/conventions.md); the table shows how often the cue the
product reads is right already.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.date_causes import (
    SETS,
    Interval,
    cause_of,
    gold_intervals,
    published_days,
    row_interval,
)
from benchmarks.verdict_kinds import Verdict, load

#: The causes (`date_causes.cause_of`) whose direction the tense decides, by a short name.
KINDS = {"weekday's direction": "weekday", "yearless date's year": "yearless", "quarter": "quarter"}
#: Words that give a direction of their own ("last Friday", "next March", "this quarter").
_RELATION_RE = re.compile(r"(?i)\b(?:last|next|this|that|following|previous|coming|past)\b")
_CUE_RE = re.compile(r"sentence's (\w+) tense")
_BARE_QUARTER_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:first|second|third|fourth|[1-4](?:st|nd|rd|th))\s"
)


def side(interval: Interval, published: date) -> str:
    """Where an interval lies from the news day: "back", "same" (it holds the day), "ahead".

    >>> day = date(2024, 3, 12)
    >>> side((date(2024, 3, 8), date(2024, 3, 8), "day"), day)
    'back'
    >>> side((date(2024, 3, 1), date(2024, 3, 31), "month"), day)
    'same'
    """
    if interval[1] < published:
        return "back"
    return "ahead" if interval[0] > published else "same"


def gold_side(verdict: Verdict, row: Interval, published: date) -> str:
    """Where the gold puts the row's expression: the sides of its intervals as long as the row's
    and within a year of it, "both" when they are on both, "elsewhere" when there are none.

    >>> row = (date(2024, 3, 8), date(2024, 3, 8), "day")
    >>> gold_side({"gold_dates": ["2024-03-15..2024-03-15 (day)"]}, row, date(2024, 3, 12))
    'ahead'
    >>> gold_side({"gold_dates": ["2024-01-01..2024-12-31 (year)"]}, row, date(2024, 3, 12))
    'elsewhere'
    """
    length = row[1] - row[0]
    found = {
        side(gold, published)
        for gold in gold_intervals(verdict)
        if gold is not None
        and abs((gold[1] - gold[0]) - length) <= timedelta(days=3)
        and abs(gold[0] - row[0]) <= timedelta(days=366)
    }
    if not found:
        return "elsewhere"
    if {"back", "ahead"} <= found:
        return "both"
    return (found - {"same"} or found).pop()


def direction_rows(folder: Path, sets: Path) -> list[tuple[str, str, str, str, str, Verdict]]:
    """(kind, cue, the row's side, the gold's side, set, verdict) of every row whose direction
    the tense decided."""
    rows = []
    for set_name, verdicts in load(folder).items():
        days = published_days(sets, set_name)
        for verdict in verdicts:
            reason = verdict["date_reason"] or ""
            if not reason.startswith("'") or "the publication day" not in reason:
                continue
            kind = KINDS.get(cause_of(reason))
            written = reason.split("'")[1]
            if kind is None or _RELATION_RE.search(written):
                continue
            if kind == "quarter" and not _BARE_QUARTER_RE.match(written):
                continue
            published = days.get(Path(verdict["article"]).stem)
            row = row_interval(verdict)
            if published is None or row is None:
                continue
            cue = _CUE_RE.search(reason)
            rows.append(
                (
                    kind,
                    cue[1] if cue else "none",
                    side(row, published),
                    gold_side(verdict, row, published),
                    set_name,
                    verdict,
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--sets", type=Path, default=SETS, help="the folder of the outlet sets")
    parser.add_argument("--show", help="KIND:CUE: print its rows whose gold is on another side")
    parser.add_argument("--n", type=int, default=20, help="how many examples")
    args = parser.parse_args(argv)
    rows = direction_rows(args.folder, args.sets)
    table: Counter[tuple[str, str, str]] = Counter()
    for kind, cue, row_side, gold, _, _ in rows:
        table[kind, cue, "rows"] += 1
        table[kind, cue, "gold " + gold] += 1
        table[kind, cue, "row " + row_side] += 1
    print("kind      cue      rows | row back same ahead | gold back same ahead both elsewhere")
    for kind, cue in sorted({(k, c) for k, c, _ in table}):
        count = [table[kind, cue, name] for name in ("rows", "row back", "row same", "row ahead")]
        golds = [
            table[kind, cue, f"gold {name}"]
            for name in ("back", "same", "ahead", "both", "elsewhere")
        ]
        print(f"{kind:9} {cue:8} {count[0]:4} | {count[1]:8} {count[2]:4} {count[3]:5} | "
              f"{golds[0]:9} {golds[1]:4} {golds[2]:5} {golds[3]:4} {golds[4]:9}")  # fmt: skip
    if args.show:
        shown = [r for r in rows if f"{r[0]}:{r[1]}" == args.show and r[3] not in (r[2], "both")]
        random.Random(1).shuffle(shown)
        for _, _, row_side, gold, set_name, verdict in shown[: args.n]:
            print(f"\n[{set_name}/{verdict['article']}] row {row_side}, gold {gold}")
            print(f"  {verdict['sentence'][:300]}\n  {verdict['date_reason']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
