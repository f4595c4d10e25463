"""A document's notes on its own making and issue are furniture (issue 13, stop 31): who issued
it ("Issued by the Tarrow office of Coast Relief"), who transcribed it and how it was checked
("Transcribed by Ana Ruiz; checked against the tape."), a map's title with its source, where
subscriptions go ("Subscriptions to the secretary, Avenida del Puerto 1140."), a caption whose
credit is the paper's photo in small letters or follows a bar, a standfirst over a
correspondent's byline, and the courtesies opening a speaker's turn ("Thank you, Mr.
Speaker."); the story's sentences with the same words are not, nor is a sentence on the
document's next issue ("The next situation report will be issued on Friday.": the dev sets'
writers split on it, two of three read it as an event). A report's "As of <day>, <clock>" line
in its head states the day it was issued.

The fixtures are written here: invented places, people and bodies."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.published.datelines import read_dateline


def _furnished(line: str, head: str = "Headline") -> bool:
    text = f"{head}\n\nThe council met on Monday and approved the plan.\n\n{line}\n"
    start = text.index(line, len(head))
    return any(f.start <= start and text[f.start : f.end].strip() == line for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Issued by the Tarrow office of Coast Relief International",
        "Issued by the Press Office, Ministry of Fisheries.",
        "Issued on behalf of the Quay Residents' Association",
        "Transcribed by Ana Ruiz; checked against the audio recording.",
        "Transcribed by Jo Lee, verified against the tape.",
        "Transcription by the Harbour Courier Monitoring Unit.",
        "Map: Roads closed by the flood (source: County Roads Office)",
        "Map: Where the new ferry will call",
        "Subscriptions to the secretary, Avenida del Puerto 1140.",
        "Entries to the Show Secretary, 4 Mill Lane, Tarrow.",
        "Next bulletin: Monday 9 May. Subscriptions to the treasurer, 12 Quay Street, Leith.",
        "Strikers gather at the gate of Quay Mills on Monday. (Courier photo/Ana Ruiz)",
        "Jo Lee speaks to reporters outside the hall on Friday. | Ana Ruiz/Quay Pictures",
    ],
)
def test_a_note_on_the_document_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Issued by the board on Monday, the order bans fishing in the bay.",
        "The permit was issued by the Tarrow office of Coast Relief on Monday.",
        "Transcribed by hand, the letters were read aloud at the inquest.",
        "Transcripts of the calls were checked against the recordings, police said.",
        "Map makers at the survey office said the coast had moved by 40 metres.",
        "Police were called to the scene, 22 Quay Street.",
        "Subscriptions to the club rose by 12 percent last year, the treasurer said.",
        "Strikers gathered at the gate of Quay Mills on Monday, a photo of the scene shows.",
        "Jo Lee spoke to reporters outside the hall on Friday.",
    ],
)
def test_a_sentence_of_the_story_is_not(line: str) -> None:
    assert not _furnished(line)


def test_a_sentence_on_the_next_issue_stays_the_story_s() -> None:
    head = "Tarrow Drought — Situation Report No. 2"
    assert not _furnished("The next situation report will be issued on Friday.", head)


def test_a_standfirst_over_a_correspondent_s_byline_is_furniture() -> None:
    text = (
        "Ferry chief jailed over fuel fraud\n"
        "Jo Lee moved money from Quay Ferries into accounts abroad\n"
        "Ana Ruiz, courts correspondent\n"
        "Fri 3 May 2019 16.32 BST\n"
        "A former ferry chief was jailed for five years on Friday.\n"
    )
    standfirst = "Jo Lee moved money from Quay Ferries into accounts abroad"
    assert any(text[f.start : f.end] == standfirst for f in furniture(text))
    story = "A former ferry chief was jailed for five years on Friday."
    assert not any(text[f.start : f.end] == story for f in furniture(text))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_a_report_s_as_of_line_states_its_day(day: date) -> None:
    stated = f"{day.day} {day.strftime('%B')} {day.year}"
    text = f"Tarrow Floods — Situation Report No. 2\nAs of {stated}, 18:00 EAT\nRain fell.\n"
    assert read_dateline(text) == (day, False)


def test_a_story_s_as_of_sentence_states_no_day() -> None:
    text = "Sea wall costs rise\n\nAs of 16 May 2017, the council had spent £3m on the wall.\n"
    assert read_dateline(text) == (None, False)


@pytest.mark.parametrize(
    ("line", "thanks"),
    [
        ("Thank you, Mr. Speaker.", "Thank you, Mr. Speaker."),
        ("MR. SPEAKER: Thank you, Ms. Roe.", "Thank you, Ms. Roe."),
        ("[00:02:10] JO LEE: Ana Ruiz, thank you.", "Ana Ruiz, thank you."),
        ("Mrs. Roe, Mr. Lee, thank you both.", "Mrs. Roe, Mr. Lee, thank you both."),
        ("Thank you for having me.", "Thank you for having me."),
        ("Thank you, Ana-Maria. Ferry fares rise by 4 percent on Monday.", "Thank you, Ana-Maria."),
    ],
)
def test_a_turn_s_courtesy_is_furniture(line: str, thanks: str) -> None:
    text = f"Harbour Hour: transcript\n\nThe council met on Monday.\n\n{line}\n"
    pieces = [text[f.start : f.end] for f in furniture(text)]
    assert thanks in pieces
    assert not any("Ferry fares" in piece for piece in pieces)


@pytest.mark.parametrize(
    "line",
    [
        "JO LEE: Thank you, Mr. Speaker. The ferry will sail on Monday.",  # its cue stays
        "Ferry fares rise by 4 percent on Monday. Thank you, Ana.",
        "Thank you, the minister told the crowd on Monday.",
        "Residents thanked Jo Lee for the new ferry on Monday.",
    ],
)
def test_a_turn_s_sentences_stay_the_story_s(line: str) -> None:
    text = f"Harbour Hour: transcript\n\nThe council met on Monday.\n\n{line}\n"
    assert not any("Monday" in text[f.start : f.end] for f in furniture(text))
