"""The Conflicts view: each event the articles date differently, with every reported date,
its article and why it was read so; the reader picks the date to keep, and the choice is
saved (`timeline.ui.story.choice_store`) and applied to every view, in this session and the
next.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from timeline.analysis import ChoiceStore, DateChoice, DateChoices, JsonChoiceStore
from timeline.errors import ChoicesError
from timeline.escaping import safe_text
from timeline.ui.story import Analysis, save_choices


def said(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """A reported date as a reader says it: 'Saturday 7 March 2026', or a span."""
    if start.normalize() == end.normalize():
        return f"{start:%A} {start.day} {start:%B %Y}"
    return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"


def _kept(rows: pd.DataFrame, choices: DateChoices) -> int | None:
    """The position in `rows` (one conflict) of the date the latest applicable choice keeps."""
    days = {
        str(event): (pd.Timestamp(start).date(), pd.Timestamp(end).date())
        for event, start, end in zip(
            rows["event_id"], rows["date_start"], rows["date_end"], strict=True
        )
    }
    kept = None
    for choice in choices.choices:
        if days.get(choice.event_id) == (choice.date_start, choice.date_end):
            kept = list(days).index(choice.event_id)
    return kept


def _choose(
    store: ChoiceStore, conflict: str, key: str, days: dict[str, tuple[date, date]]
) -> None:
    """Save the date picked in the radio `key` as the choice of `conflict`."""
    event = st.session_state.get(key)
    if event not in days:
        return
    start, end = days[event]
    try:
        choices = store.load()
    except ChoicesError as error:
        st.session_state["choices_error"] = str(error)
        return
    save_choices(store, choices.choose(DateChoice(event, start, end, conflict)))


def _forget(store: ChoiceStore, conflict: str, key: str, events: list[str]) -> None:
    """Remove the choice of `conflict`: its rows show every reported date again."""
    try:
        choices = store.load()
    except ChoicesError as error:
        st.session_state["choices_error"] = str(error)
        return
    kept = tuple(
        choice
        for choice in choices.choices
        if choice.conflict_id != conflict and choice.event_id not in events
    )
    save_choices(store, DateChoices(kept))
    st.session_state.pop(key, None)


def reported_dates(rows: pd.DataFrame) -> pd.DataFrame:
    """One conflict's reported dates as the view lists them (plain text: st.dataframe shows
    it as written, no markup is read)."""
    return pd.DataFrame(
        {
            "date": [said(s, e) for s, e in zip(rows["date_start"], rows["date_end"], strict=True)],
            "title": rows["title"].fillna("").astype(str),
            "date_text": rows["date_text"].fillna("").astype(str),
            "date_reason": rows["date_reason"].fillna("").astype(str),
            "sentence": rows["sentence"].fillna("").astype(str),
            "sources": rows["sources"].astype("int64"),
            "event_id": rows["event_id"].astype(str),
        }
    )


def conflicts_view(shown: pd.DataFrame, analysis: Analysis, store: ChoiceStore) -> None:
    """Every conflict among the filtered events, each with a choice of the date to keep."""
    error = st.session_state.pop("choices_error", None)
    if error:
        st.error(safe_text(str(error)), icon="⚠️")
    conflicts = analysis.conflicts
    review = conflicts.loc[conflicts["conflict_id"].isin(set(shown["conflict_id"].dropna()))]
    where = store.path if isinstance(store, JsonChoiceStore) else "the store"
    if analysis.stale:
        st.caption(
            safe_text(
                f"{analysis.stale} saved choices in {where} do not apply to these events: their "
                "event is gone or now reports another date."
            )
        )
    if review.empty:
        st.info(
            "No conflicting dates among these events: no two articles date one event "
            "differently. Remove a filter to review more."
        )
        return
    count = review["conflict_id"].nunique()
    st.caption(
        safe_text(
            f"{count} conflict{'s' if count != 1 else ''}: articles that report one event with "
            "dates that disagree. "
            f"Pick the date to keep; the choice is saved in {where} and every view follows."
        )
    )
    for value, rows in review.groupby("conflict_id", sort=False):
        conflict = str(value)
        key = f"keep-{conflict}"
        events = rows["event_id"].astype(str).tolist()
        days = {
            event: (pd.Timestamp(start).date(), pd.Timestamp(end).date())
            for event, start, end in zip(events, rows["date_start"], rows["date_end"], strict=True)
        }
        labels = {
            event: safe_text(f"{said(start, end)}, in “{title}”")
            for event, start, end, title in zip(
                events, rows["date_start"], rows["date_end"], rows["title"].fillna(""), strict=True
            )
        }
        kept = _kept(rows, analysis.choices)
        with st.container(border=True, key=f"conflict-{conflict}"):
            st.markdown("**" + safe_text(str(rows["sentence"].iloc[0])) + "**")
            st.dataframe(
                reported_dates(rows),
                hide_index=True,
                column_config={
                    "date": "Reported date",
                    "title": "Article",
                    "date_text": "As written",
                    "date_reason": st.column_config.TextColumn("Why this date", width="large"),
                    "sentence": st.column_config.TextColumn("Sentence", width="large"),
                    "sources": st.column_config.NumberColumn("Reports"),
                    "event_id": None,  # what a choice keeps; not for reading
                },
                key=f"dates-{conflict}",
            )
            st.radio(
                "Keep the date",
                events,
                index=kept,
                format_func=labels.__getitem__,
                key=key,
                on_change=_choose,
                args=(store, conflict, key, days),
                horizontal=True,
            )
            if kept is not None:
                st.button(
                    "Show every reported date again",
                    key=f"forget-{conflict}",
                    on_click=_forget,
                    args=(store, conflict, key, events),
                )
