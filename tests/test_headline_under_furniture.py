"""A headline under the page's furniture is no event (issue 13, stop 34): when the text's first
line is furniture (a masthead with its day, a section's label, a release's label), the first
line of the story with a headline's shape, a few words and no sentence's stop, is the headline
("Ferry fares rise as fuel costs bite" under "HARBOUR DAILY | Monday, 16 August 2004"), and it
restates the lead as a headline under the title does. A lead written as a sentence is still
the story's.

The fixtures are written here: invented papers, places and bodies."""

from __future__ import annotations

import pytest

from timeline.documents import parse_bytes
from timeline.events.headlines import headline_number
from timeline.furniture import without_furniture
from timeline.pipeline import extract
from timeline.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    docs, _ = parse_bytes("story.txt", text.encode())
    return list(extract(docs, workers=1).table["sentence"])


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("HARBOUR DAILY | Monday, 16 August 2004", "Ferry fares rise as fuel costs bite"),
        ("NEWS RELEASE\nFor immediate release", "Quay Council opens new ferry terminal at Tarrow"),
        ("NEWS IN BRIEF | Shipping", "Tarrow pilots win pay rise after week-long stoppage"),
        (
            "QUAY TRADE RECORD — FRIDAY, MARCH 8, 1968 — PAGE 14",
            "Tarrow net makers count the cost of the new quota",
        ),
    ],
)
def test_a_headline_under_the_furniture_is_no_event(head: str, headline: str) -> None:
    text = (
        f"{head}\n\n{headline}\n\nThe Quay Ferry Company said on Monday that fares on its "
        "Tarrow routes would rise by 9 per cent from 1 September.\n\nThe company last raised "
        "its fares in March 2003.\n"
    )
    rows = _sentences(text)
    assert not any(sentence.startswith(headline[:20]) for sentence in rows)
    assert any(sentence.startswith("The Quay Ferry Company said") for sentence in rows)


def test_a_lead_written_as_a_sentence_stays_the_story_s() -> None:
    text = (
        "HARBOUR DAILY | Monday, 16 August 2004\n\nThe Quay Ferry Company raised its fares by "
        "9 per cent on Monday.\n\nThe company last raised its fares in March 2003.\n"
    )
    assert any(
        sentence.startswith("The Quay Ferry Company raised") for sentence in _sentences(text)
    )


@pytest.mark.parametrize(
    "first",
    [
        "Fares rise 9 per cent on Monday.",  # a sentence's stop
        "Tarrow:",  # a label, opening what follows
        "FARES RISE AT TARROW",  # no word in small letters
        "Fares",  # too few words
    ],
)
def test_a_line_without_a_headline_s_shape_is_no_headline(first: str) -> None:
    text = f"HARBOUR DAILY | Monday, 16 August 2004\n\n{first}\n\nThe company raised its fares."
    sentences = split_sentences(without_furniture(text))
    assert (
        headline_number(
            [s for s in sentences if s.text.strip()], "HARBOUR DAILY | Monday, 16 August 2004"
        )
        is None
    )
