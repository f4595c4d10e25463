"""Holidays and named days: the moveable feasts counted from Easter, a holiday set beside the
day it falls on (`temporal/holiday_days.py`), a weekday counted from a holiday ("the Friday
after Ascension Day", `temporal/days_from_day.py`), and the holidays whose day differs by
country (the vocabulary's `country_holidays`). Invented sentences throughout."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.not_actors import names_a_holiday
from timeline.temporal import tag
from timeline.temporal.calendar import easter_sunday
from timeline.temporal.vocabulary import (
    COUNTRY_HOLIDAYS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    WEEKDAYS,
)

#: The feasts in the order the church year keeps them around Easter.
_ORDER = (
    "carnival monday",
    "shrove tuesday",
    "ash wednesday",
    "mothering sunday",
    "passion sunday",
    "palm sunday",
    "holy monday",
    "holy tuesday",
    "spy wednesday",
    "maundy thursday",
    "good friday",
    "holy saturday",
    "easter",
    "easter monday",
    "easter tuesday",
    "low sunday",
    "ascension day",
    "pentecost",
    "whit monday",
    "trinity sunday",
)
#: The weekday of the feasts whose names do not say it.
_NAMED_WEEKDAY = {
    "easter": 7,
    "pentecost": 7,
    "whitsun": 7,
    "whitsunday": 7,
    "ascension day": 4,
    "pancake day": 2,
    "easter eve": 6,
    "easter vigil": 6,
}


def _values(text: str, published: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published)]


def _weekday_of(name: str) -> int:
    said = [WEEKDAYS[word] for word in name.split() if word in WEEKDAYS]
    return said[-1] if said else _NAMED_WEEKDAY[name]


@settings(max_examples=60, deadline=None)
@given(year=st.integers(1900, 2100))
def test_every_moveable_feast_falls_on_its_weekday_in_the_order_of_the_church_year(
    year: int,
) -> None:
    easter = easter_sunday(year)
    assert easter.isoweekday() == 7 and date(year, 3, 22) <= easter <= date(year, 4, 25)
    for name, offset in EASTER_HOLIDAYS.items():
        assert (easter + timedelta(days=offset)).isoweekday() == _weekday_of(name), name
    days = [easter + timedelta(days=EASTER_HOLIDAYS[name]) for name in _ORDER]
    assert days == sorted(days) and len(set(days)) == len(days)


def test_easter_tuesday_is_two_days_after_easter() -> None:
    # stop 41: "began on Easter Tuesday" had been read as Easter Day
    text = "Work on the castle began on Easter Tuesday, when six men arrived with ladders."
    assert _values(text, date(1966, 7, 9)) == [("Easter Tuesday", "1966-04-12")]


@pytest.mark.parametrize(
    ("ours", "norways"),
    [
        ("maundy thursday", "Maundy Thursday"),
        ("ascension day", "Ascension Day"),
        ("whit sunday", "Pentecost"),
        ("whit monday", "Pentecost Monday"),
    ],
)
def test_the_feasts_agree_with_the_holidays_package(ours: str, norways: str) -> None:
    for year in range(1950, 2101, 7):
        table = holidays.country_holidays("NO", years=year, language="en_US")
        kept = [day for day, label in table.items() if norways in label.split("; ")]
        assert kept == [easter_sunday(year) + timedelta(days=EASTER_HOLIDAYS[ours])], year


@settings(max_examples=80, deadline=None)
@given(
    published=st.dates(date(1905, 1, 1), date(2095, 12, 31)),
    name=st.sampled_from(["Maundy Thursday", "Palm Sunday", "Whit Monday", "Ascension Day"]),
)
def test_a_feast_in_a_past_clause_is_the_latest_one_not_after_the_news_day(
    published: date, name: str
) -> None:
    offset = timedelta(days=EASTER_HOLIDAYS[name.lower()])
    days = [easter_sunday(year) + offset for year in range(published.year - 1, published.year + 2)]
    expected = max(day for day in days if day <= published)
    assert _values(f"The Ferrowby depot closed on {name}.", published) == [
        (name, expected.isoformat())
    ]


def test_feasts_of_holy_week_and_whitsun_are_dated() -> None:
    published = date(2031, 4, 23)  # Easter 2031 is 13 April
    assert _values("Since Maundy Thursday, fares at Dunmere have risen.", published) == [
        ("Maundy Thursday", "2031-04-10")
    ]
    assert _values("The Oskarin ferry strike will last until Whit Monday.", published) == [
        ("Whit Monday", "2031-06-02")
    ]
    assert _values("Pews at St Brannoc's were full on Palm Sunday.", published) == [
        ("Palm Sunday", "2031-04-06")
    ]
    # the Pentecostal church is no feast; a lower-case "pentecost" names none either
    assert _values("The Pentecostal choir of Harlowe sang.", published) == []


def test_the_days_of_holy_week_are_dated() -> None:
    # stop 34: Spy Wednesday (the Irish name of Holy Wednesday), and the Easter Vigil, held
    # on the night of Holy Saturday, named as a feast, not as Easter Sunday
    published = date(2031, 4, 4)  # Easter 2031 is 13 April
    assert _values("Confessions at Kilbrenny will be heard on Spy Wednesday.", published) == [
        ("Spy Wednesday", "2031-04-09")
    ]
    assert _values("Canon Ferris will lead the Easter Vigil in Ballymoran.", published) == [
        ("Easter Vigil", "2031-04-12")
    ]
    assert _values("The choir of Dunmere rests on Holy Tuesday.", published) == [
        ("Holy Tuesday", "2031-04-08")
    ]


def test_a_weekday_counted_from_a_holiday() -> None:
    published = date(2031, 4, 23)  # Ascension Day 2031 is Thursday 22 May
    assert _values(
        "Crews from Veltro Build start on the Friday after Ascension Day.", published
    ) == [("the Friday after Ascension Day", "2031-05-23")]
    assert _values("The vote is on the Sunday before Christmas.", date(2031, 11, 2)) == [
        ("the Sunday before Christmas", "2031-12-21")
    ]
    # the weekday itself: the one a week on, never the holiday
    assert _values("Talks resume on the Thursday after Ascension Day.", published) == [
        ("the Thursday after Ascension Day", "2031-05-29")
    ]


def test_a_holiday_beside_a_day_is_that_day() -> None:
    # a country's Labour Day written beside "yesterday": that day, whatever country
    assert _values(
        "Nine crashes were reported yesterday, Labour Day, in Carrow.", date(2030, 10, 29)
    ) == [
        ("yesterday", "2030-10-28"),
        ("Labour Day", "2030-10-28"),
    ]
    assert _values(
        "Trams will run a reduced service on Monday, Republic Day.", date(2030, 9, 25)
    ) == [
        ("Monday", "2030-09-30"),
        ("Republic Day", "2030-09-30"),
    ]
    assert _values("Tomorrow's Independence Day parade in Velmora is off.", date(2030, 9, 20)) == [
        ("Tomorrow", "2030-09-21"),
        ("Independence Day", "2030-09-21"),
    ]
    # a list of holidays is no apposition: each keeps its own day
    assert _values(
        "Shops close on Good Friday, Easter Monday and Boxing Day.", date(2030, 3, 1)
    ) == [
        ("Good Friday", "2030-04-19"),
        ("Easter Monday", "2030-04-22"),
        ("Boxing Day", "2030-12-26"),
    ]


def test_a_holiday_whose_day_differs_by_country_has_none_alone() -> None:
    assert not COUNTRY_HOLIDAYS & {*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS}
    assert _values("The Corvane choir sang on Independence Day.", date(2030, 6, 1)) == [
        ("Independence Day", "XXXX-XX-XX")
    ]
    # the American day keeps its own name
    assert _values("Fireworks lit Dellport on the Fourth of July.", date(2030, 8, 1)) == [
        ("the Fourth of July", "2030-07-04")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hollin parish office shuts on Carnival Monday and Tuesday.", "Carnival Monday"),
        ("Repairs at Marrow Hall end by Palm Sunday, 6 April.", "Palm Sunday"),
        ("Trams keep a Sunday service on Republic Day.", "Republic Day"),
        ("Crowds filled Pellam Square on Whit Monday.", "Whit Monday"),
    ],
)
def test_a_feasts_name_is_no_actor(text: str, name: str) -> None:
    start = text.index(name)
    assert names_a_holiday(text, start, start + len(name))


def test_a_feasts_trade_is_its_season_not_a_day() -> None:
    # "trade" of data/recurring_nouns.txt: the goods and custom of the holiday's season
    assert _values(
        "Stallholders at Wenlow said the Whitsun trade was brisk.", date(2031, 3, 2)
    ) == [("Whitsun", "PXD")]
