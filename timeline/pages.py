"""Web pages: the article's main text, its headline, its canonical address and the date the
page says it was first published.

    >>> page = read_page(open("saved.html").read())  # doctest: +SKIP
    >>> page.title, page.published, page.url  # doctest: +SKIP
    ('Floods hit the valley', '2022-03-15', 'https://news.example/2022/03/15/floods')

The main text comes from trafilatura (menus, "most read" lists, teasers, cookie notices and
footers are left out), the date from htmldate reading the page's metadata (`article:
published_time`, JSON-LD `datePublished`, `itemprop="datePublished"`, `<time datetime>`, a date
in the address) and the article's own block only: the block holding the headline and the body,
so never a teaser list's, a ticker's, a comment's or a footer's date, plus the visible date line
between the headline and the body ("By Jo Brandt | 12 January 2022"), else a short line right
after the body before any heading ("Posted on 18 October 2018"). Its original date wins, not an
"updated" one, and a copyright year or "2 hours ago" is no date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape as html_escape

import htmldate
import lxml.etree
import lxml.html
import trafilatura
from lxml.html import HtmlElement

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
        published=publication_date(html, url=url, body=paragraphs),
    )


def publication_date(
    html: str | bytes, *, url: str | None = None, body: Sequence[str] = ()
) -> str | None:
    """The first publication date the page's metadata, address or byline states (YYYY-MM-DD).

    Given the article's `body` paragraphs, dates are read from the article only: the metadata,
    the block holding the headline and the body (no teaser list's, ticker's, comment's or
    footer's date), and the visible date line between the headline and the body ("By Jo
    Brandt | 12 January 2022"); the earliest of these wins, the first published over an update.

    >>> publication_date("<html><body><p>x</p><footer>© 2023</footer></body></html>") is None
    True
    >>> page = (
    ...     "<html><body><h1>Ferry returns</h1><p>Updated 10:41 AM Jun 8, 2023</p>"
    ...     "<p>Published 4:02 PM Jun 6, 2023</p><p>The island ferry sailed again on Tuesday "
    ...     "after a two-week halt.</p><div class='more'><p>Other story <time "
    ...     "datetime='2023-06-20'>June 20</time></p></div></body></html>"
    ... )
    >>> body = ["The island ferry sailed again on Tuesday after a two-week halt."]
    >>> publication_date(page, body=body)
    '2023-06-06'
    """
    tree = _tree(html)
    if tree is None:
        return None
    first, last = _body_bounds(tree, body)
    if first is None or last is None:
        return _find_date(tree, url=url, extensive=False)
    start = _headline(first, _norm(body[0]))
    stated = _date_line(start, first) if start is not None else None
    block = _common_block(start if start is not None else tree, last)
    foot = _foot_date(last, block)
    _keep_article(tree, block, last)
    dates = [day for day in (_find_date(tree, url=url, extensive=False), stated) if day]
    return min(dates) if dates else foot


_PROSE_WORDS = 8  # a body line this long is the article's own text, not a kicker or a stamp
_PREFIX = 60
_DATE_LINES = 12
_DATE_LINE_CHARS = 200
_FOOT_LINES = 2
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LEFT_OUT = frozenset({"figure", "figcaption", "script", "style", "noscript", "template"})
_INLINE = frozenset({"a", "span", "time", "em", "strong", "b", "i", "small", "abbr", "font"})


def _tree(html: str | bytes) -> HtmlElement | None:
    """The page as lxml reads it, comments kept: the date is read from the page as written.
    Not trafilatura's tree (its loader drops comments and repairs the markup; it copies a
    tree it is given, so one tree could serve both): a second parse is about 0.2% of
    `read_page`'s time (`benchmarks/bench_pages_parse.py`), too little to trade for it."""
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def _find_date(tree: HtmlElement | str, *, url: str | None, extensive: bool) -> str | None:
    try:
        found = htmldate.find_date(tree, extensive_search=extensive, original_date=True, url=url)
    except (ValueError, TypeError):  # a page htmldate cannot parse states no date
        return None
    return str(found) if found else None


def _norm(text: str) -> str:
    return " ".join(text.split())


def _body_bounds(
    tree: HtmlElement, body: Sequence[str]
) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The elements holding the body's first and last paragraphs of prose."""
    prose = [line for line in body if len(line.split()) >= _PROSE_WORDS]
    if not prose:
        return None, None
    return _element_of(tree, prose[0]), _element_of(tree, prose[-1])


_BLOCKS = ("p", "div", "li", "td", "section", "article", "blockquote", "span")
_STARTS_WITH = "//*[{}][starts-with(normalize-space(.), $prefix)]".format(
    " or ".join(f"self::{tag}" for tag in _BLOCKS)
)


def _element_of(tree: HtmlElement, line: str) -> HtmlElement | None:
    """The innermost element whose text begins with the body line (found by lxml's XPath,
    else, when the page writes odd spaces, by reading each block's text)."""
    prefix = _norm(line)[:_PREFIX]
    found = tree.xpath(_STARTS_WITH, prefix=prefix)
    if not found:
        found = [e for e in tree.iter(*_BLOCKS) if _norm(e.text_content()).startswith(prefix)]
    if not found:
        return None
    outer = found[0]  # the first match, narrowed to the innermost match inside it
    return [e for e in found if e is outer or outer in e.iterancestors()][-1]


