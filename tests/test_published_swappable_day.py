"""A stamp's all-number date whose day and month could swap ("03/10/2022"): read in the order
the page shows (its story's dates, a zone beside the clock, a weekday), and never guessed when
the page shows none (a wrong publication date is worse than none).

The fixtures are written here: a short story with no date of its own, or with one that shows
the order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published

_HEADLINE = "Clinic extends its opening hours"
_BODY = (
    "The clinic will open two extra evenings a week after a survey of patients found that many "
    "could not attend during the day.\n\n"
    "Staff said the change would cost little because the building is already lit and heated.\n"
)
_DAY_FIRST_STORY = "The survey closed on 14 January after six weeks of responses from patients.\n"
_MONTH_FIRST_STORY = "The survey closed on 01/14/2019 after six weeks of responses from patients.\n"
#: a day in words written month first: English editions of day-first pages write so too, no
#: order of their figures (stop 49)
_MONTH_FIRST_WORDS = "The survey closed on January 14 after six weeks of responses from patients.\n"

_SEPARATORS = st.sampled_from(["/", "-"])
_LABELS = st.sampled_from(["", "Posted ", "Posted on ", "Published: ", "Updated: ", "Date: "])
_FOOT_LABELS = st.sampled_from(["Last updated ", "Page updated: ", "Published: "])
_YEARS = st.integers(min_value=1950, max_value=2024)


def _pair() -> st.SearchStrategy[tuple[int, int]]:
    """Two different numbers of 1 to 12: either may be the month."""
    return st.tuples(st.integers(1, 12), st.integers(1, 12)).filter(lambda p: p[0] != p[1])


def _written(first: int, second: int, year: int, separator: str) -> str:
    return f"{first:02d}{separator}{second:02d}{separator}{year}"


@settings(max_examples=60, deadline=None)
@given(_pair(), _YEARS, _SEPARATORS, _LABELS)
def test_a_swappable_stamp_over_a_story_showing_no_order_is_no_guess(
    pair: tuple[int, int], year: int, separator: str, label: str
) -> None:
    stamp = label + _written(*pair, year, separator)
    text = f"{_HEADLINE}\nHealth News\n{stamp}\nPosted by the press office\n\n{_BODY}"
    assert resolve_published(text).date is None


@settings(max_examples=40, deadline=None)
@given(_pair(), _YEARS, _SEPARATORS, _FOOT_LABELS)
def test_a_swappable_foot_stamp_over_a_story_showing_no_order_is_no_guess(
    pair: tuple[int, int], year: int, separator: str, label: str
) -> None:
    text = f"{_HEADLINE}\n\n{_BODY}\n{label}{_written(*pair, year, separator)}\n"
    assert resolve_published(text).date is None


@settings(max_examples=40, deadline=None)
@given(_pair(), _YEARS, _SEPARATORS, _LABELS)
def test_the_story_s_dates_show_the_order(
    pair: tuple[int, int], year: int, separator: str, label: str
) -> None:
    first, second = pair
    stamp = label + _written(first, second, year, separator)
    day_first = f"{_HEADLINE}\n{stamp}\n\n{_DAY_FIRST_STORY}\n{_BODY}"
    month_first = f"{_HEADLINE}\n{stamp}\n\n{_MONTH_FIRST_STORY}\n{_BODY}"
    assert resolve_published(day_first).date == date(year, second, first)
    assert resolve_published(month_first).date == date(year, first, second)
    in_words = f"{_HEADLINE}\n{stamp}\n\n{_MONTH_FIRST_WORDS}\n{_BODY}"
    assert resolve_published(in_words).date is None


def test_a_zone_of_the_americas_shows_the_month_first() -> None:
    for clock in ("6:12 PM ET", "9:05 a.m. CT", "11:40 pm PT", "07:15 AM MT"):
        text = f"{_HEADLINE}\nBy Dana Reyes - 03/05/25 {clock}\n\n{_BODY}"
        assert resolve_published(text).date == date(2025, 3, 5), clock


def test_a_zone_east_of_the_atlantic_shows_the_day_first() -> None:
    text = f"{_HEADLINE}\nPosted 03/05/2025 18:40 EAT\n\n{_BODY}"
    assert resolve_published(text).date == date(2025, 5, 3)


def test_a_day_that_cannot_swap_is_read_as_ever() -> None:
    for stamp, day in (
        ("Posted 23/10/2022", date(2022, 10, 23)),
        ("Posted 10/23/2022", date(2022, 10, 23)),
        ("Posted 07/07/2022", date(2022, 7, 7)),
    ):
        text = f"{_HEADLINE}\n{stamp}\n\n{_BODY}"
        assert resolve_published(text).date == day, stamp


@pytest.mark.parametrize(
    "line",
    [
        "Issued at Tarrow, 03/04/2019.",
        "This story was last updated at 21:40 on 03/04/2019.",
        "Information correct at 03/04/2019.",
        "Prepared by the Clerk, 03/04/2019.",
        "This issue was sent on 03/04/2019.",
        'Cite this article: J. Roe, "Clinic extends its opening hours", Health Notes, 03/04/2019.',
    ],
)
def test_a_swappable_day_in_any_foot_form_is_no_guess(line: str) -> None:
    assert resolve_published(f"{_HEADLINE}\n\n{_BODY}\n{line}\n").date is None


@pytest.mark.parametrize(
    "line",
    ["Tarrow, 03/04/2019 -", "TARROW (Wire) 03/04/2019 -", "Health Notes | 03/04/2019 | Page 4"],
)
def test_a_swappable_day_in_any_head_form_is_no_guess(line: str) -> None:
    assert resolve_published(f"{_HEADLINE}\n{line}\n\n{_BODY}").date is None


_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2024, 12, 31)), _SEPARATORS)
def test_the_story_s_months_before_and_after_the_page_pin_the_reading(
    day: date, separator: str
) -> None:
    """A month the story names alone in a past clause is on or before the page's month, one in
    a future clause on or after it: both the page's own month allow only the page's reading,
    for every day whose day and month could swap."""
    if day.day > 12 or day.day == day.month:
        return
    month = _MONTH_NAMES[day.month - 1]
    story = (
        f"The first survey was published in {month} and found long queues.\n\n"
        f"A second survey will close in {month}, the clinic said.\n"
    )
    stamp = _written(day.day, day.month, day.year, separator)
    text = f"{_HEADLINE}\nPosted {stamp}\n\n{story}\n{_BODY}"
    assert resolve_published(text).date == day


def test_months_both_readings_allow_are_no_guess() -> None:
    """ "03/10/2022" over a story that opened in January and closes in December: either day."""
    story = "The survey opened in January. It will close in December.\n"
    assert resolve_published(f"{_HEADLINE}\nPosted 03/10/2022\n\n{story}\n{_BODY}").date is None


def test_a_past_month_after_one_reading_leaves_the_other() -> None:
    """ "03/10/2022" over a survey that closed in August: the 3rd of October, not the 10th of
    March (a month named alone in a past clause is of the page's own year)."""
    story = "The survey closed in August after six weeks of responses from patients.\n"
    text = f"{_HEADLINE}\nPosted 03/10/2022\n\n{story}\n{_BODY}"
    assert resolve_published(text).date == date(2022, 10, 3)
