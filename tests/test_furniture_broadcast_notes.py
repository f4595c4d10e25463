"""A service's or a broadcast's note on its next issue and its station identification are
furniture, each sentence of the line one ("Next statement: Friday 3 June at 6 a.m., or sooner
if conditions warrant.", "You're listening to the Island News Hour. Next bulletin at 0700
local time."); the story's sentences with the same words are not, nor a sentence with a verb
of its own ("The next advisory will be issued at 5 p.m.").

The fixtures are written here."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _furnished(line: str) -> bool:
    text = f"Headline\n\nThe council met on Monday and approved the plan.\n\n{line}\n"
    start = text.index(line)
    return any(f.start <= start and text[f.start : f.end].strip() == line for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Next statement: Friday 3 June 2011 at 6:00 a.m., or sooner if conditions warrant.",
        "Next advisory: 11 p.m. local time.",
        "Next forecast at 0600 on Saturday.",
        "Next bulletin at 0700 local time.",
        "You're listening to the Island News Hour. Next bulletin at 0700 local time.",
        "You are listening to Coast Radio.",
        "This is the Harbour Morning News.",
    ],
)
def test_a_broadcast_s_or_a_service_s_note_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "The next report at the council meeting will set out the costs.",
        "The next update will be issued at 9 a.m. on Tuesday.",
        "The next advisory will be issued at 5 p.m. local time.",
        "The next statement from the board is expected on Friday, a spokesman said.",
        "You're listening to the voice of a generation, the singer told the crowd.",
        "This is the worst flood in living memory, the mayor said on Monday.",
    ],
)
def test_a_sentence_of_the_story_is_not(line: str) -> None:
    assert not _furnished(line)
