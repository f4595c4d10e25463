"""Furniture by its shape: a line of fields, figures, capitals, a label or a link, without a
verb or a stop, is furniture even when no rule knows its kind; a sentence of the story never is."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.line_shape import SHAPE_RULE, furniture_shape, reads_as_sentence, shape_cues


@pytest.mark.parametrize("line", SHAPE_RULE.examples)
def test_every_example_is_furniture_in_a_text(line: str) -> None:
    text = f"Headline\n\n{line}\n\nThe council met on Monday to vote on the harbour plan."
    found = [text[piece.start : piece.end] for piece in furniture(text)]
    assert line in found
    assert "The council met on Monday to vote on the harbour plan." not in found


@pytest.mark.parametrize(
    ("line", "cues"),
    [
        ("TARROW (XLON) 412.6p ▲ 15.2 (+3.8%)", {"fields", "figures", "no stop", "no verb"}),
        ("Annexes: 4.1 Map · 4.2 Budget", {"fields", "label", "no stop", "no verb"}),
        ("Earlier: Ferry fares rise in June (May 3)", {"label", "no stop", "no verb", "stamp"}),
        ("More at www.harbour.example", {"link", "no stop", "no verb"}),
        ("ANA RUIZ, ANCHOR:", {"capitals", "no stop", "no verb", "opener"}),
        ("[APPLAUSE]", {"bracketed", "capitals", "no stop", "no verb"}),
        ("2. OUTLOOK", {"capitals", "figures", "no stop", "no verb"}),
    ],
)
def test_the_cues_of_a_line(line: str, cues: set[str]) -> None:
    assert set(shape_cues(line)) == cues


@pytest.mark.parametrize(
    "line",
    [
        "The benchmark index rose 0.6 percent to 1,352.6 points on Friday.",
        "Shares of Tarrow Ferries jumped 20 percent to 45.60 in their first hour.",
        "Prices rose on Monday | the index fell.",
        "Remittances usually peak in the weeks before Christmas.",
        "Ferry fares rise in June",
        "NEW FARES: what changes for riders",
        "Q3 revenue: $4.1 billion, up 12% from a year earlier.",
        "Results: Tarrow 3, Leith 1; Dunmore 0, Kelso 2.",
        "Vote: 7-2.",
        "THURSDAY, MARCH 3, 2022",
        "20:15 GMT",
        "MONDAY",
        "The ministry said in a statement:",
    ],
)
def test_the_story_and_its_headlines_are_no_furniture_by_shape(line: str) -> None:
    assert not furniture_shape(line)


def test_a_sentence_of_the_story_is_never_furniture_by_its_shape() -> None:
    line = "ACME · the maker of ferries · said on Monday it had sold 12 ships (+20%)."
    assert reads_as_sentence(line)
    assert not furniture_shape(line)


_WORDS = st.sampled_from(
    ["the", "council", "harbour", "fares", "ferry", "plan", "Tarrow", "12", "3.5%", "·", "|"]
)


@given(st.lists(_WORDS, min_size=7, max_size=20), st.sampled_from(["said", "rose", "voted"]))
def test_any_line_with_a_verb_its_stop_and_eight_words_is_the_storys(
    words: list[str], verb: str
) -> None:
    line = " ".join(["The", "board", verb, *words]) + "."
    assert not furniture_shape(line)


def test_the_headline_is_left_to_the_reading_of_titles() -> None:
    text = "Ferry fares rise · What it costs\n\nThe harbour board raised fares on Monday."
    assert furniture(text) == []


@given(st.text(max_size=200))
def test_any_line_is_scored_without_error(line: str) -> None:
    cues = shape_cues(line)
    assert all(points in (1, 2) for points in cues.values())
    assert furniture_shape(line) in (True, False)
