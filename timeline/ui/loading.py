"""Where the dashboard's events come from: the articles of the sidebar (the sample, uploads,
pasted text, links), their publication dates (editable), and their events, each cached so a
filter change never reads an article again.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from multiprocessing import get_all_start_methods
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline.actors import load_aliases, load_model
from timeline.documents import (
    SUPPORTED_SUFFIXES,
    Document,
    is_link,
    parse_bytes,
    read_documents,
    unique_ids,
)
from timeline.errors import ModelError
from timeline.escaping import safe_text
from timeline.events import Event, merge_names
from timeline.export import read_table
from timeline.pipeline import date_documents, events_of, events_within_budget
from timeline.syntax import load_tagger
from timeline.table import event_table, merge_duplicates
from timeline.web import read_links

#: The bundled sample articles and alias file, in a checkout.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ALIAS_FILE = DATA_DIR / "actors.csv"
#: Documents longer than this (about forty news articles) are read in a worker process under
#: a time budget; shorter ones in this process, where the model is already loaded.
INLINE_CHARS = 100_000
#: Seconds a long document may take before it is skipped (`TIMELINE_TIMEOUT` overrides it).
DEFAULT_TIMEOUT = 60.0


@st.cache_resource(show_spinner="Loading the language model…")
def models_ready(name: str | None) -> bool:
    load_model(name)
    load_tagger(name)
    return True


@st.cache_data(show_spinner=False, max_entries=2000)
def document_events(
    document: Document, aliases: bytes, model: str | None, timeout: float
) -> tuple[list[Event], tuple[str, ...]]:
    """One document's events, cached by its content, date and model: a filter never re-runs
    this. A long document is read in a worker process with `timeout` seconds, so no upload
    can hold the page; the second value says why it was skipped, if it was."""
    alias_table = load_aliases(ALIAS_FILE) if aliases else None
    if len(document.text) > INLINE_CHARS:
        # a fresh process, not a fork of this one: the server's threads do not survive a fork
        events, skipped = events_within_budget(
            [document],
            timeout=timeout,
            model=model,
            aliases=alias_table,
            start_method="forkserver" if "forkserver" in get_all_start_methods() else "spawn",
        )
        return events, tuple(skipped)
    models_ready(model)
    return events_of([document], model=model, aliases=alias_table), ()


def timeout_setting() -> float:
    """Seconds a long document may take (`TIMELINE_TIMEOUT`, default `DEFAULT_TIMEOUT`)."""
    try:
        seconds = float(os.environ.get("TIMELINE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT
    return seconds if seconds > 0 else DEFAULT_TIMEOUT


def model_setting() -> str | None:
    """The spaCy pipeline the user names in the sidebar (default: en_core_web_sm)."""
    with st.sidebar.expander("Settings", expanded=False):
        name = st.text_input(
            "spaCy pipeline",
            key="model",
            placeholder="en_core_web_sm",
            help="An installed spaCy pipeline (package name or path) for finding actors.",
        ).strip()
    if not name:
        return None
    try:
        models_ready(name)
    except ModelError as error:
        st.sidebar.error(safe_text(str(error)) + " Using the default pipeline.", icon="⚠️")
        return None
    return name


@st.cache_data(show_spinner=False, max_entries=64)
def sample_documents() -> tuple[list[Document], list[str]]:
    docs, errors = read_documents([DATA_DIR])
    return docs, [str(e) for e in errors]


def sources() -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    errors: list[str] = []
    with st.sidebar.expander("Articles", expanded=False):
        use_sample = st.checkbox("Sample articles (data/)", value=True, key="sample")
        uploads = st.file_uploader(
            "Upload articles",
            type=[suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES],
            accept_multiple_files=True,
            key="uploads",
            help="Text, Markdown, saved web pages (HTML); JSON, JSON Lines or CSV with a "
            "'text' field (and optionally id, title, published, url); RSS or Atom feeds; "
            ".urls files of links, one a line.",
        )
        pasted = st.text_area("…or paste an article", key="pasted", height=120)
        links = st.text_area(
            "…or paste links to pages or feeds, one a line",
            key="links",
            height=80,
            placeholder="https://news.example/2023/10/23/story",
        )
        follow = st.checkbox(
            "Read feed items from their pages",
            key="follow",
            help="A feed item's summary is short: this fetches the page each item links to.",
        )
    if use_sample:
        docs, errs = sample_documents()
        documents.extend(docs)
        errors.extend(errs)
    for upload in uploads or []:
        docs, upload_errors = parse_bytes(
            upload.name, upload.getvalue(), doc_prefix=f"upload/{upload.name}"
        )
        documents.extend(docs)
        errors.extend(str(e) for e in upload_errors)
    if pasted.strip():
        docs, paste_errors = parse_bytes("pasted.txt", pasted.encode("utf-8"), doc_prefix="pasted")
        documents.extend(docs)
        errors.extend(str(e) for e in paste_errors)
    addresses = tuple(dict.fromkeys(line.strip() for line in links.splitlines() if line.strip()))
    if addresses:
        docs, link_errors = linked_documents(addresses, follow)
        documents.extend(docs)
        errors.extend(link_errors)
    return unique_ids(documents), errors


@st.cache_data(show_spinner="Fetching the links…", ttl=900, max_entries=32)
def linked_documents(addresses: tuple[str, ...], follow: bool) -> tuple[list[Document], list[str]]:
    """The documents of pasted links, fetched once per quarter hour (pages change)."""
    not_links = [address for address in addresses if not is_link(address)]
    docs, errors = read_links([a for a in addresses if is_link(a)], follow=follow)
    messages = [
        f"{address}: not a link (it must start with http:// or https://)" for address in not_links
    ]
    return docs, messages + [str(error) for error in errors]


def corrections(dated: list[Document]) -> dict[str, date]:
    """The documents' publication dates, editable: a corrected date re-dates that article."""
    frame = pd.DataFrame(
        {
            "doc_id": [d.id for d in dated],
            "title": [d.title for d in dated],
            "published": [d.published for d in dated],
            "source": [d.published_source for d in dated],
            "url": [d.url for d in dated],
        }
    )
    with st.expander(f"Articles ({len(dated)}) and their publication dates"):
        st.caption(
            "The publication date is the reference every relative date resolves against. "
            "Correct it here when it is wrong; the timeline follows."
        )
        edited = st.data_editor(
            frame,
            hide_index=True,
            disabled=["doc_id", "title", "source", "url"],
            column_config={
                "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
                "source": st.column_config.TextColumn("How it was obtained"),
                "url": st.column_config.LinkColumn("Address"),
            },
            key="published_editor",
            width="stretch",
        )
    changed: dict[str, date] = {}
    for original, new in zip(dated, edited["published"], strict=True):
        if new is not None and not pd.isna(new):
            day = new if isinstance(new, date) else pd.Timestamp(new).date()
            if day != original.published:
                changed[original.id] = day
    return changed


