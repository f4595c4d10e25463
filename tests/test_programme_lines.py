"""A programme's lines: chapters, hosts, calls to support it or to listen, its header."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.programme_lines import (
    is_chapter_line,
    is_host_line,
    is_programme_header,
    is_show_appeal,
    is_station_call,
)


def test_a_list_of_chapters_is_furniture_line_by_line() -> None:
    chapters = "(00:00) Welcome\n(03:20) Why fares went up\n(17:45) Your questions"
    text = f"Ep. 12 – Fares\n\n{chapters}\n\nThis week we talk about the ferry fares."
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found == chapters.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "(09:40) The minister arrived at the harbour.",  # a live page's entry: a sentence
        "09:40 Why fares went up",  # no brackets: a live page's clock
        "(1802 GMT) The quake struck",
    ],
)
def test_a_clock_without_a_chapter_s_shape_is_no_chapter(line: str) -> None:
    assert not is_chapter_line(line)


@given(st.integers(0, 59), st.integers(0, 59), st.sampled_from(["Intro", "Your questions"]))
def test_any_bracketed_clock_over_a_title_is_a_chapter(
    minutes: int, seconds: int, title: str
) -> None:
    assert is_chapter_line(f"({minutes:02d}:{seconds:02d}) {title}")


@pytest.mark.parametrize(
    ("test", "line", "expected"),
    [
        (is_host_line, "Presented by Ama Boateng & Lars Eide", True),
        (is_host_line, "Hosted by the city council, the fair drew 3,000 people.", False),
        (is_show_appeal, "Support this podcast: become a member for $4 a month.", True),
        (is_show_appeal, "Support the strike, the union told members.", False),
        (is_station_call, "Stay with Coast Radio for the latest results from the count.", True),
        (is_station_call, "Listen live: Coast Radio 98.2", True),
        (is_station_call, "Stay with friends if your home floods, the mayor said.", False),
        (is_programme_header, "Tide Talk | Series 2 | Episode 9", True),
        (is_programme_header, "Season 2 of the drama begins in May · tickets sold out", False),
    ],
)
def test_a_programme_s_lines(test: object, line: str, expected: bool) -> None:
    assert test(line) is expected  # type: ignore[operator]


def test_where_to_hear_the_station() -> None:
    assert is_station_call("Tune in to our farm report at 6am on 88.2 FM.")
    assert not is_station_call("Listen to the tape on Monday, the lawyer told the court.")
