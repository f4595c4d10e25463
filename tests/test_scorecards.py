"""The boxes under a sports report (`timeline/furniture/scorecards.py`): results with their scores,
a match's statistics, the scorers of each side and a club's thanks to its sponsors, and the story's
sentences of a like shape that are none."""

from __future__ import annotations

import pytest

from timeline.furniture import without_furniture
from timeline.furniture.scorecards import (
    is_results_line,
    is_scorers_line,
    is_sponsor_line,
    is_stats_line,
)


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


@pytest.mark.parametrize(
    "line",
    [
        "Scorers - Harbor: T Lee 2, Roe; C Lee 2. Rovers: T Ames; P Ford 3.",
        "Scorers: Tarrow – Quist 12, 77 (pen); Lenz – Amsel 45",
        "Tries - Harbor: Lee, Roe. Rovers: Ames",
        "Goalscorers: Ruiz 23, Lee 67",
    ],
)
def test_the_scorers_of_each_side(line: str) -> None:
    assert is_scorers_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Scorers were hard to find as the rain fell on Saturday.",
        "Tries: the hosts scored three in the first half, the coach said.",
        "Goals - Ruiz scored twice before half-time.",
    ],
)
def test_the_story_is_not_taken_for_the_scorers(line: str) -> None:
    assert not is_scorers_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thanks as always to our kit sponsors, Harbor Timber Ltd.",
        "Many thanks to our match ball sponsor, Roe Motors.",
        "Huge thanks go to all our sponsors for their support this season.",
        "Match sponsor: Harbor Timber",
        "Today's match was sponsored by Roe Motors of Tarrow.",
    ],
)
def test_a_club_s_thanks_to_its_sponsors(line: str) -> None:
    assert is_sponsor_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thanks to our sponsors, the festival ran for a third year, its director said.",
        "The sponsors pulled out on Monday after the club's losses grew.",
        "Thanks to a late try, the hosts won 24-17 on Saturday.",
    ],
)
def test_the_story_is_not_taken_for_a_sponsor_line(line: str) -> None:
    assert not is_sponsor_line(line)


def test_a_club_s_report_keeps_its_story_and_loses_its_boxes() -> None:
    story = "Harbor beat Rovers 24-17 on Saturday."
    text = (
        f"Harbor 24 Rovers 17\n\n{story}\n\n"
        "Scorers - Harbor: T Lee 2, Roe; C Lee 2. Rovers: T Ames; P Ford 3.\n\n"
        "Thanks as always to our kit sponsors, Harbor Timber Ltd."
    )
    assert without_furniture(text).split() == ["Harbor", "24", "Rovers", "17", *story.split()]
