"""A company's quarter or half told by its months is that part, not a stretch of months ("in
the second half, from March to August"; "the December-February quarter"; "the six months to
March"), and a yearless range's closing month follows its opening one. Sentences written
here; the rules are `events/spans.part_told_by_months`, `events/spans._after_its_opening` and
`events/periods._named_by_its_month` (stop 32)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.events.spans import part_told_by_months, range_of
from timeline.temporal import Timex

from .helpers import news_events


def _month(text: str, written: str, year: int, month: int) -> Timex:
    start = text.index(written)
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    return Timex(start, start + len(written), written, "DATE", f"{year}-{month:02d}", None,
                 "month", first, date.fromordinal(last))  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "first", "last", "granularity"),
    [
        (
            "Orders at Vellmar Tools fell hardest in the second half, from March to August, "
            "the company said.",
            "March",
            "August",
            "half",
        ),
        (
            "For the first half of the current fiscal year, April to September, Vellmar Tools "
            "has set a sales target of 90 million euros.",
            "April",
            "September",
            "half",
        ),
        (
            "Vellmar Tools moves its press shop to Kessin in the third quarter of the fiscal "
            "year, October to December.",
            "October",
            "December",
            "quarter",
        ),
        (
            "Scrap prices at Kessin averaged 41 euros a tonne in January-March, against 44 euros "
            "a year earlier.",
            "January",
            "March",
            "quarter",
        ),
    ],
)
def test_a_part_named_beside_its_months_is_that_part(
    sentence: str, first: str, last: str, granularity: str
) -> None:
    months = {"January": 1, "March": 3, "April": 4, "August": 8, "September": 9,
              "October": 10, "December": 12}  # fmt: skip
    opening = _month(sentence, first, 2026, months[first])
    closing = _month(sentence, last, 2026, months[last])
    span = range_of(sentence, opening, [opening, closing])
    assert span is not None
    assert (span.date_start, span.granularity) == (date(2026, months[first], 1), granularity)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ostmark central bank raised its rate by 11 points between October and December.",
        "Vellmar Tools cut its output by half, from March to August.",  # a share, not a part
        "Kessin harbour was closed in the second half, from March to May.",  # not six months
        "Ferries to Kessin ran in November-January and again in the spring.",  # no quarter
    ],
)
def test_months_no_part_names_stay_months(sentence: str) -> None:
    ranges = [e for e in news_events(sentence, date(2026, 9, 29)) if "/" in (e.date_value or "")]
    assert ranges
    assert all(e.granularity == "month" for e in ranges)


def test_the_dash_rule_reads_only_calendar_quarters() -> None:
    text = "Ferries ran in November-January."
    span = _month(text, "November-January", 2025, 11)
    span = Timex(span.start, span.end, span.text, "DATE", "2025-11/2026-01", None, "month",
                 date(2025, 11, 1), date(2026, 1, 31))  # fmt: skip
    assert part_told_by_months(text, span) is None


def test_a_quarter_named_by_its_first_and_last_months() -> None:
    (sales,) = news_events(
        "Sales at Kessin Robotics in the December-February quarter rose 9 percent to 41 "
        "million euros.",
        date(2019, 4, 9),
    )
    assert (sales.date_start, sales.date_end, sales.granularity) == (
        date(2018, 12, 1),
        date(2019, 2, 28),
        "quarter",
    )


def test_six_months_to_a_month_is_a_half_three_months_stay_months() -> None:
    published = date(2016, 5, 12)
    (half,) = news_events("Revenue at Brenna Foods rose 11 percent in the six months to March.",
                          published)  # fmt: skip
    assert (half.date_start, half.date_end, half.granularity) == (
        date(2015, 10, 1),
        date(2016, 3, 31),
        "half",
    )
    (rolling,) = news_events("Unemployment in Brenna rose to 5.1% in the three months to March.",
                             published)  # fmt: skip
    assert rolling.granularity == "month"


@given(st.integers(1, 12), st.integers(1, 11), st.integers(1900, 2090), st.integers(-1, 0))
def test_a_yearless_range_closes_after_it_opens(
    opening: int, length: int, year: int, shift: int
) -> None:
    """Whatever years the two months were given alone, the range runs forward from its
    opening month, at most eleven months on."""
    names = [date(2001, m, 1).strftime("%B") for m in range(1, 13)]
    closing = (opening - 1 + length) % 12 + 1
    text = f"Kessin harbour was dredged from {names[opening - 1]} to {names[closing - 1]}."
    first = _month(text, names[opening - 1], year, opening)
    last = _month(text, names[closing - 1], year + shift, closing)
    span = range_of(text, first, [first, last])
    assert span is not None and span.date_start is not None and span.date_end is not None
    months = (span.date_end.year - span.date_start.year) * 12 + span.date_end.month
    assert months - span.date_start.month == length


@pytest.mark.parametrize(
    ("sentence", "value", "first", "last"),
    [
        (
            "Korvel Trading said its steel division lost money in the second quarter, the "
            "July-September period, for the first time in five years.",
            "FY1984-Q2",
            date(1983, 7, 1),
            date(1983, 9, 30),
        ),
        (
            "Brannock Lines made a loss in the fourth quarter of its fiscal year, the "
            "July-September period, its first since 1990.",
            "FY1983-Q4",
            date(1983, 7, 1),
            date(1983, 9, 30),
        ),
        (
            "Sales at Korvel Trading rose in the third quarter, the July-September period.",
            "1983-Q3",
            date(1983, 7, 1),
            date(1983, 9, 30),
        ),
    ],
)
def test_a_numbered_quarter_restated_by_its_months_is_those_months(
    sentence: str, value: str, first: date, last: date
) -> None:
    # stop 36 (dates6): the months in apposition say which quarter the company counts
    rows = news_events(sentence, date(1983, 11, 15))
    quarters = [
        (e.date_value, e.date_start, e.date_end) for e in rows if e.granularity == "quarter"
    ]
    assert quarters == [(value, first, last)]
