"""Web pages: the article's main text, its headline, its canonical address and the date the
page says it was first published.

    >>> page = read_page(open("saved.html").read())  # doctest: +SKIP
    >>> page.title, page.published, page.url  # doctest: +SKIP
    ('Floods hit the valley', '2022-03-15', 'https://news.example/2022/03/15/floods')

The main text comes from trafilatura (menus, "most read" lists, teasers, cookie notices and
footers are left out), the date from htmldate reading the page's metadata only (`article:
published_time`, JSON-LD `datePublished`, `itemprop="datePublished"`, `<time datetime>`, a date
in the address): its original date, not an "updated" one, and never a footer's copyright year.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import htmldate
import trafilatura

__all__ = ["Page", "read_page"]

# Both libraries log every page they cannot read at WARNING; the product reports its own errors.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_LINE_BREAKS = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Page:
    """What a page holds for the pipeline: headline, body text (headline first, one paragraph
    a block), canonical address and publication date (YYYY-MM-DD) when the page gives them."""

    title: str
    text: str
    url: str | None = None
    published: str | None = None


def read_page(html: str | bytes, *, url: str | None = None) -> Page | None:
    """The article a page holds, or None when it holds no readable text.

    >>> page = read_page(
    ...     '<html><head><meta property="article:published_time" content="2022-03-15">'
    ...     '<title>Floods</title></head><body><nav>Home | World</nav><article><h1>Floods</h1>'
    ...     "<p>Heavy rain flooded the valley on Monday, the regional government said on "
    ...     "Tuesday, and the army sent soldiers to help the residents of three towns.</p>"
    ...     "</article><footer>Copyright 2023</footer></body></html>"
    ... )
    >>> page.title, page.published, "Home" in page.text, "Copyright" in page.text
    ('Floods', '2022-03-15', False, False)
    """
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    body = str(getattr(extracted, "text", "") or "").strip() if extracted else ""
    if not body:
        return None
    title = " ".join(str(getattr(extracted, "title", "") or "").split())
    paragraphs = [line for line in _LINE_BREAKS.split(body) if line]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline opens the text, as in a plain-text article
    canonical = getattr(extracted, "url", None) or url
    return Page(
        title=title or paragraphs[0],
        text="\n\n".join(paragraphs),
        url=str(canonical) if canonical else None,
        published=publication_date(html, url=url),
    )


def publication_date(html: str | bytes, *, url: str | None = None) -> str | None:
    """The first publication date the page's metadata or address states (YYYY-MM-DD).

    >>> publication_date("<html><body><p>x</p><footer>© 2023</footer></body></html>") is None
    True
    """
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):  # a page htmldate cannot parse states no date
        return None
    return str(found) if found else None
