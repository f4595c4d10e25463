"""Kinds of temporal expression met on held-out news: one test per kind, invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

REF = date(2025, 6, 18)  # a Wednesday


def values(text: str, reference: date | None = REF) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Her second record, "Dancing Past Midnight," was issued in 1971.',
        "The band played “Saturday Night Special” twice.",
        'He wrote "A Winter Away" and "Noon at the Harbour" before he was 30.',
    ],
)
def test_a_work_title_in_quotation_marks_is_no_time(sentence: str) -> None:
    assert [v for _, v in values(sentence) if not v.isdigit()] == []


def test_speech_in_quotation_marks_keeps_its_dates() -> None:
    assert values('"We will reopen on Friday," the owner said.') == [("Friday", "2025-06-20")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("It earned more in the October-to-December quarter.", "October-to-December", "2024-Q4"),
        ("Sales fell in the January to March quarter.", "January to March", "2025-Q1"),
        ("Costs rose in the April-June period.", "April-June", "2025-Q2"),
    ],
)
def test_months_that_make_a_quarter_are_the_quarter(sentence: str, text: str, value: str) -> None:
    assert values(sentence) == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales rose in August last year.", [("August last year", "2024-08")]),
        ("The plant shut on June 3 last year.", [("June 3 last year", "2024-06-03")]),
        (
            "It ran from May to August last year.",
            [("May", "2024-05"), ("August last year", "2024-08")],
        ),
        (
            "It will run from May to August next year.",
            [("May", "2026-05"), ("August next year", "2026-08")],
        ),
        (
            "It ran from November to February this year.",
            [("November", "2024-11"), ("February this year", "2025-02")],
        ),
    ],
)
def test_a_month_before_a_year_said_relatively_is_in_that_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


def test_a_month_moved_to_a_leap_year_ends_on_its_last_day() -> None:
    (february,) = tag("Sales fell in February last year.", REF)
    assert february.date_end == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("sentence", "value", "granularity"),
    [
        ("We moved the pier a decade ago.", "2015", "year"),
        ("The mill closed two decades ago.", "2005", "year"),
        ("The ouster came over a decade ago.", "201", "decade"),
    ],
)
def test_a_decade_ago_is_the_year_a_decade_back_over_a_decade_ago_the_decade(
    sentence: str, value: str, granularity: str
) -> None:
    (timex,) = tag(sentence, REF)
    assert (timex.value, timex.granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A hearing on costs has been listed for 3 July.", "2025-07-03"),
        ("The judge fixed a further hearing for 14 November.", "2025-11-14"),
        ("Drivers have announced protests for Friday.", "2025-06-20"),
        ("He was jailed for Friday's attack.", "2025-06-13"),
        ("The regulator has called both sides to a meeting on Monday.", "2025-06-23"),
        ("The union went to a meeting on Monday.", "2025-06-16"),
    ],
)
def test_a_day_a_thing_is_arranged_for_is_still_to_come(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, REF)] == [value]


@pytest.mark.parametrize("reference", [REF, None])
def test_seasons_after_a_season_said_follow_it(reference: date | None) -> None:
    text = (
        "In the autumn of 1994, wolves took the goats. That winter, snow killed half the herd. "
        "The following spring, the family left the valley."
    )
    assert [v for _, v in values(text, reference)] == ["1994-FA", "1994-WI", "1995-SP"]


@pytest.mark.parametrize("reference", [REF, None])
def test_that_night_after_a_year_of_another_year_is_a_night_of_that_year(
    reference: date | None,
) -> None:
    found = tag("The wolves came back in 1994. They took three goats that night.", reference)
    night = found[-1]
    assert (night.value, night.date_start, night.date_end) == (
        "1994-XX-XXTNI",
        date(1994, 1, 1),
        date(1994, 12, 31),
    )


def test_that_night_after_a_day_told_is_that_day_and_morning_trading_the_news_day() -> None:
    assert values("Talks broke down on Monday. Strikers marched that night.")[-1] == (
        "that night",
        "2025-06-16TNI",
    )
    text = "Sales rose 4% in February, and the shares rose in morning trading."
    assert values(text)[-1] == ("morning", "2025-06-18TMO")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Voters go to the polls on the first Tuesday in November.", "2025-11-04"),
        ("The fair was held on the last Saturday of May.", "2025-05-31"),
        ("The second Monday of March 2024 was a holiday.", "2024-03-11"),
    ],
)
def test_the_nth_weekday_of_a_month_is_a_day(sentence: str, value: str) -> None:
    assert [v for _, v in values(sentence)] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bar closed on a Sunday in March.", [("March", "2025-03")]),
        ("One Friday night, the lights went out.", []),
        ("In a Wednesday media event, the firm spoke.", [("Wednesday", "2025-06-18")]),
    ],
)
def test_some_weekday_is_no_day_but_a_weekday_describing_a_noun_is(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


def test_when_a_plan_is_to_start_is_still_to_come() -> None:
    text = "The carrier was in talks with tour firms to add charter flights from December."
    assert values(text) == [("December", "2025-12")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Preorders open on Tuesday through the maker's website.", "2025-06-24"),
        ("The vote could take place in the first week of December.", "2025-W49"),
        ("Officials could not reach the owner on Monday.", "2025-06-16"),
    ],
)
def test_a_timetable_in_the_plural_and_could_point_ahead(sentence: str, value: str) -> None:
    assert [v for _, v in values(sentence)] == [value]


def test_a_point_in_a_recording_is_no_time() -> None:
    assert values("The video shows the arm folding at the 1:30 mark.") == []
    assert values("The talks began at 1:30 p.m.") == [("1:30 p.m.", "2025-06-18T13:30")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The judge adjourned the matter to July 19 for ruling.", "2025-07-19"),
        ("The council postponed the vote until Friday.", "2025-06-20"),
    ],
)
def test_the_day_a_hearing_is_put_off_to_is_still_to_come(sentence: str, value: str) -> None:
    assert [v for _, v in values(sentence)] == [value]


def test_a_clock_after_yesterdays_story_is_a_time_of_that_day() -> None:
    text = "A fire destroyed a shed at the docks last night. The alarm was raised at 9.42 p.m."
    assert values(text) == [("last night", "2025-06-17TNI"), ("9.42 p.m.", "2025-06-17T21:42")]
    apart = "A fire destroyed a shed last night. Nobody was hurt. Talks resumed at 9.42 a.m."
    assert values(apart)[-1] == ("9.42 a.m.", "2025-06-18T09:42")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The service extended its flood warning until 10 a.m. Friday.", "2025-06-20T10:00"),
        ("The curfew remains in effect until Friday.", "2025-06-20"),
        ("The road was closed until Friday.", "2025-06-13"),
    ],
)
def test_an_order_made_to_last_to_a_day_looks_ahead(sentence: str, value: str) -> None:
    assert [v for _, v in values(sentence)] == [value]


def test_a_clock_after_a_day_long_before_the_news_is_the_news_day_s() -> None:
    text = "The plant first opened on March 2. Its doors open at 9:00 a.m."
    assert values(text)[-1][1] == "2025-06-18T09:00"


def test_a_clock_in_the_past_after_a_day_to_come_is_the_news_day_s() -> None:
    text = "The warning was extended until 10 a.m. Thursday. Rain had ended there at 2 p.m."
    assert values(text)[-1][1] == "2025-06-18T14:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She said she would appeal if nothing was done by the end of September.", "2025-09"),
        ("The union will strike unless the offer was improved by July.", "2025-07"),
        ("She asked if anything was done in September.", "2024-09"),
    ],
)
def test_a_past_tense_in_a_condition_of_what_is_ahead_looks_ahead(text: str, value: str) -> None:
    assert values(text)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The last short harvest was in 2016, when spring frosts hit the valley in October.",
            [("2016", "2016"), ("spring", "2016-SP"), ("October", "2016-10")],
        ),
        (
            "Sales rose in 2019, when the chain opened in March.",
            [("2019", "2019"), ("March", "2019-03")],
        ),
        ("She joined in 2019, and left in March.", [("2019", "2019"), ("March", "2025-03")]),
    ],
)
def test_a_month_in_a_year_s_when_clause_is_of_that_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Sales jumped on Christmas Day. Orders peaked at 9pm that evening.", "2024-12-25T21:00"),
        ("The plane landed on Monday. It had left at 09:20 UTC that morning.", "2025-06-16T09:20Z"),
    ],
)
def test_a_clock_before_that_morning_or_evening_is_of_the_day_told(text: str, clock: str) -> None:
    assert [v for t, v in values(text) if t[0].isdigit()] == [clock]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board adopted a plan that lifts fares by 7.5 per cent from July 1.", "2025-07-01"),
        ("The council backed a rule which bans cars from March.", "2026-03"),
        ("Exports, which has grown from May, rose.", "2025-05"),
    ],
)
def test_what_a_plan_does_from_a_day_in_the_present_is_ahead(text: str, value: str) -> None:
    assert values(text)[-1][1] == value


def test_a_deadline_at_the_end_of_a_month_is_ahead_whatever_verb_stands_before() -> None:
    assert values("The firm expects to have sent all of them by the end of September.") == [
        ("the end of September", "2025-09")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The board met at 09:30 UTC, March 3rd, and voted.",
            [("09:30 UTC", "2025-03-03T09:30Z"), ("March 3rd", "2025-03-03")],
        ),
        (
            "The ceasefire held from 6 a.m. on 2 May 1921.",
            [("6 a.m.", "1921-05-02T06:00"), ("2 May 1921", "1921-05-02")],
        ),
    ],
)
def test_a_clock_and_a_calendar_date_said_apart_are_two_expressions(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Voting opened at 8 a.m. Monday.", [("8 a.m. Monday", "2025-06-16T08:00")]),
        ("Ferries resume June 20 7:15AM.", [("June 20 7:15AM", "2025-06-20T07:15")]),
        (
            "The strike began at 10:05 p.m., June 2 EDT.",
            [("10:05 p.m., June 2", "2025-06-02T22:05")],
        ),
    ],
)
def test_a_clock_joined_to_its_day_stays_one_expression(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Prices rose in 2018. January brought a fall.", "2018-01"),
        ("Prices rose in 2018. Stocks held up well. January brought a fall.", "XXXX-01"),
        ("Prices rose in 2018. Stocks held up well. Then January brought a fall.", "XXXX-01"),
    ],
)
def test_news_without_its_date_takes_a_year_told_one_sentence_back_only(
    sentence: str, value: str
) -> None:
    found = tag(sentence, None, narrative=False)
    assert (found[-1].text, found[-1].value) == ("January", value)


def test_ongoing_is_the_present_in_news_only() -> None:
    assert values("Mills have shut in the ongoing slump.") == [("ongoing", "PRESENT_REF")]
    narrative = tag("The ongoing siege drained the city in 1702.", None, narrative=True)
    assert [t.text for t in narrative] == ["1702"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bids close on July 2. Any offer made after that date is void.",
            [("July 2", "2025-07-02"), ("that date", "2025-07-02")],
        ),
        (
            "The mill opened in 1998. At that time it had 40 looms.",
            [("1998", "1998"), ("that time", "1998")],
        ),
        (
            "The mill opened in 1998. It grew fast. By that time the town had changed.",
            [("1998", "1998")],
        ),
    ],
)
def test_that_time_in_news_is_the_date_told_just_before(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert values(sentence) == expected


def test_that_time_in_narrative_is_left_alone() -> None:
    found = tag("The fort fell in 1702. At that time the river was low.", None, narrative=True)
    assert [t.text for t in found] == ["1702"]


@pytest.mark.parametrize(
    "sentence",
    ["Police kept a night-time curfew in the port.", "Rebels mounted a night-raid on the depot."],
)
def test_a_unit_in_a_compound_noun_is_no_span(sentence: str) -> None:
    assert values(sentence) == []


def test_a_unit_and_a_half_stays_a_span() -> None:
    assert values("The stoppage lasted a week-and-a-half.") == [("a week", "P1W")]


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        (
            "In November 1914 the armies dug in. In winter the offensive failed.",
            "1915-WI",
            date(1914, 12, 1),
            date(1915, 2, 28),
        ),
        (
            "On January 3, 1777 the army won again. It spent the winter in its camp.",
            "1777-WI",
            date(1776, 12, 1),
            date(1777, 2, 28),
        ),
    ],
)
def test_a_narrative_winter_is_named_by_its_january(
    text: str, value: str, first: date, last: date
) -> None:
    winter = [t for t in tag(text, None, narrative=True) if t.value.endswith("-WI")]
    assert [(t.value, t.date_start, t.date_end) for t in winter] == [(value, first, last)]


def test_a_narrative_winter_does_not_move_the_running_year() -> None:
    text = (
        "In October 1918 the line broke. It could not hold over the winter. On 9 November it ended."
    )
    assert [t.value for t in tag(text, None, narrative=True)][-1] == "1918-11-09"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day told just before is one to come: what went on "through the morning" did not
        (
            "The minister will tour the valley on Friday.\n\n"
            "Rescue teams worked through the morning.",
            "2025-06-18TMO",
        ),
        # the day told sentences before is an earlier one than the story's latest day
        (
            "The rally began on Wednesday. The police had warned of crowds on Monday.\n\n"
            "About 900 people came, up from 600 in 2024.\n\n"
            "Two marchers were treated by medics in the afternoon.",
            "2025-06-18TAF",
        ),
        # a clause that looks ahead tells of no part of a day gone by (stop 34)
        (
            "The Calder Run organisers moved the start forward on Monday.\n\n"
            "Forecasters expect the heat to peak in the early afternoon.",
            "2025-06-18TAF",
        ),
        # a day told in the sentence, or just before, is the day
        ("Shares rose on Tuesday, then fell in afternoon trading.", "2025-06-17TAF"),
        ("Shares rose on Tuesday. They fell in the afternoon.", "2025-06-17TAF"),
    ],
)
def test_a_part_of_a_day_said_without_its_day_is_of_the_story_s_day(text: str, value: str) -> None:
    assert values(text)[-1][1] == value
