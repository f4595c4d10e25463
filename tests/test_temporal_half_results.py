"""A bare "the first half" is a half year when a company's results stand before it in its
clause, and stays out in a game's report."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

_REF = date(2025, 9, 10)


def _found(text: str) -> list[tuple[str, str]]:
    return [(timex.text, timex.value) for timex in tag(text, _REF)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The brewer's net profit in the first half climbed 7%.", "2025-H1"),
        ("Turnover slipped by a fifth in the first half, the chain said.", "2025-H1"),
        ("The miner’s output during the first half was above forecasts.", "2025-H1"),
        ("Operating losses narrowed in the first half.", "2025-H1"),
    ],
)
def test_results_before_a_bare_half(text: str, value: str) -> None:
    assert ("the first half", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice in the second half.",
        "After a 3-0 loss last week, the side rallied in the second half.",
        # results in the sentence before do not reach across its end
        "Sales rose. The visitors equalised in the first half.",
    ],
)
def test_a_game_half_stays_out(text: str) -> None:
    assert not any(found.endswith("half") for found, _ in _found(text))
