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


@given(
    year=st.integers(1950, 2090),
    mark=st.sampled_from(["-", "/", "–"]),
    whole=st.booleans(),
    published=st.dates(date(1950, 1, 1), date(2095, 12, 31)),
)
def test_a_split_year_names_the_fiscal_year_after_it(
    year: int, mark: str, whole: bool, published: date
) -> None:
    # stop 34: "the 2022-23 fiscal year" is fiscal 2023 (on the year the text states: here
    # to 30 June), whatever the news day; not the fiscal year that holds the news day
    second = str(year + 1) if whole else f"{(year + 1) % 100:02d}"
    text = (
        f"The Orrin Valley district ended the {year}{mark}{second} fiscal year with a deficit. "
        "Its financial year ends on 30 June."
    )
    assert (f"FY{year + 1}", date(year, 7, 1), date(year + 1, 6, 30)) in _fiscal(text, published)


def test_years_not_running_name_no_fiscal_year() -> None:
    # "the 2019-21 fiscal year" names no one year: the fiscal year is read as before
    text = "The Orrin board closed the 2019-21 fiscal year early."
    assert ("FY2021", date(2021, 1, 1), date(2021, 12, 31)) not in _fiscal(text, date(2024, 3, 5))


@given(
    year=st.integers(1950, 2090),
    kind=st.sampled_from(["fiscal", "financial"]),
    published=st.dates(date(1950, 1, 1), date(2095, 12, 31)),
)
def test_a_year_before_a_fiscal_year_names_it(year: int, kind: str, published: date) -> None:
    # stop 36 (dates6): "by the end of the 2017 financial year" is fiscal 2017 (on the year
    # the text states: here to 30 June), not the fiscal year that holds the news day
    text = (
        f"Tarrow Foods will open six depots by the end of the {year} {kind} year. "
        "Its financial year ends on 30 June."
    )
    assert (f"FY{year}", date(year - 1, 7, 1), date(year, 6, 30)) in _fiscal(text, published)


def test_a_year_before_the_article_is_no_fiscal_year_of_its_own() -> None:
    # the year is not right before "fiscal": the fiscal year of the news day, as before
    text = "Since 2015 the fiscal year has begun in April."
    assert all(value != "FY2015" for value, _, _ in _fiscal(text, date(2019, 5, 2)))
