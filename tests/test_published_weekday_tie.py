"""A weekday-bearing date without a year fixes the year of a text with no stated date only when
one year of the span the text bounds on both sides fits it (issue 13, stop 34; stop 40): a year
the story names on one side only ("since 1971" puts "Friday, June 21" in 1974 as in 1985 and
after) dates nothing.

The fixtures are written here: invented places and bodies."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.published import YearSpan, _weekday_dates, resolve_published


def test_two_years_as_near_the_story_s_years_date_nothing() -> None:
    # "since 1971": Friday, June 21 falls in 1968 and in 1974, three years either side
    text = (
        "Inquiry hears of fan fault\n\nTARROW, Wednesday. — The fan had been off for six hours "
        "before the blast at the Quay shaft on Friday, June 21, the inquiry heard today.\n\n"
        "It was the worst accident at the mine since a rock fall in 1971.\n"
    )
    assert resolve_published(text).date is None


@given(
    first=st.integers(min_value=1900, max_value=2020),
    length=st.integers(min_value=0, max_value=12),
    day=st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 12, 31)),
)
def test_a_weekday_fixes_its_year_only_when_one_year_of_the_span_fits(
    first: int, length: int, day: date
) -> None:
    written = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}"
    span = YearSpan(first, first + length)
    found = _weekday_dates(f"The strike began on {written}.", span)
    fitting = []
    for year in range(span.first, span.last + 1):
        try:
            candidate = date(year, day.month, day.day)
        except ValueError:
            continue
        if candidate.isoweekday() == day.isoweekday():
            fitting.append(candidate)
    assert found == (fitting if len(fitting) == 1 else [])
