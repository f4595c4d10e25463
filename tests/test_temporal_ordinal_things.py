"""An ordinal that counts a thing is no day of the month (`timeline.temporal.ordinal_things`):
"Wilda, the 21st typhoon of the season", "became the 14th parish to join"; after a preposition
of time, a weekday or at a sentence's start it stays a day. Invented sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

PUBLISHED = date(1967, 9, 4)


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@given(st.integers(1, 31), st.sampled_from(["storm", "parish", "borough", "vessel", "case"]))
def test_an_ordinal_before_a_noun_counts_it(day: int, noun: str) -> None:
    text = f"Officials said it was the {day}{_suffix(day)} {noun} to close."
    assert [t.text for t in tag(text, PUBLISHED)] == []


def test_a_storm_counted_in_apposition() -> None:
    text = "Wilda, the 21st typhoon of the season, will bring heavy rain to the coast tomorrow."
    assert [t.value for t in tag(text, PUBLISHED)] == ["1967-09-05"]


def test_an_ordinal_after_a_preposition_of_time_is_a_day() -> None:
    (found,) = tag("The court will sit again on the 21st, the registrar said.", PUBLISHED)
    assert found.text == "the 21st"
    (found,) = tag("Prices on the 21st were higher than expected.", PUBLISHED)
    assert found.text == "the 21st"
    (found,) = tag("The 21st saw heavy rain over the hills.", PUBLISHED)
    assert found.text == "The 21st"
