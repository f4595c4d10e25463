"""The event table's rows without pandas: their order, one row per event several articles
report, and the CSV `timeline extract` writes, the very bytes of `timeline.table` and
`timeline.export.to_csv`.

The command's own process writes its CSV so, and never imports pandas: its import was 0.25 s of
that process's CPU at every start, and the table's frames were built after the last chunk, when
the workers are done and a core is idle.

    >>> rows = table_rows([], [])
    >>> rows, csv_bytes(rows)[:16]
    ([], b'event_id,doc_id,')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import ExportError
from timeline.table_schema import COLUMNS, DATE_COLUMNS, LIST_COLUMNS, SCHEMA

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events import Event

#: The export formats, by the extension a file's name ends in.
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".json": "timelinejs", ".parquet": "parquet"}
#: What a cell a spreadsheet would run as a formula begins with.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: How CSV joins a list cell; reading a CSV back splits on it.
LIST_SEPARATOR = "; "


def format_for(path: str | Path) -> str:
    """The export format a file name asks for.

    >>> format_for("events.parquet")
    'parquet'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(f"cannot write {str(path)!r}: the extension must be one of {known}")
    return FORMATS[suffix]


def write_file(path: str | Path, data: bytes) -> None:
    """Write `data` to `path`; an `ExportError` that says why it cannot be written."""
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise ExportError(f"cannot write {str(path)!r}: {error.strerror}") from None


def neutralise_formula(cell: str) -> str:
    """Make a cell inert in a spreadsheet.

    >>> neutralise_formula("=HYPERLINK(\\"http://evil\\")")
    '\\'=HYPERLINK("http://evil")'
    """
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell


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


@dataclass(slots=True)
class _Kept:
    """A row other rows may merge into, with the documents and actors merged so far."""

    position: int
    actors: set[str]
    words: frozenset[str]
    documents: set[str]


@dataclass(slots=True)
class Merging:
    """The columns one row per event is merged from, as lists in the table's order: each
    row's article, sentence and actors; and its `sources` and `source_events`, which
    `merge_groups` adds up into the row kept."""

    doc_ids: Sequence[str]
    sentences: Sequence[str]
    actor_lists: Sequence[Sequence[str]]
    sources: list[int]
    merged: list[list[str]]


def merge_groups(
    groups: Iterable[list[int]], merging: Merging, similarity: float = SIMILARITY
) -> list[bool]:
    """Which rows are kept when each group of rows (positions in the table's order, one date
    interval, dated rows with actors) is merged: a row merges into the first kept row before it
    of another article that shares an actor and `similarity` of its content words
    (`timeline.table.merge_duplicates`); that row's `sources` and `source_events` take it in.

    >>> merging = Merging(["a", "b"], ["Ana met Ben.", "Ana met Ben."], [["Ana"], ["Ana"]],
    ...                   [1, 1], [["a-1"], ["b-1"]])
    >>> merge_groups([[0, 1]], merging), merging.sources, merging.merged
    ([True, False], [2, 1], [['a-1', 'b-1'], ['b-1']])
    """
    keep = [True] * len(merging.doc_ids)
    doc_ids, sources, merged = merging.doc_ids, merging.sources, merging.merged
    for positions in groups:
        if len({doc_ids[p] for p in positions}) < 2:
            continue
        kept: list[_Kept] = []
        for position in positions:
            words = content_words(str(merging.sentences[position]))
            actors = set(merging.actor_lists[position])
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
    return keep


def _order(event: Event) -> tuple[bool, date, str, int, str]:
    """An event's place in the table's order (`timeline.table_schema.ORDER`): by date, undated
    last, then article, offset and id."""
    day = event.date_start
    return (day is None, day or date.min, event.doc_id, event.sentence_start, event.event_id)


#: A cell of a row: text, a number, a day, a list, or nothing.
Cell = str | int | date | list[str] | None


def event_cells(event: Event, doc: Document | None) -> list[Cell]:
    """An event's cells in the schema's order, beside its article (`None`: not among the
    documents), as a row of its own (`sources` 1, `source_events` its own id): the one
    mapping of an event to a row, for `table_rows` and `timeline.table.event_table`."""
    return [
        event.event_id,
        event.doc_id,
        doc.title if doc else "",
        doc.url if doc else None,
        doc.published if doc else None,
        doc.published_source if doc else "none",
        event.date_start,
        event.date_end,
        event.granularity,
        event.anchor,
        event.date_text,
        event.date_value,
        event.date_text_start,
        event.date_text_end,
        event.date_reason,
        event.sentence,
        event.sentence_start,
        event.sentence_end,
        event.paragraph,
        event.action,
        list(event.actors),
        list(event.actor_types),
        list(event.actor_roles) or [""] * len(event.actors),
        1,
        [event.event_id],
    ]


def table_rows(documents: Sequence[Document], events: Sequence[Event]) -> list[list[Cell]]:
    """The rows of the table `timeline.parts.merge_across_articles` makes of the dated
    documents and the events of all the parts of a batch (one name and type per actor across
    articles, then one row per event several articles report), each a list of its cells in
    the schema's order."""
    from timeline.events.merge import merge_names  # noqa: PLC0415  (the stages: not at import)

    by_id = {doc.id: doc for doc in documents}
    ordered = sorted(merge_names(events), key=_order)
    merging = Merging(
        [e.doc_id for e in ordered],
        [e.sentence for e in ordered],
        [e.actors for e in ordered],
        [1] * len(ordered),
        [[e.event_id] for e in ordered],
    )
    groups: dict[tuple[date, date], list[int]] = {}
    for position, event in enumerate(ordered):
        # a row without a day, an end or an actor merges with none
        if event.date_start is not None and event.date_end is not None and event.actors:
            groups.setdefault((event.date_start, event.date_end), []).append(position)
    keep = merge_groups(groups.values(), merging)
    rows: list[list[Cell]] = []
    for position, event in enumerate(ordered):
        if not keep[position]:
            continue
        cells = event_cells(event, by_id.get(event.doc_id))
        cells[-2:] = [merging.sources[position], merging.merged[position]]
        rows.append(cells)
    return rows


#: The columns of whole numbers, by the schema's types.
_NUMBER_COLUMNS = frozenset(
    column for column, (dtype, _) in SCHEMA.items() if dtype in ("int64", "Int64")
)


def _csv_column(values: Sequence[Cell], column: str) -> list[str]:
    """One column's cells as `timeline.export.to_csv` writes them: nothing for a missing value,
    a day in ISO form, a number as written, a list joined with `LIST_SEPARATOR`; text and
    lists made inert in a spreadsheet (column by column: 50,000 cells for 2,000 rows)."""
    if column in DATE_COLUMNS:
        return ["" if day is None else day.isoformat() for day in values]  # type: ignore[union-attr]
    if column in _NUMBER_COLUMNS:
        return ["" if number is None else str(number) for number in values]
    if column in LIST_COLUMNS:
        values = [LIST_SEPARATOR.join(names) for names in values]  # type: ignore[arg-type]
    return [neutralise_formula("" if value is None else str(value)) for value in values]


def csv_bytes(rows: Sequence[Sequence[Cell]]) -> bytes:
    """The rows as CSV (UTF-8, RFC 4180 line ends, a header of the schema's columns).

    >>> csv_bytes([]).decode()[:24]
    'event_id,doc_id,title,ur'
    """
    by_column = list(zip(*rows, strict=True)) or [() for _ in COLUMNS]
    columns = [
        _csv_column(values, column) for values, column in zip(by_column, COLUMNS, strict=True)
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue().encode("utf-8")
