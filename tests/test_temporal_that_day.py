""" "That day" (a clock's "that morning", "that night") points away from the news day: when
the day told last is the publication day ("the inquiry heard today") and another day was
told in the same sentence or the one before ("the fire on Friday, June 21"), the other day is
meant (`RunningReference.distal_day`); a writer says "today" or "this morning" of the news
day itself. Told only of the news day, or of another day sentences back, "that day" stays
the day told last."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

PUBLISHED = date(2019, 10, 16)  # a Wednesday


def _values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # another day, then the news day told after it in the same sentence
        (
            "A boiler failed at the Harrow Lane depot on Friday, October 4, the tribunal "
            "heard today. The fitter said he had reported a leak at about 6 a.m. that day.",
            "about 6 a.m. that day",
            "2019-10-04T06:00",
        ),
        # a day ahead told before the news day: "that morning" is the day ahead's
        (
            "The union said this morning that drivers at Pellow Coaches would strike on "
            "Monday, October 21, and confirmed it again today. Pickets will gather at 5am "
            "that morning.",
            "that morning",
            "2019-10-21TMO",
        ),
        # "that night" alone, after a day told then the news day
        (
            "A jeweller on Minster Street was raided on Saturday, September 28, the court "
            "heard today. Dorrit Vane was arrested that night.",
            "that night",
            "2019-09-28TNI",
        ),
    ],
)
def test_that_day_points_away_from_the_news_day(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # only the news day told: "that day" is the news day
        (
            "The mayor of Kestrow arrived this morning. She left at noon that day.",
            "noon that day",
            "2019-10-16T12:00",
        ),
        # the other day told three sentences back: the news day told last stands
        (
            "The Tollgate bridge shut on October 4. Engineers were called in. Repairs went "
            "on for days. The council met this morning. Its leader spoke at 11 a.m. that day.",
            "11 a.m. that day",
            "2019-10-16T11:00",
        ),
        # the other day told last: it is the anchor anyway
        (
            "The hearing opened today into the collapse on Friday, October 4. The crane "
            "operator had clocked on at 7 a.m. that day.",
            "7 a.m. that day",
            "2019-10-04T07:00",
        ),
    ],
)
def test_that_day_stays_the_day_told_last(text: str, expression: str, value: str) -> None:
    assert _values(text)[expression] == value


@given(
    published=st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    back=st.integers(min_value=2, max_value=25),
    hour=st.integers(min_value=1, max_value=11),
)
def test_that_day_is_the_other_day_for_any_publication_day(
    published: date, back: int, hour: int
) -> None:
    """Whatever the publication day and however far back the other day (within a month),
    the clock "that day" is on the other day, never on the news day."""
    day = published - timedelta(days=back)
    month = day.strftime("%B")
    text = (
        f"A gas main burst under Quarry Road on {month} {day.day}, the council's inquiry "
        f"heard today. A resident said she smelled gas at {hour} a.m. that day."
    )
    values = _values(text, published)
    assert values[f"{hour} a.m. that day"] == f"{day.isoformat()}T{hour:02d}:00"


@given(published=st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)))
def test_that_day_after_the_news_day_alone_is_the_news_day(published: date) -> None:
    """Told only of the news day, "that day" is the news day, whatever it is."""
    text = "The Orley ferry sailed this morning. It docked at 9 p.m. that day."
    assert _values(text, published)["9 p.m. that day"] == f"{published.isoformat()}T21:00"
