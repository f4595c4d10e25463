"""Bylines and stamps (`timeline/furniture/bylines.py`): a writer's name alone under the headline,
and the story's lines of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.furniture.bylines import is_name_alone

from .furniture_found import found_furniture as _found


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "Ferry fares to rise\n\nMarta Quist Oyelaran\n\n12 May 2024 09:10PM",
            "Marta Quist Oyelaran",
        ),
        (
            "Ferry fares to rise\n\nThe operator says fuel costs have doubled\n\nMarta Quist",
            "Marta Quist",
        ),
        ("Ferry fares to rise\n\nBookmark\nShare\n\nLin Wei Ming", "Lin Wei Ming"),
    ],
)
def test_a_name_alone_under_the_headline_is_the_byline(head: str, name: str) -> None:
    text = f"{head}\n\nThe operator raised fares on Monday, the council said."
    assert ("byline", name) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a name after the story's first sentence is the story's (a heading, a speaker)
        "Ferry fares to rise\n\nThe operator raised fares on Monday, the council said.\n\n"
        "Marta Quist\n\nShe said the rise was fair.",
        # the headline itself
        "Marta Quist\n\nThe operator raised fares on Monday, the council said.",
    ],
)
def test_a_name_in_the_story_or_the_headline_is_no_byline(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Marta Quist Oyelaran", True),
        ("Ciarán B Briain", False),  # a one-letter word: not taken
        ("Ciarán Ó Briain", True),  # unless it is a name's particle (Irish "Ó", stop 42)
        ("Sigríður Þórhallsdóttir", True),  # letters of any Latin script
        ("Łucja Wiśniewska", True),
        ("Dana El-Masri", True),
        ("Seán O'Dowd", True),
        ("Ana Maria dos Reis", True),  # a particle between the name's words
        ("dos Reis Lima", False),
        ("Lin Wei Ming", True),
        ("LOCAL NEWS", False),
        ("The Long Read", False),
        ("Friday Evening", False),
        ("Ferry Fares To Rise Again Soon", False),
        ("Marta Quist said.", False),
    ],
)
def test_the_shape_of_a_name_alone(line: str, alone: bool) -> None:
    assert is_name_alone(line) is alone
