"""Timeline dashboard: drop in articles, get an interactive timeline of who did what, when.

Run with `make run` (or `streamlit run app.py`). Every filter is bound to the URL, so a
filtered view is a link: `?actor=Antony+Blinken&actor=Lloyd+Austin`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.actors import load_aliases, load_model
from timeline.documents import Document, parse_bytes, read_documents
from timeline.export import to_csv
from timeline.pipeline import extract
from timeline.views import Filters, actor_counts, filter_events, timeline_figure

DATA_DIR = Path(__file__).resolve().parent / "data"
ALIAS_FILE = DATA_DIR / "actors.csv"

st.set_page_config(page_title="Timeline", page_icon="🗓️", layout="wide")


@st.cache_resource(show_spinner="Loading the language model…")
def _model(name: str | None) -> object:
    return load_model(name)


@st.cache_data(show_spinner=False, max_entries=32)
def _extract(
    documents: tuple[Document, ...],
    model: str | None,
    aliases: bytes,
) -> tuple[pd.DataFrame, tuple[Document, ...], tuple[str, ...]]:
    _model(model)  # loaded once per server, reused by the in-process pipeline
    alias_table = load_aliases(ALIAS_FILE) if aliases else None
    result = extract(documents, model=model, aliases=alias_table, workers=1)
    return result.table, result.documents, result.warnings


def _sources() -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    errors: list[str] = []
    with st.sidebar.expander("Articles", expanded=False):
        use_sample = st.checkbox("Sample articles (data/)", value=True, key="sample")
        uploads = st.file_uploader(
            "Upload articles",
            type=["txt", "md", "html", "htm", "json", "jsonl", "csv"],
            accept_multiple_files=True,
            key="uploads",
        )
        pasted = st.text_area("…or paste an article", key="pasted", height=120)
    if use_sample:
        docs, errs = read_documents([DATA_DIR])
        documents.extend(docs)
        errors.extend(str(e) for e in errs)
    for upload in uploads or []:
        docs, errs = parse_bytes(upload.name, upload.getvalue(), doc_prefix=f"upload/{upload.name}")
        documents.extend(docs)
        errors.extend(str(e) for e in errs)
    if pasted.strip():
        docs, errs = parse_bytes("pasted.txt", pasted.encode("utf-8"), doc_prefix="pasted")
        documents.extend(docs)
        errors.extend(str(e) for e in errs)
    return documents, errors


def _date_bounds(table: pd.DataFrame) -> tuple[date, date] | None:
    dated = table.loc[table["date_start"].notna()]
    if dated.empty:
        return None
    return dated["date_start"].min().date(), dated["date_end"].max().date()


def main() -> None:
    st.title("Timeline")
    documents, errors = _sources()
    for error in errors:
        st.sidebar.error(error, icon="⚠️")
    if not documents:
        st.info(
            "No articles yet. Upload articles (txt, md, html, json, jsonl, csv) or paste one in "
            "the sidebar, or tick *Sample articles* to explore the bundled examples."
        )
        return
    aliases = ALIAS_FILE.read_bytes() if ALIAS_FILE.is_file() else b""
    with st.spinner(f"Reading {len(documents)} articles…"):
        table, dated, warnings = _extract(tuple(documents), None, aliases)
    for warning in warnings:
        st.sidebar.warning(warning)

    counts = actor_counts(table)
    st.sidebar.header("Filters")
    # Bound to the URL by hand: a bound widget would put the formatted label, count included,
    # in the link, and `?actor=Antony+Blinken` must keep working as counts change.
    if "actor" not in st.session_state:
        st.session_state["actor"] = [
            name for name in dict.fromkeys(st.query_params.get_all("actor")) if name in counts
        ]
    actors = st.sidebar.multiselect(
        "Actors",
        options=[name for name, _ in counts.most_common()],
        format_func=lambda name: f"{name} ({counts[name]})",
        key="actor",
        placeholder="All actors",
    )
    st.query_params["actor"] = actors
    query = st.sidebar.text_input("Search the sentences", key="q", bind="query-params")
    bounds = _date_bounds(table)
    start = end = None
    if bounds is not None:
        chosen = st.sidebar.date_input(
            "Date range",
            value=bounds,
            min_value=date(1, 1, 1),
            max_value=date(9999, 12, 31),
            key="dates",
        )
        if isinstance(chosen, tuple) and len(chosen) == 2:
            start, end = chosen

    shown = filter_events(
        table, Filters(actors=tuple(actors), start=start, end=end, query=query or "")
    )
    st.caption(
        f"{len(shown)} of {len(table)} events from {len(dated)} articles"
        + (f", with {', '.join(actors)}" if actors else "")
    )
    st.plotly_chart(timeline_figure(shown), width="stretch", key="timeline")
    st.dataframe(
        shown[
            ["date_start", "date_end", "granularity", "date_text", "actors", "sentence", "title"]
        ],
        hide_index=True,
        column_config={
            "date_start": st.column_config.DateColumn("From"),
            "date_end": st.column_config.DateColumn("To"),
            "granularity": "Precision",
            "date_text": "As written",
            "actors": st.column_config.ListColumn("Actors"),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "title": "Article",
        },
        key="events",
    )
    st.download_button(
        "Download CSV",
        data=to_csv(shown),
        file_name="timeline.csv",
        mime="text/csv",
        key="download_csv",
    )


main()
