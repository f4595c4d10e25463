"""Pipeline: the wiring of the stages, from documents to the event table, on every core.

    documents -> publication date -> temporal expressions -> actors -> events -> event table

    >>> docs, errors = read_documents(["data/"])  # doctest: +SKIP
    >>> result = extract(docs)  # doctest: +SKIP
    >>> result.table.shape  # doctest: +SKIP

Large inputs are cut into chunks processed by worker processes (each loads the spaCy model
once); small inputs run in this process, where a model loaded earlier is reused.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.actors import AliasTable, find_actors, load_aliases, load_model
from timeline.documents import Document
from timeline.events import Event, build_events
from timeline.published import resolve_published
from timeline.sentences import split_sentences
from timeline.table import event_table
from timeline.temporal import tag

#: Below this many documents, worker processes cost more to start than they save.
PARALLEL_THRESHOLD = 24
CHUNK_SIZE = 16

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `extract` returns: the table, the documents as dated, and one warning per problem."""

    table: pd.DataFrame
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = field(default_factory=tuple)


def date_documents(
    documents: Sequence[Document], published: date | None = None
) -> tuple[list[Document], list[str]]:
    """Give every document its publication date: `published` (from the user) wins, then the
    document's metadata, then inference from its text. Returns the documents and warnings.

    >>> docs, warnings = date_documents([Document(id="a", text="Copyright 2023")])
    >>> docs[0].published_source
    'inferred'
    """
    dated: list[Document] = []
    warnings: list[str] = []
    for doc in documents:
        if published is not None:
            dated.append(replace(doc, published=published, published_source="user"))
            continue
        resolved = resolve_published(doc.text, doc.published_given)
        if resolved.warning:
            warnings.append(f"{doc.source or doc.id}: {resolved.warning}")
        dated.append(replace(doc, published=resolved.date, published_source=resolved.source))
    return dated, warnings


def events_of(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    aliases: AliasTable | None = None,
) -> list[Event]:
    """The events of already dated documents, in this process."""
    nlp = load_model(model)
    mentions = find_actors([doc.text for doc in documents], nlp=nlp, aliases=aliases)
    events: list[Event] = []
    for doc, doc_mentions in zip(documents, mentions, strict=True):
        timexes = tag(doc.text, doc.published)
        events.extend(build_events(doc, split_sentences(doc.text), timexes, doc_mentions))
    return events


_worker_settings: tuple[str | None, AliasTable | None] = (None, None)


def _init_worker(model: str | None, aliases: AliasTable | None) -> None:
    global _worker_settings  # noqa: PLW0603  (per-process settings of a pool worker)
    _worker_settings = (model, aliases)
    load_model(model)


def _worker_events(documents: Sequence[Document]) -> list[Event]:
    model, aliases = _worker_settings
    return events_of(documents, model=model, aliases=aliases)


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    published: date | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Date the documents, find their events, and build the event table.

    >>> doc = Document(id="a", text="Blinken spoke on Monday, October 23rd, 2023.")
    >>> extract([doc]).table.shape[0]
    1
    """
    alias_table = aliases if isinstance(aliases, AliasTable) else load_aliases(aliases)
    dated, warnings = date_documents(documents, published)
    workers = default_workers() if workers is None else max(1, workers)
    total = len(dated)
    events: list[Event] = []
    if workers == 1 or total < PARALLEL_THRESHOLD:
        for start in range(0, total, CHUNK_SIZE):
            chunk = dated[start : start + CHUNK_SIZE]
            events.extend(events_of(chunk, model=model, aliases=alias_table))
            if progress:
                progress(min(start + CHUNK_SIZE, total), total)
    else:
        chunks = [dated[start : start + CHUNK_SIZE] for start in range(0, total, CHUNK_SIZE)]
        context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        )
        with ProcessPoolExecutor(
            max_workers=min(workers, len(chunks)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(model, alias_table),
        ) as pool:
            done = 0
            for chunk, chunk_events in zip(chunks, pool.map(_worker_events, chunks), strict=True):
                events.extend(chunk_events)
                done += len(chunk)
                if progress:
                    progress(done, total)
    return Extraction(event_table(dated, events), tuple(dated), tuple(warnings))
