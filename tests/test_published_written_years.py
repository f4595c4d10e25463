"""Stop 45's speed pass (helper `perf`): the years of a story read once and shared by its
evidence, its span and its future years (`past_floor.written_years`), as `YEAR_RE` finds them."""

from __future__ import annotations

import doctest
import random

from timeline.published import past_floor
from timeline.published.past_floor import YEAR_RE, future_years, written_years
from timeline.published.year_span import year_span

_PIECES = ("1999", "2003", "$2004", "1,962", "20.1", "in ", "will ", "since ", ". ", "19", "x")


def test_written_years_are_what_the_pattern_finds() -> None:
    draw = random.Random(45)
    for _ in range(2000):
        story = "".join(draw.choice(_PIECES) for _ in range(draw.randint(0, 20)))
        assert [(m.span(), m.group()) for m in written_years(story)] == [
            (m.span(), m.group()) for m in YEAR_RE.finditer(story)
        ]


def test_a_story_read_twice_gives_the_same_years_and_bounds() -> None:
    story = "The plant opened in 2011. A second line is to open in 2019."
    ahead, span = future_years(story), year_span(story, None)
    written_years.cache_clear()
    assert future_years(story) == ahead
    assert year_span(story, None) == span


def test_every_example_in_the_module_runs() -> None:
    results = doctest.testmod(past_floor)
    assert results.attempted > 0
    assert results.failed == 0
