"""An undated sentence that asserts nothing that happened puts nothing on a day
(`timeline.events.asserted`): what is to come, what may, must or would be, what did not
happen. Its saying, when it reports one, is still the day's event."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.asserted import (
    conditions,
    dated_by_its_condition,
    in_fronted_phrase,
    negated,
    unasserted,
)
from timeline.syntax import Predicate

from .helpers import news_events

PUBLISHED = date(2017, 9, 8)
OPENING = "Marlow Foods closed its Dunmore bakery on Tuesday. "


def _actions(text: str) -> list[tuple[str, date | None]]:
    return [(e.sentence.split()[0], e.date_start) for e in news_events(OPENING + text, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlow Foods must repay its lenders.",
        "Marlow Foods could sell the site to a developer.",
        "Marlow Foods should reopen a smaller bakery near Dunmore.",
        "Marlow Foods would keep its Ennis depot open.",
        "Marlow Foods has not come forward with a plan for the workers.",
        "Marlow Foods did not respond to requests for comment.",
        "Marlow Foods has never closed a bakery before.",
    ],
)
def test_an_undated_sentence_of_what_may_be_or_was_not_is_no_event(sentence: str) -> None:
    assert _actions(sentence) == [("Marlow", date(2017, 9, 5))]  # only Tuesday's closing


def test_its_saying_is_still_the_day_s_event() -> None:
    rows = _actions("Marlow Foods would keep its Ennis depot open, its owner Ruth Keane said.")
    assert len(rows) == 2


def test_a_modal_in_a_phrase_before_the_main_clause_is_not_the_main_clause() -> None:
    rows = _actions(
        "Asked whether Marlow Foods would sell the site, Ruth Keane said no buyer was found."
    )
    assert len(rows) == 2


def test_what_happened_keeps_its_day() -> None:
    rows = _actions("Marlow Foods laid off 120 bakers.")
    assert rows == [("Marlow", date(2017, 9, 5)), ("Marlow", date(2017, 9, 5))]


def test_negation_is_read_from_the_words_right_before_the_verb() -> None:
    text = "The mayor did not sign the order, but the council has."
    sign = Predicate(text.index("sign"), text.index("sign") + 4, "sign", tense="past")
    assert negated(text, sign)
    text = "The mayor signed the order, not the council."
    signed = Predicate(text.index("signed"), text.index("signed") + 6, "sign", tense="past")
    assert not negated(text, signed)


@given(st.text(alphabet="abcdefghij ,.", max_size=40))
def test_a_past_saying_after_the_main_clause_always_keeps_the_sentence(filler: str) -> None:
    text = f"It will close{filler}, the company said."
    verbs = [
        Predicate(3, 7, "close", tense="future"),
        Predicate(len(text) - 5, len(text) - 1, "say", tense="past"),
    ]
    assert not unasserted(text, verbs)


def test_a_fronted_phrase_needs_its_opening_word_and_a_comma_after_the_verb() -> None:
    text = "When the plant would close was not said."
    verb = Predicate(text.index("close"), text.index("close") + 5, "close", tense="modal")
    assert not in_fronted_phrase(text, verb)  # no comma: the clause is the subject


def test_a_comma_before_the_verb_ends_the_fronted_phrase_there() -> None:
    # the opener's phrase ("In addition,", "After the vote,") closes before the main clause:
    # its future is the main clause's, and the undated sentence asserts nothing that happened
    for text in (
        "In addition, the mill will shut its two kilns, its dryer and its store.",
        "After the vote, the council will sell the depot, the yard and the pier.",
    ):
        verb = next(w for w in ("shut", "sell") if f" {w} " in text)
        shut = Predicate(text.index(verb), text.index(verb) + len(verb), verb, tense="future")
        assert not in_fronted_phrase(text, shut)
        assert unasserted(text, [shut])
    text = "If the mill would shut its kilns, the town said, jobs go."
    shut = Predicate(text.index("shut"), text.index("shut") + 4, "shut", tense="modal")
    assert in_fronted_phrase(text, shut)


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlow Foods plans to sell the Ennis depot.",
        "Marlow Foods is planning to sell the Ennis depot.",
        "Marlow Foods intends to reopen a smaller bakery near Dunmore.",
        "Marlow Foods hopes to keep its Ennis depot open.",
        "Marlow Foods expects to stay profitable.",
        "Ruth Keane believes that Marlow Foods may sell the site.",
        "Ruth Keane expects that the sale should take two months.",
    ],
)
def test_an_undated_intention_or_expectation_is_no_event(sentence: str) -> None:
    assert _actions(sentence) == [("Marlow", date(2017, 9, 5))]  # only Tuesday's closing


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlow Foods plans a smaller bakery near Dunmore.",  # no "to": a plan told that day
        "Ruth Keane believes that Marlow Foods sold the site.",  # what is believed happened
        "Marlow Foods plans to sell the site, Ruth Keane said.",  # the saying is the event
    ],
)
def test_a_plan_without_its_infinitive_or_a_belief_in_a_fact_keeps_its_row(sentence: str) -> None:
    assert len(_actions(sentence)) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "If talks fail, Marlow Foods would sell the site.",
        "Unless a buyer comes forward, Marlow Foods could close the Ennis depot.",
        "If Marlow Foods finds a buyer in the next month it would sell the site.",
        "If Marlow Foods finds a buyer it would be free of its debt.",  # no verb after "would"
        "If no buyer is found by Friday, Marlow Foods will sell the site.",
    ],
)
def test_what_would_follow_a_condition_and_the_condition_s_date_are_no_event(
    sentence: str,
) -> None:
    assert _actions(sentence) == [("Marlow", date(2017, 9, 5))]


def test_a_condition_does_not_hide_what_happened_or_what_is_planned() -> None:
    rows = _actions("If talks fail, Marlow Foods sells the site.")  # the present: how it stands
    assert len(rows) == 2
    # what will be after a condition may be planned for a day no expression reads ("after
    # the harvest fair"): it keeps its row
    rows = _actions("If talks fail, Marlow Foods will sell the site after the harvest fair.")
    assert len(rows) == 2
    rows = _actions("Marlow Foods will sell the site on Monday if no buyer is found.")
    assert rows[1] == ("Marlow", date(2017, 9, 11))  # its own day: what is planned for it


def test_a_condition_ends_at_its_comma_or_before_its_consequence() -> None:
    text = "Next year, if the ministry agrees, the depot will reopen."
    assert conditions(text) == [(11, 33)]
    text = "The firm would sell if asked."
    assert conditions(text) == [(20, 29)]
    text = "If the firm sells the mill in May it would keep the depot."  # "May", no modal
    assert conditions(text) == [(0, 37)]
    assert conditions("The talks went on as if nothing had happened.") == []


@given(st.sampled_from(["Friday", "May 4", "next week", "the end of June"]))
def test_a_date_only_in_the_condition_never_dates_what_is_to_come(day: str) -> None:
    text = f"If no deal is reached by {day}, the union will strike."
    reach = Predicate(text.index("reached"), text.index("reached") + 7, "reach", tense="present")
    strike = Predicate(text.index("strike"), text.index("strike") + 6, "strike", tense="future")
    assert dated_by_its_condition(text, [text.index(day)], [reach, strike])
    text = f"The union said on Monday it will strike if no deal is reached by {day}."
    said = Predicate(10, 14, "say", tense="past")
    assert not dated_by_its_condition(text, [text.index("Monday"), text.index(day)], [said])
