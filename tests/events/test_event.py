"""The event value (`timeline.events.event`): validation, stable ids, evidence offsets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.events import Event, event_id

from .helpers import TEXT, example_events

_VALID = Event(
    event_id="x",
    doc_id="d",
    sentence="s",
    sentence_start=0,
    sentence_end=1,
    paragraph=0,
    anchor="explicit",
    date_start=None,
    date_end=None,
    granularity=None,
    date_text="",
    date_value="",
    date_text_start=None,
    date_text_end=None,
)


def test_evidence_offsets_slice_the_text() -> None:
    for event in example_events():
        assert TEXT[event.sentence_start : event.sentence_end] == event.sentence
        assert event.date_text_start is not None and event.date_text_end is not None
        assert TEXT[event.date_text_start : event.date_text_end] == event.date_text


def test_event_ids_are_stable_and_distinct() -> None:
    first = [e.event_id for e in example_events()]
    assert first == [e.event_id for e in example_events()]
    assert len(set(first)) == len(first)
    assert event_id("a", 1, 2, 3) != event_id("a", 1, 2, 4)


def test_event_validation() -> None:
    with pytest.raises(ValueError, match="anchor"):
        replace(_VALID, anchor="guessed")


def test_event_validates_granularity_dates_and_actors() -> None:
    with pytest.raises(ValueError, match="granularity"):
        replace(_VALID, granularity="fortnight")
    with pytest.raises(ValueError, match="after"):
        replace(_VALID, date_start=date(2023, 10, 24), date_end=date(2023, 10, 23))
    with pytest.raises(ValueError, match="same length"):
        replace(_VALID, actors=("Antony Blinken",))
    assert replace(_VALID, granularity="day").granularity == "day"
