"""Gold actors a sentence does not write, by the form written in their place, both sides
(`benchmarks/unwritten_kinds.py`): invented verdicts of one invented set."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import unwritten_kinds

from .verdicts import verdict, verdict_folder

VERDICTS = [
    verdict(
        "Marta Voss, who heads Tarn Mills, opened a plant in Oskeby on Monday.",
        [("Marta Voss", "person"), ("Tarn Mills", "organisation"), ("Oskeby", "location")],
        [["marta voss"], ["tarn mills"], ["oskeby"]],
    ),
    # "She" for the person named before: the row has her
    verdict("She said 40 people would be hired.", [("Marta Voss", "person")], [["marta voss"]]),
    # "The company" for the company named before: the row has nothing
    verdict("The company expects sales to rise this year.", [], [["tarn mills"]]),
    # "The company" and another name: the row took the wrong one
    verdict(
        "The company was fined in 2019, the inspectors said.",
        [("Vell Labour Office", "organisation")],
        [["tarn mills"]],
    ),
    # "The board" where the gold names no one: the other side
    verdict("The board will meet again on 4 May.", [], []),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return verdict_folder(tmp_path, VERDICTS)


def test_each_referent_is_counted_by_its_form_and_the_products_answer(folder: Path) -> None:
    table, examples = unwritten_kinds.count(folder)
    assert table["he/she@open"]["named"] == 1
    assert table["he/she@open"]["right"] == 1
    company = table["the+company@open"]
    assert (company["named"], company["nothing"], company["another"]) == (2, 1, 1)
    # the organisation the rows carried last before each is the company
    assert company["nearest"] == 2
    assert table["the+body@open"]["none"] == 1
    assert {what.split()[1] for _, what, _ in examples} == {"nothing", "another"}


def test_the_report_puts_the_forms_with_most_referents_first(folder: Path) -> None:
    lines = unwritten_kinds.report(unwritten_kinds.count(folder)[0])
    assert lines[0].split()[:3] == ["form", "named", "none"]
    assert lines[1].split()[0] == "the+company@open"


def test_a_name_after_the_noun_is_no_referent() -> None:
    assert unwritten_kinds.forms("The Ministry of Health said so.") == []
    assert unwritten_kinds.forms("the Board Kestrel said so.") == []
    assert unwritten_kinds.forms("They met the union.")[1][0] == "the+body"


@given(st.text(max_size=80))
def test_forms_never_raise_and_stand_in_order(text: str) -> None:
    found = unwritten_kinds.forms(text)
    assert [start for _, start in found] == sorted(start for _, start in found)
    assert all(form in unwritten_kinds._KIND for form, _ in found)


def test_doctests() -> None:
    assert doctest.testmod(unwritten_kinds).failed == 0
