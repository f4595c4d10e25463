"""Reporting periods that end on a day (`timeline.events.periods`)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.period_parts import part_of_period
from timeline.events.periods import periods_ended
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import day_at as _day
from .helpers import news_events


def _month(text: str, written: str, last: date) -> Timex:
    """The month `written` in `text`, ending on `last`."""
    start = text.index(written)
    return Timex(start, start + len(written), written, "DATE", last.isoformat()[:7], None,
                 "month", last.replace(day=1), last)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "written", "day", "value", "first_day"),
    [
        ("Kestrel Air earned $4 million in the quarter ended May 31.", "May 31",
         date(2012, 5, 31), "FY2012-QX", date(2012, 3, 1)),
        ("Profit for the three months ended Sept. 30 rose.", "Sept. 30",
         date(2012, 9, 30), "2012-Q3", date(2012, 7, 1)),
        ("In its fiscal first quarter, which ended Dec. 29, sales rose.", "Dec. 29",
         date(2012, 12, 29), "FY2013-Q1", date(2012, 9, 30)),
        ("Revenue for the fiscal year ending June 30, 2013 rose.", "June 30, 2013",
         date(2013, 6, 30), "FY2013", date(2012, 7, 1)),
        ("Profit in the year to March 31 doubled.", "March 31",
         date(2012, 3, 31), "FY2012", date(2011, 4, 1)),
        ("Its first half ended June 30.", "June 30", date(2012, 6, 30), "2012-H1",
         date(2012, 1, 1)),
    ],
)  # fmt: skip
def test_a_day_that_closes_a_period_is_the_period(
    text: str, written: str, day: date, value: str, first_day: date
) -> None:
    (period,) = periods_ended(Sentence(0, len(text), text, 0), [_day(text, written, day)])
    assert (period.value, period.date_start, period.date_end) == (value, first_day, day)
    assert text[period.start : period.end] == period.text
    assert period.text.endswith(written)


def test_a_month_that_closes_a_period_is_the_period() -> None:
    text = "Sales in its fiscal second quarter, which ended in November, fell."
    month = _month(text, "November", date(2012, 11, 30))
    (period,) = periods_ended(Sentence(0, len(text), text, 0), [month])
    assert (period.value, period.date_start, period.date_end) == (
        "FY2013-Q2", date(2012, 9, 1), date(2012, 11, 30))  # fmt: skip
    assert period.text == "its fiscal second quarter, which ended in November"
    # "the year to March": the twelve months that end with March
    text = "Inflation in the year to March doubled."
    month = _month(text, "March", date(2012, 3, 31))
    (period,) = periods_ended(Sentence(0, len(text), text, 0), [month])
    assert (period.value, period.date_start, period.date_end) == (
        "FY2012", date(2011, 4, 1), date(2012, 3, 31))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended May 31.",  # no period named
        "The quarter was strong, and on May 31 the chief resigned.",
        "The year ended badly on May 31.",  # a word between
    ],
)
def test_other_days_stay_days(text: str) -> None:
    day = _day(text, "May 31", date(2012, 5, 31))
    assert periods_ended(Sentence(0, len(text), text, 0), [day]) == [day]


def test_an_event_in_a_quarter_that_ended_on_a_day_is_dated_by_the_quarter() -> None:
    events = news_events(
        "Kestrel Air said it earned $4 million in the quarter ended May 31.", date(2012, 6, 20)
    )
    earned = [e for e in events if e.action == "earn"]
    assert earned
    assert (earned[0].granularity, earned[0].date_start, earned[0].date_end) == (
        "quarter",
        date(2012, 3, 1),
        date(2012, 5, 31),
    )


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["quarter", "half", "year", "three months", "52 weeks"]),
)
def test_a_period_always_ends_on_its_day_and_lasts_its_months(day: date, unit: str) -> None:
    text = f"Sales in the {unit} ended {day:%B} {day.day}, {day.year} rose."
    written = f"{day:%B} {day.day}, {day.year}"
    (period,) = periods_ended(Sentence(0, len(text), text, 0), [_day(text, written, day)])
    months = {"quarter": 3, "three months": 3, "half": 6, "year": 12, "52 weeks": 12}[unit]
    assert period.date_end == day and period.date_start is not None
    assert 28 * months - 3 <= (day - period.date_start).days + 1 <= 31 * months + 1


def test_a_retailer_s_quarter_in_weeks_runs_to_the_day() -> None:
    text = "Sales in the 12 weeks ended May 23 rose 4%."
    (period,) = periods_ended(
        Sentence(0, len(text), text, 0), [_day(text, "May 23", date(1987, 5, 23))]
    )
    assert (period.granularity, period.date_start, period.date_end) == (
        "quarter", date(1987, 3, 1), date(1987, 5, 23))  # fmt: skip
    text = "Sales in the four weeks ended May 23 rose 4%."  # no quarter: four weeks to the day
    day = _day(text, "May 23", date(1987, 5, 23))
    (weeks,) = periods_ended(Sentence(0, len(text), text, 0), [day])
    assert (weeks.granularity, weeks.date_start, weeks.date_end) == (
        "week", date(1987, 4, 26), date(1987, 5, 23))  # fmt: skip


def test_the_quarter_named_again_is_the_reporting_period() -> None:
    """After "the quarter ended Aug. 31" (June to August, a company's own quarter), "the
    quarter" is that quarter again and "the same quarter last year" the one a year before;
    not the calendar's quarter around the news day."""
    events = news_events(
        "Vellmar Foods earned $412 million in the quarter ended Aug. 31. Sales at Vellmar "
        "Foods rose 4% in the quarter. In the same quarter last year, Vellmar Foods took a "
        "charge of $10 million.",
        date(2025, 9, 23),
    )
    periods = [(e.date_start, e.date_end) for e in events]
    assert periods == [
        (date(2025, 6, 1), date(2025, 8, 31)),
        (date(2025, 6, 1), date(2025, 8, 31)),
        (date(2024, 6, 1), date(2024, 8, 31)),
    ]


def test_the_same_period_a_sentence_later_is_the_part_of_a_year_named_before() -> None:
    """ "In the same period last year", opening a sentence of its own, is the half (or the
    quarter) the report told of before it, a year earlier: not last year, nor the full year
    of a forecast named in between."""
    events = news_events(
        "Orlen Mutual said on Tuesday that its net profit rose 4% in the six months to "
        "September 30.\n\nOrlen Mutual raised its forecast for the full year.\n\n"
        "In the same period last year, Orlen Mutual lost money on its car policies.",
        date(2020, 11, 12),
    )
    last = [e for e in events if e.sentence.startswith("In the same period")]
    assert [(e.date_start, e.date_end) for e in last] == [(date(2019, 4, 1), date(2019, 9, 30))]


def test_the_same_period_with_no_period_named_before_stays_the_year() -> None:
    events = news_events(
        "Orlen Mutual cut 300 jobs on Tuesday.\n\n"
        "In the same period last year, Orlen Mutual hired 200 people.",
        date(2020, 11, 12),
    )
    last = [e for e in events if e.sentence.startswith("In the same period")]
    assert [(e.date_start, e.date_end) for e in last] == [(date(2019, 1, 1), date(2019, 12, 31))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Sales at Harwick Mills rose in the first four months of 2019.",
            (2019, 1, 1),
            (2019, 4, 30),
        ),
        (
            "Exports of Harwick Mills fell in the last three months of 2018.",
            (2018, 10, 1),
            (2018, 12, 31),
        ),
        (
            "Harwick Mills shut its plant for the final two weeks of March.",
            (2019, 3, 18),
            (2019, 3, 31),
        ),
    ],
)
def test_the_first_or_last_part_of_a_period_is_one_period(
    text: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    events = news_events(text, date(2019, 5, 16))
    assert [(e.date_start, e.date_end) for e in events] == [(date(*start), date(*end))]


@given(
    st.integers(1990, 2030),
    st.integers(1, 12),
    st.sampled_from(["two", "three", "2", "3"]),
    st.sampled_from(["first", "last", "final", "opening"]),
)
def test_the_first_or_last_weeks_of_a_month_are_a_span_of_days(
    year: int, month: int, count: str, side: str
) -> None:
    # counted from the month's first or last day, not ISO weeks: a span at the day's precision
    name = date(year, month, 1).strftime("%B")
    text = f"Sales rose in the {side} {count} weeks of {name}."
    part_text = f"the {side} {count} weeks"
    at = text.index(part_text)
    part = Timex(at, at + len(part_text), part_text, "DURATION", "P2W")
    month_at = text.index(name, at + len(part_text))
    last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
    whole = Timex(month_at, month_at + len(name), name, "DATE", f"{year}-{month:02d}",
                  granularity="month", date_start=date(year, month, 1), date_end=last)  # fmt: skip
    found = part_of_period(Sentence(0, len(text), text, 0), part, whole)
    assert found is not None and found.date_start is not None and found.date_end is not None
    days = {"two": 14, "three": 21, "2": 14, "3": 21}[count]
    assert found.granularity == "day"
    assert (found.date_end - found.date_start).days + 1 == days
    assert (
        found.date_start == whole.date_start
        if side in ("first", "opening")
        else (found.date_end == last)
    )


@given(st.integers(1990, 2030), st.integers(1, 12), st.booleans())
def test_a_part_of_a_year_has_as_many_months_as_it_says(
    year: int, months: int, first: bool
) -> None:
    side = "first" if first else "last"
    text = f"Prices rose in the {side} {months} months of {year}."
    part_text = f"the {side} {months} months"
    part_start = text.index(part_text)
    part = Timex(part_start, part_start + len(part_text), part_text, "DURATION", f"P{months}M")
    year_start = text.index(str(year))
    whole = Timex(year_start, year_start + 4, str(year), "DATE", str(year), granularity="year",
                  date_start=date(year, 1, 1), date_end=date(year, 12, 31))  # fmt: skip
    found = part_of_period(Sentence(0, len(text), text, 0), part, whole)
    assert found is not None and found.date_start is not None and found.date_end is not None
    assert date(year, 1, 1) <= found.date_start <= found.date_end <= date(year, 12, 31)
    spanned = (found.date_end.month - found.date_start.month) + 1
    assert spanned == months
    assert (found.date_start.month == 1) if first else (found.date_end.month == 12)


def test_fiscal_periods_follow_the_year_end_the_article_states() -> None:
    events = news_events(
        "Corvane Systems reported results for its fiscal year ended September 30, 2024. "
        "Revenue at Corvane Systems for the fourth quarter of fiscal 2024 rose 11%. "
        "In fiscal 2023, Corvane Systems lost money.",
        date(2024, 11, 12),
    )
    assert [(e.date_value, e.date_start, e.date_end) for e in events] == [
        ("FY2024", date(2023, 10, 1), date(2024, 9, 30)),
        ("FY2024-Q4", date(2024, 7, 1), date(2024, 9, 30)),
        ("FY2023", date(2022, 10, 1), date(2023, 9, 30)),
    ]
    # without a stated year end, "fiscal 2023" stays the calendar's year
    events = news_events("In fiscal 2023, Corvane Systems lost money.", date(2024, 11, 12))
    assert [(e.date_start, e.date_end) for e in events] == [(date(2023, 1, 1), date(2023, 12, 31))]


def test_a_full_fiscal_year_ended_after_a_quarter_is_the_companys_year() -> None:
    events = news_events(
        "Harwick Systems reported results for its fourth quarter and full fiscal year ended "
        "September 30, 2024. In fiscal 2023, Harwick Systems lost money.",
        date(2024, 11, 12),
    )
    assert [(e.date_value, e.date_start) for e in events][-1] == ("FY2023", date(2022, 10, 1))


def test_a_fiscal_fourth_quarter_ended_on_a_day_says_where_the_year_ends() -> None:
    events = news_events(
        "Orlent Devices reported sales for its fiscal fourth quarter ended March 31, 2025. "
        "In fiscal 2024, Orlent Devices cut 300 jobs. "
        "Orlent Devices will spend more in the second half of fiscal 2026.",
        date(2025, 5, 14),
    )
    assert [(e.date_value, e.date_start, e.date_end) for e in events][1:] == [
        ("FY2024", date(2023, 4, 1), date(2024, 3, 31)),
        ("FY2026-H2", date(2025, 10, 1), date(2026, 3, 31)),
    ]
    # a fourth quarter with no "fiscal" before it says nothing of the company's year
    events = news_events(
        "Orlent Devices reported sales for its fourth quarter ended March 31, 2025. "
        "In fiscal 2024, Orlent Devices cut 300 jobs.",
        date(2025, 5, 14),
    )
    assert (events[-1].date_start, events[-1].date_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_day_that_ends_a_period_named_before_it_in_apposition_dates_nothing() -> None:
    (event,) = news_events(
        "For the second quarter of 2025, ending June 29, 2025, Orlent Devices expects a loss.",
        date(2025, 5, 14),
    )
    assert (event.date_start, event.date_end, event.granularity) == (
        date(2025, 4, 1),
        date(2025, 6, 30),
        "quarter",
    )


def test_a_period_named_by_its_last_month_or_as_a_half_year() -> None:
    published = date(2015, 2, 10)
    (event,) = news_events("December quarter output at Harwick Mills was a record.", published)
    assert (event.date_start, event.date_end, event.date_value) == (
        date(2014, 10, 1),
        date(2014, 12, 31),
        "2014-Q4",
    )
    (event,) = news_events(
        "Harwick Mills expects output to rise in the half year to September 30.", published
    )
    assert (event.date_start, event.date_end, event.granularity) == (
        date(2015, 4, 1),
        date(2015, 9, 30),
        "half",
    )


def test_the_year_after_a_year_ended_is_that_year_again() -> None:
    events = news_events(
        "Kericho Highlands reported a drop in profit for the year ended March 31, 2019.\n\n"
        "Revenue at Kericho Highlands for the year slipped 11 per cent.",
        date(2019, 6, 13),
    )
    revenue = events[-1]
    assert (revenue.date_start, revenue.date_end) == (date(2018, 4, 1), date(2019, 3, 31))


def test_a_count_of_months_to_a_month_is_those_months_not_a_quarter() -> None:
    """A statistic's rolling months end with a month ("in the three months to May"); a
    company's quarter ends on a day ("the three months ended May 31")."""
    published = date(2025, 8, 7)
    text = "Unemployment in Dunmore rose to 4.7% in the three months to May."
    (rise,) = news_events(text, published)
    assert (rise.date_value, rise.granularity) == ("2025-03/2025-05", "month")
    (earn,) = news_events(
        "Harlow Mills earned $4 million in the three months ended May 31.", published
    )
    assert (earn.date_value, earn.granularity) == ("FY2025-QX", "quarter")


def test_a_quarter_told_by_its_months_is_a_quarter() -> None:
    """ "In the second quarter, from January to March": three months named as a quarter."""
    events = news_events(
        "Harlow Mills said on Tuesday that in its third quarter, from January to March, "
        "orders fell 8% to €400 million.",
        date(2025, 5, 20),
    )
    quarter = [e for e in events if e.granularity == "quarter"]
    assert [(e.date_start, e.date_end) for e in quarter] == [(date(2025, 1, 1), date(2025, 3, 31))]
    months = news_events("Harlow Mills sold more paper from January to March.", date(2025, 5, 20))
    assert all(e.granularity != "quarter" for e in months)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Harlow Ferries carried 1.2 million people in the 2022–23 financial year.", 2022, 2023),
        ("Harlow Farms harvested 61 million tonnes in the 2014/15 season.", 2014, 2015),
    ],
)
def test_a_split_year_of_a_kind_runs_from_july_to_june(sentence: str, start: int, end: int) -> None:
    events = news_events(sentence, date(2025, 5, 20))
    assert [(e.date_start, e.date_end) for e in events] == [(date(start, 7, 1), date(end, 6, 30))]


