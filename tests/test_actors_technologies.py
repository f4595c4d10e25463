"""A technology's letters before the noun of a thing are no actor
(`timeline.actors.technologies`, stop 34); invented sentences, the rule alone, for all its
letters, and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.technologies import names_a_technology
from timeline.wordlists import word_list

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Detectives were examining CCTV footage from nine shops.", "CCTV"),
        ("The council voted $2 million for 30 new CCTV cameras.", "CCTV"),
        ("Rangers will fit GPS collars to four of the bears.", "GPS"),
        ("Travellers must show a negative PCR test on arrival.", "PCR"),
        ("The hospital bought a second MRI machine.", "MRI"),
    ],
)
def test_a_technologys_letters_before_a_thing_are_no_actor(text: str, name: str) -> None:
    assert names_a_technology(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CCTV said on Monday that the talks had failed.", "CCTV"),  # a broadcaster acting
        ("The footage came from CCTV.", "CCTV"),  # alone
        ("The WHO report came out on Monday.", "WHO"),  # other initials
        ("It installed CCTV and GPS trackers.", "CCTV"),  # joined to another technology
    ],
)
def test_letters_acting_alone_or_not_listed_are_kept(text: str, name: str) -> None:
    assert not names_a_technology(text, *_at(text, name))


@given(
    st.sampled_from(word_list("technology_letters.txt")),
    st.sampled_from(["cameras", "footage", "units", "test", "systems"]),
)
def test_every_listed_technology_before_a_noun_is_no_actor(letters: str, noun: str) -> None:
    text = f"The board approved new {letters} {noun} on Tuesday."
    assert names_a_technology(text, *_at(text, letters))


def test_the_letters_are_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its council and loses the letters."""
    text = "Town notes. The Varrow Council approved $3 million for 40 new CCTV cameras on Monday."
    names = {mention.name for mention in find_actors([text])[0]}
    assert "CCTV" not in names, names
