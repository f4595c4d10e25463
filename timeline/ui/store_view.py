"""The dashboard on a store (`timeline app --store FILE`, `make run`): the sidebar's options
and the shown rows are queried from the DuckDB file, so only what is shown is loaded.

The store is opened read-only, for one rerun at a time (a connection per rerun, so per
session thread, as DuckDB asks): while the page is idle nothing holds the file, and
`timeline ingest` may add articles between two reruns. The app never writes to the store.
"""

from __future__ import annotations

import os
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from timeline.density import density_period, density_threshold
from timeline.errors import StoreError
from timeline.escaping import safe_text, source_paragraph
from timeline.filters import Filters
from timeline.store import connect_read_only, query
from timeline.ui.filters import filter_widgets

#: Articles the sidebar's list offers at most (the newest, and those the link or the user
#: picked): a store may hold hundreds of thousands, and the list is sent on every rerun.
ARTICLE_OPTIONS = 1000


@dataclass(frozen=True, slots=True)
class StoreOptions:
    """What the sidebar offers, read once per version of the store file."""

    counts: Counter[str]
    bounds: tuple[date | None, date | None]
    titles: dict[str, str]
    events: int


@dataclass(frozen=True, slots=True)
class StorePage:
    """One rerun's answer from the store: the filters, the rows listed (at most the asked
    limit), how many the filters select, and the density counts past the threshold."""

    path: str
    filters: Filters
    shown: pd.DataFrame
    total: int
    stored: int
    articles: int
    density: pd.DataFrame | None
    period: str

    def everything(self) -> pd.DataFrame:
        """Every selected row (for the downloads): the shown rows when they are all, else a
        fresh read of the store."""
        if self.total <= len(self.shown):
            return self.shown
        with closing(connect_read_only(self.path)) as connection:
            return query.rows(connection, self.filters)