def event_table_of(
    documents: list[Document], aliases: bytes, model: str | None
) -> tuple[pd.DataFrame, list[Document]]:
    dated, warnings = date_documents(documents)
    for warning in warnings:
        st.sidebar.warning(safe_text(warning), icon="📅")
    overrides = corrections(dated)
    dated = [
        replace(d, published=overrides[d.id], published_source="user") if d.id in overrides else d
        for d in dated
    ]
    events: list[Event] = []
    skipped: set[str] = set()
    bar = st.progress(0.0, text="Reading articles…")
    for number, document in enumerate(dated, start=1):
        if len(document.text) > INLINE_CHARS:
            size = f"{len(document.text) / 1e6:.1f} million characters"
            bar.progress(
                (number - 1) / len(dated),
                text=safe_text(f"Reading {document.source or document.id} ({size})…"),
            )
        found, failures = document_events(document, aliases, model, timeout_setting())
        events.extend(found)
        for failure in failures:
            st.sidebar.error(safe_text(failure), icon="⏱️")
            skipped.add(document.id)
        bar.progress(number / len(dated), text=f"Reading articles… {number}/{len(dated)}")
    bar.empty()
    dated = [d for d in dated if d.id not in skipped]
    key = tuple((d.id, str(d.published), hash(d.text)) for d in dated)
    return assembled((*key, ("model", str(model), hash(aliases))), dated, events), dated


# Big read-only frames are shared, not copied on every rerun (st.cache_data would unpickle a
# fresh copy each time); views never change a frame in place, they return new ones.
@st.cache_resource(show_spinner="Reading the saved event table…", max_entries=4)
def saved_table(path: str, modified: float) -> pd.DataFrame:
    del modified  # part of the cache key: a rewritten file is read again
    return read_table(path)


@st.cache_resource(show_spinner=False, max_entries=16)
def assembled(
    key: tuple[tuple[str, str, int], ...], _dated: list[Document], _events: list[Event]
) -> pd.DataFrame:
    """The event table of these documents, built once per set of documents and dates."""
    del key
    return merge_duplicates(event_table(_dated, merge_names(_events)))
