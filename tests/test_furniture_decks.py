"""Stop 50 (helper `furniture`): a magazine's deck between its headline and the line naming its
writer, under a masthead, a section's label or a tagline (`timeline.furniture.decks`). Every page
is invented, in the shapes of a trade monthly, a culture magazine and a web feature."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture

DECK = "The ferries left in May. Now a café wants the old pier."
STORY = (
    "When the last ferry left Tarrow on May 3, the pier went quiet.\n\n"
    "The council will vote on the café's lease on Monday, the mayor said.\n"
)

PAGES = [
    # a trade monthly: its name and its issue over the headline, the byline under the deck
    f"QUAY MONTHLY | June 2024\nTHE TRADES\nThe pier that would not close\n{DECK}\n"
    f"By Jo Lee\n\n{STORY}",
    # a culture magazine: its name, its tagline and its section, blank lines between
    f"ONDA QUAY\nThe magazine of harbour life\nJune 2024 · Business\n\n"
    f"The pier that would not close\n\n{DECK}\n\nBy Jo Lee · 6 min read\n\n{STORY}",
    # a web feature: the headline first, then its masthead and its credit of words and pictures
    f"The pier that would not close\n\nQUAY WORKS -- The magazine of ports\n\n{DECK}\n\n"
    f"Words: Jo Lee | Photographs: Ana Ruiz\n\n{STORY}",
]


@pytest.mark.parametrize("page", PAGES)
def test_a_deck_over_its_writer_is_furniture(page: str) -> None:
    start = page.index(DECK)
    assert any(f.start <= start and f.end >= start + len(DECK) for f in furniture(page))


@pytest.mark.parametrize("page", PAGES)
def test_the_story_under_the_writer_stays(page: str) -> None:
    for sentence in STORY.split("\n\n"):
        start = page.index(sentence.strip())
        assert not any(f.start < start + 10 and f.end > start for f in furniture(page))


def test_a_story_sentence_above_the_byline_is_no_deck() -> None:
    page = (
        "Pier to close\n\nThe council voted on Monday to close the pier.\n\n"
        "Traders said they would fight the plan.\n\n"
        "The ferries left in May, and the café wants the lease.\n\nBy Jo Lee\n\nIt said so.\n"
    )
    line = "The ferries left in May, and the café wants the lease."
    start = page.index(line)
    assert not any(f.start <= start and f.end >= start + len(line) for f in furniture(page))
