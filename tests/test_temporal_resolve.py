"""Tests for timeline/temporal/resolve.py: partial values resolved against a running reference."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import WEEKDAYS, tag
from timeline.temporal.partial import (
    Counted,
    DayShift,
    Direction,
    Partial,
    RelativeUnit,
    Weekday,
    YearlessDate,
)
from timeline.temporal.reference import RunningReference
from timeline.temporal.resolve import resolve

REF = date(2023, 10, 23)  # a Monday
DAYS = st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 24))
DIRECTIONS: list[Direction] = ["back", "forward", "before", "after"]
NAMES = st.sampled_from(sorted(name for name in WEEKDAYS if len(name) > 3))


def news(text: str = "", reference: date = REF) -> RunningReference:
    return RunningReference(text, reference, narrative=False)


@given(DAYS, NAMES, st.sampled_from(["", "last ", "next ", "this ", "on "]))
def test_a_weekday_phrase_is_that_weekday_within_seven_days(
    reference: date, name: str, relation: str
) -> None:
    text = f"The minister resigned {relation}{name.capitalize()}."
    found = [t for t in tag(text, reference) if t.type == "DATE"]
    assert len(found) == 1, found
    day = date.fromisoformat(found[0].value)
    assert day.isoweekday() == WEEKDAYS[name]
    # "next" before a weekday still to come in the week names the week after's (stop 36):
    # at most thirteen days on
    reach = 13 if relation == "next " else 7
    assert abs((day - reference).days) <= reach


@given(DAYS, st.integers(1, 7), st.sampled_from(DIRECTIONS))
def test_a_weekday_lies_in_its_direction(
    reference: date, weekday: int, direction: Direction
) -> None:
    resolved = resolve(Weekday(weekday, direction), news(reference=reference))
    assert resolved is not None
    day = date.fromisoformat(resolved.value)
    assert day.isoweekday() == weekday
    offset = (day - reference).days
    allowed = {
        "back": range(-6, 1),
        "forward": range(7),
        "before": range(-7, 0),
        "after": range(1, 8),
    }
    assert offset in allowed[direction]


@given(DAYS, st.integers(-3, 3))
def test_a_day_shift_moves_the_reference_by_its_days(reference: date, days: int) -> None:
    resolved = resolve(DayShift(days), news(reference=reference))
    assert resolved is not None
    assert resolved.value == (reference + timedelta(days=days)).isoformat()


def test_narrative_counts_a_weekday_forward_from_the_last_date() -> None:
    running = RunningReference("", None, narrative=True)
    running.remember("1941-12-07")  # a Sunday
    resolved = resolve(Weekday(3, direction="before"), running)
    assert resolved is not None and resolved.value == "1941-12-10"


def test_nothing_known_leaves_the_value_partial_and_the_reference_still() -> None:
    running = RunningReference("", None, narrative=True)
    partials = (Weekday(5), DayShift(-1), RelativeUnit("Q", 1), Counted("D", 3.0, -1))
    values = [resolve(p, running) for p in partials]
    assert [(v.value, v.remember) for v in values if v] == [
        ("XXXX-WXX-5", False),
        ("XXXX-XX-XX", False),
        ("FUTURE_REF", False),
        ("PAST_REF", False),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks ended on December 5.", "2022-12-05"),
        ("Talks will end on December 5.", "2023-12-05"),
        ("Talks end on December 5.", "2023-12-05"),
        # "has" or "have" with no other verb nearer: what the firm has now, ahead of it
        ("The firm has a deadline of December 5.", "2023-12-05"),
        ("The firms have until December 5 to file.", "2023-12-05"),
        # a verb nearer the date, or "since", still says the past
        ("The firm has held talks on December 5.", "2022-12-05"),
        ("The firm has been in talks since December 5.", "2022-12-05"),
        # an intention looks ahead, even after "has said"
        ("The firm has said it wants to close the plants by December 5.", "2023-12-05"),
        ("The regulator seeks to rule by December 5.", "2023-12-05"),
        # an adverb between "is" and the participle leaves a present passive
        ("The loss could grow before it is formally reported on December 5.", "2023-12-05"),
        ("The report was quietly released on December 5.", "2022-12-05"),
    ],
)
def test_a_yearless_date_in_news_takes_its_year_from_the_tense(text: str, value: str) -> None:
    start = text.index("December")
    resolved = resolve(YearlessDate(12, 5), news(text), (start, start + 10))
    assert resolved is not None and resolved.value == value


def test_a_yearless_day_that_does_not_exist_is_no_date() -> None:
    running = RunningReference("", None, narrative=True)
    running.remember("1941-03")
    assert resolve(YearlessDate(2, 30), running) is None


def test_partial_values_refuse_what_cannot_be() -> None:
    with pytest.raises(ValueError, match="ISO weekday"):
        Weekday(0)
    with pytest.raises(ValueError, match="month"):
        YearlessDate(13)
    with pytest.raises(ValueError, match="direction"):
        Counted("Y", 1.0, 0)


def test_every_partial_kind_shows_an_example() -> None:
    for kind in get_args(Partial):
        example = f"resolve({kind.__name__}("
        assert example in (kind.__doc__ or ""), f"{kind.__name__} has no usage example"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "The mill opened in 2019. It cut jobs last week, officials said.",
            "last week",
            "XXXX-WXX",
        ),
        ("The mill opened in 2019. It will hire again next month.", "next month", "XXXX-XX"),
        (
            "The mill opened in March 2019. It was sold two years ago, a filing said yesterday.",
            "two years ago",
            "XXXX",
        ),
        (
            "Sales rose in the spring of 2019. Prices fell last summer, yesterday's report said.",
            "last summer",
            "XXXX-SU",
        ),
    ],
)
def test_news_without_its_date_borrows_no_year_from_another_date(
    sentence: str, expression: str, value: str
) -> None:
    """A news story (it counts from its own day: "last week", "yesterday") without its
    publication date has nothing to count "next month" from: X's, not a year of the text."""
    found = {timex.text: timex for timex in tag(sentence, None)}
    assert found[expression].value == value
    assert found[expression].date_start is None


