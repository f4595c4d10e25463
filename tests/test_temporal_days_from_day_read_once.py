"""The expressions inside a day counted from a named day, dropped by a set and the furthest end
of the spans made (`timeline/temporal/days_from_day._without_parts_of_made`, stop 35): the same
expressions as reading the found and the made lists again for each expression."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import days_from_day
from timeline.temporal.days_from_day import _without_parts_of_made
from timeline.temporal.tag import tag
from timeline.temporal.timex import Timex


def _by_reading_all(result: Sequence[Timex], found: Sequence[Timex]) -> list[Timex]:
    """The last step of `days_from_days` as it was."""
    made = [t for t in result if t not in found]
    return [
        t
        for t in result
        if t in made or not any(m.start <= t.start and t.end <= m.end for m in made)
    ]


@st.composite
def _timex(draw: st.DrawFn) -> Timex:
    start = draw(st.integers(0, 40))
    end = start + draw(st.integers(0, 12))
    value = draw(st.sampled_from(["2023-12-25", "2023-12-27", "P2D", "2024"]))
    return Timex(start, end, "x" * (end - start), "DATE", value)


@settings(max_examples=500)
@given(
    st.lists(_timex(), max_size=14),
    st.lists(st.one_of(st.none(), _timex(), st.integers(0, 13)), max_size=14),
)
def test_the_parts_of_made_days_dropped_by_sets_are_the_ones_dropped_by_reading_all(
    found: list[Timex], replaced: list[Timex | int | None]
) -> None:
    result = list(found)
    for index, made in enumerate(replaced[: len(result)]):
        if isinstance(made, Timex):
            result[index] = made  # a day counted anew
        elif isinstance(made, int) and found:
            result[index] = found[made % len(found)]  # one equal to another found
    assert _without_parts_of_made(result, found) == _by_reading_all(result, found)


_PHRASES = [
    "the day after Christmas",
    "two days after Christmas",
    "three weeks before May 3",
    "the Friday after Ascension Day",
    "on May 3",
    "on Monday",
    "last year",
    "two days",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=12))
def test_days_counted_from_days_in_a_text_are_tagged_as_by_reading_all(phrases: list[str]) -> None:
    text = " ".join(f"Shops reopened {phrase}." for phrase in phrases)
    tagged = tag(text, date(2024, 1, 6))
    with patch.object(days_from_day, "_without_parts_of_made", _by_reading_all):
        assert tag(text, date(2024, 1, 6)) == tagged
    assert "the day after Christmas" not in phrases or any(
        t.text == "the day after Christmas" and t.value == "2023-12-26" for t in tagged
    )
