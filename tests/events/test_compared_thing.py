"""A thing of another year that a figure is compared with ("up 7.9 percent from the 2007
census") is the comparison's baseline, not when the clause happened; a thing of a year after
"from" with no figure compared ("signed two players from the 2019 squad") is no comparison.
Invented sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from .helpers import compared


@given(
    st.sampled_from(
        [
            "The census counted 12 million people, up 4 percent from the {year} census.",
            "Turnout fell 6 percent from the {year} vote.",
            "Membership rose by about 3,000 from the {year} figure.",
            "The harvest was down a fifth from its {year} level.",
            "Prices have climbed 12% from their {year} peak.",
        ]
    ),
    st.integers(1950, 2090),
)
def test_a_thing_of_a_year_a_figure_is_compared_with_is_a_baseline(
    sentence: str, year: int
) -> None:
    assert compared(sentence.format(year=year), str(year))


def test_a_thing_of_a_year_after_from_with_no_figure_compared_is_no_baseline() -> None:
    assert not compared("The club signed two players from the 2019 squad.", "2019")
    assert not compared("The ferry has run from the 1990 terminal since May.", "1990")
