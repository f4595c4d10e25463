"""The whole-word match of a name has one home (`literals.written_whole`, stop 45, helper
`structure`): each pattern it builds is the one the rules wrote out, to the letter, and each
rule that adds an assertion of its own around it matches what it matched before, on any text."""

from __future__ import annotations

import random
import re

import pytest

from timeline.actors.literals import (
    WORD_APOSTROPHE_OR_HYPHEN,
    WORD_OR_HYPHEN,
    word_bounded,
    written_whole,
    written_whole_any,
)

NAMES = ["Vale", "Vale Co.", "O'Brien", "Ana-Lu", "Tarn & Sons", "C++", "(Vale)"]
#: The letters of the fuzzed texts: a name's, spaces, marks, capitals after a space.
ALPHABET = ["Vale", " ", "'", "’", "-", "s", "of ", "for ", " and ", " Tarn", ".", "x", "\n"]


@pytest.mark.parametrize("name", NAMES)
def test_the_patterns_are_the_ones_written_out(name: str) -> None:
    escaped = re.escape(name)
    assert written_whole(name).pattern == rf"(?<![\w'’-]){escaped}(?![\w'’-])"
    after = written_whole(name, after=WORD_OR_HYPHEN).pattern
    assert after == rf"(?<![\w'’-]){escaped}(?![\w-])"
    both = written_whole(name, WORD_OR_HYPHEN).pattern
    assert both == rf"(?<![\w-]){escaped}(?![\w-])"
    assert written_whole(name, WORD_APOSTROPHE_OR_HYPHEN).pattern == written_whole(name).pattern
    assert word_bounded(name).pattern == rf"\b{escaped}\b"


def test_an_alternation_is_the_one_written_out() -> None:
    alternatives = "|".join(re.escape(name) for name in NAMES)
    pattern = written_whole_any(NAMES, WORD_OR_HYPHEN).pattern
    assert pattern == rf"(?<![\w-])(?:{alternatives})(?![\w-])"


def test_a_possessive_is_whole_only_where_the_apostrophe_may_follow() -> None:
    text = "Vale's mill, Vale and Vale-Tech; d'Vale"
    assert [m.start() for m in written_whole("Vale").finditer(text)] == [13]
    after = written_whole("Vale", after=WORD_OR_HYPHEN)
    assert [m.start() for m in after.finditer(text)] == [0, 13]
    both = written_whole("Vale", WORD_OR_HYPHEN)
    assert [m.start() for m in both.finditer(text)] == [0, 13, 35]


def _texts(count: int) -> list[str]:
    chance = random.Random(45)
    return ["".join(chance.choices(ALPHABET, k=chance.randint(1, 14))) for _ in range(count)]


def test_the_rules_own_assertions_around_it_match_as_before() -> None:
    """The folded variants (`remits`, `field_names`, `written_places`) against the patterns
    as they were written before, on 20,000 fuzzed texts: the same spans."""
    name = "Vale"
    escaped = re.escape(name)
    whole = written_whole(name).pattern
    apart = written_whole(name, WORD_OR_HYPHEN).pattern
    pairs = [
        (rf"(?<![\w'’-])(?<!of )(?<!for ){escaped}(?![\w'’-])", rf"(?<!of )(?<!for ){whole}"),
        (rf"(?<![\w'’-]){escaped} and ", rf"{whole} and "),
        (rf"(?<![\w'’-]){escaped}(?![\w'’-]| [A-Z])", rf"{whole}(?! [A-Z])"),
        (rf"(?<![\w-]){escaped}\s+[A-Z]", rf"{apart}\s+[A-Z]"),
    ]
    for text in _texts(20_000):
        for before, now in pairs:
            spans = [m.span() for m in re.finditer(before, text)]
            assert spans == [m.span() for m in re.finditer(now, text)], (before, text)
