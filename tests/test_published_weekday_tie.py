"""A weekday-bearing date without a year fixes the year of a text with no stated date only when
one year of the window around the story's years is nearest (issue 13, stop 34): two years as
near, one either side ("since 1971" puts "Friday, June 21" in 1968 as in 1974), date nothing,
rather than the earlier of the two.

The fixtures are written here: invented places and bodies."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.published import WEEKDAY_WINDOW_YEARS, _weekday_dates, resolve_published


def test_two_years_as_near_the_story_s_years_date_nothing() -> None:
    # "since 1971": Friday, June 21 falls in 1968 and in 1974, three years either side
    text = (
        "Inquiry hears of fan fault\n\nTARROW, Wednesday. — The fan had been off for six hours "
        "before the blast at the Quay shaft on Friday, June 21, the inquiry heard today.\n\n"
        "It was the worst accident at the mine since a rock fall in 1971.\n"
    )
    assert resolve_published(text).date is None


@given(
    centre=st.integers(min_value=1900, max_value=2020),
    day=st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 12, 31)),
)
def test_a_weekday_fixes_its_year_only_when_one_year_is_nearest(centre: int, day: date) -> None:
    written = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}"
    found = _weekday_dates(f"The strike began on {written}.", None, [centre])
    if not found:
        return
    (placed,) = found
    assert (placed.month, placed.day, placed.isoweekday()) == (
        day.month,
        day.day,
        day.isoweekday(),
    )
    distance = abs(placed.year - centre)
    assert distance <= 2 * WEEKDAY_WINDOW_YEARS
    window = range(centre - 2 * WEEKDAY_WINDOW_YEARS, centre + WEEKDAY_WINDOW_YEARS + 1)
    for year in (centre - distance, centre + distance):
        if year == placed.year or year not in window:
            continue
        try:
            other = date(year, day.month, day.day)
        except ValueError:
            continue
        assert other.isoweekday() != day.isoweekday()
