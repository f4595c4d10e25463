"""Captions and credits (`timeline/furniture/captions.py`): the labelled and bracketed shapes a page
gives them, and the story's sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.captions import is_caption, is_credit_only


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


@pytest.mark.parametrize(
    "line",
    [
        "Lorry drivers queue at the border crossing. (Pic by Anil Perera)",
        "Lorry drivers queue at the border crossing. (Pic: Anil Perera)",
        "FLOOD: Residents bail out a shop on Monday. — Herald photo by JOHN DOE",
        "Residents bail out a shop on Monday. — Anil Perera/Harbour Images",
        "Pic by Anil Perera",
    ],
)
def test_a_pic_credit_and_a_credit_after_a_dash(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("credit", ["(Pic by Anil Perera)", "— Anil Perera/Harbour Images"])
def test_a_credit_of_its_own_under_its_caption(credit: str) -> None:
    assert is_credit_only(credit)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said it was a fine win. — Jo Lee",
        "Pickers filled the vans by noon — a record for the valley.",
        "The picture by Jo Lee won a prize in 2019.",
        "Pic by pic, the album was rebuilt.",
    ],
)
def test_a_dash_or_a_pic_in_the_story_is_no_credit(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz with the jury's prize on Saturday night. Photo courtesy of Tarrow Film Week",
        "The recalled toaster in red. Image supplied by Harbor Home",
        "Ferries at the quay in Lenz. Pictures provided by Lenz Harbour Trust",
    ],
)
def test_a_courtesy_or_supplied_credit_after_the_caption_s_sentence(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "VIDEO: Riders react to the fare rise (1:42)",
        "Watch: The flood at the quay [02:15]",
        "Listen: The mayor on the budget (12:04 min)",
    ],
)
def test_a_video_s_title_with_its_running_time(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The festival thanked its sponsors. Photos courtesy of the council were shown.",
        "The train leaves Tarrow at 10:42 and reaches Lenz at 11:55.",
        "Results: the count resumed at 15:00 (local time) after a power cut.",
    ],
)
def test_a_courtesy_in_the_story_or_a_clock_time_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_a_caption_over_the_dateline_s_source_is_the_wire_s_photo() -> None:
    caption = "Travellers queue at the departures board in Lenz. (TNA)"
    text = (
        "Pilots strike\n\nLENZ, Nov. 6 (TNA) -- Pilots walked off the job on Tuesday.\n\n"
        f"{caption}\n\nThe strike began at 7 a.m. (TNA) said talks had failed. (Reuters)"
    )
    found = [(p.kind.value, text[p.start : p.end]) for p in furniture(text)]
    assert ("caption", caption) in found
    assert [kind for kind, _ in found] == ["dateline", "caption"]
