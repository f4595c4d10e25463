"""Pipeline: the wiring of the stages, from documents to the event table, on every core.

    documents -> publication date -> temporal expressions -> actors -> events -> event table

    >>> docs, errors = read_documents(["data/"])  # doctest: +SKIP
    >>> result = extract(docs)  # doctest: +SKIP
    >>> result.table.shape  # doctest: +SKIP

Large inputs are cut into chunks (`timeline.chunks`) processed by worker processes (each
loads the spaCy model once); small inputs run in this process, where a model loaded earlier is
reused.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.actors import ActorMention, AliasTable, find_actors, load_aliases, load_model
from timeline.blas import start_numpy_on_one_thread
from timeline.chunks import CHUNK_CHARS, CHUNK_SIZE, PARALLEL_THRESHOLD, chunks_of, default_workers
from timeline.documents import Document
from timeline.events import Event, build_events, has_anaphor
from timeline.events.dates import several_dates
from timeline.pattern_cache import cached_patterns
from timeline.published import resolve_published
from timeline.reading import Prepared, prepare
from timeline.sentences import Sentence
from timeline.syntax import Predicate, load_tagger, whole_and_opening_predicates
from timeline.workers import supervise

if TYPE_CHECKING:  # pandas loads with the table, not in a worker process
    import pandas as pd

#: The pattern cache (`timeline.pattern_cache`) of this process's reading while its workers
#: start (`_ReadAhead`): the patterns the stages build on first use (about a hundred, 0.1 to
#: 0.2 s of CPU to compile: furniture lines, statement verbs, `strptime`'s), not at import.
READ_AHEAD_PATTERNS = "read-ahead"

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `extract` returns: the table, the documents as dated (those not skipped), one
    warning per problem and one message per skipped document."""

    table: pd.DataFrame
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: one message per document given up (over the time budget, or its worker failed)
    skipped: tuple[str, ...] = field(default_factory=tuple)


def date_documents(
    documents: Sequence[Document], published: date | None = None
) -> tuple[list[Document], list[str]]:
    """Give every document its publication date: `published` (from the user) wins, then the
    document's metadata, then inference from its text. Returns the documents and warnings.

    >>> text = "LIMA, March 14 (Wire) - Talks ended.\\n\\nCopyright 2023"
    >>> docs, warnings = date_documents([Document(id="a", text=text)])
    >>> docs[0].published, docs[0].published_source
    (datetime.date(2023, 3, 14), 'dateline')
    >>> docs, warnings = date_documents([Document(id="b", text="Copyright 2023")])
    >>> docs[0].published, docs[0].published_source
    (None, 'none')
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
    return events_of_prepared([prepare(doc) for doc in documents], model=model, aliases=aliases)


def events_of_prepared(
    documents: Sequence[Prepared],
    *,
    model: str | None = None,
    aliases: AliasTable | None = None,
) -> list[Event]:
    """The events of documents read up to the models (`timeline.reading.prepare`), in this
    process."""
    nlp = load_model(model)
    tagger = load_tagger(model)
    stories = [read.story for read in documents]
    timexes_of = [read.timexes for read in documents]
    sentences_of = [read.sentences for read in documents]
    candidates_of = [read.candidates for read in documents]
    texts = [read.focused for read in documents]
    mentions = find_actors(
        texts,
        nlp=nlp,
        aliases=aliases,
        contexts=[doc.text for doc in stories],
        times=[[(timex.start, timex.end) for timex in timexes] for timexes in timexes_of],
    )
    # The tagger reads only the event sentences that name an actor, or point back to one
    # ("He fought cancer in 2004 and took six months off in early 2009"): the rows a reader
    # filters by actor, and those with two dates, which may date two clauses. Other rows
    # keep one event per sentence and no action.
    # A sentence without an expression of its own (it inherits a date or reports the news
    # day) needs only its main verb: the tagger reads its opening words. One with an
    # expression, dated or vague, needs every clause to place it.
    with_expression: set[str] = set()
    event_texts: dict[str, None] = {}
    for candidates, doc_mentions in zip(candidates_of, mentions, strict=True):
        for candidate in candidates:
            # one that names no one but holds two dates is read clause by clause too
            if (
                _names_actor(doc_mentions, candidate.sentence)
                or has_anaphor(candidate.sentence.text)
                or several_dates(candidate.expressions)
            ):
                event_texts[candidate.sentence.text] = None
                if candidate.expressions:
                    with_expression.add(candidate.sentence.text)
    whole = [text for text in event_texts if text in with_expression]
    openings = [text for text in event_texts if text not in with_expression]
    of_whole, of_openings = whole_and_opening_predicates(tagger, whole, openings)
    analysed = dict(zip(whole, of_whole, strict=True))
    analysed.update(zip(openings, of_openings, strict=True))

    def analyse(texts: list[str]) -> list[list[Predicate]]:
        return [analysed.get(text, []) for text in texts]

    events: list[Event] = []
    for read, timexes, sentences, doc_mentions, candidates in zip(
        documents, timexes_of, sentences_of, mentions, candidates_of, strict=True
    ):
        doc = read.story
        written = read.document.text
        built = build_events(doc, sentences, timexes, doc_mentions, analyse, candidates, written)
        events.extend(with_roles(built, doc_mentions))
    return events


def with_roles(events: Sequence[Event], mentions: Sequence[ActorMention]) -> list[Event]:
    """The events with each actor's role or title as the article gives it ("U.S. Secretary of
    State" for Antony Blinken), "" where it gives none: a person's title is the article's, not
    the sentence's, so any mention that carries one names it."""
    roles: dict[str, str] = {}
    for mention in mentions:
        if mention.role and mention.name not in roles:
            roles[mention.name] = mention.role
    return [
        replace(event, actor_roles=tuple(roles.get(actor, "") for actor in event.actors))
        for event in events
    ]


