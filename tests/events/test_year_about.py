"""A year naming a thing after "on the" or "about the" tells what something is about, not when
it happened ("a fresh decision on the 2020 allocation", "a hearing on the 1985 plan"); after
"during" or "in" it is still the clause's time. Invented sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.date_roles import modifies_noun
from timeline.sentences import Sentence
from timeline.temporal import Timex


def _names_a_thing(text: str, year: int) -> bool:
    at = text.index(str(year))
    timex = Timex(at, at + 4, str(year), "DATE", str(year), granularity="year")
    return modifies_noun(Sentence(0, len(text), text, 0), timex)


@given(
    st.sampled_from(
        [
            "The board must take a fresh decision on the {year} allocation by Friday.",
            "The council will hold a hearing on the {year} budget plan next week.",
            "Their set leaned on the {year} album and little else.",
            "The minister was asked about the {year} contract in the chamber.",
        ]
    ),
    st.integers(1900, 2090),
)
def test_a_year_naming_what_something_is_about_dates_nothing(sentence: str, year: int) -> None:
    assert _names_a_thing(sentence.format(year=year), year)


@given(st.sampled_from(["during", "in", "throughout"]), st.integers(1900, 2090))
def test_a_year_naming_a_season_after_a_preposition_of_time_dates_the_clause(
    preposition: str, year: int
) -> None:
    assert not _names_a_thing(f"The club won nine games {preposition} the {year} season.", year)
