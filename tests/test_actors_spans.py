"""Entity spans cleaned into names: possessives, "the", treaties, trailing dates."""

from __future__ import annotations

from timeline.actors import AliasTable, find_actors
from timeline.actors.spans import clean_span


def _names(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def test_possessives_and_the_are_stripped() -> None:
    text = "The regime fell after Saddam Hussein's ouster, the State Department said."
    names = _names(text)
    assert "Saddam Hussein" in names
    assert "State Department" in names


def test_agreements_are_not_organisations() -> None:
    text = "They renewed the Strategic Framework Agreement with Iraq."
    assert "Strategic Framework Agreement" not in _names(text)


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    raw = clean_span("the Union Army of the Potomac on July 26 was", 4, 40, "ORG")
    assert raw is not None and raw.text == "Union Army of the Potomac"
