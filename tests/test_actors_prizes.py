"""A prize or a contest won is no actor (`timeline.actors.prizes`, stop 43); invented
sentences, the rule alone, its examples, and through the real model."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.prizes
from timeline.actors import find_actors
from timeline.actors.prizes import names_a_prize_won

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her second feature won the Silver Heron at the Tarvik festival.", "Silver Heron"),
        ("Ostby won the Orrin Classic in a sprint on Sunday.", "Orrin Classic"),
        ("The jury chose the winner of the Golden Anchor, a film from Chad.", "Golden Anchor"),
        ("She wins the Kestrel Masters for a second year.", "Kestrel Masters"),
        ("Nine riders are winning the Velby Trophy, they say.", "Velby Trophy"),
        ("The duo won a Harbour Bell award last year.", "a Harbour Bell"),
        ("Last year's winners of the Tarvik Open were a pair from Ostby.", "Tarvik Open"),
    ],
)
def test_a_prize_or_a_contest_won_is_no_actor(text: str, name: str) -> None:
    assert names_a_prize_won(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelso won the Ostby contract on Monday.", "Ostby"),  # a party to the thing won
        ("The Greens won the Tarvik by-election.", "Tarvik"),  # where the contest was
        ("Labour won the Senate in 2022.", "Senate"),  # a body
        ("The party won the Velby Council, its first.", "Velby Council"),
        ("Ana Mahe won Tarvik 15 by 86 votes.", "Tarvik 15"),  # a seat, no article
        ("The Orrin Classic drew 40 riders.", "Orrin Classic"),  # not what was won
        ("Ostby beat the Kestrel Rovers 2-1.", "Kestrel Rovers"),
    ],
)
def test_a_name_not_won_or_only_qualifying_it_stays(text: str, name: str) -> None:
    assert not names_a_prize_won(text, *_at(text, name))


def test_the_examples_run() -> None:
    results = doctest.testmod(timeline.actors.prizes)
    assert results.attempted > 0
    assert results.failed == 0


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises(text: str, start: int, end: int) -> None:
    assert names_a_prize_won(text, start, end) in (True, False)


def test_the_prize_is_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its director and loses the prize."""
    text = "Festival notes. The director Amina Diallo won the Golden Dune at the festival."
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Golden Dune" not in names, names
