"""Tests for the timeline/temporal package, deeper cases continued: weeks of a month, arranged
events ahead, ranges and their bare sides, honorifics, half years, approximate clocks and time
zones, "more than ... ago", the same period of another year, and a narrative's years."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

from .temporal_helpers import REF, one


def test_week_of_month_and_the_week() -> None:
    assert one("Talks resume in the first week of November.").value == "2023-W44"
    assert one("The vote is expected later in the week.").value == "2023-W43"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Services are planned for Saturday.", "2023-10-28"),
        ("The vote is expected on Monday.", "2023-10-23"),
        ("The vote was expected on Thursday.", "2023-10-19"),
        ("He said he would meet them on Thursday.", "2023-10-26"),
    ],
)
def test_arranged_events_lie_ahead(sentence: str, value: str) -> None:
    assert one(sentence).value == value


def test_month_day_ranges() -> None:
    found = tag("A summit is set for July 9-11 in Vilnius.", date(2023, 5, 28))
    assert [(t.text, t.value) for t in found] == [("July 9", "2023-07-09"), ("11", "2023-07-11")]
    found = tag("The fair runs Oct. 3 - 5, 2024.", date(2023, 5, 28))
    assert [t.value for t in found] == ["2024-10-03", "2024-10-05"]


def test_an_honorific_makes_a_weekday_or_a_month_a_name() -> None:
    assert [t.text for t in tag("He met Mr. Friday and Mrs. May on Monday.", REF)] == ["Monday"]


def test_a_half_year_covers_six_months_at_its_own_precision() -> None:
    timex = one("Profit doubled in the first half of 2023.")
    assert (timex.value, timex.granularity) == ("2023-H1", "half")
    assert (timex.date_start, timex.date_end) == (date(2023, 1, 1), date(2023, 6, 30))


def test_an_approximate_clock_time_keeps_its_approximation() -> None:
    found = [(t.text, t.value, t.mod) for t in tag("It began about 9 a.m. Monday.", REF)]
    assert found == [("about 9 a.m. Monday", "2023-10-23T09:00", "APPROX")]
    found = [(t.text, t.mod) for t in tag("They arrived around noon.", REF)]
    assert found == [("around noon", "APPROX")]


@pytest.mark.parametrize("relation", ["preceding", "prior", "previous"])
def test_every_relation_word_of_a_unit_reaches_its_pattern(relation: str) -> None:
    """Bug: "the preceding month" was a duration P1M while "the prior month" was 2023-09 (the
    prefilter of the relunit pattern lacked "preceding")."""
    timex = one(f"Sales rose in the {relation} month.", date(2023, 10, 25))
    assert (timex.text, timex.type, timex.value) == (f"the {relation} month", "DATE", "2023-09")


@pytest.mark.parametrize(
    ("phrase", "value", "granularity", "first", "last"),
    [
        ("over a decade ago", "200", "decade", date(2003, 10, 23), date(2013, 10, 22)),
        ("more than a century ago", "18", "century", date(1823, 10, 23), date(1923, 10, 22)),
        ("over a year ago", "2022", "year", date(2021, 10, 23), date(2022, 10, 22)),
    ],
)
def test_more_than_ago_names_the_stretch_of_its_interval(
    phrase: str, value: str, granularity: str, first: date, last: date
) -> None:
    """Bug: "over a decade ago" had the interval 2003-2013 but the value 201 (the 2010s)."""
    timex = one(f"Prices peaked {phrase}.", REF)
    assert (timex.value, timex.mod, timex.granularity) == (value, "BEFORE", granularity)
    assert (timex.date_start, timex.date_end) == (first, last)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council should vote on Friday.", "2023-10-27"),  # reference: Tuesday 2023-10-24
        ("The council should have voted on Friday.", "2023-10-20"),
        ("The minister is expected to resign on Friday.", "2023-10-27"),
        ("Forecasters expect the storm to reach the coast on Friday.", "2023-10-27"),
        ("The company might run out of money by March.", "2024-03"),
        ("The group IS on Saturday claimed the attack.", "2023-10-21"),  # an acronym, no "is"
        ("The minister resigned on Friday.", "2023-10-20"),
    ],
)
def test_modality_and_acronyms_in_the_tense_of_a_clause(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, date(2023, 10, 24))
    assert timex.value == value


def test_am_after_a_clock_is_no_verb() -> None:
    """ "hit at 3:14 am" is no present tense ("I am"): the weekday after it looks back as the
    sentence's "said" does."""
    found = tag(
        "The quake hit at 3:14 am (1914 GMT Saturday), the survey said.", date(2023, 10, 24)
    )
    assert [t.value for t in found] == ["2023-10-24T03:14", "2023-10-21T19:14Z"]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The storm made landfall at 12:00 UTC on Tuesday.",
            "12:00 UTC on Tuesday",
            "2023-10-24T12:00Z",
        ),
        (
            "Trading closed at 4 p.m. EST on Friday.",
            "4 p.m. EST on Friday",
            "2023-10-20T16:00-05:00",
        ),
        ("The meeting started at 10:30 CEST.", "10:30 CEST", "2023-10-24T10:30+02:00"),
        ("The polls close at 8 p.m. ET.", "8 p.m. ET", "2023-10-24T20:00"),  # EST or EDT: no offset
        # a wire's clock in four figures, never the year 2014
        ("The quake struck at 2014 GMT.", "2014 GMT", "2023-10-24T20:14Z"),
    ],
)
def test_a_time_zone_is_written_in_the_value(sentence: str, text: str, value: str) -> None:
    (timex,) = tag(sentence, date(2023, 10, 24))
    assert (timex.text, timex.value, timex.type) == (text, value, "TIME")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Profit fell from the same quarter last year.", "the same quarter last year", "2022-Q3"),
        (
            "Sales in the same month a year earlier were lower.",
            "the same month a year earlier",
            "2022-07",
        ),
    ],
)
def test_the_same_period_of_another_year_is_one_period(
    sentence: str, text: str, value: str
) -> None:
    (timex,) = tag(sentence, date(2023, 7, 20))
    assert (timex.text, timex.value) == (text, value)
    assert timex.date_start is not None and timex.date_start.year == 2022


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales rose in June compared with the same period last year.", "2022-06"),
        ("Profit rose in the second quarter, up from the same time a year earlier.", "2022-Q2"),
    ],
)
def test_the_same_period_takes_the_period_named_before_it(sentence: str, value: str) -> None:
    *_, same = tag(sentence, date(2023, 7, 20))
    assert same.text.startswith("the same") and same.value == value
    # a period named in another sentence is not the one meant
    (alone,) = tag("Sales rose in June. Costs fell from the same period last year.", None)[-1:]
    assert alone.value != "2022-06"


