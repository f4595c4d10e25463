"""Furniture of the shapes issue 13 found in unseen outlets: a maker's credit and its terms, a fact
box's fields, a page's note on its own version, a table's note, a masthead's date line, a caption
with its credit first. Each story sentence beside them stays the story's. Every name and line
here is invented."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture, without_furniture


def _furnished(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


_LEAD = "The Tarrow dockers voted on Tuesday to strike from 1 May over unpaid wages."


@pytest.mark.parametrize(
    "line",
    [
        "Printed by the Dockers' Press Committee. Reproduce and distribute freely.",
        "Compiled by the Readers' Desk, Ana Ruiz",
        "Translated and abridged by the Coastline Press Service. Figures as in the original.",
        "This digest has been prepared by the Press Office and does not bind the Court.",
        "This announcement was authorised for release by the Board of Hollin Tools Ltd.",
        "Harbour Notes is published by the Tarrow Growers' Association for its members.",
        "Printed and published by Quay Press Ltd., 9 Mill Lane, London, W.C.2.",
        "Text and photographs: Tarrow Museum Press Office",
        "VIDEO: The mayor of Tarrow speaks to reporters after the vote. (Coast 7)",
        "SCREENSHOT: The harbour level of the game, running at 640x480.",
        "Previous post: First light, 4 March",
        "Next week: the ferrymen who still row the estuary.",
        "Tomorrow on Coast Tonight: the oyster season opens at Tarrow.",
        "Watch every round of the final on the Tarrow Post app.",
        "Latest update: Friday 4 June 2021 — updated 'Entry requirements'",
        "Still current at: 4 June 2021",
        "Update, 9:10 AM CET: This post has been updated with the minister's reply.",
        "Market Notes continue on page 9; Export Returns for May, page 14.",
        "Source: auction catalogue and brokers' returns, Tarrow Quay.",
        "From our Music Correspondent, Ana Ruiz, in Tarrow",
        "Issued from the Growers' office, Quay Road, Tarrow, 9 May 1974.",
        "FORWARD WITH THE DOCKERS!",
        "If you feel unwell after eating it, call the Tarrow helpline free on 0800 555 019.",
        "PHOTO THE TARROW POST, Ana Ruiz — The old ferry terminal on Quay Street.",
        "Post photo by Jo Lee: Residents queue outside the hall before the vote.",
        "FRIDAY, 5th MAY, 1961.",
    ],
)
def test_a_line_of_furniture_under_a_story_is_left_out(line: str) -> None:
    text = f"Dockers vote to strike\n\n{_LEAD}\n\n{line}\n"
    assert _furnished(text)[-1] == line
    assert _LEAD in without_furniture(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "This plant was bought by Hollin Tools in 2019, the company said.",
        "Next week: we sail from Tarrow to Leith on the new ferry.",
        "Source: the ministry said on Monday that fares would rise in June.",
        "He turned to page 6 and read the verdict aloud.",
        "Printed by hand, the leaflets were handed out at the gate on 3 May 1987.",
        "Update: the ferry will run again on Monday.",
    ],
)
def test_a_story_sentence_of_the_same_opening_stays(sentence: str) -> None:
    text = f"Dockers vote to strike\n\n{_LEAD}\n\n{sentence}\n"
    assert sentence in without_furniture(text)


def test_a_fact_box_with_one_line_already_furniture_is_furniture_whole() -> None:
    text = (
        "Hollin Tools cuts jobs\n\n"
        "Hollin Tools said on Monday it would close its Tarrow plant in June.\n\n"
        "HOLLIN AT A GLANCE\n"
        "Headquarters: Tarrow, Ont.\n"
        "Fiscal 1990 sales: $12 million (year ended June 30, 1990)\n"
        "Employees: 1,200\n"
    )
    assert _furnished(text)[-3:] == [
        "Headquarters: Tarrow, Ont.",
        "Fiscal 1990 sales: $12 million (year ended June 30, 1990)",
        "Employees: 1,200",
    ]


def test_a_run_of_dated_entries_with_verbs_is_no_fact_box() -> None:
    text = (
        "Strike diary\n\n"
        "The dockers' strike entered its third week on Monday.\n\n"
        "Published: 7 May 1987\n"
        "Monday: Dockers walked out at the north gate.\n"
        "Tuesday: Talks resumed in Tarrow.\n"
    )
    kept = without_furniture(text)
    assert "Dockers walked out at the north gate." in kept
    assert "Talks resumed in Tarrow." in kept
