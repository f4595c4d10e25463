"""Dates a sentence writes and the engine read wrong (stop 33): a part of a numbered fiscal
year on the company's stated calendar, "the end of fiscal 2027" as the company's year, a
stated year end written day first, a yearless quarter of news after a date told the year
before, and a period told up to a yearless day ("the year ending March 31"), which ends on the
nearest such day in a past clause. Invented companies and sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.fiscal import closed_by_numbered_part
from timeline.temporal import Timex, tag
from timeline.temporal.fiscal_calendar import (
    FiscalCalendar,
    fiscal_part_days,
    stated_fiscal_calendar,
)


def _found(text: str, reference: date) -> dict[str, tuple[str, date | None, date | None]]:
    return {t.text: (t.value, t.date_start, t.date_end) for t in tag(text, reference)}


# -- a part of a numbered fiscal year ---------------------------------------------------------


def test_a_quarter_of_fiscal_year_counts_on_the_stated_calendar() -> None:
    text = (
        "Hanamizu Ceramics will finish the kiln in the first quarter of fiscal 2031. "
        "It will report results for fiscal 2030, which ended on March 31, next month."
    )
    found = _found(text, date(2031, 4, 20))
    assert found["the first quarter of fiscal 2031"] == (
        "FY2031-Q1",
        date(2031, 4, 1),
        date(2031, 6, 30),
    )


def test_a_half_of_fiscal_year_named_by_its_end() -> None:
    text = (
        "Orvane Freight expects a recovery in the second half of fiscal 2029. "
        "Its fiscal 2028 ended in September."
    )
    found = _found(text, date(2028, 11, 12))
    assert found["the second half of fiscal 2029"] == (
        "FY2029-H2",
        date(2029, 4, 1),
        date(2029, 9, 30),
    )


def test_without_a_stated_calendar_a_fiscal_quarter_is_the_calendar_quarter() -> None:
    found = _found(
        "Pellory Mills will open a plant in the third quarter of fiscal 2031.", date(2030, 5, 2)
    )
    assert found["the third quarter of fiscal 2031"] == (
        "2031-Q3",
        date(2031, 7, 1),
        date(2031, 9, 30),
    )


def test_the_end_of_a_numbered_fiscal_year_is_the_company_year() -> None:
    text = (
        "Tsurumi Glassworks will double output by the end of fiscal 2032, it said. "
        "Its fiscal 2030 ended on March 31."
    )
    found = _found(text, date(2031, 5, 8))
    assert found["the end of fiscal 2032"] == ("FY2032", date(2032, 4, 1), date(2033, 3, 31))


def test_a_stated_year_end_written_day_first() -> None:
    text = "Sales should reach ¥9 billion by the end of fiscal 1981, which closes on 31 March 1982."
    assert stated_fiscal_calendar(text, None) == FiscalCalendar(3, named_by_start=True)


@given(st.integers(1960, 2080), st.integers(1, 12), st.booleans(), st.integers(1, 4))
def test_the_quarters_of_a_fiscal_year_tile_it(
    year: int, last_month: int, by_start: bool, number: int
) -> None:
    calendar = FiscalCalendar(last_month, named_by_start=by_start)
    first, last = calendar.days_of(year)
    start, end, grain = fiscal_part_days(year, number, False, calendar)
    assert grain == "quarter"
    assert first <= start <= end <= last
    if number == 1:
        assert start == first
    if number == 4:
        assert end == last
    else:
        assert fiscal_part_days(year, number + 1, False, calendar)[0] == end + timedelta(days=1)


def test_a_fiscal_part_ending_on_a_month_end_closes_a_year_on_one() -> None:
    first_quarter = Timex(
        0, 32, "the first quarter of fiscal 2031", "DATE", "FY2031-Q1", granularity="quarter",
        date_start=date(2031, 4, 1), date_end=date(2031, 6, 30),
    )  # fmt: skip
    year = closed_by_numbered_part(first_quarter)
    assert year is not None
    assert (year.date_start, year.date_end) == (date(2031, 4, 1), date(2032, 3, 31))


# -- a yearless quarter of news ---------------------------------------------------------------


def test_a_yearless_quarter_after_a_date_of_the_year_before() -> None:
    text = (
        "Nandavan Infotech on Tuesday reported a 12 per cent rise in profit for the quarter "
        "ended December 31. Profit rose in the October-December period on orders from banks."
    )
    found = _found(text, date(2031, 1, 14))
    assert found["October-December"][1:] == (date(2030, 10, 1), date(2030, 12, 31))


def test_a_yearless_quarter_with_no_date_told_before_follows_the_tense() -> None:
    found = _found("Output at Brennock Mills fell in the fourth quarter.", date(2031, 8, 3))
    assert found["the fourth quarter"][0] == "2030-Q4"


# -- a period told up to a yearless day -------------------------------------------------------


def test_a_forecast_for_the_year_ending_is_the_year_still_running() -> None:
    text = "Quillon Software raised its forecast for sales in the fiscal year ending March 31."
    found = _found(text, date(2031, 1, 20))
    assert found["March 31"][0] == "2031-03-31"


def test_a_period_to_a_day_ahead_in_a_clause_that_looks_ahead() -> None:
    text = "Marrow Creek Gold expects output to rise in the half year to September 30."
    found = _found(text, date(2031, 2, 10))
    assert found["September 30"][0] == "2031-09-30"


def test_a_year_ended_keeps_the_tense() -> None:
    text = "Profit at Quillon Software rose 8 per cent in the year ended March 31."
    found = _found(text, date(2031, 1, 20))
    assert found["March 31"][0] == "2030-03-31"


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)))
def test_a_past_period_up_to_a_day_ends_on_the_nearest_one(reference: date) -> None:
    text = "Profit was higher in the year to September 30, the board said."
    found = _found(text, reference)
    end = date.fromisoformat(found["September 30"][0])
    # the nearest September 30: no other lies closer to the news day
    for other in (end.replace(year=end.year - 1), end.replace(year=end.year + 1)):
        assert abs((end - reference).days) <= abs((other - reference).days)