def _names_actor(mentions: Sequence[ActorMention], sentence: Sentence) -> bool:
    index = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    return index < len(mentions) and mentions[index].start < sentence.end


_worker_settings: tuple[str | None, AliasTable | None, date | None] = (None, None, None)


def _init_worker(model: str | None, aliases: AliasTable | None, published: date | None) -> None:
    global _worker_settings  # noqa: PLW0603  (per-process settings of a pool worker)
    _worker_settings = (model, aliases, published)
    start_numpy_on_one_thread()  # a worker that imports spaCy itself (spawned, say)
    load_model(model)
    load_tagger(model)


_Chunk = tuple[list[Document], list[str], list[Event]]
#: What a worker is given: a document, or one this process has read up to the models.
_Item = Document | Prepared


def _worker_chunk(items: list[_Item]) -> _Chunk:
    """Date a chunk of documents and find its events (in a pool worker); a document already
    read (dated too) is taken from there."""
    model, aliases, published = _worker_settings
    dated, warnings = date_documents([i for i in items if isinstance(i, Document)], published)
    read = [i for i in items if isinstance(i, Prepared)] + [prepare(doc) for doc in dated]
    warnings.extend(warning for r in read for warning in r.warnings)
    events = events_of_prepared(read, model=model, aliases=aliases)
    return [r.document for r in read], warnings, events


def _worker_events(items: list[_Item]) -> _Chunk:
    """Find the events of a chunk of documents already dated (in a pool worker)."""
    model, aliases, _ = _worker_settings
    read = [item if isinstance(item, Prepared) else prepare(item) for item in items]
    return [r.document for r in read], [], events_of_prepared(read, model=model, aliases=aliases)


def _name(item: _Item) -> str:
    document = item.document if isinstance(item, Prepared) else item
    return document.source or document.id


class _ReadAhead:
    """This process's work while the workers start (`supervise`'s `while_starting`): per
    call, it dates the documents of one chunk (their warnings go with them) and reads them up
    to the models, from the end of the queue (the shortest chunks; a chunk over
    `CHUNK_CHARS`, a long document, is left to a worker and its time budget). A chunk that
    fails here is left to a worker, which says why."""

    def __init__(self, chunks: list[list[_Item]], published: date | None, dating: bool) -> None:
        self.chunks = chunks
        self.published = published
        self.dating = dating
        self.next = len(chunks) - 1

    def __call__(self) -> bool:
        if self.next < 0:
            return False
        documents = [item for item in self.chunks[self.next] if isinstance(item, Document)]
        if sum(len(doc.text) for doc in documents) > CHUNK_CHARS:
            return False
        with contextlib.suppress(Exception):  # a worker reads it again, and says why it fails
            self.chunks[self.next] = [self._read(doc) for doc in documents]
        self.next -= 1
        return self.next >= 0

    def _read(self, document: Document) -> Prepared:
        if not self.dating:
            return prepare(document)
        dated, warnings = date_documents([document], self.published)
        return replace(prepare(dated[0]), warnings=tuple(warnings))


