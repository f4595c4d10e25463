"""A place before a noun of a route or a service names where the route runs, no actor
(`timeline.actors.routes`, stop 34); invented sentences, the rule alone, for all names, and
through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.routes import names_a_route_end

from .mentions import span_of as _at


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Fares on the Tarvik route will rise from Monday.", "Tarvik", "GPE"),
        ("The airline suspended its Orrin service this morning.", "Orrin", "GPE"),
        ("Rates on its Ostby-Valmar routes fell last quarter.", "Ostby-Valmar", "LOC"),
        ("The crossing will shut while the Tarvik-Ostby line is upgraded.", "Tarvik-Ostby", "ORG"),
        ("Two new ships join the group's Brannock service in March.", "Brannock", "GPE"),
        ("Its new Kelso bus route opens on Friday.", "Kelso", "GPE"),
        ("The daily Orrin flights resume next week.", "Orrin", "GPE"),
    ],
)
def test_a_place_before_a_route_is_no_actor(text: str, name: str, label: str) -> None:
    assert names_a_route_end(text, *_at(text, name), label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a company's route is its own: it acts elsewhere
        ("Vellair said fares on the Vellair route would fall.", "Vellair", "ORG"),
        # a body's service is no route
        ("A spokesman for the Tarvik fire service said so.", "Tarvik", "GPE"),
        # no "the" and no owner before the place
        ("Tarvik route maps were printed on Monday.", "Tarvik", "GPE"),
        # a place not before a route's noun
        ("The airline suspended its Orrin flights and its Orrin office.", "Orrin office", "GPE"),
    ],
)
def test_a_company_a_body_or_a_bare_place_is_kept(text: str, name: str, label: str) -> None:
    if name == "Orrin office":
        start = text.rindex("Orrin")
        assert not names_a_route_end(text, start, start + len("Orrin"), label)
        return
    assert not names_a_route_end(text, *_at(text, name), label)


_TOWN = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
_NOUN = st.sampled_from(["route", "service", "line", "flights", "sailings"])
_OWNER = st.sampled_from(["the", "its", "their", "our", "the airline's"])


@given(_TOWN, _NOUN, _OWNER)
def test_a_town_tagged_as_one_before_a_route_is_never_an_actor(
    town: str, noun: str, owner: str
) -> None:
    text = f"Fares on {owner} {town} {noun} rose on Monday."
    start = text.index(f" {town} ") + 1
    assert names_a_route_end(text, start, start + len(town), "GPE")


@given(_TOWN, _NOUN)
def test_a_name_that_acts_elsewhere_is_never_taken_for_a_routes_end(town: str, noun: str) -> None:
    text = f"{town} said on Monday that fares on the {town} {noun} would fall."
    start = text.index(f"the {town}") + 4
    assert not names_a_route_end(text, start, start + len(town), "ORG")


def test_the_route_end_is_no_actor_of_the_row() -> None:
    """End to end: the sentence keeps its company and loses the route's end."""
    text = (
        "Harbour news. The Kestrel Steamship Company will run a holiday timetable on its "
        "Varrow service on Thursday."
    )
    names = {mention.name for mention in find_actors([text])[0]}
    assert "Varrow" not in names, names
