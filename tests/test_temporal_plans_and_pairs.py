"""Two kinds of a date's own value (stop 44, helper `dateprec`): a weekday written with a
yearless date after a verb's "to" takes the year in which the date falls on that weekday
("moved the sale to Friday, November 1"); a plan or hope told in the past ("had hoped that
... would lift sales in February", "had been planned for Wednesday", "was due to sail on
Wednesday") is the time of that name nearest the news day, behind it as often as ahead.
Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _values(text: str, reference: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.integers(-200, 200))
def test_a_weekday_after_a_verbs_to_fixes_the_year(published: date, offset: int) -> None:
    # a day within 200 days of the news day, written with its weekday and no year
    day = published + timedelta(days=offset)
    if (day.month, day.day) == (2, 29):
        return
    written = f"{_WEEKDAY_NAMES[day.weekday()]}, {day:%B} {day.day}"
    text = f"The co-op has brought its winter sale forward to {written}."
    found = [t for t in tag(text, published) if t.text == written]
    assert len(found) == 1
    value = date.fromisoformat(found[0].value)
    assert value.weekday() == day.weekday()
    assert (value.month, value.day) == (day.month, day.day)


def test_a_list_of_weekdays_keeps_its_days() -> None:
    # "Monday to Friday, May 4 to 8": the days are the list's, no weekday fixes them
    found = _values("The depot is open Monday to Friday, May 4 to 8.", date(2031, 4, 20))
    assert ("Friday, May 4", "2031-05-04") in found


def test_a_hope_of_the_past_is_the_nearest_month() -> None:
    text = "The band had hoped that the tour would lift ticket sales in February, but it did not."
    assert _values(text, date(2033, 3, 18)) == [("February", "2033-02")]


def test_a_hope_told_now_is_ahead() -> None:
    text = "The band hopes that the tour will lift ticket sales in February."
    assert _values(text, date(2033, 3, 18)) == [("February", "2034-02")]


def test_a_plan_of_the_past_is_the_nearest_weekday() -> None:
    # written on a Friday: the Wednesday two days before, not five days ahead
    text = "The launch had been planned for Wednesday but was put off after a fire at the hall."
    assert _values(text, date(2033, 3, 18)) == [("Wednesday", "2033-03-16")]
    text = "The ferry, which was due to sail on Wednesday, is still in port."
    assert _values(text, date(2033, 3, 18)) == [("Wednesday", "2033-03-16")]


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.sampled_from(_WEEKDAY_NAMES))
def test_a_planned_weekday_is_within_four_days(published: date, weekday: str) -> None:
    text = f"The hearing had been set for {weekday} but the judge fell ill."
    found = [t for t in tag(text, published) if t.text == weekday]
    assert len(found) == 1
    value = date.fromisoformat(found[0].value)
    assert _WEEKDAY_NAMES[value.weekday()] == weekday
    assert abs((value - published).days) <= 3 or value == published + timedelta(days=4)
