"""Whole articles in outlet styles: the event table of `timeline extract` against a gold file
written by reading each text (benchmarks/outlets/README.md).

    python benchmarks/bench_outlets.py [--errors] [--only NAME] [--folder DIR]

Each article runs twice through the real pipeline (`timeline.pipeline.extract`, as `timeline
extract` runs it, with `data/actors.csv`): once with its publication date given (as metadata),
once without. For each run it prints, per article and overall:

- the publication date found (right / wrong / none) and whether the text states one;
- of the rows that match a gold sentence (the row's sentence contains the gold's first words)
  and have a date: how many have the right one (interval and precision; a gold null means "no
  day": a dated row is wrong, and in an article whose text states no date, a date counted from
  the publication day is null when none is given);
- of the matched rows: how many have exactly the gold's actors;
- rows from furniture (the row's sentence holds a furniture line), actors from furniture (a
  name the text writes only in its furniture), gold events no row matches, and other rows.

`--errors` lists every wrong row with its `date_reason`, every miss and every furniture row.
`--verdicts FILE` writes every matched row of the run with the date given, beside its gold
event, as JSON lines (for counting errors by kind: `benchmarks/verdict_kinds.py`).
`--folder` reads another set laid out the same way (`articles/`, `gold/`), such as
benchmarks/outlets_fresh (written after the rules were tuned on benchmarks/outlets).

A set may hold a second, independent annotation of some of its articles (`second/NAME.json`,
the same format; `benchmarks/gold_agreement.py` measures how far the two annotators agree).
For those articles the report adds how many matched rows are right by either annotation: a
row's date right when it fits the first gold's event or the second's for its sentence, its
actors likewise.
"""

from __future__ import annotations

import argparse
import calendar
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.append(str(Path(__file__).resolve().parent))

import pandas as pd
from gold_rebase import onto_first

from timeline.documents import Document, read_documents
from timeline.pipeline import extract

ROOT = Path(__file__).resolve().parent / "outlets"
ALIASES = Path(__file__).resolve().parent.parent / "data" / "actors.csv"
SEASONS = ("SP", "SU", "FA", "WI")


def normal_name(name: str) -> str:
    """A name as compared: case, points, a leading "the" and spacing do not count."""
    text = " ".join(name.replace("’", "'").replace(".", "").lower().split())
    return text.removeprefix("the ")


def _collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class GoldDate:
    """A gold date: an interval of days at a precision, or a season's value, or no day."""

    start: date | None
    end: date | None
    granularity: str | None
    season: str | None = None

    def fits(self, row: dict[str, Any]) -> bool:
        start, end = row["date_start"], row["date_end"]
        if self.start is None:
            return start is None
        if start is None:
            return False
        if self.season is not None:
            return bool(row["granularity"] == "season" and row["date_value"] == self.season)
        return (start, end, row["granularity"]) == (self.start, self.end, self.granularity)

    def __str__(self) -> str:
        if self.start is None:
            return "no day"
        if self.season is not None:
            return self.season
        return f"{self.start}..{self.end} ({self.granularity})"


def parse_gold_date(value: Any) -> GoldDate:
    """A gold value: None, an ISO value at its precision, or {start, end, granularity}.

    >>> str(parse_gold_date("2025-W09"))
    '2025-02-24..2025-03-02 (week)'
    """
    if value is None:
        return GoldDate(None, None, None)
    if isinstance(value, dict):
        return GoldDate(
            date.fromisoformat(value["start"]),
            date.fromisoformat(value["end"]),
            value["granularity"],
        )
    text = str(value)
    if "T" in text:
        day = date.fromisoformat(text.split("T", maxsplit=1)[0])
        return GoldDate(day, day, "time")
    if len(text) == 10:
        day = date.fromisoformat(text)
        return GoldDate(day, day, "day")
    if len(text) == 4:
        year = int(text)
        return GoldDate(date(year, 1, 1), date(year, 12, 31), "year")
    year, part = int(text[:4]), text[5:]
    if part in SEASONS:
        return GoldDate(date(year, 1, 1), date(year, 12, 31), "season", season=text)
    if part.startswith("W"):
        monday = date.fromisocalendar(year, int(part[1:]), 1)
        return GoldDate(monday, monday + timedelta(days=6), "week")
    if part.startswith("Q"):
        first = 3 * int(part[1:]) - 2
        return _months(year, first, first + 2, "quarter")
    if part.startswith("H"):
        first = 6 * int(part[1:]) - 5
        return _months(year, first, first + 5, "half")
    month = int(part)
    return _months(year, month, month, "month")


