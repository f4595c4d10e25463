"""The learned furniture model's shape features (stop 48): a line set twice on the page, a name
alone, a clock alone, a short label and its colon, a line in brackets, the share of marks, where
the story's sentences are around it. Invented pages in the shapes of several outlets."""

from __future__ import annotations

import pytest

from timeline.furniture.learned import _shape, features, line_units

_STORY = (
    "The harbour board voted on Monday to raise berthing fees by a tenth from next spring.",
    "Ferry operators said the rise would be passed on to passengers within the year.",
    "The board said the money would pay for dredging the channel and new lights.",
)


def _page(head: list[str], foot: list[str]) -> tuple[str, int]:
    """An invented page: `head` lines, the story's three paragraphs, `foot` lines; and the
    number of the first foot line."""
    text = "\n".join(head) + "\n\n" + "\n\n".join(_STORY) + "\n\n" + "\n".join(foot)
    return text, len(head) + len(_STORY)


def _shape_of(text: str, number: int) -> dict[str, float]:
    return _shape(text, line_units(text), number)


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        (["Fees to rise at the harbour", "Mara Quill"], ["Mara Quill", "Ports reporter"]),
        (["THE TARROW LEDGER", "Harbour fees up"], ["THE TARROW LEDGER", "All rights reserved"]),
        (["Coastal Radio News", "Berthing fees"], ["Coastal Radio News"]),
    ],
)
def test_a_line_the_page_sets_twice_is_repeated(head: list[str], foot: list[str]) -> None:
    text, first_foot = _page(head, foot)
    assert _shape_of(text, first_foot)["shape:repeated"] == 1.0
    assert _shape_of(text, len(head))["shape:repeated"] == 0.0  # the story's first sentence


@pytest.mark.parametrize("line", ["10:47pm", "11.30 GMT", "0930 GMT", "9:05 a.m.", "(14:20)"])
def test_a_clock_alone(line: str) -> None:
    text, first_foot = _page(["Live: the harbour vote"], [line])
    assert _shape_of(text, first_foot)["shape:clock"] == 1.0


@pytest.mark.parametrize(
    "line", ["Note: figures are provisional", "IN SHORT: fees up", "Source: board minutes"]
)
def test_a_short_label_and_its_colon(line: str) -> None:
    text, first_foot = _page(["Fees to rise"], [line])
    assert _shape_of(text, first_foot)["shape:label"] == 1.0


def test_where_the_story_stands_around_a_line() -> None:
    text, first_foot = _page(["Fees to rise", "Mara Quill"], ["Mara Quill", "[Ends]"])
    byline, sign_off = _shape_of(text, 1), _shape_of(text, first_foot)
    end_mark = _shape_of(text, first_foot + 1)
    assert (byline["shape:storyabove"], byline["shape:storybelow"]) == (0.0, 1.0)
    assert byline["shape:nextstory"] == 1.0 and byline["shape:name"] == 1.0
    assert (sign_off["shape:storyabove"], sign_off["shape:storybelow"]) == (1.0, 0.0)
    assert sign_off["shape:prevstory"] == 1.0
    assert end_mark["shape:bracketed"] == 1.0 and end_mark["shape:marks"] > 0.3
    story = _shape_of(text, 3)
    assert story["shape:name"] == story["shape:label"] == story["shape:clock"] == 0.0


def test_the_shape_features_are_the_models_features() -> None:
    text, first_foot = _page(["Fees to rise"], ["Mara Quill"])
    found = features(text, line_units(text), first_foot)
    assert {key for key in found if key.startswith("shape:")} >= {
        "shape:repeated",
        "shape:name",
        "shape:storyabove",
    }
