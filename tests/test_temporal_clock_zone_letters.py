"""A clock with its zone, then its day (`joins`, `clock_day`, `patterns.ZONE_IN_WORDS`): a
zone's letters the tagger does not know ("at 10:00 WIB on Thursday") or its name in words
before a conversion in brackets ("at 7 p.m. East Africa Time (1600 GMT) on Saturday") leave
the clock on that day, not on the news day. Invented sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag

_NAMES = {number: name.capitalize() for name, number in WEEKDAYS.items()}


@given(
    st.dates(date(1960, 1, 1), date(2080, 12, 31)),
    st.sampled_from(sorted(_NAMES)),
    st.sampled_from(["WIB", "WITA", "EAT", "CAT"]),
)
def test_a_clock_with_unknown_zone_letters_is_on_the_weekday_after_it(
    published: date, weekday: int, zone: str
) -> None:
    name = _NAMES[weekday]
    text = f"The federation will hold a rally outside the office at 10:00 {zone} on {name}."
    (timex,) = tag(text, published)
    assert timex.text == f"10:00 {zone} on {name}"
    assert timex.date_start is not None and timex.date_start.isoweekday() == weekday
    assert timedelta(0) <= timex.date_start - published < timedelta(days=7)
    assert "T10:00" in timex.value


def test_a_clock_with_its_zone_in_words_and_a_conversion_is_on_the_day_after_them() -> None:
    text = (
        "A pledging evening will be held online at 7 p.m. East Africa Time (1600 GMT) on"
        " Saturday, 1 April."
    )
    found = [(t.text, t.value) for t in tag(text, date(2023, 3, 22))]
    assert found == [
        ("7 p.m.", "2023-04-01T19:00"),
        ("1600 GMT", "2023-04-01T16:00Z"),
        ("Saturday, 1 April", "2023-04-01"),
    ]


def test_capitals_before_a_clock_are_no_zone() -> None:
    # letters before the clock, or not followed by "on" or "at", are no zone of it
    found = [(t.text, t.value) for t in tag("The UN met at 10:00 GMT.", date(2023, 3, 22))]
    assert found == [("10:00 GMT", "2023-03-22T10:00Z")]
