"""Furniture at the end of a paragraph of the story: its last sentences, each a credit, a
pointer or a call to the reader, are furniture; the story's sentences before them are not."""

from __future__ import annotations

import pytest

from timeline.furniture.line_rules import LINE_RULES
from timeline.furniture.trailing import trailing_furniture

from .furniture_found import found_furniture as _found

_STORY = "The harbour board raised ferry fares on Monday, the first rise since 2019."


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("(Reporting by Ana Ruiz; Editing by Jo Lee)", "credit"),
        ("Read more: Ferry fares to rise in June", "promo"),
        ("Sign up for our daily newsletter to get local news in your inbox.", "promo"),
        ("Follow us on Twitter for updates.", "promo"),
        ("Thank you, Ana. After the break: the weather on the coast.", "promo"),
        ("Written by Ama Owusu.", "credit"),
        ("The next digest is out on 3 June.", "promo"),
        ("Next issue: 3 June 2022.", "promo"),
    ],
)
def test_the_furniture_at_the_end_of_a_paragraph(tail: str, kind: str) -> None:
    text = f"Headline\n\n{_STORY} {tail}\n"
    assert _found(text) == [(kind, tail)]


@pytest.mark.parametrize(
    "tail",
    [
        "Fares will rise again in June, the board said.",
        "\u201cA loaf is the cheapest gift there is.\u201d",
        "Tomas Berg, golf writer, was there.",
        "Subscribers to the ferry pass will pay 4 percent more.",
        "Contact with the ferry was lost at noon.",
    ],
)
def test_the_storys_last_sentence_is_the_storys(tail: str) -> None:
    text = f"Headline\n\n{_STORY} {tail}\n"
    assert _found(text) == []


def test_one_sentence_alone_is_read_whole_not_here() -> None:
    assert trailing_furniture("Read more: Ferry fares to rise in June", LINE_RULES) is None
