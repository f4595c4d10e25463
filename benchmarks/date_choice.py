"""Which date a row takes when its sentence writes more than one: every row dated by its own
expression in a sentence where the tagger finds two dated expressions or more, by the shape of
the sentence around the row's expression and around the one the gold takes, both sides.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/date_choice.py runs/a [--sets benchmarks] [--show SHAPE] [--n 20]

`verdict_kinds.py dates` counts `second-row` (a sentence's extra row beside a right one) and
`precision/own-expression`; many of both are not how an expression is resolved but which of
the sentence's dates the row takes. This script tags each such sentence again (`tag`, with the
article's publication day from its gold), finds the row's expression among its dates, and says
what the gold takes (`taken`):

- `own`: the row's date (the row is right);
- `own, finer` / `own, coarser`: the row's expression at another precision (a clock's day, a
  month's day, a half for the months that spell it);
- `other: SHAPE`: another written date of the sentence, by that date's shape;
- `news day`, `no day`, `elsewhere`.

The shape of a date in its sentence (`shape_of`, the first that applies): inside a quotation,
a list or a range ("30 and 31 May", "April to September"), a clock, a holiday or a season, a
qualifier ("before", "since", "by", "until", "the end of"), a possessive or a noun's modifier,
a relative clause, a subordinate clause ("when", "after", "if", "as"), the day of a statement
("said on Monday that"), what a statement reports, a clause reported before "X said", the main
clause. A rule that makes rows of shape A take the date of shape B is right on the rows whose
gold takes B and not A, wrong on those whose gold takes A and not B (docs/conventions.md: four
in five or no rule); `pairs` prints exactly those two counts for every (A, B) the sentences
hold, rows of one-row and two-row sentences apart (a one-row sentence switches its date, a
two-row one drops a row).

`--this-year` counts instead the rows where "this year" (or "this financial year", "the current
year") was read as the news day, by its clause: an expectation or a plan told in the present
("expects sales of 3 million units this year", "plans to spend 4% ... this year": a verb of
`expecting_verbs.txt` or `intending_verbs.txt` before it in its clause), an ordinal count ("the
second recall ... this year"), or another present; and by whether the gold accepts the year,
the day, both or neither.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.date_causes import SETS, Interval, gold_intervals, published_days
from benchmarks.date_shapes import REPORTING
from benchmarks.verdict_kinds import Verdict, date_kind, load
from timeline.temporal import Timex, tag
from timeline.temporal.vocabulary import HOLIDAY_NAMES, SEASONS
from timeline.wordlists import word_set

#: a clock: "3:40 p.m.", "10.00 a.m.", "noon" (not a year, which `date_causes.CLOCK` takes)
_CLOCK = (
    r"\d(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}[:.]\d\d\b|\bnoon\b|\bmidday\b|\bmidnight\b"
)

#: (shape, pattern on the sentence's text before the date, pattern on the date's own words,
#: pattern on the text after it): the first shape whose three patterns match is the date's.
SHAPES: tuple[tuple[str, str, str, str], ...] = (
    ("a list or range", r"\bbetween\s+$", r"", r""),
    ("a list or range", r"", r"\b(?:to|and|or|through)\b|[–-]\s*\d", r""),
    ("a list or range", r"", r"", r"^\s*(?:to|and|or|-|–|through|until)\s+\S*\d"),
    ("a list or range", r"\b\d{1,2}\s+(?:and|to|or|-|–)\s+$", r"", r""),
    ("a clock", r"", _CLOCK, r""),
    ("a qualifier", r"\b(?:before|after|since|by|until|till|through|ahead of|from)\s+$", r"", r""),
    (
        "a qualifier",
        r"",
        r"^(?:the\s+)?(?:end|start|beginning|middle|close|turn|half|rest)\s+of\b|^(?:early|late|mid)",
        r"",
    ),
    ("a possessive or a noun's modifier", r"", r"", r"^['’]s?\b"),
    (
        "a possessive or a noun's modifier",
        r"\b(?:the|its|their|his|her|our|a|an|this|that|whose)\s+$",
        r"",
        r"^\s+[a-z]{3,}\b",
    ),
    ("a relative clause", r",\s*(?:which|who|whose|where|when)\b[^,;]*$", r"", r""),
    (
        "a subordinate clause",
        r"\b(?:when|after|before|if|as|while|because|once|until|unless|since)\s+"
        r"(?:the\s+|a\s+|it\s+|they\s+|he\s+|she\s+|we\s+)?\w+\b[^,;]*$",
        r"",
        r"",
    ),
    (
        "the day of a statement",
        rf"\b(?:{REPORTING})\s+(?:\w+\s+)?(?:on\s+)?$",
        r"",
        r"^\s*,?\s*that\b",
    ),
    ("what a statement reports", rf"\b(?:{REPORTING})\b[^.]*", r"", r""),
    ("a clause reported before 'X said'", r"", r"", rf"^[^.;]*,\s*[^,]*\b(?:{REPORTING})\b"),
    ("the main clause", r"", r"", r""),
)
_QUOTES = re.compile(r"[\"“”]")
_SEASON = re.compile(rf"(?i)\b(?:{'|'.join(SEASONS)})\b")


def shape_of(sentence: str, start: int, end: int) -> str:
    """The shape of the date at `start`:`end` in `sentence` (the module's list).

    >>> text = "Prices rose 6% in May because of demand before the festival on 30 and 31 May."
    >>> shape_of(text, text.index("30"), text.index("31 May") + 6)
    'a list or range'
    >>> text = '"Last June we did not know if it would be open at Christmas," she said.'
    >>> shape_of(text, text.index("Christmas"), text.index("Christmas") + 9)
    'in a quotation: a holiday or a season'
    >>> text = "The mill, which opened in 1998, closed on Monday."
    >>> shape_of(text, text.index("1998"), text.index("1998") + 4)
    'a relative clause'
    """
    before, words, after = sentence[:start], sentence[start:end], sentence[end:]
    quoted = "in a quotation: " if len(_QUOTES.findall(before)) % 2 else ""
    if words.casefold().removeprefix("the ") in HOLIDAY_NAMES or (
        _SEASON.search(words) and not re.search(r"\d", words)
    ):
        return quoted + "a holiday or a season"
    for shape, before_pattern, own_pattern, after_pattern in SHAPES:
        if (
            re.search(before_pattern, before, re.IGNORECASE)
            and re.search(own_pattern, words, re.IGNORECASE)
            and re.search(after_pattern, after)
        ):
            return quoted + shape
    return quoted + "the main clause"


def _interval(timex: Timex) -> tuple[date, date] | None:
    if timex.date_start is None or timex.date_end is None:
        return None
    return timex.date_start, timex.date_end


def _takes(gold: Interval, interval: tuple[date, date]) -> bool:
    return gold[:2] == interval


def taken(
    verdict: Verdict, own: Timex, others: list[Timex], sentence: str, published: date | None
) -> str:
    """What the gold of a row takes (the module's list), its own date first."""
    golds = gold_intervals(verdict)
    if "date" not in verdict["wrong"]:
        return "own"
    if golds and all(gold is None for gold in golds):
        return "no day"
    known = [gold for gold in golds if gold is not None]
    for other in others:
        interval = _interval(other)
        if interval and any(_takes(gold, interval) for gold in known):
            return "other: " + shape_of(sentence, other.start, other.end)
    own_interval = _interval(own)
    if own_interval:
        start, end = own_interval
        for gold in known:
            if start <= gold[0] and gold[1] <= end:
                return "own, finer"
            if gold[0] <= start and end <= gold[1]:
                return "own, coarser"
    if published and any(gold[0] == gold[1] == published for gold in known):
        return "news day"
    return "elsewhere"


def _own_timex(timexes: list[Timex], expression: str) -> Timex | None:
    """The tagged expression a row's reason quotes: the same words, else the one that holds
    them, else the longest it holds ("30 and 31 May", not an earlier "May")."""
    for found in (
        [t for t in timexes if t.text == expression],
        [t for t in timexes if expression in t.text],
        sorted((t for t in timexes if t.text in expression), key=lambda t: -len(t.text)),
    ):
        if found:
            return found[0]
    return None


def tally(folder: Path, sets: Path, shown: str | None, number: int) -> None:
    """Print the rows by kind, shape and what the gold takes, and the pairs' two sides."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    examples: list[tuple[str, str, Verdict]] = []
    for set_name, verdicts in load(folder).items():
        days = published_days(sets, set_name)
        sentences: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
        for verdict in verdicts:
            if verdict["date_value"] is not None:
                sentences[verdict["article"], verdict["sentence"]].append(verdict)
        for (article, text), rows in sentences.items():
            published = days.get(Path(article).stem)
            dated = [t for t in tag(text, published) if _interval(t)]
            if len(dated) < 2:
                continue
            for verdict in rows:
                reason = verdict["date_reason"] or ""
                if not reason.startswith("'"):
                    continue
                own = _own_timex(dated, reason.split("'")[1])
                if own is None:
                    continue
                others = [t for t in dated if t is not own]
                shape = shape_of(text, own.start, own.end)
                what = taken(verdict, own, others, text, published)
                kind = date_kind(verdict, rows) or "right"
                kind = kind if kind in ("right", "second-row") else kind.split("/")[0]
                table[shape][f"{kind}|{what}"] += 1
                table[shape]["rows"] += 1
                if what != "own" and shown is not None and shape.startswith(shown):
                    examples.append((set_name, what, verdict))
                _count_pairs(pairs, verdict, own, others, text, len(rows))
    _print_kinds(table)
    _print_table(table)
    _print_pairs(pairs)
    random.Random(1).shuffle(examples)
    for set_name, what, verdict in examples[:number]:
        print(f"\n[{set_name}/{verdict['article']}] gold takes {what}")
        print(f"  {verdict['sentence'][:300]}")
        print(f"  row {verdict['date_value']}: {verdict['date_reason'][:150]}")
        print(f"  gold {verdict['gold_dates']}")


def _count_pairs(
    pairs: dict[tuple[str, str, str], Counter[str]],
    verdict: Verdict,
    own: Timex,
    others: list[Timex],
    text: str,
    row_count: int,
) -> None:
    """For each other date B of the row's sentence, whether its gold takes the row's date A,
    B, both or neither."""
    known = [gold for gold in gold_intervals(verdict) if gold is not None]
    own_interval = _interval(own)
    takes_own = "date" not in verdict["wrong"]
    shape = shape_of(text, own.start, own.end)
    for other in others:
        interval = _interval(other)
        if interval is None or interval == own_interval:
            continue
        takes_other = any(_takes(gold, interval) for gold in known)
        side = _side(takes_own, takes_other, ("both", "A", "B", "neither"))
        rows = "one row" if row_count == 1 else "two rows or more"
        pairs[shape, shape_of(text, other.start, other.end), rows][side] += 1


def _side(first: bool, second: bool, names: tuple[str, str, str, str]) -> str:
    """Which of two readings a gold takes: both, the first alone, the second alone, neither."""
    return names[0] if first and second else names[1] if first else names[2] if second else names[3]


def _print_kinds(table: dict[str, Counter[str]]) -> None:
    """The two kinds this script is for, by what their golds take, all shapes together."""
    for kind in ("second-row", "precision"):
        taken_by: Counter[str] = Counter()
        for counts in table.values():
            for key, count in counts.items():
                if key.startswith(kind + "|"):
                    what = key.split("|", 1)[1]
                    what = "another date of the sentence" if what.startswith("other") else what
                    taken_by[what] += count
        listed = ", ".join(f"{what} {n}" for what, n in taken_by.most_common())
        print(f"{kind}: {taken_by.total()} rows of sentences of two dates or more; gold: {listed}")
    print()


def _print_table(table: dict[str, Counter[str]]) -> None:
    print("rows  right | wrong rows by kind and what the gold takes | the row's date's shape")
    for shape, counts in sorted(table.items(), key=lambda item: -item[1]["rows"]):
        wrong = sorted(
            ((n, key) for key, n in counts.items() if key.split("|")[0] not in ("rows", "right")),
            reverse=True,
        )
        listed = "; ".join(f"{key} {n}" for n, key in wrong[:8])
        print(f"{counts['rows']:5} {counts['right|own']:6} | {shape}\n      {listed}")


def _print_pairs(pairs: dict[tuple[str, str, str], Counter[str]]) -> None:
    print("\nA only  B only  both  neither  B-share | row's date A -> the sentence's other date B")
    for key, counts in sorted(pairs.items(), key=lambda item: -item[1]["B"]):
        if counts["B"] < 3:
            continue
        sides = counts["A"] + counts["B"]
        share = f"{100 * counts['B'] / sides:.0f}%" if sides else "-"
        print(
            f"{counts['A']:6} {counts['B']:7} {counts['both']:5} {counts['neither']:8} {share:>7}"
            f" | {key[0]} -> {key[1]} ({key[2]})"
        )


#: "this year" as a deictic year the product may read as the news day
_THIS_YEAR = re.compile(r"(?i)^(?:this (?:financial |fiscal )?year|the current year)$")
#: an ordinal count of the year's events: "the second recall", "for the third time"
_ORDINAL = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b")


def this_year_clause(sentence: str, expression: str) -> str:
    """The clause of a "this year" the product read as the news day, by its words before it.

    >>> this_year_clause("The mill expects sales of 3 million units this year.", "this year")
    'an expectation or a plan'
    >>> this_year_clause("It is the second recall in the province this year.", "this year")
    'an ordinal count'
    """
    at = sentence.find(expression)
    clause = re.split(r"[,;:]\s", sentence[: max(at, 0)])[-1].lower()
    lemmas = word_set("expecting_verbs.txt") | word_set("intending_verbs.txt")
    forms = {lemma + ending for lemma in lemmas for ending in ("s", "es", "ed", "d", "ing", "")}
    if any(word.strip(".,\"'") in forms for word in clause.split()):
        return "an expectation or a plan"
    if _ORDINAL.search(clause):
        return "an ordinal count"
    return "another present"


def tally_this_year(folder: Path) -> None:
    """Print the rows of "this year" read as the news day by clause and the gold's readings."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for verdicts in load(folder).values():
        for verdict in verdicts:
            reason = verdict["date_reason"] or ""
            if "means the news day" not in reason or verdict["granularity"] != "day":
                continue
            expression = reason.split("'")[1]
            if not _THIS_YEAR.match(expression):
                continue
            golds = [gold for gold in gold_intervals(verdict) if gold is not None]
            year = any(gold[2] == "year" for gold in golds)
            day = "date" not in verdict["wrong"]
            side = _side(year, day, ("both", "the year", "the day", "neither"))
            counts[this_year_clause(verdict["sentence"], expression)][side] += 1
    print("the year  the day  both  neither | clause of 'this year' read as the news day")
    for clause, count in sorted(counts.items()):
        print(
            f"{count['the year']:8} {count['the day']:8} {count['both']:5} {count['neither']:8}"
            f" | {clause}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--sets", type=Path, default=SETS, help="the folder of the outlet sets")
    parser.add_argument("--show", help="print wrong rows whose date's shape starts with this")
    parser.add_argument("--n", type=int, default=20, help="how many examples")
    parser.add_argument(
        "--this-year", action="store_true", help="'this year' read as the news day, by clause"
    )
    args = parser.parse_args(argv)
    if args.this_year:
        tally_this_year(args.folder)
    else:
        tally(args.folder, args.sets, args.show, args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
