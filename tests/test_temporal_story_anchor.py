"""What a day counted in the story counts from: the day or month the text told before it, not
the news day (`resolve_days.resolved_weekday`, `RunningReference._month_of_another_scene`,
`reference._WHEN_CLAUSE_AFTER_RE`; invented sentences)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_TOLD = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _written(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _values(text: str, published: date) -> dict[str, str]:
    return {found.text: found.value for found in tag(text, published)}


@given(_TOLD, st.integers(0, 60), st.integers(0, 6))
def test_the_previous_weekday_is_before_the_day_told(told: date, gap: int, weekday: int) -> None:
    name = _WEEKDAYS[weekday]
    text = (
        f"The bulk carrier Tarnholm sank off Cape Verran on {_written(told)}. "
        f"Her sister ship had foundered the previous {name} in the same waters."
    )
    value = _values(text, told + timedelta(days=gap))[f"previous {name}"]
    back = (told.weekday() - weekday) % 7 or 7
    assert value == (told - timedelta(days=back)).isoformat()


@given(_TOLD, st.integers(1, 60), st.integers(0, 6))
def test_the_following_weekday_is_after_the_day_told(told: date, lead: int, weekday: int) -> None:
    name = _WEEKDAYS[weekday]
    text = (
        f"The Orrin Valley board will meet on {_written(told)}. "
        f"Members will vote on the plan the following {name}."
    )
    value = _values(text, told - timedelta(days=lead))[f"following {name}"]
    on = (weekday - told.weekday()) % 7 or 7
    assert value == (told + timedelta(days=on)).isoformat()


@given(st.dates(min_value=date(1950, 4, 1), max_value=date(2030, 12, 31)), st.integers(2, 3))
def test_a_week_after_a_month_told_is_in_that_month(published: date, back: int) -> None:
    month = published.month - back
    if month < 1:
        return
    text = (
        "The census figures were released on Monday. "
        f"Two herons were found poisoned near Lake Ossel in {_MONTHS[month - 1]}. "
        "A farmer was arrested a week later."
    )
    value = _values(text, published)["a week later"]
    assert value == f"{published.year:04d}-{month:02d}-XX"


def test_a_week_after_the_news_month_still_counts_from_the_day_told() -> None:
    text = "The depot reopened on Monday 4 June. It shut again a week later."
    assert _values(text, date(2018, 6, 20))["a week later"] == "2018-06-11"


@given(_TOLD, st.integers(3, 40))
def test_a_day_since_which_a_when_clause_tells_is_the_scene(told: date, gap: int) -> None:
    written = f"{told.day} {_MONTHS[told.month - 1]} {told.year}"
    text = (
        f"Work on the line has stopped since {written}, when diggers found the piles of an old "
        "quay. The heritage office ordered the halt the next day."
    )
    value = _values(text, told + timedelta(days=gap))["the next day"]
    assert value == (told + timedelta(days=1)).isoformat()


def test_a_day_since_which_nothing_is_told_is_no_scene() -> None:
    text = (
        "Prices have risen since 2 March 2021. On Tuesday the board met, and it voted the next day."
    )
    assert _values(text, date(2021, 10, 14))["the next day"] == "2021-10-13"
