"""In a history, "N units after/before <event>" is a date counted from the event, but after
"for" it says how long: "held the ridge for about a week before falling back" is P1W.
Invented sentences."""

from __future__ import annotations

from timeline.temporal import tag


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, None, narrative=True)]


def test_for_a_week_before_an_event_is_how_long() -> None:
    text = "In May 1702 the Orvane siege began. The garrison held for about a week before leaving."
    assert ("about a week", "DURATION", "P1W") in _values(text)


def test_lasting_two_months_after_is_how_long() -> None:
    text = "In 1702 the Orvane siege began. Riots followed, lasting three months after the fall."
    assert ("three months", "DURATION", "P3M") in _values(text)


def test_without_for_it_stays_a_date_counted_from_the_event() -> None:
    text = "In May 1702 the Orvane siege began. The fort fell two weeks after the siege began."
    assert ("two weeks", "DATE", "1702-05-XX") in _values(text)
