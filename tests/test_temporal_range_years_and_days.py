"""Ranges whose sides take from each other (`timeline.temporal.ranges`), with invented
sentences: months with no year in a past clause are over by the news, and a bare clock opening
a range takes the day its closing clock says."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _months(text: str, reference: date) -> list[date]:
    return [t.date_start for t in tag(text, reference) if t.granularity == "month" and t.date_start]


@given(
    reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    first=st.integers(min_value=1, max_value=12),
    second=st.integers(min_value=1, max_value=12),
)
def test_a_past_range_of_months_ends_by_the_news(reference: date, first: int, second: int) -> None:
    text = (
        f"Rescuers at Hollenby had 140 call-outs between {_MONTHS[first - 1]} and "
        f"{_MONTHS[second - 1]}."
    )
    months = _months(text, reference)
    if first == second or len(months) != 2:
        return
    opening, closing = months
    assert opening < closing <= reference
    assert (closing.year - opening.year) * 12 + closing.month - opening.month < 12


def test_a_range_across_the_year_end_told_in_february() -> None:
    text = "Last winter the Hollenby team had 1,020 call-outs between December and April."
    assert _months(text, date(2023, 2, 9)) == [date(2021, 12, 1), date(2022, 4, 1)]


def test_a_range_ahead_is_left_ahead() -> None:
    text = "The Hollenby harvest will run from October to March."
    assert _months(text, date(2023, 2, 9)) == [date(2023, 10, 1), date(2024, 3, 1)]


def test_a_past_range_ending_before_the_news_is_left() -> None:
    text = "The Hollenby harvest ran from October to January."
    assert _months(text, date(2023, 2, 9)) == [date(2022, 10, 1), date(2023, 1, 1)]


@given(reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_a_bare_clock_opening_a_range_takes_the_closing_clock_s_day(reference: date) -> None:
    text = (
        "The survey ship Karvik docks at 10am on Thursday. "
        "Visitors may board her from 1pm to 4pm tomorrow."
    )
    tomorrow = reference + timedelta(days=1)
    clocks = [t for t in tag(text, reference) if t.start > text.index("Visitors")]
    assert [t.date_start for t in clocks] == [tomorrow, tomorrow]