def test_a_narrative_still_counts_from_the_last_date() -> None:
    found = {t.text: t.value for t in tag("The war spread in 1941. The next year it ended.", None)}
    assert found["The next year"] == "1942"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a timetable's present tense looks ahead, however far the month lies behind
        ("The chief executive leaves in May.", "2024-05"),
        ("The new rule takes effect in May.", "2024-05"),
        # a state in the present keeps the nearest month
        ("Sales in May are up 4%.", "2023-05"),
    ],
)
def test_a_timetable_in_the_present_tense_is_ahead(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a deadline for what someone is to do lies ahead, after a past verb too
        ("The court directed the council to file a fresh report by 2nd April.", "2024-04-02"),
        ("The carmaker agreed to pay the fine by June 30.", "2024-06-30"),
        # a past obligation or a finished task stays behind
        ("Staff had to leave the site by June 30.", "2023-06-30"),
        ("The work was completed by June 30.", "2023-06-30"),
    ],
)
def test_a_deadline_for_what_is_to_be_done_is_ahead(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


_FULL_MONTHS = list(calendar.month_name)[1:]


@given(
    st.sampled_from(
        [
            "The mayor urged residents to clear their gutters before ",
            "The board promised to repay its members before ",
            "The minister told the firms to settle their debts before ",
            "She said the ministry would publish the review before ",
            "The union warned that the mills could close before ",
        ]
    ),
    st.sampled_from(["", "the end of ", "the start of ", "mid-", "early "]),
    st.integers(min_value=1, max_value=12),
)
def test_a_deadline_before_a_month_for_what_is_to_be_done_is_ahead(
    lead: str, part: str, month: int
) -> None:
    # written on 23 October 2023: the month it is to be done before is this one or later
    text = f"{lead}{part}{_FULL_MONTHS[month - 1]}."
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert len(found) == 1
    expected = (2023 if month >= REF.month else 2024, month)
    start = found[0].date_start
    assert start is not None
    assert (start.year, start.month) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what happened before a month, or had to, stays behind
        ("Staff had to leave the site before the end of June.", "2023-06"),
        ("The river fell before June.", "2023-06"),
        ("The council approved the plan before the end of June.", "2023-06"),
    ],
)
def test_what_happened_before_a_month_stays_behind(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # written on Tuesday 19 December 2023: the weekday says which year
        ("The hospital will open its new wing tomorrow, Wednesday 20 December.", "2023-12-20"),
        ("The depot closed on Friday, December 22.", "2023-12-22"),
        ("The depot closed on Tuesday, December 20.", "2022-12-20"),
        ("The harbour reopened on Sunday 17 December.", "2023-12-17"),
    ],
)
def test_a_yearless_date_with_its_weekday_is_in_a_year_where_the_weekday_falls(
    text: str, value: str
) -> None:
    (dated,) = [t for t in tag(text, date(2023, 12, 19)) if t.text != "tomorrow"]
    assert dated.value == value


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=-300, max_value=300),
)
def test_a_weekday_and_a_day_resolve_to_that_weekday_when_a_year_near_has_it(
    reference: date, offset: int
) -> None:
    when = reference + timedelta(days=offset)
    weekday = when.strftime("%A")
    text = f"The depot closed on {weekday}, {when.strftime('%B')} {when.day}."
    (found,) = [t for t in tag(text, reference) if t.granularity == "day"]
    assert found.date_start is not None
    assert found.date_start.isoweekday() == when.isoweekday()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a promise, a vow or a threat looks ahead, though its verb is in the past
        ("The province pledged to reopen the ferry link in February.", "2024-02"),
        ("The union vowed to strike again in June.", "2024-06"),
        ("The landlord threatened to evict the tenants in March.", "2024-03"),
        # an irregular participle tells a past, as a regular one does
        ("The river had risen above the wall in June.", "2023-06"),
        ("The thieves had fled the country in August.", "2023-08"),
        ("The crew was seen near the dock in July.", "2023-07"),
    ],
)
def test_promises_look_ahead_and_irregular_participles_look_back(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_a_range_of_bare_months_in_news_ends_after_it_starts() -> None:
    text = "The water board promised to release more water between April and September."
    found = [(t.text, t.value) for t in tag(text, date(2023, 9, 14))]
    assert found == [("April", "2024-04"), ("September", "2024-09")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # written on Monday 23 October 2023
        # when a thing set takes effect lies ahead, whatever the verb before it
        ("The board approved new tariffs, which take effect Jan. 1.", "2024-01-01"),
        # "last" after a modal is the verb: "will last until Friday" is ahead
        ("A drought that experts say will last until at least Friday goes on.", "2023-10-27"),
        # a week a thing is arranged for (the week of its day: week_of.py)
        ("The union has called a stoppage for the week of January 15.", "2024-W03"),
    ],
)
def test_a_thing_set_to_take_effect_last_or_happen_is_ahead(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_a_weekday_in_a_list_leaves_the_days_after_it_to_the_list() -> None:
    text = "Crews will strike next Monday and Tuesday, October 30 and 31."
    values = [t.value for t in tag(text, REF) if t.granularity == "day"]
    assert "2023-10-31" in values
    assert all(value.startswith("2023-") for value in values)


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # "this Friday" is the Friday of the week of writing, whatever the verb before it
        (
            "The council has asked residents to attend a hearing this Friday.",
            "2023-10-23",
            "2023-10-27",
        ),
        ("The council met this Monday.", "2023-10-26", "2023-10-23"),
        # a day of the week gone by is next week's only in a clause that looks ahead
        ("The council will meet this Monday.", "2023-10-26", "2023-10-30"),
    ],
)
def test_this_weekday_is_of_the_week_of_writing(text: str, reference: str, value: str) -> None:
    found = [t for t in tag(text, date.fromisoformat(reference)) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # written on Monday 23 October 2023: a period declared to start on a day is ahead
        ("The governor declared three days of mourning from Thursday.", "2023-10-26"),
        ("The mayor ordered a two-week closure of the port from Wednesday.", "2023-10-25"),
        # a period that ran from a day is behind
        ("The strike lasted three days from Thursday.", "2023-10-19"),
    ],
)
def test_a_period_declared_from_a_day_starts_ahead(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # a day said in a clause of the future, a few days before the news: this year's
        ("The ferry due on 28 May was sent to another port.", date(2021, 6, 2), "2021-05-28"),
        # a day said in a clause of the past, a few weeks after the news: this year's
        ("The council said the vote was planned for 3 April.", date(2021, 3, 10), "2021-04-03"),
        # but a day ahead that its own past verb tells of is last year's
        ("The shop reopened on 1 April.", date(2021, 3, 10), "2020-04-01"),
        # a sentence that names another year keeps the tense's
        ("It said next year's fair will run to 2 December.", date(2021, 12, 3), "2022-12-02"),
        # the days of a range keep the range's tense
        ("The consultation ran from 3 July to 28 August.", date(2025, 6, 18), "2024-08-28"),
        # further away, the tense still decides
        ("The fair closed on 20 August.", date(2021, 6, 2), "2020-08-20"),
        ("The fair will open on 20 April.", date(2021, 6, 2), "2022-04-20"),
    ],
)
def test_a_yearless_day_near_the_news_day_is_that_nearest_one(
    text: str, reference: date, value: str
) -> None:
    assert [t.value for t in tag(text, reference)][-1] == value


