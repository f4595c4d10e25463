"""Expressions that look like dates but name none (timeline/temporal/recurring.py): every
rule's examples, fixtures of each kind, and the rows of the event table they leave alone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.helpers import news_events
from timeline.temporal import tag
from timeline.temporal.recurring import RULES, NonDateRule

PUBLISHED = date(2022, 10, 23)  # a Sunday

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}: {example[0]}")
    for rule in RULES
    for example in rule.examples
]


def _tagged(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule: NonDateRule, example: tuple[str, str, str | None]) -> None:
    sentence, written, value = example
    found = [(t.text, t.value) for t in tag(sentence, PUBLISHED) if t.text == written]
    if value is None:
        assert found == [], f"{rule.name}: {written!r} should name no time"
    else:
        assert found == [(written, value)], f"{rule.name}: {found}"


def test_every_rule_has_a_unique_name_and_an_example() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)


# ---- sets: a time that comes back


def test_weekdays_in_the_plural_and_what_is_joined_to_them_are_sets() -> None:
    tagged = _tagged("Juniors train on Monday and Friday evenings at 6.30pm in the club hall.")
    assert [(text, kind) for text, kind, _ in tagged] == [
        ("Monday", "SET"),
        ("Friday evenings", "SET"),
        ("6.30pm", "SET"),
    ]
    assert tagged[0][2] == "XXXX-WXX-1TEV"


def test_a_day_left_out_of_a_set_is_a_weekday_of_every_week() -> None:
    assert ("Saturday", "SET", "XXXX-WXX-6") in _tagged(
        "Every afternoon except Saturday, the keeper feeds the seals."
    )


def test_a_weekday_before_a_practice_is_a_set_but_before_a_thing_of_one_day_a_date() -> None:
    assert ("Saturday", "SET", "XXXX-WXX-6") in _tagged("The town ended Saturday markets.")
    # the news drops "on": "announced Monday plans" is that Monday
    assert ("Monday", "DATE", "2022-10-17") in _tagged(
        "The mayor announced Monday plans to resign."
    )
    assert ("Wednesday", "DATE", "2022-10-19") in _tagged("It spoke at a Wednesday media event.")
    # with a determiner it is the service of one Sunday
    assert ("Sunday", "DATE", "2022-10-23") in _tagged("The Sunday service was cancelled.")


def test_a_weekday_naming_a_kind_beside_a_day_of_the_sentence_is_a_set() -> None:
    """Stop 31: after an article or a possessive, a weekday before a practice's noun is a kind
    of that practice when the sentence names the day it happens on."""
    assert _tagged("Harbour Buses will run its Sunday timetable on Christmas Day.")[0] == (
        "Sunday",
        "SET",
        "XXXX-WXX-7",
    )
    assert ("Saturday", "SET", "XXXX-WXX-6") in _tagged(
        "Brindle Rail ran a Saturday service on Tuesday."
    )
    assert ("Monday", "SET", "XXXX-WXX-1") in _tagged(
        "The Calder Courier's Monday edition will appear on Tuesday, Nov. 1."
    )
    # alone the kind is that week's, and a weekday before a clause is its day
    assert ("Sunday", "DATE", "2022-10-23") in _tagged("The Sunday service was cancelled.")
    assert _tagged("On Sunday the market opened early on Dock Road.")[0][:2] == ("Sunday", "DATE")


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)))
def test_a_timetable_of_a_weekday_on_a_holiday_dates_the_holiday_row(published: date) -> None:
    """On every publication day the row of "will run its Sunday timetable on Christmas Day"
    is Christmas Day, never a Sunday."""
    text = "Harbour Buses will run its Sunday timetable on Christmas Day."
    rows = news_events(text, published)
    assert rows and all(row.date_value.endswith("-12-25") for row in rows)


def test_a_holiday_naming_its_seasons_trade_is_a_season_of_no_stated_length() -> None:
    assert ("Easter", "DURATION", "PXD") in _tagged("Growers shipped Easter orders early.")
    assert ("Easter", "DATE", "2022-04-17") in _tagged("The shop closed at Easter.")


def test_clock_times_joined_to_a_set_are_sets_and_clock_ranges_of_a_rule_too() -> None:
    assert ("5 p.m.", "SET", "XXXX-XX-XXT17:00") in _tagged(
        "The depot opens at 5 p.m. every Friday."
    )
    tagged = _tagged("Until repairs end, the pool will admit swimmers from 9 a.m. to 1 p.m.")
    assert [(text, kind) for text, kind, _ in tagged] == [("9 a.m.", "SET"), ("1 p.m.", "SET")]


def test_a_clock_range_of_what_happened_or_of_a_named_day_keeps_its_time() -> None:
    past = _tagged("Police shut the bridge between 2 p.m. and 4 p.m., a spokesman said.")
    assert [kind for _, kind, _ in past] == ["TIME", "TIME"]
    named = _tagged("The pool will open from 9 a.m. to 1 p.m. on Tuesday.")
    assert all(kind != "SET" for _, kind, _ in named)


# ---- habits: when a habit comes back is no date


def test_a_month_in_a_habits_clause_is_a_month_of_every_year() -> None:
    assert ("mid-October", "SET", "XXXX-10") in _tagged(
        "The ferry, which usually stops running in mid-October, sailed on Friday."
    )
    # the habit's clause ends at its comma: Friday is still a date
    assert ("Friday", "DATE", "2022-10-21") in _tagged(
        "The ferry, which usually stops running in mid-October, sailed on Friday."
    )


def test_normally_tells_a_habit_as_usually_does() -> None:
    tagged = _tagged("The wet season, which normally lasts from January to May, came early.")
    assert ("January", "SET", "XXXX-01") in tagged
    assert ("May", "SET", "XXXX-05") in tagged


def test_a_month_with_its_year_or_a_relation_is_a_date_even_in_a_habit() -> None:
    assert ("March 2021", "DATE", "2021-03") in _tagged("Rents usually fell in March 2021.")
    assert ("last March", "DATE", "2022-03") in _tagged("Rents usually fell last March.")


def test_a_habits_cue_after_the_month_in_its_clause_makes_it_a_set() -> None:
    tagged = _tagged("Contracts are signed mostly in January and February every year.")
    assert ("January", "SET", "XXXX-01") in tagged
    assert ("February", "SET", "XXXX-02") in tagged
    # "every month since": the cue is before the month, and counts up to a date
    assert ("March", "DATE", "2022-03") in _tagged("Rents have risen every month since March.")


def test_a_main_clauses_habit_reaches_back_over_its_leading_phrases_only() -> None:
    tagged = _tagged("In the cold months, from December to February, the lake often freezes.")
    assert ("December", "SET", "XXXX-12") in tagged
    assert ("February", "SET", "XXXX-02") in tagged
    # the habit is what was said, not when the saying was
    assert ("March", "DATE", "2022-03") in _tagged("In March, the bank said rates often rise.")
    # in the day's own clause, "often" tells how the day is remembered
    assert ("July 3", "DATE", "2022-07-03") in _tagged(
        "The landing on July 3 is often recalled as the turning point."
    )
    # a contrast with a normal year after a month leaves the month a date
    assert ("February", "DATE", "2022-02") in _tagged(
        '"We sowed in February what in a normal year we would sow in March," she said.'
    )


def test_a_holiday_in_a_habit_comes_back_each_year() -> None:
    assert [kind for text, kind, _ in _tagged("Hotels are usually full at Easter.")] == ["SET"]
    assert ("Christmas", "DATE", "2022-12-25") in _tagged("Hotels will be full at Christmas.")


# ---- no time at all


def test_some_night_of_some_season_is_no_time() -> None:
    tagged = _tagged("She met him on a spring evening in the early 1960s.")
    assert [text for text, _, _ in tagged] == ["the early 1960s"]


def test_a_season_of_an_event_stays_a_season() -> None:
    assert [text for text, _, _ in _tagged("Rebels launched a spring offensive in 1944.")] == [
        "spring",
        "1944",
    ]


def test_a_year_that_starts_a_bodys_name_is_no_year() -> None:
    assert _tagged("Astronomers tracked 2011 MD5 for a week.") == [("a week", "DURATION", "P1W")]
    assert ("2011", "DATE", "2011") in _tagged("Astronomers tracked it in 2011 for a week.")


# ---- the rows of the event table


def test_a_habit_clause_gives_no_row_of_its_own() -> None:
    events = news_events(
        "The Harbour Board warned on Friday that the dry season, which usually ends by late "
        "April, could last longer.",
        PUBLISHED,
    )
    assert [(e.date_value, e.date_text) for e in events] == [("2022-10-21", "Friday")]


def test_a_sentence_of_opening_hours_is_news_of_the_day() -> None:
    events = news_events(
        "Until the flood water clears, Ashgrove Library will lend books only between 10 a.m. "
        "and 2 p.m., the council said.",
        PUBLISHED,
    )
    assert {e.date_start for e in events} == {PUBLISHED}
    assert all(e.granularity == "day" for e in events)


def test_a_day_left_out_of_a_habit_dates_nothing() -> None:
    events = news_events(
        "Every evening except Monday, Mira Castell opens the doors of her bakery.", PUBLISHED
    )
    assert [(e.date_start, e.actors) for e in events] == [(PUBLISHED, ("Mira Castell",))]


def test_a_manner_adverb_is_no_habit() -> None:
    assert ("Monday", "DATE", "2022-10-24") in _tagged("Trains will run normally on Monday.")
    assert ("Tuesday", "DATE", "2022-10-18") in _tagged("Shares generally rose on Tuesday.")


def test_a_narrative_writes_set_adverbs_as_timex2_does() -> None:
    text = "In 1916 the garrison was shelled daily and supplied weekly, at a cost paid annually."
    assert [(t.text, t.value) for t in tag(text, None) if t.type == "SET"] == [
        ("daily", "XXXX-XX-XX"),
        ("weekly", "XXXX-WXX"),
        ("annually", "XXXX"),
    ]
    # news keeps TIMEX3's durations, and "per day" is a rate in both
    assert ("daily", "SET", "P1D") in _tagged("The mill was inspected daily, officials said.")
    assert ("per day", "P1D") in [
        (t.text, t.value) for t in tag("It fired 40 shells per day in 1916.", None)
    ]


def test_a_narrative_counts_decades_and_centuries_in_their_own_units() -> None:
    text = "By 1950 the war had lasted two decades, after two centuries of peace."
    assert [(t.text, t.value) for t in tag(text, None) if t.type == "DURATION"] == [
        ("two decades", "P2DE"),
        ("two centuries", "P2CE"),
    ]
    assert ("two decades", "DURATION", "P20Y") in _tagged("The feud has lasted two decades.")


# ---- numbers that are no years


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants paid ₹2000 a month in rent.",
        "The stall charged RM2000 for a licence.",
        "The mayor won 2,013 votes.",
        "Rovers won 2-1 at home.",
        "It was 40C in the shade on the quay.",
        "Ms Ames, 34, and her son, aged 16, fled.",
        "The spacecraft passed 2004 MN4 safely.",
    ],
)
def test_a_number_that_counts_or_names_is_no_date(sentence: str) -> None:
    assert [t for t in tag(sentence, PUBLISHED) if t.type in ("DATE", "TIME")] == []


def test_a_month_or_holiday_after_every_is_of_every_year() -> None:
    assert ("every March", "SET", "XXXX-03") in _tagged("She spends every March in the hills.")
    assert ("each Christmas", "SET", "XXXX-12-25") in _tagged("He came home each Christmas.")
    assert ("each Easter", "SET", "XXXX-04") in _tagged("He came home each Easter.")
    events = news_events("Every November, Harwell Foods cuts its prices.", PUBLISHED)
    assert [e.date_start for e in events] == [PUBLISHED]


def test_what_we_do_in_a_month_in_a_quotation_is_done_every_year() -> None:
    tagged = _tagged('"We shear the flocks in April and in May," said Ana Ruiz, a farmer.')
    assert [(text, kind, value) for text, kind, value in tagged] == [
        ("April", "SET", "XXXX-04"),
        ("May", "SET", "XXXX-05"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We sheared the flocks in April," said Ana Ruiz.',  # what happened
        '"We hope to shear the flocks in April," said Ana Ruiz.',  # a plan
        '"We open the new barn in April," said Ana Ruiz.',  # a timetable
        '"We will shear the flocks in April," said Ana Ruiz.',
        "Farm workers say they shear the flocks in April.",  # the writer's words
    ],
)
def test_a_month_of_what_happened_or_is_planned_stays_a_date(sentence: str) -> None:
    assert all(kind != "SET" for _, kind, _ in _tagged(sentence))


def test_a_day_after_but_with_a_comma_is_a_contrast_not_a_day_left_out() -> None:
    assert ("Sunday", "SET", "XXXX-WXX-7") in _tagged("The mill runs every day but Sunday.")
    assert ("Friday", "DATE", "2022-10-21") in _tagged(
        "The mill ran every day, but on Friday it stopped."
    )
    assert ("Friday", "DATE", "2022-10-21") in _tagged(
        "The mill ran every day, but Friday it stopped."
    )


# ---- a day word telling an age


def test_a_day_word_after_a_preposition_with_of_or_before_a_possessive_stays_a_day() -> None:
    assert ("tomorrow", "DATE", "2022-10-24") in _tagged(
        "The ferry sailed early, ahead of tomorrow's storm."
    )
    assert ("tomorrow", "DATE", "2022-10-24") in _tagged(
        "The mayor will open the bridge today instead of tomorrow."
    )
    assert ("tomorrow", "DATE", "2022-10-24") in _tagged("The talks resume tomorrow.")


def test_a_sentence_about_the_things_of_tomorrow_is_dated_by_its_own_day() -> None:
    events = news_events(
        "On Friday the minister said that the harbour would build the ferries of tomorrow.",
        PUBLISHED,
    )
    assert {e.date_value for e in events} == {"2022-10-21"}


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        (
            "Membership grew, and the Thursday open-house evenings were packed.",
            "Thursday",
            "XXXX-WXX-4TEV",
        ),
        ("Volunteers run the Saturday pancake mornings at the hall.", "Saturday", "XXXX-WXX-6TMO"),
        ("The Friday quiz nights raised $900 for the roof.", "Friday", "XXXX-WXX-5TNI"),
        # a singular part of the day after the words is one day
        ("The Friday quiz night raised $900 for the roof.", "Friday", "2022-10-21"),
        ("Talks on Monday ran late into the night.", "Monday", "2022-10-17"),
    ],
)
def test_a_weekday_naming_plural_parts_of_the_day_comes_back(
    sentence: str, written: str, value: str
) -> None:
    assert [v for t, _, v in _tagged(sentence) if t == written] == [value]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "The depot changed its delivery day from Tuesday to Friday.",
            ["XXXX-WXX-2", "XXXX-WXX-5"],
        ),
        (
            "The club switched its training days from Monday until Wednesday.",
            ["XXXX-WXX-1", "XXXX-WXX-3"],
        ),
        # a range of days a thing was moved across is no practice: the days stay dates
        ("The hearing was moved from Monday to Wednesday.", ["2022-10-17", "2022-10-19"]),
    ],
)
def test_a_practice_moved_between_weekdays_names_no_date(sentence: str, values: list[str]) -> None:
    assert [v for _, _, v in _tagged(sentence)] == values
