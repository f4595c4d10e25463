"""Tense cues misread around a yearless date, a weekday or a season (stop 42, helper `dates3`):
a noun after "same" or "such" is no timetable verb ("a roof fall on the same face killed",
"four such runs"); a "when" clause whose past verb comes after its date is no present ("after
heavy rains in December diluted the lake"); what a present verb of wanting asks of its object
is ahead ("wants the council to vote in the spring"); a present in "-s" with its object opened
by a possessive is a timetable ("Tarn reports its results on Thursday"); a thing's own
passive moved to a time is put off to it ("the final has been moved to Saturday"). Sentences
written here, in several themes; the rules are in `temporal/word_tense.py`,
`temporal/own_clause.py` and `temporal/arranged.py`."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag

_NAMES = {number: name.capitalize() for name, number in WEEKDAYS.items()}
_MONTHS = list(calendar.month_name)[1:]
_DAYS = st.dates(date(1950, 1, 1), date(2070, 12, 31))


def _value(text: str, published: date, expression: str) -> str:
    return {timex.text: timex.value for timex in tag(text, published)}[expression]


def _month_behind(published: date, month: int) -> str:
    """The month of that name before the news (this year's when it has begun)."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _month_ahead(published: date, month: int) -> str:
    """The month of that name after the news (this year's when it is still to come)."""
    year = published.year if month >= published.month else published.year + 1
    return f"{year:04d}-{month:02d}"


# --- a noun after "same", "such", "other", "several", "many", "few" ------------------------

_NOUN_AFTER_SAME = (
    "In {m} a roof fall on the same face killed a miner.",
    "In {m}, several such runs were made without a licence.",
    "In {m} the other votes went to the mayor.",
    "In {m}, many starts were delayed by fog.",
)


@given(published=_DAYS, month=st.integers(1, 12), form=st.sampled_from(_NOUN_AFTER_SAME))
def test_a_noun_after_same_or_such_is_no_timetable_verb(
    published: date, month: int, form: str
) -> None:
    name = _MONTHS[month - 1]
    assert _value(form.format(m=name), published, name) == _month_behind(published, month)


def test_such_runs_in_a_past_perfect_are_last_summer() -> None:
    text = "The court heard that the launch had made at least four such runs during the summer."
    assert _value(text, date(1956, 10, 14), "the summer") == "1956-SU"


def test_a_timetable_verb_with_its_subject_still_looks_ahead() -> None:
    assert _value("The ferry runs again in March.", date(2020, 10, 14), "March") == "2021-03"


# --- a "when" clause whose past verb follows its date ------------------------------------

_AFTER_A_PAST_AFTER_ITS_DATE = (
    "Birds flew north after heavy rains in {m} diluted the lake.",
    "The mill shut its gates after floods in {m} destroyed the weir.",
    "Sales slowed when storms in {m} closed the roads.",
)


@given(
    published=_DAYS, month=st.integers(1, 12), form=st.sampled_from(_AFTER_A_PAST_AFTER_ITS_DATE)
)
def test_a_when_clause_told_in_the_past_after_its_date_is_behind(
    published: date, month: int, form: str
) -> None:
    name = _MONTHS[month - 1]
    assert _value(form.format(m=name), published, name) == _month_behind(published, month)


def test_a_when_clause_in_the_present_still_looks_ahead() -> None:
    text = "Farmers will plant once the rains return in March."
    assert _value(text, date(2020, 10, 14), "March") == "2021-03"


# --- what a present verb of wanting or asking asks of its object ---------------------------

_WANTING = (
    "The bank now wants lawmakers to debate the bill at their session in {m}.",
    "Growers want the agency to keep the quota until {m}.",
    "The union urges its members to vote in {m}.",
    "The mayor asks residents to save water through {m}.",
)


@given(published=_DAYS, month=st.integers(1, 12), form=st.sampled_from(_WANTING))
def test_what_is_wanted_of_an_object_is_ahead(published: date, month: int, form: str) -> None:
    name = _MONTHS[month - 1]
    assert _value(form.format(m=name), published, name) == _month_ahead(published, month)


def test_a_season_wanted_of_lawmakers_is_the_coming_one() -> None:
    text = "The minister wants lawmakers to debate it at the session in the spring."
    assert _value(text, date(2026, 1, 15), "the spring") == "2026-SP"


def test_wanting_money_sent_to_a_place_tells_nothing_ahead() -> None:
    text = "The council wanted money sent to the region in March."
    assert _value(text, date(2020, 10, 14), "March") == "2020-03"


# --- a present in "-s" with its object ------------------------------------------------------

_PRESENT_WITH_OBJECT = (
    "Rival Tarn Foods reports its quarterly results on {d}.",
    "That puts the deadline on {d}.",
    "The orchestra opens its season with Brahms on {d}.",
    "Kestrel Air resumes its flights to Faro on {d}.",
)


@given(published=_DAYS, weekday=st.sampled_from(sorted(_NAMES)))
@pytest.mark.parametrize("form", _PRESENT_WITH_OBJECT)
def test_a_present_with_its_object_is_a_timetable(form: str, published: date, weekday: int) -> None:
    name = _NAMES[weekday]
    (timex,) = [t for t in tag(form.format(d=name), published) if t.text == name]
    assert timex.date_start is not None and timex.date_start.isoweekday() == weekday
    assert timedelta(0) <= timex.date_start - published < timedelta(days=7)


def test_plural_nouns_before_a_price_or_an_object_stay_as_they_were() -> None:
    # "euros a tonne", "sent members the figures": plurals, no present
    published = date(1991, 5, 17)  # a Friday
    text = "London cocoa rose 14 pounds a tonne on Thursday."
    assert _value(text, published, "Thursday") == "1991-05-16"
    text = "The committee had not sent members the figures until Monday."
    assert _value(text, published, "Monday") == "1991-05-13"


# --- a thing's own passive moved to a time --------------------------------------------------

_MOVED = (
    "The launch has been moved to {d}, the agency said.",
    "The final had been moved to {d}.",
    "The hearing has been postponed until {d}.",
)


@given(published=_DAYS, weekday=st.sampled_from(sorted(_NAMES)))
@pytest.mark.parametrize("form", _MOVED)
def test_a_thing_moved_to_a_day_is_put_off_to_it(form: str, published: date, weekday: int) -> None:
    name = _NAMES[weekday]
    (timex,) = [t for t in tag(form.format(d=name), published) if t.text == name]
    assert timex.date_start is not None and timex.date_start.isoweekday() == weekday
    assert timedelta(0) <= timex.date_start - published < timedelta(days=7)


def test_a_taping_moved_to_january_is_next_january() -> None:
    text = "A network spokeswoman said the taping had been moved to January."
    assert _value(text, date(1972, 11, 4), "January") == "1973-01"


def test_a_patient_moved_to_hospital_on_a_day_stays_behind() -> None:
    text = "The patient was moved to hospital on Monday."
    assert _value(text, date(2022, 10, 12), "Monday") == "2022-10-10"
