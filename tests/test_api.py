"""The public surface: what `import timeline` offers is pinned, so a change to it is deliberate."""

from __future__ import annotations

import timeline


def test_public_api_is_pinned() -> None:
    assert timeline.__all__ == [
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
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None


def test_errors_form_one_hierarchy() -> None:
    for error in (
        timeline.DocumentError,
        timeline.PublishedDateError,
        timeline.ModelError,
        timeline.ExportError,
    ):
        assert issubclass(error, timeline.TimelineError)
    for error in (
        timeline.EmptyDocumentError,
        timeline.BinaryDocumentError,
        timeline.EncodingError,
        timeline.DocumentTooLargeError,
    ):
        assert issubclass(error, timeline.DocumentError)
