"""A text written from the southern hemisphere names its towns and states more often than its
country (stop 42, helper `dates3`): "Harbour board meets in Wellington ... Auckland ..." is
southern, and its seasons are the south's ("next spring", written in March, is September to
November of that year). The towns are in `data/southern_places.txt` beside the countries;
`hemisphere.writes_from_south` counts them. Sentences written here, in several themes."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.hemisphere import writes_from_south

_SOUTHERN_TEXTS = (
    # a harbour report
    "The Wellington Harbour Board met on Monday. Ships from Auckland waited two days, and the "
    "board said a new berth at Wellington would open next spring.",
    # a cane harvest newsletter
    "Mills around São Paulo started crushing late. Rain in Minas Gerais stopped cutting, and "
    "lobbyists in Brasília want the blend kept through the winter. Work resumes next spring.",
    # a hydro-electric scheme
    "Engineers flew from Canberra to the dam. Power is due in Sydney and Melbourne later, and "
    "water will first run through the tunnel next spring.",
    # a mining town
    "Miners in Johannesburg and Pretoria returned to work; the union in Durban said the "
    "shafts would be inspected next spring.",
)


@pytest.mark.parametrize("text", _SOUTHERN_TEXTS)
def test_a_text_that_names_southern_towns_is_southern(text: str) -> None:
    assert writes_from_south(text)


@pytest.mark.parametrize("text", _SOUTHERN_TEXTS)
def test_its_next_spring_is_the_southern_spring(text: str) -> None:
    # written on 9 March 1988: the southern spring of 1988 is September to November
    (spring,) = [t for t in tag(text, date(1988, 3, 9)) if t.text == "next spring"]
    assert spring.value == "1988-SP"
    assert (spring.date_start, spring.date_end) == (date(1988, 9, 1), date(1988, 11, 30))


def test_a_northern_text_that_names_a_southern_town_once_stays_northern() -> None:
    text = (
        "The Hamburg line said its ship would call at Sydney. French and German exporters "
        "expect a busy spring."
    )
    assert not writes_from_south(text)


def test_names_that_northern_places_share_count_for_neither() -> None:
    # Victoria, Canterbury, Hamilton and Santiago are names of the north too: no list has them
    text = "Victoria Station, Canterbury and Hamilton; Santiago de Compostela. Spring came early."
    assert not writes_from_south(text)
