"""The learned furniture-line model behind the rules: it finds furniture lines by their shape,
leaves the story's sentences (even one written like a caption) as content, only ever adds
furniture outside the rules' spans, and scores an article in a few milliseconds."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import FurnitureKind, furniture
from timeline.furniture.learned import (
    THRESHOLD,
    _model,
    features,
    learned_furniture,
    line_units,
    probability,
)
from timeline.furniture.story import story_furniture

_ABOVE = "The port reopened on Monday after a week of strikes, officials said."
_BELOW = "Trade resumed on Tuesday as the first ships arrived at the harbour."
_LAST = "Dock workers said they would vote on the new contract next week, the union said."


def _article(line: str) -> str:
    """An invented article of four paragraphs with `line` as its second."""
    return f"{_ABOVE}\n\n{line}\n\n{_BELOW}\n\n{_LAST}"


def _line_probability(text: str, number: int) -> float:
    lines = line_units(text)
    return probability(features(text, lines, number))


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our weekly farming newsletter",
        "Photograph: Tomas Berg for the Valley Courier",
        "Follow us on social media for the latest updates",
        "Share this article",
        "Edited by Paul Kerrigan",
        "Click here to subscribe",
        "Comments (12)",
        "Most read",
    ],
)
def test_furniture_lines_are_found_by_the_model(line: str) -> None:
    text = _article(line)
    assert _line_probability(text, 1) >= THRESHOLD
    found = [text[f.start : f.end] for f in learned_furniture(text, [])]
    assert found == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the new ferry timetable on Tuesday, the mayor said.",
        "Farmers in the valley harvested a record crop of barley last autumn.",
        "Residents gathered outside the town hall on Friday to protest the closure.",
        # content sentences written like captions stay content
        "A photo shows the minister shaking hands with union leaders in March.",
        "Photographs taken by the museum in 1998 show the bridge before the flood.",
        "Courtesy of the river, the town kept its mills running until 1960.",
    ],
)
def test_content_sentences_stay_content(line: str) -> None:
    text = _article(line)
    assert _line_probability(text, 1) < THRESHOLD
    assert story_furniture(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a short text's last sentence, which the model scores high by its place alone
        f"{_ABOVE}\n\nFarmers harvested a record crop.\n\n{_BELOW}",
        # a line that is only a date: the story's day, inherited by the sentences below it
        f"May 07, 2009\n\n{_ABOVE}\n\n{_BELOW}",
        f"{_ABOVE}\n\n{_BELOW}\n\n3 March 2021",
    ],
)
def test_a_story_sentence_or_a_date_line_is_left_to_the_rules(text: str) -> None:
    assert [piece for piece in story_furniture(text) if piece.kind is FurnitureKind.LEARNED] == []


def test_a_line_the_rules_took_keeps_the_rules_kind() -> None:
    text = _article("Sign up for our weekly farming newsletter")
    assert story_furniture(text) == furniture(text)
    assert all(piece.kind is not FurnitureKind.LEARNED for piece in story_furniture(text))


_LINES = st.sampled_from(
    [
        _ABOVE,
        _BELOW,
        "By Jane Doe, Staff Writer",
        "Sign up for our weekly farming newsletter",
        "Share this article",
        "Comments (12)",
        "Photograph: Tomas Berg for the Valley Courier",
        "NEW YORK — Stocks fell on Monday.",
        "Most read",
        "Reporting by Ana Ruiz; Editing by Paul Kerrigan",
        "The mill closed in 1960.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
def test_backing_only_adds_furniture_outside_the_rules(lines: list[str], gap: str) -> None:
    text = gap.join(lines)
    rules = furniture(text)
    backed = story_furniture(text)
    assert [piece for piece in backed if piece.kind is not FurnitureKind.LEARNED] == rules
    for piece in backed:
        if piece.kind is FurnitureKind.LEARNED:
            assert not any(r.start < piece.end and piece.start < r.end for r in rules)
    assert all(a.end <= b.start for a, b in itertools.pairwise(backed))


def test_the_model_loads_and_scores_an_article() -> None:
    # its cost is timed in benchmarks/bench_furniture_model.py, not here
    weights, _ = _model()
    assert 100 < len(weights) <= 10000
    text = "\n\n".join(
        [
            "Harbour strike ends",
            "By Jane Doe",
            _ABOVE,
            "Photograph: Tomas Berg for the Valley Courier",
            _BELOW,
            "Sign up for our weekly farming newsletter",
            *[_LAST] * 20,
            "Share this article",
        ]
    )
    found = learned_furniture(text, [])
    assert all(0 <= piece.start < piece.end <= len(text) for piece in found)
