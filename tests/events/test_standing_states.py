"""An undated sentence that tells, in the simple present, how a thing is made up, what it
measures or is worth, or how it stands to another thing is no event
(`timeline.events.standing_states.a_standing_state`): neither of the news day nor of a day
before it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import EventSentence
from timeline.events.standing_states import a_standing_state
from timeline.sentences import Sentence
from timeline.syntax import Predicate
from timeline.temporal import Timex

from .helpers import news_events, timex

PUBLISHED = date(2019, 3, 14)


@pytest.mark.parametrize(
    "state",
    [
        "Union workers at Orvel Tool earn $31 an hour.",
        "Orvel Tool's profits equate to 14 cents per share.",
        "Orvel Tool's service contracts provide $20 million a year to suppliers in Ghana.",
        "The Tarno Kestrel kit includes a charger and two lenses.",
        "The new Kestrel camera also features a larger screen and a faster shutter.",
        "Dunmore Growers represents 40 farms in the Ostry valley.",
        "The Kestrel camera weighs 310 grams.",
        "Orvel Tool owes its lenders about $90 million.",
    ],
)
def test_an_undated_state_gives_no_row(state: str) -> None:
    # on its own (the news day) and after a dated sentence (the day it would inherit)
    assert news_events(state, PUBLISHED) == []
    events = news_events(f"Marla Vence visited Orvel Tool on Tuesday. {state}", PUBLISHED)
    assert [e.sentence for e in events] == ["Marla Vence visited Orvel Tool on Tuesday."]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # past, dated, a passive or progressive: left to the other rules
        ("The Orvel Tool deal included two plants in Ohio.", "include"),
        ("Orvel Tool's shares cost $12 on Monday.", "cost"),
        ("Orvel Tool Inc. is offering a refund to its customers.", "offer"),
        # reported by someone: a saying
        ("The Kestrel kit includes a charger, Orvel Tool said.", "include"),
        # possession and size: news timelines date them to the day they are told
        ("Orvel Tool has 300 stores in Ohio.", "have"),
        ("Orvel Tool employs 900 people in Ohio.", "employ"),
        # a state in a relative clause beside the main verb's event
        ("Dunmore Growers, which represents 40 farms, sued Orvel Tool.", "sue"),
    ],
)
def test_other_sentences_with_such_a_verb_keep_their_row(sentence: str, action: str) -> None:
    events = news_events(sentence, PUBLISHED)
    assert events and events[0].action == action


def test_a_quoted_state_said_by_someone_keeps_its_row() -> None:
    events = news_events('"The Kestrel kit includes a charger," said Marla Vence.', PUBLISHED)
    assert [e.actors for e in events] == [("Marla Vence",)]


def _sentence(
    text: str,
    *,
    expressions: tuple[Timex, ...] = (),
    inherited: Timex | None = None,
    on_published: bool = False,
) -> EventSentence:
    return EventSentence(
        Sentence(0, len(text), text, 0),
        expressions=expressions,
        inherited=inherited,
        on_published=on_published,
    )


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_state_is_undated_whatever_day_it_would_take(day: date) -> None:
    text = "The Kestrel kit includes a charger."
    include = Predicate(
        text.index("includes"), text.index("includes") + 8, "include", tense="present"
    )
    inherited = timex("Monday", "Monday", day.isoformat(), day)
    assert a_standing_state(_sentence(text, inherited=inherited), include, [include])
    assert a_standing_state(_sentence(text, on_published=True), include, [include])
    # the same sentence with a date of its own is dated
    own = timex("kit", text, day.isoformat(), day)
    assert not a_standing_state(_sentence(text, expressions=(own,)), include, [include])


def test_a_passive_or_a_progressive_is_no_simple_present() -> None:
    for text, word in [
        ("The kit is offered to members.", "offered"),
        ("Orvel Tool is now offering a refund.", "offering"),
    ]:
        verb = Predicate(text.index(word), text.index(word) + len(word), "offer", tense="present")
        assert not a_standing_state(_sentence(text, on_published=True), verb, [verb])
