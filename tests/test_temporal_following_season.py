"""A season counted on from a year told without its month ("found in 2017 ... the following
spring") is that season of the next year (the previous one: of the year before), not the
season of the year told; counted on from a season or a day, it is the next such season after
it. Sentences written here; the rule is in `temporal/resolve_periods.resolved_relative_unit`
(stop 32)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag


def _values(text: str, published: date) -> list[str]:
    return [t.value for t in tag(text, published)]


def test_the_following_season_after_a_year_is_the_next_years() -> None:
    text = "Divers found the Vinterhav wreck in 2017, and the board listed it the following spring."
    assert _values(text, date(2021, 11, 9)) == ["2017", "2018-SP"]


def test_the_following_season_after_a_season_or_a_month_is_the_next_one() -> None:
    text = (
        "That autumn of 1994 was dry. That winter, snow killed half the herd. "
        "The following spring, the family moved."
    )
    assert _values(text, date(2021, 11, 9))[-1] == "1995-SP"
    text = "In March 2017 divers found the wreck. The following spring it was listed."
    assert _values(text, date(2021, 11, 9)) == ["2017-03", "2018-SP"]


@given(st.integers(1900, 2080), st.sampled_from(["spring", "summer", "autumn", "winter"]))
def test_any_year_then_the_following_season(year: int, season: str) -> None:
    text = f"Kessin harbour was dredged in {year}, and the quay was rebuilt the following {season}."
    values = _values(text, date(2090, 6, 1))
    assert values[0] == str(year)
    assert values[-1].startswith(f"{year + 1}-")
