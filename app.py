"""Timeline dashboard: drop in articles, get an interactive timeline of who did what, when.

Run with `make run` (or `streamlit run app.py`). Every filter lives in the URL, so a filtered
view is a link: `?actor=Antony+Blinken&actor=Lloyd+Austin&start=2023-10-01&q=troops`.
Only this module imports Streamlit; what it shows is computed in `timeline.views`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from multiprocessing import get_all_start_methods
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from timeline.actors import load_aliases, load_model
from timeline.documents import (
    SUPPORTED_SUFFIXES,
    Document,
    is_link,
    parse_bytes,
    read_documents,
    unique_ids,
)
from timeline.errors import ModelError
from timeline.events import Event, merge_names
from timeline.export import read_table, to_csv, to_jsonl, to_timelinejs
from timeline.kinds import Anchor, Granularity
from timeline.pipeline import date_documents, events_of, events_within_budget
from timeline.syntax import load_tagger
from timeline.table import event_table, merge_duplicates
from timeline.views import (
    Filters,
    actor_counts,
    actors_with_roles,
    counts_figure,
    filter_events,
    listing,
    safe_text,
    source_paragraph,
    timeline_figure,
)
from timeline.web import read_links

DATA_DIR = Path(__file__).resolve().parent / "data"
ALIAS_FILE = DATA_DIR / "actors.csv"
GRANULARITIES = [granularity.value for granularity in Granularity]
ANCHORS = [anchor.value for anchor in Anchor]
#: Rows listed in the table; more would slow every rerun and nobody reads them on screen.
TABLE_ROWS = 5000
#: Filtered tables up to this size have their downloads made with the page.
EAGER_DOWNLOAD_ROWS = 2000
#: Documents longer than this (about forty news articles) are read in a worker process under
#: a time budget; shorter ones in this process, where the model is already loaded.
INLINE_CHARS = 100_000
#: Seconds a long document may take before it is skipped (`TIMELINE_TIMEOUT` overrides it).
DEFAULT_TIMEOUT = 60.0

st.set_page_config(page_title="Timeline", page_icon="🗓️", layout="wide")


@st.cache_resource(show_spinner="Loading the language model…")
def _models(name: str | None) -> bool:
    load_model(name)
    load_tagger(name)
    return True


@st.cache_data(show_spinner=False, max_entries=2000)
def _events(
    document: Document, aliases: bytes, model: str | None, timeout: float
) -> tuple[list[Event], tuple[str, ...]]:
    """One document's events, cached by its content, date and model: a filter never re-runs
    this. A long document is read in a worker process with `timeout` seconds, so no upload
    can hold the page; the second value says why it was skipped, if it was."""
    alias_table = load_aliases(ALIAS_FILE) if aliases else None
    if len(document.text) > INLINE_CHARS:
        # a fresh process, not a fork of this one: the server's threads do not survive a fork
        events, skipped = events_within_budget(
            [document],
            timeout=timeout,
            model=model,
            aliases=alias_table,
            start_method="forkserver" if "forkserver" in get_all_start_methods() else "spawn",
        )
        return events, tuple(skipped)
    _models(model)
    return events_of([document], model=model, aliases=alias_table), ()


def _timeout() -> float:
    """Seconds a long document may take (`TIMELINE_TIMEOUT`, default `DEFAULT_TIMEOUT`)."""
    try:
        seconds = float(os.environ.get("TIMELINE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return seconds if seconds > 0 else DEFAULT_TIMEOUT


def _model_setting() -> str | None:
    """The spaCy pipeline the user names in the sidebar (default: en_core_web_sm)."""
    with st.sidebar.expander("Settings", expanded=False):
        name = st.text_input(
            "spaCy pipeline",
            key="model",
            placeholder="en_core_web_sm",
            help="An installed spaCy pipeline (package name or path) for finding actors.",
        ).strip()
    if not name:
        return None
    try:
        _models(name)
    except ModelError as error:
        st.sidebar.error(safe_text(str(error)) + " Using the default pipeline.", icon="⚠️")
        return None
    return name


@st.cache_data(show_spinner=False, max_entries=64)
def _sample() -> tuple[list[Document], list[str]]:
    docs, errors = read_documents([DATA_DIR])
    return docs, [str(e) for e in errors]


def _sources() -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    errors: list[str] = []
    with st.sidebar.expander("Articles", expanded=False):
        use_sample = st.checkbox("Sample articles (data/)", value=True, key="sample")
        uploads = st.file_uploader(
            "Upload articles",
            type=[suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES],
            accept_multiple_files=True,
            key="uploads",
            help="Text, Markdown, saved web pages (HTML); JSON, JSON Lines or CSV with a "
            "'text' field (and optionally id, title, published, url); RSS or Atom feeds; "
            ".urls files of links, one a line.",
        )
        pasted = st.text_area("…or paste an article", key="pasted", height=120)
        links = st.text_area(
            "…or paste links to pages or feeds, one a line",
            key="links",
            height=80,
            placeholder="https://news.example/2023/10/23/story",
        )
        follow = st.checkbox(
            "Read feed items from their pages",
            key="follow",
            help="A feed item's summary is short: this fetches the page each item links to.",
        )
    if use_sample:
        docs, errs = _sample()
        documents.extend(docs)
        errors.extend(errs)
    for upload in uploads or []:
        docs, upload_errors = parse_bytes(
            upload.name, upload.getvalue(), doc_prefix=f"upload/{upload.name}"
        )
        documents.extend(docs)
        errors.extend(str(e) for e in upload_errors)
    if pasted.strip():
        docs, paste_errors = parse_bytes("pasted.txt", pasted.encode("utf-8"), doc_prefix="pasted")
        documents.extend(docs)
        errors.extend(str(e) for e in paste_errors)
    addresses = tuple(dict.fromkeys(line.strip() for line in links.splitlines() if line.strip()))
    if addresses:
        docs, link_errors = _linked(addresses, follow)
        documents.extend(docs)
        errors.extend(link_errors)
    return unique_ids(documents), errors


@st.cache_data(show_spinner="Fetching the links…", ttl=900, max_entries=32)
def _linked(addresses: tuple[str, ...], follow: bool) -> tuple[list[Document], list[str]]:
    """The documents of pasted links, fetched once per quarter hour (pages change)."""
    not_links = [address for address in addresses if not is_link(address)]
    docs, errors = read_links([a for a in addresses if is_link(a)], follow=follow)
    messages = [
        f"{address}: not a link (it must start with http:// or https://)" for address in not_links
    ]
    return docs, messages + [str(error) for error in errors]


def _url_list(key: str) -> list[str]:
    return list(dict.fromkeys(st.query_params.get_all(key)))


def _url_date(key: str) -> date | None:
    value = st.query_params.get(key)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _seed(key: str, value: object) -> None:
    """Widgets start from the URL on a session's first run, and from the user after that."""
    if key not in st.session_state:
        st.session_state[key] = value


