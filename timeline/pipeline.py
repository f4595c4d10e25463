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
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.actors import ActorMention, AliasTable, find_actors, load_aliases, load_model
from timeline.documents import Document
from timeline.events import (
    ANAPHORA_WINDOW,
    Event,
    EventSentence,
    build_events,
    event_sentences,
    has_anaphor,
    news_date,
)
from timeline.events.dates import undated_news
from timeline.furniture import blank, without_furniture
from timeline.published import resolve_published
from timeline.sentences import Sentence, split_sentences
from timeline.syntax import Predicate, load_tagger, opening_predicates, predicates
from timeline.temporal import Timex, tag
from timeline.workers import supervise

if TYPE_CHECKING:  # pandas loads with the table, not in a worker process
    import pandas as pd

#: Below this many documents, worker processes cost more to start than they save.
PARALLEL_THRESHOLD = 24
CHUNK_SIZE = 4
#: A chunk holds at most this many characters: a long document is a chunk of its own.
CHUNK_CHARS = 40_000
#: The opening sentences the NER model always reads, for the full names articles give there
#: (a text written as one long paragraph is not read whole for them).
OPENING_SENTENCES = 6

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

    >>> docs, warnings = date_documents([Document(id="a", text="Copyright 2023")])
    >>> docs[0].published_source
    'copyright'
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


def ner_regions(
    sentences: Sequence[Sentence], candidates: Sequence[int], timexes: Sequence[Timex] = ()
) -> list[Sentence]:
    """The sentences the NER model must read: the event sentences, the sentences before one
    that says "he" or "the pair" (where they find their antecedents), and the opening (the
    paragraphs of the first three sentences, at most `OPENING_SENTENCES`: where articles give
    full names). The others cannot change an event's actors. A line that is only a date
    ("April 29, 2024" over the first paragraph) names no one, and the model, reading it
    before the lead, takes the lead's first name into the date: it is left out.

    >>> sentences = split_sentences("May 07, 2009\\n\\nPortland Harbor FC won.")
    >>> [s.text for s in ner_regions(sentences, [1], tag("May 07, 2009", None))]
    ['Portland Harbor FC won.']
    """
    keep = set()
    for number in candidates:
        keep.add(number)
        if number and has_anaphor(sentences[number].text):
            keep.update(range(max(0, number - ANAPHORA_WINDOW), number))
    first_paragraphs = {s.paragraph for s in sentences[:3]}
    keep.update(
        n for n, s in enumerate(sentences[:OPENING_SENTENCES]) if s.paragraph in first_paragraphs
    )
    dates = {(timex.start, timex.end) for timex in timexes}
    return [
        sentences[n]
        for n in sorted(keep)
        if (sentences[n].start, sentences[n].start + len(sentences[n].text.rstrip(" .")))
        not in dates
    ]


def masked(text: str, regions: Sequence[Sentence]) -> str:
    """`text` with everything outside `regions` blanked out, offsets unchanged.

    >>> masked("One. Two. Three.", [Sentence(5, 9, "Two.", 0)])
    '     Two.       '
    """
    pieces: list[str] = []
    position = 0
    for region in regions:
        pieces.append(blank(text[position : region.start]))
        pieces.append(text[region.start : region.end])
        position = region.end
    pieces.append(blank(text[position:]))
    return "".join(pieces)


