"""A holiday named beside a day written out with its month gives way to that day
(`events.written_days.holiday_beside_written_day`): "close for Christmas on Friday, December 19"
closes on the 19th. A holiday alone, or beside a month or a weekday only, keeps its day.
Invented sentences, through the real components."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.helpers import news_events

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _rows(text: str, published: date) -> set[tuple[str, str | None]]:
    return {(e.date_value, e.granularity) for e in news_events(text, published)}


def test_a_holiday_gives_way_to_the_day_written_beside_it() -> None:
    published = date(1958, 6, 13)
    assert _rows("Schools will close for Christmas on Friday, December 19.", published) == {
        ("1958-12-19", "day")
    }
    assert _rows(
        "Colleges will break for Easter from Good Friday, April 4, to Easter Monday, April 7.",
        date(1958, 1, 10),
    ) == {("1958-04-04", "day")}


def test_a_holiday_alone_or_beside_a_month_keeps_its_day() -> None:
    published = date(1958, 6, 13)
    assert _rows("Schools will close for Christmas.", published) == {("1958-12-25", "day")}
    assert _rows("The shop was shut at Christmas, not in January.", published) == {
        ("1957-12-25", "day")
    }


@settings(max_examples=15, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2060, 12, 31)), st.integers(2, 60))
def test_any_written_day_dates_the_clause_over_christmas(published: date, ahead: int) -> None:
    day = published + timedelta(days=ahead)
    if (day.month, day.day) == (12, 25):
        day += timedelta(days=1)
    text = f"The council offices will close for Christmas on {_MONTHS[day.month - 1]} {day.day}."
    rows = news_events(text, published)
    assert [r.date_start for r in rows] == [day]
