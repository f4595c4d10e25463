"""The boxes under a sports report (`timeline/scorecards.py`): results with their scores and a
match's statistics, and the story's sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.scorecards import is_results_line, is_stats_line


@pytest.mark.parametrize(
    "line",
    [
        "RESULTS – Men's singles final: J Berg (Swe) bt T Kahale (USA) [2] 6-4 3-6 7-5",
        "Doubles final: A Berg/T Ruiz bt C Lee/D Kim [1] 6-2 3-6 10-7",
        "Women's final: N Ortiz bt P Amsel 7-6 (7-4) 6-1. Doubles final: A Roe/B Vale bt "
        "C Lee/D Kim 6-3 6-4.",
        "Quarter-finals: A Berg bt C Lee 6-1 6-2; T Ruiz bt D Kim [4] 7-6 (7-3) 6-4.",
        "Final: Berg beat Ruiz 6-4 6-3.",
    ],
)
def test_results_with_scores(line: str) -> None:
    assert is_results_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Berg beat Ruiz 6-4 6-3 on Sunday to win her first title.",
        "Berg beat Ruiz 6-4.",
        "The final: Berg beat Ruiz in straight sets after a rain delay.",
        "Rovers beat United 3-1 at home on Saturday.",
    ],
)
def test_the_story_is_not_taken_for_results(line: str) -> None:
    assert not is_results_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Match stats (Berg first): Aces 12-7; Double faults 2-5; Break points won 3/9-2/6.",
        "Statistics: Shots 14-9; Corners 6-2; Fouls 11-13",
    ],
)
def test_a_match_s_statistics(line: str) -> None:
    assert is_stats_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stats: she served 12 aces; her rival served 7.",
        "Aces: Berg served 12-7 more than last year.",
    ],
)
def test_the_story_is_not_taken_for_statistics(line: str) -> None:
    assert not is_stats_line(line)
