"""A count of days before or after a day the text told ("Two days later", "the day before")
is that day moved by the count, across the ends of months and years; so is one week ("A week
later": the day seven days on, as the outlets' gold writers of every era give it); two weeks
or more keep the calendar week."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_REF = date(2031, 6, 30)
_COUNTS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 10: "Ten"}
_TOLD = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _told(day: date) -> str:
    return f"The pumping station flooded on {day:%B} {day.day}, {day.year}."


def _second_value(text: str) -> str:
    found = tag(text, _REF)
    assert len(found) == 2, found
    return found[1].value


@given(_TOLD, st.sampled_from(sorted(_COUNTS)))
def test_days_later_and_earlier(day: date, count: int) -> None:
    unit = "day" if count == 1 else "days"
    later = _second_value(f"{_told(day)} {_COUNTS[count]} {unit} later crews pumped it dry.")
    assert later == (day + timedelta(days=count)).isoformat()
    earlier = _second_value(f"{_told(day)} {_COUNTS[count]} {unit} earlier a levee gave way.")
    assert earlier == (day - timedelta(days=count)).isoformat()


@given(_TOLD)
def test_the_next_day_and_the_day_before(day: date) -> None:
    assert (
        _second_value(f"{_told(day)} The next day crews pumped it dry.")
        == (day + timedelta(days=1)).isoformat()
    )
    assert (
        _second_value(f"{_told(day)} The day before, a levee gave way.")
        == (day - timedelta(days=1)).isoformat()
    )


def test_a_week_later_is_the_day_seven_days_on() -> None:
    assert _second_value(f"{_told(date(2024, 3, 3))} A week later crews pumped it dry.") == (
        "2024-03-10"
    )


@given(_TOLD, st.sampled_from(["week", "fortnight"]))
def test_one_week_or_fortnight_either_way_is_a_day(day: date, unit: str) -> None:
    days = 7 if unit == "week" else 14
    later = _second_value(f"{_told(day)} A {unit} later crews pumped it dry.")
    assert later == (day + timedelta(days=days)).isoformat()
    earlier = _second_value(f"{_told(day)} A {unit} earlier a levee gave way.")
    assert earlier == (day - timedelta(days=days)).isoformat()


def test_two_weeks_later_and_about_a_week_later_keep_the_week() -> None:
    assert _second_value(f"{_told(date(2024, 3, 3))} Two weeks later crews left.") == "2024-W11"
    assert _second_value(f"{_told(date(2024, 3, 3))} About a week later crews left.") == (
        "2024-W10"
    )


_NEWS_DAY = date(2031, 3, 12)


@given(st.integers(min_value=1950, max_value=2029), st.sampled_from(["month", "week", "day"]))
def test_a_count_after_a_year_in_its_sentence_is_of_that_year(year: int, unit: str) -> None:
    """In news, "In 2013 ..., found a month later" is some time of 2013, never a month counted
    from the news day; the year is too coarse for the count, so only the year is known."""
    text = (
        f"The depot was robbed on Monday. In {year} a thief took two lamps from it, which "
        f"were found in a pawnshop a {unit} later."
    )
    found = tag(text, _NEWS_DAY)
    assert found[-1].text == f"a {unit} later"
    assert found[-1].value == f"{year}-XX-XX"
    assert found[-1].date_start == date(year, 1, 1)
    assert found[-1].date_end == date(year, 12, 31)


def test_a_count_after_a_year_told_sentences_before_keeps_the_story_day() -> None:
    text = (
        "In 2013 a thief took two lamps. On Monday the depot was robbed. A week later police came."
    )
    assert tag(text, _NEWS_DAY)[-1].value == "2031-03-17"


@given(
    _TOLD.filter(lambda d: d.year != _NEWS_DAY.year), st.integers(min_value=1950, max_value=2029)
)
def test_a_year_in_passing_leaves_the_day_told_to_count_from(day: date, passing: int) -> None:
    """ "won the cup on May 2, its third, the first in 2009. A week later ...": the year said in
    passing, deep in its sentence, is no scene; the week counts from the day told."""
    text = (
        f"The club won the cup on {day:%B} {day.day}, {day.year}, its third title, the first "
        f"in {passing}. A week later the juniors won theirs."
    )
    assert tag(text, _NEWS_DAY)[-1].value == (day + timedelta(days=7)).isoformat()


def test_a_year_that_opens_a_sentence_is_its_scene_still() -> None:
    text = "The club won the cup on May 2, 2024. In 2009 it won it first. A week later it fell."
    assert tag(text, _NEWS_DAY)[-1].value != "2024-05-09"
