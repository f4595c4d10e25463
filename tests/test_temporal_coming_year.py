""" "In the new year" is the year that begins, not 1 January; the holiday keeps its day
(timeline/temporal/coming_year.py). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.coming_year import in_the_new_year

PUBLISHED = date(2021, 11, 17)


def _values(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board will decide on the tender in the new year.",
        "A second ferry is due to enter service early in the New Year.",
        "Talks on the wage claim are expected to resume in the new year, the union said.",
    ],
)
def test_in_the_new_year_is_the_coming_year(text: str) -> None:
    assert [value for _, value in _values(text)] == ["2022"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bus fares rise from the new year.", "2022-01-01"),
        ("The new toll applies from New Year's Day.", "2022-01-01"),
        ("The depot closes over the New Year holidays.", "2022-01-01"),
    ],
)
def test_the_holiday_keeps_its_day(text: str, value: str) -> None:
    assert value in [found for _, found in _values(text)]


def test_another_calendars_new_year_is_left_to_its_own_rule() -> None:
    values = _values("Shops will close in the Lunar New Year.")
    assert all(value is None or len(value) > 4 for _, value in values)


@given(
    st.dates(min_value=date(1950, 10, 1), max_value=date(2030, 12, 31)).filter(
        lambda day: day.month >= 10
    ),
    st.sampled_from(("will open a branch", "expects to hire staff", "is to publish its plan")),
)
def test_a_plan_in_the_new_year_written_in_the_autumn_is_the_next_year(
    published: date, plan: str
) -> None:
    text = f"The Tolvik Shipping Company {plan} in the new year."
    assert [value for _, value in _values(text, published)] == [str(published.year + 1)]


@given(st.sampled_from(("holidays", "break", "period", "week")))
def test_a_noun_of_a_stretch_of_time_after_it_keeps_the_holiday(noun: str) -> None:
    text = f"Crews will work through the night in the new year {noun}."
    at = text.index("new year")
    assert not in_the_new_year(text, at, at + len("new year"))
