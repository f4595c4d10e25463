"""A chronology's entries read line by line (`is_entry`) are the entries read all at once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from timeline.furniture.dated_lists import entries, is_entry

from timeline.furniture import blanked, furniture, without_furniture

#: invented lines: entries of a chronology, days alone over their words, story lines
_LINES = [
    "TIMELINE",
    "1994 — Born in a small town",
    "2003 - Opens her first shop",
    "• 12 May 2011: Sells the firm",
    "Jan 4, 2022",
    "March 9, 2022",
    "June 1, 2023:",
    "Talks open.",
    "The council met on Tuesday.",
    "She said it would close in 2025.",
    "",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=9))
def test_is_entry_agrees_with_entries(lines: list[str]) -> None:
    assert {index for index in range(len(lines)) if is_entry(lines, index)} == entries(lines)


def test_a_chronology_of_days_alone() -> None:
    lines = ["TIMELINE", "Jan 4, 2022", "Talks open.", "March 9, 2022", "Strike called."]
    assert [is_entry(lines, index) for index in range(len(lines))] == [
        False,
        True,
        False,
        True,
        False,
    ]
    assert entries(lines) == {1, 3}


def test_entries_opening_with_their_dates() -> None:
    lines = ["LIFE IN DATES", "1942 — Born in Lima", "2003 — Retires", "She died."]
    assert [is_entry(lines, index) for index in range(len(lines))] == [False, True, True, False]


@given(st.sampled_from(["By Jo Ames\nIt shut.", "FILE - A photo on May 2, 2019.\nTalks ended."]))
def test_blanked_is_without_furniture(text: str) -> None:
    assert blanked(text, furniture(text)) == without_furniture(text)
    assert len(blanked(text, furniture(text))) == len(text)