def test_the_same_period_of_a_sentence_before_is_one_expression_with_its_year() -> None:
    # the period is named in another sentence (the events find it): the words are the span
    *_, same = tag(
        "Profit rose in the half. In the same period last year it fell.", date(2023, 7, 20)
    )
    assert (same.text, same.granularity) == ("the same period last year", "year")
    *_, same = tag("Profit rose. In the same period a year earlier, it fell.", date(2023, 7, 20))
    assert (same.text, same.value) == ("the same period a year earlier", "2022")
    # "the same time last year" says when, not which period: the year alone
    *_, year = tag("Profit rose. At the same time last year, it fell.", date(2023, 7, 20))
    assert year.text == "last year"


@pytest.mark.parametrize(
    ("sentence", "partner", "value"),
    [
        ("Throughout 1915-17 the strike went on.", "17", "1917"),
        ("From 15 to 22 February 1984 the storm raged.", "15", "1984-02-15"),
        ("The fighting on the 28 and 29 August 1918 was fierce.", "the 28", "1918-08-28"),
        ("The fair ran on May 4 and 5, 1865.", "5", "1865-05-05"),
        ("On May 6 and 7th 1954 the fort was shelled.", "7th", "1954-05-07"),
        ("The dynasty ruled from 499 to 493 BC.", "499", "BC0499"),
        ("The process would take between 60 and 90 days.", "60", "P60D"),
        ("It went on for ten or fifteen years.", "ten", "P10Y"),
    ],
)
def test_the_bare_side_of_a_range_takes_the_other_side_s_parts(
    sentence: str, partner: str, value: str
) -> None:
    found = {t.text: t.value for t in tag(sentence, date(2009, 6, 4))}
    assert found.get(partner) == value, found


@pytest.mark.parametrize(
    "sentence",
    ["On May 4 and 5 soldiers died.", "In 1998-02 prices fell.", "Sales rose 3 to 5 percent."],
)
def test_a_count_or_a_month_is_no_side_of_a_range(sentence: str) -> None:
    assert all(t.text[:1].isalpha() or len(t.text) >= 4 for t in tag(sentence, date(2009, 6, 4)))


def test_a_year_said_again_or_opening_a_section_moves_a_narrative_on() -> None:
    said_again = (
        "The siege began on 3 May 1602. The duke planned a march for 1603, and in 1603 the "
        "army set out along the river in 1603. It crossed the hills in June."
    )
    *_, june = tag(said_again, None, narrative=True)
    assert (june.text, june.value) == ("June", "1603-06")
    section = (
        "The siege ended on 3 August 1602.\n\nThe river campaign\n\n"
        "The two armies converged in 1600 at the river. In early September, the fleet came."
    )
    *_, september = tag(section, None, narrative=True)
    assert (september.text, september.value) == ("early September", "1600-09")
    passing = "The siege began on 3 May 1602. The duke planned a march for 1603. It ended in June."
    *_, june = tag(passing, None, narrative=True)
    assert june.value == "1602-06"  # a year in passing, once, is no new scene


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        (
            "Shares rose on the last day of the quarter.",
            "the last day of the quarter",
            "2023-12-31",
        ),
        (
            "The rule applies from the first day of next month.",
            "the first day of next month",
            "2023-11-01",
        ),
        ("She resigned on the last day of 2019.", "the last day of 2019", "2019-12-31"),
        ("Talks resume in the first week of 2024.", "the first week of 2024", "2024-W01"),
    ],
)
def test_the_first_or_last_day_or_week_of_a_period(
    sentence: str, expected_text: str, value: str
) -> None:
    timex = one(sentence)
    assert (timex.text, timex.value) == (expected_text, value)


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("The board met Tuesday last week.", "Tuesday last week", "2023-10-17"),
        ("The board meets on Thursday next week.", "Thursday next week", "2023-11-02"),
        ("The vote is on Friday of next week.", "Friday of next week", "2023-11-03"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(
    sentence: str, expected_text: str, value: str
) -> None:
    timex = one(sentence, date(2023, 10, 25))
    assert (timex.text, timex.value) == (expected_text, value)
