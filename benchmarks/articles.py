"""The real articles the throughput benchmarks run on, from ../shared/corpora.

The 30 MEANTIME WikiNews articles, plus the WikiWars narratives cut at paragraph boundaries into
article-sized pieces (about 2,500 characters, the size of a news story): a few hundred real
texts in all. Both pipelines of a comparison always get the same list.
"""

from __future__ import annotations

import json
from pathlib import Path

from timeline.documents import Document, read_documents

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
PIECE_CHARS = 2500


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        if current and len(current) + len(paragraph) > PIECE_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current.strip():
        pieces.append(current)
    return pieces


def load_articles(corpora: Path = CORPORA) -> list[Document]:
    """News articles with their publication dates, then the narrative pieces (no date)."""
    documents, errors = read_documents([corpora / "meantime-apple.jsonl"])
    if errors:
        raise SystemExit(f"cannot read the MEANTIME articles: {errors[0]}")
    for line in (corpora / "wikiwars-train.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for number, piece in enumerate(_pieces(record["text"]), start=1):
            documents.append(Document(id=f"{record['id']}-{number}", text=piece))
    return documents
