"""Split the rows dated by their own expression by the expression's kind and the gold's reading.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/date_causes.py runs/a [--show CAUSE] [--n 20] [--sets benchmarks]
    python benchmarks/date_causes.py runs/a --expression "the (early|mid|late)"

`verdict_kinds.py dates` counts `wrong-day/own-expression` and `precision/own-expression`:
rows whose date is resolved from an expression the sentence writes, to the wrong day or at the
wrong precision. This script takes every row whose `date_reason` quotes such an expression,
right ones too, so that both sides of a reading are counted; names its cause by the
expression's form (`cause_of`: a weekday's direction, a clock's anchor, a yearless date's year,
a decade's part, "the end of the year", a fiscal period, a span ...); and says how the gold
reads the row beside the product's reading (`relation`):

- `right`: the gold accepts the product's reading;
- resolution, the gold reads the same expression another way: `shift:+day`, `shift:-week`,
  `shift:+1year` (the same precision, moved), `finer:PRECISION` (an interval inside the
  product's: December for "the end of the year"), `coarser:PRECISION` (one around it),
  `same-interval:PRECISION` (the same days at another precision: a decade written as years);
- choice, the gold dates something else than the expression: `statement-day` (the publication
  day: the sentence's statement), `no-day`, `elsewhere` (mostly another date of the sentence).

A rule that imposes another reading of a cause needs that reading in at least four of five of
the cause's rows, the right ones included (docs/conventions.md). Only resolution rows can move
with a rule on how an expression is resolved; choice rows are which date a sentence's event
takes. The publication day of each article is read from its gold (`--sets`, the folder of the
outlet sets).
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.verdict_kinds import Verdict, date_kind, load

SETS = Path(__file__).resolve().parent
Interval = tuple[date, date, str]

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
CLOCK = (
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}[:.]\d\d\b|\b[012]\d{3}\b"
    r"|\bnoon\b|\bmidday\b|\bmidnight\b"
)
SPAN_END = rf"(?:early |late |mid-?)?(?:\b(?:{MONTHS})\b|\d{{2,4}}\b)"

# (cause, pattern searched in the date_reason): the first that matches names the cause.
CAUSES: tuple[tuple[str, str], ...] = (
    ("now-word read as the news day ('this year', 'now')", r"means the news day"),
    ("clock on the day told of before", r"on the day the text told of before it"),
    ("clock counted from the publication day", rf"^'[^']*(?:{CLOCK})[^']*' counted"),
    (
        "tonight, overnight, today, yesterday",
        r"^'[^']*\b(?:tonight|overnight|today|yesterday|tomorrow)\b",
    ),
    (
        "decade or century: a part (early, mid, late)",
        r"^'[^']*\b(?:early|mid|late)[- ]*(?:\d{3}0s|'\d0s|\d+(?:st|nd|rd|th) century)",
    ),
    ("decade or century", r"^'[^']*(?:\d0s\b|decade|century)"),
    ("N years or months ago", r"^'[^']*\bago\b"),
    (
        "fiscal period, a year or half to a day",
        r"^'[^']*\b(?:fiscal|financial|FY\d*|year (?:to|ended|ending)|quarter end(?:ed|ing)"
        r"|half|six months|nine months)\b",
    ),
    ("quarter", r"^'[^']*\bquarter\b"),
    (
        "span of two ends (between, to, and)",
        rf"^'[^']*(?:\bbetween\b|\b(?:{MONTHS}|\d{{4}})\b[^']*(?:\bto\b|\band\b|–|-|,)\s*{SPAN_END})",
    ),
    (
        "the past or next N days, weeks, months",
        r"^'[^']*\b(?:past|last|next|coming|previous|recent|first|final)\s+(?:\w+\s+)?"
        r"(?:days|weeks|months|years)\b",
    ),
    (
        "a part of a year (the end of the year, year-end, early 2020)",
        r"^'[^']*\b(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+|this\s+|next\s+|"
        r"last\s+)?(?:year|\d{4})\b|year[- ]end|\b(?:early|late|mid)[- ]?\d{4}",
    ),
    (
        "a part of a month (early, mid, late, the end of)",
        rf"^'[^']*\b(?:early|mid|late|end of|start of|beginning of|middle of|half of)[- ]*"
        rf"(?:{MONTHS})\b",
    ),
    ("season", r"^'[^']*\b(?:spring|summer|autumn|fall|winter|season)\b"),
    (
        "holiday",
        r"^'[^']*\b(?:christmas|easter|new year|thanksgiving|eid|ramadan|diwali|boxing day)",
    ),
    ("week or weekend", r"^'[^']*\b(?:week|weekend)\b"),
    (
        "counted from an earlier date of the text",
        r"counted from the (?:date the text gave|day of the clause) before it",
    ),
    (
        "the same day, the following day, later",
        r"^'[^']*\b(?:same|following|next|previous|later|earlier|after|before)\b[^']*' counted",
    ),
    ("weekday's direction", rf"^'[^']*\b(?:{WEEKDAYS})\b[^']*', counted"),
    ("yearless date's year", r"has no year"),
    ("a year written", r"^'(?:in )?\d{4}' written"),
    ("a date written in full", r"written in the sentence"),
    ("this, next or last month or year", r"^'[^']*\b(?:this|next|last|the)\s+(?:month|year)\b"),
)
RESOLUTION = ("shift:", "finer:", "coarser:", "same-interval:")


def cause_of(reason: str) -> str:
    """The kind of own expression a `date_reason` reads.

    >>> cause_of("'the mid-1990s' written in the sentence -> the 1990s")
    'decade or century: a part (early, mid, late)'
    >>> cause_of("'Friday', counted from the publication day, Monday 2 May 2022, and ...")
    "weekday's direction"
    """
    for cause, pattern in CAUSES:
        if re.search(pattern, reason, re.IGNORECASE):
            return cause
    return "other"


def gold_intervals(verdict: Verdict) -> list[Interval | None]:
    """The gold's readings as (start, end, precision), None for no day; seasons are left out."""
    found: list[Interval | None] = []
    for text in verdict["gold_dates"]:
        match = re.fullmatch(r"(\S+)\.\.(\S+) \((\w+)\)", text)
        if match:
            start, end, grain = match.groups()
            found.append((date.fromisoformat(start), date.fromisoformat(end), grain))
        elif text in ("no day", "None", ""):
            found.append(None)
    return found


