"""In news, "this year" or "this month" in a clause told in the past is the period it happened
in, and so it is in a clause that looks ahead (the future tense); in the present it is the
news day (timeline/events/done_this_year.py). Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.done_this_year import done_in_the_period, planned_in_the_period
from timeline.sentences import Sentence
from timeline.temporal import Timex

PUBLISHED = date(2022, 10, 12)  # a Wednesday


def test_a_past_count_this_year_is_the_year() -> None:
    text = "The Lindqvist Ferry Company raised its fares four times this year."
    events = news_events(text, PUBLISHED)
    assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
        (date(2022, 1, 1), date(2022, 12, 31), "year")
    ]


def test_how_things_stand_this_year_is_the_news_day() -> None:
    text = "Passenger numbers at the Lindqvist Ferry Company are lower this year."
    assert [e.date_start for e in news_events(text, PUBLISHED)] == [PUBLISHED]


def test_a_forecast_for_this_year_is_the_year() -> None:
    text = "The Lindqvist Ferry Company will make a small profit this year."
    events = news_events(text, PUBLISHED)
    assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
        (date(2022, 1, 1), date(2022, 12, 31), "year")
    ]


def test_what_begins_this_month_is_the_month() -> None:
    text = "This month the Lindqvist Ferry Company begins a new timetable."
    events = news_events(text, PUBLISHED)
    assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
        (date(2022, 10, 1), date(2022, 10, 31), "month")
    ]


def test_what_was_said_to_come_this_year_is_the_year() -> None:
    text = "Maren Holm said the Lindqvist Ferry Company would buy two more ships this year."
    years = [e for e in news_events(text, PUBLISHED) if e.granularity == "year"]
    assert [(e.date_start, e.date_end) for e in years] == [(date(2022, 1, 1), date(2022, 12, 31))]


def _this_year(text: str) -> bool:
    at = text.lower().index("this year")
    sentence = Sentence(0, len(text), text, 0)
    timex = Timex(
        at,
        at + 9,
        text[at : at + 9],
        "DATE",
        "2022",
        granularity="year",
        date_start=date(2022, 1, 1),
        date_end=date(2022, 12, 31),
    )
    return done_in_the_period(sentence, timex)


def test_a_reporting_verb_is_no_past_of_the_clause() -> None:
    assert not _this_year("Holm said fares this year would rise.")


def test_now_is_the_news_day_whatever_the_tense() -> None:
    text = "Fares rose and are now higher."
    sentence = Sentence(0, len(text), text, 0)
    now = Timex(text.index("now"), text.index("now") + 3, "now", "DATE", "PRESENT_REF")
    assert not done_in_the_period(sentence, now)


@given(
    st.sampled_from(["closed", "opened", "launched", "delivered", "repaired"]), st.integers(2, 9)
)
def test_any_past_verb_with_a_count_dates_the_year(verb: str, times: int) -> None:
    assert _this_year(f"The yard {verb} {times} ships this year.")


@given(st.sampled_from(["will open", "would open", "is going to open", "'ll open"]))
def test_any_clause_looking_ahead_is_about_the_year(verb: str) -> None:
    text = f"The yard {verb} a second dock this year."
    at = text.index("this year")
    timex = Timex(
        at,
        at + 9,
        "this year",
        "DATE",
        "2022",
        granularity="year",
        date_start=date(2022, 1, 1),
        date_end=date(2022, 12, 31),
    )
    assert planned_in_the_period(Sentence(0, len(text), text, 0), timex)


def test_what_will_not_be_done_this_year_is_no_forecast() -> None:
    text = "Maren Holm said the Lindqvist Ferry Company would not raise its fares this year."
    assert not [e for e in news_events(text, PUBLISHED) if e.granularity == "year"]


def test_an_expectation_this_year_is_how_things_stand_on_the_news_day() -> None:
    text = "The Lindqvist Ferry Company expects to stay profitable this year."
    assert [e.date_start for e in news_events(text, PUBLISHED)] == [PUBLISHED]


def test_the_comma_of_a_figure_does_not_end_the_expectation() -> None:
    text = "The Lindqvist Ferry Company expects 120,000 passengers in the current year."
    assert [e.date_start for e in news_events(text, PUBLISHED)] == [PUBLISHED]


def test_a_coming_event_of_this_year_is_still_the_news_day() -> None:
    text = "The Lindqvist Ferry Company will hold this year's regatta in Visby."
    assert [e.date_start for e in news_events(text, PUBLISHED)] == [PUBLISHED]
