"""Weekdays of a diary and of what was arranged (`tense._diary_entry`, `ed_words_not_past`): a
weekday opening a line before its colon ("Monday: China publishes its refinery figures.") is a
day of the week ahead when the entry tells no tense, and "will open as arranged on Wednesday"
looks ahead as "will open" does ("arranged" is a plan's participle, no past). Invented
sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag

_NAMES = {number: name.capitalize() for name, number in WEEKDAYS.items()}


@given(st.dates(date(1960, 1, 1), date(2080, 12, 31)), st.sampled_from(sorted(_NAMES)))
def test_a_diary_entry_is_a_day_of_the_week_ahead(published: date, weekday: int) -> None:
    name = _NAMES[weekday]
    text = f"The week ahead.\n{name}: the statistics office publishes its trade figures."
    (timex,) = tag(text, published)
    assert timex.date_start is not None and timex.date_start.isoweekday() == weekday
    assert timedelta(0) <= timex.date_start - published < timedelta(days=7)


def test_a_diary_entry_with_its_clock_is_ahead() -> None:
    text = "The week ahead.\nWednesday, 15:30 BST: weekly US crude inventories."
    found = {t.text: t.value for t in tag(text, date(2016, 6, 17))}
    assert found["Wednesday, 15:30 BST"] == "2016-06-22T15:30+01:00"


def test_an_entry_that_tells_a_past_stays_behind() -> None:
    (timex,) = tag("Monday: the minister resigned after the vote.", date(2016, 6, 17))
    assert timex.value == "2016-06-13"


@given(st.dates(date(1960, 1, 1), date(2080, 12, 31)), st.sampled_from(sorted(_NAMES)))
def test_what_opens_as_arranged_is_ahead(published: date, weekday: int) -> None:
    text = f"Country schools will open as arranged on {_NAMES[weekday]}."
    (timex,) = tag(text, published)
    assert timex.date_start is not None and timex.date_start.isoweekday() == weekday
    assert timedelta(0) <= timex.date_start - published < timedelta(days=7)