_SPAN = re.compile(r"-> (?:\w+ )?(\d{1,2} \w+ \d{4}) to (\d{1,2} \w+ \d{4}) \(an? \w+\)")


def row_interval(verdict: Verdict) -> Interval | None:
    """The product's reading as (start, end, precision), from its value or its reason.

    >>> row_interval({"date_value": "199", "granularity": "decade", "date_reason": ""})
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31), 'decade')
    """
    value, grain = str(verdict["date_value"] or ""), verdict["granularity"] or ""
    span = _SPAN.search(verdict["date_reason"] or "")
    if span:
        start, end = (_written_day(text) for text in span.groups())
        return start, end, grain
    if grain in ("decade", "century") and value.isdigit():
        size = 10 if grain == "decade" else 100
        year = int(value) * size
        return date(year, 1, 1), date(year + size - 1, 12, 31), grain
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if day:
        found = date(*map(int, day.groups()))
        return found, found, grain
    month = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if month:
        first = date(int(month[1]), int(month[2]), 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1), grain
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31), grain
    return None


def _written_day(text: str) -> date:
    """A day as the reasons write it: "1 April 2024"."""
    day, month, year = text.split()
    return date(int(year), list(calendar.month_name).index(month), int(day))


def _shift(row: Interval, gold: Interval) -> str | None:
    """The name of the move from the row's interval to the gold's of the same length."""
    start, end, _ = row
    if (gold[1] - gold[0]) != (end - start):
        return None
    days = (gold[0] - start).days
    sign = "+" if days > 0 else "-"
    if abs(days) in (1, 7):
        return f"shift:{sign}{'day' if abs(days) == 1 else 'week'}"
    years = gold[0].year - start.year
    if years and (gold[0].month, gold[0].day) == (start.month, start.day):
        return f"shift:{sign}{abs(years)}year"
    return None


def relation(verdict: Verdict, published: date | None) -> str:
    """How the gold reads the row, beside the product's reading (the module's list).

    >>> row = {"wrong": ["date"], "date_value": "2024-03-11", "granularity": "day",
    ...        "date_reason": "", "gold_dates": ["2024-03-04..2024-03-04 (day)"]}
    >>> relation(row, date(2024, 3, 12))
    'shift:-week'
    """
    if "date" not in verdict["wrong"]:
        return "right"
    golds = gold_intervals(verdict)
    if golds and all(gold is None for gold in golds):
        return "no-day"
    row = row_interval(verdict)
    known = [gold for gold in golds if gold is not None]
    if row is None or not known:
        return "elsewhere"
    start, end, _ = row
    for gold in known:
        if gold[:2] == (start, end):
            return f"same-interval:{gold[2]}"
    for gold in known:
        moved = _shift(row, gold)
        if moved:
            return moved
    if published and any(gold[0] == gold[1] == published for gold in known):
        return "statement-day"
    for gold in known:
        if start <= gold[0] and gold[1] <= end:
            return f"finer:{gold[2]}"
        if gold[0] <= start and end <= gold[1]:
            return f"coarser:{gold[2]}"
    return "elsewhere"


