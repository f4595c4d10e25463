"""Tests for the timeline/temporal package, deeper cases: the day in question, narratives,
holidays, calendar intervals, honorifics, "more than ... ago", the same period of another year,
and ranges."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

from .temporal_helpers import PIECES, REF, by_text, one

# -- deeper cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("The company reported third-quarter earnings.", "third-quarter", "2023-Q3"),
        ("First-half profit rose.", "First-half", "2023-H1"),
        ("H1 2023 results were weak.", "H1 2023", "2023-H1"),
        ("Revenue in the first quarter of 2024 grew.", "the first quarter of 2024", "2024-Q1"),
    ],
)
def test_quarters_and_halves(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.value) == (expected_text, value)


def test_news_anaphora_counts_from_last_day_or_publication() -> None:
    found = by_text(tag("On Tuesday the talks began. The next day they ended.", REF))
    assert found["Tuesday"].value == "2023-10-17"
    assert found["The next day"].value == "2023-10-18"
    found = by_text(tag("Profits rose in 2019. A day earlier, shares fell.", REF))
    assert found["A day earlier"].value == "2023-10-22"  # a year is too coarse to count days from
    assert (
        by_text(tag("Sales rose in 2019 and the following year.", REF))["the following year"].value
        == "2020"
    )
    assert one("It will be done by the end of the year.").value == "2023"


def test_news_anaphora_too_fine_for_a_coarse_date_counts_from_the_story_s_day() -> None:
    text = (
        "Kestrel said on Tuesday that sales rose 4% from a year ago. Its shares hit a high in "
        "morning trading. A day later, they fell."
    )
    found = by_text(tag(text, REF))
    assert found["morning"].value == "2023-10-17TMO"  # Tuesday's, not the publication day's
    assert found["A day later"].value == "2023-10-18"
    # a day of background history is no story's day
    text = "The mill opened on 3 May 1998. Output rose in 2019. The next day, workers left."
    assert by_text(tag(text, REF))["The next day"].value == "2023-10-24"


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("On Tuesday the shares fell in afternoon trading.", "afternoon", "2023-10-17TAF"),
        ("They met on 3 May 2021. In the morning, talks resumed.", "the morning", "2021-05-03TMO"),
    ],
)
def test_a_part_of_the_day_the_text_tells_of(sentence: str, expected_text: str, value: str) -> None:
    assert by_text(tag(sentence, REF))[expected_text].value == value


def test_a_month_that_describes_a_thing_is_the_nearest_whatever_the_tense() -> None:
    text = "The September jobs report, due next Friday, is expected to show gains."
    assert by_text(tag(text, REF))["September"].value == "2023-09"  # not September 2024
    text = "The board will meet in September."
    assert by_text(tag(text, REF))["September"].value == "2024-09"  # the clause's own month


def test_a_count_of_units_time_ahead_is_a_date_in_news() -> None:
    ruling = one("A ruling is due in two weeks' time.")
    assert (ruling.text, ruling.type, ruling.value) == ("two weeks' time", "DATE", "2023-W45")
    assert one("The probe will reach Mars in 18 months’ time.").value == "2025-04"
    assert one("He stayed for 18 months.").value == "P18M"
    # in a history, "in a year's time" is within a year
    narrative = tag("The city fell for the fourth time in a year's time.", None)
    assert [t.value for t in narrative] == ["P1Y"]


def test_at_the_weekend_is_the_weekend_in_question() -> None:
    ref = date(1987, 6, 12)  # a Friday
    assert tag("The coach was sacked at the weekend.", ref)[0].value == "1987-W23-WE"
    assert tag("Talks will resume at the weekend.", ref)[0].value == "1987-W24-WE"
    assert tag("He looked at the year ahead.", ref) == []


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("In the 24 hours to 0600 GMT, 40 people died.", "0600 GMT", "2023-10-23T06:00Z"),
        ("The patrol left at 1400 hrs.", "1400 hrs", "2023-10-23T14:00"),
    ],
)
def test_wire_clock_times_without_a_colon(sentence: str, expected_text: str, value: str) -> None:
    assert by_text(tag(sentence, REF))[expected_text].value == value


@pytest.mark.parametrize("sentence", ["The score was 1400 points.", "Profits in 2015 rose."])
def test_four_digits_without_a_zone_are_no_clock_time(sentence: str) -> None:
    assert all("T" not in t.value for t in tag(sentence, REF))


def test_the_day_in_question() -> None:
    text = "Kestrel shares fell on Tuesday, before rising later in the day."
    assert by_text(tag(text, REF))["the day"].value == "2023-10-17"  # Tuesday
    assert by_text(tag("Earlier in the day, the mayor spoke.", REF))["the day"].value == (
        REF.isoformat()
    )
    assert tag("In the day of kings, people starved.", REF) == []


def test_a_part_of_the_day_that_describes_a_thing_is_no_time() -> None:
    for sentence in ["He read the morning paper.", "She walks in the morning light."]:
        assert [t.text for t in tag(sentence, REF)] == []


def test_tense_of_passives_and_infinitives() -> None:
    text = "Apple announced today another special event to be held on October 12."
    assert by_text(tag(text, date(2005, 10, 4)))["October 12"].value == "2005-10-12"
    found = by_text(
        tag("Apple Inc. announced Friday that it will give refunds.", date(2010, 7, 17))
    )
    assert found["Friday"].value == "2010-07-16"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ballots had to be received by Monday, two days before the vote.", "2007-05-07"),
        ("Ballots had to be posted by noon on Monday.", "2007-05-07T12:00"),
        ("Ballots have to be received by Monday.", "2007-05-14"),
        ("Ballots are to be received by Monday.", "2007-05-14"),
    ],
)
def test_a_past_obligation_is_past_a_duty_still_to_come_is_ahead(text: str, value: str) -> None:
    """ "had to be received by Monday" was due by the Monday before a Wednesday's news; "have
    to be", "are to be" received by the one after it."""
    found = tag(text, date(2007, 5, 9))
    assert [t.value for t in found if "Monday" in t.text] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "On December 7, 1941 Japan attacked. In January, the Allies met.",
            ["1941-12-07", "1942-01"],
        ),
        ("In 1940 France fell. In August of that year Britain held.", ["1940", "1940-08"]),
        ("The battle (12-14 July 1950) ended.", ["1950-07-12", "1950-07-14"]),
        ("The siege of 499-493 BC failed.", ["BC0499", "BC0493"]),
        ("In the spring of 480 BC the Persians came.", ["BC0480-SP"]),
        ("The Persians came in 492 BC. The following year they returned.", ["BC0492", "BC0491"]),
        ("On the night of 20 June 1791 the king fled.", ["1791-06-20TNI"]),
        (
            "On 27 June 1950 the war began. Two days after the invasion, Seoul fell.",
            ["1950-06-27", "1950-06-29"],
        ),
        (
            "In May 1940 (see Smith 2005) Germany attacked. In June, France fell.",
            ["1940-05", "2005", "1940-06"],
        ),
        (
            "In March 1812 the army marched; the siege held until the city fell in May 1813."
            " In June, the army rested.",
            ["1812-03", "1813-05", "1812-06"],
        ),
        (
            "In March 1950 the army landed. The August 1949 treaty had failed. In June, it rested.",
            ["1950-03", "1949-08", "1950-06"],
        ),
        (
            "On 3 May 1950 the army landed; over a year earlier it had trained. On 9 June, it won.",
            ["1950-05-03", "1949", "1950-06-09"],
        ),
    ],
)
def test_narrative(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, None)] == values


