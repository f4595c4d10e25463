"""A company's year stated by where it ends or begins, no year named ("its financial year ends
on 30 June", "the fiscal year that begins July 1"): "FY24" and "this fiscal year" are read on
it, a year named by the calendar year it ends in. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.fiscal_calendar import FiscalCalendar, fiscal_year_holding


def _fiscal(text: str, reference: date) -> list[tuple[str, date | None, date | None]]:
    return [(t.value, t.date_start, t.date_end) for t in tag(text, reference) if "FY" in t.value]


def test_fy_abbreviation_on_a_year_to_june() -> None:
    text = (
        "Ord Basin Nickel expects to mine 40,000 tonnes in FY25. "
        "Its financial year ends on 30 June."
    )
    # "FY25", and "financial year" of the statement, the year that holds the news day
    assert set(_fiscal(text, date(2024, 10, 3))) == {
        ("FY2025", date(2024, 7, 1), date(2025, 6, 30))
    }


def test_this_fiscal_year_holds_the_news_day() -> None:
    text = (
        "Costs will rise by $12 million this fiscal year, the brewer said. Its fiscal 2027, "
        "which ends in August, will be the first on the new plant."
    )
    assert _fiscal(text, date(2026, 10, 14))[0] == ("FY2027", date(2026, 9, 1), date(2027, 8, 31))


def test_the_fiscal_year_that_begins_is_the_next_one() -> None:
    text = "The county faces a gap of $2 million in the fiscal year that begins October 1."
    assert _fiscal(text, date(2019, 3, 5)) == [("FY2020", date(2019, 10, 1), date(2020, 9, 30))]


def test_without_a_stated_year_a_fiscal_year_is_its_calendar_year() -> None:
    text = "The council will balance its budget this fiscal year."
    assert _fiscal(text, date(2019, 3, 5)) == [("FY2019", date(2019, 1, 1), date(2019, 12, 31))]


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.integers(1, 12), st.booleans())
def test_the_year_holding_a_day_holds_it(day: date, last_month: int, by_start: bool) -> None:
    calendar = FiscalCalendar(last_month, named_by_start=by_start)
    first, last = calendar.days_of(fiscal_year_holding(day, calendar))
    assert first <= day <= last
