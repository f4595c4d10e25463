"""Who acts with whom, and one actor's page.

The Network view draws the actors of the filtered events (so it follows the date range and
every other filter); a click on a node filters the timeline to that actor. The actor page
(`?view=actor&name=Antony+Blinken`) shows `timeline.analysis.actor_profile` with a link to
share it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline.analysis import (
    ActorProfile,
    actor_network,
    actor_profile,
    network_figure,
    profile_figure,
)
from timeline.escaping import safe_text
from timeline.ui.story import Analysis, open_actor_page, show_on_timeline
from timeline.views import actor_counts

#: The widget keys of the network chart and of the actor page's name.
NETWORK_KEY = "network"
NAME_KEY = "actor_name"


def rows_key(rows: pd.DataFrame) -> int:
    """Which rows these are (their event ids), for caching what is drawn from them."""
    return int(pd.util.hash_pandas_object(rows["event_id"], index=False).sum()) ^ len(rows)


@st.cache_resource(show_spinner="Drawing who acts with whom…", max_entries=32)
def _network(table_key: str, rows: int, _rows: pd.DataFrame) -> go.Figure:
    del table_key, rows  # the cache key: the analysed table and the filtered rows' ids
    return network_figure(actor_network(_rows))


@st.cache_resource(show_spinner=False, max_entries=64)
def _profile(table_key: str, actor: str, _table: pd.DataFrame) -> ActorProfile:
    del table_key
    return actor_profile(_table, actor)


def _selected(state: Any) -> list[dict[str, Any]]:
    selection = getattr(state, "selection", None) or (
        state.get("selection") if isinstance(state, dict) else None
    )
    points = getattr(selection, "points", None) or (
        selection.get("points") if isinstance(selection, dict) else None
    )
    return [point for point in points or [] if isinstance(point, dict)]


def clicked_actor(state: Any) -> str | None:
    """The actor of the node clicked in the network chart's selection `state` (its
    `customdata`), or None (an edge, an empty click)."""
    for point in _selected(state):
        name = point.get("customdata")
        if isinstance(name, list) and name:
            name = name[0]
        if isinstance(name, str) and name:
            return name
    return None


def _follow_node() -> None:
    """A callback: a click on a node filters the timeline to that actor and shows it."""
    name = clicked_actor(st.session_state.get(NETWORK_KEY))
    if name is not None:
        show_on_timeline(name)


def network_view(shown: pd.DataFrame, analysis: Analysis) -> None:
    """Actors of the filtered events as nodes sized by events, edges by shared events."""
    st.caption(
        "Actors of the events shown, sized by their events, linked when named in the same "
        "event (thicker: more events together), coloured by type. Click an actor to see "
        "their timeline; the date range and the other filters apply."
    )
    st.plotly_chart(
        _network(analysis.key, rows_key(shown), shown),
        width="stretch",
        key=NETWORK_KEY,
        on_select=_follow_node,
        selection_mode="points",
    )
    names = [name for name, _ in actor_counts(shown).most_common()]
    if names:
        left, _ = st.columns([1, 2])
        picked = left.selectbox(
            "Open an actor's page", names, index=None, key="network_actor", placeholder="Actor"
        )
        if picked:
            left.button(
                safe_text(f"Open {picked}'s page"),
                key="network_open",
                on_click=open_actor_page,
                args=(picked,),
            )


def share_link(name: str) -> str:
    """The address of `name`'s page: this app's address with `?view=actor&name=...`."""
    base = (st.context.url or "").split("?")[0].rstrip("/")
    return f"{base}/?{urlencode({'view': 'actor', 'name': name})}"


def actor_view(analysis: Analysis, actors: tuple[str, ...]) -> None:
    """One actor's page: their events over time, partners, roles as written, articles."""
    counts = actor_counts(analysis.table)
    names = [name for name, _ in counts.most_common()]
    if not names:
        st.info("No actors in these articles yet.")
        return
    if NAME_KEY not in st.session_state:
        wanted = st.query_params.get("name", "")
        if wanted and wanted not in counts:  # a link made on other articles
            st.warning(safe_text(f"No events name {wanted} in these articles."), icon="🔗")
        st.session_state[NAME_KEY] = wanted if wanted in counts else (actors or names)[0]
    if st.session_state[NAME_KEY] not in counts:
        st.session_state[NAME_KEY] = names[0]
    name = st.selectbox("Actor", names, format_func=lambda n: f"{n} ({counts[n]})", key=NAME_KEY)
    st.query_params["name"] = name
    profile = _profile(analysis.key, name, analysis.table)
    st.subheader(safe_text(name))
    st.caption(
        safe_text(
            f"{profile.actor_type or 'actor'} · {profile.events} events"
            + (f", {profile.undated} without a day" if profile.undated else "")
            + f" · in {len(profile.articles)} articles"
        )
    )
    link = share_link(name)
    st.caption("Link to share this page:")
    st.code(link, language=None)
    st.button(
        safe_text(f"Show {name} on the timeline"),
        key="actor_timeline",
        on_click=show_on_timeline,
        args=(name,),
    )
    st.plotly_chart(profile_figure(profile), width="stretch", key="actor_months")
    left, right = st.columns(2)
    left.markdown("**Acts most with**")
    left.dataframe(
        profile.partners,
        hide_index=True,
        column_config={"actor": "Actor", "events": st.column_config.NumberColumn("Events")},
        key="actor_partners",
    )
    right.markdown("**Roles and titles, as written**")
    right.dataframe(
        profile.roles,
        hide_index=True,
        column_config={"role": "Role", "events": st.column_config.NumberColumn("Events")},
        key="actor_roles",
    )
    st.markdown("**Articles that name them**")
    st.dataframe(
        profile.articles.drop(columns=["doc_id"]),
        hide_index=True,
        column_config={
            "title": "Article",
            "url": st.column_config.LinkColumn("Link", display_text="open"),
            "events": st.column_config.NumberColumn("Events"),
        },
        key="actor_articles",
    )
