"""Tests for the timeline/temporal package: hand-written sentences per category and properties."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published
from timeline.temporal import Timex, genre, tag

REF = date(2023, 10, 23)  # a Monday
ARTICLE = Path(__file__).resolve().parents[1] / "data" / "blinken-iraq-2023.txt"
if not ARTICLE.exists():
    ARTICLE = Path("/work/shared/articles/blinken-iraq-2023.txt")


def one(text: str, reference: date | None = REF, **kwargs: bool) -> Timex:
    found = tag(text, reference, **kwargs)
    assert len(found) == 1, found
    return found[0]


def by_text(found: list[Timex]) -> dict[str, Timex]:
    return {t.text: t for t in found}


# -- the reference article ----------------------------------------------------------------------


def test_reference_article() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    published = resolve_published(text)
    assert published.source == "inferred"
    assert published.date in (date(2023, 10, 23), date(2023, 10, 24))
    found = tag(text, published.date)
    spans = by_text(found)
    monday = next(t for t in found if "October 23rd" in t.text)
    assert (monday.type, monday.value, monday.granularity) == ("DATE", "2023-10-23", "day")
    assert spans["Sunday"].value == "2023-10-22"
    decade = spans["over a decade ago"]
    assert decade.mod == "BEFORE" and decade.granularity == "decade"
    assert decade.date_end is not None and decade.date_end < date(2013, 12, 31)
    assert decade.date_start is not None and decade.date_start < decade.date_end
    assert spans["recently"].value == "PAST_REF" and spans["recently"].date_start is None
    assert "may" not in spans
    copyright_at = text.index("Copyright")
    assert all(t.end <= copyright_at for t in found)
    for timex in found:
        assert text[timex.start : timex.end] == timex.text


# -- categories -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("He arrived on October 23rd.", "October 23rd", "2023-10-23"),
        ("Filed Oct. 23, 2023 in court.", "Oct. 23, 2023", "2023-10-23"),
        ("Dated 23/10/2023.", "23/10/2023", "2023-10-23"),
        ("Dated 2023-10-23.", "2023-10-23", "2023-10-23"),
        ("Born on 24 February 1955 in town.", "24 February 1955", "1955-02-24"),
        ("It ended in March 1940.", "March 1940", "1940-03"),
        ("Sales fell in February.", "February", "2023-02"),
        ("The vote is due on the 25th.", "the 25th", "2023-10-25"),
    ],
)
def test_calendar_dates(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.type, timex.value) == (expected_text, "DATE", value)
    assert timex.date_start is not None and timex.granularity is not None


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("Talks ended last Friday.", "last Friday", "2023-10-20"),
        # stop 36 (dates6): "next" before a weekday still to come in the week of writing is
        # the week after's (written on Monday 23 October); "next Monday" is a week on
        ("She will visit next Tuesday.", "next Tuesday", "2023-10-31"),
        ("She will visit next Monday.", "next Monday", "2023-10-30"),
        ("They met on Sunday.", "Sunday", "2023-10-22"),
        ("They will meet on Sunday.", "Sunday", "2023-10-29"),
        ("The trial is set to begin on Wednesday.", "Wednesday", "2023-10-25"),
        ("Apple announced Friday that it will give refunds.", "Friday", "2023-10-20"),
    ],
)
def test_weekdays_follow_tense(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.value, timex.granularity) == (expected_text, value, "day")


@pytest.mark.parametrize(
    ("sentence", "expected_text", "type_", "value"),
    [
        ("He died yesterday.", "yesterday", "DATE", "2023-10-22"),
        ("Apple announced today.", "today", "DATE", "2023-10-23"),
        ("Prices rose last week.", "last week", "DATE", "2023-W42"),
        ("Prices rose last month.", "last month", "DATE", "2023-09"),
        ("It happened earlier this month.", "earlier this month", "DATE", "2023-10"),
        ("It happened two years ago.", "two years ago", "DATE", "2021"),
        ("Expect news in the coming days.", "the coming days", "DATE", "FUTURE_REF"),
        ("The group was founded this year.", "this year", "DATE", "2023"),
    ],
)
def test_relative(sentence: str, expected_text: str, type_: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.type, timex.value) == (expected_text, type_, value)


def test_anaphoric_counts_from_last_mentioned_date() -> None:
    found = tag("The war began in 1939. The following year France fell.", REF)
    assert [t.value for t in found] == ["1939", "1940"]
    found = tag("On June 10, 1940 Italy invaded; twelve days later France surrendered.", None)
    assert [t.value for t in found] == ["1940-06-10", "1940-06-22"]


def test_narrative_running_reference() -> None:
    text = (
        "On September 1, 1939, Germany attacked. In April, Germany invaded Denmark. "
        "The next day it ended."
    )
    found = tag(text, None)
    assert [t.value for t in found] == ["1939-09-01", "1939-04", "1939-04-XX"]
    assert tag("In 480 BC the Persians came.", None)[0].value == "BC0480"


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value", "granularity"),
    [
        ("Profit rose in the third quarter.", "the third quarter", "2023-Q3", "quarter"),
        ("Profit rose in Q3 2022.", "Q3 2022", "2022-Q3", "quarter"),
        ("Targets for fiscal 2024 were set.", "fiscal 2024", "FY2024", "year"),
        ("It was hot in the summer of 2022.", "the summer of 2022", "2022-SU", "season"),
        ("It grew in the 1990s.", "the 1990s", "199", "decade"),
        ("Music of the '80s returned.", "the '80s", "198", "decade"),
        ("It began in 2003.", "2003", "2003", "year"),
        ("It began in early 2009.", "early 2009", "2009", "year"),
    ],
)
def test_named_periods(sentence: str, expected_text: str, value: str, granularity: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.value, timex.granularity) == (expected_text, value, granularity)
    assert timex.date_start is not None and timex.date_end is not None


def test_modifier_sets_mod() -> None:
    assert one("It began in early 2009.").mod == "START"
    assert one("By the end of March 1944 they won.").mod == "END"
    assert one("In mid-September they left.").mod == "MID"


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("The shop opens at 9 a.m. sharp.", "9 a.m.", "2023-10-23T09:00"),
        ("They met at noon.", "noon", "2023-10-23T12:00"),
        ("Apple held an event Tuesday morning.", "Tuesday morning", "2023-10-17TMO"),
    ],
)
def test_times(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.type, timex.value, timex.granularity) == (
        expected_text,
        "TIME",
        value,
        "time",
    )


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("He served three years in office.", "three years", "P3Y"),
        ("It lasted a decade or so.", "a decade", "P10Y"),
        ("Talks lasted 48 hours.", "48 hours", "PT48H"),
        ("Growth over the past three years slowed.", "the past three years", "P3Y"),
        ("Repairs will take at least two years.", "at least two years", "P2Y"),
        ("The feud has lasted for decades.", "decades", "PXY"),
        ("A centuries-long custom ended.", "centuries-long", "PXY"),
    ],
)
def test_durations(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.type, timex.value) == (expected_text, "DURATION", value)
    assert timex.date_start is None


@pytest.mark.parametrize(
    ("sentence", "expected_text", "value"),
    [
        ("The board meets every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The magazine appears weekly.", "weekly", "P1W"),
        ("The conference is held annually.", "annually", "P1Y"),
        ("The brewer reported its first annual loss.", "annual", "P1Y"),
        ("The mine ships 40,000 tonnes a day.", "a day", "P1D"),
        ("Nurses there earn $52,000 a year.", "a year", "P1Y"),
        ("Patients take two tablets a week.", "a week", "P1W"),
    ],
)
def test_sets(sentence: str, expected_text: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.text, timex.type, timex.value) == (expected_text, "SET", value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He recently resigned.", "PAST_REF"),
        ("The store now sells films.", "PRESENT_REF"),
        ("The store currently sells films.", "PRESENT_REF"),
        ("Plans for use in the future were made.", "FUTURE_REF"),
        ("The rest of the tour will be rescheduled for a later date.", "FUTURE_REF"),
    ],
)
def test_vague(sentence: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.type, timex.value, timex.date_start) == ("DATE", value, None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rents have climbed in recent years.", "PXY"),
        ("The port has been quieter in recent weeks.", "PXW"),
    ],
)
def test_recent_periods_are_vague_durations(sentence: str, value: str) -> None:
    timex = one(sentence)
    assert (timex.type, timex.value, timex.date_start) == ("DURATION", value, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian proxy groups may take the opportunity.",
        "Protesters march through the city.",
        "An august institution held its meeting.",
        "He did it a second time.",
        "The Sunday Times reported the story.",
        "Shoppers queued for Black Friday deals.",
        "The 2010 Year in Review was published.",
        "About 1500 soldiers and 2000 people left.",
        "Copyright 2023, All rights reserved.",
        "Theresa May spoke to reporters.",
        "It was the driest year since records began.",
        "The shares fell a further 2% in after hours trading.",
    ],
)
def test_no_false_positives(sentence: str) -> None:
    assert tag(sentence, REF) == []


def test_a_rate_needs_an_amount_before_it() -> None:
    timex = one("She spent a year in Paris.")
    assert (timex.text, timex.type, timex.value) == ("a year", "DURATION", "P1Y")
    assert one("The mill earns $2m a year and employs 300.").mod is None
    assert one("The firm grew 4% a year.").type == "SET"
    assert one("He was fined a year ago.").type == "DATE"


def test_at_least_keeps_its_at() -> None:
    timex = one("The rebuild will take at least a decade.")
    assert (timex.text, timex.mod) == ("at least a decade", "EQUAL_OR_MORE")


def test_without_reference_relative_keeps_x() -> None:
    found = tag("They met on Sunday and again yesterday.", None, narrative=False)
    assert [t.value for t in found] == ["XXXX-WXX-7", "XXXX-XX-XX"]
    assert all(t.date_start is None for t in found)


def test_timex_validates() -> None:
    with pytest.raises(ValueError, match="type"):
        Timex(0, 3, "now", "WHEN", "PRESENT_REF")
    with pytest.raises(ValueError, match="span"):
        Timex(5, 3, "now", "DATE", "PRESENT_REF")
    with pytest.raises(ValueError, match="interval"):
        Timex(0, 3, "now", "DATE", "x", date_start=date(2023, 1, 2), date_end=date(2023, 1, 1))


# -- properties -----------------------------------------------------------------------------------

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FRAMES = [
    "They met on {}.",
    "He will arrive on {}.",
    "Talks ended last {}.",
    "It opens next {}.",
    "{} was busy.",
]


@settings(max_examples=60, deadline=None)
@given(
    reference=st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 24)),
    weekday=st.integers(min_value=0, max_value=6),
    frame=st.sampled_from(FRAMES),
)
def test_weekday_lands_on_that_weekday_within_a_week(
    reference: date, weekday: int, frame: str
) -> None:
    found = tag(frame.format(WEEKDAY_NAMES[weekday]), reference)
    assert len(found) == 1
    day = found[0].date_start
    assert day is not None
    assert day.weekday() == weekday
    if frame.startswith("It opens next"):
        # "next" names the weekday of the Monday to Sunday week after the reference's
        next_monday = reference + timedelta(days=7 - reference.weekday())
        assert next_monday <= day <= next_monday + timedelta(days=6)
    else:
        assert abs(day - reference) <= timedelta(days=7)


PIECES = st.sampled_from(
    [
        "On",
        " Monday",
        ", October 23rd",
        " 2023",
        " may",
        " May",
        " last week",
        " the 1990s",
        " two days later",
        " over a decade ago",
        " 9 a.m.",
        " every",
        " year",
        " 12-14 July 1950",
        " BC",
        " the 13th",
        " Q3",
        " fiscal",
        " early",
        " mid-",
        "\n",
        ".",
        " ",
        "'",
        "Copyright",
        " three",
        " years",
        " ago",
        " recently",
        " the following",
        " Sunday Times",
    ]
)


@example(text="OVER Decade AGO", reference=date(11, 1, 2), narrative=None)  # start of time
@settings(max_examples=80, deadline=None)
@given(
    text=st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=25).map("".join)),
    reference=st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))),
    narrative=st.one_of(st.none(), st.booleans()),
)
def test_offsets_slice_text_and_nothing_raises(
    text: str, reference: date | None, narrative: bool | None
) -> None:
    found = tag(text, reference, narrative=narrative)
    last_end = -1
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= last_end
        last_end = timex.end


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
