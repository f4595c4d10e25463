"""Forms the tense reader took for a clause that looks ahead and that tell a past
(`word_tense`): "to" before an object pronoun ("had been promised to them in July"), a verb
whose past is its bare form after "he", "she" or "it" ("the profit it forecast in May"), a bare
form with no subject of its own ("staff were let go on Friday", "after the market close on
Monday"). Invented sentences."""

from __future__ import annotations

from calendar import day_name, month_name
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag


def _start(text: str, reference: date) -> date | None:
    (found,) = tag(text, reference)
    return found.date_start


@given(st.dates(date(1900, 1, 1), date(2090, 12, 31)), st.integers(1, 11))
def test_promised_to_them_tells_a_past_month(reference: date, back: int) -> None:
    month = (reference.month - back - 1) % 12 + 1
    text = f"The drivers said the rise had been promised to them in {month_name[month]}."
    start = _start(text, reference)
    assert start is not None and start < reference and (reference - start).days < 366


@given(st.dates(date(1900, 1, 1), date(2090, 12, 31)), st.integers(1, 11))
def test_what_it_forecast_in_a_month_is_past(reference: date, back: int) -> None:
    month = (reference.month - back - 1) % 12 + 1
    text = (
        f"The co-operative expects a surplus of $4 million, down from the $6 million it "
        f"forecast in {month_name[month]}."
    )
    start = _start(text, reference)
    assert start is not None and start < reference and (reference - start).days < 366


@given(st.dates(date(1900, 1, 1), date(2090, 12, 31)), st.integers(1, 6))
def test_staff_let_go_on_a_weekday_were_let_go_before(reference: date, back: int) -> None:
    day = reference - timedelta(days=back)
    text = f"Another forty clerks were let go on {day_name[day.weekday()]}."
    assert _start(text, reference) == day


def test_after_the_market_close_names_a_day_past() -> None:
    text = "The brewer reported its results after the market close on Monday."
    assert _start(text, date(2019, 2, 13)) == date(2019, 2, 11)


def test_a_timetable_with_its_subject_still_looks_ahead() -> None:
    assert _start("Nominations close at noon on Monday.", date(2019, 2, 13)) == date(2019, 2, 18)
    assert _start("The Hawks play on Sunday.", date(2019, 2, 13)) == date(2019, 2, 17)
    assert _start("The unions go on strike on Friday.", date(2019, 2, 13)) == date(2019, 2, 15)