def _corrections(dated: list[Document]) -> dict[str, date]:
    """The documents' publication dates, editable: a corrected date re-dates that article."""
    frame = pd.DataFrame(
        {
            "doc_id": [d.id for d in dated],
            "title": [d.title for d in dated],
            "published": [d.published for d in dated],
            "source": [d.published_source for d in dated],
            "url": [d.url for d in dated],
        }
    )
    with st.expander(f"Articles ({len(dated)}) and their publication dates"):
        st.caption(
            "The publication date is the reference every relative date resolves against. "
            "Correct it here when it is wrong; the timeline follows."
        )
        edited = st.data_editor(
            frame,
            hide_index=True,
            disabled=["doc_id", "title", "source", "url"],
            column_config={
                "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
                "source": st.column_config.TextColumn("How it was obtained"),
                "url": st.column_config.LinkColumn("Address"),
            },
            key="published_editor",
            width="stretch",
        )
    changed: dict[str, date] = {}
    for original, new in zip(dated, edited["published"], strict=True):
        if new is not None and not pd.isna(new):
            day = new if isinstance(new, date) else pd.Timestamp(new).date()
            if day != original.published:
                changed[original.id] = day
    return changed


def _table(
    documents: list[Document], aliases: bytes, model: str | None
) -> tuple[pd.DataFrame, list[Document]]:
    dated, warnings = date_documents(documents)
    for warning in warnings:
        st.sidebar.warning(safe_text(warning), icon="📅")
    overrides = _corrections(dated)
    dated = [
        replace(d, published=overrides[d.id], published_source="user") if d.id in overrides else d
        for d in dated
    ]
    events: list[Event] = []
    skipped: set[str] = set()
    bar = st.progress(0.0, text="Reading articles…")
    for number, document in enumerate(dated, start=1):
        if len(document.text) > INLINE_CHARS:
            size = f"{len(document.text) / 1e6:.1f} million characters"
            bar.progress(
                (number - 1) / len(dated),
                text=safe_text(f"Reading {document.source or document.id} ({size})…"),
            )
        found, failures = _events(document, aliases, model, _timeout())
        events.extend(found)
        for failure in failures:
            st.sidebar.error(safe_text(failure), icon="⏱️")
            skipped.add(document.id)
        bar.progress(number / len(dated), text=f"Reading articles… {number}/{len(dated)}")
    bar.empty()
    dated = [d for d in dated if d.id not in skipped]
    key = tuple((d.id, str(d.published), hash(d.text)) for d in dated)
    return _assembled((*key, ("model", str(model), hash(aliases))), dated, events), dated


