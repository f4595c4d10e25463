"""The last time a thing went as far, after "the most" or "the fewest" ("the most for a bond
sale since 2015"), is what the news is compared with, not when it happened. Invented
sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.date_roles import compared_with
from timeline.sentences import Sentence
from timeline.temporal import Timex


def _compared(text: str, written: str) -> bool:
    at = text.index(written)
    timex = Timex(at, at + len(written), written, "DATE", written)
    return compared_with(Sentence(0, len(text), text, 0), timex)


def test_the_most_since_a_year_is_a_comparison() -> None:
    assert _compared("The bond sale drew 40 bids, the most for a utility since 2015.", "2015")


def test_the_fewest_since_a_month_is_a_comparison() -> None:
    assert _compared("Only 12 ships called, the fewest in a week since March.", "March")


def test_a_state_since_a_day_is_no_comparison() -> None:
    assert not _compared("The quarry has been shut since March.", "March")


@given(st.sampled_from(["most", "fewest"]), st.integers(1950, 2090))
def test_any_year_after_most_since_is_compared(word: str, year: int) -> None:
    assert _compared(f"Turnout was the {word} for a by-election since {year}.", str(year))
