"""Stop 32: a plain tense error that put a day on the wrong side of the news day. Sentences
written here (invented people and firms); the rules are in `temporal/tense.py` (an
appointment "as chairman from 1 January"; the month "May" is no modal) and
`temporal/arranged.py` (an order "to" a place is no order to act)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_NEWS_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def _day_ahead(month: int, day: int, published: date) -> str:
    """The day `day` of `month` that is not before `published`, as YYYY-MM-DD."""
    this_year = date(published.year, month, day)
    day_ahead = this_year if this_year >= published else date(published.year + 1, month, day)
    return day_ahead.isoformat()


def _weekday_back(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


_NOT_LEAP_DAY = _NEWS_DAYS.filter(lambda d: (d.month, d.day) != (2, 29))


@given(published=_NOT_LEAP_DAY)
def test_an_appointment_as_a_post_from_a_day_looks_ahead(published: date) -> None:
    """ "named Ivo Brandt, 52, as its chairman from 1 March": the post starts on the next 1
    March, though "named" is past."""
    text = "Kestrel Mills named Ivo Brandt, 52, as its chairman from 1 March."
    assert _values(text, published)["1 March"] == _day_ahead(3, 1, published)
    text = "Orrin Freight has appointed Lena Voss as its finance director from 12 October."
    assert _values(text, published)["12 October"] == _day_ahead(10, 12, published)


@given(published=_NOT_LEAP_DAY)
def test_a_past_appointment_told_back_keeps_its_past(published: date) -> None:
    """ "was named ... from 1 March": told back, not an appointment made at the news."""
    text = "Ivo Brandt, who was named as chairman of Kestrel Mills from 1 March, resigned."
    value = _values(text, published)["1 March"]
    assert value <= published.isoformat()


@given(published=_NEWS_DAYS)
def test_the_month_may_is_no_modal_of_a_deadline(published: date) -> None:
    """ "barges bought in May had still not docked by Monday": "May had" is no "may have"; the
    past perfect puts Monday back."""
    text = "Dunmore Grain said three barges bought in May had still not docked by Monday."
    assert _values(text, published)["Monday"] == _weekday_back(published, 0).isoformat()


@given(published=_NEWS_DAYS)
def test_ordered_to_a_place_is_no_order_to_act(published: date) -> None:
    """ "were ordered to Harwich on Tuesday night": sent to a place, told in the past; an
    order to act ("ordered them to sail on") looks ahead (`arranged`)."""
    text = "The agents said two colliers were ordered to Harwich on Tuesday night."
    assert _values(text, published)["Tuesday night"].startswith(
        _weekday_back(published, 1).isoformat()
    )
    text = "The agents said two colliers were ordered to the north quay on Tuesday."
    assert _values(text, published)["Tuesday"] == _weekday_back(published, 1).isoformat()
