"""Count the names rows keep inside a relative clause set off by a comma (`timeline.actors.asides.
aside_of`), both sides, by the name's type and the clause's shape: its verb's form (present
"runs", past "ran", perfect "has run", "is"/"was", a modal), "where", how it closes (a comma, the
sentence's end), whether it holds a date of its own and whether the name follows a
preposition of place; and what dropping each shape would do to
the rows with exactly the right actors (a row is exact when every name it keeps is a gold
spelling and every gold actor is kept).

    python benchmarks/asides_count.py /work/s60/vd-im /work/s60/vd-nm [--show place/present]

The verdicts are `bench_outlets.py --verdicts` files (the rows the product wrote, before any
rule); run it on the start's verdicts to count a rule's two sides.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.verdict_kinds import Verdict, load, normal_name
from timeline.actors.asides import aside_of

#: The verdicts' actor types, by the kind the counts group them in.
_GROUPS = {"location": "place", "country": "place", "organisation": "org", "person": "person"}

Shape = tuple[str, str, str, str, str]


def shape_of(name: str, actor_type: str, sentence: str) -> Shape | None:
    """(type, form, close, dated, where) of the clause a name kept by a row stands in, or None
    (`where` is "in" after a preposition of place, "-" otherwise).

    >>> shape_of("Oskeby", "location", "Tarvik, which runs mills in Oskeby, said.")
    ('place', 'present', 'comma', '-', 'in')
    """
    start = sentence.find(name)
    if start < 0:
        return None
    aside = aside_of(sentence, start, start + len(name))
    if aside is None:
        return None
    form = "where" if aside.pronoun == "where" else aside.form
    dated = "dated" if aside.dated else "-"
    where = "in" if aside.located else "-"
    return _GROUPS.get(actor_type, actor_type), form, aside.close, dated, where


def exact(kept: list[str], gold: list[list[str]]) -> bool:
    """Whether the names kept are exactly the gold's actors.

    >>> exact(["Tarvik"], [["tarvik"]]), exact(["Tarvik", "Oskeby"], [["tarvik"]])
    (True, False)
    """
    names = {normal_name(name) for name in kept}
    spellings = {spelling for spellings in gold for spelling in spellings}
    return names <= spellings and all(names & set(spellings) for spellings in gold)


def tally(
    rows: list[Verdict], show: str | None
) -> tuple[Counter[tuple[Shape, bool]], Counter[tuple[Shape, bool]], list[str]]:
    """(shape, listed) -> names; (shape, better) -> rows whose exactness dropping the shape's
    names would change; and the names of the shape `show` ("place/present")."""
    names: Counter[tuple[Shape, bool]] = Counter()
    changed: Counter[tuple[Shape, bool]] = Counter()
    lines: list[str] = []
    for verdict in rows:
        sentence, gold = verdict["sentence"], verdict["gold_actors"]
        spellings = {spelling for group in gold for spelling in group}
        types = verdict["actor_types"] or [""] * len(verdict["actors"])
        shapes: dict[str, Shape] = {}
        for name, actor_type in zip(verdict["actors"], types, strict=True):
            shape = shape_of(name, actor_type, sentence)
            if shape is None:
                continue
            listed = normal_name(name) in spellings
            names[shape, listed] += 1
            shapes[name] = shape
            if show is not None and "/".join(shape).startswith(show):
                lines.append(f"{'listed' if listed else 'extra '} [{name}] {sentence!r}")
        before = exact(verdict["actors"], gold)
        for shape in set(shapes.values()):
            after = exact([n for n in verdict["actors"] if shapes.get(n) != shape], gold)
            if after != before:
                changed[shape, after] += 1
    return names, changed, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--show", help="print the names of shapes starting so: place/present")
    args = parser.parse_args()
    results = []
    for folder in args.folders:
        rows = [verdict for verdicts in load(folder).values() for verdict in verdicts]
        results.append(tally(rows, args.show))
    shapes = sorted(
        {shape for names, _, _ in results for shape, _ in names},
        key=lambda shape: -sum(names[shape, s] for names, _, _ in results for s in (True, False)),
    )
    print(f"{'type/form/close/dated/in':32}" + "".join(f"  {f.name:>24}" for f in args.folders))
    print(f"{'':32}" + "   listed/extra better/worse" * len(args.folders))
    for shape in shapes:
        cells = [
            f"{names[shape, True]:9}/{names[shape, False]:<5} +{changed[shape, True]:<3}"
            f" -{changed[shape, False]:<3}"
            for names, changed, _ in results
        ]
        print(f"{'/'.join(shape):32}" + "".join(f"  {cell:>24}" for cell in cells))
    for folder, (_, _, lines) in zip(args.folders, results, strict=True):
        if lines:
            print(f"\n== {folder.name}: {args.show} ({len(lines)})")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
