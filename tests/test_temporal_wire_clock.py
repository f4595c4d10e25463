"""Clocks in four figures without a zone (timeline/temporal/wire_clock.py) and the day of a
clock that opens a range (timeline/temporal/ranges.py `clock_range_days`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.wire_clock import four_figure_clock

REFERENCE = date(2021, 5, 18)


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the day or "hours" after the figures: a clock whatever the text
        (
            "The observatory will post its next notice at 1500 today.",
            [("1500 today", "2021-05-18T15:00")],
        ),
        ("The convoy left the depot at 0700 hours.", [("0700 hours", "2021-05-18T07:00")]),
        ("Crews pulled back at 1815hrs.", [("1815hrs", "2021-05-18T18:15")]),
        # a text that writes its clocks in four figures: a bare one after "at" is a clock
        (
            "At 0614 the pumps failed. Engineers restarted them at 1122.",
            [("0614", "2021-05-18T06:14"), ("1122", "2021-05-18T11:22")],
        ),
        (
            "Smoke was seen from about 0505. The fire died down after 1000.",
            [("about 0505", "2021-05-18T05:05"), ("1000", "2021-05-18T10:00")],
        ),
    ],
)
def test_four_figures_that_are_a_clock(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no clock in the text: the figures are a year
        ("The chapel was finished by 1105.", [("1105", "1105")]),
        # a year of modern news stays one, even in a text of four-figure clocks
        (
            "At 0614 the pumps failed. The plant has run since 1998.",
            [("0614", "2021-05-18T06:14"), ("1998", "1998")],
        ),
        ("At 0614 the pumps failed. They are due to be replaced by 2025.", None),
    ],
)
def test_four_figures_that_stay_a_year(text: str, expected: list[tuple[str, str]] | None) -> None:
    values = _values(text)
    if expected is not None:
        assert values == expected
    else:
        assert ("2025", "2025") in values


def test_the_opening_clock_of_a_range_takes_the_closing_clocks_day() -> None:
    text = "Between 0615 and 1140 UTC on Sunday 16 May, the site was down."
    found = tag(text, REFERENCE)
    assert [(t.text, t.date_start) for t in found] == [
        ("0615", date(2021, 5, 16)),
        ("1140 UTC on Sunday 16 May", date(2021, 5, 16)),
    ]
    assert found[0].value == "2021-05-16T06:15"


def test_a_count_of_hours_is_still_a_duration() -> None:
    assert _values("The crew worked for 1600 hours last year.")[0][1] != "2021-05-18T16:00"


@given(st.integers(min_value=0, max_value=2359), st.text(max_size=40))
def test_a_four_figure_clock_never_raises(figures: int, tail: str) -> None:
    text = f"At 0510 it began. It ended at {figures:04d}{tail}"
    start = text.index(f"{figures:04d}", 20)
    assert isinstance(four_figure_clock(text, start, start + 4), bool)
    tag(text, REFERENCE)
