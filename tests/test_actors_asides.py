"""A place named only in a relative clause that describes a participant (`actors/asides.py`):
invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.asides import Aside, aside_of, describes_in_an_aside

from .mentions import actor_names
from .mentions import span_of as _at

_TOWNS = ("Oskeby", "Tarvik", "Vell", "Orrin Bay", "Kessby", "Pardo")
_PRESENTS = ("runs", "owns", "operates", "has", "employs", "supplies", "also runs", "still owns")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dorn Mills, which runs two mills in Oskeby, said it would cut 40 jobs.", "Oskeby"),
        ("Ms Ana Roe, who lives in Tarvik, told the court she had seen the car.", "Tarvik"),
        ("Mr Ivo Lind, who farms 300 acres near Vell, said the rain came too late.", "Vell"),
        ("The bank, which has 90 branches across Orrin Bay and Pardo, posted a loss.", "Pardo"),
        ("The permit went to Kessby Hardware, which runs six stores in Orrin Bay.", "Orrin Bay"),
        ("Lund Air, which now runs 12 depots across southern Tarvik, raised its fares.", "Tarvik"),
        ("Dorn, which has plants in Vell, Pardo and the Orrin Bay, said so.", "Orrin Bay"),
    ],
)
def test_a_place_in_an_aside_in_the_present_is_no_actor(text: str, name: str) -> None:
    assert describes_in_an_aside(text, *_at(text, name), "GPE"), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a past clause tells an event of its own: the golds list its place
        ("Dorn Mills, which opened a mill in Oskeby, said it would cut jobs.", "Oskeby"),
        ("Ms Ana Roe, who grew up in Tarvik, told the court she had seen it.", "Tarvik"),
        ("Dorn, which has opened a mill in Oskeby, said it would cut jobs.", "Oskeby"),
        # a dated clause is an event of its own
        ("Dorn Mills, which runs a mill in Oskeby since 2019, said so.", "Oskeby"),
        ("The fair, which opens in Tarvik next month, has sold out.", "Tarvik"),
        ("Dorn, which closes its mill in Oskeby on Monday, said so.", "Oskeby"),
        # "is" and "where" are other shapes (seats.py reads "which is based in")
        ("Dorn, which is the largest employer in Oskeby, said so.", "Oskeby"),
        ("Police went to Vell, where the firm runs a depot in Tarvik, on Monday.", "Tarvik"),
        # a destination, an origin or an owner, not where the one described is
        ("Dorn, which exports half its wool to Oskeby and Vell, said so.", "Vell"),
        ("Lund Air, which flies 12 routes from Tarvik, raised its fares.", "Tarvik"),
        ("Copper, which makes up half of Oskeby's exports, fell.", "Oskeby"),
        # not a comma-set relative clause, or the place stands outside it
        ("Dorn runs two mills in Oskeby and said it would cut jobs.", "Oskeby"),
        ("Dorn, which runs two mills, said in Oskeby that it would cut jobs.", "Oskeby"),
        ("Dorn said the mills that run in Oskeby would shut.", "Oskeby"),
    ],
)
def test_a_place_outside_the_shape_stays(text: str, name: str) -> None:
    assert not describes_in_an_aside(text, *_at(text, name), "GPE"), name


def test_persons_and_organisations_in_an_aside_stay() -> None:
    text = "Dorn Mills, which supplies Vell Foods in Oskeby, said it would cut jobs."
    assert not describes_in_an_aside(text, *_at(text, "Vell Foods"), "ORG")
    assert not describes_in_an_aside(text, *_at(text, "Oskeby"), "PERSON")
    assert describes_in_an_aside(text, *_at(text, "Oskeby"), "GPE")


@pytest.mark.parametrize(
    ("text", "name", "aside"),
    [
        (
            "Ana Roe, who grew up in Tarvik, said so.",
            "Tarvik",
            Aside("who", "past", "comma", False, True),
        ),
        (
            "It sold the mill, which employs 40 in Vell.",
            "Vell",
            Aside("which", "present", "end", False, True),
        ),
        (
            "Dorn, which has shut its Vell mill, said",
            "Vell",
            Aside("which", "perfect", "comma", False, False),
        ),
        (
            "Dorn, which will open in Vell in 2027, said",
            "Vell",
            Aside("which", "modal", "comma", True, True),
        ),
        (
            "Vell, where Dorn runs a mill in Pardo, said",
            "Pardo",
            Aside("where", "present", "comma", False, True),
        ),
    ],
)
def test_the_shape_of_an_aside(text: str, name: str, aside: Aside) -> None:
    assert aside_of(text, *_at(text, name)) == aside


@given(st.sampled_from(_TOWNS), st.sampled_from(_PRESENTS), st.sampled_from(("which", "who")))
def test_an_aside_in_the_present_describes(town: str, verb: str, pronoun: str) -> None:
    text = f"Halden Group, {pronoun} {verb} four depots in {town}, said the strike would end."
    assert describes_in_an_aside(text, *_at(text, town), "GPE")
    dated = text.replace(f"in {town},", f"in {town} from May,")
    assert not describes_in_an_aside(dated, *_at(dated, town), "GPE")


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 40))
def test_never_raises_and_only_places(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    aside_of(text, start, end)
    assert not describes_in_an_aside(text, start, end, "ORG")


def test_rows_leave_out_the_place_and_keep_the_participant() -> None:
    present = "Halden Group, which runs four depots in Ohio, said on Monday it would cut 40 jobs."
    assert actor_names(present) == ["Halden Group"]
    past = present.replace("runs", "opened")
    assert actor_names(past) == ["Halden Group", "Ohio"]


def test_a_featured_place_in_an_aside_is_left_as_the_models_own() -> None:
    text = (
        "Halden Pan said prices rose. The firm, which runs 84 shops in the Kansai region, said so."
    )
    assert actor_names(text) == ["Halden Pan", "Halden Pan"]
