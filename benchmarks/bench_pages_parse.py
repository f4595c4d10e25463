"""Could one parse of a page serve both trafilatura and the publication date?

    python benchmarks/bench_pages_parse.py [--rounds N]

`pages.read_page` parses each page twice: trafilatura parses it with its own loader
(`trafilatura.utils.load_html`: its parser drops comments and processing instructions, and it
repairs a faulty doctype or `<html/>` first), then `pages.publication_date` parses it with
lxml's default parser, keeping comments, and cuts the tree down to the article
(`_keep_article`). On the pages of `tests/pages` this prints the time of each step per page,
and how many pages two one-parse readings give exactly the same `Page` as `read_page`:

- "trafilatura's tree for both": the tree of `load_html`, given to trafilatura (which works
  on a copy of a tree it is given) and then to the date;
- "our tree for both": the tree of lxml's default parser, given to trafilatura likewise
  (it then reads the comments trafilatura's parser drops, and skips its repairs).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lxml.html
import trafilatura
from trafilatura.utils import load_html

from timeline import pages

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


def _one_parse(html: str, parse: Callable[[str], Any]) -> pages.Page | None:
    """`read_page` with one tree: `parse`'s, given to trafilatura and then to the date."""
    tree = parse(html)
    if tree is None:
        return None
    extracted = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    body = str(getattr(extracted, "text", "") or "").strip() if extracted else ""
    if not body:
        return None
    title = " ".join(str(getattr(extracted, "title", "") or "").split())
    paragraphs = [line for line in pages._LINE_BREAKS.split(body) if line]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    canonical = getattr(extracted, "url", None)
    published = _date_of_tree(tree, paragraphs)
    return pages.Page(
        title=title or paragraphs[0],
        text="\n\n".join(paragraphs),
        url=str(canonical) if canonical else None,
        published=published,
    )


def _date_of_tree(tree: Any, body: list[str]) -> str | None:
    """`publication_date` on a tree already parsed (it is cut down: trafilatura is done)."""
    original = pages._tree
    pages._tree = lambda _html: tree  # type: ignore[assignment]
    try:
        return pages.publication_date("", body=body)
    finally:
        pages._tree = original


def _per_page_ms(step: Callable[[], object], count: int, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times) / count * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    htmls = [path.read_text(encoding="utf-8") for path in sorted(PAGES.glob("*.html"))]
    count = len(htmls)
    ours = [lxml.html.document_fromstring(html) for html in htmls]
    for html in htmls:  # warm: imports, caches
        pages.read_page(html)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("read_page, whole", lambda: [pages.read_page(html) for html in htmls]),
        ("  trafilatura's parse (load_html)", lambda: [load_html(html) for html in htmls]),
        ("  our parse (document_fromstring)", lambda: [pages._tree(html) for html in htmls]),
        ("  a copy of our tree (copy.deepcopy)", lambda: [copy.deepcopy(t) for t in ours]),
    ]
    print(f"{count} pages, median of {options.rounds} rounds, ms per page")
    for label, step in steps:
        print(f"{label:<40}{_per_page_ms(step, count, options.rounds):>8.3f}")
    expected = [pages.read_page(html) for html in htmls]
    for label, parse in (
        ("trafilatura's tree for both", load_html),
        ("our tree for both", pages._tree),
    ):
        same = sum(
            _one_parse(html, parse) == page for html, page in zip(htmls, expected, strict=True)
        )
        print(f"{label:<40}{same:>4} of {count} pages give the same Page")


if __name__ == "__main__":
    main()
