"""Both sides of the referent shapes a rule might resolve, on `bench_outlets.py --verdicts`
files: for each shape a sentence writes, how many of its rows have a gold actor the sentence
does not write (`named`: the side of a rule that resolves the shape), how many have none
(`none`: the side a rule would pay for in `extra:*` rows), and how many of the named the
product's row holds already (`right`).

    python benchmarks/referent_sides.py VERDICTS [VERDICTS ...] [--show SHAPE] [--n 20]

One line a folder of verdicts, one column pair a shape; a sentence counts once, in the first
shape it matches (`SHAPES` in order). A rule needs the golds on its side four times in five
(docs/conventions.md) in every folder, the 36 newer sets and the 121 older alike.

    >>> shape_of("It said it would appeal.")
    'it+say'
    >>> shape_of("The company's chief executive, Ana Roe, said so.")
    'owner+title'
    >>> print(shape_of("Prices rose."))
    None
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from benchmarks.unwritten_kinds import _company_nouns, _organisation_nouns, _unwritten, short_form
from benchmarks.verdict_kinds import Verdict, load, normal_name
from timeline.actors import vocabulary
from timeline.actors.anaphor_context import EXPLETIVE_IT

#: What may stand before the opening word of a shape: a quotation mark, "But", "And".
_OPEN = r"^[\"“]?(?:(?:But|And)\s+)?"
#: Verbs of saying, expecting and intending after "It" ("It said", "It expects").
_SAY = (
    r"(?:said|says|expects|expected|plans|planned|intends|intended|wants|hopes|told|added|"
    r"announced|reported)"
)


@cache
def _shapes() -> dict[str, re.Pattern[str]]:
    """The shapes, in the order a sentence is given the first it matches."""
    titles = "|".join(
        sorted({re.escape(t.split()[0]) for t in vocabulary.titles()} | {"chief"}, key=len)[::-1]
    )
    company = "|".join(sorted(_company_nouns(), key=len, reverse=True))
    body = "|".join(sorted(_organisation_nouns() - _company_nouns(), key=len, reverse=True))
    term = r"[Tt]he\s+(?:Company|Group|Bank|Corporation|Trust|Fund|Firm)\b(?!\s+(?:of|[A-Z]))"
    return {
        "it+say": re.compile(rf"{_OPEN}It\s+{_SAY}\b"),
        "it+modal+verb": re.compile(
            rf"{_OPEN}It\s+(?:will|would|may|can|could|must|should)\s+(?!be\b|have\b)[a-z]+"
        ),
        "it+aux": re.compile(rf"{_OPEN}It\s+(?:is|was|has|had|will|would|does|did)\b"),
        "it+verb": re.compile(rf"{_OPEN}It\s+(?:[a-z]+ed|[a-z]+s)\b"),
        "owner+title": re.compile(
            rf"{_OPEN}(?:The\s+[a-z-]+['’]s|Its)\s+(?:[a-z-]+\s+)?(?:{titles})\b", re.IGNORECASE
        ),
        "the+plural-pair": re.compile(rf"{_OPEN}(?:The\s+(?:two|three)|Both)\s+[a-z]+s\b"),
        "the+company@open": re.compile(rf"{_OPEN}The\s+(?:[a-z-]+\s+)?(?:{company})\b(?!['’])"),
        "said+the+company": re.compile(rf",[\"”]?\s+the\s+(?:{company})\s+(?:said|says)\b"),
        "said+the+body": re.compile(rf",[\"”]?\s+the\s+(?:{body})\s+(?:said|says|heard)\b"),
        "capital+term": re.compile(rf"\b{term}(?!['’])"),
    }


def shape_of(sentence: str) -> str | None:
    """The first shape `sentence` matches, None for none; an empty "It is expected that"
    is no shape of "It"."""
    for name, pattern in _shapes().items():
        if pattern.search(sentence) and not (
            name.startswith("it+") and EXPLETIVE_IT.match(sentence.lstrip('"“'))
        ):
            return name
    return None


def sides(folder: Path) -> tuple[dict[str, Counter[str]], dict[str, list[Verdict]]]:
    """For each shape, its rows `named`, `none` and `right`, each sentence once; and the
    rows whose referent the product misses, by shape."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    missed: dict[str, list[Verdict]] = defaultdict(list)
    for verdicts in load(folder).values():
        seen: set[tuple[str, str]] = set()
        for verdict in verdicts:
            key = (verdict["article"], verdict["sentence"])
            shape = shape_of(verdict["sentence"])
            if key in seen or shape is None:
                continue
            seen.add(key)
            referents = [
                names for names in _unwritten(verdict) if not short_form(verdict["sentence"], names)
            ]
            got = {normal_name(name) for name in verdict["actors"]}
            if not referents:
                table[shape]["none"] += 1
                continue
            table[shape]["named"] += 1
            if any(names & got for names in referents):
                table[shape]["right"] += 1
            else:
                missed[shape].append(verdict)
    return table, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of --verdicts files")
    parser.add_argument("--show", help="print the missed rows of this shape")
    parser.add_argument("--n", type=int, default=20, help="how many")
    args = parser.parse_args(argv)
    print(f"{'shape':18} " + " | ".join(f"{f.name[:24]:>24}" for f in args.folders))
    print(f"{'':18} " + " | ".join(f"{'named none share right':>24}" for _ in args.folders))
    counted = [sides(folder) for folder in args.folders]
    for shape in _shapes():
        cells = []
        for table, _ in counted:
            row = table[shape]
            share = 100 * row["named"] / max(1, row["named"] + row["none"])
            cells.append(f"{row['named']:5} {row['none']:4} {share:5.1f}% {row['right']:5}")
        print(f"{shape:18} " + " | ".join(f"{c:>24}" for c in cells))
    for _, missed in counted if args.show else []:
        for verdict in missed[args.show][: args.n]:
            print(f"\n  {verdict['sentence'][:200]}\n  row {verdict['actors']}")
            print(f"  gold {[s[0] for s in verdict['gold_actors']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
