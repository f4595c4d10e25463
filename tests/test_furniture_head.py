"""The head of an article (`timeline/furniture/__init__.py`): the standfirst between the headline
and the byline sums up the story and gives no row; a story with no byline under its headline, or
one whose byline or stamp stands at its foot, keeps every paragraph. A page's code before its
headline ("LIVE: ...") is no dateline; the bylines that name a desk, a field's label or a
photographer."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.kinds import FurnitureKind

from .furniture_found import found_furniture as _found


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
        (
            # a stamp over the line that names the writer: the block names its writer
            "Clinic shuts its doors\n\nThe clinic closed its ward on Friday. Staff moved out.\n\n"
            "Date 04.05.2024\nAuthor Jo Lee (with agencies)\n\nThe clinic in Tarrow closed.",
            "The clinic closed its ward on Friday. Staff moved out.",
        ),
        (
            "The last kiln\n\nFor sixty years the Roe family fired their pots with pine.\n\n"
            "Words by Ana Ruiz · Photographs by Lê Văn Đức\n\nThe kiln sits on a hill.",
            "For sixty years the Roe family fired their pots with pine.",
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


@pytest.mark.parametrize(
    "headline",
    [
        "LIVE: Tarrow election 2024 - results as they come in, seat by seat",
        "BREAKING: Fire closes the harbour road at Lenz as crews fight the blaze",
        "VIDEO: The storm reaches the coast at Lenz, seen from the harbour wall",
    ],
)
def test_a_page_s_code_before_its_headline_is_no_dateline(headline: str) -> None:
    text = f"{headline}\n\nPolls closed at 9pm on Monday."
    assert [kind for kind, _ in _found(text) if kind == "dateline"] == []


@pytest.mark.parametrize(
    "line",
    [
        "By our correspondent",
        "By a Staff Reporter",
        "By the Harbour Desk",
        "Author: Jo Lee",
        "Author Jo Lee (with agencies)",
        "Words by Ana Ruiz · Photographs by Lê Văn Đức",
        "Portraits by Ana Ruiz for Fieldbook",
        "By political reporter Jo Lee",
        "By chief economics correspondent Jo Lee",
    ],
)
def test_a_byline_that_names_a_desk_a_label_or_a_photographer(line: str) -> None:
    text = f"Clinic shuts\n\n{line}\n\nThe clinic closed on Friday."
    assert _found(text) == [("byline", line)]


@pytest.mark.parametrize(
    "line",
    [
        "By the time the ward closed, staff had moved out.",
        "By our count, 40 patients moved on Friday.",
        "Author Jo Lee said the book would be out in May.",
        "Photographs by the river show the flood on Friday.",
        "By senior officials' count, 40 patients moved on Friday.",
    ],
)
def test_a_sentence_that_opens_like_a_byline_is_the_story_s(line: str) -> None:
    assert _found(f"Clinic shuts\n\n{line}") == []


@pytest.mark.parametrize(
    "slug",
    [
        "CONTINENTAL PRESS — SPORTS WIRE — HARBOUR BUREAU",
        "NORTHERN WIRE - BUSINESS DESK - LAGOS",
        "AM-Rail-Strike — URGENT",
    ],
)
def test_a_desk_slug_in_capitals_does_not_hide_the_dateline_under_it(slug: str) -> None:
    """A desk's slug of capitals and dashes above the story is no dateline: the run-in
    dateline on the next line is, and its city names no actor."""
    text = (
        f"Rail union calls strike\n{slug}\nVALDORA, Oct. 12 (NW) — The rail union on "
        "Wednesday called a strike for Friday.\n\nTrains ran as normal on Tuesday."
    )
    kinds = {(f.kind, text[f.start : f.end]) for f in furniture(text)}
    assert (FurnitureKind.DATELINE, "VALDORA, Oct. 12 (NW) — ") in kinds
