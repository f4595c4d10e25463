"""Queries over a store: the rows a `Filters` value selects, and what the dashboard draws.

Every filter becomes SQL with bound parameters (user text is never formatted into a query),
and gives the same rows as `timeline.views.filter_events` on the same table.

    >>> from timeline.store import connect_read_only
    >>> store = connect_read_only("timeline.duckdb")  # doctest: +SKIP
    >>> chosen = Filters(actors=("Antony Blinken",), start=date(2023, 10, 1))
    >>> rows(store, chosen, limit=50)  # the first page, in the table's order  # doctest: +SKIP
    >>> count(store, chosen), date_bounds(store, chosen)  # doctest: +SKIP
    >>> density(store, chosen, "week")  # events per actor lane per week  # doctest: +SKIP

The functions take a connection (`connect_read_only`; one per thread, see
`timeline.store.schema`) and read the `events` table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd

from timeline.filters import Filters
from timeline.store.schema import event_select
from timeline.table import LIST_COLUMNS, ORDER, SCHEMA
from timeline.views import NO_ACTOR

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

#: The periods `density` counts by (DuckDB's `date_trunc` parts; a week starts on Monday).
PERIODS = ("day", "week", "month", "quarter", "year")
#: The table's order (`timeline.table.ORDER`), missing values last as pandas sorts them.
ORDER_BY = ", ".join(f"{column} NULLS LAST" for column in ORDER)
_ESCAPE = "\\"
#: The characters a regular expression reads as operators.
_REGEX_SPECIAL = frozenset("\\.+*?()|[]{}^$")
#: Whether a column holds the searched text, ignoring case: a regular expression of the
#: literal text (RE2 reads the sentences faster than ILIKE does: 1.3x to 1.8x).
_HOLDS = "regexp_matches({}, $text, 'i')"
#: The articles whose title holds the searched text.
_TITLED = f"SELECT id FROM documents WHERE {_HOLDS.format('title')}"
#: Every event.
NO_FILTER = Filters()
#: The temporary table (one per connection) holding what a `Selection` chose.
CHOSEN = "timeline_chosen"
#: What it keeps of each chosen event: where the event is, what the table is ordered by,
#: and what the density view counts (the rest is read for the shown page only).
_CHOSEN_COLUMNS = ("rowid AS position", *ORDER, "actors")


def escape_regex(text: str) -> str:
    """`text` as a literal in a regular expression (RE2): every special character escaped.

    >>> print(escape_regex("50% (A.B) a_b"))
    50% \\(A\\.B\\) a_b
    """
    return "".join(_ESCAPE + char if char in _REGEX_SPECIAL else char for char in text)


def where(
    filters: Filters, *, actor_names: Sequence[str] | None = None
) -> tuple[str, dict[str, Any]]:
    """The WHERE condition of `filters` and its parameters (`TRUE` when nothing filters).
    `actor_names`: the stored names the text matches (`matching_names`), when known: the
    events' actor lists are then read only if there are some.

    >>> where(Filters(actors=("Iraq",), end=date(2023, 10, 31)))
    ('list_has_any(actors, $actors) AND date_start <= $end', \
{'actors': ['Iraq'], 'end': datetime.date(2023, 10, 31)})
    >>> condition, parameters = where(Filters(query=" 50% (net)"), actor_names=[])
    >>> print(condition)
    (regexp_matches(sentence, $text, 'i') OR doc_id IN (SELECT id FROM documents WHERE \
regexp_matches(title, $text, 'i')))
    >>> print(parameters["text"])
    50% \\(net\\)
    """
    conditions: list[str] = []
    parameters: dict[str, Any] = {}
    if filters.actors:
        function = "list_has_all" if filters.match_all else "list_has_any"
        conditions.append(f"{function}(actors, $actors)")
        parameters["actors"] = list(filters.actors)
    if filters.start is not None:
        conditions.append("date_end >= $start")
        parameters["start"] = filters.start
    if filters.end is not None:
        conditions.append("date_start <= $end")
        parameters["end"] = filters.end
    if filters.text:
        # An event's title is its article's: the titles of the documents (one per article,
        # not one per event) are searched, and their events joined.
        searched = [_HOLDS.format("sentence"), f"doc_id IN ({_TITLED})"]
        if actor_names is None:
            searched.append(
                f"list_bool_or(list_transform(actors, lambda name: {_HOLDS.format('name')}))"
            )
        elif actor_names:
            searched.append("list_has_any(actors, $names)")
            parameters["names"] = list(actor_names)
        conditions.append(f"({' OR '.join(searched)})")
        parameters["text"] = escape_regex(filters.text)
    for column, values, name in (
        ("doc_id", filters.documents, "documents"),
        ("granularity", filters.granularities, "granularities"),
        ("anchor", filters.anchors, "anchors"),
    ):
        if values:
            conditions.append(f"list_contains(${name}, {column})")
            parameters[name] = list(values)
    return " AND ".join(conditions) or "TRUE", parameters


def matching_names(connection: duckdb.DuckDBPyConnection, text: str) -> list[str]:
    """The stored actor names holding `text`, ignoring case (a few thousand names are read,
    not millions of events' lists)."""
    found = connection.sql(
        f"SELECT name FROM actor_names WHERE {_HOLDS.format('name')}",
        params={"text": escape_regex(text.strip())},
    )
    return [str(name) for (name,) in found.fetchall()]


def _where(connection: duckdb.DuckDBPyConnection, filters: Filters) -> tuple[str, dict[str, Any]]:
    names = matching_names(connection, filters.text) if filters.text else None
    return where(filters, actor_names=names)


class Selection:
    """The events `filters` selects, chosen once: the page shown, the count, the span and
    the density counts are then read from what was chosen, not from the events again (a text
    search reads every sentence of the store once per filter state, not once per answer).

        >>> with Selection(store, Filters(query="ceasefire")) as chosen:  # doctest: +SKIP
        ...     chosen.total, chosen.page(limit=100), chosen.span()
        ...     chosen.density("week")

    The chosen events' places (and what the table is ordered by, and their actors) are kept
    in a temporary table of the connection, dropped on leaving the `with`; with no filter
    nothing is kept, the events themselves are read. A read-only connection may hold it (a
    temporary table is the connection's own, in memory). One selection per connection at a
    time.
    """

    def __init__(self, connection: duckdb.DuckDBPyConnection, filters: Filters = NO_FILTER):
        self._connection = connection
        condition, parameters = _where(connection, filters)
        if condition == "TRUE":
            self._source, self._position = "events", "rowid"
        else:
            connection.execute(
                f"CREATE OR REPLACE TEMP TABLE {CHOSEN} AS "
                f"SELECT {', '.join(_CHOSEN_COLUMNS)} FROM events WHERE {condition}",
                parameters,
            )
            self._source, self._position = CHOSEN, "position"
        found = connection.sql(f"SELECT count(*) FROM {self._source}").fetchall()
        #: How many events the filters select.
        self.total = int(found[0][0])

    def __enter__(self) -> Selection:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the chosen events (the temporary table)."""
        if self._source == CHOSEN:
            self._connection.execute(f"DROP TABLE IF EXISTS {CHOSEN}")
            self._source = "events"

    def page(self, *, limit: int = 100, offset: int = 0) -> pd.DataFrame:
        """The chosen events from `offset` on, at most `limit`, in the table's order, as an
        event table (only these rows' columns are read)."""
        query = f"""
            SELECT {event_select("e")} FROM (
                SELECT {self._position} AS position FROM {self._source}
                ORDER BY {ORDER_BY} LIMIT $limit OFFSET $offset
            ) AS shown JOIN events AS e ON e.rowid = shown.position
            ORDER BY {ORDER_BY}
        """
        found = self._connection.sql(query, params={"limit": limit, "offset": offset})
        return event_frame(found.to_arrow_table())

    def span(self) -> tuple[date | None, date | None]:
        """The first and the last day a chosen event starts on (None, None: none is dated)."""
        query = f"SELECT min(date_start), max(date_start) FROM {self._source}"
        first, last = self._connection.sql(query).fetchall()[0]
        return first, last

    def density(self, period: str = "week", *, max_lanes: int = 30) -> pd.DataFrame:
        """How many chosen, dated events each actor lane has per `period` (one of
        `PERIODS`): columns `actor`, `period` (its first day) and `events`, for the
        `max_lanes` busiest actors; an event with no actor counts in the lane `NO_ACTOR`, as
        `timeline.views.lanes` draws it. For drawing tens of thousands of events as counts
        rather than markers."""
        if period not in PERIODS:
            raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")
        query = f"""
            WITH lane AS (
                SELECT coalesce(actor, $no_actor) AS actor, day FROM (
                    SELECT unnest(CASE WHEN len(actors) = 0 THEN [NULL] ELSE actors END)
                               AS actor,
                           date_start AS day
                    FROM {self._source} WHERE date_start IS NOT NULL
                )
            ),
            busiest AS (
                SELECT actor FROM lane GROUP BY actor ORDER BY count(*) DESC, actor
                LIMIT $lanes
            )
            SELECT actor, date_trunc($period, day)::TIMESTAMP_S AS period, count(*) AS events
            FROM lane SEMI JOIN busiest USING (actor)
            GROUP BY ALL ORDER BY actor, period
        """
        parameters = {"no_actor": NO_ACTOR, "period": period, "lanes": max_lanes}
        found = self._connection.sql(query, params=parameters).to_arrow_table()
        frame: pd.DataFrame = found.to_pandas()
        return frame.astype({"actor": "string", "events": "int64"})


def page(
    connection: duckdb.DuckDBPyConnection,
    filters: Filters = NO_FILTER,
    *,
    limit: int = 100,
    offset: int = 0,
) -> tuple[pd.DataFrame, int]:
    """One page of the events `filters` selects (as `rows`) and how many it selects in all,
    from one pass over the events (a `Selection`)."""
    with Selection(connection, filters) as chosen:
        return chosen.page(limit=limit, offset=offset), chosen.total


def rows(
    connection: duckdb.DuckDBPyConnection,
    filters: Filters = NO_FILTER,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """The events `filters` selects, in the table's order, as an event table (the schema's
    columns and types); `limit` and `offset` give one page of them."""
    condition, parameters = _where(connection, filters)
    page = ""
    if limit is not None:
        page = " LIMIT $limit OFFSET $offset"
        parameters = {**parameters, "limit": limit, "offset": offset}
    query = f"SELECT {event_select()} FROM events WHERE {condition} ORDER BY {ORDER_BY}{page}"
    return event_frame(connection.sql(query, params=parameters).to_arrow_table())


def iter_rows(
    connection: duckdb.DuckDBPyConnection, filters: Filters = NO_FILTER, *, chunk: int = 50_000
) -> Iterator[pd.DataFrame]:
    """The events `filters` selects, in the table's order, `chunk` rows at a time (an export
    of millions of rows never holds them all)."""
    condition, parameters = _where(connection, filters)
    query = f"SELECT {event_select()} FROM events WHERE {condition} ORDER BY {ORDER_BY}"
    reader = connection.sql(query, params=parameters).to_arrow_reader(chunk)
    for batch in reader:
        import pyarrow as pa  # noqa: PLC0415  (loaded with the first batch)

        yield event_frame(pa.Table.from_batches([batch]))


def count(connection: duckdb.DuckDBPyConnection, filters: Filters = NO_FILTER) -> int:
    """How many events `filters` selects."""
    condition, parameters = _where(connection, filters)
    query = f"SELECT count(*) FROM events WHERE {condition}"
    return int(connection.sql(query, params=parameters).fetchall()[0][0])


def actor_counts(
    connection: duckdb.DuckDBPyConnection, filters: Filters = NO_FILTER
) -> Counter[str]:
    """How many of the selected events name each actor (as `timeline.views.actor_counts`)."""
    condition, parameters = _where(connection, filters)
    query = (
        "SELECT actor, count(*) FROM (SELECT unnest(actors) AS actor FROM events "
        f"WHERE {condition}) GROUP BY actor"
    )
    return Counter(
        {str(actor): int(n) for actor, n in connection.sql(query, params=parameters).fetchall()}
    )


def date_bounds(
    connection: duckdb.DuckDBPyConnection, filters: Filters = NO_FILTER
) -> tuple[date | None, date | None]:
    """The first day and the last day of the selected events (None, None when none is dated)."""
    condition, parameters = _where(connection, filters)
    query = f"SELECT min(date_start), max(date_end) FROM events WHERE {condition}"
    first, last = connection.sql(query, params=parameters).fetchall()[0]
    return first, last


def density(
    connection: duckdb.DuckDBPyConnection,
    filters: Filters = NO_FILTER,
    period: str = "week",
    *,
    max_lanes: int = 30,
) -> pd.DataFrame:
    """How many selected, dated events each actor lane has per `period` (one of `PERIODS`):
    see `Selection.density`."""
    if period not in PERIODS:
        raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")
    with Selection(connection, filters) as chosen:
        return chosen.density(period, max_lanes=max_lanes)


def documents(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The stored articles, one row each (id, title, url, published, ...), by id."""
    arrow = connection.sql("SELECT * FROM documents ORDER BY id").to_arrow_table()
    frame: pd.DataFrame = arrow.to_pandas()
    return frame


def event_frame(arrow: pa.Table) -> pd.DataFrame:
    """Rows read from the store as an event table: the schema's columns, types and lists."""
    columns: dict[str, pd.Series] = {}
    for column in arrow.column_names:
        values = arrow.column(column)
        if column in LIST_COLUMNS:
            columns[column] = pd.Series(
                [names or [] for names in values.to_pylist()], dtype="object"
            )
        else:
            columns[column] = values.to_pandas().astype(SCHEMA[column][0])
    return pd.DataFrame(columns, columns=arrow.column_names)
