"""The publication date of a saved page is the article's own: its metadata, its block and the
date line under its headline, never a teaser list's, a ticker's, a comment's or a footer's,
and the first published day rather than an update's.

The pages are `tests/pages` (invented outlets in the shapes CMS pages take); their truth is
`benchmarks/bench_pages.py`'s, so the benchmark and these tests agree.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.bench_pages import PAGES, TRUTH
from timeline.pages import _line_date, publication_date, read_page
from timeline.pipeline import date_documents
from timeline.web import page_document


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_each_saved_page_gives_the_date_it_states(name: str) -> None:
    day, url, _ = TRUTH[name]
    document = page_document(str(PAGES / name), name, (PAGES / name).read_bytes(), url)
    dated, _ = date_documents([document])
    assert dated[0].published == day


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_each_saved_page_gives_its_body_in_full(name: str) -> None:
    _, url, body = TRUTH[name]
    page = read_page((PAGES / name).read_text(encoding="utf-8"), url=url)
    assert page is not None
    for opening in body:
        assert opening in page.text, (name, opening)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 3:12 p.m. ET Tue March 5, 2024", "2024-03-05"),
        ("By Imre Kovach | 12 January 2022", "2022-01-12"),
        ("Updated Oct. 3, 2021 · Published Oct. 1, 2021", "2021-10-01"),
        ("Updated: 10:41 AM CDT Jun 8, 2023 Published: 4:02 PM CDT Jun 6, 2023", "2023-06-06"),
        ("05.03.2024 14:05", "2024-03-05"),
        ("Monday 5 March 2018", "2018-03-05"),
        ("© 2023 Quillfeather Media", None),  # a year alone is no day
        ("2 hours ago", None),
        ("By Imre Kovach", None),
    ],
)
def test_a_date_line_gives_its_first_published_day(line: str, day: str | None) -> None:
    assert _line_date(line) == day


_BODY = "The harbour board agreed on Tuesday to dredge the north channel before the winter."


def _page(byline: str, teasers: list[date], *, comments: list[date] | None = None) -> str:
    more = "".join(
        f"<li>Another story <time datetime='{d}'>{d:%B %d, %Y}</time></li>" for d in teasers
    )
    said = "".join(
        f"<p class='comment-date'>{d:%B %d, %Y} at 9:02 am</p><p>Nice.</p>" for d in comments or []
    )
    return (
        "<html><head><title>Dredging</title></head><body>"
        f"<div class='latest'><ul>{more}</ul></div><div class='story'><h1>Dredging</h1>"
        f"<p class='meta'>{byline}</p><p>{_BODY}</p></div>"
        f"<div class='related'><ul>{more}</ul></div><div id='comments'>{said}</div>"
        "<footer>© 2024 Harbour Weekly</footer></body></html>"
    )


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 12, 1)))
def test_the_byline_day_beats_every_teaser_and_comment_day(day: date) -> None:
    later = [day + timedelta(days=n) for n in (1, 3, 9)]
    html = _page(f"By Nell Orrin · {day:%d %B %Y}", later, comments=later)
    assert publication_date(html, body=[_BODY]) == day.isoformat()


def test_a_page_whose_only_dates_are_teasers_and_comments_states_none() -> None:
    days = [date(2022, 6, 2), date(2022, 6, 10)]
    html = _page("By Nell Orrin", days, comments=days)
    assert publication_date(html, body=[_BODY]) is None


def test_without_the_body_the_whole_page_is_read() -> None:
    html = _page("By Nell Orrin", [date(2022, 6, 2)])
    assert publication_date(html) == "2022-06-02"


def test_metadata_dates_outside_the_article_block_still_count() -> None:
    html = _page("By Nell Orrin", [date(2022, 6, 20)]).replace(
        "</body>",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2022-06-01T08:00:00Z"}</script></body>',
    )
    assert publication_date(html, body=[_BODY]) == "2022-06-01"


def test_the_pages_folder_holds_each_page_of_the_truth() -> None:
    assert {path.name for path in Path(PAGES).glob("*.html")} == set(TRUTH)


def _foot_page(between: str) -> str:
    return (
        "<html><body><div class='post'><h1>Shelter</h1><div class='text'>"
        f"<p>{_BODY}</p></div>{between}</div><div class='side'><p>Fete, 5 May 2019</p></div>"
        "</body></html>"
    )


def test_a_date_line_right_after_the_body_dates_a_page_that_states_no_other() -> None:
    html = _foot_page("<p class='meta'>Posted on 18 April 2019 in News</p>")
    assert publication_date(html, body=[_BODY]) == "2019-04-18"


def test_a_date_after_a_heading_below_the_body_is_another_sections() -> None:
    html = _foot_page("<h3>2 comments</h3><p>Beryl</p><p>April 20, 2019 at 4:15 pm</p>")
    assert publication_date(html, body=[_BODY]) is None