@dataclass(slots=True)
class _Collected:
    """What the workers sent back, gathered as chunks end."""

    dated: dict[str, Document] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _supervised(
    work: Callable[[list[_Item]], _Chunk],
    documents: Sequence[Document],
    *,
    model: str | None,
    aliases: AliasTable | None,
    published: date | None,
    workers: int,
    timeout: float | None,
    start_method: str | None,
    progress: Progress | None,
) -> _Collected:
    """Run `work` on the documents' chunks in supervised worker processes (`timeline.workers`).

    By default workers are forked, and inherit the models loaded here; a program with threads
    of its own (the dashboard) asks for "forkserver" or "spawn", whose workers load their own.
    The command asks for "forkserver" too (`timeline.workers.start_forkserver`): its workers
    import while it reads the documents, and load their models at once, on every core.
    Workers that do not fork from here start when their server is ready (spaCy imported, the
    models loaded): until then this process dates documents and reads them up to the models
    for them (`_ReadAhead`), the patterns the stages build on first use taken from the last
    run's (`READ_AHEAD_PATTERNS`).
    """
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("fork" if "fork" in methods else "spawn")
    if method == "fork":  # loaded once here, shared by every worker
        load_model(model)
        load_tagger(model)
    chunks = [list[_Item](chunk) for chunk in chunks_of(documents)]
    ahead = None if method == "fork" else _ReadAhead(chunks, published, work is _worker_chunk)
    outcomes = supervise(
        work,
        chunks,
        timeout=timeout,
        workers=min(workers, max(1, len(documents))),
        context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(model, aliases, published),
        describe=_name,
        while_starting=ahead,
    )
    collected = _Collected()
    done = 0
    # the read-ahead runs at the first outcome asked for (`supervise` is a generator)
    with cached_patterns(READ_AHEAD_PATTERNS) if ahead else contextlib.nullcontext():
        for outcome in outcomes:
            if outcome.value is None:
                collected.skipped.append(outcome.failure or "")
            else:
                chunk_dated, chunk_warnings, chunk_events = outcome.value
                collected.dated.update((doc.id, doc) for doc in chunk_dated)
                collected.warnings.extend(chunk_warnings)
                collected.events.extend(chunk_events)  # the table sorts them: order is moot
            done += len(outcome.items)
            if progress:
                progress(done, len(documents))
    collected.warnings.sort()  # chunks finish in any order; the report should not
    collected.skipped.sort()
    return collected


def events_within_budget(
    documents: Sequence[Document],
    *,
    timeout: float,
    model: str | None = None,
    aliases: AliasTable | None = None,
    workers: int = 1,
    start_method: str | None = None,
) -> tuple[list[Event], list[str]]:
    """The events of already dated documents, found in worker processes with `timeout`
    seconds per document, and one message per document skipped for going over it.

    >>> events_within_budget([doc], timeout=60, start_method="forkserver")  # doctest: +SKIP
    ([Event(...)], [])
    """
    collected = _supervised(
        _worker_events,
        documents,
        model=model,
        aliases=aliases,
        published=None,
        workers=workers,
        timeout=timeout,
        start_method=start_method,
        progress=None,
    )
    return collected.events, collected.skipped


@dataclass(frozen=True, slots=True)
class Found:
    """What `find_events` returns: the documents as dated (those not skipped), the events of
    each (before the steps across articles), one warning per problem and one message per
    skipped document."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()


def find_events(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    published: date | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    start_method: str | None = None,
) -> Found:
    """Date the documents and find their events, as `extract` does, without the table: the
    command writes its CSV from them without pandas (`timeline.rows`).

    >>> found = find_events([Document(id="a", text="Blinken spoke on Monday, 23 Oct 2023.")])
    >>> len(found.events), found.documents[0].published_source
    (1, 'none')
    """
    alias_table = aliases if isinstance(aliases, AliasTable) else load_aliases(aliases)
    workers = default_workers() if workers is None else max(1, workers)
    total = len(documents)
    if timeout is None and (workers == 1 or total < PARALLEL_THRESHOLD):
        # dated and read chunk by chunk, so that a text's furniture, found to date it, is
        # still remembered when it is read (`furniture.RECENT_TEXTS`)
        dated, warnings, events = [], [], []
        for start in range(0, total, CHUNK_SIZE):
            chunk, chunk_warnings = date_documents(documents[start : start + CHUNK_SIZE], published)
            dated.extend(chunk)
            warnings.extend(chunk_warnings)
            events.extend(events_of(chunk, model=model, aliases=alias_table))
            if progress:
                progress(min(start + CHUNK_SIZE, total), total)
        collected = _Collected(events=events, warnings=warnings)
    else:
        collected = _supervised(
            _worker_chunk,
            documents,
            model=model,
            aliases=alias_table,
            published=published,
            workers=workers,
            timeout=timeout,
            start_method=start_method,
            progress=progress,
        )
        dated = [collected.dated[doc.id] for doc in documents if doc.id in collected.dated]
    return Found(
        tuple(dated), tuple(collected.events), tuple(collected.warnings), tuple(collected.skipped)
    )


def extract(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    published: date | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    timeout: float | None = None,
    start_method: str | None = None,
    merge: bool = True,
) -> Extraction:
    """Date the documents, find their events, and build the event table.

    With `timeout` (seconds per document), the work runs in worker processes under
    supervision: a document over the budget is skipped with a message in `skipped`, and the
    rest goes on. Without it, small inputs run in this process. `start_method` is how worker
    processes start (default "fork" where there is one; see `_supervised`). With `merge`
    False, an event reported by several articles keeps a row per article (the store keeps
    each article's own rows, so that one article can be replaced alone).

    >>> doc = Document(id="a", text="Blinken spoke on Monday, October 23rd, 2023.")
    >>> extract([doc]).table.shape[0]
    1
    """
    found = find_events(
        documents,
        model=model,
        aliases=aliases,
        published=published,
        workers=workers,
        progress=progress,
        timeout=timeout,
        start_method=start_method,
    )
    from timeline.parts import merge_across_articles  # noqa: PLC0415  (pandas: only here)

    table = merge_across_articles(found.documents, found.events, merge=merge)
    return Extraction(table, found.documents, found.warnings, found.skipped)
