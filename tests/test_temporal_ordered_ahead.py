"""A day someone was ordered or told to do a thing on is still to come when the order is
given: "ordered the depots to close on Thursday" in a past-tense report is the Thursday after
the news, not the one before. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, reference)}


def test_ordered_to_close_on_a_weekday_is_ahead() -> None:
    text = "The governor declared an emergency and ordered the depots to close on Thursday."
    assert _values(text, date(2030, 4, 9))["Thursday"] == "2030-04-11"  # a Tuesday's news


def test_told_to_leave_their_homes_on_a_weekday_is_ahead() -> None:
    text = "Officials told residents of Lower Brenton to leave their homes on Friday."
    assert _values(text, date(2030, 4, 9))["Friday"] == "2030-04-12"


def test_what_was_done_on_a_weekday_stays_behind() -> None:
    text = "The depots closed on Thursday after the governor ordered it."
    assert _values(text, date(2030, 4, 9))["Thursday"] == "2030-04-04"


def test_an_order_given_on_a_weekday_stays_behind() -> None:
    text = "The governor ordered on Thursday that the depots close."
    assert _values(text, date(2030, 4, 9))["Thursday"] == "2030-04-04"


@given(st.integers(0, 6), st.dates(date(1990, 1, 1), date(2060, 12, 31)))
def test_an_ordered_day_is_never_before_the_news(day: int, reference: date) -> None:
    weekday = _WEEKDAYS[day]
    text = f"The mayor ordered the schools to close on {weekday}."
    value = _values(text, reference)[weekday]
    assert date.fromisoformat(value) >= reference