def _months(year: int, first: int, last: int, granularity: str) -> GoldDate:
    end = date(year, last, calendar.monthrange(year, last)[1])
    return GoldDate(date(year, first, 1), end, granularity)


@dataclass(frozen=True)
class GoldEvent:
    starts: str
    dates: tuple[GoldDate, ...]
    actors: tuple[frozenset[str], ...]  # each actor: the spellings that count
    relative: bool
    optional: bool
    kinds: tuple[str, ...]

    def date_fits(self, row: dict[str, Any], *, no_reference: bool) -> bool:
        if no_reference and self.relative:
            return GoldDate(None, None, None).fits(row)
        return any(gold.fits(row) for gold in self.dates)

    def actors_fit(self, actors: Iterable[str]) -> bool:
        found = {normal_name(actor) for actor in actors}
        if len(found) != len(self.actors):
            return False
        return all(found & spellings for spellings in self.actors)

    def expected(self, *, no_reference: bool) -> str:
        if no_reference and self.relative:
            return "no day (no reference)"
        return " or ".join(str(gold) for gold in self.dates)


@dataclass(frozen=True)
class Gold:
    article: str
    style: str
    published: date
    published_stated: bool
    furniture: tuple[str, ...]
    furniture_names: frozenset[str]
    events: tuple[GoldEvent, ...]


def gold_event(entry: dict[str, Any]) -> GoldEvent:
    """One entry of a gold file's `events` as it is compared."""
    dates = entry["date"] if isinstance(entry["date"], list) else [entry["date"]]
    return GoldEvent(
        starts=_collapse(entry["starts"]),
        dates=tuple(parse_gold_date(value) for value in dates),
        actors=tuple(
            frozenset(normal_name(name) for name in ([a] if isinstance(a, str) else a))
            for a in entry["actors"]
        ),
        relative=bool(entry.get("relative", False)),
        optional=bool(entry.get("optional", False)),
        kinds=tuple(entry.get("kinds", ())),
    )


def load_gold(path: Path) -> Gold:
    raw = json.loads(path.read_text(encoding="utf-8"))
    events = [gold_event(entry) for entry in raw["events"]]
    return Gold(
        article=raw["article"],
        style=raw["style"],
        published=date.fromisoformat(raw["published"]),
        published_stated=bool(raw["published_stated"]),
        furniture=tuple(piece.strip() for piece in raw["furniture"] if piece.strip()),
        furniture_names=frozenset(normal_name(name) for name in raw["furniture_names"]),
        events=tuple(events),
    )


@dataclass
class Score:
    articles: int = 0
    published_right: int = 0
    published_wrong: int = 0
    published_none: int = 0
    dated_rows: int = 0
    dated_right: int = 0
    undated_but_gold_day: int = 0
    matched_rows: int = 0
    actors_right: int = 0
    furniture_rows: int = 0
    furniture_actors: int = 0
    gold_events: int = 0
    missed: int = 0
    other_rows: int = 0
    #: Matched rows of articles with a second annotation, and those right by either gold.
    second_rows: int = 0
    second_dated_rows: int = 0
    second_dated_right: int = 0
    second_actors_right: int = 0
    errors: list[str] = field(default_factory=list)
    verdicts: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name not in ("errors", "verdicts"):
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.verdicts.extend(other.verdicts)


def _from_furniture(sentence: str, furniture: tuple[str, ...]) -> bool:
    text = _collapse(sentence)
    for written in furniture:
        piece = _collapse(written)
        if piece[:24] in text or (len(text) > 3 and text in piece):
            return True
    return False


def _verdict(name: str, row: dict[str, Any], event: GoldEvent, wrong: list[str]) -> dict[str, Any]:
    """One matched row as `--verdicts` writes it: what the table says, what the gold says."""
    return {
        "article": name,
        "sentence": _collapse(row["sentence"]),
        "date_value": row["date_value"],
        "granularity": row["granularity"],
        "date_reason": row["date_reason"],
        "actors": list(row["actors"]),
        "actor_types": list(row.get("actor_types") or []),
        "gold_dates": [str(gold) for gold in event.dates],
        "gold_actors": [sorted(spellings) for spellings in event.actors],
        "kinds": list(event.kinds),
        "wrong": wrong,
    }


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = dict(record)
    for column in ("date_start", "date_end"):
        value = row[column]
        row[column] = None if value is None or pd.isna(value) else value.date()
    return row


