"""A span of clock hours dates its sentence to the day (`timeline.events.hours`): "open from 6
a.m. to 10 p.m.", "between the hours of 9 a.m. and 9 p.m.", "from 2 to 4 p.m." tell when on
its day a thing goes on, and the row is the day's; a single clock stays a time. Invented
sentences, through the real components."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.hours import at_midnight, bounding_clock, hours_of_a_day
from timeline.sentences import Sentence
from timeline.temporal import Timex

WEDNESDAY = date(1963, 3, 13)


def test_a_span_of_hours_makes_a_row_of_its_day() -> None:
    for text in (
        "The ballot, held at the union hall from 6 a.m. to 10 p.m., drew most of the members.",
        "Dr. Aoife Brennan will hold a clinic in the school on Friday from 2 to 4 p.m.",
        "Polling will take place on Friday between the hours of 9 a.m. and 9 p.m.",
        "A red flag warning is in effect on Friday from noon until 8 p.m.",
    ):
        days = {(e.date_start, e.granularity) for e in news_events(text, WEDNESDAY)}
        assert days and all(granularity == "day" for _, granularity in days), text


def test_a_single_clock_stays_a_time() -> None:
    (event,) = news_events("The polls closed at 9 p.m. on Friday.", WEDNESDAY)
    assert (event.date_start, event.granularity) == (date(1963, 3, 8), "time")


_CLOCKS = st.sampled_from(["6 a.m.", "9", "10.30am", "14:00", "noon", "2", "8 p.m.", "midnight"])


@given(
    _CLOCKS,
    _CLOCKS,
    st.sampled_from(["from {a} to {b}", "between {a} and {b}", "from {a} until {b}"]),
)
def test_either_side_of_a_span_is_hours_of_a_day(first: str, second: str, shape: str) -> None:
    span = shape.format(a=first, b=second)
    text = f"The hall is open {span} on weekdays."
    for side in (first, second):
        at = text.index(side, text.index(span) + (len(span) - len(second) if side == second else 0))
        clock = Timex(at, at + len(side), side, "TIME", "2020-01-01T09:00", granularity="time")
        assert hours_of_a_day(Sentence(0, len(text), text, 0), clock), (text, side)


def test_a_clock_that_bounds_its_clause_makes_a_row_of_its_day() -> None:
    # stop 36 (dates6): done by then, lasting until then, running from then: the day's row
    for text, day in (
        ("Crews had cleared the coast road by 16:30 on Tuesday.", date(1963, 3, 12)),
        ("The ferry tickets are valid until midnight on Sunday.", date(1963, 3, 17)),
        ("The price of paraffin will rise by two pence from midnight tonight.", WEDNESDAY),
        ("Tapping was heard behind the fall on Tuesday shortly before 6 p.m.", date(1963, 3, 12)),
    ):
        rows = {(e.date_start, e.granularity) for e in news_events(text, WEDNESDAY)}
        assert rows == {(day, "day")}, text


@given(
    st.sampled_from(["by", "until", "since", "from", "shortly before", "by about"]),
    _CLOCKS,
)
def test_any_bound_before_any_clock_bounds_its_clause(bound: str, written: str) -> None:
    text = f"The crew worked on the line {bound} {written} on Tuesday."
    start = text.index(written, len("The crew worked on the line "))
    clock = Timex(start, start + len(written), written, "TIME", "1963-03-12T06:00",
                  granularity="time")  # fmt: skip
    sentence = Sentence(0, len(text), text, 0)
    assert bounding_clock(sentence, clock)
    at = text.replace(bound, "at", 1)
    moved = Timex(clock.start - len(bound) + 2, clock.end - len(bound) + 2, written, "TIME",
                  "1963-03-12T06:00", granularity="time")  # fmt: skip
    assert not bounding_clock(Sentence(0, len(at), at, 0), moved)


def test_midnight_makes_a_row_of_its_day() -> None:
    # stop 54 (choice): midnight is the boundary of two days, not an hour of one
    for text, day in (
        ("The new tariff on imported cement came into force at midnight.", WEDNESDAY),
        ("The delegates argued at the town hall until past midnight on Monday.", date(1963, 3, 11)),
        ("Mr. Okafor said the last of the guests left at a quarter past midnight on Tuesday.",
         date(1963, 3, 12)),
        ("The gates of the fairground will be shut at midnight on Friday.", date(1963, 3, 15)),
    ):  # fmt: skip
        rows = {(e.date_start, e.granularity) for e in news_events(text, WEDNESDAY)}
        assert rows == {(day, "day")}, (text, rows)


@given(st.sampled_from(["3 a.m.", "10.30am", "14:00", "noon", "8 p.m.", "11:45 p.m."]))
def test_a_clock_other_than_midnight_stays_a_time(written: str) -> None:
    (event,) = news_events(f"The storm reached the harbour at {written} on Tuesday.", WEDNESDAY)
    assert (event.date_start, event.granularity) == (date(1963, 3, 12), "time")


@given(st.sampled_from(["midnight", "Midnight", "midnight on Friday", "just after midnight"]))
def test_at_midnight_reads_any_midnight(written: str) -> None:
    clock = Timex(0, len(written), written, "TIME", "1963-03-15T24:00", granularity="time")
    assert at_midnight(clock)
