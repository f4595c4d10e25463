"""A day written in letter style counts its month from the news day's: "the 4th ult." is
last month's, "the 17th inst." this month's, "the 2nd prox." next month's. Sentences written
here; the rule is `rules_calendar`'s "ordinal_day" (stop 32)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.calendar import add_months


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Alderman Tobin died on the 4th ult., after a short illness.", "1953-01-04"),
        ("Nominations close on the 17th inst. at noon.", "1953-02-17"),
        ("The Ballykeel fair will be held on the 2nd prox.", "1953-03-02"),
        ("The Ballykeel fair opens on the 4th of March.", "1953-03-04"),
    ],
)
def test_a_letter_style_day_takes_its_month(sentence: str, value: str) -> None:
    assert tag(sentence, date(1953, 2, 14))[0].value == value


@given(st.dates(date(1850, 2, 1), date(2090, 11, 28)), st.integers(1, 28))
def test_ult_is_always_the_month_before(published: date, day: int) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    (found,) = tag(f"Councillor Dunne died on the {day}{suffix} ult.", published)
    month = add_months(published.replace(day=1), -1)
    assert found.value == month.replace(day=day).isoformat()
