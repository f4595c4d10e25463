"""A period told twice (restated by its end, a part after the year it is of, a numbered part after
the period it restates) is one period; and "the end of the company's year" is the month its year
closes (`timeline.events.periods`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.periods import periods_ended
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import day_at as _day
from .helpers import news_events


def _named(text: str, written: str, value: str, first: date, last: date, unit: str) -> Timex:
    start = text.index(written)
    return Timex(start, start + len(written), written, "DATE", value, None, unit, first, last)


@pytest.mark.parametrize(
    ("text", "named", "unit", "written", "day", "value", "first_day"),
    [
        ("Net sales for the first quarter, the three months ended November 30, rose 6%.",
         "the first quarter", "quarter", "November 30", date(2023, 11, 30), "FY2024-Q1",
         date(2023, 9, 1)),
        ("Profit in its first half (the six months to September 30) doubled.",
         "first half", "half", "September 30", date(2022, 9, 30), "FY2023-H1",
         date(2022, 4, 1)),
        ("Orders in the third quarter \u2013 the 13 weeks ended October 28 \u2013 slowed.",
         "the third quarter", "quarter", "October 28", date(2023, 10, 28), "FY2024-Q3",
         date(2023, 7, 29)),
    ],
)  # fmt: skip
def test_a_period_restated_by_its_end_is_one_period(
    text: str, named: str, unit: str, written: str, day: date, value: str, first_day: date
) -> None:
    """A quarter or half named, then restated in apposition by the day it ended, is that one
    period of the company's year, not the calendar's quarter of the same name."""
    calendar = _named(text, named, "2023-Q1", date(2023, 1, 1), date(2023, 3, 31), unit)
    sentence = Sentence(0, len(text), text, 0)
    (period,) = periods_ended(sentence, [calendar, _day(text, written, day)])
    assert (period.value, period.date_start, period.date_end) == (value, first_day, day)
    assert (period.start, period.end) == (calendar.start, text.index(written) + len(written))


def test_a_period_of_another_length_before_a_period_ended_stays_apart() -> None:
    text = "In the first half, and in the quarter ended June 30, sales rose."
    half = _named(text, "the first half", "2023-H1", date(2023, 1, 1), date(2023, 6, 30), "half")
    found = periods_ended(
        Sentence(0, len(text), text, 0), [half, _day(text, "June 30", date(2023, 6, 30))]
    )
    assert [t.text for t in found] == ["the first half", "the quarter ended June 30"]


# ---- a numbered part of the company's year restated across the year it is of (stop 27)


def test_a_part_of_a_numbered_year_closed_by_a_day_before_that_year_is_the_part() -> None:
    """ "the second quarter of its fiscal year 2025, which ended December 31, 2024": the day
    closes the quarter (fiscal 2025 cannot end in 2024), and the company's year, July to June,
    dates its other fiscal periods."""
    events = news_events(
        "Pellworth Pumps Ltd today reported results for the second quarter of its fiscal year "
        "2025, which ended December 31, 2024. Pellworth Pumps Ltd said revenue for the quarter "
        "rose 9%. Pellworth Pumps Ltd expects to open a plant in the fourth quarter of fiscal "
        "2025.",
        date(2025, 2, 12),
    )
    dated = [(e.date_start, e.date_end) for e in events if e.granularity == "quarter"]
    assert dated == [
        (date(2024, 10, 1), date(2024, 12, 31)),
        (date(2024, 10, 1), date(2024, 12, 31)),
        (date(2025, 4, 1), date(2025, 6, 30)),
    ]


def test_a_year_closed_by_its_own_last_day_keeps_the_day() -> None:
    """ "the first half of fiscal 2025, which ends June 30, 2025": the clause says where the
    year ends, not the half."""
    text = "Sales in the first half of fiscal 2025, which ends June 30, 2025, rose."
    half = _named(text, "the first half", "2025-H1", date(2025, 1, 1), date(2025, 6, 30), "half")
    found = periods_ended(
        Sentence(0, len(text), text, 0), [half, _day(text, "June 30, 2025", date(2025, 6, 30))]
    )
    assert [t.text for t in found] == ["the first half", "June 30, 2025"]


def test_a_quarter_restated_after_the_year_it_is_of_is_one_quarter() -> None:
    text = (
        "Dunmere Flour JSC reports on the second quarter of the 2021 financial year, the three "
        "months ended 31 December 2020."
    )
    quarter = _named(text, "the second quarter", "2020-Q2", date(2020, 4, 1),
                     date(2020, 6, 30), "quarter")  # fmt: skip
    start = text.index("2021")
    year = Timex(start, start + 4, "2021", "DATE", "2021", None, "year", date(2021, 1, 1),
                 date(2021, 12, 31))  # fmt: skip
    (period,) = periods_ended(
        Sentence(0, len(text), text, 0),
        [quarter, year, _day(text, "31 December 2020", date(2020, 12, 31))],
    )
    assert (period.value, period.date_start, period.date_end) == (
        "FY2021-Q2",
        date(2020, 10, 1),
        date(2020, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("Orvane Gold reports on the September 2022 quarter, the first quarter of its 2023 "
         "financial year. Orvane Gold drilled 40 holes during the quarter.",
         date(2022, 10, 20), date(2022, 7, 1), date(2022, 9, 30)),
        ("Kestrel Power said its profit for the six months to September 30, the first half of "
         "its financial year, rose 12 per cent.",
         date(1998, 11, 4), date(1998, 4, 1), date(1998, 9, 30)),
    ],
)  # fmt: skip
def test_a_numbered_part_after_the_period_it_restates_is_that_period(
    text: str, published: date, first: date, last: date
) -> None:
    """A quarter or half named by its months or closed by its day, then restated as the
    numbered part of the company's year, is that one period, and "the quarter" after it too."""
    events = news_events(text, published)
    periods = [(e.date_start, e.date_end) for e in events if e.granularity in ("quarter", "half")]
    assert periods and all(period == (first, last) for period in periods)


