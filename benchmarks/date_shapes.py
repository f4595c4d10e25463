"""Both sides of the two largest date error kinds: a sentence's second row by its date's role,
and a precision by the readings the golds accept.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/date_shapes.py roles runs/a [--show since] [--n 20]
    python benchmarks/date_shapes.py precisions runs/a [--least 20]

`verdict_kinds.py dates` counts `second-row` (a sentence with two dated rows or more, one right
and another wrong) and `precision/own-expression` (the row's own expression at the wrong
precision). A rule that drops a second row of one shape, or reads an expression at another
precision, needs the golds on its side in four rows of five (docs/conventions.md), the rows it
would leave right included. So:

- `roles` takes every dated row of a sentence with two dated rows or more and names the role
  its date plays in the sentence (`role_of`: after "since", a deadline's "by", a relative
  clause, a possessive, a year before a noun, the slot of a statement's day, what a statement
  reports, ...), then counts right and wrong rows of each role: dropping a role's rows is
  right on its wrong ones (mostly: the gold has no event there) and wrong on its right ones;
- `precisions` takes every row dated by its own expression, by the expression's kind
  (`date_causes.cause_of`) and the product's precision, and counts the rows whose gold accepts
  each precision (`accepted`): a rule that reads that kind at precision P is right on the rows
  that accept P, whatever it reads now.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.date_causes import cause_of
from benchmarks.verdict_kinds import Verdict, load

#: A reporting verb: what follows it, past "that", is what the statement reports.
REPORTING = (
    r"said|says|say|told|tells|announced|announces|reported|reports|added|warned|estimated"
    r"|expects|expected|predicted|forecast|forecasts|believes|believed"
)
#: (role, pattern on the sentence's words before the date, pattern on the words after it): the
#: first role whose patterns both match is the date's role.
ROLES: tuple[tuple[str, str, str], ...] = (
    ("possessive", r"", r"^['’]s?\b"),
    ("since", r"\bsince\s+(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$", r""),
    ("deadline (by, before, until)", r"\b(?:by|before|until|till|through|ahead of)\s+$", r""),
    ("a year before a noun", r"\b(?:the|its|their|his|her|our|a|an)\s+$", r"^\s+[a-z]"),
    ("a relative clause", r",\s*(?:which|who|whose|where|when)\b[^,;]*$", r""),
    ("a participle's clause", r",\s*\w+ed\s+(?:\w+\s+)?(?:in|on|at)\s+$", r""),
    ("the statement's day", rf"\b(?:{REPORTING})\s+(?:\w+\s+)?(?:on\s+)?$", r"^\s*,?\s*that\b"),
    ("in what a statement reports", rf"\b(?:{REPORTING})\b[^.]*\bthat\b", r""),
    ("a clause reported before 'X said'", r"", rf"^[^.;]*,\s*[^,]*\b(?:{REPORTING})\b"),
    ("after in, on, at, for, during", r"\b(?:in|on|at|for|during|from|of)\s+$", r""),
)


def role_of(sentence: str, expression: str) -> str:
    """The role a row's own expression plays in its sentence, by the words around it.

    >>> role_of("The mill, which opened in 1998, closed on Monday.", "1998")
    'a relative clause'
    >>> role_of("Sales have doubled since 2019, the firm said.", "2019")
    'since'
    >>> role_of("Last year's profit fell 4%.", "Last year")
    'possessive'
    >>> role_of("It will cut 300 jobs by the end of the year.", "the end of the year")
    'deadline (by, before, until)'
    >>> role_of("The firm said on Monday that it would close.", "Monday")
    "the statement's day"
    >>> role_of("Prices rose in May.", "the winter")
    'not found'
    """
    at = sentence.find(expression)
    if at < 0:
        at = sentence.lower().find(expression.lower())
    if at < 0:
        return "not found"
    before, after = sentence[:at], sentence[at + len(expression) :]
    for role, before_pattern, after_pattern in ROLES:
        if re.search(before_pattern, before, re.IGNORECASE) and re.search(after_pattern, after):
            return role
    return "other"


def row_role(verdict: Verdict) -> str:
    """A row's role: its own expression's (`role_of`), or where its day came from.

    >>> row_role({"sentence": "Sales rose.", "date_reason": "inherited from 'Monday' ..."})
    'no date of its own: inherited'
    """
    reason = verdict["date_reason"] or ""
    if not reason.startswith("'"):
        return f"no date of its own: {reason.split(' ', 1)[0] or 'none'}"
    return role_of(verdict["sentence"], reason.split("'")[1])


def tally_roles(folder: Path, shown: str | None, number: int) -> None:
    """Print, for each role, the right and wrong dated rows of sentences with two or more."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    examples: list[tuple[str, Verdict]] = []
    for set_name, verdicts in load(folder).items():
        sentences: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
        for verdict in verdicts:
            if verdict["date_value"] is not None:
                sentences[verdict["article"], verdict["sentence"]].append(verdict)
        for rows in sentences.values():
            if len(rows) < 2:
                continue
            shape = " + ".join(sorted(row_role(verdict) for verdict in rows))
            wrong_roles = sorted(row_role(v) for v in rows if "date" in v["wrong"])
            outcome = "wrong: " + ", ".join(wrong_roles) if wrong_roles else "all right"
            shapes[shape][outcome] += 1
            for verdict in rows:
                role = row_role(verdict)
                wrong = "date" in verdict["wrong"]
                counts[role]["wrong" if wrong else "right"] += 1
                if wrong and shown is not None and role.startswith(shown):
                    examples.append((set_name, verdict))
    print(" wrong  right  wrong%  role of the date (rows of sentences with two dated rows or more)")
    total: Counter[str] = Counter()
    for role, count in sorted(counts.items(), key=lambda item: -item[1]["wrong"]):
        total.update(count)
        print(f"{count['wrong']:6} {count['right']:6} {_share(count):6}  {role}")
    print(f"{total['wrong']:6} {total['right']:6} {_share(total):6}  all")
    print("\nsentences  all right | the sentence's shape: its rows' roles; which rows are wrong")
    for shape, count in sorted(shapes.items(), key=lambda item: -item[1].total())[:number]:
        wrong_rows = "; ".join(f"{k} {n}" for k, n in count.most_common() if k != "all right")
        print(f"{count.total():9} {count['all right']:10} | {shape}; {wrong_rows}")
    random.Random(1).shuffle(examples)
    for set_name, verdict in examples[:number]:
        print(f"\n[{set_name}/{verdict['article']}] {verdict['sentence'][:300]}")
        print(f"  row {verdict['date_value']}: {verdict['date_reason'][:160]}")
        print(f"  gold {verdict['gold_dates']}")


