"""The same part of a year some years back (timeline/temporal/years_ago_this.py): "ten years
ago this month" is that month ten years before."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.temporal import tag

PUBLISHED = date(2025, 9, 17)  # a Wednesday


def _tagged(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def test_years_ago_this_month_is_that_month_years_back() -> None:
    assert _tagged("Twenty years ago this month, the dam was finished.") == [
        ("Twenty years ago this month", "2005-09")
    ]


def test_years_ago_today_this_week_and_this_season() -> None:
    assert _tagged("Three years ago today, the mill burned.") == [
        ("Three years ago today", "2022-09-17")
    ]
    assert _tagged("A year ago this week, the strike began.") == [
        ("A year ago this week", "2024-W38")
    ]
    assert _tagged("Two years ago this summer, the lake ran dry.") == [
        ("Two years ago this summer", "2023-SU")
    ]


def test_years_ago_alone_or_apart_from_this_month_stay_as_they_are() -> None:
    assert _tagged("Ten years ago the dam was finished.") == [("Ten years ago", "2015")]
    assert ("this month", "2025-09") in _tagged(
        "Ten years ago, the dam was finished; this month it was rebuilt."
    )


def test_a_day_that_year_has_not_is_left_apart() -> None:
    leap = date(2024, 2, 29)
    assert ("today", "2024-02-29") in _tagged("A year ago today, the mill burned.", leap)


def test_the_row_of_years_ago_this_month_is_that_month() -> None:
    events = news_events("Ten years ago this month, Harlow Mills shut a plant.", PUBLISHED)
    assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
        (date(2015, 9, 1), date(2015, 9, 30), "month")
    ]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 30))
def test_years_ago_this_month_is_the_same_month(published: date, years: int) -> None:
    (found,) = tag(f"{years} years ago this month, the mill burned.", published)
    assert found.value == f"{published.year - years:04d}-{published.month:02d}"
    assert found.granularity == "month"
