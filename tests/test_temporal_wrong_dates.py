"""Dates the rows of the outlet sets had wrong, by kind of error (stop 26): the tense or the
direction of a day, a clock before a part of a day, a fiscal part read on the calendar, a
possessive day or "now" taking the clause, a period of play read as a quarter. The sentences
are invented; each checks what the tagger or the event table gives."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import news_events
from timeline.temporal import tag
from timeline.temporal.tense import clause_tense


def _value(text: str, written: str, published: date) -> str:
    (found,) = [t.value for t in tag(text, published) if t.text == written]
    return found


def _tense_of(text: str, written: str) -> str | None:
    start = text.index(written)
    return clause_tense(text, start, start + len(written))


# ---- the tense or the direction of a clause


@pytest.mark.parametrize(
    ("text", "written", "tense"),
    [
        # a past form after a determiner is an adjective: the modal is the clause's verb
        ("Ms Orla said she would put any revised plan to the members in the autumn.",
         "the autumn", "future"),
        # a deadline does not reach across a verb of the past
        ("Crews were told to return to port, and the harbour office says all boats were back "
         "by Sunday evening.", "Sunday evening", "past"),
        # a present tense after "once", "when", "until" tells what is to come
        ("Please keep the shutters closed once the storm reaches the coast on Tuesday night.",
         "Tuesday night", "future"),
        ("The council said it would act when the inspector reports in March.", "March",
         "future"),
        ("The ferry sank after the crew abandoned ship on Monday.", "Monday", "past"),
        # a state set by a present perfect lasts until a day still ahead
        ("The board has shut all its depots in the valley until Friday.", "Friday", "future"),
        ("The depots had been shut until Friday.", "Friday", "past"),
        # a semicolon closes the clause of the tense
        ("The band recorded the songs last winter; the album comes out on May 9, the day the "
         "tour opens.", "May 9", "future"),
        # a limit set for what is to be done looks ahead
        ("The traders met last night and resolved to keep their stalls open until March 1.",
         "March 1", "future"),
    ],
)  # fmt: skip
def test_the_tense_of_a_clause(text: str, written: str, tense: str) -> None:
    assert _tense_of(text, written) == tense


def test_a_participle_set_off_by_commas_gives_no_tense() -> None:
    published = date(2016, 8, 25)
    text = "The agency's forecast, issued on Friday, offers little hope of rain before November."
    assert _tense_of(text, "November") is None
    assert _value(text, "November", published) == "2016-11"


def test_a_season_after_a_modal_is_the_coming_one() -> None:
    published = date(2021, 6, 10)
    text = "Ms Orla said she would put any revised plan to the members in the autumn."
    assert _value(text, "the autumn", published) == "2021-FA"


def test_a_yearless_day_a_shop_stays_shut_until_is_ahead() -> None:
    published = date(2023, 5, 23)
    text = "The coastguard has closed the bay to pleasure boats until June 10."
    assert _value(text, "June 10", published) == "2023-06-10"


def test_a_weekday_in_a_clause_of_once_is_ahead() -> None:
    published = date(2017, 10, 23)  # a Monday
    text = "Please keep the shutters closed once the storm reaches the coast on Tuesday night."
    assert _value(text, "Tuesday night", published) == "2017-10-24TNI"


# ---- a clock before a part of a day


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Polls closed at 10pm last night after a long day.", "10pm", "2022-05-05T22:00"),
        ("Rescuers heard knocking at ten o'clock last night.", "ten o'clock", "2022-05-05T22:00"),
        ("The gates were opened at 11pm on Tuesday night.", "11pm", "2022-05-03T23:00"),
        ("The train left at 7am this morning.", "7am", "2022-05-06T07:00"),
    ],
)
def test_a_clock_before_a_part_of_a_day_is_on_that_day(text: str, written: str, value: str) -> None:
    assert _value(text, written, date(2022, 5, 6)) == value


# ---- a period of play


@pytest.mark.parametrize(
    "text",
    [
        "Okafor scored 11 of his 30 points in the fourth quarter.",
        "The Falcons led 52-49 after the third quarter.",
    ],
)
def test_a_quarter_of_a_game_is_no_date(text: str) -> None:
    assert [t.text for t in tag(text, date(2021, 3, 14)) if "quarter" in t.text] == []


def test_a_quarter_of_a_range_of_figures_is_still_a_quarter() -> None:
    text = "Profit rose 10-12 percent in the fourth quarter."
    assert _value(text, "the fourth quarter", date(2019, 3, 1)) == "2018-Q4"


# ---- the rows: which expression dates a clause, and on which year a part falls


def _rows(text: str, published: date) -> list[tuple[str | None, str]]:
    return [(e.action, e.date_value) for e in news_events(text, published)]


def test_a_possessive_day_gives_way_to_the_clause_s_own_time() -> None:
    text = "Brava Air will decide on Friday's timetable at 3 p.m. today."
    assert [value for _, value in _rows(text, date(2024, 2, 14))] == ["2024-02-14T15:00"]


def test_now_gives_way_to_a_date_of_its_clause() -> None:
    text = "Kell Ltd, now run by an administrator, will close its shops by the end of the month."
    assert [value for _, value in _rows(text, date(2025, 3, 14))] == ["2025-03"]


def test_a_quarter_of_a_year_the_sentence_bounds_after_it() -> None:
    text = (
        "Revenue for the second quarter of its fiscal year, which runs from April to March, "
        "fell 9 percent to 41 million euros at Nordvik Oy."
    )
    events = news_events(text, date(2024, 11, 14))
    quarters = [e for e in events if e.date_value.endswith("Q2")]
    assert [(e.date_value, e.date_start, e.date_end) for e in quarters] == [
        ("FY2025-Q2", date(2024, 7, 1), date(2024, 9, 30))
    ]


def test_a_half_of_a_company_s_year_told_before() -> None:
    text = (
        "Umzi Sugar, whose financial year ends in March, crushed less cane this year. "
        "Earnings of Umzi Sugar for the second half would be lower, its chief said."
    )
    halves = [e for e in news_events(text, date(2015, 11, 18)) if "H2" in e.date_value]
    assert [(e.date_start, e.date_end) for e in halves] == [(date(2015, 10, 1), date(2016, 3, 31))]


# ---- a century in words


def test_a_century_in_words_made_an_adjective_describes_a_thing() -> None:
    from timeline.events.date_roles import modifies_noun
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

    text = "Divers raised a fourteenth-century boat from the harbour in 1971."
    at = text.index("fourteenth-century")
    timex = Timex(at, at + 18, "fourteenth-century", "DATE", "13", granularity="century")
    assert modifies_noun(Sentence(0, len(text), text, 0), timex)


def test_a_clause_written_in_capitals_keeps_its_tense() -> None:
    """A teletype writes whole sentences in capitals: its words are words, not acronyms, so
    "WILL HOLD ... ON SUNDAY" looks ahead ("IS on Saturday claimed" still reads "IS" as a name).
    """
    text = "THE GUILD WILL HOLD A VIGIL FOR THE CREW IN ORMSBY HALL ON SUNDAY."
    assert _tense_of(text, "SUNDAY") == "future"
    assert _value(text, "SUNDAY", date(1971, 3, 11)) == "1971-03-14"  # a Thursday
    assert _tense_of("THE FERRY SANK ON MONDAY.", "MONDAY") == "past"
    assert _tense_of("IS on Saturday claimed the attack.", "Saturday") == "past"


def test_a_year_before_a_period_in_the_singular_counts_nothing() -> None:
    """ "the March 2024 quarter" is the quarter that ends in March 2024 (the events make the
    month a quarter), not 2024 quarters; "2024 quarters" would still be a count."""
    published = date(2023, 11, 2)
    text = "Brannock Tin expects first ore from the new mill in the March 2024 quarter."
    assert [(t.text, t.value) for t in tag(text, published)] == [("March 2024", "2024-03")]


def test_a_year_that_opens_a_reference_number_is_none() -> None:
    """A file's number filed under its year ("quoting reference 2022/5173") names no year; a
    split year ("the 2022/23 season", "2022/2023") still does."""
    published = date(2022, 9, 6)
    assert tag("Callers should quote reference 2022/5173 to the desk.", published) == []
    assert [t.value for t in tag("It was the wettest 2022/2023 season.", published)][:1] == ["2022"]


@pytest.mark.parametrize(
    ("text", "written", "tense"),
    [
        # a plural timetable verb before when it happens looks ahead
        ("Entries for the Harlow regatta close at noon on Monday.", "noon on Monday", "future"),
        ("The Wexcombe Wanderers play away at Dunmore on Saturday night.", "Saturday night",
         "future"),
        # the same word as a noun or adjective, or after "did not", is no timetable
        ("The two clubs were in close contact on Friday.", "Friday", "past"),
        ("Repairs did not start on Tuesday.", "Tuesday", "past"),
    ],
)  # fmt: skip
def test_a_bare_timetable_verb(text: str, written: str, tense: str) -> None:
    assert _tense_of(text, written) == tense


def test_a_day_granted_until_is_ahead() -> None:
    """A time granted to do something runs to a day still to come: "gave the board until
    November 30 to file", written on 15 November, is this November 30, not last year's."""
    text = "The judge gave the Marlow board until November 30 to file its accounts."
    assert _tense_of(text, "November 30") == "future"
    assert _value(text, "November 30", date(2013, 11, 15)) == "2013-11-30"


def test_a_clock_joins_its_day_across_a_zone_in_brackets() -> None:
    text = "Kelso and Duns play the final at 3pm local time (GMT) on 14 June."
    assert _value(text, "3pm", date(2014, 6, 2)) == "2014-06-14T15:00"


def test_four_figures_before_a_part_of_a_day_told_are_a_clock() -> None:
    text = "The trawler had left Tarbet at 2130 the previous evening."
    assert _value(text, "2130", date(2019, 3, 6)) == "2019-03-05T21:30"


def test_a_spring_tide_is_no_season() -> None:
    """ "the spring high tide" is the moon's tide; "the spring" alone is still a season."""
    published = date(2020, 8, 21)
    found = tag("Salvors refloated the barge on the spring high tide on 19 August.", published)
    assert [t.value for t in found] == ["2020-08-19"]
    assert [t.value for t in tag("Work starts in the spring.", published)] == ["2021-SP"]
