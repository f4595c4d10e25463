"""A range never ends before it starts, over every publication day and phrasing; an opening
clock that says its day keeps it. Sentences written here (invented people and places); the
rules are `temporal/interval_order.py` and `ranges.clock_range_days`."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag

_DAYS = [w.capitalize() for w in WEEKDAYS if len(w) > 3][:7]


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_an_opening_clock_that_says_its_day_keeps_it() -> None:
    """ "from 20:00 today until 07:00 on Thursday" starts today and ends on the Thursday after."""
    text = "The agency has issued a frost warning from 20:00 today until 07:00 on Thursday."
    values = _values(text, date(2024, 11, 19))  # a Tuesday
    assert values["20:00 today"] == "2024-11-19T20:00"
    assert values["07:00 on Thursday"] == "2024-11-21T07:00"


def test_a_thing_that_starts_and_ends_ends_after_it_starts() -> None:
    """ "Lessons will start on Sept. 2 and end on June 20", written in winter: the June after."""
    text = "Lessons will start on Sept. 2 and end on June 20."
    values = _values(text, date(2023, 1, 10))
    assert (values["Sept. 2"], values["June 20"]) == ("2023-09-02", "2024-06-20")


_PHRASINGS = [
    "The council has issued a warning from {clock} today until 06:00 on {day}.",
    "A wind warning is in force from {clock} today until 09:00 on {day}.",
    "Roads were closed from {clock} tonight until 05:00 on {day}.",
    "The line will be shut from {day} until {day2}.",
    "The gallery was closed from {day} to {day2} for repairs.",
    "The hall will be used by the Ardent Players from {day} to {day2}.",
    "Term will start on {month} 3 and end on {month2} 20.",
    "The fair opened on {month} 3 and ended on {month2} 20.",
    "The works will run from {month} to {month2}.",
    "Water was rationed from {month} until {month2}.",
]
_MONTH_NAMES = ["January", "March", "May", "June", "August", "October", "December"]


@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
    form=st.sampled_from(_PHRASINGS),
    day=st.sampled_from(_DAYS),
    day2=st.sampled_from(_DAYS),
    month=st.sampled_from(_MONTH_NAMES),
    month2=st.sampled_from(_MONTH_NAMES),
    hour=st.integers(min_value=12, max_value=23),
)
def test_a_range_never_ends_before_it_starts(
    published: date, form: str, day: str, day2: str, month: str, month2: str, hour: int
) -> None:
    text = form.format(clock=f"{hour:02d}:00", day=day, day2=day2, month=month, month2=month2)
    found = [t for t in tag(text, published) if t.date_start is not None]
    for opening, closing in pairwise(found):
        assert closing.date_end is not None and opening.date_start is not None
        assert closing.date_end >= opening.date_start, (text, opening, closing)
        # each side stays within a little over a year of the news
        assert abs(closing.date_end - published) <= timedelta(days=800)
