"""A weekday after "next" still to come in the week of writing is the one of the week after
(`timeline.temporal.next_weekday`): "will list next Thursday", written on a Wednesday, is eight
days on, not tomorrow; a weekday the week has had, "coming" and "this" keep the nearest.
Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@given(st.dates(date(1900, 1, 1), date(2090, 12, 31)), st.integers(1, 7))
def test_next_weekday_is_in_the_week_after_the_week_of_writing(day: date, weekday: int) -> None:
    text = f"The harbour board will meet next {_WEEKDAYS[weekday - 1]} to set the dues."
    (found,) = tag(text, day)
    assert found.date_start is not None
    assert found.date_start.isoweekday() == weekday
    # the Monday to Sunday week after the one the news day falls in
    next_monday = day + timedelta(days=8 - day.isoweekday())
    assert next_monday <= found.date_start <= next_monday + timedelta(days=6)


def test_next_thursday_written_on_a_wednesday() -> None:
    (found,) = tag("Shares in the cold-store group will list next Thursday.", date(2015, 11, 11))
    assert found.value == "2015-11-19"


def test_coming_and_this_keep_the_nearest_day() -> None:
    wednesday = date(2015, 11, 11)
    (coming,) = tag("The ferry resumes this coming Thursday.", wednesday)
    assert coming.date_start == date(2015, 11, 12)
    (this,) = tag("The ferry resumes this Thursday.", wednesday)
    assert this.date_start == date(2015, 11, 12)
    (monday,) = tag("The ferry resumes next Monday.", wednesday)
    assert monday.date_start == date(2015, 11, 16)
