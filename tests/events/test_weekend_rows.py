"""A row dated by a weekend ("over the weekend", "this weekend", "last weekend") is at a
week's precision and spans that whole ISO week, Monday to Sunday, as gold writers of every era
date it; its value keeps the weekend (2021-W22-WE). Sentences written here; the rule is in
`events/event.dated_event` (stop 32)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.events.event import dated_event
from timeline.kinds import Anchor
from timeline.sentences import Sentence
from timeline.temporal import tag

from .helpers import news_events


def test_a_weekend_row_is_its_week() -> None:
    (row,) = news_events(
        "Ticketing at Brennock Rail failed over the weekend, the operator said.",
        date(2021, 6, 8),
    )
    assert row.date_value == "2021-W22-WE"
    assert (row.date_start, row.date_end, row.granularity) == (
        date(2021, 5, 31),
        date(2021, 6, 6),
        "week",
    )


@settings(max_examples=40, deadline=None)
@given(st.dates(date(1900, 1, 8), date(2090, 12, 20)), st.sampled_from(["last", "this", "next"]))
def test_every_weekend_row_runs_monday_to_sunday_around_its_weekend(
    published: date, relation: str
) -> None:
    text = f"The Kessin ferry ran a late service {relation} weekend."
    (timex,) = [t for t in tag(text, published) if "weekend" in t.text]
    sentence = Sentence(0, len(text), text, 0)
    row = dated_event(Document("k", text), sentence, timex, Anchor.EXPLICIT, [], [])
    assert row.date_start is not None and row.date_end is not None
    assert timex.date_start is not None
    assert row.date_start.weekday() == 0 and row.date_end - row.date_start == timedelta(days=6)
    assert row.date_start <= timex.date_start <= row.date_end
