"""Timeline: who did what, when, from news articles.

    >>> import timeline
    >>> docs, errors = timeline.read_documents(["data/"])
    >>> table = timeline.extract(docs).table
    >>> timeline.write_table(table, "events.csv")  # doctest: +SKIP

The pipeline, one module a stage: documents -> published -> temporal -> actors -> events ->
table -> export / views; the store (`timeline.store`) keeps the events in a DuckDB file.
"""

from __future__ import annotations

from timeline.actors import ActorMention, AliasTable, find_actors, load_aliases, load_model
from timeline.documents import Document, parse_bytes, read_documents
from timeline.errors import (
    BinaryDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    ExportError,
    ModelError,
    PublishedDateError,
    StoreError,
    TimelineError,
    WorkerStartError,
)
from timeline.events import Event, build_events
from timeline.export import export_bytes, read_table, to_csv, write_table
from timeline.filters import Filters
from timeline.kinds import ActorType, Anchor, Granularity, PublishedSource, TimexType
from timeline.pipeline import Extraction, date_documents, extract
from timeline.published import Published, resolve_published
from timeline.sentences import Sentence, split_sentences
from timeline.table import COLUMNS, SCHEMA, event_table
from timeline.temporal import Timex, tag

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "SCHEMA",
    "ActorMention",
    "ActorType",
    "AliasTable",
    "Anchor",
    "BinaryDocumentError",
    "Document",
    "DocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncodingError",
    "Event",
    "ExportError",
    "Extraction",
    "Filters",
    "Granularity",
    "ModelError",
    "Published",
    "PublishedDateError",
    "PublishedSource",
    "Sentence",
    "StoreError",
    "TimelineError",
    "Timex",
    "TimexType",
    "WorkerStartError",
    "build_events",
    "date_documents",
    "event_table",
    "export_bytes",
    "extract",
    "find_actors",
    "load_aliases",
    "load_model",
    "parse_bytes",
    "read_documents",
    "read_table",
    "resolve_published",
    "split_sentences",
    "tag",
    "to_csv",
    "write_table",
]
