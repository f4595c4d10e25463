"""Stop 45's speed pass (helper `perf`): the actors' sweeps of a whole text asked of the shared
openings (`timeline.actors.openings`) find what their patterns' `finditer` finds, match for
match and group for group, on written sentences and on generated texts."""

from __future__ import annotations

import doctest
import random
import re

import pytest

from timeline.actors import (
    acronyms,
    acting_letters,
    affiliations,
    anaphor_chains,
    anaphora,
    described,
    described_persons,
    descriptors,
    geography,
    missed_places,
    numbered,
    opening_names,
    openings,
    organisation_anaphors,
    products,
    runs,
    sweeps,
    title_anaphors,
)
from timeline.actors.vocabulary import CAPITAL

#: Every sweep that asks the capitals, and every one that asks the "the" words.
CAPITAL_SWEEPS = (
    geography._NAME_THEN_NOUN,
    opening_names._OPENING,
    numbered._NAME_AND_NUMBER,
    missed_places._GLOTTAL_WORD,
    runs._RUN,
    affiliations._APPOSED,
    described_persons._NAME_BEFORE_COMMA,
    acting_letters._LETTERS,
    products._NUMBERED_NAME,
    anaphor_chains._IT_OPENING,
    anaphora._THING_OPENING,
    acronyms._CAPITALISED_RUN,
)
THE_SWEEPS = (
    described._DEFINITE,
    organisation_anaphors._ORGANISATION_ANAPHOR,
    descriptors._DESCRIBED_NAME,
    title_anaphors._THE_WORD,
    sweeps._THE_NUMBER,
)

#: Sentences written for these tests: names at a sentence's start, after a hyphen, a quote or
#: a full stop, accented capitals, capitals inside words, "the" inside words and twice over.
SENTENCES = (
    "The Velmor Group, a maker of pumps, said on Monday that Ana Ruiz-Tello would lead it.",
    "In March, the agency said. It added that the Harbin Port Authority (HPA) had agreed.",
    "Founded in 1990, the company makes the K-40 and the Model 7 for Ōtsuka and Łódź.",
    "Bathe the theatre; the the Kestrel Bank's chief, Mr. O'Dwyer, met staff at Tarn Mills.",
    'She said: "Then the board met." The 3M unit, which the McKay Trust owns, grew.',
    "GDP rose 2%. The CEO of Brandvik & Co. spoke. AB-12 and Vava'u were named; Säde Õun too.",
    "Officials at Norwick Council, the planning body, said the A12 is shut between Ely and Hull.",
    "\n\nHeadline Words Here\n\nBy Jo Mark\nTHE END. the Old Quay 12 and Pier 4-A were sold.",
)

_PIECES = (
    "The ",
    "the ",
    "the",
    "The",
    "bathe ",
    "Ann ",
    "Lee",
    " Lee",
    "Ruiz-Tello",
    "O'Dwyer ",
    "Ōtsuka",
    "Łódź ",
    "ÉCOLE ",
    "McKay",
    "AB",
    "-12",
    " 4",
    "12 ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "'s ",
    "’",
    " and ",
    " of ",
    "said",
    " which ",
    " who ",
    "It ",
    "In March, ",
    "company ",
    "agency ",
    "Group ",
    "&",
    "(HPA)",
    " at ",
    "between ",
    " to ",
    "is ",
    "x",
)


def _texts(seed: int, count: int) -> list[str]:
    draw = random.Random(seed)
    return ["".join(draw.choice(_PIECES) for _ in range(draw.randint(1, 40))) for _ in range(count)]


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", CAPITAL_SWEEPS, ids=lambda p: p.pattern[:30])
def test_a_capital_sweep_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    for text in (*SENTENCES, " ".join(SENTENCES), *_texts(45, 1500)):
        assert _found(openings.capital_sweep(pattern, text)) == _found(pattern.finditer(text))


@pytest.mark.parametrize("pattern", THE_SWEEPS, ids=lambda p: p.pattern[:30])
def test_a_the_sweep_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    for text in (*SENTENCES, " ".join(SENTENCES), *_texts(46, 1500)):
        assert _found(openings.the_sweep(pattern, text)) == _found(pattern.finditer(text))


def test_the_capitals_are_the_vocabularys_capital_letters() -> None:
    written = re.compile(CAPITAL)
    for code in range(0x3000):
        letter = chr(code)
        assert (openings.capitals(letter) == (0,)) == bool(written.fullmatch(letter)), letter


def test_a_match_is_not_tried_inside_the_one_before() -> None:
    pattern = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
    text = "Ann Lee Kim met Bo"
    assert [m.group() for m in openings.capital_sweep(pattern, text)] == ["Ann Lee Kim", "Bo"]


def test_every_example_in_the_module_runs() -> None:
    results = doctest.testmod(openings)
    assert results.attempted > 0
    assert results.failed == 0
