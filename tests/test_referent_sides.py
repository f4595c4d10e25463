"""Both sides of the referent shapes (`benchmarks/referent_sides.py`): invented verdicts of
one invented set."""

from __future__ import annotations

import doctest
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from benchmarks import referent_sides
from benchmarks.referent_sides import shape_of, sides

from .verdicts import verdict, verdict_folder


def test_each_shape_of_a_sentence() -> None:
    assert shape_of("It expects sales to rise.") == "it+say"
    assert shape_of('"It will close the plant in May."') == "it+modal+verb"
    assert shape_of("It was fined in 2019.") == "it+aux"
    assert shape_of("It opened a plant in 1960.") == "it+verb"
    assert shape_of("Its chief executive, Ana Roe, left.") == "owner+title"
    assert shape_of("The two companies signed it.") == "the+plural-pair"
    assert shape_of("The company expects more.") == "the+company@open"
    assert shape_of("Sales rose, the company said.") == "said+the+company"
    assert shape_of("Costs rose, the committee heard.") == "said+the+body"
    assert shape_of("Output rose 4%, the Group said.") == "capital+term"
    # an empty "It" is no shape of "It"
    assert shape_of("It is expected that talks resume.") is None


def test_both_sides_and_the_products_answer(tmp_path: Path) -> None:
    rows = [
        verdict("Tarn Mills cut jobs.", [("Tarn Mills", "organisation")], [["tarn mills"]]),
        verdict("It said it would appeal.", [("Tarn Mills", "organisation")], [["tarn mills"]]),
        verdict("It expects sales to rise.", [], [["tarn mills"]]),
        verdict("The company expects more.", [], []),
        verdict("The company expects more.", [], []),  # the same sentence's second row: once
    ]
    table, missed = sides(verdict_folder(tmp_path, rows))
    assert (table["it+say"]["named"], table["it+say"]["right"]) == (2, 1)
    assert table["the+company@open"]["none"] == 1
    assert [v["sentence"] for v in missed["it+say"]] == ["It expects sales to rise."]


@given(st.text(max_size=80))
def test_a_shape_is_one_of_the_list_or_none(text: str) -> None:
    assert shape_of(text) in {None, *referent_sides._shapes()}


def test_doctests() -> None:
    assert doctest.testmod(referent_sides).failed == 0
