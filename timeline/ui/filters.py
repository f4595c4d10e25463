"""The sidebar's filters, kept in the URL: a filtered view is a link
(`?actor=Antony+Blinken&actor=Lloyd+Austin&start=2023-10-01&q=troops`).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd
import streamlit as st

from timeline.documents import Document
from timeline.escaping import safe_text
from timeline.kinds import Anchor, Granularity
from timeline.views import Filters, actor_counts

GRANULARITIES = [granularity.value for granularity in Granularity]
ANCHORS = [anchor.value for anchor in Anchor]


def url_list(key: str) -> list[str]:
    return list(dict.fromkeys(st.query_params.get_all(key)))


def url_date(key: str) -> date | None:
    value = st.query_params.get(key)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def seed(key: str, value: object) -> None:
    """Widgets start from the URL on a session's first run, and from the user after that."""
    if key not in st.session_state:
        st.session_state[key] = value


def sidebar_filters(table: pd.DataFrame, dated: list[Document]) -> Filters:
    """The sidebar's filters over an event table in memory."""
    dated_rows = table.loc[table["date_start"].notna()]
    lowest = dated_rows["date_start"].min().date() if not dated_rows.empty else None
    highest = dated_rows["date_end"].max().date() if not dated_rows.empty else None
    titles = {d.id: d.title or d.id for d in dated} or dict(
        zip(table["doc_id"].astype(str), table["title"].fillna("").astype(str), strict=True)
    )
    return filter_widgets(actor_counts(table), (lowest, highest), titles)


def filter_widgets(
    counts: Counter[str], bounds: tuple[date | None, date | None], titles: dict[str, str]
) -> Filters:
    """The sidebar's filters, given their options: events per actor, the first and last day,
    and the articles' titles by id (from a table in memory or from a store)."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    if "actor" not in st.session_state:
        unknown = [name for name in url_list("actor") if name not in counts]
        if unknown:  # a shared link made on other articles
            st.sidebar.warning(
                safe_text("No events name " + ", ".join(unknown) + " in these articles."),
                icon="🔗",
            )
    seed("actor", [name for name in url_list("actor") if name in counts])
    actors = sidebar.multiselect(
        "Actors",
        options=[name for name, _ in counts.most_common()],
        format_func=lambda name: f"{name} ({counts[name]})",
        key="actor",
        placeholder="All actors",
    )
    seed("all", st.query_params.get("all") == "1")
    match_all = sidebar.toggle("Events with all of them", key="all", disabled=len(actors) < 2)
    lowest = bounds[0] or date(2000, 1, 1)
    highest = bounds[1] or date(2030, 1, 1)
    seed("dates", (url_date("start") or lowest, url_date("end") or highest))
    seed("dates_bounds", (lowest, highest))
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
    seed("q", st.query_params.get("q", ""))
    query = sidebar.text_input("Search the sentences", key="q")
    seed("doc", [d for d in url_list("doc") if d in titles])
    documents = sidebar.multiselect(
        "Articles", options=list(titles), format_func=lambda d: titles[d], key="doc"
    )
    seed("precision", [g for g in url_list("precision") if g in GRANULARITIES])
    granularities = sidebar.multiselect("Date precision", GRANULARITIES, key="precision")
    seed("anchor", [a for a in url_list("anchor") if a in ANCHORS])
    anchors = sidebar.multiselect(
        "How the date was found",
        ANCHORS,
        key="anchor",
        help="explicit: the sentence gives it; inherited: from the sentence before; "
        "published: the article's day; vague: 'recently' and the like, no day.",
    )
    owned = {
        "actor": actors,
        "all": "1" if match_all else [],
        "start": start.isoformat() if start else [],
        "end": end.isoformat() if end else [],
        "q": query or [],
        "doc": documents,
        "precision": granularities,
        "anchor": anchors,
    }
    # Other parameters (the page shown, its actor or thread) belong to other parts of the page.
    kept = {key: st.query_params.get_all(key) for key in st.query_params if key not in owned}
    st.query_params.from_dict({**kept, **owned})
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
