"""Event table: the events of many documents as one pandas DataFrame, the product's core value.

    >>> table = event_table([], [])
    >>> list(table.columns[:4])
    ['event_id', 'doc_id', 'title', 'url']

Dates are `datetime64[s]` columns (NaT where an event has no day), so pre-1678 dates of
historical narratives fit; `actors` holds a list of canonical names per row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from timeline.kinds import ActorType, Granularity, PublishedSource, describe

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events import Event

#: The schema, in order: column -> (dtype, meaning). The README's table is generated from it.
SCHEMA: dict[str, tuple[str, str]] = {
    "event_id": ("string", "stable id from the document id and the offsets"),
    "doc_id": ("string", "the article's id"),
    "title": ("string", "the article's title"),
    "url": ("string", "the article's address, when known"),
    "published": ("datetime64[s]", "the article's publication date (the reference date)"),
    "published_source": ("string", f"how it was obtained: {describe(PublishedSource)}"),
    "date_start": ("datetime64[s]", "first day of the event's date (NaT: no date)"),
    "date_end": ("datetime64[s]", "last day of the event's date, inclusive"),
    "granularity": ("string", f"precision: {describe(Granularity)}"),
    "anchor": (
        "string",
        "how the date was found: explicit, inherited, published (the news day), vague (no day)",
    ),
    "date_text": ("string", "the temporal expression as written (empty for the news day)"),
    "date_value": (
        "string",
        "its TIMEX3 value (2023-10-23, 2023-W42, P10Y, PAST_REF); a range START/END",
    ),
    "date_text_start": ("Int64", "offset of the expression in the article text"),
    "date_text_end": ("Int64", "end offset of the expression (exclusive)"),
    "date_reason": ("string", "why the row has its date, in words a reader checks at a glance"),
    "sentence": ("string", "the sentence that reports the event"),
    "sentence_start": ("int64", "offset of the sentence in the article text"),
    "sentence_end": ("int64", "end offset of the sentence (exclusive)"),
    "paragraph": ("int64", "paragraph number in the article, from 0"),
    "action": ("string", "the main verb's lemma, when known"),
    "actors": ("object", "canonical actor names (a list; joined with '; ' in CSV)"),
    "actor_types": ("object", f"their types: {describe(ActorType)}"),
    "actor_roles": ("object", "their roles or titles in the article ('' for none)"),
    "sources": ("int64", "how many rows (articles) report this event; 1 unless merged"),
    "source_events": ("object", "event_id of every row merged into this one, this one first"),
}
COLUMNS = tuple(SCHEMA)
#: Columns the analysis adds to a table (`timeline.analysis`): `extract` does not write them,
#: and every export keeps them with these types.
ANALYSIS_SCHEMA: dict[str, tuple[str, str]] = {
    "conflict_id": (
        "string",
        "the date conflict the row is part of (empty: none); its dates are listed for review",
    ),
    "thread_id": ("Int64", "the story thread the row belongs to, 1 the largest (empty: none)"),
}
#: Columns holding a list per row (joined with "; " in CSV) and columns holding days.
LIST_COLUMNS = tuple(column for column, (dtype, _) in SCHEMA.items() if dtype == "object")
DATE_COLUMNS = tuple(column for column, (dtype, _) in SCHEMA.items() if dtype.startswith("date"))


def arrow_schema() -> Any:
    """The Arrow schema of event rows as pandas holds them (days as timestamps, lists of
    strings), from `SCHEMA`: for Parquet parts and the store, so an empty table has types too.
    """
    import pyarrow as pa  # noqa: PLC0415  (pyarrow loads only when rows move)

    kinds = {
        "string": pa.string(),
        "datetime64[s]": pa.timestamp("s"),
        "Int64": pa.int64(),
        "int64": pa.int64(),
        "object": pa.list_(pa.string()),
    }
    return pa.schema([(column, kinds[dtype]) for column, (dtype, _) in SCHEMA.items()])


def _dates(values: Sequence[date | None]) -> pd.Series:
    array = np.array(
        [value.isoformat() if value is not None else "NaT" for value in values],
        dtype="datetime64[D]",
    )
    return pd.Series(array.astype("datetime64[s]"))


def empty_table() -> pd.DataFrame:
    """A table with the schema's columns and no rows."""
    return event_table([], [])


