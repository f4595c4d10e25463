"""One week or one fortnight counted back from the news day ("a week ago", "a fortnight
ago") is the day seven (fourteen) days before it, as the outlets' gold writers of every era
give it; "two weeks ago", "about a week ago" and "a month ago" keep their calendar period
(`resolve_periods._unit_of_value`; invented sentences)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_PUBLISHED = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _value(text: str, published: date) -> str:
    found = tag(text, published)
    assert len(found) == 1, found
    return found[0].value


@given(_PUBLISHED, st.sampled_from([("a week", 7), ("one week", 7), ("a fortnight", 14)]))
def test_one_week_or_fortnight_ago_is_that_day(published: date, count: tuple[str, int]) -> None:
    words, days = count
    text = f"The Marlow Rowing Club elected its new captain {words} ago."
    assert _value(text, published) == (published - timedelta(days=days)).isoformat()


@given(_PUBLISHED)
def test_two_weeks_ago_is_the_calendar_week(published: date) -> None:
    week = (published - timedelta(days=14)).isocalendar()
    value = _value("Kerrow Freight opened a depot two weeks ago.", published)
    assert value == f"{week.year:04d}-W{week.week:02d}"


def test_an_approximate_week_and_a_month_keep_their_period() -> None:
    published = date(2026, 5, 13)
    assert _value("Kerrow Freight opened a depot about a week ago.", published) == "2026-W19"
    assert _value("Kerrow Freight opened a depot a month ago.", published) == "2026-04"
