"""A holiday ranked as a trading season dates nothing (`timeline.events.judged_seasons`),
with invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.judged_seasons import judged_season
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events


def _holiday(text: str, written: str) -> Timex:
    start = text.index(written)
    day = date(2020, 12, 25)
    return Timex(start, start + len(written), written, "DATE", "2020-12-25", None, "day", day, day)


@given(
    owner=st.sampled_from(["its", "their", "the chain's", "Harlow's", "the"]),
    ranking=st.sampled_from(["best", "worst", "weakest", "busiest", "strongest", "quietest"]),
    holiday=st.sampled_from(["Christmas", "Easter", "Thanksgiving", "New Year"]),
)
def test_a_holiday_ranked_by_a_superlative_dates_nothing(
    owner: str, ranking: str, holiday: str
) -> None:
    text = f"Sales rose 4% in the six weeks to January 3, {owner} {ranking} {holiday} since 2012."
    assert judged_season(Sentence(0, len(text), text, 0), _holiday(text, holiday))


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers came back at Christmas.",
        "Sales rose in its busiest Christmas week in years.",
        "The store closed over the quietest Easter since 2012.",
    ],
)
def test_a_holiday_as_a_time_still_dates(text: str) -> None:
    holiday = "Christmas" if "Christmas" in text else "Easter"
    assert not judged_season(Sentence(0, len(text), text, 0), _holiday(text, holiday))


def test_the_period_beside_a_ranked_christmas_dates_the_sales() -> None:
    events = news_events(
        "Harlow Stores said on Thursday that sales rose 2.6 per cent in the five weeks to "
        "January 4, its best Christmas since 2010.",
        date(2015, 1, 9),
    )
    rose = [(e.date_start, e.date_end) for e in events if e.action == "rise"]
    assert rose == [(date(2014, 12, 1), date(2015, 1, 4))]
