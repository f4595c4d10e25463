"""Furniture at a line's start and in a story's head (issue 13, stop 46, helper `furniture`): a
transcript's speaker cue opening a turn on its line ("JO LEE: The ferries stay in port.") and
the greeting after it ("PRESENTER (JO LEE): Good evening."); a newsletter's numbered headings set
apart by blank lines ("2. Tarrow Mills cuts 120 jobs"); a release's dateline in
ordinary case with its region or a hyphen ("Leith, Co. Tarrow — ", "Tarrow - "); a dateline
under a masthead's heading of fields with a section's label and the headline between them.
None is the story's; the story's sentences after them keep their rows. Every line here is
invented."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.transcript_lines import inline_cue

from .furniture_forms import sentence_days


def _pieces(text: str) -> list[str]:
    return [text[f.start : f.end] for f in furniture(text)]


TRANSCRIPT = (
    "HARBOUR RADIO — EVENING REPORT\n\n"
    "PRESENTER (MIRA OKAFOR): Good evening. The Tarrow ferry strike ended on Monday after "
    "three days.\n\n"
    "TOMAS BERG: Mira, the union voted shortly after noon on Monday to accept the offer.\n\n"
    "PRESENTER: And the timetable?\n\n"
    "BERG: Ferries will run from Leith again on Tuesday, the company says.\n"
)


def test_a_turn_s_cue_and_greeting_are_furniture_and_its_sentences_keep_their_rows() -> None:
    pieces = _pieces(TRANSCRIPT)
    for cue in ("PRESENTER (MIRA OKAFOR): ", "TOMAS BERG: ", "BERG: ", "Good evening."):
        assert cue in pieces, cue
    sentences = {sentence for sentence, _ in sentence_days(TRANSCRIPT)}
    assert not any("PRESENTER" in sentence or "TOMAS BERG:" in sentence for sentence in sentences)
    assert any(sentence.startswith("The Tarrow ferry strike ended") for sentence in sentences)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("ANA RUIZ, RESIDENT: We built the wall in 1997.", "ANA RUIZ, RESIDENT: "),
        ("MR. SPEAKER: The member for Leith has the floor.", "MR. SPEAKER: "),
        ("Q: Why did the talks fail?", None),
        ("QUESTION: Why did the talks fail?", "QUESTION: "),
        ("The port: it shut on Monday.", None),
        ("WARNING: 12 ferries cancelled", None),
    ],
)
def test_a_speaker_s_cue_is_read_by_its_shape(line: str, cue: str | None) -> None:
    end = inline_cue(line)
    assert (None if end is None else line[:end]) == cue


def test_an_interview_s_question_labels_stay_in_the_story() -> None:
    text = (
        "Interview: the harbour master\n\n"
        "QUESTION: Why did the ferries stop on Monday?\n\n"
        "ANSWER: The wind rose to force nine at noon.\n"
    )
    pieces = _pieces(text)
    assert "QUESTION: " not in pieces and "ANSWER: " not in pieces


NEWSLETTER = (
    "The Quay Letter\n\n"
    "Hello from Tarrow. A big week for the port and a bad one for the mills.\n\n"
    "1. Harbour board buys two cranes\n\n"
    "The Tarrow harbour board bought two cranes from a Leith yard on Monday for £4 million.\n\n"
    "2. Tarrow Mills cuts 120 jobs\n\n"
    "Tarrow Mills said on Tuesday that it would cut 120 jobs, a fifth of its staff.\n"
)


def test_a_numbered_heading_set_apart_by_blank_lines_is_furniture() -> None:
    pieces = _pieces(NEWSLETTER)
    assert "1. Harbour board buys two cranes" in pieces
    assert "2. Tarrow Mills cuts 120 jobs" in pieces
    sentences = {sentence for sentence, _ in sentence_days(NEWSLETTER)}
    assert any(sentence.startswith("Tarrow Mills said on Tuesday") for sentence in sentences)


def test_a_list_of_sentences_stays_the_story_s() -> None:
    text = "Digest\n\n1. The board met on Monday.\n\n2. The mills shut on Tuesday.\n"
    assert not any(piece.startswith(("1.", "2.")) for piece in _pieces(text))


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("Leith, Co. Tarrow — ", "Quay Dairies plc today announced a new cheese plant."),
        ("Tarrow, Norland — ", "Quay Safety AB today announced that it will build a plant."),
        ("Tarrow - ", "The first patients were given their tablets at the clinic on Wednesday."),
    ],
)
def test_a_release_s_dateline_in_ordinary_case_is_furniture(dateline: str, sentence: str) -> None:
    text = f"Quay Dairies to build a plant\n\n{dateline}{sentence}\n\nThe plant will open in May.\n"
    assert dateline in _pieces(text)


@pytest.mark.parametrize(
    "lead",
    [
        "U.S. - China talks resumed in Tarrow on Monday, officials said.",
        "Tarrow Mills - the town's oldest firm - closed its doors on Monday.",
        "Monday – The council voted to close the old pier at Tarrow after a long debate.",
    ],
)
def test_a_sentence_with_a_dash_keeps_its_opening(lead: str) -> None:
    text = f"Talks resume\n\n{lead}\n\nThe talks will go on.\n"
    assert not any(lead.startswith(piece) for piece in _pieces(text))


def test_a_dateline_under_a_masthead_a_section_and_the_headline_is_furniture() -> None:
    text = (
        "THE QUAY DAILY -- English Edition\n"
        "Thursday, August 19, 2004\n\n"
        "DOMESTIC\n\n"
        "Regulator orders checks at all Tarrow plants\n\n"
        "Quay Daily staff writer\n\n"
        "TARROW -- The safety agency on Wednesday ordered checks at all seven plants.\n\n"
        "The agency gave the company until September to report.\n"
    )
    assert "TARROW -- " in _pieces(text)
