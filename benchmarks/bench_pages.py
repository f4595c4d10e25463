"""Saved web pages: is the publication date right, and do rows come only from the article?

    python benchmarks/bench_pages.py [PAGES_DIR]

For each page of `tests/pages` (our own HTML in the shapes outlets use: meta tags, JSON-LD,
itemprop and <time>, a byline date, a wire story with a caption and a credit line, a blog with
comments, a date only in the address, only a footer's copyright year; CMS shapes: WordPress's
`<time class="entry-date">`, a byline or a date line under (or above) the headline, "Updated"
beside "Published", "2 hours ago", 05.03.2024 and 5 March 2024, an address's day against a
later dateModified, dated teaser lists, tickers and comments, a live blog, an AMP page, a date
line after the body; menus, "most read" and "more stories" lists, teasers, cookie notices,
footers), compares the publication date found
with the one the page states, and counts the rows of the event table whose sentence is not in
the article body. It also shows what the simple reader the product used before (all the
page's text) would have made of the same pages. These are not real outlets' pages: the figure
on real saved pages is measured outside this repository.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.documents import Document
from timeline.html_text import html_to_text
from timeline.pipeline import date_documents, extract
from timeline.web import page_document

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"
#: The date each page states (None: it states none; a footer's copyright year is not one),
#: the address it is saved from, and the sentences of its article body (first words).
TRUTH: dict[str, tuple[date | None, str | None, tuple[str, ...]]] = {
    "meta-og.html": (
        date(2022, 11, 8),
        None,
        ("Dock workers", "Union leader", "The port", "Transport"),
    ),
    "jsonld.html": (
        date(2021, 4, 13),
        None,
        ("The city council", "Mayor Ines", "Opponents", "The council"),
    ),
    "itemprop.html": (
        date(2020, 8, 19),
        None,
        ("Firefighters", "Governor", "The fire", "Forecasters"),
    ),
    "url-date.html": (
        date(2021, 6, 30),
        "https://regional.example/2021/06/30/bridge.html",
        ("The river", "Drivers", "The agency"),
    ),
    "copyright-only.html": (None, None, ("The town library", "Librarian", "The works")),
    "wire.html": (date(2019, 3, 12), None, ("LIMA", "Peru's government", "President", "Rivers")),
    "blog.html": (date(2018, 3, 3), None, ("The council met", "Councillor", "The next meeting")),
    # Shapes of CMS pages: the date in a <time> or a byline, only visible under the headline,
    # "Updated" beside "Published", relative stamps, other orders, teasers' and comments' dates.
    "wp-entry-date.html": (date(2023, 9, 14), None, ("The ferry", "Harbour master", "Island")),
    "byline-et.html": (
        date(2024, 3, 5),
        None,
        ("The state Senate", "Senator", "The governor", "Bus"),
    ),
    "headline-visible.html": (date(2022, 1, 12), None, ("Residents", "The town clerk", "The bank")),
    "updated-published.html": (
        date(2021, 10, 1),
        None,
        ("The city airport", "Chief executive", "Residents"),
    ),
    "relative-ago.html": (date(2023, 4, 17), None, ("The county", "Hospital", "Patients")),
    "dotted-dmy.html": (date(2024, 3, 5), None, ("A family", "Managing", "The brewery")),
    "day-month-year.html": (date(2018, 3, 5), None, ("The lifeboat", "Coxswain", "Volunteers")),
    "url-vs-modified.html": (
        date(2020, 2, 11),
        "https://cityzoo-news.example/2020/02/11/twin-snow-leopard-cubs/",
        ("Two snow", "Head keeper", "The zoo"),
    ),
    "teasers-byline.html": (date(2019, 8, 22), None, ("The county", "Councillor", "Borrowers")),
    "teasers-nodate.html": (None, None, ("The canal", "The trust", "Volunteers")),
    "comments-only.html": (None, None, ("The allotment", "Treasurer", "The society")),
    "liveblog.html": (date(2022, 7, 19), None, ("The rail", "Emergency", "Forecasters")),
    "amp.html": (date(2019, 11, 27), None, ("Potato", "Growers'", "Some farmers")),
    "meta-date-jsonld-modified.html": (
        date(2017, 5, 2),
        None,
        ("The national museum", "Museum director", "The elders"),
    ),
    "translated.html": (date(2021, 2, 3), None, ("The city council", "Transport", "The state")),
    "caption-archive.html": (date(2024, 1, 9), None, ("The steelworks", "Plant", "The furnace")),
    "microdata-modified.html": (date(2016, 4, 29), None, ("A late frost", "Winemaker", "Insurers")),
    "updated-first.html": (date(2023, 6, 6), None, ("Crews", "District engineer", "The work")),
    "wp-footer-date.html": (
        date(2015, 5, 18),
        None,
        ("The village choir", "Choirmaster", "The choir"),
    ),
    "ticker-before.html": (date(2020, 10, 9), None, ("The club", "Manager", "Rydell")),
    # Written after the reader's article-block change, to try it on shapes it was not grown on.
    "above-headline.html": (date(2020, 2, 14), None, ("A glassworks", "Magistrate", "The company")),
    "hero-layout.html": (date(2021, 7, 7), None, ("The mountain", "Director", "The dome's")),
    "jsonld-end.html": (date(2023, 11, 27), None, ("A regional", "Founder", "The chain")),
    "logo-h1.html": (date(2017, 2, 24), None, ("The ferry", "Councillor", "The company")),
    "ordinal-date.html": (date(2021, 6, 3), None, ("The cricket", "Club captain", "The first")),
    "abbrev-dot.html": (date(2023, 2, 14), None, ("The planning", "Developer", "The lone")),
    "foot-date.html": (date(2018, 10, 18), None, ("The parish", "Clerk", "The machine")),
    "foot-date-plain.html": (date(2019, 4, 2), None, ("A new bus", "Parish councillor", "It has")),
}


def _score(documents: list[Document]) -> tuple[int, int, int]:
    dated, _ = date_documents(documents)
    right = sum(doc.published == TRUTH[Path(doc.source).name][0] for doc in dated)
    table = extract(dated, workers=1).table
    furniture = 0
    for row in table.itertuples():
        body = TRUTH[Path(str(row.doc_id)).name][2]
        if not str(row.sentence).startswith(body):
            furniture += 1
    return right, len(table), furniture


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else PAGES
    ours = [
        page_document(str(folder / name), name, (folder / name).read_bytes(), url)
        for name, (_, url, _) in TRUTH.items()
    ]
    simple = []
    for name in TRUTH:
        title, text = html_to_text((folder / name).read_text(encoding="utf-8"))
        simple.append(Document(id=name, text=text, title=title, source=str(folder / name)))
    print(f"{len(TRUTH)} saved pages")
    print(f"{'reader':<40}{'date right':>12}{'rows':>6}{'not from the body':>20}")
    for label, documents in (
        ("timeline (trafilatura + htmldate)", ours),
        ("all the page's text", simple),
    ):
        right, rows, furniture = _score(documents)
        share = furniture / max(rows, 1)
        print(f"{label:<40}{right:>7} of {len(TRUTH)}{rows:>6}{furniture:>12} ({share:.0%})")


if __name__ == "__main__":
    main()
