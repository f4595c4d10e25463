"""Actors: the reference article in full and the package's surface; each rule is tested in the
file of its module (`test_actors_names.py` for `timeline/actors/names.py`, and so on)."""

from __future__ import annotations

import doctest
import importlib

import pytest

import timeline.actors
from timeline.actors import ActorMention, find_actors

MODULES = (
    "acronyms",
    "aliases",
    "anaphora",
    "common_nouns",
    "described_persons",
    "mark_rests",
    "mention",
    "missed_places",
    "names",
    "ner",
    "organisation_anaphors",
    "particles",
    "persons",
    "place_compounds",
    "places",
    "products",
    "roles",
    "runs",
    "short_forms",
    "spans",
    "sweeps",
    "trailing_figures",
    "vocabulary",
)

REFERENCE_ACTORS = {
    "Antony Blinken",
    "Mohammed Shia Al-Sudani",
    "Lloyd Austin",
    "Biden",
    "Saddam Hussein",
    "United States",
    "Iraq",
    "Israel",
    "Iran",
    "Hamas",
    "Hezbollah",
    "State Department",
}


def test_reference_article_actors_in_full(reference_text: str) -> None:
    mentions = find_actors([reference_text])[0]
    names = {m.name for m in mentions}
    assert names >= REFERENCE_ACTORS
    assert not names & {"Blinken Pressures", "State", "Defense", "Copyright", "Blinken", "Austin"}
    for mention in mentions:
        assert reference_text[mention.start : mention.end] == mention.text


def test_reference_article_types_and_roles(reference_text: str) -> None:
    mentions = find_actors([reference_text])[0]
    kinds = {m.name: m.type for m in mentions}
    assert kinds["Antony Blinken"] == "person"
    assert kinds["Lloyd Austin"] == "person"
    assert kinds["Iraq"] == "country"
    assert kinds["United States"] == "country"
    assert kinds["Hezbollah"] == "organisation"
    roles = {m.name: m.role for m in mentions if m.role}
    assert roles["Antony Blinken"] == "U.S. Secretary of State"
    assert roles["Lloyd Austin"] == "Defense Secretary"
    assert roles["Mohammed Shia Al-Sudani"] == "Iraqi Prime Minister"


def test_same_name_across_documents() -> None:
    first, second = find_actors(
        ["U.S. Secretary of State Antony Blinken flew in. Blinken spoke.", "Antony Blinken left."]
    )
    assert {m.name for m in first if m.type == "person"} == {"Antony Blinken"}
    assert {m.name for m in second if m.type == "person"} == {"Antony Blinken"}


def test_mention_validation() -> None:
    with pytest.raises(ValueError, match="actor type"):
        ActorMention(0, 1, "x", "X", "planet")


def test_the_package_re_exports_its_public_names() -> None:
    assert set(timeline.actors.__all__) == {
        "ACTOR_TYPES",
        "DEFAULT_MODELS",
        "DOMINANCE",
        "FOCUS_REACH",
        "NER_PIECE_CHARS",
        "SUBJECT_REACH",
        "THING_REACH",
        "ActorMention",
        "AliasTable",
        "WordCounts",
        "find_actors",
        "initials",
        "is_acronym",
        "load_aliases",
        "load_model",
        "ner_pieces",
    }
    assert all(hasattr(timeline.actors, name) for name in timeline.actors.__all__)


@pytest.mark.parametrize("module", ["", *(f".{name}" for name in MODULES)])
def test_every_example_in_the_package_runs(module: str) -> None:
    tested = importlib.import_module(f"timeline.actors{module}")
    results = doctest.testmod(tested)
    assert results.attempted > 0
    assert results.failed == 0
