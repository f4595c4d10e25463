"""Saved pages, links and feeds: the article's own text and date, each link's failure named.

The pages in tests/pages are written here in the shapes outlets use (meta tags, JSON-LD,
itemprop and <time>, a date only in the address, only a footer's copyright year; menus,
"most read" lists, teasers, cookie notices, footers). Links are fetched for real from a local
`http.server`; nothing is mocked.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pandas as pd

from timeline.cli import main
from timeline.documents import Document, read_documents
from timeline.pipeline import date_documents, extract
from timeline.web import fetch, read_links

from .local_site import PAGES, ROUTES

#: The publication date each page states, and text that is page furniture, not article.
EXPECTED = {
    "meta-og.html": date(2022, 11, 8),
    "jsonld.html": date(2021, 4, 13),  # not the later dateModified
    "itemprop.html": date(2020, 8, 19),
    "wire.html": date(2019, 3, 12),
    "blog.html": date(2018, 3, 3),  # a date in the byline
}
FURNITURE = (
    "Most read",
    "Floods kill 50",
    "Tom Riley",
    "cookies",
    "Copyright",
    "Related stories",
    "Bus fares",
    "newsletter",
    "Trending",
    "Heatwave",
    "Subscribe",
    "Log in",
    "More from World News",
    "Earthquake",
    "FILE -",
    "via AP",
    "Archives",
    "comments",
    "Greg said",
)


def _by_file(documents: list[Document]) -> dict[str, Document]:
    return {Path(doc.source).name: doc for doc in documents}


def test_saved_pages_give_the_article_its_headline_and_its_date() -> None:
    documents, errors = read_documents([PAGES])
    assert errors == []
    pages = _by_file([doc for doc in documents if doc.source.endswith(".html")])
    assert pages["meta-og.html"].title == "Port strike ends after overnight talks"
    assert pages["meta-og.html"].url == "https://harbour.example/news/port-strike-ends"
    assert pages["jsonld.html"].url == "https://citypost.example/local/2021/council-tram"
    dated, _ = date_documents(list(pages.values()))
    by_file = _by_file(dated)
    for name, day in EXPECTED.items():
        assert (by_file[name].published, by_file[name].published_source) == (day, "metadata")
    # A footer's copyright year is no publication date: the story keeps no reference day.
    assert by_file["copyright-only.html"].published is None
    for document in pages.values():
        for furniture in FURNITURE:
            assert furniture not in document.text, (document.source, furniture)


def test_no_row_comes_from_page_furniture() -> None:
    documents, _ = read_documents([PAGES])
    table = extract([doc for doc in documents if doc.source.endswith(".html")], workers=1).table
    assert len(table) >= 10
    for sentence in table["sentence"]:
        assert not any(furniture in sentence for furniture in FURNITURE), sentence
    strike = table.loc[table["sentence"].str.contains("ended their strike")].iloc[0]
    assert strike["date_start"] == pd.Timestamp("2022-11-08")  # "on Tuesday", the news day


def test_links_are_fetched_with_the_date_their_page_states(site: str) -> None:
    documents, errors = read_links([f"{site}{path}" for path in ROUTES])
    assert errors == []
    dated, _ = date_documents(documents)
    days = {doc.source.removeprefix(site): doc.published for doc in dated}
    assert days["/news/port-strike-ends"] == date(2022, 11, 8)
    assert days["/2021/06/30/bridge-closes.html"] == date(2021, 6, 30)  # from the address
    assert days["/culture/library-reopens"] is None
    assert documents[0].url == "https://harbour.example/news/port-strike-ends"  # canonical


def test_each_failed_link_gets_its_reason_and_the_rest_is_read(site: str) -> None:
    quick = functools.partial(fetch, timeout=1, max_bytes=2**20)
    links = [
        f"{site}/missing",
        f"{site}/report.pdf",
        f"{site}/huge",
        f"{site}/slow",
        f"{site}/loop",
        "http://127.0.0.1:1/refused",
        "ftp://example.org/file",
        f"{site}/moved",
        f"{site}/notes.txt",
    ]
    documents, errors = read_links(links, fetcher=quick)
    reasons = {error.source.removeprefix(site): error.reason for error in errors}
    assert "404" in reasons["/missing"]
    assert "application/pdf" in reasons["/report.pdf"]
    assert "1 MB limit" in reasons["/huge"]
    assert "within 1 s" in reasons["/slow"]
    assert "redirect" in reasons["/loop"].lower()
    assert "cannot be fetched" in reasons["http://127.0.0.1:1/refused"]
    assert "not a web address" in reasons["ftp://example.org/file"]
    assert [doc.title for doc in documents] == [
        "Port strike ends after overnight talks",
        "Council notes",
    ]
    assert documents[0].source == f"{site}/moved"  # named as the user wrote it


def test_the_user_agent_says_who_is_asking(site: str) -> None:
    assert fetch(f"{site}/agent").data.startswith(b"Timeline/")


def test_a_feed_gives_one_article_per_item_dated_by_the_item(site: str) -> None:
    documents, errors = read_links([f"{site}/feed.xml"])
    assert errors == []
    assert [doc.url for doc in documents] == [
        f"{site}/news/port-strike-ends",
        f"{site}/local/2021/council-tram",
        f"{site}/missing",
    ]
    dated, warnings = date_documents(documents)
    assert warnings == []
    assert [doc.published for doc in dated] == [
        date(2022, 11, 8),
        date(2021, 4, 13),
        date(2021, 4, 14),
    ]
    assert "Dock workers ended their strike on Tuesday." in documents[0].text  # the summary
    assert "<b>" not in documents[0].text


def test_following_a_feed_reads_each_item_from_its_page(site: str) -> None:
    documents, errors = read_links([f"{site}/feed.xml"], follow=True)
    assert len(errors) == 1 and "404" in errors[0].reason and "summary is used" in errors[0].reason
    assert "Union leader Maria Keller told reporters" in documents[0].text
    assert documents[0].url == "https://harbour.example/news/port-strike-ends"
    assert documents[2].text.endswith("Mayor Ines Duarte opened the depot on Tuesday.")


def test_an_atom_feed_file_is_read_like_a_link() -> None:
    documents, errors = read_documents([PAGES / "atom.xml"])
    assert errors == []
    (wildfire,) = documents
    dated, _ = date_documents([wildfire])
    assert dated[0].published == date(2020, 8, 19)  # published, not updated, in its own zone
    assert wildfire.url == "https://valley.example/2020/08/19/wildfire"


def test_the_command_reads_links_and_files_of_links(site: str, tmp_path: Path) -> None:
    links = tmp_path / "reading.urls"
    links.write_text(f"# this week's stories\n{site}/news/port-strike-ends\n{site}/missing\n")
    out = tmp_path / "events.csv"
    status = main(["extract", f"{site}/local/2021/council-tram", str(links), "-o", str(out)])
    assert status == 1  # one link failed
    table = pd.read_csv(out)
    assert set(table["url"]) == {
        "https://harbour.example/news/port-strike-ends",
        "https://citypost.example/local/2021/council-tram",
    }
    assert set(table["published"]) == {"2022-11-08", "2021-04-13"}
