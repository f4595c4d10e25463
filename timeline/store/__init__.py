"""The store: events and articles in one DuckDB file, written by `timeline ingest`, read by
queries that filter in SQL (`timeline.store.query`) and by `timeline export`.

    >>> from timeline.store import ingest, connect_read_only, query
    >>> report = ingest(["data/"], "timeline.duckdb")  # doctest: +SKIP
    >>> query.count(connect_read_only("timeline.duckdb"))  # doctest: +SKIP
"""

from __future__ import annotations

from timeline.store import query
from timeline.store.ingest import IngestReport, ingest
from timeline.store.schema import SCHEMA_VERSION, connect_read_only, open_store

__all__ = ["SCHEMA_VERSION", "IngestReport", "connect_read_only", "ingest", "open_store", "query"]
