""" "The defendant", "the accused": the person a court report's lead names (invented texts;
`timeline.actors.parties`, stop 37)."""

from __future__ import annotations

from dataclasses import replace

from timeline.actors import find_actors
from timeline.actors.parties import party_anaphora

from .mentions import placer


def _parties(text: str, persons: dict[str, str | None]) -> list[tuple[str, str]]:
    at = placer(text)
    mentions = sorted(
        (replace(at(name, "person"), role=role) for name, role in persons.items()),
        key=lambda m: m.start,
    )
    return [(m.text, m.name) for m in party_anaphora(text, mentions)]


def test_the_defendant_is_the_person_the_lead_names() -> None:
    text = (
        "Tomas Pell Varga, a farmer, of Kessel, was fined £20 at Orlo District Court on "
        "Tuesday. Sergeant Ana Roe said the still was found in a barn. The defendant told "
        "the court he had bought it at a fair. Judge Ian Bell allowed the defendant a month."
    )
    persons = {"Tomas Pell Varga": None, "Ana Roe": "Sergeant", "Ian Bell": "Judge"}
    assert _parties(text, persons) == [("The defendant", "Tomas Pell Varga")]


def test_the_accused_as_a_reported_subject_is_the_person_the_lead_names() -> None:
    text = (
        "A Kessel dealer, Tomas Pell Varga (44), who pleaded guilty on Monday, was sentenced "
        "on Tuesday. Sergeant Ana Roe said the accused was arrested in Orlo on May 2. "
        "He refused leave to appeal, but the accused may apply again."
    )
    found = _parties(text, {"Tomas Pell Varga": None, "Ana Roe": "Sergeant"})
    assert found == [("the accused", "Tomas Pell Varga"), ("the accused", "Tomas Pell Varga")]


def test_a_lead_of_two_untitled_persons_or_the_party_s_possessive_is_left() -> None:
    two = "Tomas Vell and Ana Roe were fined on Monday. The defendant said he was sorry."
    assert _parties(two, {"Tomas Vell": None, "Ana Roe": None}) == []
    owned = "Tomas Vell was fined on Monday. Police searched the defendant's barn."
    assert _parties(owned, {"Tomas Vell": None}) == []


def test_the_defendant_is_found_by_the_whole_actor_pipeline() -> None:
    text = (
        "Mihail Petrov Dragan, a farmer, was fined £50 at Kessel District Court on Tuesday. "
        "The defendant told the court he had bought the still at a fair."
    )
    named = {m.text: m.name for m in find_actors([text])[0]}
    assert named.get("The defendant") == "Mihail Petrov Dragan"