def test_narrative_conventions() -> None:
    found = by_text(tag("The former king fought at night for a week to date.", None))
    assert found["former"].value == "PAST_REF"
    assert found["night"].value == "XXXX-XX-XXTNI"
    assert found["date"].value == "PRESENT_REF"
    assert "former" not in by_text(tag("The former king spoke.", REF))


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolution 1483 was adopted.",
        "It offers 75 hours of video playback.",
        "Three quarters of the troops left.",
        "The chain will shut 412, or about a quarter, of its shops.",
        "She spoke at the annual Global Shipping Forum.",
        "The fall of Budapest came later.",
        "He bought iLife '11 for the Mac.",
        "She sang White Christmas on stage.",
        "They fought in the 5th Division and the 20th century.",
    ],
)
def test_more_false_positives(sentence: str) -> None:
    assert [t.text for t in tag(sentence, REF) if t.value not in ("18", "19")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The score was tied in the second half.",
        "Call 555-2023 for tickets.",
        "The oven reached 2023 degrees.",
        "She took a day-to-day role.",
        "Summer Smith met reporters.",
        "Page 1999 of the report.",
    ],
)
def test_news_false_positives(sentence: str) -> None:
    assert tag(sentence, REF) == []


def test_holidays() -> None:
    assert one("Fireworks lit the sky on the Fourth of July.").value == "2023-07-04"
    assert one("Shops closed on Thanksgiving.").value == "2022-11-24"  # past: the last one
    assert one("Shops will close on Thanksgiving.").value == "2023-11-23"
    assert one("They met on Christmas Eve.").value.endswith("-12-24")


@given(st.integers(min_value=1800, max_value=2200))
def test_election_day_is_the_tuesday_after_the_first_monday_of_november(year: int) -> None:
    (timex,) = tag(f"Voters went to the polls on Election Day {year}.", REF)
    day = date.fromisoformat(timex.value)
    assert (day.year, day.month, day.isoweekday()) == (year, 11, 2)
    assert 2 <= day.day <= 8


def test_periods_in_question() -> None:
    ref = date(1998, 10, 23)  # a Friday
    found = by_text(tag("Over the weekend talks went on; for the year, profit rose.", ref))
    assert found["the weekend"].value == "1998-W42-WE"
    assert found["the year"].value == "1998"
    assert tag("At the end of the day, it is a game.", ref) == []
    assert one("This past weekend was busy.", ref).value == "1998-W42-WE"
    joined = one("Trading opens at 8:30 a.m. EDT Tuesday.", ref)
    assert (joined.type, joined.value) == ("TIME", "1998-10-27T08:30-04:00")  # present: ahead


CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(PIECES, min_size=1, max_size=20).map("".join),
    reference=st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
)
def test_every_calendar_value_has_its_interval(text: str, reference: date) -> None:
    for timex in tag(text, reference):
        match = CALENDAR_VALUE.match(timex.value)
        if timex.type not in ("DATE", "TIME") or match is None or int(match[1]) < 1:
            continue
        assert timex.date_start is not None and timex.date_end is not None
        assert timex.date_start <= timex.date_end
        grain = "day" if match[3] else "month" if match[2] else "year"
        assert timex.granularity == grain
        if timex.mod is None:
            assert timex.date_start.isoformat().startswith(timex.value[:4])


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