def _headline(first: HtmlElement, title: str) -> HtmlElement | None:
    """The heading before the body that reads as the title, else the last `<h1>` before it."""
    headings = first.xpath("preceding::h1 | preceding::h2 | preceding::h3")
    named = [h for h in headings if title and _norm(h.text_content()) == title]
    h1s = [h for h in headings if h.tag == "h1"]
    return named[-1] if named else h1s[-1] if h1s else None


def _under(element: HtmlElement, tags: Collection[str]) -> bool:
    """Whether `element` or one of the elements around it is one of `tags`."""
    return any(a.tag in tags for a in [element, *element.iterancestors()])


def _line_of(element: HtmlElement) -> HtmlElement:
    """The element whose text is the line `element`'s text is part of: the nearest around it
    that is not inline (a `<span>` of a byline is part of the byline's `<p>`)."""
    while element.tag in _INLINE and element.getparent() is not None:
        element = element.getparent()
    return element


def _date_line(start: HtmlElement, first: HtmlElement) -> str | None:
    """The earliest date of the visible lines between the headline and the body."""
    inside = set(first.iter())
    lines: dict[HtmlElement, list[str]] = {}
    for node in start.xpath("following::text()"):
        holder = node.getparent()
        if holder is None or holder in inside:
            break
        if _under(holder, _LEFT_OUT):
            continue
        holder = _line_of(holder)
        if node.strip():
            lines.setdefault(holder, []).append(node.strip())
        if len(lines) > _DATE_LINES:
            return None  # not a byline but a block of text: no date line to read
    days = [_line_date(" ".join(parts)) for parts in lines.values()]
    found = [day for day in days if day]
    return min(found) if found else None


def _foot_date(last: HtmlElement, block: HtmlElement) -> str | None:
    """The date of a short line right after the body in the article's block ("Posted on 18
    October 2018 in News"), unless a heading comes first: what follows a heading ("2
    comments", "More stories") is another section's."""
    inside = set(block.iter())
    lines: dict[HtmlElement, list[str]] = {}
    for node in last.xpath("following::text()"):
        holder = node.getparent()
        if holder is None or holder not in inside:
            break
        if _under(holder, _HEADINGS):
            break
        if _under(holder, _LEFT_OUT):
            continue
        holder = _line_of(holder)
        if node.strip():
            if holder not in lines and len(lines) == _FOOT_LINES:
                break
            lines.setdefault(holder, []).append(node.strip())
    days = (_line_date(" ".join(parts)) for parts in lines.values())
    return next((day for day in days if day), None)


_ABBREVIATED = re.compile(r"\b([A-Z][a-z]{2,3})\.(?=\s)")  # "Oct. 1" -> "Oct 1"


def _line_date(line: str) -> str | None:
    """The date a short visible line states with its day, else None (a year alone, as in
    "© 2023", or "2 hours ago" is no day).

    >>> _line_date("Updated Oct. 3, 2021 · Published Oct. 1, 2021"), _line_date("© 2023 Acme")
    ('2021-10-01', None)
    """
    line = _ABBREVIATED.sub(r"\1", line[:_DATE_LINE_CHARS])
    # htmldate reads the whole line at once: read it piece by piece so that the first
    # published stamp is not lost to the update's, then keep the earliest.
    days = []
    for piece in _PIECES.split(line):
        day = _find_date(
            f"<html><body><p>{html_escape(piece)}</p></body></html>", url=None, extensive=True
        )
        if day and re.search(rf"(?<!\d)0?{int(day[8:])}(?!\d)", piece):
            days.append(day)
    return min(days) if days else None


_PIECES = re.compile(r"\s+[|·•]\s+|\s+-\s+|(?=\b(?:Updated|Published|Posted|Modified|Last)\b)")


def _keep_article(tree: HtmlElement, block: HtmlElement, last: HtmlElement) -> None:
    """Drop from the page's body all but the block holding the headline and the body (their
    `<article>`, else their nearest common block cut after the body's last paragraph); JSON-LD
    and meta elements stay wherever they are."""
    keep = {*block.iter(), *block.iterancestors()}
    if block.tag != "article":
        keep -= set(last.xpath("following::*"))
    body = tree.find("body")
    if body is None:
        return
    metadata = {e for e in body.iter("meta", "script") if e.tag == "meta" or _is_json_ld(e)}
    holders = {a for e in metadata for a in e.iterancestors()}
    for element in list(body.iter("*")):
        if element in keep or element in metadata:
            continue
        if element in holders:
            element.drop_tag()  # its metadata stays; its other children are dropped in turn
        else:
            element.drop_tree()


def _is_json_ld(element: HtmlElement) -> bool:
    return element.tag == "script" and "ld+json" in (element.get("type") or "")


def _common_block(a: HtmlElement, b: HtmlElement) -> HtmlElement:
    """The `<article>` holding both, else the nearest element that holds both."""
    ancestors = {a, *a.iterancestors()}
    common = next((x for x in [b, *b.iterancestors()] if x in ancestors), b)
    article = next((x for x in [common, *common.iterancestors()] if x.tag == "article"), None)
    return article if article is not None else common
