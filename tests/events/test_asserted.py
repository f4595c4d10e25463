"""An undated sentence that asserts nothing that happened puts nothing on a day
(`timeline.events.asserted`): what is to come, what may, must or would be, what did not
happen. Its saying, when it reports one, is still the day's event."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.asserted import in_fronted_phrase, negated, unasserted
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
