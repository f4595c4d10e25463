"""A transcript's cues and hand-overs are furniture; the story told after them is not."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture
from timeline.furniture.kinds import LineRule
from timeline.furniture.transcript_lines import TRANSCRIPT_RULES, is_hand_over, is_programme_cue


@pytest.mark.parametrize(("rule", "line"), [(r, x) for r in TRANSCRIPT_RULES for x in r.examples])
def test_every_example(rule: LineRule, line: str) -> None:
    assert rule.test(line)


@pytest.mark.parametrize(
    "line",
    [
        "After the break, the ferry sank in ten minutes.",
        "Next: the council voted 7-2 to raise fares.",
        "Coming up with a plan took the council two years.",
        "Thank you, the minister told the crowd.",
        "Thanks to the rain, the harvest doubled.",
    ],
)
def test_the_story_is_no_cue_or_hand_over(line: str) -> None:
    assert not is_programme_cue(line)
    assert not is_hand_over(line)


def test_a_closing_line_of_thanks_and_a_cue_is_furniture_sentence_by_sentence() -> None:
    text = (
        "ANA RUIZ, REPORTING:\n\nThe harbour board raised fares on Monday.\n\n"
        "Thank you, Ana. After the break: the weather on the coast.\n"
    )
    closing = "Thank you, Ana. After the break: the weather on the coast."
    found = [text[piece.start : piece.end] for piece in furniture(text)]
    assert closing in found
    assert "The harbour board raised fares on Monday." not in found
