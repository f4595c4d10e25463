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
#: Every event.
NO_FILTER = Filters()


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
    >>> print(condition, parameters["text"])
    (regexp_matches(sentence, $text, 'i') OR regexp_matches(title, $text, 'i')) 50% \\(net\\)
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
        searched = [_HOLDS.format("sentence"), _HOLDS.format("title")]
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


def page(
    connection: duckdb.DuckDBPyConnection,
    filters: Filters = NO_FILTER,
    *,
    limit: int = 100,
    offset: int = 0,
) -> tuple[pd.DataFrame, int]:
    """One page of the events `filters` selects (as `rows`) and how many it selects in all,
    from one pass over the events: what the dashboard asks on every filter change."""
    condition, parameters = _where(connection, filters)
    query = f"""
        WITH chosen AS MATERIALIZED (
            SELECT rowid AS position, {", ".join(ORDER)} FROM events WHERE {condition}
        ),
        shown AS (
            SELECT position FROM chosen ORDER BY {ORDER_BY} LIMIT $limit OFFSET $offset
        )
        SELECT {event_select()}, (SELECT count(*) FROM chosen) AS total
        FROM events WHERE rowid IN (SELECT position FROM shown) ORDER BY {ORDER_BY}
    """
    parameters = {**parameters, "limit": limit, "offset": offset}
    arrow = connection.sql(query, params=parameters).to_arrow_table()
    if arrow.num_rows:
        return event_frame(arrow.drop_columns(["total"])), int(arrow.column("total")[0].as_py())
    return event_frame(arrow.drop_columns(["total"])), count(connection, filters)


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
    columns `actor`, `period` (its first day) and `events`, for the `max_lanes` busiest
    actors; an event with no actor counts in the lane `NO_ACTOR`, as `timeline.views.lanes`
    draws it. For drawing tens of thousands of events as counts rather than markers."""
    if period not in PERIODS:
        raise ValueError(f"period {period!r} is not one of {', '.join(PERIODS)}")
    condition, parameters = _where(connection, filters)
    query = f"""
        WITH lane AS (
            SELECT coalesce(actor, $no_actor) AS actor, period FROM (
                SELECT unnest(CASE WHEN len(actors) = 0 THEN [NULL] ELSE actors END) AS actor,
                       date_trunc($period, date_start) AS period
                FROM events WHERE date_start IS NOT NULL AND {condition}
            )
        ),
        busiest AS (
            SELECT actor FROM lane GROUP BY actor ORDER BY count(*) DESC, actor LIMIT $lanes
        )
        SELECT actor, period::TIMESTAMP_S AS period, count(*) AS events
        FROM lane SEMI JOIN busiest USING (actor)
        GROUP BY actor, period ORDER BY actor, period
    """
    parameters = {**parameters, "no_actor": NO_ACTOR, "period": period, "lanes": max_lanes}
    frame: pd.DataFrame = connection.sql(query, params=parameters).to_arrow_table().to_pandas()
    return frame.astype({"actor": "string", "events": "int64"})


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
