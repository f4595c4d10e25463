"""The density view: what the timeline draws instead of single events past a few thousand,
as counts per actor lane and per period (`timeline.store.query.density` counts them in SQL).

    >>> from datetime import date
    >>> density_period(date(2023, 10, 1), date(2023, 10, 31))
    'day'
    >>> density_period(date(2020, 1, 1), date(2023, 12, 31))
    'month'
    >>> figure = density_figure(frame)  # doctest: +SKIP
"""

from __future__ import annotations

import os
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from timeline.escaping import escaped

#: Matching events past which the timeline shows counts per lane and period (the markers of
#: more would be slow to send and unreadable); `TIMELINE_DENSITY_EVENTS` overrides it.
DENSITY_EVENTS = 5000
#: The longest span (days) drawn per day, per week and per month; longer spans per year.
PERIOD_SPANS = (("day", 92), ("week", 730), ("month", 3660))


def density_threshold() -> int:
    """Matching events past which the density view is drawn (`TIMELINE_DENSITY_EVENTS`, or
    `DENSITY_EVENTS`; a value that is not a positive whole number is ignored).

    >>> density_threshold() > 0
    True
    """
    try:
        events = int(os.environ.get("TIMELINE_DENSITY_EVENTS", DENSITY_EVENTS))
    except ValueError:
        return DENSITY_EVENTS
    return events if events > 0 else DENSITY_EVENTS


def density_period(first: date | None, last: date | None) -> str:
    """The period to count by for events from `first` to `last`: a day up to three months,
    a week up to two years, a month up to ten years, else a year (a few hundred columns).

    >>> density_period(date(2000, 1, 1), date(2023, 1, 1))
    'year'
    >>> density_period(None, None)
    'month'
    """
    if first is None or last is None:
        return "month"
    span = (last - first).days
    for period, days in PERIOD_SPANS:
        if span <= days:
            return period
    return "year"


def density_figure(counts: pd.DataFrame, period: str = "week") -> go.Figure:
    """A heatmap of `counts` (columns `actor`, `period`, `events`, as `query.density` gives
    them): a row per actor lane, the busiest on top, a column per period. Actor names come
    from article text: they are escaped (Plotly renders labels as HTML).

    >>> counts = pd.DataFrame({"actor": ["<b>A</b>", "B"],
    ...     "period": pd.to_datetime(["2023-10-02", "2023-10-09"]), "events": [3, 1]})
    >>> figure = density_figure(counts)
    >>> list(figure.data[0].y)  # bottom to top
    ['B', '&lt;b&gt;A&lt;/b&gt;']
    """
    figure = go.Figure()
    if counts.empty:
        return figure
    labelled = counts.assign(actor=escaped(counts["actor"]))
    grid = labelled.pivot_table(
        index="actor", columns="period", values="events", aggfunc="sum", fill_value=0
    )
    order = grid.sum(axis=1).sort_values(ascending=False, kind="stable").index
    grid = grid.loc[order[::-1]]  # the busiest lane on top
    figure.add_trace(
        go.Heatmap(
            x=grid.columns,
            y=list(grid.index),
            z=grid.to_numpy(),
            colorscale="Blues",
            hovertemplate=f"%{{y}}<br>{period} of %{{x|%Y-%m-%d}}: %{{z:,}} events<extra></extra>",
            colorbar={"title": "events"},
        )
    )
    figure.update_layout(
        height=max(260, 28 * len(grid) + 80),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"type": "date"},
        yaxis={"type": "category", "automargin": True},
    )
    return figure