def score_article(
    gold: Gold,
    rows: list[dict[str, Any]],
    published: date | None,
    *,
    given: bool,
    second: Gold | None = None,
) -> Score:
    score = Score(articles=1, gold_events=sum(not e.optional for e in gold.events))
    name = gold.article
    if not given:
        expected = gold.published if gold.published_stated else None
        if published == expected:
            score.published_right += 1
        elif published is None:
            score.published_none += 1
            score.errors.append(f"{name}: publication date not found (text states {expected})")
        else:
            score.published_wrong += 1
            score.errors.append(f"{name}: publication date {published}, expected {expected}")
    no_reference = not given and not gold.published_stated
    used: set[int] = set()
    matched: list[tuple[dict[str, Any], list[int]]] = []
    for row in sorted(rows, key=lambda r: r["sentence_start"]):
        sentence = _collapse(row["sentence"])
        actors = list(row["actors"])
        shown = f"{name}: «{sentence[:70]}»"
        stray = [a for a in actors if normal_name(a) in gold.furniture_names]
        score.furniture_actors += len(stray)
        if stray:
            score.errors.append(f"{shown} actors from furniture: {stray}")
        if _from_furniture(sentence, gold.furniture):
            score.furniture_rows += 1
            score.errors.append(f"{shown} row from furniture [{row['date_value']}] {actors}")
            continue
        candidates = [n for n, e in enumerate(gold.events) if e.starts in sentence]
        if not candidates:
            score.other_rows += 1
            score.errors.append(
                f"{shown} other row [{row['date_value']}, {row['granularity']}] {actors}"
            )
            continue
        matched.append((row, candidates))
    # rows first take the gold events whose date they have, then the events left, so that the
    # order of a sentence's rows does not decide which of its events a row is scored against
    chosen: dict[int, int] = {}
    for index, (row, candidates) in enumerate(matched):
        fitting = [
            n
            for n in candidates
            if n not in used and gold.events[n].date_fits(row, no_reference=no_reference)
        ]
        if fitting:
            chosen[index] = fitting[0]
            used.add(fitting[0])
    for index, (_, candidates) in enumerate(matched):
        if index not in chosen:
            free = [n for n in candidates if n not in used]
            chosen[index] = (free or candidates)[0]
            used.add(chosen[index])
    for index, (row, _) in enumerate(matched):
        event = gold.events[chosen[index]]
        actors = list(row["actors"])
        shown = f"{name}: «{_collapse(row['sentence'])[:70]}»"
        score.matched_rows += 1
        wrong: list[str] = []
        if row["date_start"] is not None:
            score.dated_rows += 1
            if event.date_fits(row, no_reference=no_reference):
                score.dated_right += 1
            else:
                wrong.append("date")
        elif not event.date_fits(row, no_reference=no_reference):
            score.undated_but_gold_day += 1
            wrong.append("no date")
        if event.actors_fit(actors):
            score.actors_right += 1
        else:
            wrong.append("actors")
        score.verdicts.append(_verdict(name, row, event, wrong))
        if second is not None:
            _score_second(score, second, row, wrong, no_reference=no_reference)
        if wrong:
            gold_actors = sorted(sorted(spellings)[0] for spellings in event.actors)
            score.errors.append(
                f"{shown} wrong {'+'.join(wrong)} {list(event.kinds)}\n"
                f"      row: {row['date_value'] or '-'} {row['granularity'] or ''} "
                f"{row['date_start']}..{row['date_end']} {actors}\n"
                f"      gold: {event.expected(no_reference=no_reference)} {gold_actors}\n"
                f"      reason: {row['date_reason']}"
            )
    for number, event in enumerate(gold.events):
        if number not in used and not event.optional:
            score.missed += 1
            score.errors.append(f"{name}: missed «{event.starts}» {list(event.kinds)}")
    return score


def _score_second(
    score: Score, second: Gold, row: dict[str, Any], wrong: list[str], *, no_reference: bool
) -> None:
    """Count a matched row by either annotation: right by the first (`wrong` lists its faults)
    or by an entry of the second annotation for the row's sentence."""
    sentence = _collapse(row["sentence"])
    others = [e for e in second.events if e.starts in sentence]
    score.second_rows += 1
    if row["date_start"] is not None:
        score.second_dated_rows += 1
        score.second_dated_right += "date" not in wrong or any(
            e.date_fits(row, no_reference=no_reference) for e in others
        )
    score.second_actors_right += "actors" not in wrong or any(
        e.actors_fit(row["actors"]) for e in others
    )