def event_table(documents: Sequence[Document], events: Sequence[Event]) -> pd.DataFrame:
    """One row per event, ordered by date (undated last), then document and offset."""
    by_id = {doc.id: doc for doc in documents}
    docs = [by_id.get(event.doc_id) for event in events]
    frame = pd.DataFrame(
        {
            "event_id": pd.Series([e.event_id for e in events], dtype="string"),
            "doc_id": pd.Series([e.doc_id for e in events], dtype="string"),
            "title": pd.Series([d.title if d else "" for d in docs], dtype="string"),
            "url": pd.Series([d.url if d else None for d in docs], dtype="string"),
            "published": _dates([d.published if d else None for d in docs]),
            "published_source": pd.Series(
                [d.published_source if d else "none" for d in docs], dtype="string"
            ),
            "date_start": _dates([e.date_start for e in events]),
            "date_end": _dates([e.date_end for e in events]),
            "granularity": pd.Series([e.granularity for e in events], dtype="string"),
            "anchor": pd.Series([e.anchor for e in events], dtype="string"),
            "date_text": pd.Series([e.date_text for e in events], dtype="string"),
            "date_value": pd.Series([e.date_value for e in events], dtype="string"),
            "date_text_start": pd.Series([e.date_text_start for e in events], dtype="Int64"),
            "date_text_end": pd.Series([e.date_text_end for e in events], dtype="Int64"),
            "date_reason": pd.Series([e.date_reason for e in events], dtype="string"),
            "sentence": pd.Series([e.sentence for e in events], dtype="string"),
            "sentence_start": pd.Series([e.sentence_start for e in events], dtype="int64"),
            "sentence_end": pd.Series([e.sentence_end for e in events], dtype="int64"),
            "paragraph": pd.Series([e.paragraph for e in events], dtype="int64"),
            "action": pd.Series([e.action for e in events], dtype="string"),
            "actors": pd.Series([list(e.actors) for e in events], dtype="object"),
            "actor_types": pd.Series([list(e.actor_types) for e in events], dtype="object"),
            "actor_roles": pd.Series(
                [list(e.actor_roles) or [""] * len(e.actors) for e in events], dtype="object"
            ),
            "sources": pd.Series([1] * len(events), dtype="int64"),
            "source_events": pd.Series([[e.event_id] for e in events], dtype="object"),
        },
        columns=list(COLUMNS),
    )
    return in_table_order(frame)


_WORD = re.compile(r"[a-z0-9]+")
#: Words too common to say two sentences report the same thing.
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "said",
        "says",
        "will",
        "would",
        "also",
    ]
)


#: How much of their content words (Jaccard) two sentences share when they report one event.
SIMILARITY = 0.5


def content_words(sentence: str) -> frozenset[str]:
    """The words of a sentence that say what it reports: lower case, common words dropped.

    >>> sorted(content_words("Blinken spoke with the Iraqi prime minister."))
    ['blinken', 'iraqi', 'minister', 'prime', 'spoke']
    """
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)


def similar(a: frozenset[str], b: frozenset[str], threshold: float = SIMILARITY) -> bool:
    """Whether two sentences' content words overlap by at least `threshold` (Jaccard).

    >>> similar(content_words("Blinken met Sudani."), content_words("Sudani met Blinken."))
    True
    """
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold


#: The order of the table's rows: by date (undated last), then article, offset and id.
ORDER = ["date_start", "doc_id", "sentence_start", "event_id"]


def in_table_order(table: pd.DataFrame) -> pd.DataFrame:
    """The rows in the table's order (`ORDER`), renumbered from 0; a new frame."""
    return table.sort_values(ORDER, na_position="last", kind="stable").reset_index(drop=True)


@dataclass(slots=True)
class _Kept:
    """A row other rows may merge into, with the documents and actors merged so far."""

    position: int
    actors: set[str]
    words: frozenset[str]
    documents: set[str]


def merge_duplicates(table: pd.DataFrame, *, similarity: float = SIMILARITY) -> pd.DataFrame:
    """One row per event reported by several articles.

    Rows merge when they have the same date interval, share an actor, come from different
    documents (never two rows of one document into one event), and their sentences share at
    least `similarity` of their content words (Jaccard). Rows are taken in the table's order
    (`ORDER`), so the result does not depend on the order of the input; the first row of a
    group is kept, `sources` adds up the rows merged into it and `source_events` lists their
    ids. Returns a new frame in the table's order; the input is not changed.
    """
    table = in_table_order(table)
    mergeable = (table["date_start"].notna() & table["actors"].map(len).gt(0)).to_numpy()
    if not mergeable.any():
        return table
    keep = [True] * len(table)
    sources = [int(n) for n in table["sources"]]
    merged = [list(ids) for ids in table["source_events"]]
    doc_ids = table["doc_id"].tolist()
    sentences = table["sentence"].tolist()
    actor_lists = table["actors"].tolist()
    # `indices` are positions within the mergeable rows; this maps them back to the table's.
    table_positions = np.flatnonzero(mergeable)
    groups = table.loc[mergeable].groupby(["date_start", "date_end"], sort=False).indices
    for group in groups.values():
        positions = sorted(int(p) for p in table_positions[group])
        if len({doc_ids[p] for p in positions}) < 2:
            continue
        kept: list[_Kept] = []
        for position in positions:
            words = content_words(str(sentences[position]))
            actors = set(actor_lists[position])
            for candidate in kept:
                if (
                    doc_ids[position] not in candidate.documents
                    and actors & candidate.actors
                    and similar(words, candidate.words, similarity)
                ):
                    keep[position] = False
                    sources[candidate.position] += sources[position]
                    merged[candidate.position] += merged[position]
                    candidate.documents.add(doc_ids[position])
                    break
            else:
                kept.append(_Kept(position, actors, words, {doc_ids[position]}))
    result = table.assign(
        sources=pd.Series(sources, dtype="int64"),
        source_events=pd.Series(merged, dtype="object"),
    )
    return result.loc[keep].reset_index(drop=True)
