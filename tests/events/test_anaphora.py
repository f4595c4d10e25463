""" "He" and "the pair" taking earlier persons (`timeline.events.anaphora`)."""

from __future__ import annotations

from datetime import date

from timeline.events import has_anaphor

from .helpers import news_events


def test_has_anaphor_reads_the_words_of_the_anaphors_table() -> None:
    assert has_anaphor("One year later he was fired.")
    assert has_anaphor("The pair renewed a pact.")
    assert has_anaphor('"Both signed," she said.')
    assert not has_anaphor("The helicopter landed.")  # "he" inside a word


def test_he_points_to_the_one_person_before() -> None:
    events = news_events(
        "Steve Jobs returned to Apple on Monday. He announced the iPod.", date(2005, 6, 8)
    )
    assert [e.actors[:1] for e in events] == [("Steve Jobs",), ("Steve Jobs",)]
    assert events[1].anchor == "inherited"


def test_he_goes_on_meaning_the_person_an_earlier_he_stood_for() -> None:
    events = news_events(
        "Tim Cook became chief executive on Monday. He also stood in Steve Jobs' place in "
        "2009. He received $59 million.",
        date(2011, 8, 25),
    )
    received = next(e for e in events if e.action == "receive")
    assert received.actors == ("Tim Cook",)
