"""Timeline dashboard: drop in articles, get an interactive timeline of who did what, when.

Run with `make run` (or `streamlit run app.py`). Every filter lives in the URL, so a filtered
view is a link: `?actor=Antony+Blinken&actor=Lloyd+Austin&start=2023-10-01&q=troops`; so is
the page shown (`?view=network`, `?view=threads&thread=1`, `?view=conflicts&conflicts=1`,
`?view=actor&name=Antony+Blinken`; docs/dashboard.md).
Only this module and `timeline/ui/` import Streamlit; what it shows is computed in
`timeline.views`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.defaults import STORE_VARIABLE
from timeline.density import density_figure
from timeline.documents import Document
from timeline.escaping import safe_text, source_paragraph
from timeline.ui.conflicts import conflicts_view
from timeline.ui.downloads import download_buttons
from timeline.ui.filters import sidebar_filters
from timeline.ui.loading import ALIAS_FILE, event_table_of, model_setting, saved_table, sources
from timeline.ui.network import actor_view, network_view
from timeline.ui.store_view import (
    density_note,
    small_store_table,
    store_page,
    store_source,
    use_store,
)
from timeline.ui.story import (
    ACTOR,
    CONFLICTS,
    NETWORK,
    THREADS,
    TIMELINE,
    analysed,
    choice_store,
    page_switch,
    story_filters,
)
from timeline.ui.threads import threads_view
from timeline.views import actors_with_roles, counts_figure, filter_events, listing, timeline_figure

#: Rows listed in the table; more would slow every rerun and nobody reads them on screen.
TABLE_ROWS = 5000

st.set_page_config(page_title="Timeline", page_icon="🗓️", layout="wide")


def selected_event(
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


def main() -> None:
    st.title("Timeline")
    st.caption(
        "Who did what, when: the events of your articles, with every relative date resolved."
    )
    saved = os.environ.get("TIMELINE_TABLE")  # `timeline app --table events.parquet`
    store = os.environ.get(STORE_VARIABLE)  # `timeline app --store`, `make run`
    dated: list[Document] = []
    # From a store, only the listed rows are read (the rest is counted in SQL); None when the
    # store cannot be read (the page says why) or is switched off: then the articles are.
    stored_page = None
    whole = None  # a small store, read whole: every page works on it
    if store and use_store(store):
        whole = small_store_table(store)
        stored_page = None if whole is not None else store_page(store, TABLE_ROWS)
    analysis = None
    if stored_page is not None:
        filters, shown, total = stored_page.filters, stored_page.shown, stored_page.total
        stored, articles = stored_page.stored, stored_page.articles
        everything = stored_page.everything
    else:
        if whole is not None:
            table = whole
        elif saved:
            table = saved_table(saved, Path(saved).stat().st_mtime)
        else:
            documents, errors = sources()
            for error in errors:
                st.sidebar.error(safe_text(error), icon="⚠️")
            if not documents:
                st.info(
                    "No articles yet. Open **Articles** in the sidebar to upload articles (txt, "
                    "md, html, json, jsonl, csv) or paste one, or tick *Sample articles* to "
                    "explore the examples."
                )
                return
            aliases = ALIAS_FILE.read_bytes() if ALIAS_FILE.is_file() else b""
            table, dated = event_table_of(documents, aliases, model_setting())
        # Conflicts marked, the reader's date choices applied, threads found: once per table.
        choices = choice_store()
        analysis = analysed(table, choices)
        table = analysis.table
        filters = sidebar_filters(table, dated)
        shown = story_filters(filter_events(table, filters), analysis, filters.actors)
        total, stored = len(shown), len(table)
        articles = len(dated) or table["doc_id"].nunique()

        def everything() -> pd.DataFrame:
            return shown

    summary = f"{total} of {stored} events from {articles} articles"
    if filters.actors:
        summary += ", with " + ", ".join(filters.actors)
    st.caption(safe_text(summary))  # actor names come from article text
    if analysis is None:  # a store: its rows are read a page at a time
        st.caption(
            "Network, Threads, Conflicts and actor pages read a table in memory: switch "
            "*Show the store* off in the sidebar to open them on the articles."
        )
        view_page = TIMELINE
    else:
        view_page = page_switch()
    if analysis is not None and view_page == ACTOR:  # one actor's page, whatever the filters
        actor_view(analysis, filters.actors)
        return
    if shown.empty:
        st.warning("No events match the filters. Remove a filter in the sidebar to see more.")
        return
    if analysis is not None and view_page != TIMELINE:
        if view_page == NETWORK:
            network_view(shown, analysis)
        elif view_page == THREADS:
            threads_view(shown, analysis.threads)
        elif view_page == CONFLICTS:
            conflicts_view(shown, analysis, choices)
        download_buttons(shown)
        return
    colour_by = st.segmented_control(
        "Colour by", ["article", "actor type"], default="article", key="colour"
    )
    # One view at a time: only the chosen figure is built and sent on a rerun.
    view = st.segmented_control(
        "View", ["Timeline", "Events per week", "Events per month"], default="Timeline", key="view"
    )
    chart: object = None
    if stored_page is not None and stored_page.density is not None:  # too many to draw one by one
        st.caption(safe_text(density_note(stored_page)))
        st.plotly_chart(
            density_figure(stored_page.density, stored_page.period),
            width="stretch",
            key="density",
        )
    elif view in (None, "Timeline"):
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
    if total > len(listed):
        st.caption(
            f"The table lists the first {len(listed):,} of {total:,} events; "
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
    event = selected_event(shown, listed, chart, rows)
    if event is not None and stored_page is not None:
        store_source(event)
    elif event is not None:
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
    download_buttons(shown, total, everything)


main()
