"""Views: filters over the event table and the Plotly figures the dashboard draws.

Everything here is pure (a table in, a table or a figure out), so tests call it directly and
the app only wires it to widgets.

    >>> shown = filter_events(table, Filters(actors=("Antony Blinken",)))  # doctest: +SKIP
    >>> figure = timeline_figure(shown)  # doctest: +SKIP
"""

from __future__ import annotations

import html
from collections import Counter

import pandas as pd
import plotly.graph_objects as go

# re-exported (the explicit form mypy reads): the dashboard imports it from here
from timeline.escaping import escaped
from timeline.filters import Filters as Filters  # noqa: PLC0414

NO_ACTOR = "(no actor)"
#: Okabe-Ito: distinguishable with every common colour-vision deficiency. Its black is
#: replaced by its usual grey variant, which shows on the dark theme too.
COLOUR_BLIND_SAFE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)

MARKER_SYMBOLS = ("circle", "diamond", "square", "triangle-up")
BAR_PATTERNS = ("", "/", ".", "x")
#: Groups (articles, actor types) the timeline tells apart, one trace each (a colour and a
#: shape); past them, the rest share one: a trace per article of 1,000 took seconds.
MAX_GROUPS = len(COLOUR_BLIND_SAFE) * len(MARKER_SYMBOLS)


def actor_counts(table: pd.DataFrame) -> Counter[str]:
    """How many events name each actor.

    >>> actor_counts(table).most_common(1)  # doctest: +SKIP
    [('Antony Blinken', 4)]
    """
    counts: Counter[str] = Counter()
    for names in table["actors"]:
        counts.update(names)
    return counts


