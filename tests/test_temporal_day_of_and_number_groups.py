"""Two forms of stop 52 (helper `dates`): an ordinal day before "day of" and a month is that day
(a deed's or a notice's "this 23rd day of September 2019"), and four figures after another group
of figures are the last group of a number, not a year ("call 2222 1188"). Invented sentences."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.temporal import tag

PUBLISHED = date(2021, 6, 16)  # a Wednesday


def _values(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.granularity) for t in tag(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Signed at Portree this 4th day of March 1987.", "1987-03-04"),
        ("The lease was sealed on the twentieth day of October, 1902.", "1902-10-20"),
        ("Given under my hand this 1st day of June.", "2021-06-01"),
        ("The order took effect on the 30th day of April 2020.", "2020-04-30"),
    ],
)
def test_an_ordinal_day_of_a_month_is_that_day(text: str, value: str) -> None:
    found = [(v, g) for _, v, g in _values(text)]
    assert found == [(value, "day")]


def test_a_day_of_something_else_is_no_date() -> None:
    assert _values("On the 10th day of the strike, the pickets left.") == []
    assert [v for _, v, _ in _values("The fifth day of talks ended in May 1999.")] == ["1999-05"]


@given(
    st.integers(1900, 2030),
    st.integers(1, 12),
    st.data(),
    st.sampled_from(("this", "the", "on the")),
)
def test_any_day_of_any_month_reads_at_the_precision_of_a_day(
    year: int, month: int, data: st.DataObject, before: str
) -> None:
    day = data.draw(st.integers(1, calendar.monthrange(year, month)[1]))
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    text = f"Witnessed {before} {day}{suffix} day of {calendar.month_name[month]} {year}."
    found = tag(text, PUBLISHED)
    assert [(t.value, t.granularity) for t in found] == [
        (date(year, month, day).isoformat(), "day")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Readers can call the desk on 4471 1932 until noon.",
        "The hotline, 800-2015, opens at nine.",
        "Quote account 55012 1999 when paying.",
    ],
)
def test_the_last_group_of_a_number_is_no_year(text: str) -> None:
    assert not [t for t in tag(text, PUBLISHED) if t.granularity == "year"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The 1978-1979 season was the wettest.", ["1978", "1979"]),
        ("Output rose in 1996 and fell in 1997.", ["1996", "1997"]),
        ("Route 66 1950s diners drew crowds.", []),
    ],
)
def test_years_beside_other_figures_stay_years(text: str, years: list[str]) -> None:
    assert [t.value for t in tag(text, PUBLISHED) if t.granularity == "year"] == years


@given(st.integers(100, 99999), st.integers(1000, 2099), st.sampled_from((" ", "-")))
def test_four_figures_after_a_group_that_is_no_earlier_year_are_no_time(
    group: int, number: int, joiner: str
) -> None:
    if 1000 <= group <= 9999 and 0 < number - group <= 100:
        return  # two years in order: a span, kept
    text = f"Call {group}{joiner}{number} for tickets."
    last = text.rindex(f"{joiner}{number}") + 1
    assert not [t for t in tag(text, PUBLISHED) if t.start <= last < t.end]


def test_the_row_takes_its_day_not_the_number() -> None:
    events = news_events(
        "Ferry tickets. The harbour office will open a booking line, 2290 1845, on Friday.",
        PUBLISHED,
    )
    assert [event.date_value for event in events] == ["2021-06-18"]
