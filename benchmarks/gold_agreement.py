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
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_outlets import GoldDate, GoldEvent, _months, gold_event, load_gold

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


def _month_shift(value: GoldDate, months: int) -> GoldDate:
    assert value.start is not None and value.end is not None
    first = value.start.year * 12 + value.start.month - 1 + months
    last = value.end.year * 12 + value.end.month - 1 + months
    return _months(first // 12, first % 12 + 1, last % 12 + 1, value.granularity or "month")


def rebase(value: GoldDate, counted_from: date, onto: date) -> GoldDate:
    """A date one annotator counted from the publication day they assumed, counted the same
    way from another's: the same offset in the value's own unit (days, weeks, months, years).

    Two annotators of an article that states no day each assume one (`published_stated:
    false`) and count its relative values from it; their readings agree when the offsets do.

        >>> from bench_outlets import parse_gold_date as d
        >>> str(rebase(d("1997-05-13"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-08-15..1994-08-15 (day)'
        >>> str(rebase(d("1997-W19"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-08-08..1994-08-14 (week)'
        >>> str(rebase(d("1997-04"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-07-01..1994-07-31 (month)'
        >>> str(rebase(d("1996-Q4"), date(1997, 5, 14), date(1994, 8, 16)))
        '1994-01-01..1994-03-31 (quarter)'
        >>> str(rebase(d("1996"), date(1997, 5, 14), date(1994, 8, 16)))
        '1993-01-01..1993-12-31 (year)'
        >>> str(rebase(d(None), date(1997, 5, 14), date(1994, 8, 16)))
        'no day'

    """
    if value.start is None or value.end is None:
        return value
    years = onto.year - counted_from.year
    if value.granularity in ("day", "time"):
        return replace(
            value, start=value.start + (onto - counted_from), end=value.end + (onto - counted_from)
        )
    if value.granularity == "week":
        weeks = (value.start - (counted_from - timedelta(days=counted_from.weekday()))).days // 7
        monday = onto - timedelta(days=onto.weekday()) + timedelta(weeks=weeks)
        return replace(value, start=monday, end=monday + timedelta(days=6))
    if value.granularity in ("month", "quarter", "half"):
        months = (onto.year * 12 + onto.month) - (counted_from.year * 12 + counted_from.month)
        if value.granularity != "month":
            size = 3 if value.granularity == "quarter" else 6
            months = (
                size * (((onto.month - 1) // size) - ((counted_from.month - 1) // size))
                + 12 * years
            )
        return _month_shift(value, months)
    if value.granularity in ("year", "season"):
        season = (
            None if value.season is None else f"{int(value.season[:4]) + years}{value.season[4:]}"
        )
        return replace(
            value,
            start=value.start.replace(year=value.start.year + years),
            end=value.end.replace(year=value.end.year + years),
            season=season,
        )
    shift = onto - counted_from
    return replace(value, start=value.start + shift, end=value.end + shift)


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
        unstated = not (first.published_stated or second.published_stated)
        for a, b_read in paired(text, first.events, second.events):
            b = b_read
            if unstated and b is not None and b.relative:
                # the page states no day: each side counted from the day it assumed
                dates = tuple(rebase(v, second.published, first.published) for v in b.dates)
                b = replace(b, dates=dates)
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
