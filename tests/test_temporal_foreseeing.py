"""A past form of foreseeing ("said they expected a cut in the third quarter", "forecast a
recovery in March") looks ahead: what was foreseen is still to come at the news day. Not a
past perfect, a passive, a comparison or a noun ("had expected", "than analysts expected",
"its forecast for"). Sentences written here; the rule is `temporal/foreseeing.py`."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.tense import clause_tense

_ORDINALS = ("first", "second", "third", "fourth")
_VERBS = ("expected", "forecast", "predicted", "projected", "anticipated")


def _quarters(text: str, published: date) -> list[str]:
    return [t.value for t in tag(text, published) if "-Q" in t.value]


@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
    number=st.integers(min_value=1, max_value=4),
    verb=st.sampled_from(_VERBS),
)
def test_a_quarter_foreseen_is_not_over(published: date, number: int, verb: str) -> None:
    """The quarter foreseen is this one or one still ahead, never one gone by."""
    quarter = _ORDINALS[number - 1]
    text = f"Analysts at Pellow Capital said they {verb} a first rate cut in the {quarter} quarter."
    current = (published.month - 1) // 3 + 1
    year = published.year + (1 if number < current else 0)
    assert _quarters(text, published) == [f"{year:04d}-Q{number}"]


@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
    number=st.integers(min_value=1, max_value=4),
)
def test_a_quarter_expected_before_is_a_past_one(published: date, number: int) -> None:
    """ "had expected" tells what was foreseen before a past: the quarter is not ahead."""
    text = f"Economists had expected a rate cut in the {_ORDINALS[number - 1]} quarter."
    current = (published.month - 1) // 3 + 1
    year = published.year - (1 if number > current else 0)
    assert _quarters(text, published) == [f"{year:04d}-Q{number}"]


@pytest.mark.parametrize(
    ("text", "written", "tense"),
    [
        ("The Dunmore mill said it expected a recovery in March.", "March", "future"),
        ("Brokers forecast a firmer market on Friday, the exchange said.", "Friday", "future"),
        ("Sales were weaker than analysts predicted in March.", "March", "past"),
        ("Traders had anticipated a rebound on Friday.", "Friday", "past"),
        ("The agency's forecast, issued on Monday, sees rain before November.", "November", None),
        ("Its forecast for March was cut on Friday.", "Friday", "past"),
    ],
)  # fmt: skip
def test_the_tense_a_foreseeing_word_gives(text: str, written: str, tense: str | None) -> None:
    start = text.index(written)
    assert clause_tense(text, start, start + len(written)) == tense
