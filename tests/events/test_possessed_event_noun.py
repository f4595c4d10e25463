"""An event noun written right before its date takes the names of its own phrase ("Olga
Varn's ouster a decade ago"), but not when a possessive pronoun opens that phrase ("at its
meeting a week ago"): the pronoun stands for the clause's subject, whose names the row keeps
(`clauses._possessed_by_the_subject`; invented sentences)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events

PUBLISHED = date(2025, 6, 18)  # a Wednesday


def _rows(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.date_value, e.actors) for e in news_events(text, PUBLISHED)]


@given(st.sampled_from(["its", "its annual", "its last"]))
def test_a_pronoun_owner_leaves_the_subject_its_row(owner: str) -> None:
    text = f"The Brindle Savings Bank left its rates unchanged at {owner} meeting a week ago."
    rows = _rows(text)
    assert ("2025-06-11", ("Brindle Savings Bank",)) in rows


def test_their_conference_keeps_the_subject() -> None:
    text = "The Harwick Teachers Union voted for a strike at their conference a week ago."
    assert ("2025-06-11", ("Harwick Teachers Union",)) in _rows(text)


@given(st.sampled_from(["a special", "an emergency", "the annual general", "a crowded"]))
def test_a_noun_whose_phrase_names_no_one_leaves_the_subject_its_row(phrase: str) -> None:
    # stop 39, helper `actors10m`: the clause's names, not none, when the noun's own phrase
    # names no one ("will discuss the dispute at a special meeting tomorrow")
    text = f"The Harwick Teachers Union will discuss the offer at {phrase} meeting tomorrow."
    assert ("2025-06-19", ("Harwick Teachers Union",)) in _rows(text)


def test_a_named_event_noun_before_its_date_does_not_take_the_clauses_names() -> None:
    text = "The Kestrel phone was shown by Ana Ruiz at the Harbour Design Conference a week ago."
    rows = _rows(text)
    assert not any(date == "2025-06-11" and "Ana Ruiz" in actors for date, actors in rows)
