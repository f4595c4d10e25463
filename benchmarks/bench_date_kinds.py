"""How many drawn sentences of each kind of news date get a wrong date (`date_kinds`).

    python benchmarks/bench_date_kinds.py [-n 200] [--seed 7] [--pipeline] [--show 5]

For each kind, draws N sentences on N publication days (1950s to 2020s, month ends, leap
days), tags each with `timeline.temporal.tag` and counts the draws whose expression has a
date_start, date_end, granularity or value none of the accepted readings give. With
``--pipeline`` the same drawn documents also run through `timeline.extract`, and a sentence
whose only date is the drawn one must give a row of that interval and granularity.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.date_kinds import (
    KINDS,
    Draw,
    Expect,
    draw_published,
    draw_sentence,
    mismatch,
    row_reading,
)
from timeline.temporal import tag


def tagged(draw: Draw) -> Expect | None:
    """What the tagger reads at the drawn expression (None: nothing)."""
    for timex in tag(draw.text, draw.published):
        if timex.start <= draw.at < timex.end:
            return Expect(timex.date_start, timex.date_end, timex.granularity, timex.value)
    return None


def in_rows(draws: list[Draw]) -> list[Expect | None]:
    """What the event table says of each draw's sentence (None: no dated row)."""
    from timeline.documents import Document
    from timeline.pipeline import extract

    found: list[Expect | None] = []
    for number, draw in enumerate(draws):
        document = Document(id=f"d{number}", text=draw.text, published=draw.published)
        table = extract([document], published=draw.published, workers=1).table
        rows = table.loc[table["date_start"].notna()]
        if rows.empty:
            found.append(None)
            continue
        row = rows.iloc[0]
        found.append(
            Expect(
                row["date_start"].date(),
                row["date_end"].date(),
                row["granularity"],
                None,
            )
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--show", type=int, default=5, help="wrong draws to print per template")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), help="the kinds to draw")
    args = parser.parse_args()
    for kind in args.kinds:
        rng = random.Random(f"{args.seed}-{kind}")
        draws = [draw_sentence(kind, rng, draw_published(rng)) for _ in range(args.n)]
        wrong: Counter[str] = Counter()
        shown: Counter[str] = Counter()
        for draw in draws:
            got = tagged(draw)
            if mismatch(draw, got):
                wrong[draw.template] += 1
                if shown[draw.template] < args.show:
                    shown[draw.template] += 1
                    print(f"  {draw.published} {draw.text!r}: got {got}, want {draw.accepted[0]}")
        line = f"{kind:10} drawn {len(draws):4}  tag wrong {sum(wrong.values()):4}"
        if args.pipeline:
            whole = [d for d in draws if d.whole]
            rows = in_rows(whole)
            row_wrong = 0
            for draw, row in zip(whole, rows, strict=True):
                accepted = [row_reading(a) for a in draw.accepted]
                if mismatch(Draw(**{**_fields(draw), "accepted": tuple(accepted)}), row):
                    row_wrong += 1
                    if shown["rows"] < args.show:
                        shown["rows"] += 1
                        print(
                            f"  row {draw.published} {draw.text!r}: got {row}, want {accepted[0]}"
                        )
            line += f"  rows drawn {len(whole):4} wrong {row_wrong:4}"
        print(line, dict(wrong))


def _fields(draw: Draw) -> dict[str, object]:
    return {name: getattr(draw, name) for name in Draw.__slots__}  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
