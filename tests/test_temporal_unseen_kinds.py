"""Date kinds found on unseen outlet text (issue 13): a day counted from a named day, a day of
the month written alone after a month told as background, a number that labels a branch, and
a timetable told in the present with a verb that is also a noun."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import news_events
from timeline.temporal import tag


def _values(text: str, reference: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stores reopened the day after Christmas.", ("the day after Christmas", "2025-12-26")),
        ("The ferry left the day before New Year's Day.", None),
        ("The strike began two days after Christmas.", ("two days after Christmas", "2025-12-27")),
        (
            "Talks resumed three weeks after 4 December.",
            ("three weeks after 4 December", "2025-12-25"),
        ),
    ],
)
def test_a_day_counted_from_a_named_day_is_that_day_moved(
    sentence: str, expected: tuple[str, str] | None
) -> None:
    found = _values(sentence, date(2026, 1, 9))
    if expected is None:  # the day before 1 January 2026
        assert found == [("the day before New Year's Day", "2025-12-31")]
    else:
        assert found == [expected]


def test_a_count_before_a_date_that_is_not_right_after_it_is_left_alone() -> None:
    found = _values("The vote came two days after the election on May 3.", date(2026, 5, 20))
    assert ("May 3", "2026-05-03") in found


def test_a_day_of_the_month_alone_is_near_the_news_day_after_a_month_told_as_background() -> None:
    text = (
        "Mild weather in July and August lifted the harvest.\n\n"
        "A cracker maker announced on the 13th that it would buy more rice.\n\n"
        "Shipments to the capital begin from the 20th."
    )
    found = dict(_values(text, date(1975, 10, 15)))
    assert found["the 13th"] == "1975-10-13"
    assert found["the 20th"] == "1975-10-20"


def test_a_month_told_in_the_same_paragraph_still_gives_its_month() -> None:
    found = dict(
        _values("In August the mill cut 300 jobs. On the 13th it shut.", date(1975, 10, 15))
    )
    assert found["the 13th"] == "1975-08-13"


@pytest.mark.parametrize("label", ["Local", "Lodge", "Ward", "Platform", "Terminal"])
def test_a_number_labelling_a_branch_or_a_place_is_no_year(label: str) -> None:
    found = _values(f"{label} 1170 members met on March 2.", date(1968, 3, 9))
    assert found == [("March 2", "1968-03-02")]


def test_a_timetable_in_the_present_is_ahead_even_with_a_past_attribution() -> None:
    wednesday = date(2026, 3, 4)
    assert _values("The council votes on Tuesday on the depot, its chair said.", wednesday) == [
        ("Tuesday", "2026-03-10")
    ]
    assert _values("The tablet goes on sale on Friday.", wednesday) == [("Friday", "2026-03-06")]
    # after a determiner the same form is a noun: a past day
    assert _values("The votes on Tuesday were counted by hand.", wednesday) == [
        ("Tuesday", "2026-03-03")
    ]


def test_an_over_or_a_leg_numbered_is_no_day_of_the_month() -> None:
    assert _values("The Hawks were 61-3 in the 14th over.", date(2015, 11, 22)) == []
    assert _values("She led after the 3rd stage.", date(2015, 11, 22)) == []


def test_a_part_of_the_day_is_a_row_at_the_day_s_precision() -> None:
    (row,) = news_events("The talks ended last night.", date(2021, 8, 9))
    assert (row.date_value, row.granularity) == ("2021-08-08TNI", "day")
    (clock,) = news_events("The talks ended at 10 p.m. on Sunday.", date(2021, 8, 9))
    assert clock.granularity == "time"


def test_a_decade_without_its_century_looks_back_from_the_news_day_not_the_last_date() -> None:
    text = "The club burned in the winter of 1968. In the late '70s a collector found him."
    found = dict(_values(text, date(1989, 6, 12)))
    assert found["the late '70s"] == "197"
