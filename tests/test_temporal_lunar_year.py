"""A new year of another calendar: the Lunar New Year is its own day in late January or
February, never 1 January; another calendar's new year gives no day rather than a wrong one.
Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.lunar_year import lunar_new_year, other_calendar


def _new_year(text: str, reference: date) -> tuple[str | None, date | None]:
    found = [t for t in tag(text, reference) if "New Year" in t.text]
    assert len(found) == 1, found
    return found[0].value, found[0].date_start


def test_lunar_new_year_is_its_own_day() -> None:
    text = "The ferry operator will add sailings before the Lunar New Year holiday."
    assert _new_year(text, date(2021, 9, 24)) == ("2022-02-01", date(2022, 2, 1))


def test_chinese_new_year_with_its_year() -> None:
    text = "Hotel bookings for Chinese New Year 2024 were already full in October."
    assert _new_year(text, date(2023, 11, 2))[1] == date(2024, 2, 10)


def test_another_calendar_gives_no_day() -> None:
    text = "The bazaar closed for a week over the Persian New Year."
    value, start = _new_year(text, date(2019, 4, 2))
    assert start is None and value == "XXXX-XX-XX"


def test_gregorian_new_year_stays_the_first_of_january() -> None:
    text = "The tram line reopened after New Year."
    assert _new_year(text, date(2020, 2, 10))[1] == date(2020, 1, 1)
    assert other_calendar(text, text.index("New Year")) is None


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1960, max_value=2045))
def test_lunar_new_year_falls_between_late_january_and_february(year: int) -> None:
    day = lunar_new_year(year)
    assert day is not None
    assert date(year, 1, 21) <= day <= date(year, 2, 20)