def run(
    golds: list[Gold], *, given: bool, folder: Path = ROOT
) -> tuple[Score, list[tuple[Gold, Score]]]:
    documents, problems = read_documents([folder / "articles" / gold.article for gold in golds])
    if problems:
        raise SystemExit(f"cannot read the articles: {problems}")
    by_source = {Path(doc.source).name: doc for doc in documents}
    docs: list[Document] = []
    for gold in golds:
        doc = by_source[gold.article]
        docs.append(replace(doc, published_given=gold.published.isoformat() if given else None))
    result = extract(docs, aliases=ALIASES if ALIASES.is_file() else None, workers=1)
    table = result.table
    published = {doc.id: doc.published for doc in result.documents}
    total = Score()
    per_article: list[tuple[Gold, Score]] = []
    for gold, doc in zip(golds, docs, strict=True):
        records = cast("list[dict[str, Any]]", table[table["doc_id"] == doc.id].to_dict("records"))
        second = folder / "second" / f"{Path(gold.article).stem}.json"
        score = score_article(
            gold,
            [_row(r) for r in records],
            published.get(doc.id),
            given=given,
            second=onto_first(gold, load_gold(second)) if second.is_file() else None,
        )
        per_article.append((gold, score))
        total.add(score)
    return total, per_article


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(title: str, total: Score, per_article: list[tuple[Gold, Score]], given: bool) -> None:
    print(f"\n== {title} ==")
    print(
        f"{'article':24} {'pub':6} {'dated right':>14} {'actors right':>14} "
        f"{'furn rows':>9} {'furn actors':>11} {'missed':>6} {'other':>5}"
    )
    for gold, score in per_article:
        if given:
            pub = "given"
        else:
            state = (
                "right" if score.published_right else "wrong" if score.published_wrong else "none"
            )
            pub = f"{state}{'' if gold.published_stated else '*'}"
        print(
            f"{gold.article[:-4][:24]:24} {pub:6} "
            f"{score.dated_right:>3}/{score.dated_rows:<3}"
            f"{_percent(score.dated_right, score.dated_rows)} "
            f"{score.actors_right:>3}/{score.matched_rows:<3}"
            f"{_percent(score.actors_right, score.matched_rows)} "
            f"{score.furniture_rows:>9} {score.furniture_actors:>11} {score.missed:>6} "
            f"{score.other_rows:>5}"
        )
    print("(* the text states no publication date: 'right' is finding none)")
    if not given:
        stated = sum(gold.published_stated for gold, _ in per_article)
        found = sum(s.published_right for g, s in per_article if g.published_stated)
        print(
            f"publication date: right {total.published_right}/{total.articles} "
            f"(found {found} of the {stated} the text states; wrong {total.published_wrong}, "
            f"none {total.published_none})"
        )
    print(
        f"dated rows right: {total.dated_right}/{total.dated_rows} "
        f"{_percent(total.dated_right, total.dated_rows).strip()} "
        f"(and {total.undated_but_gold_day} rows without a day that should have one)\n"
        f"rows with exactly the right actors: {total.actors_right}/{total.matched_rows} "
        f"{_percent(total.actors_right, total.matched_rows).strip()}\n"
        f"rows from furniture: {total.furniture_rows}; actors from furniture: "
        f"{total.furniture_actors}\n"
        f"gold events missed: {total.missed}/{total.gold_events}; other rows: {total.other_rows}"
    )
    if total.second_rows:
        print(
            f"by either annotation ({total.second_rows} matched rows of articles annotated "
            f"twice): dated rows right {total.second_dated_right}/{total.second_dated_rows} "
            f"{_percent(total.second_dated_right, total.second_dated_rows).strip()}; exactly "
            f"the right actors {total.second_actors_right}/{total.second_rows} "
            f"{_percent(total.second_actors_right, total.second_rows).strip()}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong row and miss")
    parser.add_argument("--only", help="articles whose file name contains this")
    parser.add_argument(
        "--verdicts",
        type=Path,
        help="write each matched row (date given) beside its gold event, as JSON lines",
    )
    parser.add_argument(
        "--folder",
        type=Path,
        default=ROOT,
        help="a folder with articles/ and gold/ (default: benchmarks/outlets)",
    )
    args = parser.parse_args(argv)
    golds = [load_gold(path) for path in sorted((args.folder / "gold").glob("*.json"))]
    if not golds:
        raise SystemExit(f"no gold files in {args.folder / 'gold'}")
    if args.only:
        golds = [gold for gold in golds if args.only in gold.article]
    for given, title in ((True, "publication date given"), (False, "publication date not given")):
        total, per_article = run(golds, given=given, folder=args.folder)
        report(title, total, per_article, given)
        if given and args.verdicts:
            lines = (json.dumps(verdict, default=str) for verdict in total.verdicts)
            args.verdicts.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        if args.errors:
            print("\n".join(f"  {line}" for line in total.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
