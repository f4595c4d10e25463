"""A part of "the year" in a text that reports on a company's own year
(`timeline.events.year_parts`), with invented sentences."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.year_parts import part_of_year_named
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months

from .helpers import news_events


def _year(first: date) -> Timex:
    last = add_months(first, 12) - timedelta(days=1)
    return Timex(0, 14, "the year ended", "DATE", f"FY{last.year}", None, "year", first, last)


def _part(text: str) -> Timex:
    return Timex(40, 40 + len(text), text, "DATE", "2019-H2", None, "half",
                 date(2019, 7, 1), date(2019, 12, 31))  # fmt: skip


@given(
    first=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 1)).map(
        lambda d: d.replace(day=1)
    ),
    unit=st.sampled_from(["half", "quarter"]),
)
def test_the_parts_of_a_company_s_year_tile_it(first: date, unit: str) -> None:
    """Whatever month the company's year starts in, its numbered halves or quarters follow
    each other without a gap, from its first day to its last."""
    year = _year(first)
    words = ["first", "second"] if unit == "half" else ["first", "second", "third", "fourth"]
    parts = [part_of_year_named(_part(f"the {w} {unit} of the year"), year) for w in words]
    if first.month == 1:
        assert all(p.value == "2019-H2" for p in parts)  # the calendar's: left as read
        return
    assert parts[0].date_start == year.date_start
    assert parts[-1].date_end == year.date_end
    for before, after in itertools.pairwise(parts):
        assert before.date_end is not None and after.date_start is not None
        assert before.date_end + timedelta(days=1) == after.date_start
    assert all(p.granularity == unit for p in parts)


def test_a_part_of_another_phrase_is_left_alone() -> None:
    year = _year(date(2018, 10, 1))
    for text in ("the second half", "the second half of 2019", "the first half of next year"):
        assert part_of_year_named(_part(text), year).value == "2019-H2"


def test_the_second_half_of_the_year_after_the_year_ended_is_that_year_s() -> None:
    events = news_events(
        "In the year ended 30 September 2024, Harlow Fisheries increased revenue by 7%. "
        "Exports by Harlow Fisheries fell in the second half of the year.",
        date(2024, 12, 6),
    )
    fell = [(e.date_start, e.date_end) for e in events if e.action == "fall"]
    assert fell == [(date(2024, 4, 1), date(2024, 9, 30))]


def test_the_first_months_of_the_year_after_a_fiscal_year_are_that_year_s() -> None:
    events = news_events(
        "Tessera Grain expects record earnings in the fiscal year that ends on 30 June. "
        "Tessera Grain exported 90,000 tonnes in the first eleven months of the year.",
        date(2025, 6, 12),
    )
    exported = [(e.date_start, e.date_end) for e in events if e.action == "export"]
    assert exported == [(date(2024, 7, 1), date(2025, 5, 31))]


def test_the_first_months_of_the_year_after_a_year_ended_are_the_calendar_s() -> None:
    """A year ended that is not called fiscal or financial leaves "the first four months of
    the year" to the calendar (another body's figures, in a company's story)."""
    events = news_events(
        "Harlow Tea reported a loss for the year ended March 31, 2025. "
        "The Tea Board said exports by Harlow Tea fell in the first four months of the year.",
        date(2025, 6, 12),
    )
    fell = [(e.date_start, e.date_end) for e in events if e.action == "fall"]
    assert fell == [(date(2025, 1, 1), date(2025, 4, 30))]
