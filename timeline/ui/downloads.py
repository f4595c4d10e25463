"""The downloads of the rows shown (CSV, JSON Lines, TimelineJS), under every view. They hold
every column of the table, the analysis's `conflict_id` and `thread_id` too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from timeline.export import to_csv, to_jsonl, to_timelinejs

#: Filtered tables up to this size have their downloads made with the page.
EAGER_DOWNLOAD_ROWS = 2000


def download_buttons(
    shown: pd.DataFrame,
    total: int | None = None,
    everything: Callable[[], pd.DataFrame] | None = None,
) -> None:
    """The three downloads of the filtered rows: `shown` itself, or, from a store, all `total`
    of them read by `everything` when a button is clicked."""
    left, middle, right = st.columns(3)
    # A big table's files are made when a button is clicked, not on every filter change; a
    # small one's with the page (a click during a rerun would find a deferred file gone).
    count = len(shown) if total is None else total
    eager = count <= EAGER_DOWNLOAD_ROWS
    rows = everything if everything is not None else (lambda: shown)

    def prepared(make: Callable[[pd.DataFrame], bytes]) -> Any:
        return make(rows()) if eager else (lambda: make(rows()))

    left.download_button(
        "Download CSV", prepared(to_csv), "timeline.csv", "text/csv", key="download_csv"
    )
    middle.download_button(
        "Download JSON Lines",
        prepared(to_jsonl),
        "timeline.jsonl",
        "application/jsonl",
        key="download_jsonl",
    )
    right.download_button(
        "Download TimelineJS",
        prepared(to_timelinejs),
        "timeline-timelinejs.json",
        "application/json",
        key="download_timelinejs",
    )