def _filters(table: pd.DataFrame, dated: list[Document]) -> Filters:
    counts = actor_counts(table)
    sidebar = st.sidebar
    sidebar.header("Filters")
    if "actor" not in st.session_state:
        unknown = [name for name in _url_list("actor") if name not in counts]
        if unknown:  # a shared link made on other articles
            st.sidebar.warning(
                safe_text("No events name " + ", ".join(unknown) + " in these articles."),
                icon="🔗",
            )
    _seed("actor", [name for name in _url_list("actor") if name in counts])
    actors = sidebar.multiselect(
        "Actors",
        options=[name for name, _ in counts.most_common()],
        format_func=lambda name: f"{name} ({counts[name]})",
        key="actor",
        placeholder="All actors",
    )
    _seed("all", st.query_params.get("all") == "1")
    match_all = sidebar.toggle("Events with all of them", key="all", disabled=len(actors) < 2)
    dated_rows = table.loc[table["date_start"].notna()]
    lowest = dated_rows["date_start"].min().date() if not dated_rows.empty else date(2000, 1, 1)
    highest = dated_rows["date_end"].max().date() if not dated_rows.empty else date(2030, 1, 1)
    _seed("dates", (_url_date("start") or lowest, _url_date("end") or highest))
    _seed("dates_bounds", (lowest, highest))
    if st.session_state["dates"] == st.session_state["dates_bounds"]:
        # Untouched by the user: the range follows the data (a corrected date may widen it).
        st.session_state["dates"] = st.session_state["dates_bounds"] = (lowest, highest)
    chosen = sidebar.date_input(
        "Date range", min_value=date(1, 1, 1), max_value=date(9999, 12, 31), key="dates"
    )
    start = end = None
    if isinstance(chosen, tuple) and len(chosen) == 2:
        start = chosen[0] if chosen[0] != lowest else None
        end = chosen[1] if chosen[1] != highest else None
    _seed("q", st.query_params.get("q", ""))
    query = sidebar.text_input("Search the sentences", key="q")
    titles = {d.id: d.title or d.id for d in dated} or dict(
        zip(table["doc_id"].astype(str), table["title"].fillna("").astype(str), strict=True)
    )
    _seed("doc", [d for d in _url_list("doc") if d in titles])
    documents = sidebar.multiselect(
        "Articles", options=list(titles), format_func=lambda d: titles[d], key="doc"
    )
    _seed("precision", [g for g in _url_list("precision") if g in GRANULARITIES])
    granularities = sidebar.multiselect("Date precision", GRANULARITIES, key="precision")
    _seed("anchor", [a for a in _url_list("anchor") if a in ANCHORS])
    anchors = sidebar.multiselect(
        "How the date was found",
        ANCHORS,
        key="anchor",
        help="explicit: the sentence gives it; inherited: from the sentence before; "
        "published: the article's day; vague: 'recently' and the like, no day.",
    )
    st.query_params.from_dict(
        {
            "actor": actors,
            "all": "1" if match_all else [],
            "start": start.isoformat() if start else [],
            "end": end.isoformat() if end else [],
            "q": query or [],
            "doc": documents,
            "precision": granularities,
            "anchor": anchors,
        }
    )
    return Filters(
        actors=tuple(actors),
        start=start,
        end=end,
        query=query or "",
        documents=tuple(documents),
        granularities=tuple(granularities),
        anchors=tuple(anchors),
        match_all=match_all,
    )


def _selected(
    shown: pd.DataFrame, listed: pd.DataFrame, chart: object, rows: object
) -> pd.Series | None:
    """The event picked in the table (a row of `listed`) or in the chart (an event id)."""
    table_selection = getattr(rows, "selection", None) or {}
    for row in table_selection.get("rows", []) if isinstance(table_selection, dict) else []:
        if 0 <= row < len(listed):
            picked: pd.Series = listed.iloc[row]
            return picked
    chart_selection = getattr(chart, "selection", None) or {}
    for point in chart_selection.get("points", []) if isinstance(chart_selection, dict) else []:
        matches = shown.index[shown["event_id"] == point.get("customdata")]
        if len(matches):
            found: pd.Series = shown.loc[matches[0]]
            return found
    return None


# Big read-only frames are shared, not copied on every rerun (st.cache_data would unpickle a
# fresh copy each time); views never change a frame in place, they return new ones.
@st.cache_resource(show_spinner="Reading the saved event table…", max_entries=4)
def _saved_table(path: str, modified: float) -> pd.DataFrame:
    del modified  # part of the cache key: a rewritten file is read again
    return read_table(path)


