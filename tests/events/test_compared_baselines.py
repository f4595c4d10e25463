"""A figure's baseline is no time of the clause: after a figure with a hedge ("fallen to about
two days from a peak of nine in August"), and a time before said deictically above, below or
"on" a figure ("running 8 percent above a year earlier", "up by a fifth on last year"). A figure
with no hedge and four words before "from" ("rose 5 percent to $12.40 from $11.80 on Tuesday")
keeps its day, and "on" a year that is no figure's baseline is left alone. Invented sentences.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from .helpers import compared

MONTHS = ["January", "March", "May", "August", "September", "November"]


@given(
    st.sampled_from(
        [
            "Queues at Brindlemoor have fallen to about two days from a peak of nine in {month}.",
            "Stocks had fallen to nearly $15 billion from $24 billion in {month}, Ostrava said.",
            "The Veldkamp index rose to around 41 points from 30 in {month}.",
        ]
    ),
    st.sampled_from(MONTHS),
)
def test_a_baseline_after_a_hedged_figure_is_no_time_of_the_clause(
    sentence: str, month: str
) -> None:
    assert compared(sentence.format(month=month), month)


@given(
    st.sampled_from(
        [
            "Orders at Pellworth Tools were running {n} percent above {when}.",
            "Bookings at the Quillan Hotel were {n} per cent below {when}.",
            "Sales at Harrowgate Mills were up {n}% on {when}, its chairman said.",
            "Ticket sales at the Dunmarsh festival were up by a fifth on {when}.",
        ]
    ),
    st.integers(1, 99),
    st.sampled_from(["a year earlier", "last year", "the previous year", "a year ago"]),
)
def test_a_time_before_above_below_or_on_a_figure_is_its_baseline(
    sentence: str, number: int, when: str
) -> None:
    assert compared(sentence.format(n=number, when=when), when)


def test_an_unhedged_figure_four_words_before_from_keeps_its_day() -> None:
    text = "Tarvex shares rose 5 percent to $12.40 from $11.80 on Tuesday."
    assert not compared(text, "Tuesday")


def test_on_a_time_before_with_no_figure_is_no_baseline() -> None:
    assert not compared("Mirela Kost moved to Oslo on last year's advice.", "last year")
    assert not compared("The Corvin plant reopened on last year's date.", "last year")