def published_days(sets: Path, set_name: str) -> dict[str, date]:
    """Each article's publication day (by its file's stem), from the set's gold."""
    return {
        path.stem: date.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["published"])
        for path in (sets / set_name / "gold").glob("*.json")
    }


def gold_precisions(verdict: Verdict) -> str:
    """The precisions the gold accepts for a row, "day+month" (sorted), "no day" for none.

    >>> gold_precisions({"gold_dates": ["2024-12-31..2024-12-31 (day)", "2024-W52", "no day"]})
    'day+no day+week'
    """
    found = {
        re.sub(r".*\((\w+)\)$", r"\1", text) if "(" in text else _season_or_none(text)
        for text in verdict["gold_dates"]
    }
    return "+".join(sorted(found))


def _season_or_none(text: str) -> str:
    if text in ("no day", "None", ""):
        return "no day"
    return "season" if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", text) else "week"


def tally(
    folder: Path, sets: Path, shown: str | None, number: int, expression: str | None = None
) -> None:
    """Print, for each cause, its rows by verdict and the gold's readings of its wrong ones;
    with `expression` (a pattern), only the rows whose quoted expression it finds, and the
    precisions their golds accept."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    examples: list[tuple[str, str, Verdict]] = []
    precisions: Counter[str] = Counter()
    for set_name, verdicts in load(folder).items():
        days = published_days(sets, set_name)
        sentences: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
        for verdict in verdicts:
            sentences[verdict["article"], verdict["sentence"]].append(verdict)
        for verdict in verdicts:
            reason = verdict["date_reason"] or ""
            if not reason.startswith("'") or verdict["date_value"] is None:
                continue
            if expression and not re.search(expression, reason.split("'")[1], re.IGNORECASE):
                continue
            if expression:
                precisions[f"{verdict['granularity']} row, gold {gold_precisions(verdict)}"] += 1
            cause = cause_of(reason)
            kind = date_kind(verdict, sentences[verdict["article"], verdict["sentence"]]) or ""
            how = relation(verdict, days.get(Path(verdict["article"]).stem))
            counts = table[cause]
            counts["rows"] += 1
            if how == "right":
                counts["right"] += 1
            elif kind.startswith(("wrong-day/", "precision/")):
                counts[kind.split("/")[0]] += 1
                group = "resolution" if how.startswith(RESOLUTION) else "choice"
                counts[group] += 1
                counts[f"  {group} {how}"] += 1
                if shown is not None and cause.startswith(shown):
                    examples.append((set_name, how, verdict))
            else:
                counts["other wrong"] += 1
    print(
        "  rows  right  wrong-day precision other-wrong | of the wrong-day and precision ones: "
        "resolution choice"
    )
    for cause, counts in sorted(table.items(), key=lambda item: -item[1]["resolution"]):
        print(
            f"{counts['rows']:6} {counts['right']:6} {counts['wrong-day']:10} "
            f"{counts['precision']:9} {counts['other wrong']:11} | {counts['resolution']:10} "
            f"{counts['choice']:6}  {cause}"
        )
        readings = sorted((n, k) for k, n in counts.items() if k.startswith("  resolution"))
        if readings:
            print(" " * 50 + ", ".join(f"{k.split()[-1]} {n}" for n, k in reversed(readings)))
    total = Counter[str]()
    for counts in table.values():
        total.update({k: v for k, v in counts.items() if not k.startswith(" ")})
    print(
        f"{total['rows']:6} {total['right']:6} {total['wrong-day']:10} {total['precision']:9} "
        f"{total['other wrong']:11} | {total['resolution']:10} {total['choice']:6}  all"
    )
    for reading, count in precisions.most_common():
        print(f"{count:6}  {reading}")
    random.Random(1).shuffle(examples)
    for set_name, how, verdict in examples[:number]:
        print(f"\n[{set_name}/{verdict['article']}] {how}\n  {verdict['sentence'][:300]}")
        print(f"  row {verdict['date_value']} {verdict['granularity']}: {verdict['date_reason']}")
        print(f"  gold {verdict['gold_dates']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--sets", type=Path, default=SETS, help="the folder of the outlet sets")
    parser.add_argument("--show", help="print wrong rows of the causes that start with this")
    parser.add_argument("--n", type=int, default=20, help="how many examples")
    parser.add_argument(
        "--expression", help="only the rows whose expression this pattern finds (e.g. 'mid-')"
    )
    args = parser.parse_args(argv)
    tally(args.folder, args.sets, args.show, args.n, args.expression)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
