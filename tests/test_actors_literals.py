"""Literal names found with `str.find` exactly where `re.finditer` finds their alternation."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from timeline.actors.literals import literal_matches
from timeline.actors.occurrences import boundary, is_word

ALPHABET = "AaBbs.-&_ é'1"
EndOf = Callable[[int, int], int | None]


def _free(text: str, index: int) -> bool:
    """No word character nor hyphen at `index`."""
    return index < 0 or index >= len(text) or not (is_word(text[index]) or text[index] == "-")


def _surname_end(text: str) -> EndOf:
    def end_of(start: int, end: int) -> int | None:
        ok = boundary(text, start) and boundary(text, end) and text[end : end + 1] != "-"
        return end if ok else None

    return end_of


def _plural_end(text: str) -> EndOf:
    def end_of(start: int, end: int) -> int | None:
        if not _free(text, start - 1):
            return None
        if text[end : end + 1] == "s":
            return end + 1 if _free(text, end + 1) else None
        return end if _free(text, end) else None

    return end_of


def test_literal_matches_are_the_patterns_matches() -> None:
    generator = random.Random(7)
    cases = ((r"\b({})\b(?!-)", _surname_end), (r"(?<![\w-])({})(s?)(?![\w-])", _plural_end))
    for _ in range(3000):
        text = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(0, 40)))
        names = [
            "".join(generator.choice(ALPHABET) for _ in range(generator.randint(1, 3)))
            for _ in range(generator.randint(1, 4))
        ]
        for pattern, end_of in cases:
            alternatives = "|".join(re.escape(name) for name in names)
            expected = [
                (*m.span(), m.group(1)) for m in re.finditer(pattern.format(alternatives), text)
            ]
            found = [(s, e, names[n]) for s, e, n in literal_matches(text, names, end_of(text))]
            assert found == expected, (pattern, text, names)


# The shortcuts of the actor sweeps that once compiled a pattern of each document's names: the
# same answers as the patterns, on any text (hypothesis).
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.actors.literals import set_apart, written_apart  # noqa: E402
from timeline.actors.mention import ActorMention  # noqa: E402
from timeline.actors.persons import full_name_sweep  # noqa: E402
from timeline.actors.sweeps import free_position  # noqa: E402
from timeline.actors.written_places import (  # noqa: E402
    _first_word_of_a_name_by_pattern,
    _written_as_a_place_by_pattern,
    first_word_of_a_name,
    written_as_a_place,
)
from timeline.kinds import ActorType  # noqa: E402

#: Pieces of text: letters of both cases, word characters of other scripts, hyphens, spaces of
#: several kinds, stops, and prepositions of place.
_PIECES = st.sampled_from(
    [
        "A",
        "a",
        "b",
        "Ké",
        "-",
        "_",
        "1",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        ".",
        "'",
        "in ",
        "at",
        " near ",
        "Ana",
        "Ana Lobo",
        "Lobo",
        "Lobo-Diaz",
        "Ana Lobo Diaz",
        "Diaz",
        "inside",
    ]
)
_TEXT = st.lists(_PIECES, max_size=30).map("".join)
_LITERAL = st.lists(_PIECES, min_size=1, max_size=3).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, _LITERAL)
def test_written_apart_is_the_patterns_search(text: str, literal: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(literal)}(?![\w-])"
    assert written_apart(text, literal) == (re.search(pattern, text) is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.lists(_LITERAL, min_size=1, max_size=4))
def test_set_apart_matches_are_the_patterns_matches(text: str, names: list[str]) -> None:
    names = sorted(set(names), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    expected = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text)]
    found = [(s, e) for s, e, _ in literal_matches(text, names, lambda s, e: set_apart(text, s, e))]
    assert found == expected


def _full_name_sweep_by_pattern(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`persons.full_name_sweep` as it was, by a pattern of the names."""
    fulls = {m.name for m in mentions if m.type == ActorType.PERSON and " " in m.name}
    if not fulls:
        return []
    alternatives = "|".join(re.escape(full) for full in sorted(fulls, key=len, reverse=True))
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for match in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):
        start, end = match.span()
        position = free_position(taken, start, end)
        if position is not None:
            taken.insert(position, (start, end))
            found.append(ActorMention(start, end, match.group(), match.group(), ActorType.PERSON))
    return found


_FULL_NAMES = st.sampled_from(["Ana Lobo", "Ana Lobo Diaz", "Lobo Diaz", "A a", "Ké Lobo"])


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.lists(st.tuples(_FULL_NAMES, st.integers(0, 30)), min_size=1, max_size=3))
def test_the_full_name_sweep_finds_what_its_pattern_finds(
    text: str, named: list[tuple[str, int]]
) -> None:
    mentions = sorted(
        (
            ActorMention(start, start + len(name), name, name, ActorType.PERSON)
            for name, start in named
        ),
        key=lambda mention: (mention.start, mention.end),
    )
    assert full_name_sweep(text, mentions) == _full_name_sweep_by_pattern(text, mentions)


@settings(max_examples=500, deadline=None)
@given(_TEXT, _LITERAL)
def test_written_as_a_place_is_its_patterns_answer(text: str, name: str) -> None:
    assert written_as_a_place(text, name) == _written_as_a_place_by_pattern(text, name)


@settings(max_examples=500, deadline=None)
@given(_TEXT, _LITERAL)
def test_first_word_of_a_name_is_its_patterns_answer(text: str, name: str) -> None:
    assert first_word_of_a_name(text, name) == _first_word_of_a_name_by_pattern(text, name)
