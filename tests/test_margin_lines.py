"""The story's margins: above its first sentence and below its last, a line that does not end as
a sentence ends and shows the cues of furniture is furniture with two cues fewer; the story's
own sentences, a chronology's entries, a headline under a masthead and a paragraph cut by its
width are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.margin_lines import (
    MARGIN_EXAMPLES,
    in_margin_shape,
    inside_furniture,
    is_headline_shape,
    margin_lines,
)

LEAD = "The harbour board voted on Tuesday to close the old quay to lorries from next spring."
LAST = "Work is due to start in March."


def _found(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


@pytest.mark.parametrize("line", MARGIN_EXAMPLES)
def test_every_example_is_furniture_under_the_story_and_over_it_unless_a_heading(
    line: str,
) -> None:
    under = f"Quay to close\n\n{LEAD}\n\n{LAST}\n\n{line}"
    over = f"Quay to close\n{line}\n\n{LEAD}\n\n{LAST}"
    for text in (under, over) if not is_headline_shape(line) else (under,):
        found = _found(text)
        assert line in found
        assert LEAD not in found
        assert LAST not in found


@pytest.mark.parametrize("line", ["Carla Ruiz in Lima", "Research desk, Quay Street, Leith"])
def test_over_the_story_a_heading_s_shape_stays(line: str) -> None:
    text = f"Quay to close\n{line}\n\n{LEAD}\n\n{LAST}"
    assert margin_lines(text, []) == []


@pytest.mark.parametrize("line", MARGIN_EXAMPLES)
def test_among_the_story_s_sentences_no_line_is_in_a_margin(line: str) -> None:
    text = f"Quay to close\n\n{LEAD}\n\n{line}\n\n{LAST} The board said so on Tuesday night."
    assert margin_lines(text, []) == []


@pytest.mark.parametrize(
    "line",
    [
        "Talks resume on Monday.",  # short, with its stop: the story's last line
        "A: Not before next year. We'll see.",  # an answer, its stop
        "The ferry starts at 16:00.",  # a verb the cues do not know, and its stop
        "Next week: the board meets again on the budget.",  # a label, its stop
        "12 March 2024",  # a stamp: left to the reading of dates
        "21:40",
    ],
)
def test_a_line_that_ends_as_a_sentence_or_a_date_alone_stays(line: str) -> None:
    assert not in_margin_shape(line)
    assert margin_lines(f"Quay to close\n\n{LEAD}\n\n{line}", []) == []


def test_a_chronology_s_entries_under_the_story_are_its_events() -> None:
    entries = ["1958 — Quay opens to ships", "1994 — Lorries allowed on the quay"]
    text = f"Quay to close\n\n{LEAD}\n\nKEY DATES\n" + "\n".join(entries)
    found = _found(text)
    assert not any(entry in found for entry in entries)


def test_a_headline_under_the_masthead_stays_and_the_masthead_goes() -> None:
    headline = "Quay shuts to lorries after years of complaints"
    text = f"THE TARROW COURIER\nHARBOUR NOTES\n{headline}\n\n{LEAD}"
    found = _found(text)
    assert "HARBOUR NOTES" in found
    assert headline not in found
    assert is_headline_shape(headline)


def test_a_paragraph_cut_by_its_width_is_no_margin() -> None:
    cut = "The harbour board of Tarrow\nvoted on Tuesday to close the quay to lorries."
    text = f"Quay\n\n{cut}\n\n{LEAD}"
    assert margin_lines(text, []) == []


def test_a_text_without_a_sentence_of_the_story_has_no_margins() -> None:
    assert margin_lines("Fares\n\nTARROW FERRIES\nTimetable (PDF) ↗", []) == []


@given(st.lists(st.sampled_from(["Tarrow", "quay", "board", "12", "·", "lorries"]), max_size=8))
def test_no_sentence_of_the_story_is_ever_a_margin(words: list[str]) -> None:
    sentence = " ".join(["The", "harbour", "board", "voted", "on", "Tuesday", *words]) + "."
    text = f"Quay\n\n{sentence}\n\n{LEAD}\n\n{sentence}"
    assert sentence not in [text[start:end] for start, end in margin_lines(text, [])]


@given(st.text(max_size=300))
def test_any_text_is_read_without_error(text: str) -> None:
    for start, end in margin_lines(text, []):
        assert 0 <= start < end <= len(text)


def test_a_sentence_inside_a_block_of_furniture_is_furniture() -> None:
    note = "Text read by a machine; it may hold errors."
    text = (
        f"Quay to close\n\nTHE TARROW COURIER\nThe Tarrow Courier, Friday, 9 May, 1958, page 4\n"
        f"{note}\nBY OUR HARBOUR REPORTER\n\n{LEAD}\n\n{LAST}"
    )
    found = _found(text)
    assert note in found
    assert LEAD not in found


@pytest.mark.parametrize(
    "between",
    [
        "Quay shuts to lorries after years of complaints",  # a headline between
        "12 March 2024",  # a stamp: left to the reading of dates
    ],
)
def test_a_headline_or_a_date_inside_a_block_of_furniture_stays(between: str) -> None:
    text = f"Quay\nTHE TARROW COURIER\n{between}\nBY OUR HARBOUR REPORTER\n\n{LEAD}"
    pieces = [(piece.start, piece.end) for piece in furniture(text)]
    taken = [span for span in pieces if text[slice(*span)] != between]  # the rest of the block
    assert [text[slice(*span)] for span in taken] == [
        "THE TARROW COURIER",
        "BY OUR HARBOUR REPORTER",
    ]
    assert inside_furniture(text, taken) == []


def test_a_line_of_the_story_between_furniture_and_a_blank_line_stays() -> None:
    text = f"Quay\n\nBY OUR HARBOUR REPORTER\n{LEAD}\n\nReporting by Jo Lee"
    assert LEAD not in _found(text)


def test_a_sentence_of_the_story_without_its_stop_stays_under_the_story() -> None:
    line = "The strike began at 7 a.m. and the union said talks had failed (Wire)"
    assert not in_margin_shape(line)
    assert margin_lines(f"Strike\n\n{LEAD}\n\n{line}", []) == []


def test_the_story_s_first_line_under_its_dateline_opens_the_story() -> None:
    text = f"Strike\n\nTARROW, May 2 (Wire) -- {LEAD}\n\nPhoto (PDF, 2 pages) ↗"
    dateline = (text.index("TARROW"), text.index("The harbour"))
    assert margin_lines(text, [dateline]) == [(text.index("Photo"), len(text))]
