"""A page's own lines (`timeline/boilerplate.py`): pointers to other stories, tag lines, share
rows, calls to subscribe, and the story's sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.boilerplate import is_promo_heading, is_promo_line, is_tag_line
from timeline.furniture import furniture


@pytest.mark.parametrize(
    "line",
    [
        "READ | Bus fares in the metro to rise from June",
        "READ: Shelters in the valley run short of water",
        "Read more: Why the ferry timetable changed",
        "More on this story: What the cut means for your savings",
        "More from Science: Why the tide tables changed",
    ],
)
def test_pointers_to_other_stories(line: str) -> None:
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the full statement, the minister told reporters on Monday.",
        "Readers wrote in their hundreds after the ferry sank in May.",
        "More than 300 workers walked out on Monday.",
        "More on Tuesday, when the council meets again.",
        "Reading: the town council voted on Monday to close the library.",
    ],
)
def test_story_sentences_are_no_pointers(line: str) -> None:
    assert not is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related topics: Interest rates, Inflation, Housing",
        "Related Topics: Tarrow / local elections / courts",
        "Tags: wool, shearing, industrial disputes · Cite this article",
        "Keywords: WHEAT/EXPORTS",
    ],
)
def test_tag_lines(line: str) -> None:
    assert is_tag_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags: the council debated the budget for two hours on Monday.",
        "Tags on the crates showed they came from Tarrow in May.",
        "Keywords matter, the judge said on Friday, and so does context.",
    ],
)
def test_story_sentences_are_no_tag_lines(line: str) -> None:
    assert not is_tag_line(line)


def test_a_related_headline_under_its_heading_is_furniture() -> None:
    assert is_promo_heading("RELATED ARTICLE") and is_promo_heading("More on this story:")
    text = (
        "Ferry operator fined\n\nThe operator was fined on Friday.\n\n"
        "RELATED ARTICLE\nRegulator suspends licences of two river ferries\n\n"
        "The fine will be paid by June."
    )
    assert [text[f.start : f.end] for f in furniture(text)] == [
        "RELATED ARTICLE",
        "Regulator suspends licences of two river ferries",
    ]
