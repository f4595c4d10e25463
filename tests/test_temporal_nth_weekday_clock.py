"""A clock after a weekday of a month counted ("the last Saturday of the month at 8:30 p.m.",
"the first Monday of next month at 10am": `weekday_pairs`, `joins.day_with_clock`): the clock
is on that day, one point in time, not on the day the text told before it. Invented
sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag

_NAMES = {number: name.capitalize() for name, number in WEEKDAYS.items()}
_NTH = ["first", "second", "third", "last"]


@given(
    st.dates(date(1960, 1, 1), date(2080, 12, 31)),
    st.sampled_from(sorted(_NAMES)),
    st.sampled_from(_NTH),
    st.sampled_from(["this month", "next month", "the month"]),
)
def test_a_clock_after_a_counted_weekday_of_a_month_is_on_that_day(
    published: date, weekday: int, nth: str, month: str
) -> None:
    text = f"The first performance is set for the {nth} {_NAMES[weekday]} of {month} at 8:30 p.m."
    found = tag(text, published)
    clocks = [t for t in found if "8:30" in t.text]
    assert len(clocks) == 1
    (clock,) = clocks
    assert clock.text.startswith(f"the {nth} {_NAMES[weekday]} of")
    assert clock.date_start is not None and clock.date_start.isoweekday() == weekday
    assert clock.value.endswith("T20:30")


def test_the_last_saturday_of_the_month_at_a_clock() -> None:
    text = "A gala of zarzuela is set for the last Saturday of the month at 8:30 p.m."
    (timex,) = tag(text, date(1987, 3, 12))
    assert (timex.value, timex.granularity) == ("1987-03-28T20:30", "time")


def test_a_clock_before_its_weekday_is_still_joined() -> None:
    # a clock, then its weekday after "on": one point in time (joins), as before
    text = "Polls opened at 9 a.m. on Tuesday."
    found = [(t.text, t.value) for t in tag(text, date(2023, 10, 25))]
    assert found == [("9 a.m. on Tuesday", "2023-10-24T09:00")]
