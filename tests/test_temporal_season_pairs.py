"""A season joined to a season that writes its year is in that year ("the spring and summer of
2009"); "later in the year in the south" is the year in question. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag


def _values(text: str, reference: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, reference)]


@given(st.integers(min_value=1950, max_value=2030), st.dates(date(1990, 1, 1), date(2035, 1, 1)))
def test_the_first_season_takes_the_year_of_its_partner(year: int, published: date) -> None:
    text = f"Orders at Quellmoor Pumps fell in the spring and summer of {year}."
    assert _values(text, published) == [
        ("the spring", f"{year}-SP"),
        (f"summer of {year}", f"{year}-SU"),
    ]


def test_a_dash_and_a_bc_year_join_too() -> None:
    text = "In 602 BC the Darvic fleet sailed. The winter-spring of 598 BC was quiet."
    assert ("The winter", "BC0598-WI") in _values(text, None)


def test_seasons_without_a_year_keep_the_reference_year() -> None:
    assert _values("Output fell in the spring and summer.", date(2010, 10, 24)) == [
        ("the spring", "2010-SP"),
        ("summer", "2010-SU"),
    ]


def test_later_in_the_year_in_a_place_is_the_year_told() -> None:
    text = (
        "In March 1987 the Torvik offensive stalled. It did better later in the year in the north."
    )
    assert ("the year", "1987") in _values(text, None)


def test_the_year_in_which_is_not_a_year_in_question() -> None:
    assert _values("It was the year in which the mill closed.", date(2020, 5, 1)) == []
