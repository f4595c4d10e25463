"""Sources: reading inputs one at a time gives what reading them all at once gives."""

from __future__ import annotations

from pathlib import Path

from timeline.documents import read_documents, unique_ids
from timeline.sources import Source, document_sources, fetches, read_source

from .bad_inputs import make_folder
from .conftest import DATA


def test_one_source_at_a_time_reads_what_read_documents_reads(tmp_path: Path) -> None:
    make_folder(tmp_path / "mixed", tiny_files=3, big_mb=21)
    inputs = [DATA, tmp_path / "mixed", tmp_path / "missing.txt"]
    documents, errors = read_documents(inputs)
    sources, found = document_sources(inputs)
    streamed = []
    seen: dict[str, int] = {}
    for source in sources:
        docs, errs = read_source(source)
        streamed.extend(unique_ids(docs, seen))
        found.extend(errs)
    assert streamed == documents
    assert sorted(map(str, found)) == sorted(map(str, errors))
    assert any("missing.txt" in str(error) for error in found)


def test_which_sources_go_to_the_web() -> None:
    assert fetches(Source("https://news.example/feed.xml"))
    assert fetches(Source(Path("reading.urls")))
    assert not fetches(Source(Path("feed.xml")))  # a saved feed: its items' summaries
    assert fetches(Source(Path("feed.xml")), follow=True)  # each item's page
