"""The modal "may" looks ahead as "might" does; the month "May" is written with its capital
(`timeline.temporal.tense`), with invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.tense import clause_tense


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in tag(text, published)]


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_a_season_after_may_is_the_coming_one(published: date) -> None:
    # written in any month, "may ... in the spring" is the first spring not over by then
    # (March to May), as with "might"
    for modal in ("may", "might"):
        values = _values(f"Ada Roe {modal} apply for parole in the spring.", published)
        expected = published.year if published.month <= 5 else published.year + 1
        assert values == [f"{expected}-SP"]


@pytest.mark.parametrize(
    ("text", "written", "tense"),
    [
        ("Friends may call at the hall on Thursday.", "Thursday", "future"),
        ("The council may meet again in March.", "March", "future"),
        ("The plant closed in May and reopened on Monday.", "Monday", "past"),
        ("Ivo Marsh may have left on Monday.", "Monday", "past"),
    ],
)
def test_the_tense_may_gives(text: str, written: str, tense: str | None) -> None:
    start = text.index(written)
    assert clause_tense(text, start, start + len(written)) == tense
