"""Date forms of news writing in many countries and eras (stop 37, helper `forms8`): a week
counted on from a day, the one before last, a half of a month, a holiday of a named year or of
another country, "the new year", a day with a two-digit year, a yearless all-number day in the
order the story writes its dates. Every sentence here is invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

#: a Wednesday
_WEDNESDAY = date(2023, 10, 25)


def _found(text: str, published: date = _WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sails a week on Tuesday.", ("a week on Tuesday", "2023-11-07")),
        ("The ferry sails a fortnight on Friday.", ("a fortnight on Friday", "2023-11-10")),
        ("The ferry sails tomorrow week.", ("tomorrow week", "2023-11-02")),
        ("The ferry sailed yesterday week.", ("yesterday week", "2023-10-17")),
        ("The ferry sails this day week.", ("this day week", "2023-11-01")),
        ("The ferry sails today fortnight.", ("today fortnight", "2023-11-08")),
    ],
)
def test_a_week_counted_on_from_a_day(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_a_week_that_is_no_count_on_from_today_is_left_alone() -> None:
    assert _found("The mayor opened today week-long talks.") == [("today", "2023-10-25")]
    assert _found("The mayor said today week after week of rain had ended.")[0] == (
        "today",
        "2023-10-25",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dockers struck the week before last.", ("the week before last", "2023-W41")),
        ("Fans rioted the weekend before last.", ("the weekend before last", "2023-W41-WE")),
        ("Fares rose the month before last.", ("the month before last", "2023-08")),
        ("Fares rose the year before last.", ("the year before last", "2021")),
    ],
)
def test_the_one_before_last_is_two_back(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_last_that_names_its_own_time_is_no_before_last() -> None:
    # the week before that Monday (stop 41: `days_from_day._week_before`), not two weeks back
    assert _found("Fares rose in the week before last Monday.") == [
        ("the week before last Monday", "2023-W42")
    ]
    assert ("last year", "2022") in _found("Fares rose in the week before last year's vote.")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Rents rose in the first half of March.", date(2023, 3, 1), date(2023, 3, 15)),
        ("Rents rose in the second half of February.", date(2023, 2, 16), date(2023, 2, 28)),
    ],
)
def test_a_half_of_a_month_is_its_days_at_the_months_precision(
    text: str, start: date, end: date
) -> None:
    (half,) = tag(text, _WEDNESDAY)
    assert (half.value, half.granularity, half.date_start, half.date_end) == (
        f"{start:%Y-%m}",
        "month",
        start,
        end,
    )


def test_a_half_of_the_year_is_still_a_half_year() -> None:
    assert _found("Rents will rise in the second half of the year.") == [
        ("the second half of the year", "2023-H2")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mills shut on Whit Monday in 1975.", ("Whit Monday in 1975", "1975-05-19")),
        ("Mills shut on Boxing Day of 1987.", ("Boxing Day of 1987", "1987-12-26")),
        ("Mills shut on the Fourth of July in 1939.", ("the Fourth of July in 1939", "1939-07-04")),
        ("Veterans marched on Anzac Day.", ("Anzac Day", "2023-04-25")),
        ("Pipers will play on Hogmanay.", ("Hogmanay", "2023-12-31")),
        ("Pipers played on Burns Night.", ("Burns Night", "2023-01-25")),
        ("Crowds gathered on St Andrew’s Day.", ("St Andrew’s Day", "2022-11-30")),
        ("Crowds will gather on Canada Day.", ("Canada Day", "2024-07-01")),
        ("Crowds gathered on Bonfire Night.", ("Bonfire Night", "2022-11-05")),
    ],
)
def test_holidays_of_a_year_and_of_other_countries(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_the_new_year_is_new_years_day_in_any_case() -> None:
    assert _found("Fares will rise from the new year.", date(2023, 11, 20)) == [
        ("new year", "2024-01-01")
    ]
    # "in the new year" is the year it begins (stop 51, timeline/temporal/coming_year.py)
    assert _found("Fares will rise in the new year.", date(2023, 11, 20)) == [("new year", "2024")]
    assert _found("Fares have risen twice since the new year.", date(2023, 2, 20)) == [
        ("new year", "2023-01-01")
    ]
    assert _found("Each new year brings cuts; the new year's budget is tight.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lease was signed on 12-Feb-78.", ("12-Feb-78", "1978-02-12")),
        ("The lease was signed on 28 Dec '16.", ("28 Dec '16", "2016-12-28")),
    ],
)
def test_a_day_with_a_two_digit_year(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court sat on 3 October. A hearing on 4/9 was adjourned.", "2023-09-04"),
        ("The court sat on October 3. A hearing on 4/9 was adjourned.", "2023-04-09"),
        ("A hearing on 14/9 was adjourned.", "2023-09-14"),
    ],
)
def test_a_yearless_all_number_day_in_the_order_the_story_writes(text: str, expected: str) -> None:
    assert _found(text)[-1][1] == expected


def test_an_all_number_pair_that_is_no_day_is_left_alone() -> None:
    assert _found("A hearing on 4/9 was adjourned.") == []  # no order shown
    text = "The court sat on 3 October. Since 9/11 it has been open 24/7; costs fell by 3/4."
    assert _found(text) == [("3 October", "2023-10-03")]


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2029, 12, 31)), st.integers(0, 6))
def test_a_week_on_a_weekday_is_that_weekday_a_week_after_the_coming_one(
    published: date, weekday: int
) -> None:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    (found,) = tag(f"The ferry sails a week on {names[weekday]}.", published)
    assert found.date_start is not None
    assert found.date_start.weekday() == weekday
    assert timedelta(days=7) <= found.date_start - published <= timedelta(days=14)
