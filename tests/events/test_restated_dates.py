"""A period's end or start restated in apposition by the day or month it falls on: the finer
date dates the clause (`events.restated_dates`, stop 48; invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events, timex
from timeline.events.restated_dates import without_restated
from timeline.sentences import Sentence

PUBLISHED = date(2025, 2, 12)  # a Wednesday


def _dates(text: str) -> list[str]:
    return [e.date_value for e in news_events(text, PUBLISHED) if e.date_value is not None]


@given(st.sampled_from(["its financial year", "the fiscal year", "the company's financial year"]))
def test_a_bound_day_before_the_end_of_a_year_it_restates(year: str) -> None:
    text = f"Harlow Stores expects to open six more depots before June 30, the end of {year}."
    assert _dates(text) == ["2025-06-30"]


@pytest.mark.parametrize("between", [" on ", ", on "])
def test_the_end_of_a_year_restated_by_its_last_day(between: str) -> None:
    text = f"Tarn Housing will review its rents at the end of the financial year{between}March 31."
    assert _dates(text) == ["2025-03-31"]


def test_the_end_of_a_year_restated_by_its_last_month() -> None:
    text = "Pellow Mills will publish a full review by the end of the fiscal year in March."
    assert _dates(text) == ["2025-03"]


def test_the_start_of_a_year_after_its_first_day_keeps_the_day() -> None:
    text = "Orvane Energy's new tariffs take effect on July 1, the start of the financial year."
    assert _dates(text) == ["2025-07-01"]


def test_a_date_of_another_clause_restates_nothing() -> None:
    text = "Dunmore Mills closed its plant at the end of the year, and reopened it on March 3."
    assert "2025-03-03" in _dates(text)
    assert len(_dates(text)) == 2


def test_a_bound_alone_still_dates_its_clause() -> None:
    text = "Pellow Mills will publish a full review by the end of the fiscal year."
    assert [d[:2] for d in _dates(text)] == ["FY"]


def test_only_the_coarser_side_gives_way() -> None:
    text = "It closed on Friday, March 7, the last day of the season."
    friday = timex("Friday, March 7", text, "2025-03-07", date(2025, 3, 7))
    season = timex("the last day of the season", text, "2025-03-07", date(2025, 3, 7))
    sentence = Sentence(0, len(text), text, 0)
    assert without_restated(sentence, [friday, season]) == [friday, season]
