"""The shipped holiday table is the ``holidays`` package's answer for every year the product
asks it about: each US holiday whose rules the laws moved, in every year of `US_YEARS`, and the
lunar year's first day in every year from 1900 to 2199 (None outside `LUNAR_YEARS`)."""

from __future__ import annotations

from datetime import date

from benchmarks.write_holiday_days import lunar_day as package_lunar_day
from benchmarks.write_holiday_days import us_day as package_us_day
from timeline.temporal.holiday_tables import LUNAR_YEARS, US_LABELS, US_YEARS, lunar_day, us_day
from timeline.temporal.lunar_year import lunar_new_year
from timeline.temporal.near_day import true_day


def test_every_us_day_is_the_packages() -> None:
    for label in US_LABELS:
        for year in US_YEARS:
            assert us_day(label, year) == package_us_day(label, year), (label, year)


def test_every_lunar_new_year_is_the_packages() -> None:
    for year in range(1900, 2200):
        assert lunar_day(year) == package_lunar_day(year), year
        assert (lunar_day(year) is not None) == (year in LUNAR_YEARS)


def test_the_readers_answer_as_before() -> None:
    assert true_day("memorial day", 1962) == date(1962, 5, 30)
    assert true_day("mlk day", 1980) is None  # before the holiday was kept
    assert true_day("labor day", 1899) is None  # before the table's years
    assert true_day("christmas", 1990) is None  # a fixed day: the vocabulary's
    assert lunar_new_year(2022) == date(2022, 2, 1)
    assert lunar_new_year(0) is None
    assert lunar_new_year(-5) is None
