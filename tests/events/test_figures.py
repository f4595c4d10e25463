"""A result's period beside the day it was reported (invented sentences;
`timeline.events.figures`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.events.figures import covered_by_result

PUBLISHED = date(2021, 11, 3)


def dates(text: str) -> list[str]:
    return sorted(e.date_value for e in news_events(text, PUBLISHED))


def test_a_result_s_period_and_the_day_it_was_reported_are_two_rows() -> None:
    text = "Velgrove reported a net loss of 40 million euros for the third quarter on Oct. 27."
    assert dates(text) == ["2021-10-27", "2021-Q3"]


def test_a_result_s_period_alone_still_dates_its_clause() -> None:
    text = "Velgrove reported a net loss of 40 million euros for the third quarter."
    assert dates(text) == ["2021-Q3"]


def test_the_end_of_the_period_is_no_day_of_a_report() -> None:
    text = "Velgrove reported a net loss of 40 million euros for the year ended March 31."
    assert dates(text) == ["FY2021"]


def test_a_period_told_again_after_a_comma_is_no_row_of_its_own() -> None:
    text = (
        "Harlow Mills reported its results on Monday, posting a net profit of 9 million "
        "euros for the third quarter."
    )
    assert dates(text) == ["2021-11-01"]


def test_only_a_result_followed_by_for_is_covered() -> None:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

    for text, expected in {
        "It posted revenue of $4 million for the third quarter.": True,
        "Its sales for the third quarter rose.": True,
        "It closed the plant for the third quarter.": False,
        "It raised its forecast for the third quarter.": False,
    }.items():
        start = text.index("the third quarter")
        quarter = Timex(start, start + 17, "the third quarter", "DATE", "2021-Q3")
        assert covered_by_result(Sentence(0, len(text), text, 0), quarter) is expected, text


def test_bare_results_for_a_period_are_reported_in_the_month_after_it() -> None:
    text = "Velgrove will report results for the third quarter in mid-December."
    assert dates(text) == ["2021-12"]


def test_bare_results_for_a_period_give_the_period_no_row_beside_the_day() -> None:
    text = "Velgrove will report results for the third quarter on Nov. 18."
    assert dates(text) == ["2021-11-18"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day first: "will" before the results says they are to come (`figures_to_come`)
        ("On Nov. 18, Velgrove will report results for the third quarter.", ["2021-11-18"]),
        ("On Nov. 18 Velgrove will report results for the third quarter.", ["2021-11-18"]),
        (
            "On 9 December Orlin Mining will release its audited results for the year ended "
            "30 September.",
            ["2021-12-09"],
        ),
        # no time to come beside it: the period still dates the clause
        ("Velgrove will report results for the third quarter.", ["2021-Q3"]),
    ],
)
def test_results_said_to_come_give_way_to_the_time_they_come(
    text: str, expected: list[str]
) -> None:
    assert dates(text) == expected


def test_a_figure_for_a_period_is_still_a_row_beside_the_month_it_was_reported() -> None:
    text = "Velgrove reported a loss of 40 million euros for the third quarter in October."
    assert dates(text) == ["2021-10", "2021-Q3"]


def test_a_month_closing_the_period_s_range_dates_nothing_apart() -> None:
    text = "Velgrove reported a profit of 2 million euros for April to June, down 11 percent."
    assert len(dates(text)) == 1


def test_results_told_for_a_period_keep_the_period_s_row_beside_the_day() -> None:
    text = "Velgrove today reported results for the third quarter."
    assert dates(text) == ["2021-11-03", "2021-Q3"]


# ---- figures still to come: the clause is when they come, not the period they cover


def test_figures_for_a_quarter_to_be_published_at_a_later_time() -> None:
    text = "The Arden Census Office will publish its figures for the third quarter in mid-December."
    assert dates(text) == ["2021-12"]


def test_an_index_for_a_quarter_due_in_a_later_month() -> None:
    text = "The next Tollgate price index, for the fourth quarter, is due in late January."
    assert dates(text) == ["2022-01"]


def test_a_month_s_figures_published_next_month() -> None:
    text = "The Arden Census Office will publish its November figures early next month."
    assert dates(text) == ["2021-12"]


def test_results_of_a_range_of_months_expected_later() -> None:
    text = "Second-quarter results, for July to September 2021, are expected in late November."
    assert dates(text) == ["2021-11"]


def test_figures_already_published_keep_their_period() -> None:
    text = "The Arden Census Office published its figures for the third quarter on Oct. 29."
    assert "2021-Q3" in dates(text)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_ORDINALS = ("first", "second", "third", "fourth")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2039, 12, 31)),
    weekday=st.sampled_from(_WEEKDAYS),
)
def test_the_quarter_just_over_gives_way_to_the_day_its_figures_come(
    published: date, weekday: str
) -> None:
    """Whatever the news day: "will release its figures for the (quarter just over) on
    Thursday" is a row on that Thursday, not before the news day, and none of the quarter."""
    current = (published.month - 1) // 3 + 1
    just_over = _ORDINALS[(current - 2) % 4]
    text = f"Farrow Tiles will release its figures for the {just_over} quarter on {weekday}."
    events = news_events(text, published)
    assert [e.granularity for e in events] == ["day"]
    assert events[0].date_start is not None and events[0].date_start >= published


# ---- a figure compared with last year: the baseline is no date of the clause


@pytest.mark.parametrize(
    "text",
    [
        "Brenna University fell to 212th from 187th last year.",
        "The Lottery Board sold 21 lakh tickets for the Onam draw, against 17 lakh last year.",
        "Hotel bookings at Kessel Lodge were 8 percent ahead of last year.",
    ],
)
def test_a_figure_s_baseline_last_year_dates_nothing(text: str) -> None:
    assert "2020" not in dates(text)


def test_last_year_said_as_the_time_of_the_clause_stays() -> None:
    assert dates("Brenna University moved to Kessel from Arlow last year.") == ["2020"]


def test_the_year_of_results_to_be_published_on_a_day_is_no_date_of_the_clause() -> None:
    """ "will publish its full-year 2021 results on 21 February": the year names the results,
    the day is when the clause happens; a year alone still dates its clause."""
    published = date(2022, 1, 8)
    text = "Tellor Biosciences NV will publish its full-year 2021 results on 21 February."
    assert sorted(e.date_value for e in news_events(text, published)) == ["2022-02-21"]
    text = "Tellor Biosciences NV published its full-year 2021 results."
    assert sorted(e.date_value for e in news_events(text, published)) == ["2021"]
