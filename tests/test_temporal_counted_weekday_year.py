"""A weekday counted in its month, moved to the year told after it ("the last Sunday of March
next year") falls on that weekday of that year's month, not on the day of the month it fell
on in the news's year (`temporal/joins._same_weekday_of_month`, stop 34). Invented sentences."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

_NTH = ("first", "second", "third", "fourth", "last")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _expected(year: int, month: int, nth: str, weekday: int) -> date:
    days = [
        date(year, month, day)
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, day).weekday() == weekday
    ]
    return days[-1] if nth == "last" else days[_NTH.index(nth)]


@settings(max_examples=80, deadline=None)
@given(
    published=st.dates(date(1950, 1, 1), date(2090, 12, 31)),
    nth=st.sampled_from(_NTH),
    weekday=st.integers(0, 6),
    month=st.integers(1, 12),
    which=st.sampled_from(["next", "last"]),
)
def test_a_counted_weekday_of_another_year_keeps_its_weekday(
    published: date, nth: str, weekday: int, month: int, which: str
) -> None:
    name = calendar.month_name[month]
    phrase = f"the {nth} {_WEEKDAYS[weekday]} of {name} {which} year"
    text = f"The Kelderby regatta moves to {phrase}."
    year = published.year + (1 if which == "next" else -1)
    found = [(t.text, t.value) for t in tag(text, published)]
    assert found == [(phrase, _expected(year, month, nth, weekday).isoformat())]


def test_a_day_of_the_month_of_another_year_keeps_its_day() -> None:
    found = [
        (t.text, t.value) for t in tag("The fair moves to March 29 next year.", date(2026, 4, 19))
    ]
    assert found == [("March 29 next year", "2027-03-29")]
