"""Tests for the timeline/temporal package, deeper cases: quarters and halves, news anaphora,
parts of the day, the day in question, tense, narratives, false positives, holidays and
calendar intervals (continued in test_temporal_deeper_ranges.py)."""

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
