"""A quarter or half of "the fiscal year" whose text states where the company's year ends is
the part of the company's year that holds the news day (`timeline.temporal.fiscal_parts`), not
the calendar's. Invented sentences."""

from __future__ import annotations

from calendar import month_name
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_ORDINALS = ("first", "second", "third", "fourth")


@given(
    st.dates(date(1950, 1, 1), date(2080, 12, 31)),
    st.integers(1, 12),
    st.integers(1, 4),
    st.booleans(),
)
def test_a_part_of_the_stated_fiscal_year_holds_to_its_calendar(
    reference: date, last_month: int, number: int, half: bool
) -> None:
    if half and number > 2:
        number -= 2
    part = "half" if half else "quarter"
    text = (
        f"The bank expects demand to recover in the {_ORDINALS[number - 1]} {part} of the "
        f"fiscal year, which ends in {month_name[last_month]}."
    )
    found = tag(text, reference)[0]
    assert found.text == f"the {_ORDINALS[number - 1]} {part} of the fiscal year"
    assert found.granularity == part
    first_month = last_month % 12 + 1
    year_start = reference.year - (reference.month < first_month)
    months = year_start * 12 + first_month - 1 + (6 if half else 3) * (number - 1)
    assert found.date_start == date(months // 12, months % 12 + 1, 1)


def test_the_examples() -> None:
    (half, _) = tag(
        "It expects demand to pick up in the second half of the fiscal year, which ends on "
        "March 31.",
        date(2019, 6, 13),
    )
    assert (half.value, half.date_start, half.date_end) == (
        "FY2020-H2",
        date(2019, 10, 1),
        date(2020, 3, 31),
    )
    (quarter, _) = tag(
        "Nurses worked overtime in the third quarter of the fiscal year, which runs from April.",
        date(2026, 1, 12),
    )
    assert (quarter.date_start, quarter.date_end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_without_a_stated_year_the_part_is_the_calendars() -> None:
    (quarter,) = tag(
        "Nurses worked overtime in the third quarter of the fiscal year.", date(2026, 1, 12)
    )
    assert quarter.value == "2026-Q3"
    (quarter,) = tag(
        "Nurses worked overtime in the third quarter of the calendar year.", date(2026, 1, 12)
    )
    assert quarter.value == "2026-Q3"
