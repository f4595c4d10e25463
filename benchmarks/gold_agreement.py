"""How far two annotators of one outlet set agree: the ceiling of any product on it.

The outlet sets are annotated by one writer each (`benchmarks/outlets/README.md`, "The gold").
A second annotator, given the same articles and the same written rules and nothing else,
writes a second gold (`SET/second/NAME.json`, same format). This script pairs the two golds' entries
by sentence and counts, as `bench_outlets.py` counts a product's rows: the paired entries whose
dates agree (they share a reading at its precision) and whose actors are exactly the same
(one for one; spellings differing in case, points or a leading "the" are one, and an actor's
listed alternatives all count), and the required entries of one side that the other has no
row for. Where the page states no day (`published_stated: false` on both sides), each side
counted its relative values from the day it assumed: the second's are counted again from the
first's (`rebase`, stop 47; before it, such rows parted on the assumed day alone).

    python benchmarks/gold_agreement.py outlets_fresh105 [outlets_fresh106 ...]

Rows are paired by sentence: two entries whose `starts` begin at the same place of the article,
or one of whose `starts` begins the other's.

    >>> first = entry("Ana Roe said", "2024-05-02", ["Ana Roe", ["Acme", "Acme Corp"]])
    >>> second = entry("Ana Roe said on", ["2024-05-02", "2024-W18"], ["acme corp", "Ana Roe"])
    >>> agrees(first, second)
    (True, True)
    >>> agrees(second, entry("Ana Roe said", "2024-W18", ["Ana Roe"]))
    (True, False)
    >>> agrees(first, entry("Ana Roe said", "2024-W18", ["Ana Roe", "Acme"]))
    (False, True)
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_outlets import GoldEvent, gold_event, load_gold
from gold_rebase import onto_first

HERE = Path(__file__).resolve().parent


def entry(starts: str, date: Any, actors: list[Any], *, optional: bool = False) -> GoldEvent:
    """A gold entry as `load_gold` makes it (for examples and tests)."""
    return gold_event({"starts": starts, "date": date, "actors": actors, "optional": optional})


def agrees(first: GoldEvent, second: GoldEvent) -> tuple[bool, bool]:
    """Whether two entries of one sentence share a reading of its date, and name the same
    actors one for one (an actor of each side among the other's spellings of one).

    The most lenient reading of both, so the figure is a ceiling: a product writes one value
    and one spelling, and is right when they are among the gold's."""
    dated = bool(set(first.dates) & set(second.dates))
    actors = (
        len(first.actors) == len(second.actors)
        and all(any(a & b for b in second.actors) for a in first.actors)
        and all(any(a & b for a in first.actors) for b in second.actors)
    )
    return dated, actors


def _position(text: str, starts: str) -> int:
    """Where `starts` begins in `text` (any run of spaces between its words), or -1."""
    words = [re.escape(word) for word in starts.split()]
    found = re.search(r"\s+".join(words), text)
    return found.start() if found else -1


def paired(
    text: str, first: tuple[GoldEvent, ...], second: tuple[GoldEvent, ...]
) -> list[tuple[GoldEvent | None, GoldEvent | None]]:
    """The two annotations' entries paired by sentence; an entry of one side alone is paired
    with None."""
    at = {_position(text, e.starts): e for e in second}
    pairs: list[tuple[GoldEvent | None, GoldEvent | None]] = []
    for event in first:
        match = at.pop(_position(text, event.starts), None)
        if match is None:
            match = next(
                (
                    e
                    for e in at.values()
                    if e.starts.startswith(event.starts) or event.starts.startswith(e.starts)
                ),
                None,
            )
            if match is not None:
                at = {k: v for k, v in at.items() if v is not match}
        pairs.append((event, match))
    pairs += [(None, e) for e in at.values()]
    return pairs


@dataclass
class Tally:
    """Counts of a set or of several: paired rows, those agreeing in date and in actors, and
    the required rows of one side alone."""

    rows: int = 0
    dated: int = 0
    actors: int = 0
    first_only: int = 0
    second_only: int = 0

    def add(self, other: Tally) -> None:
        for field in ("rows", "dated", "actors", "first_only", "second_only"):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def line(self) -> str:
        rows = max(self.rows, 1)
        return (
            f"paired rows {self.rows}: dates agree {self.dated}/{self.rows} "
            f"{100 * self.dated / rows:.1f}%, actors agree {self.actors}/{self.rows} "
            f"{100 * self.actors / rows:.1f}%; required rows of one side only: "
            f"{self.first_only} (first) + {self.second_only} (second)"
        )


def compare(set_name: str, second_folder: str = "second") -> Tally:
    """The agreement of a set's gold (`gold/`) and its second annotation (`second_folder`)."""
    folder = HERE / set_name
    tally = Tally()
    for path in sorted((folder / second_folder).glob("*.json")):
        second = load_gold(path)
        first = load_gold(folder / "gold" / path.name)
        text = (folder / "articles" / first.article).read_text(encoding="utf-8")
        for a, b in paired(text, first.events, onto_first(first, second).events):
            if a is not None and b is not None:
                dated, actors = agrees(a, b)
                tally.rows += 1
                tally.dated += dated
                tally.actors += actors
            elif a is not None and not a.optional:
                tally.first_only += 1
            elif b is not None and not b.optional:
                tally.second_only += 1
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", help="set names under benchmarks/")
    parser.add_argument("--second", default="second", help="the second annotation's folder")
    args = parser.parse_args(argv)
    total = Tally()
    for name in args.sets:
        tally = compare(name, args.second)
        print(f"{name}: {tally.line()}")
        total.add(tally)
    print(f"all: {total.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
