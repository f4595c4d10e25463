"""RSS and Atom feeds: one article per item, dated by the item's own date, linked to its page.

    >>> items = feed_items(open("feed.xml", "rb").read(), source="feed.xml")  # doctest: +SKIP
    >>> items[0].url, items[0].published  # doctest: +SKIP
    ('https://news.example/2022/03/15/floods', 'Tue, 15 Mar 2022 08:00:00 GMT')

feedparser reads every flavour of RSS and Atom, broken ones included. An item's text is its
content or summary (the page it links to is fetched for the full text with `--follow`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import feedparser

__all__ = ["FeedItem", "feed_items", "looks_like_feed"]

_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S
)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed: its headline, its text as HTML, its link and its date as written."""

    title: str
    html: str
    url: str | None
    published: str | None


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes are an RSS or Atom document.

    >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    True
    """
    return bool(_FEED_START.match(data[:4096]))


def feed_items(data: bytes, *, source: str) -> list[FeedItem]:
    """The items of a feed, in its order; `ValueError` naming `source` when it is no feed.

    >>> rss = (b'<rss version="2.0"><channel><title>N</title><item><title>Floods</title>'
    ...        b"<link>https://n.example/a</link><pubDate>Tue, 15 Mar 2022 08:00:00 GMT</pubDate>"
    ...        b"<description>Rain flooded the valley on Monday.</description></item>"
    ...        b"</channel></rss>")
    >>> item = feed_items(rss, source="n.xml")[0]
    >>> item.title, item.url, item.published
    ('Floods', 'https://n.example/a', 'Tue, 15 Mar 2022 08:00:00 GMT')
    """
    parsed: Any = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.feed):
        reason = getattr(parsed, "bozo_exception", None) or "no items"
        raise ValueError(f"{source}: not an RSS or Atom feed ({reason})")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        contents = entry.get("content") or []
        html = contents[0].get("value", "") if contents else entry.get("summary", "")
        items.append(
            FeedItem(
                title=" ".join(str(entry.get("title", "")).split()),
                html=str(html or ""),
                url=entry.get("link") or None,
                published=entry.get("published") or entry.get("updated") or None,
            )
        )
    return items
