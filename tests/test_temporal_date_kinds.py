"""Kinds of news dates, drawn across publication days from the 1950s to the 2020s: holidays
and named days, tense and modality, deadlines, clock times with their day.

The sentences and the readings they must get come from `benchmarks/date_kinds.py`
(`bench_date_kinds.py` counts the wrong ones out of N); here every draw must be right.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_date_kinds import in_rows, tagged
from benchmarks.date_kinds import KINDS, Draw, draw_sentence, mismatch, row_reading
from timeline.temporal import tag
from timeline.temporal.near_day import long_weekend, true_day


@st.composite
def published_days(draw: st.DrawFn) -> date:
    """Any day of 1950-2029, weighted to month ends and leap days."""
    year = draw(st.integers(1950, 2029))
    pick = draw(st.sampled_from(["any", "month end", "leap day"]))
    if pick == "month end":
        month = draw(st.integers(1, 12))
        return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    if pick == "leap day":
        return date(year - year % 4, 2, 29)
    return draw(st.dates(date(1950, 1, 1), date(2029, 12, 31)))


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(max_examples=250, deadline=None)
@given(published=published_days(), seed=st.integers(0, 2**32))
def test_every_drawn_sentence_of_a_kind_gets_its_date(
    kind: str, published: date, seed: int
) -> None:
    draw = draw_sentence(kind, random.Random(seed), published)
    got = tagged(draw)
    assert not mismatch(draw, got), (draw.text, published, got, draw.accepted)


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(max_examples=12, deadline=None)
@given(published=published_days(), seed=st.integers(0, 2**32))
def test_the_event_row_of_a_drawn_sentence_carries_its_date(
    kind: str, published: date, seed: int
) -> None:
    draw = draw_sentence(kind, random.Random(seed), published)
    if not draw.whole:
        return
    (row,) = in_rows([draw])
    plain = tuple(row_reading(a) for a in draw.accepted)
    checked = Draw(draw.kind, draw.template, draw.text, draw.at, published, plain)
    assert not mismatch(checked, row), (draw.text, published, row, plain)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Shops will close on Christmas Day.", date(1992, 12, 31), "1993-12-25"),
        ("Shops closed on New Year's Eve.", date(1973, 12, 10), "1972-12-31"),
        ("Sales were weak last Thanksgiving.", date(2023, 10, 25), "2022-11-24"),
        ("Offices shut on Memorial Day.", date(1962, 6, 12), "1962-05-30"),
        ("Sales were weak last Fourth of July.", date(1977, 5, 21), "1976-07-04"),
        ("Shops opened on Christmas morning.", date(2023, 10, 25), "2022-12-25TMO"),
        (
            "Officials said on Friday the plant had closed on Tuesday.",
            date(2023, 10, 25),
            "2023-10-17",
        ),
        ("Polls opened at 9 a.m. (1400 GMT) on Tuesday.", date(2023, 10, 25), "2023-10-24"),
        (
            "The firm said on Saturday it would close the plant on Tuesday.",
            date(2008, 2, 29),
            "2008-02-26",
        ),
        ("The agency expects to finish the review by Dec. 31.", date(2020, 1, 31), "2020-12-31"),
    ],
)
def test_named_days_tense_and_deadlines(text: str, published: date, value: str) -> None:
    assert tag(text, published)[-1].value == value


def test_a_long_weekend_is_its_days_off() -> None:
    (weekend,) = tag("Traffic was heavy over the Labor Day weekend.", date(2023, 9, 12))
    assert (weekend.value, weekend.date_start, weekend.date_end, weekend.granularity) == (
        "2023-W35-WE",
        date(2023, 9, 2),
        date(2023, 9, 4),
        "week",
    )
    assert long_weekend(date(2023, 11, 23)) == (date(2023, 11, 23), date(2023, 11, 26))


def test_the_true_days_follow_the_laws_that_moved_them() -> None:
    assert true_day("veterans day", 1975) == date(1975, 10, 27)
    assert true_day("columbus day", 1965) == date(1965, 10, 12)
    assert true_day("christmas", 1965) is None  # a fixed day: the vocabulary's


def test_a_clock_time_stays_in_its_sentence() -> None:
    timexes = tag(
        "Trading halted at 12:00 UTC on Friday. The board met on Monday.", date(2023, 10, 25)
    )
    assert [t.value for t in timexes] == ["2023-10-20T12:00Z", "2023-10-23"]