def events_of(
    documents: Sequence[Document],
    *,
    model: str | None = None,
    aliases: AliasTable | None = None,
) -> list[Event]:
    """The events of already dated documents, in this process."""
    nlp = load_model(model)
    tagger = load_tagger(model)
    # per document: its expressions, sentences and event sentences, and its text masked to
    # the sentences the NER model must read
    timexes_of: list[list[Timex]] = []
    sentences_of: list[list[Sentence]] = []
    candidates_of: list[list[EventSentence]] = []
    texts: list[str] = []
    # The stages read the story: datelines, bylines, credits and captions are blanked
    # (offsets kept), so they give no event, no actor and no date to inherit.
    stories = [replace(doc, text=without_furniture(doc.text)) for doc in documents]
    for doc in stories:
        timexes = tag(doc.text, doc.published)
        sentences = split_sentences(doc.text)
        candidates = event_sentences(
            sentences,
            timexes,
            published=news_date(doc),
            title=doc.title,
            undated_news=undated_news(doc),
        )
        position = {s.start: n for n, s in enumerate(sentences)}
        numbers = [position[c.sentence.start] for c in candidates]
        texts.append(masked(doc.text, ner_regions(sentences, numbers, timexes)))
        timexes_of.append(timexes)
        sentences_of.append(sentences)
        candidates_of.append(candidates)
    mentions = find_actors(
        texts,
        nlp=nlp,
        aliases=aliases,
        contexts=[doc.text for doc in stories],
        times=[[(timex.start, timex.end) for timex in timexes] for timexes in timexes_of],
    )
    # The tagger reads only the event sentences that name an actor, or point back to one
    # ("He fought cancer in 2004 and took six months off in early 2009"): the rows a reader
    # filters by actor. Other rows keep one event per sentence and no action.
    # A sentence without an expression of its own (it inherits a date or reports the news
    # day) needs only its main verb: the tagger reads its opening words. One with an
    # expression, dated or vague, needs every clause to place it.
    with_expression: set[str] = set()
    event_texts: dict[str, None] = {}
    for candidates, doc_mentions in zip(candidates_of, mentions, strict=True):
        for candidate in candidates:
            if _names_actor(doc_mentions, candidate.sentence) or has_anaphor(
                candidate.sentence.text
            ):
                event_texts[candidate.sentence.text] = None
                if candidate.expressions:
                    with_expression.add(candidate.sentence.text)
    whole = [text for text in event_texts if text in with_expression]
    openings = [text for text in event_texts if text not in with_expression]
    analysed = dict(zip(whole, predicates(tagger, whole), strict=True))
    analysed.update(zip(openings, opening_predicates(tagger, openings), strict=True))

    def analyse(texts: list[str]) -> list[list[Predicate]]:
        return [analysed.get(text, []) for text in texts]

    events: list[Event] = []
    for doc, timexes, sentences, doc_mentions, candidates in zip(
        stories, timexes_of, sentences_of, mentions, candidates_of, strict=True
    ):
        built = build_events(doc, sentences, timexes, doc_mentions, analyse, candidates)
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
    load_model(model)
    load_tagger(model)


_Chunk = tuple[list[Document], list[str], list[Event]]


def _worker_chunk(documents: list[Document]) -> _Chunk:
    """Date a chunk of documents and find its events (in a pool worker)."""
    model, aliases, published = _worker_settings
    dated, warnings = date_documents(documents, published)
    return dated, warnings, events_of(dated, model=model, aliases=aliases)


def _worker_events(documents: list[Document]) -> _Chunk:
    """Find the events of a chunk of documents already dated (in a pool worker)."""
    model, aliases, _ = _worker_settings
    return documents, [], events_of(documents, model=model, aliases=aliases)


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunks_of(documents: Sequence[Document]) -> list[list[Document]]:
    """The documents in chunks of at most `CHUNK_SIZE` documents and `CHUNK_CHARS` characters
    (a longer document is a chunk of its own), longest first, so no worker is left with a
    long one at the end and a document's time budget is not shared with long neighbours."""
    chunks: list[list[Document]] = []
    size = 0
    for doc in documents:
        if not chunks or len(chunks[-1]) == CHUNK_SIZE or size + len(doc.text) > CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(doc)
        size += len(doc.text)
    return sorted(chunks, key=lambda chunk: -sum(len(doc.text) for doc in chunk))


@dataclass(slots=True)
class _Collected:
    """What the workers sent back, gathered as chunks end."""

    dated: dict[str, Document] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _supervised(
    work: Callable[[list[Document]], _Chunk],
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
    """
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("fork" if "fork" in methods else "spawn")
    if method == "fork":  # loaded once here, shared by every worker
        load_model(model)
        load_tagger(model)
    outcomes = supervise(
        work,
        chunks_of(documents),
        timeout=timeout,
        workers=min(workers, max(1, len(documents))),
        context=multiprocessing.get_context(method),
        initializer=_init_worker,
        initargs=(model, aliases, published),
        describe=lambda doc: doc.source or doc.id,
    )
    collected = _Collected()
    done = 0
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
    alias_table = aliases if isinstance(aliases, AliasTable) else load_aliases(aliases)
    workers = default_workers() if workers is None else max(1, workers)
    total = len(documents)
    if timeout is None and (workers == 1 or total < PARALLEL_THRESHOLD):
        dated, warnings = date_documents(documents, published)
        events: list[Event] = []
        for start in range(0, total, CHUNK_SIZE):
            chunk = dated[start : start + CHUNK_SIZE]
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
    from timeline.parts import merge_across_articles  # noqa: PLC0415  (pandas: only here)

    table = merge_across_articles(dated, collected.events, merge=merge)
    return Extraction(table, tuple(dated), tuple(collected.warnings), tuple(collected.skipped))
