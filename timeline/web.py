"""Links and feeds: fetch pages politely, with a timeout, a size limit and a clear message for
each link that fails; turn pages and feed items into documents.

    >>> docs, errors = read_links(["https://news.example/2022/03/15/floods"])  # doctest: +SKIP

A link may answer with a page (its main text, headline, canonical address and publication
date), an RSS or Atom feed (one document per item; with `follow`, each item's page is fetched
for its full text, keeping the item's date), or plain text. Anything else (a PDF, an image) is
reported, not read. One request at a time, with a user agent that says who is asking.
"""

from __future__ import annotations

import http.client
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from timeline.documents import (
    Document,
    decode_text,
    parse_bytes,
    unique_ids,
)
from timeline.errors import DocumentError
from timeline.feeds import feed_items, looks_like_feed
from timeline.html_text import html_to_text
from timeline.pages import read_page

__all__ = ["Fetched", "feed_documents", "fetch", "page_document", "read_links"]

USER_AGENT = "Timeline/0.1 (a news timeline builder; one request at a time)"
#: Seconds a link may take to answer in full.
FETCH_TIMEOUT = 20.0
#: The most bytes read from one link: a news page is well under 1 MB.
MAX_FETCH_BYTES = 10 * 2**20
#: Redirects followed before a link is given up.
MAX_REDIRECTS = 5
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_CHUNK = 65536


class _Redirects(HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


_OPENER = build_opener(_Redirects)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A link's answer: the address it ended at (after redirects), its type and its bytes."""

    url: str
    content_type: str
    data: bytes


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> Fetched:
    """The answer to `url`; `DocumentError` naming the link and saying why when there is none."""
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise DocumentError(url, "not a web address: use http:// or https://")
    # only http(s), checked above: no file: or custom schemes
    request = Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})  # noqa: S310
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise DocumentError(url, _too_large(max_bytes))
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentError(url, _too_large(max_bytes))
                if time.monotonic() > deadline:
                    raise DocumentError(url, f"no complete answer within {timeout:g} s")
                chunks.append(chunk)
            return Fetched(response.geturl(), response.headers.get_content_type(), b"".join(chunks))
    except HTTPError as error:
        raise DocumentError(url, f"the server answered {error.code} {error.reason}") from None
    except URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise DocumentError(url, f"no answer within {timeout:g} s") from None
        raise DocumentError(url, f"cannot be fetched ({reason})") from None
    except TimeoutError:
        raise DocumentError(url, f"no answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise DocumentError(url, f"cannot be fetched ({error})") from None


def _too_large(max_bytes: int) -> str:
    return f"the answer is over the {max_bytes / 2**20:.0f} MB limit for one page"


def link_id(url: str) -> str:
    """A readable document id for a link: its host and path.

    >>> link_id("https://www.news.example/2022/03/15/floods.html?ref=rss")
    'news.example/2022/03/15/floods'
    """
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = re.sub(r"\.(?:html?|php|aspx?)$", "", parts.path).strip("/")
    return f"{host}/{path}" if path else host


def page_document(name: str, doc_id: str, data: bytes | str, url: str | None) -> Document:
    """A saved or fetched page as a document: main text, headline, canonical address, and the
    date its metadata states; a page trafilatura finds no article in is read whole."""
    html = data if isinstance(data, str) else decode_text(name, data)
    page = read_page(html, url=url)
    if page is None:
        title, body = html_to_text(html)
        if not body:
            raise DocumentError(name, "the page has no readable text")
        return Document(id=doc_id, text=body, title=title, url=url, source=name)
    return Document(
        id=doc_id,
        text=page.text,
        title=page.title,
        url=page.url or url,
        published_given=page.published,
        source=name,
    )


Fetcher = Callable[[str], Fetched]


def feed_documents(
    name: str, prefix: str, data: bytes, *, follow: bool = False, fetcher: Fetcher = fetch
) -> tuple[list[Document], list[DocumentError]]:
    """One document per feed item, dated by the item; with `follow`, each item's text is the
    full text of the page it links to (an item whose page fails keeps its summary)."""
    try:
        items = feed_items(data, source=name)
    except ValueError as error:
        return [], [DocumentError(name, str(error).removeprefix(f"{name}: "))]
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for number, item in enumerate(items, start=1):
        doc_id = link_id(item.url) if item.url else f"{prefix}-{number}"
        _, summary = html_to_text(item.html) if item.html.strip() else ("", "")
        text = "\n\n".join(part for part in (item.title, summary) if part)
        document = Document(
            id=doc_id,
            text=text or item.title or doc_id,
            title=item.title,
            url=item.url,
            published_given=item.published,
            source=name,
        )
        if follow and item.url:
            try:
                fetched = fetcher(item.url)
                page = page_document(item.url, doc_id, fetched.data, fetched.url)
            except DocumentError as error:
                errors.append(DocumentError(error.source, f"{error.reason}; its summary is used"))
            else:
                document = replace(
                    document,
                    text=page.text,
                    title=item.title or page.title,
                    url=page.url or item.url,
                    published_given=item.published or page.published_given,
                )
        documents.append(document)
    return documents, errors


def read_links(
    urls: Iterable[str], *, follow: bool = False, fetcher: Fetcher = fetch
) -> tuple[list[Document], list[DocumentError]]:
    """Fetch every link, one at a time: the documents they hold and one error per failed link."""
    documents: list[Document] = []
    errors: list[DocumentError] = []
    for url in urls:
        try:
            fetched = fetcher(url)
            docs, errs = _documents_of(url, fetched, follow=follow, fetcher=fetcher)
        except DocumentError as error:
            errors.append(error)
            continue
        documents.extend(docs)
        errors.extend(errs)
    return unique_ids(documents), errors


def _documents_of(
    url: str, fetched: Fetched, *, follow: bool, fetcher: Fetcher
) -> tuple[list[Document], list[DocumentError]]:
    kind = fetched.content_type
    data = fetched.data
    if not data.strip():
        raise DocumentError(url, "the answer is empty")
    if "rss" in kind or "atom" in kind or (kind.endswith("xml") and looks_like_feed(data)):
        return feed_documents(url, link_id(url), data, follow=follow, fetcher=fetcher)
    if kind in ("text/html", "application/xhtml+xml") or _HTML_START.match(data[:2048]):
        return [page_document(url, link_id(fetched.url), data, fetched.url)], []
    if kind == "text/plain":
        docs, errors = parse_bytes(f"{link_id(url)}.txt", data, doc_prefix=link_id(url))
        return [replace(doc, url=fetched.url, source=url) for doc in docs], errors
    raise DocumentError(url, f"not a web page, a feed or text ({kind}); save it as text first")
