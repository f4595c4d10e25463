"""A weekday read with the day beside it (`timeline.temporal.weekday_pairs`): "Monday, the
14th" is the 14th; "next Thursday and Friday" are two days of one week."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

THURSDAY = date(2021, 4, 15)
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _days(text: str, reference: date = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


def test_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    assert _days("The new bridge will open on Monday, the 26th of this month.") == [
        ("Monday, the 26th of this month", "2021-04-26")
    ]
    assert _days("Two inspectors arrive on Thursday next, the 22nd, to check the works.") == [
        ("Thursday next, the 22nd", "2021-04-22")
    ]
    assert _days("The ferry sails on Monday the 19th.") == [("Monday the 19th", "2021-04-19")]


def test_a_day_of_the_month_on_another_weekday_stays_apart() -> None:
    # the 27th is a Tuesday: the text says two things, and neither is read into the other
    days = _days("The new bridge will open on Monday, the 27th.")
    assert ("Monday", "2021-04-19") in days and ("the 27th", "2021-04-27") in days


def test_a_weekday_after_next_weekday_is_in_its_week() -> None:
    assert _days("Elections for the club's committee will be held next Thursday and Friday.") == [
        ("next Thursday", "2021-04-22"),
        ("Friday", "2021-04-23"),
    ]
    assert _days("The plant was shut on Tuesday and Wednesday.") == [
        ("Tuesday", "2021-04-13"),
        ("Wednesday", "2021-04-14"),
    ]


def test_a_past_reading_is_not_moved_past_the_reference_day() -> None:
    days = _days("The plant was shut on Wednesday and Friday.")
    assert days == [("Wednesday", "2021-04-14"), ("Friday", "2021-04-09")]


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(0, 5),
    st.integers(1, 6),
)
def test_the_second_of_next_weekdays_follows_the_first(
    reference: date, first: int, gap: int
) -> None:
    second = first + gap
    if second > 6:
        return
    text = f"Voting will be held next {_NAMES[first]} and {_NAMES[second]} in the hall."
    days = {t.text: t.date_start for t in tag(text, reference)}
    start = days[f"next {_NAMES[first]}"]
    assert start is not None
    assert days[_NAMES[second]] == start + timedelta(days=gap)


def test_the_nth_weekday_of_a_month_said_relatively_is_one_day() -> None:
    assert _days("The court's next sessions open on the first Monday of next month.") == [
        ("the first Monday of next month", "2021-05-03")
    ]
    assert _days("The regatta is held on the last Saturday of this month.") == [
        ("the last Saturday of this month", "2021-04-24")
    ]


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    st.sampled_from(["first", "second", "third", "fourth", "last"]),
    st.integers(0, 6),
)
def test_the_nth_weekday_of_next_month_is_in_that_month_on_that_weekday(
    reference: date, nth: str, weekday: int
) -> None:
    text = f"The board meets on the {nth} {_NAMES[weekday]} of next month."
    (found,) = tag(text, reference)
    day = found.date_start
    assert day is not None and day.weekday() == weekday
    assert (day.year * 12 + day.month) - (reference.year * 12 + reference.month) == 1
    if nth == "last":
        assert (day + timedelta(days=7)).month != day.month
    else:
        order = ("first", "second", "third", "fourth").index(nth)
        assert (day.day - 1) // 7 == order


def test_a_weekday_of_the_thing_of_a_week_s_possessive_is_in_that_week() -> None:
    assert _days("Next week's episode, out on Friday, looks at river ferries.") == [
        ("Next week", "2021-W16"),
        ("Friday", "2021-04-23"),
    ]
    # another clause: the weekday counts from the reference date as before
    assert _days("Last week's storm hit the coast, and the ferry resumed on Monday.") == [
        ("Last week", "2021-W14"),
        ("Monday", "2021-04-12"),
    ]


@given(
    reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)),
    first=st.integers(min_value=0, max_value=5),
    gap=st.integers(min_value=1, max_value=6),
    which=st.sampled_from(["next week", "last week"]),
)
def test_a_bare_weekday_before_a_weekday_of_a_week_is_in_that_week(
    reference: date, first: int, gap: int, which: str
) -> None:
    second = min(first + gap, 6)
    if second == first:
        return
    text = f"Queues at the Tamsel crossing peak on {_NAMES[first]} and {_NAMES[second]} {which}."
    days = [t.date_start for t in tag(text, reference) if t.date_start is not None]
    assert len(days) == 2
    opening, closing = days
    assert (opening.weekday(), closing.weekday()) == (first, second)
    assert opening.isocalendar()[:2] == closing.isocalendar()[:2]
