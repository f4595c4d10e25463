"""A season that describes a thing dates nothing (`timeline.events.season_kinds`), with
invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.season_kinds import season_names_a_kind
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events

_SEASON_VALUES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def _season(text: str, written: str) -> Timex:
    start = text.index(written)
    word = written.rsplit(maxsplit=1)[-1].lower()
    return Timex(start, start + len(written), written, "DATE", f"2020-{_SEASON_VALUES[word]}",
                 None, "season")  # fmt: skip


def _kind(text: str, written: str) -> bool:
    return season_names_a_kind(Sentence(0, len(text), text, 0), _season(text, written))


@given(
    season=st.sampled_from(sorted(_SEASON_VALUES)),
    noun=st.sampled_from(["grazing", "travel", "traffic", "rains", "crop", "fodder", "tyres"]),
    opening=st.sampled_from(["Farmers talked about the", "Dealers cut prices for the", "The"]),
)
def test_a_season_before_a_noun_of_a_thing_is_a_kind(season: str, noun: str, opening: str) -> None:
    text = f"{opening} {season} {noun} on the Kelso estate."
    written = f"{opening.rsplit(maxsplit=1)[-1]} {season}"
    assert _kind(text, written)


def test_a_bare_season_before_a_noun_is_a_kind() -> None:
    assert _kind("Passengers holding tickets for winter travel should keep them.", "winter")


@given(
    season=st.sampled_from(sorted(_SEASON_VALUES)),
    noun=st.sampled_from(["holidays", "break", "term", "recess", "months", "session"]),
)
def test_a_season_before_a_noun_of_time_still_dates(season: str, noun: str) -> None:
    text = f"The Varnholt council will vote before the {season} {noun}."
    assert not _kind(text, f"the {season}")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Sorghum will come from the spring harvest.", "the spring"),
        ("In 2006, during the summer war, the shop gave away its stock.", "the summer"),
        ("The winter was the mildest on record.", "The winter"),
        ("Prices fell this summer because of rain.", "this summer"),
    ],
)
def test_a_season_of_the_clause_is_no_kind(text: str, written: str) -> None:
    assert not _kind(text, written)


def test_the_weekday_of_a_clause_dates_it_past_a_season_of_a_kind() -> None:
    events = news_events(
        "The herders of the Vasska cooperative moved their reindeer up to the summer pasture "
        "on Thursday.",
        date(1987, 6, 1),
    )
    moved = [e for e in events if e.action == "move"]
    assert moved and all(e.date_start == date(1987, 5, 28) for e in moved)
