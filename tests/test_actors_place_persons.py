"""A lone place or body word is no person's name (stop 46, helper `dropped`): a name the model
read as a person that a lone word opens where the model read it as a place or a body, a
country's own name, or a place with its feature's noun or a point of the compass, is not the
person a lone word of it names: `timeline.actors.place_persons`. Invented names throughout."""

from __future__ import annotations

from timeline.actors.aliases import AliasTable
from timeline.actors.names import canonical
from timeline.actors.place_persons import not_its_person
from timeline.actors.spans import RawSpan


def names_of(text: str, spans: list[tuple[str, str, int]]) -> list[tuple[str, str, str]]:
    """(text, name, type) of the mentions of `spans` (surface, label, occurrence)."""
    raw = []
    for surface, label, occurrence in spans:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        raw.append(RawSpan(start, start + len(surface), surface, label))
    return [(m.text, m.name, m.type) for m in canonical(text, raw, AliasTable())]


def test_a_place_opening_a_body_read_as_a_person_stays_the_place() -> None:
    text = (
        "Smoke rose over the port in Varrowby on Tuesday. The Varrowby Fire Headquarters sent "
        "forty engines. Police in Varrowby said they would search the offices."
    )
    found = names_of(
        text,
        [
            ("Varrowby", "GPE", 0),
            ("Varrowby Fire Headquarters", "PERSON", 0),
            ("Varrowby", "ORG", 2),
        ],
    )
    lone = [name for surface, name, _ in found if surface == "Varrowby"]
    assert lone == ["Varrowby", "Varrowby"]


def test_a_place_with_its_feature_or_a_compass_point_is_no_person() -> None:
    text = "Boats crossed Lake Tarnau at dawn. Councillors met in Tarnau on Thursday."
    found = names_of(text, [("Lake Tarnau", "PERSON", 0), ("Tarnau", "PERSON", 1)])
    assert ("Tarnau", "Tarnau") in [(surface, name) for surface, name, _ in found]
    text = "Floods hit Central Morvai on Friday. Rain in Morvai eased later."
    found = names_of(text, [("Central Morvai", "PERSON", 0), ("Morvai", "PERSON", 1)])
    assert ("Morvai", "Morvai") in [(surface, name) for surface, name, _ in found]


def test_a_surname_the_model_read_as_a_place_is_still_the_person() -> None:
    text = "Defence Secretary Lloyd Austin landed on Monday. Austin met the ministers."
    found = names_of(text, [("Lloyd Austin", "PERSON", 0), ("Austin", "GPE", 1)])
    assert ("Austin", "Lloyd Austin", "person") in found


def test_a_family_name_first_and_a_company_named_for_its_town_are_untouched() -> None:
    text = "Labour Minister Park Sung-min visited the site. Park told reporters in Sejong."
    found = names_of(text, [("Park Sung-min", "PERSON", 0), ("Park", "ORG", 1)])
    assert ("Park", "Park Sung-min", "person") in found
    text = "Dunmore Shipbuilders laid off 900 men. Dunmore, nationalised in 1977, employs 5,000."
    found = names_of(text, [("Dunmore Shipbuilders", "PERSON", 0), ("Dunmore", "GPE", 1)])
    assert ("Dunmore", "Dunmore Shipbuilders") in [(surface, name) for surface, name, _ in found]


def test_the_rule_alone() -> None:
    assert not_its_person("Varrowby", "ORG", "Varrowby Fire Headquarters", frozenset({"Varrowby"}))
    assert not not_its_person("Varrowby", "ORG", "Varrowby Fire Headquarters")
    assert not not_its_person(
        "Varrowby", "GPE", "Varrowby Gazette", frozenset({"Varrowby"}), " Gazette yesterday"
    )
    assert not not_its_person("Ana", "PERSON", "Ana Roe")
    assert not not_its_person("Austin", "GPE", "Lloyd Austin")
    assert not not_its_person("Church", "PERSON", "Eleanor Church")
    assert not_its_person("Tarnau", "PERSON", "Tarnau Airport")
