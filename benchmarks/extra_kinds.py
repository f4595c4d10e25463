"""Count the names rows carry by the kind of name they are, both sides: how often the gold lists
a name of that kind (`listed`) and how often it does not (`extra`), on `bench_outlets.py
--verdicts` files. A rule that drops a kind needs the golds to leave out four of its names in
five (`docs/conventions.md`); a kind they list more often is a convention, not an error.

    python benchmarks/extra_kinds.py runs/a [--show capitals] [--listed] [--n 30]
    python benchmarks/extra_kinds.py runs/a --type organisation
    python benchmarks/extra_kinds.py runs/a --sample 300 --seed 3 > sample.tsv

Each name is given the first of `KINDS` that fits it, read from the sentence around its first
occurrence (`kind_of`). Three kinds read the gold and so have no listed side: `cut-or-joined`
(a gold spelling written in the sentence overlaps the name without being it: "Knox Prairie" of
"Knox Prairie School District", "Ballymena's Rosaleen McKeown"), `duplicate` (the row's other
name for the same actor: "Metro" beside "Metro Lima Sur Operadora") and `not-written` (a
referent: "the company", "he"). The others are read from the words alone: a name in capitals
("FOB", "RSAM"), an office ("City Engineer", "Provincial Commissioner", "Commissioner of
Police": `offices.an_office`), a name set off by its occasion's description ("MachTech, the
machinery fair,": `occasions.names_an_apposed_occasion`), an event's or a document's name
("the Jarrow Ad Summit", "the Water Act"), a name holding a lower-case word ("Gulu city", "a
School of Medicine"), a capitalised word of a body alone ("the Trust"), a name before an
index, a security or a market ("the DAX index", "Treasury bills", "the Colombo market"), a
place a title owns ("the Minister of Health of Zanzibar", "Berlin's senator for economics"),
a place after a person's name between commas ("Mary Roe, Knockacur, died"), a name after an
indefinite description ("a bank in Mumbai", "a nurse at Royal Hospital"), a name before a
lower-case noun (a modifier: "the Elk River bridge"), and the rest.

`--sample N` writes N extra names drawn across all sets as tab-separated lines (set, article,
name, type, kind, sentence, gold), to be read and classified by hand; `--labels FILE` tallies
such a classification (`benchmarks/extra_sample.tsv`: set, article, name, one of `CLASSES`),
the 300 names read at stop 51 (docs/measurements.md).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.verdict_kinds import Verdict, load, normal_name
from timeline.actors.noun_words import a_noun_word
from timeline.actors.occasions import names_an_apposed_occasion
from timeline.actors.offices import an_office
from timeline.actors.vocabulary import (
    body_words,
    document_words,
    event_words,
    name_particles,
    organisation_words,
    title_at_end,
)

#: The kinds in the order they are tried; the first three read the gold.
KINDS = (
    "not-written",
    "cut-or-joined",
    "duplicate",
    "capitals",
    "office",
    "apposed-occasion",
    "event-or-document",
    "lower-case-word",
    "lone-body-word",
    "before-finance-noun",
    "office-of",
    "owner-of-office",
    "home-after-person",
    "indefinite-description",
    "before-lower-noun",
    "other",
)
#: The kinds that read the gold, whose share of extras is the gold's, not a kind of name's.
GOLD_KINDS = frozenset(KINDS[:3])
#: The classes of a hand-classified extra name (`--labels`).
CLASSES = {
    "P": "a place or a name that only describes a thing or another name (a modifier, a home)",
    "N": "no name of an actor: a common word, a title, an event, a law, a language, a thing",
    "R": "a referent not written in the sentence that the gold names otherwise or not at all",
    "S": "a wrong span: cut or joined, or a short form the gold spells in full",
    "C": "a convention where the golds split: a place of the event, a body told, a possessive",
    "X": "a name no word of the sentence refers to",
    "Q": "a name from a quotation, its attribution or a clause about another event",
    "G": "a participant the gold leaves out",
    "D": "the same actor as a gold name, spelled another way (a country's short form)",
}
#: Small words a name keeps in lower case: "Bank of England", "Vale do Sousa".
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "&", "y", "e", "da", "do"})
#: Nouns of an index, a security or a market a name before them only qualifies.
_FINANCE_AFTER = re.compile(
    r"\s+(?:index|indices|bills?|bonds?|notes|futures|prices?|rates?|yields?|markets?|stocks"
    r"|shares)\b"
)
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?:in|from|at|near|outside)\s+(?:the\s+)?$"
)
_OF_BEFORE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+([a-z][\w-]*(?:\s+(?:of|for)\s+[a-z]+)?)")


def _written_kind(name: str, actor_type: str, verdict: Verdict) -> str:
    """The first gold-free kind of `KINDS` that the written name `name` fits."""
    sentence: str = verdict["sentence"]
    words = name.split()
    start = max(0, sentence.find(name))
    end = start + len(name)
    before, after = sentence[:start], sentence[end:]
    if name.isupper() and len(name) <= 6:
        return "capitals"
    if an_office(name.split(" of ", 1)[0].rstrip(".").casefold()):
        return "office"
    if names_an_apposed_occasion(sentence, start, end):
        return "apposed-occasion"
    if len(words) > 1 and words[-1].casefold() in event_words() | document_words():
        return "event-or-document"
    small = name_particles() | _SMALL_WORDS
    if len(words) > 1 and any(w.islower() and w not in small for w in (words[0], words[-1])):
        return "lower-case-word"
    lowered = name.casefold().removeprefix("the ")
    if " " not in lowered and lowered in body_words() | organisation_words():
        return "lone-body-word"
    if _FINANCE_AFTER.match(after):
        return "before-finance-noun"
    window = before[-60:]
    if _OF_BEFORE.search(window) and title_at_end(_OF_BEFORE.sub(" ", window)):
        return "office-of"
    owned = _POSSESSIVE_AFTER.match(after)
    if owned and title_at_end(owned.group(1) + " "):
        return "owner-of-office"
    if after[:1] == "," and any(
        kind == "person" and before.endswith(f"{other}, ")
        for other, kind in zip(verdict["actors"], verdict["actor_types"] or (), strict=False)
    ):
        return "home-after-person"
    if _INDEFINITE_BEFORE.search(before):
        return "indefinite-description"
    following = re.match(r"\s+([a-z][a-z-]*)\b", after)
    if following and a_noun_word(following.group(1)):
        return "before-lower-noun"
    return "other"


def kind_of(name: str, actor_type: str, verdict: Verdict) -> str:
    """The first of `KINDS` that the name `name` (of actor type `actor_type`) fits in its row."""
    sentence = normal_name(verdict["sentence"])
    key = normal_name(name)
    if key not in sentence:
        return "not-written"
    gold = {spelling for spellings in verdict["gold_actors"] for spelling in spellings}
    if key not in gold:
        if any(
            spelling in sentence and (key in spelling or spelling in key)
            for spelling in gold
            if spelling
        ):
            return "cut-or-joined"
        others = [normal_name(other) for other in verdict["actors"] if normal_name(other) != key]
        if any(key in other or other in key for other in others):
            return "duplicate"
    return _written_kind(name, actor_type, verdict)


def _line(set_name: str, verdict: Verdict, name: str, actor_type: str, kind: str) -> str:
    sentence = verdict["sentence"]
    at = max(0, sentence.find(name))
    gold = [spellings[0] for spellings in verdict["gold_actors"]]
    return (
        f"[{name}] {actor_type} {kind} {set_name} | {sentence[max(0, at - 60) : at + 80]!r} {gold}"
    )


def kept_names(
    verdicts: dict[str, list[Verdict]], only: str | None = None
) -> Iterator[tuple[str, Verdict, str, str, str, bool]]:
    """(set, verdict, name, actor type, kind, listed) of every name a row keeps, of the actor
    type `only` alone when it is given ("organisation"); `listed` when the gold lists it."""
    for set_name, rows in verdicts.items():
        for verdict in rows:
            gold = {spelling for spellings in verdict["gold_actors"] for spelling in spellings}
            types = verdict["actor_types"] or [""] * len(verdict["actors"])
            for name, actor_type in zip(verdict["actors"], types, strict=True):
                if only is not None and actor_type != only:
                    continue
                kind = kind_of(name, actor_type, verdict)
                yield set_name, verdict, name, actor_type, kind, normal_name(name) in gold


def tally(
    folder: Path, listed_shown: bool = False, only: str | None = None
) -> tuple[Counter[tuple[str, str]], dict[str, list[str]]]:
    """(kind, side) -> names, and the lines of each kind's names of the side shown; of the
    names of the actor type `only` alone when it is given ("organisation")."""
    counts: Counter[tuple[str, str]] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for set_name, verdict, name, actor_type, kind, listed in kept_names(load(folder), only):
        side = "listed" if listed else "extra"
        counts[kind, side] += 1
        if side == ("listed" if listed_shown else "extra"):
            shown[kind].append(_line(set_name, verdict, name, actor_type, kind))
    return counts, shown


def sample(folder: Path, number: int, seed: int) -> list[str]:
    """`number` extra names drawn from all sets, as tab-separated lines."""
    lines: list[str] = []
    for set_name, verdict, name, actor_type, kind, listed in kept_names(load(folder)):
        if listed:
            continue
        fields = (
            set_name,
            verdict["article"],
            name,
            actor_type,
            kind,
            verdict["sentence"],
            "; ".join(spellings[0] for spellings in verdict["gold_actors"]),
        )
        lines.append("\t".join(" ".join(str(f).split()) for f in fields))
    random.Random(seed).shuffle(lines)
    return lines[:number]


def labels(path: Path) -> Counter[str]:
    """The classes of a hand-classified sample (`CLASSES`), counted: the file's fourth
    tab-separated field."""
    return Counter(
        line.split("\t")[3].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", help="a folder of --verdicts files")
    parser.add_argument("--show", help="print the names of this kind")
    parser.add_argument("--listed", action="store_true", help="show listed names, not extras")
    parser.add_argument("--type", help="count only the names of this actor type")
    parser.add_argument("--n", type=int, default=30, help="how many to show")
    parser.add_argument("--sample", type=int, help="write this many extra names, drawn")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--labels", type=Path, help="tally a hand-classified sample")
    args = parser.parse_args(argv)
    if args.labels:
        counted = labels(args.labels)
        for code, total in counted.most_common():
            print(f"{total:5} {code} {CLASSES.get(code, '?')}")
        return 0
    if args.folder is None:
        parser.error("a folder of verdicts is needed")
    if args.sample:
        print("\n".join(sample(args.folder, args.sample, args.seed)))
        return 0
    counts, shown = tally(args.folder, args.listed, args.type)
    print(f"{'kind':24} {'listed':>7} {'extra':>7} {'extra %':>8}")
    for kind in KINDS:
        listed, extra = counts[kind, "listed"], counts[kind, "extra"]
        has_share = kind not in GOLD_KINDS and listed + extra > 0
        share = f"{extra / (listed + extra):8.0%}" if has_share else " " * 8
        print(f"{kind:24} {listed:7} {extra:7} {share}")
    if args.show:
        lines = shown[args.show]
        random.Random(1).shuffle(lines)
        print("\n".join(lines[: args.n]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
