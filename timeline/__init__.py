"""Timeline: who did what, when, from news articles.

    >>> import timeline
    >>> docs, errors = timeline.read_documents(["data/"])
    >>> table = timeline.extract(docs).table
    >>> timeline.write_table(table, "events.csv")  # doctest: +SKIP

The pipeline, one module a stage: documents -> published -> temporal -> actors -> events ->
table -> export / views; the store (`timeline.store`) keeps the events in a DuckDB file.

The names below are imported when first used, so that `import timeline.cli` (or a worker
process importing a stage) does not load pandas, the web readers and every stage first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: Where each public name lives.
_HOMES = {
    "ActorMention": "timeline.actors",
    "ActorType": "timeline.kinds",
    "AliasTable": "timeline.actors",
    "Anchor": "timeline.kinds",
    "BinaryDocumentError": "timeline.errors",
    "COLUMNS": "timeline.table",
    "Document": "timeline.documents",
    "DocumentError": "timeline.errors",
    "DocumentTooLargeError": "timeline.errors",
    "EmptyDocumentError": "timeline.errors",
    "EncodingError": "timeline.errors",
    "Event": "timeline.events",
    "ExportError": "timeline.errors",
    "Extraction": "timeline.pipeline",
    "Filters": "timeline.filters",
    "Granularity": "timeline.kinds",
    "ModelError": "timeline.errors",
    "Published": "timeline.published",
    "PublishedDateError": "timeline.errors",
    "PublishedSource": "timeline.kinds",
    "SCHEMA": "timeline.table",
    "StoreError": "timeline.errors",
    "Sentence": "timeline.sentences",
    "TimelineError": "timeline.errors",
    "Timex": "timeline.temporal",
    "TimexType": "timeline.kinds",
    "WorkerStartError": "timeline.errors",
    "build_events": "timeline.events",
    "date_documents": "timeline.pipeline",
    "event_table": "timeline.table",
    "export_bytes": "timeline.export",
    "extract": "timeline.pipeline",
    "find_actors": "timeline.actors",
    "load_aliases": "timeline.actors",
    "load_model": "timeline.actors",
    "parse_bytes": "timeline.documents",
    "read_documents": "timeline.documents",
    "read_table": "timeline.export",
    "resolve_published": "timeline.published",
    "split_sentences": "timeline.sentences",
    "tag": "timeline.temporal",
    "to_csv": "timeline.export",
    "write_table": "timeline.export",
}

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


def __getattr__(name: str) -> Any:
    """A public name, imported from its module when first asked for."""
    if name not in _HOMES:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