@given(DAYS, st.integers(-31, 31), st.sampled_from(["was held", "will be held"]))
def test_a_yearless_day_within_a_month_of_the_news_day_is_never_a_year_away(
    reference: date, offset: int, verb: str
) -> None:
    day = reference + timedelta(days=offset)
    if (day.month, day.day) == (2, 29):
        return
    text = f"The hearing {verb} at its sitting on {day.day} {day.strftime('%B')}."
    start = text.index(str(day.day))
    span = (start, len(text) - 1)
    resolved = resolve(YearlessDate(day.month, day.day), news(text, reference), span)
    assert resolved is not None and resolved.value == day.isoformat()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "to" before a noun phrase is a preposition: no intention, the past clause tells
        ("She had sought more money when she took the plan to the board on Aug. 14.", "2023-08-14"),
        ("The firm had shown its plans to a lender in June.", "2023-06"),
        # "to" before a verb is the intention, still ahead
        ("The board plans to vote on the scheme on Aug. 14.", "2024-08-14"),
        ("The firm plans to show the plan to a lender in June.", "2024-06"),
    ],
)
def test_a_plan_taken_to_someone_is_no_intention(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekend of a named month is the week that holds its Saturday, not a weekend
        # counted from the news day ("the last weekend") nor the month's end ("end of October")
        ("The regatta on the last weekend of September drew 40 boats.", "2023-W39"),
        ("When the ferry resumed on the first weekend of October, few came.", "2023-W40"),
        ("The fair moved to the second weekend of June 2019.", "2019-W23"),
        # a capitalised word inside a name is no verb: "the Harbour Open regatta" is no timetable
        ("The Harbour Open regatta in the last week of July drew 40 boats.", "2023-W30"),
    ],
)
def test_a_weekend_of_a_month_is_the_week_that_holds_it(text: str, value: str) -> None:
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "season", "value"),
    [
        # a year that opens the sentence is its scene: a season without a year is of it
        ("In 2006, during the summer floods, the mill closed.", "the summer", "2006-SU"),
        ("Last year, the harvest fell after a cold spring.", "spring", "2022-SP"),
        # a year said further on, in another clause, is no scene for the season
        ("The firm opened a shop in 2019 and an office in the summer.", "the summer", "2023-SU"),
        # nor the year of the news
        ("This year, the harvest fell after a cold spring.", "spring", "2023-SP"),
    ],
)
def test_a_season_takes_the_year_that_opens_its_sentence(
    text: str, season: str, value: str
) -> None:
    assert [t.value for t in tag(text, REF) if t.text == season] == [value]


@given(
    st.sampled_from(
        [
            "The board has appointed Ms Ruiz as its chair with effect from {day} {month}.",
            "The bank raised its rate to 7 per cent with effect from {day} {month}.",
            "The council named him town clerk with effect on {month} {day}.",
            "The ministry lifted the ban with immediate effect from {day} {month}.",
        ]
    ),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_the_day_a_thing_set_takes_effect_is_ahead(lead: str, month: int, day: int) -> None:
    # written on Monday 23 October 2023: what takes effect does so on this day or later
    text = lead.format(day=day, month=_FULL_MONTHS[month - 1])
    found = [t for t in tag(text, REF) if t.type == "DATE"]
    assert len(found) == 1
    start = found[0].date_start
    assert start is not None
    assert REF - timedelta(days=31) <= start <= REF + timedelta(days=366)
    assert start.month == month and start.day == day


def test_a_day_a_thing_took_effect_weeks_before_the_news_is_that_day() -> None:
    # written on 28 October: "with effect from" opens no range, so the near day is the one meant
    found = tag("The rate was raised to 7 per cent with effect from 1 October.", date(1997, 10, 28))
    assert [t.value for t in found if t.type == "DATE"] == ["1997-10-01"]
