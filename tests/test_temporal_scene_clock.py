"""A clock with no day of its own, in a past clause, is on the day of the scene told with a
part of the day that holds it (timeline/temporal/scene_clock.py), not on a later day told
without one (a hearing, the day something was said), nor on the publication day; "minutes
later" counts from the clock told last."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

PUBLISHED = date(2024, 11, 14)  # a Thursday


def _values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # a morning told, a hearing's day after it, then a witness's clock in the morning
        (
            "The shop was raided on the morning of Friday, August 9. The trial opened on "
            "Tuesday. A clerk said two men came in at about 9.15 a.m.",
            "about 9.15 a.m.",
            "2024-08-09T09:15",
        ),
        # the early hours of a day, then the day a statement was made
        (
            "Burglars broke into the depot in the early hours of Sunday. Police said on "
            "Monday that nothing was found. A guard said he heard glass break at 2.40am.",
            "2.40am",
            "2024-11-10T02:40",
        ),
        # a night told, then the news day at dawn: an evening clock is that night's
        (
            "A ferry sank on Tuesday night, and divers who reached it at dawn today found no "
            "one. It had left the quay at 9:05 p.m., the coastguard said.",
            "9:05 p.m.",
            "2024-11-12T21:05",
        ),
    ],
)
def test_a_clock_is_on_the_scene_whose_part_of_the_day_holds_it(
    text: str, clock: str, value: str
) -> None:
    assert _values(text)[clock] == value


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # the clock falls in no part told: the day told last keeps it
        (
            "The shop was raided on the evening of Friday, August 9. The trial opened on "
            "Tuesday. The jury was sworn in at 10 a.m.",
            "10 a.m.",
            "2024-11-12T10:00",
        ),
        # a day told with its own clock since: a later clock stays on that day
        (
            "Boats were held in port on Monday afternoon. Sailings resumed at 6 a.m. on "
            "Wednesday. Queues had cleared by noon, the port said.",
            "noon",
            "2024-11-13T12:00",
        ),
        # a night and a clock after midnight: the next day's small hours, which is the day
        # told last, so nothing moves
        (
            "An eruption began late last night. The road reopened at 0600 this morning. A "
            "warning was lowered shortly after 3 a.m.",
            "3 a.m.",
            "2024-11-14T03:00",
        ),
    ],
)
def test_a_clock_outside_the_scene_stays_where_it_was(text: str, clock: str, value: str) -> None:
    assert _values(text)[clock] == value


def test_a_scene_is_over_once_two_other_days_were_told() -> None:
    text = (
        "The festival opened on Thursday night. On Friday a duo drew the biggest crowd. "
        "Saturday was quiet. The last band played past 2am, fans said."
    )
    assert _values(text)["2am"] != "2024-11-08T02:00"


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=1, max_value=59))
def test_minutes_later_count_from_the_clock_told_last(hour: int, minutes: int) -> None:
    text = (
        f"A plane crashed on Tuesday night. It had left the airport at {hour}:30 on Tuesday, "
        f"the authority said. Radio contact was lost {minutes} minutes later."
    )
    past_midnight = hour * 60 + 30 + minutes >= 24 * 60
    expected = "2024-11-13" if past_midnight else "2024-11-12"
    assert _values(text)[f"{minutes} minutes later"] == expected


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # a clock in the sentence of another year, or another month, is on a day of it
        (
            "Last year's regatta was halted by a storm and ended at 9.40pm.",
            "9.40pm",
            "2023-XX-XXT21:40",
        ),
        (
            "The bar shut on a Sunday in August, after a set that ran until 2 a.m.",
            "2 a.m.",
            "2024-08-XXT02:00",
        ),
        # the news's own month leaves the clock on the news day
        ("Polls closed in November at 8 p.m.", "8 p.m.", "2024-11-14T20:00"),
    ],
)
def test_a_clock_in_the_sentence_of_a_period_is_on_a_day_of_it(
    text: str, clock: str, value: str
) -> None:
    assert _values(text)[clock] == value
