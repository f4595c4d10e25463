"""The week after a named day (`timeline.temporal.days_from_day`): "in the week after Easter"
is the calendar week, Monday to Sunday, after the one the named day falls in, at a week's
precision, not the named day; "in the week before Easter" the calendar week most of the seven
days before it fall in (stop 41). Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@given(
    st.dates(date(1900, 1, 1), date(2090, 12, 31)),
    st.sampled_from(["after", "following"]),
)
def test_the_week_after_any_day_is_the_next_calendar_week(day: date, way: str) -> None:
    written = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    text = f"Work on the new houses will begin in the week {way} {written}."
    (week,) = tag(text, date(2091, 1, 1))
    assert week.text == f"the week {way} {written}"
    assert week.granularity == "week"
    assert week.date_start is not None and week.date_end is not None
    assert week.date_start.isoweekday() == 1
    assert week.date_end == week.date_start + timedelta(days=6)
    assert 1 <= (week.date_start - day).days <= 7
    year, number, _ = week.date_start.isocalendar()
    assert week.value == f"{year:04d}-W{number:02d}"


def test_the_week_after_a_holiday() -> None:
    (week,) = tag("Work will begin in the week after Easter.", date(1957, 3, 15))
    assert (week.value, week.date_start, week.date_end) == (
        "1957-W17",
        date(1957, 4, 22),
        date(1957, 4, 28),
    )
    (week,) = tag("Traffic was strongest in the week after Thanksgiving.", date(2013, 3, 7))
    assert (week.date_start, week.date_end) == (date(2012, 11, 26), date(2012, 12, 2))


def test_a_week_after_an_event_is_no_named_day() -> None:
    # "a week after the vote": no day is written after the phrase, nothing to count from
    found = tag("The plant closed a week after the vote.", date(2020, 5, 5))
    assert [(t.text, t.type) for t in found] == [("a week", "DURATION")]


@given(
    st.dates(date(1900, 1, 8), date(2090, 12, 31)),
    st.sampled_from(["before", "preceding"]),
)
def test_the_week_before_any_day_holds_most_of_the_seven_days_before_it(
    day: date, way: str
) -> None:
    written = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    text = f"Work on the new houses began in the week {way} {written}."
    (week,) = tag(text, date(2091, 1, 1))
    assert week.text == f"the week {way} {written}"
    assert week.granularity == "week"
    assert week.date_start is not None and week.date_end is not None
    assert week.date_start.isoweekday() == 1
    assert week.date_end == week.date_start + timedelta(days=6)
    seven = {day - timedelta(days=n) for n in range(1, 8)}
    held = sum(week.date_start <= d <= week.date_end for d in seven)
    assert held >= 4


def test_the_week_before_a_holiday() -> None:
    # Holy Week: Monday to Easter Day
    (week,) = tag("The team will sample the lakes in the week before Easter.", date(1974, 3, 15))
    assert (week.value, week.date_start, week.date_end) == (
        "1974-W15",
        date(1974, 4, 8),
        date(1974, 4, 14),
    )
    # a New Year's Day on a Friday: the Monday before it to the Sunday after
    text = "The parish received flour in the week before the New Year."
    (week,) = tag(text, date(1993, 1, 8))
    assert (week.text, week.date_start, week.date_end) == (
        "the week before the New Year",
        date(1992, 12, 28),
        date(1993, 1, 3),
    )
