"""The head of an article (`timeline/furniture.py`): the standfirst between the headline and
the byline sums up the story and gives no row; a story with no byline under its headline, or
one whose byline or stamp stands at its foot, keeps every paragraph."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _found(text: str) -> list[tuple[str, str]]:
    return [(piece.kind.value, text[piece.start : piece.end]) for piece in furniture(text)]


@pytest.mark.parametrize(
    ("text", "standfirst"),
    [
        (
            "Ferry operator fined\n\nThe operator cut safety checks for two years, a court heard."
            "\n\nBy Jo Lee\n\nA ferry operator was fined $2m on Friday.",
            "The operator cut safety checks for two years, a court heard.",
        ),
        (
            "Rovers 2-1 City\n\nMatch report as Ruiz scores a late winner at Harbour Lane\n\n"
            "Nina Cole\nFootball Reporter\n\nRovers beat City on Saturday.",
            "Match report as Ruiz scores a late winner at Harbour Lane",
        ),
    ],
)
def test_the_standfirst_over_the_byline(text: str, standfirst: str) -> None:
    assert ("promo", standfirst) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no byline: the paragraph under the headline is the lead
        "Ferry operator fined\n\nA ferry operator was fined $2m on Friday.\n\nIt will appeal.",
        # the stamp at the foot: the story is above it
        "Ferry operator fined\n\nA ferry operator was fined $2m on Friday.\n\n"
        "Published May 3, 2024, 5:02 p.m. ET",
        # three paragraphs before a byline are the story's
        "Ferry operator fined\n\nA ferry operator was fined $2m on Friday.\n\nIt will appeal."
        "\n\nThe fine is the largest this year.\n\nBy Jo Lee\n\nThe court sat in Tarrow.",
    ],
)
def test_a_story_without_a_byline_under_its_headline_keeps_its_paragraphs(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "promo"] == []