# ---- the end of a company's year: the month its books close in


_YEAR_NAMED = "Kessel Mills reported a profit of 9 million rand for the year ended 30 June 2019. "


def _closing_rows(text: str, published: date) -> list[tuple[date | None, date | None]]:
    return [
        (e.date_start, e.date_end)
        for e in news_events(_YEAR_NAMED + text, published)
        if e.date_text.startswith("the end of")
    ]


@given(published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)))
def test_the_end_of_the_company_s_year_ahead_is_the_month_it_closes(published: date) -> None:
    """ "will not raise its prices before the end of the financial year", of a year ending
    30 June: the coming June (this one, until it is over), at a month's precision."""
    text = "Kessel Mills will not raise its prices before the end of the financial year."
    year = published.year if published <= date(published.year, 6, 30) else published.year + 1
    assert _closing_rows(text, published) == [(date(year, 6, 1), date(year, 6, 30))]


@given(published=st.dates(min_value=date(1960, 1, 1), max_value=date(2060, 12, 31)))
def test_the_end_of_the_company_s_year_gone_by_is_the_last_june(published: date) -> None:
    text = "Kessel Mills closed two of its mills at the end of the financial year."
    year = published.year if published >= date(published.year, 6, 30) else published.year - 1
    assert _closing_rows(text, published) == [(date(year, 6, 1), date(year, 6, 30))]


def test_the_end_of_a_year_of_no_known_calendar_stays_the_year() -> None:
    text = "Kessel Mills will hire forty staff by the end of the year."
    rows = news_events(text, date(2021, 3, 2))
    assert [(e.granularity, e.date_start, e.date_end) for e in rows] == [
        ("year", date(2021, 1, 1), date(2021, 12, 31))
    ]
