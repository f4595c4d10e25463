"""A weekday after a relation word that opens a date written out ("on the following Sunday,
June 1") is that date (`detect._stated_days_over_weekdays`), though the relative match is the
longer: not the weekday after the news day and a month alone. Invented sentences."""

from __future__ import annotations

from calendar import day_name, month_name
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag


@given(st.dates(date(1900, 1, 1), date(2090, 12, 31)), st.integers(2, 40))
def test_the_following_weekday_with_its_date_is_that_date(reference: date, ahead: int) -> None:
    day = reference + timedelta(days=ahead)
    weekday = day_name[day.weekday()]
    text = (
        f"The bishop will bless the new school on the following {weekday}, "
        f"{month_name[day.month]} {day.day}, before the sports."
    )
    (found,) = tag(text, reference)
    assert (found.text, found.date_start) == (f"{weekday}, {month_name[day.month]} {day.day}", day)


def test_a_weekday_alone_after_following_is_still_read() -> None:
    (found,) = tag("The club meets on the following Sunday.", date(1958, 5, 24))
    assert (found.text, found.granularity) == ("following Sunday", "day")
