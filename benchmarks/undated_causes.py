"""Both sides of the rows of sentences that write no date: what the gold gives, what the product
gives, by the sentence's shape.

    python benchmarks/bench_outlets.py --folder benchmarks/SET --verdicts runs/a/SET.jsonl
    python benchmarks/undated_causes.py runs/a [--by shape] [--show "statement"] [--n 20]

`verdict_kinds.py dates` counts `day-but-gold-has-none/undated-sentence`, `/inherited` and
`wrong-day/...`: the rows dated by a fallback (the day an earlier sentence told, `inherited`;
the news day, `published`) or left without a day (`none`). This script takes every such row,
right ones too, and says which readings its gold accepts (`readings`): the inherited day
(`inh`: the row's own for an inherited row, the day of the last matched row before it dated
by its own day for the others), the publication day (`pub`), no day (`none`), another day
(`other`). Then it counts them by keys (`--by shape+group`, `--where era=fresh30-120`):

- `product` (inherited, published, none), `gold` (the readings accepted, `side`);
- `shape` (`shape_of`: a statement, a quotation, background, a forecast, a present state, a
  past narrative sentence), `paragraph` (whether the sentence opens one);
- `from` (how many sentences back an inherited day was written), `clock` (whether it was
  written as a clock: a live page's entry), `day` (the inherited day beside the publication
  day: the same day, one day before, ...), `back` and `last` (how far back the last matched
  row dated by its own expression is, and whether its date is a day or a coarser period),
  `lead` (whether the article's first matched row is dated to a day);
- `group` (`nm`: fresh121..150, which no learned model saw; `im`: the older ones), `era` (the
  three eras of the golds' writers: outlets..fresh29, fresh30..120, fresh121..150), `block` (ten
  sets), `set`, `genre` (the outlet's style as the article's file names it: for reading, no
  rule may use it).

A rule that gives a kind of row one reading needs the golds on that side in four rows of five
(docs/conventions.md), the rows already right included.

Where a set holds a second annotation (`SET/second/`), `--second` counts how the two golds
read the same rows.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_outlets import GoldEvent, load_gold
from benchmarks.gold_rebase import onto_first
from benchmarks.verdict_kinds import Verdict, load
from timeline.sentences import Sentence, split_sentences
from timeline.syntax import reporting_forms

SETS = Path(__file__).resolve().parent
#: The first dev set no learned model was trained on.
FIRST_UNSEEN = 121

_STATEMENT = re.compile(
    r"(?i)\b(?:according\s+to|in\s+a\s+statement|quoted|(?:"
    + "|".join(sorted(reporting_forms(), key=len, reverse=True))
    + r"))\b"
)
_QUOTE = re.compile(r"[\"“”]")
_BACKGROUND = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|also\s+)?"
    r"(?!(?:to|a|an|the|no|its|his|her|their|our|some|many|more|few|little|much)\b)[a-z]+"
    r"|\b(?:(?:has|have)\s+been|since|previously|formerly|once|used\s+to)\b"
)
_FORECAST = re.compile(
    r"(?i)\b(?:will|would|shall|plans?\s+to|planned\s+to|aims?\s+to|intends?\s+to|expects?"
    r"|is\s+(?:expected\s+)?to|are\s+(?:expected\s+)?to|is\s+due|are\s+due|could|may|might)\b"
)
_PRESENT = re.compile(r"(?i)\b(?:is|are|has|have|remains?|does|do|says|holds|owns|runs)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|\w{3,}ed)\b")


def shape_of(text: str) -> str:
    """The shape of an undated sentence, the first that holds.

    >>> shape_of("The mill closed, the union said.")
    'statement'
    >>> shape_of("The mill had closed two years before.")
    'background'
    >>> shape_of("The mill will reopen.")
    'forecast'
    >>> shape_of("The mill is the oldest in the county.")
    'present'
    >>> shape_of("Workers walked out.")
    'past'
    """
    if _STATEMENT.search(text):
        return "statement"
    if _QUOTE.search(text):
        return "quotation"
    if _BACKGROUND.search(text):
        return "background"
    if _FORECAST.search(text):
        return "forecast"
    present, past = _PRESENT.search(text), _PAST.search(text)
    if present and (past is None or present.start() < past.start()):
        return "present"
    return "past" if past else "other"


def product_reading(verdict: Verdict) -> str | None:
    """`inherited`, `published`, `none`, or None for a row dated by its own expression."""
    reason = verdict["date_reason"] or ""
    if reason.startswith("inherited"):
        return "inherited"
    if not reason.startswith("no date"):
        return None
    value = str(verdict["date_value"] or "")
    return "published" if verdict["granularity"] and value[:1].isdigit() else "none"


def _day(value: Any) -> date | None:
    text = str(value or "")
    return date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d\d-\d\d", text) else None


def readings(event: GoldEvent, inherited: date | None, published: date) -> set[str]:
    """The readings of an undated row the gold event accepts: `inh`, `pub`, `none`, `other`."""
    found: set[str] = set()
    for gold in event.dates:
        if gold.start is None:
            found.add("none")
        elif gold.start == gold.end and gold.granularity in ("day", "time"):
            if gold.start == inherited and inherited != published:
                found.add("inh")
            if gold.start == published:
                found.add("pub")
            if gold.start not in (inherited, published):
                found.add("other")
        else:
            found.add("other")
    return found


def side(found: set[str]) -> str:
    """One label of the readings a gold accepts, for counting: `none`, `pub`, `inh`, `other`,
    or two joined by "+" (`inh+pub` when the inherited day is the publication day's rival and
    both are accepted)."""
    return "+".join(sorted(found)) or "?"


@dataclass
class Row:
    """One undated row: its verdict, the product's reading, the readings each gold accepts
    (`second`: None where no second annotation pairs it) and its keys."""

    set_name: str
    verdict: Verdict
    product: str
    gold: set[str]
    second: set[str] | None
    keys: dict[str, str]


def _sentence_of(sentences: Sequence[Sentence], text: str) -> int | None:
    for number, sentence in enumerate(sentences):
        if " ".join(sentence.text.split()) == text:
            return number
    for number, sentence in enumerate(sentences):
        if text[:40] in " ".join(sentence.text.split()):
            return number
    return None


def _event_of(events: Sequence[GoldEvent], verdict: Verdict) -> GoldEvent | None:
    wanted = verdict["gold_dates"]
    for event in events:
        if event.starts in verdict["sentence"] and [str(d) for d in event.dates] == wanted:
            return event
    return None


def _distance(back: int | None) -> str:
    if back is None:
        return "none before"
    return str(back) if back <= 3 else "4+"


@dataclass
class _Before:
    """What the rows before an undated one told: the last day, where, at what precision."""

    day: date | None = None
    at: int | None = None
    grain: str = "none"
    lead: str = "lead undated"


def article_rows(set_name: str, folder: Path, article: str, verdicts: list[Verdict]) -> list[Row]:
    """The undated rows of one article (its verdicts in order) with their readings and keys."""
    gold = load_gold(folder / "gold" / (Path(article).stem + ".json"))
    second_path = folder / "second" / (Path(article).stem + ".json")
    second = onto_first(gold, load_gold(second_path)) if second_path.is_file() else None
    sentences = split_sentences((folder / "articles" / article).read_text(encoding="utf-8"))
    rows: list[Row] = []
    before = _Before()
    for index, verdict in enumerate(verdicts):
        number = _sentence_of(sentences, verdict["sentence"])
        reading = product_reading(verdict)
        precise = verdict["granularity"] in ("day", "time")
        if reading is None:
            if index == 0 and precise:
                before.lead = "lead dated"
            if precise:
                before.day = _day(verdict["date_value"])
            before.grain, before.at = ("day" if precise else "coarser"), number
            continue
        event = _event_of(gold.events, verdict)
        if event is None:
            continue
        inherited = _day(verdict["date_value"]) if reading == "inherited" else before.day
        found = readings(event, inherited, gold.published)
        other: set[str] | None = None
        if second is not None:
            paired = [e for e in second.events if e.starts in verdict["sentence"]]
            if paired:
                other = set().union(*(readings(e, inherited, gold.published) for e in paired))
        opens = number is not None and (
            number == 0 or sentences[number - 1].paragraph != sentences[number].paragraph
        )
        back = None if number is None or before.at is None else number - before.at
        keys = {
            "product": reading,
            "gold": side(found),
            "shape": shape_of(verdict["sentence"]),
            "paragraph": "opens paragraph" if opens else "inside paragraph",
            "from": _inherited_from(verdict["date_reason"] or ""),
            "clock": "clock" if _CLOCK.search(verdict["date_reason"] or "") else "no clock",
            "day": _day_kind(inherited, gold.published),
            "back": _distance(back),
            "last": before.grain,
            "lead": before.lead,
            **_set_keys(set_name),
            "genre": _genre(article),
        }
        rows.append(Row(set_name, verdict, reading, found, other, keys))
    return rows


def _set_keys(set_name: str) -> dict[str, str]:
    """The keys of a row's set: its group, its writers' era, its block of ten, its name.

    >>> _set_keys("outlets_fresh134")["group"], _set_keys("outlets_fresh7")["era"]
    ('nm', 'outlets-fresh29')
    """
    number = _set_number(set_name)
    return {
        "group": "nm" if number >= FIRST_UNSEEN else "im",
        "era": next(name for first, name in _ERAS if number >= first),
        "block": f"{number // 10 * 10:03d}",
        "set": set_name,
    }


_WORDS_BACK = {"the sentence before": 1, "two sentences earlier": 2, "three sentences earlier": 3}


def _inherited_from(reason: str) -> str:
    """How many sentences back an inherited row's day was written: "1" .. "3", "4+", "after"
    (a later sentence), "-" for a row that is not inherited."""
    if not reason.startswith("inherited"):
        return "-"
    for words, back in _WORDS_BACK.items():
        if words in reason:
            return str(back)
    return "4+" if re.search(r"\d+ sentences earlier", reason) else "after"


def _day_kind(inherited: date | None, published: date) -> str:
    """The inherited day beside the publication day: `same`, `before` (by how many days),
    `after`, `none`."""
    if inherited is None:
        return "no day before"
    days = (published - inherited).days
    if days == 0:
        return "same day"
    if days < 0:
        return "after pub"
    return "1 day before" if days == 1 else "2-7 days before" if days <= 7 else "8+ days before"


#: An inherited day first written as a clock ("inherited from '11:05' ..."): a live page's entry.
_CLOCK = re.compile(r"(?i)^inherited from '[^']*(?:\d[:.]\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidday\b)")
#: The first sets of each era of the golds' writers (docs/conventions.md).
_ERAS = ((121, "fresh121-150"), (30, "fresh30-120"), (0, "outlets-fresh29"))


def _genre(article: str) -> str:
    """The outlet's style as the article's file names it ("05_wire_1973_..." -> "wire")."""
    words = [w for w in Path(article).stem.split("_") if not w.isdigit()]
    return words[0] if words else "?"


def _set_number(set_name: str) -> int:
    digits = re.sub(r"\D", "", set_name)
    return int(digits) if digits else 0


def collect(folder: Path, sets: Path) -> list[Row]:
    """Every undated row of every verdict file in `folder`."""
    rows: list[Row] = []
    for set_name, verdicts in load(folder).items():
        by_article: dict[str, list[Verdict]] = defaultdict(list)
        for verdict in verdicts:
            by_article[verdict["article"]].append(verdict)
        for article, found in by_article.items():
            rows += article_rows(set_name, sets / set_name, article, found)
    return rows


def tally(rows: Sequence[Row], key: Callable[[Row], str]) -> None:
    """Print, for each value of `key`, the rows, the right ones, and both sides of the two
    choices: no day against the product's day (`none>day`: the gold gives only no day;
    `day>none`: it accepts the product's day and not no day), and the publication day against
    the inherited one where they differ (`pub>inh`, `inh>pub`: one accepted, not the other);
    `other`: the gold accepts neither day nor no day."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        counts = table[key(row)]
        wrong = row.verdict["wrong"]
        mine = {"inherited": "inh", "published": "pub", "none": "none"}[row.product]
        counts["rows"] += 1
        counts["right"] += "date" not in wrong and "no date" not in wrong
        counts["none>day"] += row.gold == {"none"}
        counts["day>none"] += (
            mine != "none" and ("date" not in wrong or mine in row.gold) and "none" not in row.gold
        )
        rivals = row.keys["day"] not in ("same day", "no day before")
        counts["pub>inh"] += rivals and "pub" in row.gold and "inh" not in row.gold
        counts["inh>pub"] += rivals and "inh" in row.gold and "pub" not in row.gold
        counts["other"] += row.gold <= {"other"}
    columns = ("rows", "right", "none>day", "day>none", "pub>inh", "inh>pub", "other")
    print(" ".join(f"{name:>8}" for name in columns) + "  key")
    for name, counts in sorted(table.items(), key=lambda item: -item[1]["rows"]):
        print(" ".join(f"{counts[c]:8}" for c in columns) + f"  {name}")


