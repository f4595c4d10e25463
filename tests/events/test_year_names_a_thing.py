"""A year that names a thing dates nothing: written with a law's or a document's name ("the
Health and Safety at Work Act 1974", "the Public Order Act, 1980", "the Coastal Fisheries Act of
1962"), whatever preposition stands before the name; or after "on the" or "about the", telling
what something is about ("a fresh decision on the 2020 allocation", "a hearing on the 1985
plan"). After "during" or "in" it is still the clause's time. Invented sentences."""

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
            "Two men were charged under the Public Order Act{sep}{year} on Friday.",
            "The firm admitted breaches of the Health and Safety at Work Act{sep}{year}.",
            "The council relied on the Coastal Fisheries Act{sep}{year} in its appeal.",
            "The ministers signed the Lake Basin Accord{sep}{year} at the border.",
            "Lawyers cited the Water Sharing Treaty{sep}{year} in court.",
        ]
    ),
    st.sampled_from([" ", ", ", " of "]),
    st.integers(1800, 2090),
)
def test_the_year_of_a_law_names_the_law(sentence: str, sep: str, year: int) -> None:
    assert _names_a_thing(sentence.format(sep=sep, year=year), year)


def test_a_year_after_a_name_that_is_no_law_still_dates_the_clause() -> None:
    assert not _names_a_thing("The mill closed in 1962 after a fire.", 1962)
    assert not _names_a_thing("The firm moved to Leeds in 1962.", 1962)


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


def test_a_year_after_due_and_a_noun_is_a_debts_maturity() -> None:
    """ "its 6.5 percent notes due 2031 fell on Tuesday": the year the notes mature names them;
    "the review is due 2031" and "due in 2031" are left to the clause (stop 27)."""
    assert _names_a_thing("Orvell Shipping's 6.5 percent notes due 2031 fell on Tuesday.", 2031)
    assert _names_a_thing("Its bonds due 2027 rallied.", 2027)
    assert not _names_a_thing("The harbour review is due 2031.", 2031)
    assert not _names_a_thing("The harbour review is due in 2031.", 2031)
