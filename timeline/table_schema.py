"""The event table's schema: its columns in order, each with its type and meaning, without
pandas (the command's own process reads it to write CSV rows, `timeline.rows`).

    >>> COLUMNS[:4]
    ('event_id', 'doc_id', 'title', 'url')
    >>> LIST_COLUMNS
    ('actors', 'actor_types', 'actor_roles', 'source_events')
"""

from __future__ import annotations

from timeline.kinds import ActorType, Granularity, PublishedSource, describe

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
#: The order of the table's rows: by date (undated last), then article, offset and id.
ORDER = ["date_start", "doc_id", "sentence_start", "event_id"]
