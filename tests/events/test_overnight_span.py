"""Two clocks of a range over a night date their row by the opening clock (the evening the
thing began), not as a span of two days; clocks of one day still make one span. Sentences
written here; the rule is `events/spans._overnight`."""

from __future__ import annotations

from datetime import date

from timeline.events.spans import range_of
from timeline.temporal import Timex


def _clock(text: str, written: str, value: str) -> Timex:
    start = text.index(written)
    day = date.fromisoformat(value[:10])
    return Timex(start, start + len(written), written, "TIME", value, None, "time", day, day)


def test_clocks_over_a_night_make_no_span() -> None:
    text = "Taps in Fernvale ran dry from 10 p.m. on Sunday until 4 a.m. yesterday."
    evening = _clock(text, "10 p.m. on Sunday", "2022-05-01T22:00")
    morning = _clock(text, "4 a.m. yesterday", "2022-05-02T04:00")
    assert range_of(text, evening, [evening, morning]) is None


def test_clocks_of_one_day_make_a_span() -> None:
    text = "The Brackley depot was closed from 9 a.m. until 3 p.m. on Monday."
    nine = _clock(text, "9 a.m.", "2022-05-02T09:00")
    three = _clock(text, "3 p.m. on Monday", "2022-05-02T15:00")
    span = range_of(text, nine, [nine, three])
    assert span is not None and span.date_start == span.date_end == date(2022, 5, 2)


def test_clocks_days_apart_make_a_span_of_those_days() -> None:
    # stop 34: "between Monday night and Wednesday noon" runs over three days, not the night
    # it began; the row is the days, as a range of days is
    text = "Snowploughs in Harrowgate cleared 300 roads between Monday night and Wednesday noon."
    night = _clock(text, "Monday night", "2022-05-02TNI")
    noon = _clock(text, "Wednesday noon", "2022-05-04T12:00")
    span = range_of(text, night, [night, noon])
    assert span is not None
    assert (span.date_start, span.date_end, span.granularity) == (
        date(2022, 5, 2),
        date(2022, 5, 4),
        "day",
    )