@st.cache_resource(show_spinner=False, max_entries=16)
def _assembled(
    key: tuple[tuple[str, str, int], ...], _dated: list[Document], _events: list[Event]
) -> pd.DataFrame:
    """The event table of these documents, built once per set of documents and dates."""
    del key
    return merge_duplicates(event_table(_dated, merge_names(_events)))


def main() -> None:
    st.title("Timeline")
    st.caption(
        "Who did what, when: the events of your articles, with every relative date resolved."
    )
    saved = os.environ.get("TIMELINE_TABLE")  # `timeline app --table events.parquet`
    dated: list[Document] = []
    if saved:
        table = _saved_table(saved, Path(saved).stat().st_mtime)
    else:
        documents, errors = _sources()
        for error in errors:
            st.sidebar.error(safe_text(error), icon="⚠️")
        if not documents:
            st.info(
                "No articles yet. Open **Articles** in the sidebar to upload articles (txt, md, "
                "html, json, jsonl, csv) or paste one, or tick *Sample articles* to explore the "
                "examples."
            )
            return
        aliases = ALIAS_FILE.read_bytes() if ALIAS_FILE.is_file() else b""
        table, dated = _table(documents, aliases, _model_setting())
    filters = _filters(table, dated)
    shown = filter_events(table, filters)
    articles = len(dated) or table["doc_id"].nunique()
    summary = f"{len(shown)} of {len(table)} events from {articles} articles"
    if filters.actors:
        summary += ", with " + ", ".join(filters.actors)
    st.caption(safe_text(summary))  # actor names come from article text
    if shown.empty:
        st.warning("No events match the filters. Remove a filter in the sidebar to see more.")
        return
    colour_by = st.segmented_control(
        "Colour by", ["article", "actor type"], default="article", key="colour"
    )
    # One view at a time: only the chosen figure is built and sent on a rerun.
    view = st.segmented_control(
        "View", ["Timeline", "Events per week", "Events per month"], default="Timeline", key="view"
    )
    chart: object = None
    if view in (None, "Timeline"):
        chart = st.plotly_chart(
            timeline_figure(shown, colour_by=colour_by or "article"),
            width="stretch",
            key="timeline",
            on_select="rerun",
            selection_mode="points",
        )
    else:
        period = "W" if view == "Events per week" else "M"
        st.plotly_chart(counts_figure(shown, period), width="stretch", key="counts")
    listed = shown.iloc[:TABLE_ROWS]
    if len(shown) > TABLE_ROWS:
        st.caption(
            f"The table lists the first {TABLE_ROWS:,} of {len(shown):,} events; "
            "the downloads hold them all."
        )
    rows = st.dataframe(
        listing(listed),
        hide_index=True,
        column_config={
            "date_start": st.column_config.TextColumn("From"),
            "date_end": st.column_config.TextColumn("To"),
            "granularity": "Precision",
            "anchor": "Dated by",
            "date_text": "As written",
            "action": "Action",
            "actors": st.column_config.ListColumn("Actors"),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "title": "Article",
            "url": st.column_config.LinkColumn("Link", display_text="open"),
            "sources": st.column_config.NumberColumn("Reports"),
        },
        key="events",
        on_select="rerun",
        selection_mode="single-row",
    )
    event = _selected(shown, listed, chart, rows)
    if event is not None:
        texts = {d.id: d for d in dated}
        document = texts.get(str(event["doc_id"]))
        if document is not None:
            st.subheader("Source")
            published = document.published.isoformat() if document.published else "no date"
            date_text = event["date_text"]
            written = "" if pd.isna(date_text) else str(date_text)
            st.caption(
                safe_text(f"{document.title or document.id}, published {published}")
                + safe_text(f" · dated by “{written or 'the article day'}” ({event['anchor']})")
            )
            reason = event.get("date_reason")
            if isinstance(reason, str) and reason:
                st.caption(safe_text(f"Why this date: {reason}"))
            if len(event["actors"]):
                st.caption(safe_text(f"Actors: {actors_with_roles(event)}"))
            st.markdown(
                '<div class="timeline-source">'
                + source_paragraph(document.text, event)
                + "</div><style>mark.timeline-date{background:#E69F00;color:#000}"
                "mark.timeline-actor{background:#56B4E933}</style>",
                unsafe_allow_html=True,  # built from escaped text by source_paragraph
            )
            if document.url:
                st.link_button("Open the article", document.url)
    else:
        st.caption("Select an event in the chart or the table to read its source.")
    left, middle, right = st.columns(3)
    # A big table's files are made when a button is clicked, not on every filter change; a
    # small one's with the page (a click during a rerun would find a deferred file gone).
    eager = len(shown) <= EAGER_DOWNLOAD_ROWS

    def prepared(make: Callable[[pd.DataFrame], bytes]) -> Any:
        return make(shown) if eager else (lambda: make(shown))

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


main()
