"""The names rows carry, by the name's role in its sentence and by whether the gold lists them
(`benchmarks/extra_roles.py`): invented sentences parsed by the model, and invented verdicts of
one invented set."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from benchmarks import extra_roles

from .verdicts import verdict, verdict_folder


@cache
def _parser() -> Any:
    return extra_roles.parser_pipeline()


def _role(sentence: str, name: str) -> str:
    start = sentence.index(name)
    return extra_roles.role_of(_parser()(sentence), start, start + len(name))


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ('"We will stay in Oskeby," the mayor said on Monday.', "Oskeby", "quotation"),
        (
            "Tarvik Mills, which runs two mills in Oskeby, said on Monday it would close one.",
            "Oskeby",
            "relative-clause",
        ),
        ("Tarvik Mills closed its Oskeby plant on Monday.", "Oskeby", "modifier"),
        ("Tarvik's chairman resigned on Monday.", "Tarvik", "possessive"),
        ("Tarvik Mills opened a new plant in Oskeby on Monday.", "Oskeby", "place-preposition"),
        ("Tarvik Mills and Dorn Steel signed a contract on Monday.", "Dorn Steel", "list"),
        ("Tarvik Mills cut 200 jobs on Monday.", "Tarvik Mills", "main-subject"),
        ("The council fined Tarvik Mills on Monday.", "Tarvik Mills", "object"),
    ],
)
def test_each_name_takes_the_first_role_that_fits(sentence: str, name: str, role: str) -> None:
    assert _role(sentence, name) == role


def test_the_quotation_comes_before_every_other_role() -> None:
    # the subject of the quoted clause, and still counted as quoted
    sentence = 'She said: "Tarvik Mills will close the plant in May."'
    assert _role(sentence, "Tarvik Mills") == "quotation"
    assert _role(sentence.replace('"', ""), "Tarvik Mills") != "quotation"


def test_a_relative_clause_splits_by_its_verbs_form() -> None:
    present = "Tarvik Mills, which runs two mills in Oskeby, said on Monday it would close one."
    past = "Tarvik Mills, which opened a mill in Oskeby in 1990, said on Monday it would close it."
    keys = []
    for sentence in (present, past):
        start = sentence.index("Oskeby")
        doc = _parser()(sentence)
        keys.append(extra_roles.split_key(doc, start, start + 6, "relative-clause"))
    assert keys == ["present,", "past,"]


def test_another_role_splits_by_the_word_the_name_hangs_on() -> None:
    sentence = "Tarvik Mills closed its Oskeby plant on Monday."
    start = sentence.index("Oskeby")
    doc = _parser()(sentence)
    assert extra_roles.split_key(doc, start, start + 6, "modifier") == "plant"


VERDICTS = [
    verdict(
        "Tarvik Mills opened a new plant in Oskeby on Monday.",
        [("Tarvik Mills", "organisation"), ("Oskeby", "location")],
        [["tarvik mills"], ["oskeby"]],
    ),
    verdict(
        "Tarvik Mills closed its Oskeby plant on Monday.",
        [("Tarvik Mills", "organisation"), ("Oskeby", "location")],
        [["tarvik mills"]],
    ),
    verdict(
        "The company said it would hire 40 people.",  # a referent: no role, not counted
        [("Tarvik Mills", "organisation")],
        [],
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return verdict_folder(tmp_path, VERDICTS)


def test_a_role_counts_its_listed_and_its_extra_names(folder: Path) -> None:
    counts, lines = extra_roles.tally(folder, _parser(), None, None, "modifier", listed=False)
    assert counts["main-subject", True] == 2
    assert counts["place-preposition", True] == 1
    assert counts["modifier", False] == 1
    assert sum(counts.values()) == 4  # the referent of the third row is left to extra_kinds
    assert lines == [
        "[Oskeby] outlets_invented | 'Tarvik Mills closed its Oskeby plant on Monday.' "
        "['tarvik mills']"
    ]


def test_a_type_and_a_split_narrow_the_count(folder: Path) -> None:
    counts, _ = extra_roles.tally(
        folder, _parser(), "location", None, None, listed=False, split="modifier"
    )
    assert dict(counts) == {("place-preposition", True): 1, ("modifier:plant", False): 1}
