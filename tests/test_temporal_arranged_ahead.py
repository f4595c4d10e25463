"""A day arranged for what is still to come, in a sentence told in the past: what is due then
("two cranes due in September"), a day fixed for something ("fixed March 3 as the record
date"), who holds a share then ("to shareholders on the register on July 12"), a case listed
for what comes next ("listed the appeal for hearing on 9th May"). Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def _values(text: str, reference: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, reference)}


def test_what_is_due_in_a_month_is_ahead() -> None:
    text = "The yard said the strike delayed two cranes due in September."
    assert _values(text, date(2011, 10, 4))["September"] == "2012-09"


def test_what_was_due_stays_behind() -> None:
    text = "The ferry was due in March but sailed in May."
    assert _values(text, date(2011, 6, 4))["March"] == "2011-03"


def test_a_day_fixed_as_a_record_date_is_ahead() -> None:
    text = "Its board declared a dividend and fixed March 3 as the record date."
    assert _values(text, date(2016, 2, 20))["March 3"] == "2016-03-03"


def test_the_register_day_of_a_dividend_is_ahead() -> None:
    text = "The board paid a final dividend to shareholders on the register on July 12."
    assert _values(text, date(2013, 6, 20))["July 12"] == "2013-07-12"


def test_a_case_listed_for_a_hearing_is_ahead() -> None:
    text = "The tribunal heard the petition and listed the appeal for hearing on 9th May."
    assert _values(text, date(2020, 4, 28))["9th May"] == "2020-05-09"


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1990, 2060))
def test_due_in_a_month_is_never_behind_the_news(now: int, month: int, year: int) -> None:
    reference = date(year, now, 15)
    text = f"The port said the walkout held up three tankers due in {_MONTHS[month - 1]}."
    value = _values(text, reference)[_MONTHS[month - 1]]
    assert (int(value[:4]), int(value[5:7])) >= (year, now)


def test_a_range_of_days_arranged_for_is_ahead_from_its_first_day() -> None:
    text = "Tarn Shipping fixed a bulk carrier from Durban to Qingdao for 11-13 May loading."
    assert [(t.text, t.value) for t in tag(text, date(2021, 5, 6))] == [
        ("11", "2021-05-11"),
        ("13 May", "2021-05-13"),
    ]


@given(st.integers(1, 26), st.integers(1, 12).filter(lambda month: month != 6))
def test_both_ends_of_a_range_share_their_year(first: int, month: int) -> None:
    # (a range around the news day itself, "13-15 June" on 15 June, is left: its ends
    # still part)
    name = _MONTHS[month - 1]
    text = f"The charterer booked the tanker for {first}-{first + 2} {name} loading."
    found = tag(text, date(2022, 6, 15))
    assert len(found) == 2 and found[0].value[:4] == found[1].value[:4]


_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


@given(st.dates(date(1950, 1, 1), date(2080, 12, 31)), st.sampled_from(sorted(_SEASONS)))
def test_a_thing_promised_by_a_season_is_not_before_the_news(published: date, season: str) -> None:
    # "has promised a report by the autumn" (stop 41): the promise is made before the time it
    # is kept by, so the season is this year's or next, never last year's
    text = f"The museum has promised a report on the find by the {season}."
    value = _values(text, published)[f"the {season}"]
    assert value.endswith(_SEASONS[season])
    assert int(value[:4]) >= published.year - (1 if season == "winter" else 0)


def test_a_thing_promised_by_a_weekday_is_ahead() -> None:
    text = "The council has promised a decision on the plan by Friday."
    assert _values(text, date(1966, 7, 9))["Friday"] == "1966-07-15"
