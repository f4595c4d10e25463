"""Where an article writes a string: every occurrence found, at the edges asked, none
overlapping unless asked (`timeline.actors.occurrences`), and the rules that read it."""

from __future__ import annotations

import doctest
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.actors.occurrences
from timeline.actors.occurrences import (
    alnum_edges,
    apart_edges,
    each_occurrence,
    occurrences,
    occurrences_of_any,
    occurs,
    possessive_edges,
    whole_edges,
    word_edges,
    written_at,
)

#: Letters, a digit, an underscore, a hyphen, an apostrophe, spaces and an accented letter:
#: every kind of character the edges tell apart, few enough that strings repeat.
_CHARACTERS = st.sampled_from(list("Aab _-'’1é\n"))
_TEXTS = st.text(_CHARACTERS, max_size=40)
_STRINGS = st.text(_CHARACTERS, min_size=1, max_size=4)


def test_doctests() -> None:
    results = doctest.testmod(timeline.actors.occurrences)
    assert results.attempted > 0
    assert results.failed == 0


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _STRINGS)
def test_every_occurrence_is_found_and_no_other(text: str, string: str) -> None:
    expected = [at for at in range(len(text)) if text.startswith(string, at)]
    assert occurrences(text, string) == expected
    assert list(written_at(text, string)) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _STRINGS)
def test_the_edges_are_the_patterns_assertions(text: str, string: str) -> None:
    escaped = re.escape(string)
    patterns = {
        word_edges: rf"(?=\b{escaped}\b)",
        apart_edges: rf"(?<![\w-])(?={escaped}(?![\w-]))",
        alnum_edges: rf"(?<![^\W_])(?={escaped}(?![^\W_]))",
        whole_edges: rf"(?<![\w'’-])(?={escaped}(?![\w'’-]))",
        possessive_edges: rf"(?<![\w'’-])(?={escaped}(?![\w-]))",
    }
    for edges, pattern in patterns.items():
        found = occurrences(text, string, edges=edges)
        assert found == [match.start() for match in re.finditer(pattern, text)]
        assert all(edges(text, at, at + len(string)) for at in found)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _STRINGS)
def test_none_overlap_unless_asked(text: str, string: str) -> None:
    found = occurrences(text, string, overlapping=False)
    assert found == [match.start() for match in re.finditer(re.escape(string), text)]
    assert len(found) == text.count(string)
    assert all(later - earlier >= len(string) for earlier, later in itertools.pairwise(found))
    escaped = re.escape(string)
    for edges, pattern in (
        (word_edges, rf"\b{escaped}\b"),
        (whole_edges, rf"(?<![\w'’-]){escaped}(?![\w'’-])"),
        (possessive_edges, rf"(?<![\w'’-]){escaped}(?![\w-])"),
    ):
        bounded = occurrences(text, string, edges=edges, overlapping=False)
        assert bounded == [match.start() for match in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(_STRINGS, min_size=1, max_size=4))
def test_many_strings_are_each_strings_occurrences(text: str, strings: list[str]) -> None:
    found = occurrences_of_any(text, strings, edges=word_edges)
    expected = sorted(
        (at, at + len(string), number)
        for number, string in enumerate(strings)
        for at in occurrences(text, string, edges=word_edges)
    )
    assert found == expected


def test_a_name_before_a_hyphen_is_whole_by_its_word_edges_only() -> None:
    text = "Kestrel-Voss bought Kestrel. Kestrels flew; Kestrel_2 and 'Kestrel'."
    found = occurrences(text, "Kestrel", edges=word_edges)
    assert [text[at : at + 8] for at in found] == ["Kestrel-", "Kestrel.", "Kestrel'"]
    assert len(occurrences(text, "Kestrel", edges=apart_edges)) == 2
    assert len(occurrences(text, "Kestrel", edges=alnum_edges)) == 4  # "Kestrel_2" too


def test_the_reading_is_shared_by_the_rules_of_an_article() -> None:
    text = "Marrow Point Freight said Marrow Point grew. " * 3
    written_at.cache_clear()
    occurrences(text, "Marrow Point", edges=word_edges)
    occurrences(text, "Marrow Point", edges=apart_edges, overlapping=False)
    info = written_at.cache_info()
    assert (info.misses, info.hits) == (1, 1)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _STRINGS, st.booleans())
def test_each_occurrence_one_by_one_is_all_of_them(
    text: str, string: str, overlapping: bool
) -> None:
    for edges in (None, word_edges, whole_edges, apart_edges):
        found = occurrences(text, string, edges=edges, overlapping=overlapping)
        assert list(each_occurrence(text, string, edges=edges, overlapping=overlapping)) == found
        assert occurs(text, string, edges=edges) == bool(found)