def _share(count: Counter[str]) -> str:
    rows = count["wrong"] + count["right"]
    return f"{100 * count['wrong'] / rows:.0f}%" if rows else "-"


def accepted(verdict: Verdict) -> set[str]:
    """The precisions a row's gold accepts ("no day" for none, a season's "season").

    >>> sorted(accepted({"gold_dates": ["2024-12-01..2024-12-31 (month)", "2024-SU", "no day"]}))
    ['month', 'no day', 'season']
    """
    found = set()
    for text in verdict["gold_dates"]:
        grain = re.search(r"\((\w+)\)$", text)
        found.add(
            grain[1] if grain else "season" if re.fullmatch(r"\d{4}-\w\w", text) else "no day"
        )
    return found


def tally_precisions(folder: Path, least: int) -> None:
    """Print, for each kind of expression and the product's precision (with `least` rows or
    more), the rows, the right ones, and how many rows' golds accept each precision."""
    rows: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    accepting: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for verdicts in load(folder).values():
        for verdict in verdicts:
            reason = verdict["date_reason"] or ""
            if not reason.startswith("'") or verdict["date_value"] is None:
                continue
            key = (cause_of(reason), str(verdict["granularity"]))
            rows[key] += 1
            right[key] += "date" not in verdict["wrong"]
            accepting[key].update(accepted(verdict))
    print("  rows  right  | the rows whose gold accepts each precision | kind, precision")
    for key, count in sorted(rows.items(), key=lambda item: -item[1]):
        if count < least:
            continue
        by_count = sorted(accepting[key].items(), key=lambda item: (-item[1], item[0]))
        readings = ", ".join(f"{grain} {n}" for grain, n in by_count)
        print(f"{count:6} {right[key]:6}  | {readings}  | {key[0]}, {key[1]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=("roles", "precisions"))
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--show", help="print wrong rows of the roles that start with this")
    parser.add_argument("--n", type=int, default=20, help="how many examples")
    parser.add_argument("--least", type=int, default=20, help="the fewest rows a line needs")
    args = parser.parse_args(argv)
    if args.which == "roles":
        tally_roles(args.folder, args.show, args.n)
    else:
        tally_precisions(args.folder, args.least)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
