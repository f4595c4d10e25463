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


@given(
    first=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 1))
    .map(lambda d: d.replace(day=1))
    .filter(lambda d: d.month != 1),
    months=st.integers(min_value=2, max_value=11),
)
def test_the_first_months_of_a_company_s_year_open_it(first: date, months: int) -> None:
    """ "The first nine months of the fiscal year" start on the company's year's first day
    and run for that many months, whatever month other than January the year starts in."""
    words = {2: "two", 3: "three", 6: "six", 9: "nine"}
    count = words.get(months, str(months))
    text = f"the first {count} months of the fiscal year"
    found = part_of_year_named(
        Timex(40, 40 + len(text), text, "DATE", "2019-01/2019-09", None, "month",
              date(2019, 1, 1), date(2019, 9, 30)),
        _year(first),
    )  # fmt: skip
    assert found.date_start == first
    assert found.date_end == add_months(first, months) - timedelta(days=1)


def test_a_year_said_to_end_on_a_day_is_the_company_s_own() -> None:
    """ "The year ending March 31" is the company's year without the word "fiscal": a
    quarter to come is the company's next quarter of that number, the first nine months its
    opening months."""
    events = news_events(
        "Harbour Tyres said on Wednesday its profit rose. The company expects sales of "
        "Rs 1,900 crore in the year ending March 31. Its managing director said exports "
        "would grow in the fourth quarter. For the first nine months of the fiscal year, "
        "net profit was Rs 109 crore.",
        date(2005, 1, 20),
    )
    spans = {(e.date_text, e.date_start, e.date_end) for e in events}
    assert ("the fourth quarter", date(2005, 1, 1), date(2005, 3, 31)) in spans
    assert (
        "the first nine months of the fiscal year",
        date(2004, 4, 1),
        date(2004, 12, 31),
    ) in spans


@given(published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)))
def test_a_company_s_quarter_to_come_is_not_over(published: date) -> None:
    """Whatever the day, the fourth quarter of a year ending March 31 that a clause looks
    ahead to has not ended by then and starts within the next year."""
    from timeline.events.fiscal import _coming_quarter

    q4 = Timex(0, 18, "the fourth quarter", "DATE", "2005-Q4", None, "quarter",
               date(2005, 10, 1), date(2005, 12, 31))  # fmt: skip
    found = _coming_quarter(q4, date(2005, 3, 31), 4, published)
    assert found.date_end is not None and found.date_start is not None
    assert found.date_end >= published
    assert (found.date_start - published).days < 366
    assert (found.date_start.month, found.date_end.month, found.date_end.day) == (1, 3, 31)
