"""Dates counted from an event the sentence points back to (`timeline.events.offsets`)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.offsets import counted_from_event
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events


def _count(text: str, written: str, value: str) -> Timex:
    start = text.index(written)
    return Timex(start, start + len(written), written, "DURATION", value)


def test_an_opening_count_from_the_story_s_event_moves_the_day_the_story_told() -> None:
    events = news_events(
        "Kestrel Air said on Wednesday that it would cut 900 jobs. A day before the "
        "announcement, Kestrel Air said it was cancelling a deal to sell its cargo arm.",
        date(2009, 11, 5),
    )
    cancelling = [e for e in events if "cancelling" in e.sentence]
    assert [(e.date_start, e.granularity) for e in cancelling] == [(date(2009, 11, 3), "day")]


def test_without_a_day_told_before_the_count_dates_nothing() -> None:
    events = news_events(
        "A day after the storm, crews from Harlan Power restored most lines.", date(2009, 5, 15)
    )
    # the storm's day is not known: the sentence is news of the publication day
    assert [(e.date_start, e.anchor) for e in events] == [(date(2009, 5, 15), "published")]


def test_counts_inside_the_sentence_or_without_an_event_stay_durations() -> None:
    for text, written in [
        ("Kestrel's move comes a day after Morrow Lines released its list.", "a day"),
        ("A day before, the board met.", "A day"),  # no event named
        ("Two weeks after the vote the count went on.", "Two weeks"),  # no comma: no opening
    ]:
        count = _count(text, written, "P1D" if "day" in written else "P2W")
        sentence = Sentence(0, len(text), text, 0)
        assert counted_from_event(sentence, [count], date(2009, 5, 14)) == [count]


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["before", "after"]),
)
def test_a_count_of_days_lands_that_many_days_away(day: date, days: int, rel: str) -> None:
    text = f"{days} days {rel} the vote, the minister resigned."
    sentence = Sentence(0, len(text), text, 0)
    (dated,) = counted_from_event(sentence, [_count(text, f"{days} days", f"P{days}D")], day)
    moved = day + timedelta(days=days if rel == "after" else -days)
    assert (dated.date_start, dated.date_end, dated.value) == (moved, moved, moved.isoformat())
    assert text[dated.start : dated.end] == dated.text == f"{days} days {rel} the vote"
