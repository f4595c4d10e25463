"""Story threads: the events of one story across articles, so a pile of articles reads as a
few dozen stories.

    >>> threads = find_threads(table)  # doctest: +SKIP
    >>> threaded = mark_threads(table, threads)  # doctest: +SKIP
    >>> threads.summary[["thread_id", "name", "events", "documents"]]  # doctest: +SKIP

The rule (docs/analysis.md): a graph whose nodes are the rows dated to at most `MAX_SPAN_DAYS`
days (a day, a time, a week: a month or a year is too coarse to place in a story). An actor's
rows, by date, form *chains*: a row joins the chain before it when it starts at most `days`
days after every earlier row of the chain has ended. Two rows are linked when they are in one
chain of a linking actor: one that is not a place (countries, locations say where, not who)
in a chain no longer than `max_chain_days` (an actor named almost every day for weeks is
what the pile is about, a running topic, and would chain every story into one). A thread is a
connected component of that graph with at least `min_events` rows from at least
`min_documents` documents; other rows have no thread. Threads are numbered from 1 by size
(then first date), and named by their most frequent actors and their date span.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from timeline.kinds import ActorType

#: The longest date interval, in days, that is placed in a thread (a week).
MAX_SPAN_DAYS = 7
#: Actors that say where, not who: they never link two events into a thread.
PLACE_TYPES = frozenset({ActorType.COUNTRY.value, ActorType.LOCATION.value})
#: How many actors name a thread.
NAME_ACTORS = 3
SUMMARY_COLUMNS = (
    "thread_id",
    "name",
    "date_start",
    "date_end",
    "events",
    "documents",
    "actors",
    "titles",
)


@dataclass(frozen=True, slots=True, eq=False)
class Threads:
    """A thread number per row of the table (`ids`, Int64 on the table's index, <NA> for
    none) and one summary row per thread (`summary`, `SUMMARY_COLUMNS`)."""

    ids: pd.Series
    summary: pd.DataFrame


def _actor_rows(table: pd.DataFrame, eligible: np.ndarray) -> pd.DataFrame:
    """One row per (eligible row, actor) with the actor's type and the row's dates."""
    positions = np.flatnonzero(eligible)
    rows = table.iloc[positions]
    long = pd.DataFrame(
        {
            "position": positions,
            "actor": rows["actors"].map(list).to_numpy(),
            "actor_type": rows["actor_types"].map(list).to_numpy(),
            "document": rows["doc_id"].to_numpy(),
            "start": rows["date_start"].to_numpy(),
            "end": rows["date_end"].to_numpy(),
        }
    )
    long = long.loc[long["actor"].map(len).to_numpy() == long["actor_type"].map(len).to_numpy()]
    exploded: pd.DataFrame = long.explode(["actor", "actor_type"])
    return exploded.dropna(subset=["actor"])


def _links(long: pd.DataFrame, days: int, max_chain_days: int) -> pd.DataFrame:
    """Edges (position, chain) of the chains no longer than `max_chain_days`. Sorted by
    start, a row opens a new chain of its actor when it starts more than `days` days after
    every earlier row of that actor has ended."""
    long = long.sort_values(["actor", "start", "end", "position"], kind="stable")
    reach = long.groupby("actor", sort=False)["end"].cummax() + pd.Timedelta(days=days)
    previous = reach.groupby(long["actor"], sort=False).shift(1)
    opens = previous.isna() | (long["start"] > previous)
    links = pd.DataFrame(
        {
            "position": long["position"].to_numpy(),
            "chain": np.cumsum(opens.to_numpy()),
            "start": long["start"].to_numpy(),
            "end": long["end"].to_numpy(),
        }
    )
    chains = links.groupby("chain")
    length = (chains["end"].transform("max") - chains["start"].transform("min")).dt.days
    return links.loc[length.le(max_chain_days).to_numpy(), ["position", "chain"]]


def find_threads(
    table: pd.DataFrame,
    *,
    days: int = 3,
    min_events: int = 3,
    min_documents: int = 2,
    max_chain_days: int = 14,
) -> Threads:
    """The story threads of `table` (the rule is in the module's docstring).

    >>> threads = find_threads(table, days=3, min_events=3)  # doctest: +SKIP
    >>> threads.summary.iloc[0]["name"]  # doctest: +SKIP
    'Chrysler, Fiat, Barack Obama (30 April to 1 May 2009)'
    """
    spans = (table["date_end"] - table["date_start"]).dt.days
    eligible = (table["date_start"].notna() & spans.lt(MAX_SPAN_DAYS)).to_numpy(dtype=bool)
    long = _actor_rows(table, eligible)
    long = long.loc[~long["actor_type"].isin(PLACE_TYPES)]
    graph = nx.Graph()
    graph.add_nodes_from(int(p) for p in np.flatnonzero(eligible))
    if not long.empty:
        links = _links(long, days, max_chain_days)
        first = links.groupby("chain")["position"].transform("first")
        graph.add_edges_from(
            zip(first.to_numpy().tolist(), links["position"].to_numpy().tolist(), strict=True)
        )
    documents = table["doc_id"].to_numpy()
    components = [
        sorted(component)
        for component in nx.connected_components(graph)
        if len(component) >= min_events and len({documents[p] for p in component}) >= min_documents
    ]
    starts = table["date_start"].to_numpy()
    components.sort(key=lambda rows: (-len(rows), starts[rows].min(), rows[0]))
    numbers = np.full(len(table), 0, dtype="int64")
    for number, rows in enumerate(components, start=1):
        numbers[rows] = number
    ids = pd.Series(numbers, index=table.index, dtype="Int64").where(numbers > 0)
    summary = _summary(table, ids, long)
    return Threads(ids=ids.astype("Int64"), summary=summary)


def _days_said(first: pd.Timestamp, last: pd.Timestamp) -> str:
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} to {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}"


def _summary(table: pd.DataFrame, ids: pd.Series, long: pd.DataFrame) -> pd.DataFrame:
    numbers = ids.to_numpy(dtype="float64", na_value=np.nan)
    threaded = np.flatnonzero(~np.isnan(numbers))
    if not len(threaded):
        return pd.DataFrame({column: [] for column in SUMMARY_COLUMNS}).astype(
            {"thread_id": "Int64", "events": "int64", "documents": "int64"}
        )
    rows = table.iloc[threaded].assign(thread_id=numbers[threaded].astype("int64"))
    by_thread = rows.groupby("thread_id", sort=True)
    summary = by_thread.agg(
        date_start=("date_start", "min"),
        date_end=("date_end", "max"),
        events=("event_id", "size"),
        documents=("doc_id", "nunique"),
    )
    titles = by_thread["title"].agg(lambda t: list(dict.fromkeys(t.fillna("").astype(str))))
    thread_of_position = pd.Series(numbers, index=np.arange(len(table)))
    named = long.assign(thread_id=long["position"].map(thread_of_position).to_numpy())
    named = named.loc[named["thread_id"].notna()]
    counts = named.groupby(["thread_id", "actor"], sort=False).size().reset_index(name="n")
    counts = counts.sort_values(["thread_id", "n", "actor"], ascending=[True, False, True])
    actors = counts.groupby("thread_id")["actor"].agg(list)
    actors.index = actors.index.astype("int64")
    summary = summary.assign(
        actors=pd.Series(
            [list(actors.get(number, [])) for number in summary.index],
            index=summary.index,
            dtype="object",
        ),
        titles=titles.reindex(summary.index),
    )
    names = [
        f"{', '.join(listed[:NAME_ACTORS]) or '(no actor)'} ({_days_said(first, last)})"
        for listed, first, last in zip(
            summary["actors"], summary["date_start"], summary["date_end"], strict=True
        )
    ]
    return (
        summary.assign(name=names)
        .reset_index()
        .loc[:, list(SUMMARY_COLUMNS)]
        .astype({"thread_id": "Int64", "events": "int64", "documents": "int64"})
    )


def mark_threads(table: pd.DataFrame, threads: Threads) -> pd.DataFrame:
    """The table with a `thread_id` column (Int64; <NA> for a row in no thread).

    >>> mark_threads(table, find_threads(table))["thread_id"].max()  # doctest: +SKIP
    12
    """
    return table.assign(thread_id=threads.ids.reindex(table.index).astype("Int64"))


#: The actor type given to a thread's lane (`thread_lanes`).
THREAD_LANE_TYPE = "thread"


def thread_lanes(rows: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """The rows of `rows` (marked by `mark_threads`) that are in a thread, each with its
    thread's name as its only actor: `timeline.views.timeline_figure` then draws one lane per
    thread, labelled by its name, its events coloured by article.

    >>> rows = pd.DataFrame({"thread_id": pd.array([1, None, 1], dtype="Int64"),
    ...                      "actors": [["A"], ["B"], ["C"]], "actor_types": [["person"]] * 3})
    >>> summary = pd.DataFrame({"thread_id": pd.array([1], dtype="Int64"), "name": ["A (1 May)"]})
    >>> thread_lanes(rows, summary)["actors"].tolist()
    [['A (1 May)'], ['A (1 May)']]
    """
    threaded = rows.loc[rows["thread_id"].notna()]
    names = dict(
        zip(summary["thread_id"].astype("int64"), summary["name"].astype(str), strict=True)
    )
    lane = [names.get(int(number), f"thread {number}") for number in threaded["thread_id"]]
    return threaded.assign(
        actors=pd.Series([[name] for name in lane], index=threaded.index, dtype="object"),
        actor_types=pd.Series(
            [[THREAD_LANE_TYPE]] * len(threaded), index=threaded.index, dtype="object"
        ),
    )
