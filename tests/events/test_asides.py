"""Asides set off by commas (`timeline.events.asides`): a date after an aside's closing comma
dates the main clause, not the aside's verb; and a range opened by "between" stays one period
whatever the verb (`timeline.events.spans.range_of`). Invented people, clubs and companies."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.asides import aside_closed_before, closed_asides, verbs_before
from timeline.sentences import Sentence
from timeline.syntax import Predicate
from timeline.temporal import Timex

from .helpers import news_events


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, 0)


def _at(text: str, written: str, value: str) -> Timex:
    start = text.index(written)
    return Timex(start, start + len(written), written, "DATE", value)


def _verb(text: str, written: str, lemma: str) -> Predicate:
    start = text.index(written)
    return Predicate(start, start + len(written), lemma, tense="past")


def test_a_date_after_a_closed_aside_is_not_the_asides_verbs() -> None:
    text = "Prop Tomás Ferreyra, who tore a hamstring last month, will be out until May."
    tore = _verb(text, "tore", "tear")
    sentence = _sentence(text)
    assert aside_closed_before(sentence, tore, _at(text, "May", "2031-05"))
    assert not aside_closed_before(sentence, tore, _at(text, "last month", "2031-03"))


@pytest.mark.parametrize(
    ("text", "verb", "written"),
    [
        # a figure's thousands: no closing comma
        ("The yard, which employs 4,300 people in March, closed.", "employs", "March"),
        # a name's next word after the comma
        (
            "The scheme, which is run by the Office of Roads, Rivers and Ports until May, ended.",
            "run",
            "May",
        ),
        # ", and" opens a clause of its own
        ("It cut its outlook for 2031, which ends in May, and now expects a loss.", "ends", "now"),
    ],
)
def test_no_aside_closes_where_the_main_clause_does_not_go_on(
    text: str, verb: str, written: str
) -> None:
    expression = _at(text, written, "2031")
    assert not aside_closed_before(_sentence(text), _verb(text, verb, verb), expression)


def test_a_date_before_that_stays_with_the_aside_when_no_other_verb_precedes_it() -> None:
    # the tagger may miss "announced": "last week" is not the doubling's after "that"
    text = "The Fund, which paid for the survey, announced last week that it would double it."
    paid = _verb(text, "paid", "pay")
    double = _verb(text, "double", "double")
    week = _at(text, "last week", "2031-W10")
    assert verbs_before(_sentence(text), [paid, double], [double], week) == [paid]


def test_the_main_clause_takes_the_date_after_a_participle_aside() -> None:
    text = "The Ravel Club has moved its gala, postponed from March, to Friday 29 April."
    events = news_events(text, date(2033, 4, 11))
    assert (date(2033, 4, 29), "move") in [(e.date_start, e.action) for e in events]


def test_a_date_after_a_relative_aside_is_a_row_of_its_own() -> None:
    text = (
        "Lock forward Bruno Salvatierra, who broke his wrist last month, will be out until "
        "June, the team doctor said."
    )
    events = news_events(text, date(2033, 4, 11))
    assert sorted((e.date_start, e.granularity) for e in events) == [
        (date(2033, 3, 1), "month"),
        (date(2033, 6, 1), "month"),
    ]


def test_a_range_opened_by_between_is_one_period_whatever_the_verb() -> None:
    text = "The court heard that between 2021 and 2024 Rhys Calloway moved money to Jersey."
    events = news_events(text, date(2026, 5, 2))
    assert [(e.date_start, e.date_end) for e in events] == [(date(2021, 1, 1), date(2024, 12, 31))]


def test_a_moved_thing_still_names_two_times() -> None:
    text = "The Ravel Club moved the gala from Friday to Sunday."
    events = news_events(text, date(2033, 4, 11))
    assert all(e.date_start != e.date_end or e.granularity == "day" for e in events)
    assert not any("/" in (e.date_value or "") for e in events)


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet="abcdefgh ", max_size=30),
    aside=st.text(alphabet="abcdefgh ", max_size=30),
    after=st.text(alphabet="abcdefgh ,", max_size=30),
)
def test_an_aside_closes_inside_its_sentence(before: str, aside: str, after: str) -> None:
    text = f"X{before}, which {aside}, {after}."
    for start, end in closed_asides(text):
        assert 0 <= start < end <= len(text)
        assert text[end - 1] == ","
