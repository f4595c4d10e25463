"""How dates and times are written: day-first dates with points, clocks written "16h10", a
live page's day and clock headings, a company's fiscal year, the southern hemisphere's
seasons, months without a year and two-digit years. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.date_order import reads_day_first
from timeline.temporal.fiscal_calendar import FiscalCalendar, stated_fiscal_calendar
from timeline.temporal.hemisphere import season_days, writes_from_south
from timeline.temporal.live_page import heads_live_entries


def _values(text: str, reference: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


# -- day-first dates written with points ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tribunal fixed the next hearing for 07.11.2019.", "2019-11-07"),
        ("A notice dated 02.04.2021 was pasted on the gate.", "2021-04-02"),
        ("The levy was raised by 14.02.2020 decree.", "2020-02-14"),
    ],
)
def test_a_date_with_points_is_day_first(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2021, 6, 1))] == [value]


def test_a_date_with_points_at_the_end_of_a_sentence_is_found() -> None:
    found = _values("The board must reply by 30.09.2016. It met on 01.08.2016.", date(2016, 8, 4))
    assert found == [("30.09.2016", "2016-09-30"), ("01.08.2016", "2016-08-01")]


def test_a_text_that_shows_the_month_first_keeps_it_for_points() -> None:
    text = "The filing of 08.23.2016 cites the order of 03.08.2016."
    assert reads_day_first("03.08.2016", text) is False
    assert [t.value for t in tag(text, date(2016, 9, 1))] == ["2016-08-23", "2016-03-08"]


def test_slashes_stay_month_first_without_evidence() -> None:
    assert reads_day_first("03/08/2016", "Signed 03/08/2016.") is False
    assert reads_day_first("03.08.2016", "Signed 03.08.2016.") is True


# -- clocks written with "h", and zones after a stamp -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bulletin was issued at 16h10.", "2006-01-26T16:10"),
        ("The ferry will leave at 06h00.", "2006-01-26T06:00"),
        ("Shops closed from 22h45 onwards.", "2006-01-26T22:45"),
    ],
)
def test_a_clock_written_with_h(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2006, 1, 26))] == [value]


def test_a_number_of_hours_with_h_is_no_clock() -> None:
    found = tag("The pharmacy is open 24h and the drive took 3h40.", date(2006, 1, 26))
    assert [t for t in found if t.type == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Posted 12 March 2019, 08:15 CAT", "2019-03-12T08:15+02:00"),
        ("Voting closed at 19:00 EAT.", "2019-03-12T19:00+03:00"),
        ("The market opened at 09:30 JST.", "2019-03-12T09:30+09:00"),
        # Chile's offset depends on the date: the zone is read, no offset written
        ("Filed at 10:02 CLT.", "2019-03-12T10:02"),
    ],
)
def test_a_zone_after_a_clock_is_part_of_it(text: str, value: str) -> None:
    found = tag(text, date(2019, 3, 12))
    assert [t.value for t in found] == [value]
    assert found[0].text.endswith(("CAT", "EAT", "JST", "CLT"))


def test_a_zone_in_lower_case_is_a_word() -> None:
    # "cat" and "eat" are words, not zones, when not in capitals
    found = tag("At 7 pm eat dinner.", date(2019, 3, 12))
    assert [(t.text, t.value) for t in found] == [("7 pm", "2019-03-12T19:00")]


# -- a live page's day headings over clock headings --------------------------------------------

_LIVE_PAGE = """Live: the count as it happens

First posted: 10 May 2015, 06:00

Monday 11 May

21:40
The commission has now declared 40 of 60 seats.

14:15
Counting resumed at 14:00 after a fault that began at 09:30 this morning.

Sunday 10 May