def test_a_split_year_of_no_kind_is_the_calendar_year_it_begins_in() -> None:
    # stop 34: twelve months whose months the text does not tell, not two calendar years (the
    # writers of fresh20, fresh31 and fresh51 take either calendar year)
    events = news_events(
        "Harlow Farms lost money in 2014-15, its auditors said.", date(2025, 5, 20)
    )
    assert (date(2014, 1, 1), date(2014, 12, 31)) in [(e.date_start, e.date_end) for e in events]


def test_a_span_of_two_years_written_whole_stays_two_years() -> None:
    events = news_events(
        "Harlow Farms lost money in 2014-2015, its auditors said.", date(2025, 5, 20)
    )
    assert (date(2014, 1, 1), date(2015, 12, 31)) in [(e.date_start, e.date_end) for e in events]


def test_the_quarter_is_the_quarter_named_last_though_a_year_was_named_since() -> None:
    """ "The quarter" names again the last quarter told, not a year named after it (an outlook
    for the fiscal year) nor the calendar's quarter around the news day."""
    events = news_events(
        "Vellmar Foods earned $412 million in the quarter ended Aug. 31. Vellmar Foods kept "
        "its forecast for fiscal 2026. Sales at Vellmar Foods rose 4% in the quarter.",
        date(2025, 9, 23),
    )
    rose = [(e.date_start, e.date_end) for e in events if e.action == "rise"]
    assert rose == [(date(2025, 6, 1), date(2025, 8, 31))]
