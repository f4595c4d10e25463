"""The Threads view: one lane per story thread on the timeline, named by its actors and dates,
so a pile of articles reads as its stories; a thread opens into its own events (the sidebar's
"Story thread" filter, `?thread=N` in the URL, or a click on one of its events).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline.analysis import thread_lanes
from timeline.escaping import safe_text
from timeline.views import listing, timeline_figure

#: At most this many threads get a lane (the largest); the summary lists them all.
MAX_LANES = 40
LANES_KEY = "thread_lanes"


def _open_thread(thread_of: dict[str, int]) -> None:
    """A callback: a click on an event of a lane opens its thread."""
    state = st.session_state.get(LANES_KEY)
    selection = getattr(state, "selection", None) or {}
    points = selection.get("points", []) if isinstance(selection, dict) else []
    for point in points:
        thread = thread_of.get(str(point.get("customdata")))
        if thread is not None:
            st.session_state["thread"] = thread
            return


def _all_threads() -> None:
    st.session_state["thread"] = None


def threads_view(shown: pd.DataFrame, summary: pd.DataFrame) -> None:
    """The threads of the filtered events as lanes; with a thread chosen, its events."""
    thread = st.session_state.get("thread")
    if summary.empty:
        st.info(
            "No story threads in these articles: a thread needs at least 3 events from 2 "
            "articles, a few days apart at most, linked by the people or organisations they "
            "name. Add articles that tell one story."
        )
        return
    if thread is not None:
        row = summary.loc[summary["thread_id"] == thread].iloc[0]
        st.subheader(safe_text(f"Thread {thread}: {row['name']}"))
        st.caption(
            safe_text(
                f"{row['events']} events from {row['documents']} articles: "
                + "; ".join(str(title) for title in row["titles"])
            )
        )
        st.button("All threads", key="all_threads", on_click=_all_threads)
        st.plotly_chart(timeline_figure(shown), width="stretch", key="thread_timeline")
        st.dataframe(
            listing(shown),
            hide_index=True,
            column_config={
                "date_start": st.column_config.TextColumn("From"),
                "date_end": st.column_config.TextColumn("To"),
                "actors": st.column_config.ListColumn("Actors"),
                "sentence": st.column_config.TextColumn("Sentence", width="large"),
                "url": st.column_config.LinkColumn("Link", display_text="open"),
            },
            key="thread_events",
        )
        return
    lanes = thread_lanes(shown, summary)
    in_view = summary.loc[summary["thread_id"].isin(set(lanes["thread_id"]))]
    if lanes.empty:
        st.info("No events of a story thread match the filters. Remove a filter to see more.")
        return
    st.caption(
        safe_text(
            f"{len(in_view)} story thread{'s hold' if len(in_view) != 1 else ' holds'} "
            f"{len(lanes)} of these {len(shown)} events. "
            "Click an event, or pick a thread in the sidebar, to open its thread."
        )
    )
    thread_of = dict(
        zip(lanes["event_id"].astype(str), lanes["thread_id"].astype(int), strict=True)
    )
    st.plotly_chart(
        timeline_figure(lanes, max_lanes=MAX_LANES),
        width="stretch",
        key=LANES_KEY,
        on_select=lambda: _open_thread(thread_of),
        selection_mode="points",
    )
    st.dataframe(
        in_view.assign(
            date_start=in_view["date_start"].dt.strftime("%Y-%m-%d"),
            date_end=in_view["date_end"].dt.strftime("%Y-%m-%d"),
        ).drop(columns=["titles"]),
        hide_index=True,
        column_config={
            "thread_id": st.column_config.NumberColumn("Thread"),
            "name": st.column_config.TextColumn("Story", width="large"),
            "date_start": "From",
            "date_end": "To",
            "events": st.column_config.NumberColumn("Events"),
            "documents": st.column_config.NumberColumn("Articles"),
            "actors": st.column_config.ListColumn("Actors"),
        },
        key="thread_summary",
    )