def filter_events(table: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows that pass every filter, in the table's order (a new frame; the input is kept)."""
    keep = pd.Series(True, index=table.index)
    if filters.actors:
        wanted = set(filters.actors)
        if filters.match_all:
            keep &= table["actors"].map(wanted.issubset)
        else:
            keep &= table["actors"].map(lambda names: not wanted.isdisjoint(names))
    if filters.start is not None:
        keep &= table["date_end"] >= pd.Timestamp(filters.start)
    if filters.end is not None:
        keep &= table["date_start"] <= pd.Timestamp(filters.end)
    if filters.text:
        keep &= (
            _contains(table["sentence"], filters.text)
            | _contains(table["title"], filters.text)
            | _names_contain(table["actors"], filters.text)
        )
    if filters.documents:
        keep &= table["doc_id"].isin(filters.documents)
    if filters.granularities:
        keep &= table["granularity"].isin(filters.granularities).fillna(False)
    if filters.anchors:
        keep &= table["anchor"].isin(filters.anchors)
    return table.loc[keep.astype(bool)].reset_index(drop=True)


def _contains(texts: pd.Series, needle: str) -> pd.Series:
    """Whether each text holds `needle`, ignoring case (a missing text does not)."""
    return texts.str.contains(needle, case=False, regex=False).fillna(False).astype(bool)


def _names_contain(actors: pd.Series, needle: str) -> pd.Series:
    """Whether one of each row's actor names holds `needle`, ignoring case as `_contains` does."""
    upper = needle.upper()
    return actors.map(lambda names: any(upper in name.upper() for name in names)).astype(bool)


def lanes(table: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, actor), with `actor` and `actor_type`, for a lane per actor;
    undated events are left out."""
    dated = table.loc[table["date_start"].notna()]
    exploded = dated.assign(actor=dated["actors"], actor_type=dated["actor_types"]).explode(
        ["actor", "actor_type"]
    )
    return exploded.assign(
        actor=exploded["actor"].fillna(NO_ACTOR), actor_type=exploded["actor_type"].fillna("none")
    ).reset_index(drop=True)


#: The columns the dashboard lists, in order.
LISTED_COLUMNS = (
    "date_start",
    "date_end",
    "granularity",
    "anchor",
    "date_text",
    "action",
    "actors",
    "sentence",
    "title",
    "url",
    "sources",
)


def listing(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows as the dashboard's table lists them: days written YYYY-MM-DD (they sort as
    dates), and a blank, not "None", where an event has no day, precision or action.

    >>> listing(pd.DataFrame({"date_start": [pd.NaT], "granularity": [None]})).iloc[0].tolist()
    ['', '']
    """
    columns = [column for column in LISTED_COLUMNS if column in rows.columns]
    listed = {}
    for column in columns:
        values = rows[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            listed[column] = values.dt.strftime("%Y-%m-%d").fillna("")
        elif column in ("actors", "sources"):
            listed[column] = values
        else:
            listed[column] = values.astype("string").fillna("")
    return pd.DataFrame(listed, index=rows.index, columns=columns)


def actors_with_roles(event: pd.Series) -> str:
    """The event's actors, each with its role in the article when it has one.

    >>> actors_with_roles(pd.Series({"actors": ["Antony Blinken", "Iraq"],
    ...                              "actor_roles": ["U.S. Secretary of State", ""]}))
    'Antony Blinken (U.S. Secretary of State), Iraq'
    """
    actors = list(event.get("actors", []) or [])
    roles = list(event.get("actor_roles", []) or []) or [""] * len(actors)
    return ", ".join(
        f"{actor} ({role})" if role else actor for actor, role in zip(actors, roles, strict=False)
    )


def hover_texts(rows: pd.DataFrame) -> pd.Series:
    """Hover text per row, column-wise (fast on 50,000 rows). Plotly renders hover text as
    HTML and article text is untrusted, so every part is escaped."""
    sentence = rows["sentence"].fillna("").astype(str)
    sentence = sentence.where(sentence.str.len() <= 220, sentence.str.slice(0, 217) + "...")
    written = rows["date_text"].fillna("").astype(str)
    written = written.where(written != "", "the article's day")  # dated by publication
    reason = rows.get("date_reason", pd.Series("", index=rows.index)).fillna("").astype(str)
    reason = reason.where(reason.str.len() <= 160, reason.str.slice(0, 157) + "...")
    why = ("<br><span style='font-size:0.9em'>Why: " + escaped(reason) + "</span>").where(
        reason != "", ""
    )
    return (
        "<b>"
        + escaped(written)
        + "</b> ("
        + escaped(rows["granularity"])
        + ")<br>"
        + escaped(sentence)
        + "<br><i>"
        + escaped(rows["title"])
        + "</i>"
        + why
    )


def timeline_figure(
    table: pd.DataFrame, *, colour_by: str = "article", max_lanes: int = 30
) -> go.Figure:
    """A lane per actor (most events on top, at most `max_lanes`); day events as markers,
    coarser dates as bars across their span. `colour_by`: "article" or "actor type"."""
    figure = go.Figure()
    dated = table.loc[table["date_start"].notna()]
    rows = lanes(dated.assign(hover=hover_texts(dated)))  # escaped once per event, not per lane
    top = rows["actor"].value_counts().index[:max_lanes]
    rows = rows.loc[rows["actor"].isin(top)]
    if rows.empty:
        figure.update_layout(
            annotations=[
                {
                    "text": "No dated events match the filters",
                    "showarrow": False,
                    "x": 0.5,
                    "y": 0.5,
                }
            ],
            xaxis={"visible": False},
            yaxis={"visible": False},
        )
        return figure
    order = rows["actor"].value_counts().index.tolist()
    group = rows["actor_type"] if colour_by == "actor type" else rows["title"]
    # Lanes are numbers (busiest on top) so that events on the same day in one lane can be
    # spread across it instead of hiding behind each other.
    position = {actor: float(len(order) - 1 - i) for i, actor in enumerate(order)}
    rows = rows.assign(group=group.astype(str), lane=rows["actor"].map(position))
    rows = rows.assign(lane=rows["lane"] + _spread(rows))
    sizes = rows["group"].value_counts()
    if len(sizes) > MAX_GROUPS:
        kept = sizes.index[: MAX_GROUPS - 1]
        others = (
            f"{len(sizes) - len(kept)} other {'types' if colour_by == 'actor type' else 'articles'}"
        )
        rows = rows.assign(group=rows["group"].where(rows["group"].isin(kept), others))
    groups = list(dict.fromkeys(rows["group"]))
    coarse = rows["granularity"].isin(["day", "time"]).fillna(False) == False  # noqa: E712
    for number, title in enumerate(groups):
        # Eight colour-blind-safe colours; past eight groups the shape tells them apart.
        colour = COLOUR_BLIND_SAFE[number % len(COLOUR_BLIND_SAFE)]
        cycle = number // len(COLOUR_BLIND_SAFE)
        symbol = MARKER_SYMBOLS[cycle % len(MARKER_SYMBOLS)]
        pattern = BAR_PATTERNS[cycle % len(BAR_PATTERNS)]
        of_title = rows["group"] == title
        bars = rows.loc[of_title & coarse]
        if not bars.empty:
            span_ms = (
                bars["date_end"] - bars["date_start"] + pd.Timedelta(days=1)
            ).dt.total_seconds() * 1000
            figure.add_trace(
                go.Bar(
                    base=bars["date_start"],
                    x=span_ms,
                    y=bars["actor"].map(position),
                    width=0.5,
                    orientation="h",
                    marker={"color": colour, "opacity": 0.45, "pattern": {"shape": pattern}},
                    hovertext=bars["hover"],
                    hoverinfo="text",
                    name=html.escape(str(title)),  # legend text is HTML too
                    legendgroup=str(title),
                    showlegend=False,
                    customdata=bars["event_id"],
                )
            )
        points = rows.loc[of_title & ~coarse]
        scatter = go.Scattergl if len(rows) > 2000 else go.Scatter
        figure.add_trace(
            scatter(
                x=points["date_start"],
                y=points["lane"],
                mode="markers",
                marker={
                    "color": colour,
                    "symbol": symbol,
                    "size": 11,
                    "line": {"width": 1, "color": "white"},
                },
                hovertext=points["hover"],
                hoverinfo="text",
                name=html.escape(str(title)),
                legendgroup=str(title),
                customdata=points["event_id"],
            )
        )
    figure.update_layout(
        barmode="overlay",
        height=max(320, 48 * len(order) + 140),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={
            "title": {"text": "Actor type" if colour_by == "actor type" else "Article"},
            # Above the lanes: below, it would fall under the range slider or off the chart.
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.02,
            "yanchor": "bottom",
        },
        xaxis={
            "type": "date",
            "rangeslider": {"visible": True},
            "title": None,
            "range": _padded_range(rows),
        },
        yaxis={
            "tickmode": "array",
            "tickvals": [position[actor] for actor in order],
            "ticktext": [html.escape(actor) for actor in order],  # names come from articles
            "range": [-0.5, len(order) - 0.5],
            "showgrid": False,
            # Lines between the lanes, so a spread marker is seen to belong to its lane.
            "minor": {
                "tickvals": [lane + 0.5 for lane in range(len(order) - 1)],
                "showgrid": True,
                "gridcolor": "rgba(128,128,128,0.25)",
                "ticklen": 0,
            },
            "zeroline": False,
            "title": None,
        },
        hoverlabel={"align": "left"},
    )
    return figure


def _spread(rows: pd.DataFrame) -> pd.Series:
    """Offsets within a lane for markers that share an actor and a day: spread over 0.4 of
    the lane, centred, so two events on one day are two markers."""
    same = rows.groupby(["actor", "date_start", "granularity"], sort=False, dropna=False)[
        "event_id"
    ]
    rank = same.cumcount().astype(float)
    count = same.transform("size").astype(float)
    step = (0.4 / (count - 1)).where(count > 1, 0.0)
    return (rank - (count - 1) / 2) * step


def _padded_range(rows: pd.DataFrame) -> list[pd.Timestamp]:
    """The dates shown: every event, with room around them (a week at least), so a single
    day is not drawn at millisecond scale."""
    first = rows["date_start"].min()
    last = rows["date_end"].max()
    pad = max(pd.Timedelta(days=7), (last - first) * 0.03)
    return [first - pad, last + pad]


def counts_figure(table: pd.DataFrame, period: str = "W") -> go.Figure:
    """Number of dated events per week ("W") or month ("M")."""
    dated = table.loc[table["date_start"].notna()]
    figure = go.Figure()
    if dated.empty:
        return figure
    periods = dated["date_start"].dt.to_period(period).dt.start_time
    counts = periods.value_counts().sort_index()
    length = pd.Timedelta(days=7 if period == "W" else 30)
    figure.add_trace(
        go.Bar(
            x=counts.index + length / 2,  # centred on its period
            y=counts.to_numpy(),
            width=0.85 * length.total_seconds() * 1000,
            marker={"color": "#0072B2"},
            hovertemplate="%{y} events<extra></extra>",
        )
    )
    figure.update_layout(
        height=260,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={
            "type": "date",
            "range": [counts.index.min() - length, counts.index.max() + 2 * length],
        },
        yaxis={"title": "events", "rangemode": "tozero", "tickformat": ",d"},
    )
    if counts.max() <= 10:
        figure.update_yaxes(dtick=1)  # whole events, not 0.2 of one
    return figure
