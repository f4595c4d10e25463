"""A date that names the time of a thing (the period something is for, a period made a
possessive) gives way to a finer date of its clause: the verb's own time modifier dates the
clause (`events.thing_times`, stop 44; invented sentences)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events, timex
from timeline.events.thing_times import times_of_the_clause
from timeline.sentences import Sentence

PUBLISHED = date(2025, 6, 18)  # a Wednesday


def _dates(text: str) -> list[str]:
    return [e.date_value for e in news_events(text, PUBLISHED) if e.date_value is not None]


@given(st.sampled_from(["on Monday", "on Monday last", "at a meeting on Monday"]))
def test_a_period_booked_for_gives_way_to_the_day_of_booking(when: str) -> None:
    text = f"The Tarnell Grain Board booked 40,000 tonnes of barley for July shipment {when}."
    assert _dates(text) == ["2025-06-16"]


def test_two_months_booked_for_give_way_together() -> None:
    text = "The Tarnell Grain Board sold 9,000 tonnes for August and September delivery on Monday."
    assert _dates(text) == ["2025-06-16"]


def test_an_increase_for_a_month_approved_at_a_hearing() -> None:
    text = "The Orvane Energy Regulator approved a tariff rise for April at a hearing on June 2."
    assert _dates(text) == ["2025-06-02"]


def test_a_target_for_a_year_set_this_morning() -> None:
    text = "The Pell Hartmann board set a new target for the group's 2027 output this morning."
    assert [d[:10] for d in _dates(text)] == ["2025-06-18"]


def test_figures_told_for_a_period_keep_it() -> None:
    # figures already told keep their period's row (`figures.result_periods`)
    text = "The Arden Census Office published its figures for the first quarter on May 2."
    assert "2025-Q1" in _dates(text)


def test_next_years_elections_announced_on_a_day() -> None:
    text = "The Verdant Party will name candidates for next year's council elections on Saturday."
    assert _dates(text) == ["2025-06-21"]


def test_last_months_robbery_and_yesterdays_hearing() -> None:
    text = "Two men accused over last month's robbery in Dunmore appeared in court yesterday."
    assert _dates(text) == ["2025-06-17"]


def test_a_period_for_alone_still_dates_its_clause() -> None:
    text = "The Tarnell Grain Board sold 40,000 tonnes of barley for July in a tender."
    sentence = Sentence(0, len(text), text, 0)
    july = timex("July", text, "2025-07", date(2025, 7, 1), "month")
    assert times_of_the_clause(sentence, [july]) == [july]


def test_a_period_in_which_the_clause_happened_keeps_it() -> None:
    # not a thing's time: "in May", then a day it was reported on that is another clause's
    text = "Exports of the Kessel Mill rose in May, and the mill closed on Monday."
    assert _dates(text) == ["2025-05", "2025-06-16"]


def test_todays_drill_beside_a_coarser_year_keeps_today() -> None:
    text = "Today's drill at the Hallam Works is the first since 2019."
    assert "2025-06-18" in _dates(text)


def test_a_month_made_an_adjective_after_of() -> None:
    text = "The Kessel Statistics Office will publish its estimate of May output growth on Friday."
    assert _dates(text) == ["2025-06-20"]


def test_the_weeks_of_a_month_are_no_adjective() -> None:
    text = "The Kessel Statistics Office will close in the first two weeks of July."
    assert _dates(text) == ["2025-07-01/2025-07-14"]


def test_not_until_a_day_is_the_day_it_happened() -> None:
    text = "Last year the Hallam Grain Board did not raise the quota until December 2."
    assert _dates(text) == ["2024-12-02"]


def test_until_a_day_without_a_negation_stays_a_bound() -> None:
    text = "Last year the Hallam Grain Board kept the quota until December 2."
    assert _dates(text) == ["2024"]


def test_a_month_made_an_adjective_after_the_gives_way_with_a_possessive_year() -> None:
    # "this year's" and "the April estimate" both name things: the day of the survey dates it
    text = (
        "According to the Kessel Statistics Office's survey published on the 16th, this year's "
        "wheat crop is put at 90,000 tonnes, above the April estimate."
    )
    assert _dates(text) == ["2025-06-16"]


def test_a_weekday_after_on_the_is_no_adjective() -> None:
    text = "On the Monday the whole Hallam choir walked up to the summer farms."
    assert _dates(text) == ["2025-06-16"]


def test_a_thing_rescheduled_for_a_season_keeps_its_row() -> None:
    # "for" after a word of arranging or moving is the clause's own time, not a thing's: the
    # days in the aside do not take its place
    text = (
        "A spokesman for Marrow Records said on Monday that the four remaining concerts, "
        "including two at the Leeds Town Hall on July 2 and 3, would be rescheduled for the "
        "autumn."
    )
    assert "2025-FA" in _dates(text)