def _choice(found: set[str]) -> str:
    """A gold's answer to "a day or no day": `none`, `day`, or `either`."""
    if found == {"none"}:
        return "none"
    return "either" if "none" in found else "day"


def tally_second(rows: Sequence[Row]) -> None:
    """How the two annotations read the rows both annotate: no day, a day or either."""
    pairs: Counter[tuple[str, str]] = Counter()
    readings: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row.second is not None:
            pairs[_choice(row.gold), _choice(row.second)] += 1
            readings[side(row.gold), side(row.second)] += 1
    print(f"{sum(pairs.values())} rows with a second annotation, no day or a day (first, second):")
    for (first, second), count in sorted(pairs.items()):
        print(f"{count:6}  {first:8} {second}")
    print("by reading (first, second):")
    for (first, second), count in readings.most_common(12):
        print(f"{count:6}  {first:14} {second}")


def show(rows: Sequence[Row], count: int) -> None:
    chosen = list(rows)
    random.Random(1).shuffle(chosen)
    for row in chosen[:count]:
        verdict = row.verdict
        print(
            f"\n[{row.set_name}/{verdict['article']}] {row.product} gold {side(row.gold)} "
            f"{row.keys}\n  {verdict['sentence'][:300]}"
        )
        print(f"  row {verdict['date_value']}: {verdict['date_reason']}")
        print(f"  gold {verdict['gold_dates']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--sets", type=Path, default=SETS, help="the folder of the outlet sets")
    parser.add_argument("--by", default="shape", help="one key or several joined by '+'")
    parser.add_argument("--where", action="append", default=[], help="KEY=VALUE: only these rows")
    parser.add_argument("--second", action="store_true", help="the two annotations' readings")
    parser.add_argument("--show", type=int, default=0, help="print this many rows, at random")
    args = parser.parse_args(argv)
    rows = collect(args.folder, args.sets)
    for condition in args.where:
        name, _, value = condition.partition("=")
        rows = [row for row in rows if row.keys.get(name) == value]
    names = args.by.split("+")
    tally(rows, lambda row: " | ".join(row.keys[name] for name in names))
    if args.second:
        tally_second(rows)
    if args.show:
        show(rows, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
