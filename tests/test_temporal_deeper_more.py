"""Tests for the timeline/temporal package, deeper cases continued: scores, all-number dates,
news without its date, capital abbreviations, fixtures, sums due and update stamps."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import genre, tag

from .temporal_helpers import REF, by_text, one


def test_a_possessive_century_is_a_score_not_a_time() -> None:
    assert tag("Ada Brennan scored her second century for the county.", REF) == []
    assert one("The town was founded in the first century.").value == "00"


def test_a_weekday_in_capitals_over_a_roundups_items_dates_them() -> None:
    text = "MONDAY\n\nThe mill reopened as a food hall.\n\nTUESDAY\n\nThe bank closed a branch."
    found = tag(text, date(2019, 10, 11))  # a Friday
    assert [(t.text, t.value) for t in found] == [
        ("MONDAY", "2019-10-07"),
        ("TUESDAY", "2019-10-08"),
    ]
    assert tag("Prices MAY RISE, analysts warn.", date(2019, 10, 11)) == []


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        (
            "It went out at 11:30 p.m. Eastern on Tuesday.",
            "11:30 p.m. Eastern on Tuesday",
            "2023-10-17T23:30",
        ),
        (
            "Trading ended at 4 p.m. New York time Friday.",
            "4 p.m. New York time Friday",
            "2023-10-20T16:00",
        ),
        (
            "The quake hit at 3:14 am local time on Sunday.",
            "3:14 am local time on Sunday",
            "2023-10-22T03:14",
        ),
        # stop 36 (dates6): "Time" as a release capitalises it
        (
            "Tollan will host a conference call at 8:30 a.m. Eastern Time tomorrow.",
            "8:30 a.m. Eastern Time tomorrow",
            "2023-10-24T08:30",
        ),
        (
            "The probe was launched at 10:00 India Standard Time on Friday.",
            "10:00 India Standard Time on Friday",
            "2023-10-20T10:00",
        ),
    ],
)
def test_a_clock_with_a_zone_in_words_joins_its_day(
    sentence: str, expected_text: str, value: str
) -> None:
    timex = one(sentence)
    assert (timex.text, timex.value) == (expected_text, value)


def test_decades_later_count_years_from_the_year_told() -> None:
    found = by_text(tag("She opened it in 2006. A decade later it has 38 shops.", REF))
    assert (found["A decade later"].value, found["A decade later"].granularity) == ("2016", "year")
    assert one("The ouster came over a decade ago.").value == "200"  # deictic: the decade


def test_an_all_number_date_is_read_in_the_order_its_text_writes_dates() -> None:
    day_first = tag(
        "The order of 12/03/2019 was set aside; the mill was sealed on 13/03/2019.", REF
    )
    assert [t.value for t in day_first] == ["2019-03-12", "2019-03-13"]
    in_words = tag("Talks end on 14 January. The order of 12/03/2019 stands.", REF)
    assert [t.value for t in in_words] == ["2024-01-14", "2019-03-12"]
    # the American order is the default, and a date that can be read one way only decides
    assert [t.value for t in tag("The order of 12/03/2019 was set aside.", REF)] == ["2019-12-03"]
    month_first = tag("Filed 03/13/2019 and 03/12/2019.", REF)
    assert [t.value for t in month_first] == ["2019-03-13", "2019-03-12"]


def test_how_much_earlier_than_something_is_a_duration_not_a_date() -> None:
    found = by_text(tag("Corals now spawn five weeks earlier than they did two decades ago.", REF))
    assert (found["five weeks earlier"].type, found["five weeks earlier"].value) == (
        "DURATION",
        "P5W",
    )
    assert one("Two days later, he left.").value == "2023-10-25"


def test_a_bare_weekday_tells_news_from_a_narrative() -> None:
    from timeline.temporal.genre import counts_from_its_own_day

    assert counts_from_its_own_day("In a judgment published on Monday, the judge ruled.")
    assert not counts_from_its_own_day("On Sunday, 7 December 1941, Japan attacked.")
    assert not counts_from_its_own_day("The talks began on Monday 23 October 1950.")
    # an undated story that says "on Monday" has no day for it, not one after another date
    text = "The worker was dismissed on 9 September 2021. A judgment was published on Monday."
    found = by_text(tag(text, None))
    assert found["Monday"].date_start is None


def test_a_feature_that_counts_years_from_its_own_day_is_no_narrative() -> None:
    from timeline.temporal.genre import is_narrative

    feature = (
        "The bakery opened in 1968, when Ada Price bought the ovens. It was sold in 1990 and "
        "bought back a year later. Last year sales fell by a fifth, her son says. He has cut "
        "prices this autumn, and in March hired two bakers. Next year he plans to open a cafe."
    )
    assert not is_narrative(feature, None)
    found = by_text(tag(feature, None))
    # what counts from the day of writing has no year; what counts from a date told has one
    assert [found[t].value for t in ("Last year", "this autumn", "March", "Next year")] == [
        "XXXX",
        "XXXX-FA",
        "XXXX-03",
        "XXXX",
    ]
    assert found["a year later"].value == "1991"
    # a history's "next year", borrowed from a report among the dates it tells, is the story's
    history = " ".join(f"In {year} the army took a town." for year in range(1901, 1915))
    assert is_narrative(f"{history} Officials said the war would end next year.", None)


def test_news_without_its_date_takes_a_month_s_year_only_when_just_told() -> None:
    text = "Cases tripled in the first months of 2019.\n\nThey rose between January and April."
    assert [t.value for t in tag(text, None)][-2:] == ["2019-01", "2019-04"]
    text = (
        "The museum reopened in 2008 after a fire last week destroyed its roof. Its director "
        "has left. Two curators quit. Visitors fell by half in May."
    )
    assert by_text(tag(text, None))["May"].value == "XXXX-05"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two miners were trapped behind the fall.",
        "They stayed at a hot-spring inn.",
        "The spring-loaded valve failed.",
    ],
)
def test_a_season_word_that_is_a_thing_is_no_season(sentence: str) -> None:
    assert tag(sentence, REF) == []


def test_seasons_joined_to_each_other_or_to_mid_stay_seasons() -> None:
    found = by_text(
        tag("Ships came during the winter-spring of 1920. The mid-summer sale ended.", REF)
    )
    assert found["the winter"].value.endswith("-WI") and found["The mid-summer"].value.endswith(
        "-SU"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Posted 2018/11/06 14:52 KST", "2018-11-06T14:52+09:00"),
        ("Filed 2021.03.04.", "2021-03-04"),
        ("Updated 09:15, 22 MAR 2023", "2023-03-22T09:15"),
        ("NEWS RELEASE 4-SEP-2024", "2024-09-04"),
    ],
)
def test_stamp_dates_in_other_shapes(text: str, value: str) -> None:
    assert [t.value for t in tag(text, None, narrative=False)] == [value]


def test_capital_abbreviations_are_months_only_beside_a_day_and_year() -> None:
    assert tag("PRICES MAY RISE, THE MAR REPORT SAYS", None, narrative=False) == []
    assert tag("Version 2.0.1 shipped.", None, narrative=False) == []


def test_recent_and_current_are_vague_in_news_but_date_no_event() -> None:
    assert (one("Exports fell in the recent downturn.").value) == "PAST_REF"
    assert (one("The current board met.").value) == "PRESENT_REF"
    assert tag("Its most recent phone sold well.", REF) == []
    from tests.events.helpers import news_events

    events = news_events("The current board of Harwick Mills approved the merger.", REF)
    assert [(e.date_start, e.anchor) for e in events] == [(REF, "published")]


def test_a_season_of_play_is_the_year_it_is_named_from() -> None:
    reference = date(2016, 7, 14)
    assert one("The club finished fifth last season.", reference).value == "2015"
    assert one("The side will play in Europe next season.", reference).value == "2017"
    assert one("This season the team has won twice.", reference).value == "2016"
    assert tag("It was the last season of the show.", reference) == []
    assert tag("The holiday season begins.", reference) == []


def test_a_game_clock_or_a_race_time_is_no_time_of_day() -> None:
    reference = date(2024, 2, 11)
    for sentence in [
        "Ellis hit a three with 1:14 left to seal it.",
        "With 2:30 remaining, the Hawks led by four.",
        "He scored at 4:12 of the second period.",
        "She won the final in 3:58.",
    ]:
        assert tag(sentence, reference) == [], sentence
    assert one("The game started at 7:30.", reference).value == "2024-02-11T07:30"


def test_a_fixture_in_the_present_tense_is_ahead() -> None:
    monday = date(2023, 3, 6)
    assert one("The Kestrels host Dunmore on Wednesday.", monday).value == "2023-03-08"
    assert one("The court hears the case on Thursday.", monday).value == "2023-03-09"
    assert one("The Kestrels beat Dunmore on Wednesday.", monday).value == "2023-03-01"


def test_a_day_counted_after_a_month_of_another_year_stays_in_that_month() -> None:
    published = date(2008, 5, 14)
    found = by_text(tag("The plant flooded in August 2005. The following day, it shut.", published))
    assert found["The following day"].value == "2005-08-XX"
    # a value known in part covers what is known: August 2005, at a month's precision
    assert (found["The following day"].date_start, found["The following day"].granularity) == (
        date(2005, 8, 1),
        "month",
    )


def test_a_deadline_after_a_modal_is_ahead_of_what_was_said() -> None:
    published = date(2017, 3, 7)
    text = "The company had warned in January that it could run out of cash by the summer."
    assert by_text(tag(text, published))["the summer"].value == "2017-SU"
    assert one("He could not finish the report by Friday.", published).value == "2017-03-03"


def test_when_a_thing_set_takes_effect_is_ahead() -> None:
    published = date(2019, 10, 11)
    text = "The commission approved a 50-cent toll for the bridge, starting Jan. 1."
    assert one(text, published).value == "2020-01-01"
    assert one("The toll rose in January.", published).value == "2019-01"


def test_the_day_a_sum_falls_due_is_ahead() -> None:
    published = date(2021, 5, 26)
    text = "The board recommended a dividend of 4 cents, payable on or about August 30."
    assert one(text, published).value == "2021-08-30"
    text = "The board proposed a final dividend of 4 cents, payable on August 16."
    assert one(text, published).value == "2021-08-16"
    assert one("The board paid a dividend on August 16.", published).value == "2020-08-16"


def test_a_date_in_a_clause_set_off_by_commas_sets_no_scene() -> None:
    text = "The ferry, built in 1991, is the lifeline. In January, the council voted to replace it."
    assert by_text(tag(text, None))["January"].value == "XXXX-01"
    text = "In 2008 the museum bought the prow. In May, it went on show."
    assert by_text(tag(text, None))["May"].value == "2008-05"


def test_a_timeline_s_clock_entries_take_their_heading_s_day() -> None:
    text = "Incident\n\nMonday, March 7\n\n14:02 - The change is deployed.\n\n14:09 - Alerts."
    found = tag(text, date(2022, 3, 9))
    assert [(t.text, t.value) for t in found] == [
        ("Monday, March 7", "2022-03-07"),
        ("14:02", "2022-03-07T14:02"),
        ("14:09", "2022-03-07T14:09"),
    ]


def test_a_state_after_will_is_ahead() -> None:
    tuesday = date(2023, 1, 24)
    text = "Knox County Schools will stay closed on Thursday, the district said."
    assert one(text, tuesday).value == "2023-01-26"
    assert one("The schools stayed closed on Thursday.", tuesday).value == "2023-01-19"


def test_an_update_stamp_is_the_nearest_such_day() -> None:
    published = date(2022, 3, 9)
    text = "Update, March 11: Our investigation found the cause."
    assert one(text, published).value == "2022-03-11"
    assert one("The data was updated March 11.", published).value == "2021-03-11"


def test_a_clock_after_a_day_told_in_a_sentence_is_of_the_news_day() -> None:
    text = "The warning runs until 10 a.m. Wednesday. Outages peaked at 9 a.m."
    found = by_text(tag(text, date(2023, 1, 24)))
    assert found["9 a.m."].value == "2023-01-24T09:00"


def test_thursday_week_said_on_a_thursday_is_a_week_from_today() -> None:
    assert one("The council meets on Thursday week.", date(2023, 3, 9)).value == "2023-03-16"


@given(
    st.lists(
        st.sampled_from(
            [
                "Last",
                "next",
                "YEAR",
                "years",
                "Decades",
                "ago",
                "two",
                "a",
                "Fall",
                "the",
                "of",
                "x",
            ]
        ),
        max_size=8,
    )
)
def test_a_text_is_searched_for_a_span_of_the_day_of_writing_when_it_may_hold_one(
    words: list[str],
) -> None:
    # `counts_years_from_its_own_day` skips a text naming no year, decade or season: on any
    # text, the search would have found nothing there
    text = " ".join(words)
    assert genre._may_count_years(text) or genre._YEAR_OF_WRITING.search(text) is None
