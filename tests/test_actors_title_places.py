"""A place a person's title governs is no actor (`timeline.actors.title_places`)."""

from __future__ import annotations

import pytest

from timeline.actors import find_actors


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The assemblyman for Orvale, Datuk Amran Lisun, met farmers on Friday.", "Orvale"),
        ("The akim of Tersk Region, Nurlan Abenov, visited the mill.", "Tersk Region"),
        ("The public prosecutor of Vallena, Dr. Marco Pinti, opened an inquiry.", "Vallena"),
        ("Ana Ruiz, the mayor of Lyrre, said the bridge would reopen.", "Lyrre"),
    ],
)
def test_the_place_of_a_places_office_is_a_word_of_the_title(text: str, place: str) -> None:
    assert place not in _names(text), _names(text)


def test_an_organisation_after_a_title_stays() -> None:
    names = _names("Jo Kim, the prosecutor of the Tarsk Criminal Court, resigned on Monday.")
    assert "Tarsk Criminal Court" in names, names
