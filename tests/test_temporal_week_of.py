"""A week named by one of its days (timeline/temporal/week_of.py): "the week of 17 February"
is that day's week, Monday to Sunday."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.temporal import tag

PUBLISHED = date(2025, 3, 5)  # a Wednesday


def _tagged(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.granularity) for t in tag(text, PUBLISHED)]


def test_the_week_of_a_day_is_its_calendar_week() -> None:
    assert _tagged("The board will vote in the week of 19 March.") == [
        ("the week of 19 March", "2025-W12", "week")
    ]
    assert _tagged("Hearings resume the week of April 7.") == [
        ("the week of April 7", "2025-W15", "week")
    ]


def test_a_week_beginning_on_a_monday_or_ending_on_a_sunday_is_that_week() -> None:
    assert _tagged("Bookings fell in the week ending 2 March.") == [
        ("the week ending 2 March", "2025-W09", "week")
    ]
    assert _tagged("Trials start in the week beginning Monday 10 March.") == [
        ("the week beginning Monday 10 March", "2025-W11", "week")
    ]


def test_a_week_counted_from_another_day_is_left_a_day() -> None:
    # 12 March 2025 is a Wednesday: seven days from it are no calendar week
    assert ("12 March", "2025-03-12", "day") in _tagged(
        "Trials start in the week beginning 12 March."
    )


def test_a_day_without_the_week_stays_a_day() -> None:
    assert _tagged("The board will vote on 19 March.") == [("19 March", "2025-03-19", "day")]


def test_the_row_of_a_week_of_a_day_spans_the_week() -> None:
    events = news_events("Harlow Mills will report its results in the week of 19 March.", PUBLISHED)
    assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
        (date(2025, 3, 17), date(2025, 3, 23), "week")
    ]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_the_week_of_any_day_holds_that_day_from_monday_to_sunday(day: date) -> None:
    text = f"Talks are set for the week of {day.day} {day:%B} {day.year}."
    (week,) = tag(text, PUBLISHED)
    assert week.granularity == "week"
    assert week.date_start is not None and week.date_end is not None
    assert week.date_start <= day <= week.date_end
    assert week.date_start.weekday() == 0
    assert week.date_end - week.date_start == timedelta(days=6)
    year, number, _ = day.isocalendar()
    assert week.value == f"{year}-W{number:02d}"
