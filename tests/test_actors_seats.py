"""The place a body is based, registered or listed in (`actors/seats.py`): invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.seats import locates_an_organisation

from .mentions import span_of as _at

_TOWNS = ("Tarvik", "Ostra", "Vell", "Pardo", "Orrin Bay", "Kessby")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pay talks for cabin crew based in Tarvik, Ostra and Vell resumed.", ("Tarvik", "Vell")),
        ("Betting sites based in Ostra and Vell took a quarter of the market.", ("Ostra", "Vell")),
        ("The two firms, registered in Tarvik and the Orrin Islands, moved fuel.", ("Orrin",)),
        ("Kessby Foods, which is based in Tarvik, Md., reported a loss.", ("Tarvik", "Md.")),
        ("Norvald, which is listed in Ostra, has three months to reply.", ("Ostra",)),
        ("Vell Metals, a trading company registered in Pardo that buys ore, said so.", ("Pardo",)),
    ],
)
def test_a_bodys_seat_said_in_passing_is_no_actor(text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert locates_an_organisation(text, *_at(text, name), "GPE"), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the sentence's subject is based there: the golds name the place
        ("Kessby Foods was founded in 2008 and is based in Tarvik.", "Tarvik"),
        ("Founded in 1987 and headquartered in Tarvik, Kessby makes valves.", "Tarvik"),
        # registering or listing is the act itself
        ("The firm registered in Tarvik in 2019 and began trading.", "Tarvik"),
        ("Shares jumped on the day the company listed in Ostra in 2018.", "Ostra"),
        # a place further on, after the list has ended
        ("Crew based in Tarvik said on Monday that talks in Ostra failed.", "Ostra"),
    ],
)
def test_a_place_the_sentence_acts_in_stays(text: str, name: str) -> None:
    assert not locates_an_organisation(text, *_at(text, name), "GPE")


@given(st.sampled_from(_TOWNS), st.sampled_from(("based", "headquartered", "registered")))
def test_a_seat_after_a_name_and_a_comma_is_no_actor(town: str, verb: str) -> None:
    text = f"Lumikko Oy, {verb} in {town}, said on Friday that sales rose."
    assert locates_an_organisation(text, *_at(text, town), "GPE")


def test_rows_leave_out_the_seat_and_keep_the_body() -> None:
    text = "Delta Vane, which is based in Tarvik, reported a loss of $4 million on Monday."
    names = {m.name for m in find_actors([text])[0]}
    assert "Delta Vane" in names
    assert "Tarvik" not in names
