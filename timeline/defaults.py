"""Defaults the command line names before it loads anything heavy (the store's modules import
DuckDB and pandas): where the store is, how the dashboard is told, how much an ingest commits
at once. Defined here once; `timeline.store` uses them.

    >>> DEFAULT_STORE.name, STORE_VARIABLE, BATCH_SIZE
    ('timeline.duckdb', 'TIMELINE_STORE', 64)
"""

from __future__ import annotations

from pathlib import Path

#: The store `timeline ingest`, `timeline export` and `timeline app` use when none is named.
DEFAULT_STORE = Path("timeline.duckdb")
#: The environment variable `timeline app --store` (and `make run`) hands the store's path to
#: the dashboard in.
STORE_VARIABLE = "TIMELINE_STORE"
#: Documents per transaction: a stopped ingest loses at most this many documents' work.
BATCH_SIZE = 64
