"""What the views of issue 16 share: the table's analysis (conflicts, the reader's date
choices, story threads), computed once per table and cached; where the choices are saved; the
page switch and the sidebar's story filters, all in the URL
(`?view=threads&thread=1`, `?view=conflicts&conflicts=1`, `?view=actor&name=Antony+Blinken`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.analysis import (
    ChoiceStore,
    DateChoices,
    JsonChoiceStore,
    apply_choices,
    conflicts_only,
    find_conflicts,
    find_threads,
    mark_conflicts,
    mark_threads,
    stale_choices,
)
from timeline.errors import ChoicesError
from timeline.escaping import safe_text

#: The dashboard's pages, as the switch shows them and as the URL's `view` writes them.
PAGES = {
    "Timeline": "timeline",
    "Network": "network",
    "Threads": "threads",
    "Conflicts": "conflicts",
    "Actor page": "actor",
}
TIMELINE, NETWORK, THREADS, CONFLICTS, ACTOR = PAGES
#: Where the choices made on the sample, uploads or pasted articles are kept (a saved table
#: keeps them beside itself); `TIMELINE_CHOICES` names another file.
DEFAULT_CHOICES = Path("~/.cache/timeline/choices.json")


@dataclass(frozen=True, slots=True, eq=False)
class Marked:
    """A table with its conflicts found and marked; `source` is the table it was made from
    (held, so its `id` stays its own while this is cached)."""

    source: pd.DataFrame
    table: pd.DataFrame
    conflicts: pd.DataFrame


@dataclass(frozen=True, slots=True, eq=False)
class Analysis:
    """What the views show: `table` marked (`conflict_id`, `thread_id`) with the reader's date
    choices applied, the conflicts frame (every reported date, for review), the threads'
    summary, the choices and those of them that do not apply (`stale`)."""

    table: pd.DataFrame
    conflicts: pd.DataFrame
    threads: pd.DataFrame
    choices: DateChoices
    stale: int
    key: str
    marked: Marked


def choice_store() -> JsonChoiceStore:
    """Beside a saved table (`timeline app --table events.parquet` -> events.choices.json);
    for the sample, uploads and pasted articles, `TIMELINE_CHOICES` or `DEFAULT_CHOICES`."""
    saved = os.environ.get("TIMELINE_TABLE")
    if saved:
        return JsonChoiceStore.beside(saved)
    named = os.environ.get("TIMELINE_CHOICES")
    return JsonChoiceStore(Path(named).expanduser() if named else DEFAULT_CHOICES.expanduser())


def save_choices(store: ChoiceStore, choices: DateChoices) -> None:
    """Save, making the folder of a JSON store first; a failure is shown, nothing is lost."""
    if isinstance(store, JsonChoiceStore):
        try:
            store.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            st.session_state["choices_error"] = f"{store.path.parent}: {error.strerror}"
            return
    try:
        store.save(choices)
    except ChoicesError as error:
        st.session_state["choices_error"] = str(error)


def load_choices(store: ChoiceStore) -> DateChoices:
    """The saved choices; a broken file is named in the sidebar and no choice is applied."""
    try:
        return store.load()
    except ChoicesError as error:
        st.sidebar.error(safe_text(str(error)), icon="⚠️")
        return DateChoices()


@st.cache_resource(show_spinner="Looking for conflicting dates…", max_entries=8)
def _marked(identity: int, _table: pd.DataFrame) -> Marked:
    del identity  # the table's id: the cached value holds the table, so the id is its own
    conflicts = find_conflicts(_table)
    return Marked(_table, mark_conflicts(_table, conflicts), conflicts)


@st.cache_resource(show_spinner="Finding the story threads…", max_entries=16)
def _analysis(identity: int, choices_json: str, _done: Marked) -> Analysis:
    """The marked table with the choices applied and its threads, once per table and choices:
    a filter change never recomputes them."""
    choices = DateChoices.from_json(json.loads(choices_json), "the saved choices")
    resolved = apply_choices(_done.table, choices)
    threads = find_threads(resolved)
    return Analysis(
        table=mark_threads(resolved, threads),
        conflicts=_done.conflicts,
        threads=threads.summary,
        choices=choices,
        stale=len(stale_choices(_done.table, choices)),
        key=f"{identity}:{hash(choices_json)}",
        marked=_done,
    )


def analysed(table: pd.DataFrame, store: ChoiceStore) -> Analysis:
    """The table's analysis, cached by the table's identity and the saved choices."""
    marked = _marked(id(table), table)
    if marked.source is not table:  # an id reused after the cached table was dropped
        _marked.clear()
        marked = _marked(id(table), table)
    choices = json.dumps(load_choices(store).to_json(), sort_keys=True)
    analysis = _analysis(id(table), choices, marked)
    if analysis.marked is not marked:
        _analysis.clear()
        analysis = _analysis(id(table), choices, marked)
    return analysis


def _seed(key: str, value: object) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def _set_url(key: str, value: str | None) -> None:
    if value:
        st.query_params[key] = value
    elif key in st.query_params:
        del st.query_params[key]


def page_switch() -> str:
    """The page shown (one of `PAGES`), from the URL's `view` on a session's first run."""
    by_view = {view: page for page, view in PAGES.items()}
    _seed("page", by_view.get(st.query_params.get("view", ""), TIMELINE))
    page = st.segmented_control("Show", list(PAGES), key="page") or TIMELINE
    _set_url("view", PAGES[page] if page != TIMELINE else None)
    if page != ACTOR:
        _set_url("name", None)
    return page


def story_filters(shown: pd.DataFrame, analysis: Analysis, actors: tuple[str, ...]) -> pd.DataFrame:
    """The sidebar's 'conflicts only' and story thread filters (URL `conflicts=1`,
    `thread=N`), applied to the filtered rows; with one actor filtered, a way to their page."""
    sidebar = st.sidebar
    _seed("conflicts_only", st.query_params.get("conflicts") == "1")
    only = sidebar.toggle(
        "Conflicting dates only",
        key="conflicts_only",
        help="Events whose date the articles disagree on; review them under Conflicts.",
    )
    summary = analysis.threads
    names = {
        int(n): str(name) for n, name in zip(summary["thread_id"], summary["name"], strict=True)
    }
    url_thread = st.query_params.get("thread", "")
    _seed("thread", int(url_thread) if url_thread.isdigit() and int(url_thread) in names else None)
    if st.session_state["thread"] not in names:
        st.session_state["thread"] = None  # a thread of other articles
    thread = sidebar.selectbox(
        "Story thread",
        list(names),
        format_func=lambda number: f"{number}. {names[number]}",
        key="thread",
        placeholder=f"All events ({len(names)} thread{'' if len(names) == 1 else 's'})",
    )
    _set_url("conflicts", "1" if only else None)
    _set_url("thread", str(thread) if thread is not None else None)
    if len(actors) == 1:
        sidebar.button(
            safe_text(f"Open {actors[0]}'s page"),
            key="open_actor_page",
            on_click=open_actor_page,
            args=(actors[0],),
        )
    if only:
        shown = conflicts_only(shown).reset_index(drop=True)
    if thread is not None:
        shown = shown.loc[shown["thread_id"] == thread].reset_index(drop=True)
    return shown


def open_actor_page(name: str) -> None:
    """A callback: show `name`'s page (it runs before the next script run, when the page
    switch is not drawn yet, so its state may be set)."""
    st.session_state["page"] = ACTOR
    st.session_state["actor_name"] = name


def show_on_timeline(name: str) -> None:
    """A callback: filter the timeline to `name` and show it."""
    st.session_state["actor"] = [name]
    st.session_state["page"] = TIMELINE
