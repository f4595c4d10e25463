"""A company's year whose bounds the sentence itself states (stop 44, helper `dateprec`): "the
financial year ended March 31" is the last to end, "the financial year beginning on 1 April"
the next, "the next financial year, which starts on July 1" the next (not the one after), and
a split year's months are those the words after it state ("its 1996/97 financial year, which
began on 1 April"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.pipeline import extract
from timeline.temporal import tag
from timeline.temporal.calendar import month_end


def _fiscal(text: str, reference: date) -> list[tuple[str, date | None, date | None]]:
    return [(t.value, t.date_start, t.date_end) for t in tag(text, reference) if "FY" in t.value]


@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)), st.integers(1, 11))
def test_a_year_told_as_ended_is_the_last_to_end(published: date, last_month: int) -> None:
    # whatever the news day, the year told "ended <month> <day>" ends on or before it
    month = date(2001, last_month, 1).strftime("%B")
    day = month_end(2001, last_month).day if last_month != 2 else 28
    text = f"The trust lost £18,000 on its halls in the financial year ended {month} {day}."
    found = _fiscal(text, published)
    assert len(found) == 1
    _, start, end = found[0]
    assert start is not None and end is not None
    assert end <= published < month_end(end.year + 1, end.month)
    assert (end.year - start.year) * 12 + end.month - start.month + 1 == 12


def test_a_year_told_as_ended_in_spring_news() -> None:
    text = "The borough lost money on its markets in the financial year ended March 31."
    assert _fiscal(text, date(1971, 5, 20)) == [("FY1971", date(1970, 4, 1), date(1971, 3, 31))]


def test_a_year_beginning_is_the_next_one() -> None:
    text = "The board will pay for the depot from the financial year beginning on 1 April."
    assert _fiscal(text, date(1977, 2, 3)) == [("FY1978", date(1977, 4, 1), date(1978, 3, 31))]


def test_the_next_year_that_starts_is_not_shifted_twice() -> None:
    text = "The state has set aside $40 million in the next financial year, which starts on July 1."
    assert _fiscal(text, date(2031, 5, 12)) == [("FY2032", date(2031, 7, 1), date(2032, 6, 30))]


def test_this_year_that_began_stays_the_current_one() -> None:
    # "began" is no shift: the year holding the news day began already
    text = "Spending will rise in the financial year, which began on 1 April."
    assert _fiscal(text, date(2031, 6, 12)) == [("FY2032", date(2031, 4, 1), date(2032, 3, 31))]


def test_a_split_fiscal_year_without_stated_months_runs_april_to_march() -> None:
    # the split years' own default (as their quarters are read), not the calendar year 2032
    text = "The shire will set its rates for the 2031-32 financial year at that meeting."
    assert _fiscal(text, date(2031, 3, 2)) == [("FY2032", date(2031, 4, 1), date(2032, 3, 31))]


def _row_days(text: str, published: date) -> tuple[str, date, date]:
    table = extract([Document(id="a", text=text)], published=published, workers=1).table
    row = table.iloc[0]
    return (
        str(row["date_text"]),
        pd.Timestamp(row["date_start"]).date(),
        pd.Timestamp(row["date_end"]).date(),
    )


def test_a_split_year_runs_over_the_months_stated_after_it() -> None:
    text = "The institute set aside R3m in its 2041/42 financial year, which began on 1 April."
    assert _row_days(text, date(2041, 6, 3)) == ("2041/42", date(2041, 4, 1), date(2042, 3, 31))
    text = (
        "The shipper sold 2 million cases in the 2041/42 financial year, which ended on August 31."
    )
    assert _row_days(text, date(2042, 10, 3)) == ("2041/42", date(2041, 9, 1), date(2042, 8, 31))


def test_a_year_beginning_already_begun_is_the_current_one() -> None:
    # "beginning" tells no tense: written in June, the year that began on 1 April
    text = "The board will pay for the depot from the financial year beginning on 1 April."
    assert _fiscal(text, date(1977, 6, 3)) == [("FY1978", date(1977, 4, 1), date(1978, 3, 31))]