def _modified(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


# Shared, not copied on every rerun (st.cache_data would unpickle 100,000s of titles each time).
@st.cache_resource(show_spinner="Reading the store…", max_entries=8)
def store_options(path: str, modified: float) -> StoreOptions:
    """The actors with their events, the date bounds, the articles and the event count of
    the store at `path`, cached until the file changes (`modified`)."""
    del modified  # part of the cache key: a store written since is read again
    with closing(connect_read_only(path)) as connection:
        articles = query.documents(connection).sort_values(
            "published", ascending=False, kind="stable", na_position="last"
        )
        titles = {
            str(doc_id): str(title) if isinstance(title, str) and title else str(doc_id)
            for doc_id, title in zip(articles["id"], articles["title"], strict=True)
        }
        return StoreOptions(
            counts=query.actor_counts(connection),
            bounds=query.date_bounds(connection),
            titles=titles,
            events=query.count(connection),
        )


#: A store of at most this many events is read whole, so every page of the dashboard (the
#: network, threads, conflicts, actor pages) works on it as on articles read in memory
#: (`TIMELINE_IN_MEMORY_EVENTS` overrides it; 0 always queries the store a page at a time).
IN_MEMORY_EVENTS = 50_000


def in_memory_limit() -> int:
    """`TIMELINE_IN_MEMORY_EVENTS`, or `IN_MEMORY_EVENTS` when unset or not a whole number."""
    try:
        return max(0, int(os.environ.get("TIMELINE_IN_MEMORY_EVENTS", IN_MEMORY_EVENTS)))
    except ValueError:
        return IN_MEMORY_EVENTS


@st.cache_resource(show_spinner="Reading the store…", max_entries=4)
def _whole(path: str, modified: float) -> pd.DataFrame:
    del modified  # part of the cache key: a store written since is read again
    with closing(connect_read_only(path)) as connection:
        return query.rows(connection)


def small_store_table(path: str) -> pd.DataFrame | None:
    """The whole event table of a store small enough to read at once; None for a bigger
    store, or one that cannot be read (`store_page` then says why)."""
    limit = in_memory_limit()
    if limit <= 0:
        return None
    try:
        options = store_options(path, _modified(path))
        if options.events > limit:
            return None
        return _whole(path, _modified(path))
    except (StoreError, duckdb.Error):
        return None


def use_store(path: str) -> bool:
    """Whether to show the store (a sidebar switch: unticked, the articles of the sidebar are
    read in memory instead, as without a store)."""
    chosen = st.sidebar.toggle(
        "Show the store",
        value=True,
        key="store",
        help=safe_text(
            f"{path}, opened read-only. Uploaded or pasted articles are not added to it: "
            "switch this off to read them in memory, or add them with `timeline ingest "
            f"ARTICLES --store {path}`."
        ),
    )
    return bool(chosen)


#: Filter states whose answer is kept (a rerun with the same filters, such as picking an
#: event in the table, reads nothing from the store again).
ANSWERS_KEPT = 16


@st.cache_data(show_spinner="Reading the store…", max_entries=ANSWERS_KEPT)
def store_answer(
    path: str, modified: float, filters: Filters, limit: int, threshold: int
) -> tuple[pd.DataFrame, int, pd.DataFrame | None, str]:
    """The first `limit` rows `filters` selects in the store at `path`, how many it selects,
    and past `threshold` of them the density counts and their period: from one scan of the
    events (`query.Selection`), kept per filter state until the file changes (`modified`)."""
    del modified  # part of the cache key: a store written since is read again
    with (
        closing(connect_read_only(path)) as connection,
        query.Selection(connection, filters) as chosen,
    ):
        shown = chosen.page(limit=limit)
        if chosen.total <= threshold:
            return shown, chosen.total, None, ""
        period = density_period(*chosen.span())
        return shown, chosen.total, chosen.density(period), period


def store_page(path: str, limit: int) -> StorePage | None:
    """The sidebar's filters and the rows they select in the store at `path`, at most
    `limit` of them listed. None, with a message in the page, when the store cannot be read
    (missing, in use by an ingest, another schema version): the caller goes on without it."""
    try:
        options = store_options(path, _modified(path))
        filters = filter_widgets(options.counts, options.bounds, offered(options.titles))
        shown, total, density, period = store_answer(
            path, _modified(path), filters, limit, density_threshold()
        )
    except (StoreError, duckdb.Error) as error:
        st.error(
            safe_text(f"The store cannot be read: {error}")
            + " The articles of the sidebar are shown instead.",
            icon="🗄️",
        )
        return None
    st.sidebar.caption(
        safe_text(f"Store: {path} (read-only). Add articles with `timeline ingest`.")
    )
    return StorePage(
        path=path,
        filters=filters,
        shown=shown,
        total=total,
        stored=options.events,
        articles=len(options.titles),
        density=density,
        period=period,
    )


def offered(titles: dict[str, str]) -> dict[str, str]:
    """The articles the sidebar lists: the first `ARTICLE_OPTIONS` of `titles` (the newest),
    and any the link (`doc=`) or the user picked."""
    picked = [*st.query_params.get_all("doc"), *st.session_state.get("doc", [])]
    shown = dict(islice(titles.items(), ARTICLE_OPTIONS))
    return shown | {doc: titles[doc] for doc in picked if doc in titles}


def density_note(page: StorePage) -> str:
    """What the chart shows when it counts rather than draws the events."""
    return (
        f"{page.total:,} events match: the chart counts them per actor and {page.period} "
        f"(over {density_threshold():,} events the single events are not drawn). Narrow the "
        "date range or filter by actor to see them one by one."
    )


def store_source(event: pd.Series) -> None:
    """An event's source from the store: it keeps no article text, so the sentence (its date
    and actors marked) and a link to the article are shown."""
    st.subheader("Source")
    published = event["published"]
    day = "no date" if pd.isna(published) else pd.Timestamp(published).date().isoformat()
    title = event["title"] if isinstance(event["title"], str) else ""
    st.caption(
        safe_text(f"{title or event['doc_id']}, published {day}")
        + safe_text(f" · dated by “{_text(event['date_text']) or 'the article day'}”")
        + safe_text(f" ({event['anchor']})")
    )
    reason = _text(event.get("date_reason"))
    if reason:
        st.caption(safe_text(f"Why this date: {reason}"))
    sentence = _text(event["sentence"])
    start = int(event["sentence_start"])
    # The sentence alone is the "document": offsets made relative to it.
    shifted = event.copy()
    shifted["sentence_start"], shifted["sentence_end"] = 0, len(sentence)
    for column in ("date_text_start", "date_text_end"):
        value = event.get(column)
        shifted[column] = None if value is None or pd.isna(value) else int(value) - start
    st.markdown(
        '<div class="timeline-source">'
        + source_paragraph(sentence, shifted)
        + "</div><style>mark.timeline-date{background:#E69F00;color:#000}"
        "mark.timeline-actor{background:#56B4E933}</style>",
        unsafe_allow_html=True,  # built from escaped text by source_paragraph
    )
    st.caption("The store keeps the sentence, not the article's text: open the article to read on.")
    url = _text(event.get("url"))
    if url:
        st.link_button("Open the article", url)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
