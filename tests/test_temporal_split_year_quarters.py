"""A quarter or half of a split year is the company's ("the first quarter of 2004-05" is April
to June 2004: `fiscal_calendar.split_year_after`), on the calendar its text states, else April
to March; not the calendar quarter of its first year. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.calendar import add_months

_ORDINALS = ("first", "second", "third", "fourth")


def _part(text: str, reference: date) -> tuple[str, date | None, date | None]:
    (found,) = [t for t in tag(text, reference) if t.granularity in ("quarter", "half")]
    return found.text, found.date_start, found.date_end


@given(st.integers(1950, 2080), st.integers(1, 4))
def test_a_quarter_of_a_split_year_counts_from_april(first: int, number: int) -> None:
    text = (
        f"The mill's profit rose 12 per cent in the {_ORDINALS[number - 1]} quarter of "
        f"{first}-{(first + 1) % 100:02d}, the board said."
    )
    written, start, end = _part(text, date(first + 1, 8, 1))
    assert written.endswith(f"{first}-{(first + 1) % 100:02d}")
    assert start == add_months(date(first, 4, 1), 3 * (number - 1))
    assert end is not None and end.month == (start.month + 1) % 12 + 1


def test_the_stated_year_counts_the_quarters() -> None:
    text = (
        "The utility's financial year ends on 30 June. Power sales fell in the third quarter "
        "of 2011/12 as the smelter cut its load."
    )
    assert _part(text, date(2012, 5, 3)) == (
        "the third quarter of 2011/12",
        date(2012, 1, 1),
        date(2012, 3, 31),
    )


def test_a_half_of_a_split_year() -> None:
    text = "Tea exports rose in the second half of 1998-99, the council said."
    assert _part(text, date(1999, 6, 2))[1:] == (date(1998, 10, 1), date(1999, 3, 31))


def test_two_years_that_do_not_follow_are_no_split_year() -> None:
    text = "The mine ran at a loss in the first quarter of 2004-07 estimates."
    assert _part(text, date(2004, 9, 1))[1:] == (date(2004, 1, 1), date(2004, 3, 31))
