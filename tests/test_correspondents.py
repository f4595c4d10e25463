"""A correspondent's byline without "By" (`timeline/furniture/correspondents.py`), and the story's
lines of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.furniture.correspondents import is_correspondent_line


@pytest.mark.parametrize(
    "line",
    [
        "From Ama Mensah, Kumasi",
        "From Ama Mensah in Kumasi",
        "From Nguyễn Thu Hà, Hanoi",
        "Tomas Berg, golf writer",
        "Ines Varga, health correspondent",
        "Ines Varga, Europe editor",
        "Ola Dahl, senior reporter",
        "From Our Own Correspondent",
        "From Our Tarrow Office",
    ],
)
def test_a_correspondent_s_byline(line: str) -> None:
    assert is_correspondent_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "From Monday, March 3, fares will rise.",
        "From Tuesday, Ferries",
        "From Lima to Cusco, the road is closed.",
        "Ines Varga, a former reporter",
        "Ines Varga, the paper's editor, resigned on Monday.",
        "Jo Lee, who was a writer",
        "Ama Mensah, Kumasi",
        "From our office in Tarrow, the view is of the harbour.",
    ],
)
def test_the_story_is_not_taken_for_a_correspondent_s_byline(line: str) -> None:
    assert not is_correspondent_line(line)
