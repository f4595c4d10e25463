"""Who acts with whom: the actors of the rows given as a graph, and its Plotly figure.

    >>> network = actor_network(shown)  # doctest: +SKIP
    >>> figure = network_figure(network)  # doctest: +SKIP

Nodes are actors, sized by the number of rows naming them; an edge joins two actors named by
the same rows, weighted by how many; colours say the actor type. Only the `max_actors`
actors with the most rows are drawn (60 by default; the figure says so when it leaves some
out): past that a spring layout is a hairball. The layout is networkx's spring layout with a
fixed seed, so the same rows are drawn the same way every time. The graph follows the rows
passed in: filter the table first (dates, articles, text) and the network shows that view.
Each node carries its actor's name in `customdata`, so a click can filter the timeline to it.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.escaping import escaped
from timeline.kinds import ActorType
from timeline.views import COLOUR_BLIND_SAFE

#: The most actors the network draws.
MAX_ACTORS = 60
#: The spring layout's seed: the same rows give the same picture.
LAYOUT_SEED = 16
#: How many of the busiest actors are labelled on the figure (all have hover text).
LABELLED = 20
#: One colour per actor type, from the colour-blind-safe palette; unknown types are grey.
TYPE_COLOURS = {kind.value: COLOUR_BLIND_SAFE[i] for i, kind in enumerate(ActorType)}
OTHER_COLOUR = "#999999"


@dataclass(frozen=True, slots=True, eq=False)
class ActorNetwork:
    """The graph (nodes: actor names with `events` and `actor_type`; edges with `weight`,
    the rows naming both), its layout (`positions`: actor -> (x, y)), and how many actors the
    rows name in all (`actors`; the graph holds at most `MAX_ACTORS` of them)."""

    graph: nx.Graph
    positions: dict[str, tuple[float, float]]
    actors: int


def _pairs(table: pd.DataFrame) -> pd.DataFrame:
    """One row per (row position, actor, actor type), each actor once per row."""
    names = table["actors"].map(list).to_numpy()
    types = table["actor_types"].map(list).to_numpy()
    long = pd.DataFrame({"position": np.arange(len(table)), "actor": names, "actor_type": types})
    same_length = long["actor"].map(len).to_numpy() == long["actor_type"].map(len).to_numpy()
    exploded: pd.DataFrame = long.loc[same_length].explode(["actor", "actor_type"])
    return exploded.dropna(subset=["actor"]).drop_duplicates(["position", "actor"])


def actor_network(
    table: pd.DataFrame, *, max_actors: int = MAX_ACTORS, seed: int = LAYOUT_SEED
) -> ActorNetwork:
    """The network of the actors named in `table`'s rows (see the module's docstring).

    >>> from timeline.table import empty_table
    >>> actor_network(empty_table()).actors
    0
    """
    long = _pairs(table)
    counts = long.groupby("actor").size().reset_index(name="events")
    counts = counts.sort_values(["events", "actor"], ascending=[False, True])
    top = counts.head(max_actors)
    kept = long.loc[long["actor"].isin(top["actor"])]
    # an actor's type is the one most of its rows give it
    kinds = (
        kept.groupby(["actor", "actor_type"])
        .size()
        .reset_index(name="n")
        .sort_values(["actor", "n", "actor_type"], ascending=[True, False, True])
        .drop_duplicates("actor")
        .set_index("actor")["actor_type"]
    )
    graph = nx.Graph()
    for actor, events in zip(top["actor"], top["events"], strict=True):
        graph.add_node(str(actor), events=int(events), actor_type=str(kinds.get(actor, "")))
    edges = kept[["position", "actor"]].merge(kept[["position", "actor"]], on="position")
    edges = edges.loc[edges["actor_x"] < edges["actor_y"]]
    weights = edges.groupby(["actor_x", "actor_y"]).size().reset_index(name="weight")
    graph.add_weighted_edges_from(
        zip(
            weights["actor_x"].astype(str),
            weights["actor_y"].astype(str),
            weights["weight"].astype(int),
            strict=True,
        )
    )
    positions: dict[str, tuple[float, float]] = {}
    if graph.number_of_nodes():
        layout = nx.spring_layout(graph, seed=seed, weight="weight", method="force")
        positions = {str(n): (float(xy[0]), float(xy[1])) for n, xy in layout.items()}
    return ActorNetwork(graph=graph, positions=positions, actors=len(counts))


def _edge_traces(network: ActorNetwork) -> list[go.Scatter]:
    """The edges as lines, in four widths by weight (one trace per width: fast to draw)."""
    edges = list(network.graph.edges(data="weight"))
    if not edges:
        return []
    heaviest = max(weight for _, _, weight in edges)
    by_width: dict[int, tuple[list[float | None], list[float | None]]] = {}
    for first, second, weight in edges:
        width = 1 + round(3 * (weight - 1) / max(heaviest - 1, 1))
        xs, ys = by_width.setdefault(width, ([], []))
        (x0, y0), (x1, y1) = network.positions[first], network.positions[second]
        xs.extend([x0, x1, None])
        ys.extend([y0, y1, None])
    return [
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line={"width": width, "color": "rgba(128,128,128,0.45)"},
            hoverinfo="skip",
            showlegend=False,
        )
        for width, (xs, ys) in sorted(by_width.items())
    ]


def network_figure(network: ActorNetwork) -> go.Figure:
    """Plotly figure of the network: a trace of nodes per actor type (the legend), sized by
    events; hover and labels escaped (article text is untrusted, Plotly renders HTML);
    `customdata` is each node's actor name as the table writes it.

    >>> from timeline.table import empty_table
    >>> len(network_figure(actor_network(empty_table())).data)
    0
    """
    figure = go.Figure()
    figure.update_layout(
        height=560,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={"visible": False},
        yaxis={"visible": False, "scaleanchor": "x"},
        hoverlabel={"align": "left"},
        legend={"title": {"text": "Actor type"}, "orientation": "h", "y": 1.02, "x": 0},
    )
    if not network.graph.number_of_nodes():
        figure.update_layout(
            annotations=[{"text": "No actors in these events", "showarrow": False}]
        )
        return figure
    for trace in _edge_traces(network):
        figure.add_trace(trace)
    nodes = pd.DataFrame(
        [
            {"actor": actor, "events": data["events"], "actor_type": data["actor_type"]}
            for actor, data in network.graph.nodes(data=True)
        ]
    )
    nodes = nodes.assign(
        x=[network.positions[a][0] for a in nodes["actor"]],
        y=[network.positions[a][1] for a in nodes["actor"]],
        partners=[network.graph.degree(a) for a in nodes["actor"]],
    )
    busiest = set(nodes.nlargest(LABELLED, "events")["actor"])
    name = escaped(nodes["actor"])
    nodes = nodes.assign(
        hover="<b>"
        + name
        + "</b> ("
        + escaped(nodes["actor_type"])
        + ")<br>"
        + nodes["events"].astype(str)
        + " events, with "
        + nodes["partners"].astype(str)
        + " other actors",
        label=name.where(nodes["actor"].isin(busiest), ""),
        size=10 + 30 * np.sqrt(nodes["events"] / nodes["events"].max()),
    )
    order = [kind.value for kind in ActorType]
    kinds = sorted(
        set(nodes["actor_type"]), key=lambda k: (order.index(k) if k in order else len(order), k)
    )
    for kind in kinds:
        part = nodes.loc[nodes["actor_type"] == kind]
        figure.add_trace(
            go.Scatter(
                x=part["x"],
                y=part["y"],
                mode="markers+text",
                marker={
                    "size": part["size"],
                    "color": TYPE_COLOURS.get(kind, OTHER_COLOUR),
                    "line": {"width": 1, "color": "white"},
                },
                text=part["label"],
                textposition="top center",
                hovertext=part["hover"],
                hoverinfo="text",
                customdata=part["actor"].tolist(),
                name=escaped(pd.Series([kind or "unknown"])).iloc[0],
            )
        )
    shown = network.graph.number_of_nodes()
    if network.actors > shown:
        figure.update_layout(
            title={
                "text": f"The {shown} actors with the most events (of {network.actors})",
                "font": {"size": 13},
            }
        )
    return figure
