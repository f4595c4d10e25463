"""Captions and credits (`timeline/captions.py`): the labelled and bracketed shapes a page
gives them, and the story's sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.captions import is_caption, is_credit_only


@pytest.mark.parametrize(
    "line",
    [
        "Image caption: Ferries wait at the quay in Dunmore on Monday. Image source: Wire Pictures",
        "Image caption: Ferries wait at the quay in Dunmore on Monday.",
        "Image source: Wire Pictures",
        "Crowds gather outside the town hall on Friday. | Photo Credit: R. NAIDU",
        "VOLUNTEERS fill sandbags outside the school on Sunday. PHOTO BY ANA RUIZ / THE COURIER",
        "Pickers at a vineyard near Tarrow. Photo by Jo Lee / The Courier",
        "A tractor on the flooded road. PHOTO | FILE | THE VALLEY COURIER",
        "PHOTO | FILE",
        "MINERS leave the pit at dusk. (Courier photograph)",
    ],
)
def test_captions_and_their_credits(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The agency released a handout photo on Monday showing the damage.",
        "The gallery reopened on Friday. Photographs by Jo Lee fill the main hall.",
        "The court heard that the photo was taken in March.",
        "Sales fell 4% in the quarter, the company said in a statement on Monday.",
        "Photo by photo, the archive was rebuilt in 2012.",
        "Image problems hurt the brand in 2019, the report found.",
        "She said the film, shown in a cinema in Tarrow in 2019, changed her life.",
        "Profit rose to $4m. (Source: company filings)",
        "The museum keeps his photographs (1,200 of them) in a vault.",
    ],
)
def test_story_sentences_are_no_captions(line: str) -> None:
    assert not is_caption(line)


def test_a_source_or_a_bar_credit_alone_is_a_credit_line() -> None:
    assert is_credit_only("Image source: Wire Pictures")
    assert is_credit_only("PHOTO | FILE | THE COURIER")
    assert not is_credit_only("Sources: the ministry said on Monday it would act.")
