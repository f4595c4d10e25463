"""Literal names found with `str.find` exactly where `re.finditer` finds their alternation."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from timeline.actors.literals import boundary, is_word, literal_matches

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
