"""The furniture rows and actors, and the stated publication dates missed, of `bench_outlets.py
--errors` outputs, counted by the KIND of line they come from (not by article).

    python benchmarks/furniture_kinds.py OUT SETFILE [--gold /work/main/benchmarks] [--show]

`OUT` holds one `SET.txt` per set (`bench_outlets.py --errors` output), `SETFILE` names the sets.
A furniture row or actor is read in the run with the publication date given, and its kind taken
from the gold's furniture line its sentence holds (`furniture_line`), by the first shape of
`LINE_KINDS` it reads as; a publication date the text states and the run without the date
missed (or took wrong) is kinded by the gold's line that states it (`DATE_KINDS`). Run it on the
start's outputs and on a candidate's to see which kinds a rule emptied.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

#: The kinds of furniture lines, first match wins: (kind, shape of the gold's furniture line).
LINE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a court report's caption, counsel, delivery or note",
        re.compile(
            r"\bv\.?\s|\bCase\s+Nos?\b|\bSuit\s+No\b|^(?:Appearances|Advocates|Counsel|Coram"
            r"|Before|Delivered|Judgment|Solicitors)\b|\bthe\s+Court's\b"
        ),
    ),
    ("a bulletin's next issue", re.compile(r"(?i)\bnext\s+(?:\w+\s+)?(?:issue|bulletin|report)")),
    (
        "a contact, enquiry or subscription line",
        re.compile(
            r"(?i)\benquiries\b|\bquestions:|\bwrite\s+to\b|\bP\.?\s?O\.?\s+Box\b|\bcall\s+the\b"
            r"|\binvited\s+to\b|\bmeet\s+us\b|\bfor\s+copies\b"
        ),
    ),
    (
        "a company's profile (boilerplate)",
        re.compile(
            r"\b(?:[Ff]ounded|[Ee]stablished|based\s+in|headquartered|employs|operates|About\s+[A-Z]"
            r"|manages\s+funds|develops|has\s+[\d,]+\s+\w+)\b"
        ),
    ),
    ("a source or translation credit", re.compile(r"^(?:Source|Translated|Translation)\b")),
    (
        "a transcript's cue or tag",
        re.compile(r"^(?:Operator:|\[[A-Z]+\]|[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)+,\s+[A-Z]+:)"),
    ),
    (
        "a page's note on itself",
        re.compile(
            r"^(?:Note:|Our\s+[a-z ]+(?:is|are)\b|.*\bnot\s+received\b)|\bOur\s+\w+\s+critic"
        ),
    ),
    ("a fact box's label", re.compile(r"^(?:[A-Z][A-Z' ]+|[A-Z][a-z]+(?:\s+\d+)?):\s")),
    (
        "a dateline or signing line",
        re.compile(r"^[A-Z][\w'’ .-]+(?:,\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+|,\s+\d|:\s)"),
    ),
)

#: The kinds of stated publication dates missed: (kind, shape of the line stating it).
DATE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("an all-number day with its year", re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")),
    ("a day with its year in words", re.compile(r"\b(?:1[89]|20)\d\d\b")),
    ("a wire's yearless dateline", re.compile(r"^[A-ZÅÄÖÉ][A-ZÅÄÖÉ .,'-]+.*\(.+\)")),
    ("a paper's yearless dateline", re.compile(r"^[A-ZÅÄÖÉ][A-ZÅÄÖÉ .'-]+,\s")),
    (
        "a web page's or letter's yearless stamp",
        re.compile(r"(?i)posted|updated|published|\bissue\b"),
    ),
    ("a masthead's or edition's yearless day", re.compile(r"(?i)day\b|\b\d{1,2}\s+[a-z]{3}")),
)

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def kind_of(line: str, kinds: tuple[tuple[str, re.Pattern[str]], ...] = LINE_KINDS) -> str:
    """The first kind whose shape `line` has, else "other (a headline, caption, deck, item)".

    >>> kind_of("Appearances: Crown - Ms A. Roe; Accused - Mr B. Lee")
    "a court report's caption, counsel, delivery or note"
    >>> kind_of("The next bulletin will be issued on Friday.")
    "a bulletin's next issue"
    >>> kind_of("Enquiries to the Clerk, Town Hall, Tarrow.")
    'a contact, enquiry or subscription line'
    >>> kind_of("Ferry fares to rise in May")
    'other (a headline, caption, deck, item)'
    >>> kind_of("TARROW, Nov. 18 (Quay Wire) -", DATE_KINDS)
    "a wire's yearless dateline"
    """
    return next(
        (kind for kind, shape in kinds if shape.search(line)),
        "other (a headline, caption, deck, item)",
    )


def _collapse(text: str) -> str:
    return " ".join(text.split())


def furniture_line(shown: str, lines: list[str]) -> str:
    """The gold's furniture line a row's sentence (its first 70 characters, as shown) holds, as
    `bench_outlets._from_furniture` finds it; else the sentence itself.

    >>> furniture_line("Enquiries to the Clerk. The bridge opened.", ["Enquiries to the Clerk."])
    'Enquiries to the Clerk.'
    """
    text = _collapse(shown)
    for line in lines:
        piece = _collapse(line)
        if piece[:24] in text or text in piece or piece.startswith(text[:40]):
            return piece
    return text


def date_line(stated: str, lines: list[str]) -> str:
    """The gold's furniture line that states the day `stated` (YYYY-MM-DD): its day's figure and
    its month's name or figure.

    >>> date_line("1958-03-14", ["By Jo Lee", "LONDON, March 14 (Quay Press) -"])
    'LONDON, March 14 (Quay Press) -'
    """
    year, month, day = stated.split("-")
    name = _MONTHS[int(month) - 1]
    for line in lines:
        low = line.lower()
        if re.search(rf"(?<!\d){int(day)}(?!\d)", low) and (
            name in low or re.search(rf"(?<!\d)0?{int(month)}(?!\d)", low) or year[2:] in low
        ):
            return _collapse(line)
    return "(no line of its furniture names it)"


_ROW = re.compile(r"^\s+(\S+): «(.*)» (row from furniture \[.*|actors from furniture: (.*))$")
_PUB = re.compile(
    r"^\s+(\S+): publication date (not found \(text states (\S+)\)|(\S+), expected (\S+))"
)


def tally(
    out: Path, sets: list[str], gold_root: Path
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(furniture errors by kind, missed publication dates by kind), each an example list."""
    furniture: dict[str, list[str]] = defaultdict(list)
    dates: dict[str, list[str]] = defaultdict(list)
    for name in sets:
        given, _, not_given = (
            (out / f"{name}.txt")
            .read_text(encoding="utf-8")
            .partition("== publication date not given ==")
        )
        for line in given.splitlines():
            if (match := _ROW.match(line)) is None:
                continue
            article, shown, _, stray = match.groups()
            gold = json.loads(
                (gold_root / name / "gold" / article.replace(".txt", ".json")).read_text()
            )
            piece = furniture_line(shown, gold["furniture"])
            label = "row" if stray is None else f"actors {stray}"
            furniture[kind_of(piece)].append(f"{name} {article}: {label} «{piece[:90]}»")
        for line in not_given.splitlines():
            if (match := _PUB.match(line)) is None:
                continue
            article = match.group(1)
            stated = match.group(3) or match.group(5)
            gold = json.loads(
                (gold_root / name / "gold" / article.replace(".txt", ".json")).read_text()
            )
            piece = date_line(stated, gold["furniture"])
            wrong = "" if match.group(3) else f" (took {match.group(4)})"
            dates[kind_of(piece, DATE_KINDS)].append(f"{name} {article}{wrong}: «{piece[:90]}»")
    return furniture, dates


def _print(title: str, groups: dict[str, list[str]], show: bool) -> None:
    print(f"== {title}: {sum(map(len, groups.values()))} ==")
    for kind, examples in sorted(groups.items(), key=lambda item: -len(item[1])):
        rows = sum(" row «" in example for example in examples)
        print(f"{len(examples):4} {kind}" + (f" ({rows} rows)" if title.startswith("furn") else ""))
        if show:
            for example in examples:
                print(f"       {example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("setfile", type=Path)
    parser.add_argument("--gold", type=Path, default=Path("/work/main/benchmarks"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    sets = args.setfile.read_text().split()
    furniture, dates = tally(args.out, sets, args.gold)
    _print("furniture rows and actors by kind of line", furniture, args.show)
    _print("stated publication dates missed or wrong, by the line stating them", dates, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
