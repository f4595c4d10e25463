"""Which way a day points when its clause's own words mislead (stop 38, helper `dates8`): a
weekday that owns a thing in a present perfect is the one nearest the news day
(`possessed_weekday`: "have moved Tuesday's matches indoors"); a shift of days set beside the
weekday it lands on takes its day (`offset_days`: "report a day earlier, on Sunday"); a time
opening the sentence before a past form of foreseeing is when the foreseeing was done
(`word_tense.foretells`: "In May, the company forecast a profit"). Invented sentences."""

from __future__ import annotations

from calendar import day_name, month_name
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_DAYS = st.dates(date(1900, 1, 1), date(2090, 12, 31))


@given(_DAYS, st.integers(0, 6), st.sampled_from(["have moved", "has postponed", "have left"]))
def test_a_weekday_owning_a_thing_in_a_present_perfect_is_the_nearest(
    reference: date, weekday: int, verb: str
) -> None:
    text = f"The organisers {verb} {day_name[weekday]}'s matches because of the rain."
    (found,) = tag(text, reference)
    assert found.date_start is not None
    assert found.date_start.weekday() == weekday
    assert abs((found.date_start - reference).days) <= 3


def test_a_weekday_owning_a_thing_in_other_clauses_keeps_its_tense() -> None:
    monday = date(2025, 10, 27)
    (found,) = tag("Police arrested a fan after Tuesday's match.", monday)
    assert found.date_start == date(2025, 10, 21)
    (found,) = tag("The organisers have moved Tuesday's matches indoors.", monday)
    assert found.date_start == date(2025, 10, 28)
    (found,) = tag("The league has condemned Saturday's violence.", monday)
    assert found.date_start == date(2025, 10, 25)


@given(_DAYS, st.integers(0, 6), st.sampled_from(["a day earlier", "two days later"]))
def test_a_shift_beside_its_weekday_lands_on_it(reference: date, weekday: int, shift: str) -> None:
    text = f"Boarders will be expected to report {shift}, on {day_name[weekday]}."
    (moved, day) = tag(text, reference)
    assert (moved.text, day.text) == (shift, day_name[weekday])
    assert day.date_start is not None
    assert day.date_start.weekday() == weekday
    assert 0 <= (day.date_start - reference).days <= 6
    assert (moved.value, moved.date_start) == (day.value, day.date_start)


def test_a_shift_beside_a_written_date_lands_on_it() -> None:
    found = tag("The crew flew home two days later, on Friday, January 8.", date(2016, 1, 12))
    assert [(t.text, t.value) for t in found] == [
        ("two days later", "2016-01-08"),
        ("Friday, January 8", "2016-01-08"),
    ]
    found = tag("The crew flew home two days later.", date(2016, 1, 12))
    assert [(t.text, t.value) for t in found] == [("two days later", "2016-01-14")]


@given(_DAYS, st.integers(1, 12), st.sampled_from(["forecast", "predicted", "expected"]))
def test_a_month_opening_the_sentence_dates_the_foreseeing(
    reference: date, month: int, verb: str
) -> None:
    text = f"In {month_name[month]}, the company {verb} a pretax profit of 15 billion yen."
    (found,) = tag(text, reference)
    assert found.date_start is not None
    assert found.date_start <= reference.replace(day=1) + timedelta(days=31)
    assert found.date_start.month == month
    assert found.date_start > reference - timedelta(days=366)


def test_a_month_after_the_foreseeing_is_still_ahead() -> None:
    (found,) = tag("Brokers said they expected a cut in March.", date(1989, 10, 12))
    assert found.value == "1990-03"
