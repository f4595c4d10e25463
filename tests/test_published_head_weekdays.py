"""The year of a yearless dateline or head stamp, from the story's own evidence (issue 13, stop
38): a year the story tells of in the past ("since 1960") leaves the year after it alone where
a weekday fitted one either side as near; a year the story names only ahead of it ("is planned
for 2022") is no floor for the page's day; a head stamp's abbreviated weekday ("Fri 14 Feb")
places its day as a full one does; and with no year in sight nothing is guessed.

Every text here is invented."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published

_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")
_MONTH_ABBREVIATIONS += ("Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def test_a_past_year_and_a_year_ahead_bound_the_years_of_a_weekday() -> None:
    text = (
        "Rocket climbs higher\n\nTARROW, Aug. 15.—A research rocket climbed 90 miles above the "
        "range today, the greatest height yet reached since the range opened in 1960.\n\n"
        "On Tuesday, August 13, the first rocket of the round broke up after lift-off.\n"
    )
    # Tuesday, August 13 fits 1957, 1963, 1968 ...: after 1960 alone, 1963 is a guess (stop 40)
    assert resolve_published(text).date is None
    bounded = text + "\nThe range is to close in 1966.\n"
    assert resolve_published(bounded).date == datetime.date(1963, 8, 15)


def test_without_a_past_year_the_tie_gives_no_day() -> None:
    text = (
        "Rocket climbs higher\n\nTARROW, Aug. 15.—A research rocket climbed 90 miles above the "
        "range today; the range is to close in 1960.\n\n"
        "On Tuesday, August 13, the first rocket of the round broke up after lift-off.\n"
    )
    assert resolve_published(text).date is None


def test_a_year_named_only_ahead_is_no_floor_for_the_head_s_day() -> None:
    text = (
        "Live: satellite reaches orbit\nLast updated 10:47pm, Thursday 18 November\n\n"
        "10:47pm\nThe company says the satellite is in orbit.\n\n"
        "The company's next launch is planned for the first quarter of 2022.\n"
    )
    # a year ahead alone bounds the head's day on one side: no guess (stop 40)
    assert resolve_published(text).date is None
    bounded = text + "\nThe company's first launch was in 2018.\n"
    assert resolve_published(bounded).date == datetime.date(2021, 11, 18)
    past = text.replace("is planned for the first quarter of 2022", "flew in 2022")
    assert resolve_published(past).date is None  # 2021 is before the story's own past


def test_a_head_stamp_s_abbreviated_weekday_places_its_day() -> None:
    text = (
        "QUAYTEXT 341 Fri 14 Feb 21:47/16\nSPORT > SNOOKER\n\n"
        "Jo Lee reached the semi-finals tonight with a 5-3 win.\n\n"
        "Lee, the 1994 champion, broke his wrist in the summer of 1995.\n\n"
        "The tournament is to move to Leeds in 1999.\n"
    )
    assert resolve_published(text).date == datetime.date(1997, 2, 14)
    assert resolve_published(text.replace("Fri 14 Feb", "Thu 14 Feb")).date is None


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(datetime.date(1950, 1, 1), datetime.date(2030, 12, 31)),
)
def test_a_head_stamp_s_weekday_gives_its_day_or_none_never_another_weekday(
    day: datetime.date,
) -> None:
    head = (
        f"QUAYTEXT 341 {_WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.day} "
        f"{_MONTH_ABBREVIATIONS[day.month - 1]} 21:47/16"
    )
    text = (
        f"{head}\nSPORT > SNOOKER\n\nJo Lee reached the semi-finals tonight.\n\n"
        f"Lee won the title in {day.year - 2}.\n"
    )
    found = resolve_published(text).date
    assert found is None or (
        found.weekday() == day.weekday() and (found.month, found.day) == (day.month, day.day)
    )
    # with no year in sight, no guess
    assert resolve_published(text.replace(f" in {day.year - 2}", "")).date is None