20:00
Polls closed at 20:00.
"""


def test_a_live_page_entry_counts_from_its_day_heading() -> None:
    found = {t.text: t for t in tag(_LIVE_PAGE, date(2015, 5, 10))}
    assert found["21:40"].value == "2015-05-11T21:40"
    assert found["14:00"].value == "2015-05-11T14:00"
    assert found["this morning"].value == "2015-05-11TMO"
    assert found["20:00"].value == "2015-05-10T20:00"
    # "now" in an entry is the entry's day, not the day the page was first posted
    assert found["now"].date_start == date(2015, 5, 11)


def test_a_day_heading_without_clock_entries_is_no_live_page() -> None:
    text = "Monday, March 7\n\nThe council met. It will vote on its budget this morning."
    assert not heads_live_entries(text, len("Monday, March 7"))
    found = {t.text: t.value for t in tag(text, date(2022, 3, 8))}
    assert found["this morning"] == "2022-03-08TMO"


def test_overnight_in_a_past_clause_is_the_night_before() -> None:
    found = _values("Crews fought the blaze overnight.", date(2019, 3, 2))
    assert found == [("overnight", "2019-03-01TNI")]
    found = _values("Talks will continue overnight.", date(2019, 3, 2))
    assert found == [("overnight", "2019-03-02TNI")]


# -- a fiscal year named by the year it starts in ----------------------------------------------


def test_a_fiscal_year_that_ends_in_march_of_the_next_year_is_named_by_its_start() -> None:
    text = (
        "The brewer cut its outlook for fiscal 2019, which ends in March. "
        "It has paid a dividend every year since fiscal 2012."
    )
    found = {t.text: t for t in tag(text, date(2020, 1, 30))}
    fiscal = found["fiscal 2019"]
    assert fiscal.value == "FY2019"
    assert (fiscal.date_start, fiscal.date_end) == (date(2019, 4, 1), date(2020, 3, 31))
    earlier = found["fiscal 2012"]
    assert (earlier.date_start, earlier.date_end) == (date(2012, 4, 1), date(2013, 3, 31))


def test_a_fiscal_year_named_by_its_end() -> None:
    text = "The chipmaker expects growth in fiscal 2027, which ends in September."
    found = tag(text, date(2026, 11, 5))
    fiscal = next(t for t in found if t.value == "FY2027")
    assert (fiscal.date_start, fiscal.date_end) == (date(2026, 10, 1), date(2027, 9, 30))


def test_a_fiscal_year_ended_with_its_year_written() -> None:
    calendar = stated_fiscal_calendar(
        "Revenue for fiscal year 2017 ending March 31, 2018 rose.", date(2018, 5, 10)
    )
    assert calendar == FiscalCalendar(3, named_by_start=True)


def test_without_a_stated_end_a_fiscal_year_is_its_calendar_year() -> None:
    fiscal = tag("Profit for fiscal 2019 rose.", date(2020, 1, 30))[0]
    assert (fiscal.date_start, fiscal.date_end) == (date(2019, 1, 1), date(2019, 12, 31))


# -- the seasons of the southern hemisphere ----------------------------------------------------

_SOUTHERN = (
    "Farmers across Argentina said the harvest was poor. Argentine exporters blamed the heat: "
    "it passed 40C on nine days this summer. Argentina's growers plan to replant next winter."
)


def test_a_southern_summer_runs_from_december() -> None:
    found = {t.text: t for t in tag(_SOUTHERN, date(2023, 4, 12))}
    summer = found["this summer"]
    assert summer.value == "2023-SU"
    assert (summer.date_start, summer.date_end) == (date(2022, 12, 1), date(2023, 2, 28))
    winter = found["next winter"]
    assert winter.value == "2023-WI"
    assert (winter.date_start, winter.date_end) == (date(2023, 6, 1), date(2023, 8, 31))


def test_a_northern_text_keeps_the_northern_seasons() -> None:
    text = "Farmers in France said the heat passed 40C on nine days this summer."
    summer = next(t for t in tag(text, date(2023, 9, 12)) if t.text == "this summer")
    assert (summer.date_start, summer.date_end) == (date(2023, 6, 1), date(2023, 8, 31))


def test_one_mention_of_a_southern_country_does_not_make_a_text_southern() -> None:
    assert not writes_from_south("Observers in New Zealand and Australia watched; France too.")
    assert writes_from_south(_SOUTHERN)


def test_last_summer_said_in_a_southern_autumn_is_the_summer_just_ended() -> None:
    text = "Chile's growers and Chilean officials said Chile lost fruit last summer."
    summer = next(t for t in tag(text, date(2023, 4, 12)) if t.text == "last summer")
    assert (summer.value, summer.date_start) == ("2023-SU", date(2022, 12, 1))


def test_southern_season_days() -> None:
    assert season_days(2024, "SP", southern=True) == (date(2024, 9, 1), date(2024, 11, 30))
    assert season_days(2024, "FA", southern=True) == (date(2024, 3, 1), date(2024, 5, 31))


# -- months written short without a year -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The terminal was closed on Oct 22 for repairs.", "2007-10-22"),
        ("Free storage expired on Nov 9.", "2007-11-09"),
        ("The minister will visit on Nov 20.", "2007-11-20"),
        ("Dwell times have risen since Oct 29, its operator said.", "2007-10-29"),
        # said in November, a past December is last year's
        ("Volumes peaked on Dec 28, the port said.", "2006-12-28"),
        ("Volumes will peak on Dec 28, the port said.", "2007-12-28"),
    ],
)
def test_a_short_month_without_a_year_takes_the_nearest_year_by_tense(
    text: str, value: str
) -> None:
    assert [t.value for t in tag(text, date(2007, 11, 13))] == [value]


# -- two-digit years ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The club last won the cup in '82.", "1982"),
        ("The club last won the cup in 82.", "1982"),
        ("The quarry has been idle since 05, when its owner died.", "2005"),
        ("Fares were frozen until 19.", "2019"),
    ],
)
def test_a_two_digit_year(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2022, 10, 23))] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "One in 10, officials said, had no papers.",
        "The firm sells in 40 countries.",
        "He finished in 10 or 12 minutes.",
        "Prices rose in 82 of the 100 towns.",
    ],
)
def test_two_digits_that_are_no_year(text: str) -> None:
    assert [t.value for t in tag(text, date(2022, 10, 23)) if t.granularity == "year"] == []


# -- clocks and deadlines told after the story's day -------------------------------------------


def test_clocks_after_the_story_day_are_of_that_day() -> None:
    text = (
        "The fire at the depot broke out shortly after 2 a.m. on Friday, a spokesman said.\n\n"
        "By 4:10 a.m. crews had contained it.\n\n"
        "At 5:30 a.m. the last engine left."
    )
    found = {t.text: t.value for t in tag(text, date(2024, 5, 13))}
    assert found["4:10 a.m."] == "2024-05-10T04:10"
    assert found["5:30 a.m."] == "2024-05-10T05:30"


def test_a_clock_ahead_stays_on_the_news_day() -> None:
    text = "The council said on Friday it would sell the site. The sale opens at 9 a.m."
    found = {t.text: t.value for t in tag(text, date(2024, 5, 13))}
    assert found["9 a.m."] == "2024-05-13T09:00"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She would appeal if the fence was not removed by the end of September.", "2016-09"),
        ("The board agreed to finish the audit by mid-June.", "2017-06"),
        ("The audit was finished by the end of June.", "2016-06"),
    ],
)
def test_a_deadline_by_a_part_of_a_month_is_ahead(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2016, 8, 4))] == [value]


def test_a_noun_after_a_is_no_timetable_verb() -> None:
    # "a coal face" is a noun: the clause stays in the past, and its clock follows its night
    text = (
        "Nine men died when a blast tore through a coal face late on Wednesday night.\n\n"
        "The blast, at 10.50pm, came as the shift ended."
    )
    found = {t.text: t.value for t in tag(text, date(1996, 2, 9))}
    assert found["Wednesday night"] == "1996-02-07TNI"
    assert found["10.50pm"] == "1996-02-07T22:50"
    # a verb after a plural subject still reads ahead
    assert _values("The two sides meet on Friday.", date(1996, 2, 7)) == [("Friday", "1996-02-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The Lagoon Hawks beat the Reef Tigers by 43 runs at Harbour Oval on Saturday.",
        "Opener Tavita Lemalu scored 112 runs on Saturday.",
        "The filly won the cup by two lengths and made three starts on Saturday.",
    ],
)
def test_a_counted_plural_is_no_timetable_verb(text: str) -> None:
    # "43 runs", "three starts" are nouns: the past of "beat" and "scored" decides
    assert _values(text, date(2015, 11, 22)) == [("Saturday", "2015-11-21")]


def test_a_timetable_verb_after_a_name_s_number_still_reads_ahead() -> None:
    # "Season 2 premieres": the number is the name's; "the show runs" is a timetable
    assert _values("Season 2 premieres on Saturday.", date(2015, 11, 22)) == [
        ("Saturday", "2015-11-28")
    ]
    assert _values("The show runs on Saturday.", date(2015, 11, 22)) == [("Saturday", "2015-11-28")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council's grant did not arrive until August.", "2020-08"),
        ("The ferry didn't leave until Friday.", "2021-04-09"),
        ("The ferry did not resume until Friday, the operator said.", "2021-04-09"),
        ("The ferry will not resume until Friday.", "2021-04-16"),
    ],
)
def test_a_timetable_verb_after_did_is_a_past(text: str, value: str) -> None:
    assert [v for _, v in _values(text, date(2021, 4, 15))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill owners had offered a 2.5% bonus for night shifts from 1 January.", "2022-01-01"),
        ("The owners had offered a 1.5 per cent rise from 1 January.", "2022-01-01"),
        ("Drivers have threatened a two-day stoppage from Monday over pay.", "2021-04-19"),
        ("The council proposed higher parking charges from March.", "2022-03"),
        # a run of days gone by is no offer
        ("The ferry ran from Monday, the operator said.", "2021-04-12"),
    ],
)
def test_what_is_offered_or_threatened_from_a_day_is_ahead(text: str, value: str) -> None:
    # (a duration, "two-day", is no date)
    days = [v for _, v in _values(text, date(2021, 4, 15)) if not v.startswith("P")]
    assert days == [value]


def test_a_clock_after_a_plain_day_told_earlier_stays_on_the_news_day() -> None:
    text = (
        "The party on Tuesday swept the city polls.\n\n"
        "Polling was held on November 28.\n\n"
        "Counting began at 8 a.m. at three centres."
    )
    found = {t.text: t.value for t in tag(text, date(2024, 12, 3))}
    assert found["8 a.m."] == "2024-12-03T08:00"


def test_a_clock_after_the_latest_day_the_story_tells_is_of_that_day() -> None:
    text = (
        "March 9, 2022 · 4 min read\n\n"
        "On Monday, March 7, users could not log in for two hours.\n\n"
        "We are sorry for the trouble.\n\n"
        "The outage began at 14:02 UTC, when a change went wrong."
    )
    found = {t.text: t.value for t in tag(text, date(2022, 3, 9))}
    assert found["14:02 UTC"] == "2022-03-07T14:02Z"


def test_a_clock_that_names_a_thing_stays_on_the_news_day() -> None:
    text = (
        "Floods swept across the province on Saturday, officials said.\n\n"
        "The council said in its 8 a.m. report that six people had died."
    )
    found = {t.text: t.value for t in tag(text, date(2025, 10, 26))}
    assert found["8 a.m."] == "2025-10-26T08:00"
