""" "The fall" with no year or relative word is autumn only after a preposition of time or
before a noun of time; elsewhere it is a drop, the noun of "fell" ("blamed the fall on a
strike", "the fall in prices": `timeline.temporal.detect_context._fall_is_autumn`). Invented
sentences of several outlet shapes and decades."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

PUBLISHED = date(1984, 5, 9)


def _found(text: str) -> list[str]:
    return [t.text.lower() for t in tag(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The chairman blamed the fall on a two-week strike at the smelter.",
        "Dealers said the fall was a matter of nerves, not of figures.",
        "The fall in copper prices cut the mine's profit by a third.",
        "Shares recovered after the fall in the yen, traders said.",
        "Analysts put the fall down to weaker demand from China.",
    ],
)
def test_the_fall_of_a_price_is_no_season(text: str) -> None:
    assert "the fall" not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plant will open in the fall.",
        "Talks will not resume until the fall, a spokesman said.",
        "Sales slowed through the fall and the winter.",
        "Work on the bridge should be finished by the fall.",
        "The board expects the dispute to drag on into the fall.",
        "The fall term begins late because of the flood.",
        "The company will open a second plant in the fall in Racine.",
    ],
)
def test_the_fall_as_a_time_is_kept(text: str) -> None:
    assert "the fall" in _found(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The fall of 1998 was the wettest on record.", "the fall of 1998"),
        ("Last fall the mill cut 200 jobs.", "last fall"),
        ("It hired 40 people this fall.", "this fall"),
    ],
)
def test_the_fall_with_a_year_or_relative_word_is_always_a_season(text: str, written: str) -> None:
    assert written in _found(text)
