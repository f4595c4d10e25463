"""An actor's page: one actor's events over time, who they act with, their roles and titles
as the articles write them, and the articles that name them.

    >>> profile = actor_profile(table, "Antony Blinken")  # doctest: +SKIP
    >>> profile.partners.head(3)  # doctest: +SKIP
             actor  events
    0         Iraq       3
    1  Lloyd Austin      2
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from timeline.views import counts_figure


@dataclass(frozen=True, slots=True, eq=False)
class ActorProfile:
    """One actor's page. Frames, most first:

    - `per_month`: `month` (its first day), `events` (dated rows only, months without
      events left out);
    - `partners`: `actor`, `events` (rows naming both);
    - `roles`: `role` as written, `events` (rows where the article gives it);
    - `articles`: `doc_id`, `title`, `url`, `events`.

    `events` counts every row naming the actor, `undated` those without a day.
    """

    actor: str
    actor_type: str
    events: int
    undated: int
    per_month: pd.DataFrame
    partners: pd.DataFrame
    roles: pd.DataFrame
    articles: pd.DataFrame
    rows: pd.DataFrame


def _counted(values: list[str], column: str, top: int | None) -> pd.DataFrame:
    counts = pd.Series(values, dtype="string").value_counts()
    frame = pd.DataFrame({column: counts.index.astype(str), "events": counts.to_numpy()})
    frame = frame.sort_values(["events", column], ascending=[False, True]).reset_index(drop=True)
    frame = frame.astype({column: "string", "events": "int64"})
    return frame if top is None else frame.head(top)


def actor_profile(table: pd.DataFrame, actor: str, *, top: int = 10) -> ActorProfile:
    """The page of `actor` (a canonical name, as in the `actors` column) over `table`'s rows:
    `top` partners at most; every role and article.

    >>> from timeline.table import empty_table
    >>> actor_profile(empty_table(), "Antony Blinken").events
    0
    """
    names = table["actors"].map(list)
    rows = table.loc[names.map(lambda listed: actor in listed).astype(bool)]
    listed = names.loc[rows.index]
    partners: list[str] = []
    roles: list[str] = []
    kinds: list[str] = []
    for actors, types, written in zip(
        listed, rows["actor_types"].map(list), rows["actor_roles"].map(list), strict=True
    ):
        partners.extend(name for name in dict.fromkeys(actors) if name != actor)
        at = actors.index(actor)
        if at < len(types):
            kinds.append(str(types[at]))
        # a CSV round trip turns a list of empty roles into an empty list: no role then
        if at < len(written) and str(written[at]).strip():
            roles.append(str(written[at]).strip())
    dated = rows.loc[rows["date_start"].notna()]
    months = dated["date_start"].dt.to_period("M").dt.start_time
    per_month = months.value_counts().sort_index()
    articles = (
        rows.assign(url=rows["url"].astype("string"), title=rows["title"].astype("string"))
        .groupby("doc_id", dropna=False, sort=False)
        .agg(title=("title", "first"), url=("url", "first"), events=("event_id", "size"))
        .reset_index()
        .sort_values(["events", "doc_id"], ascending=[False, True])
        .reset_index(drop=True)
    )
    return ActorProfile(
        actor=actor,
        actor_type=pd.Series(kinds, dtype="string").mode().iloc[0] if kinds else "",
        events=len(rows),
        undated=len(rows) - len(dated),
        per_month=pd.DataFrame(
            {"month": per_month.index, "events": per_month.to_numpy(dtype="int64")}
        ),
        partners=_counted(partners, "actor", top),
        roles=_counted(roles, "role", None),
        articles=articles.astype({"events": "int64"}),
        rows=rows.reset_index(drop=True),
    )


def profile_figure(profile: ActorProfile) -> go.Figure:
    """The actor's dated events per month, as the dashboard's counts chart draws them.

    >>> from timeline.table import empty_table
    >>> len(profile_figure(actor_profile(empty_table(), "Antony Blinken")).data)
    0
    """
    return counts_figure(profile.rows, "M")
