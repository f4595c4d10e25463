"""Where a text writes a name: as the first word of a longer name ("Daehan" of "Daehan Heavy
Industries"), or alone after a preposition of place ("in Istanbul"), a place wherever it
stands (`modifiers` asks both of a name before a noun).

    >>> text = "Rents in Tarsk rose. Daehan Heavy Industries said"
    >>> written_as_a_place(text, "Tarsk"), first_word_of_a_name(text, "Daehan")
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import WORD_OR_HYPHEN, written_whole
from timeline.actors.occurrences import apart, boundary, each_occurrence
from timeline.actors.vocabulary import place_prepositions

__all__ = ["first_word_of_a_name", "written_as_a_place"]


def first_word_of_a_name(text: str, name: str) -> bool:
    """Whether the text writes `name` before a capitalised word: "Daehan" of "Daehan Heavy
    Industries". What `_first_word_of_a_name_by_pattern` finds, read at each place the text
    writes the name (no pattern compiled for each name). A blank line between ends the name
    (stop 47): a line that ends with it ("Nijmegen" of a release's "... | Nijmegen") is not
    continued by the paragraph under it.

    >>> first_word_of_a_name("Daehan\\nHeavy Industries said", "Daehan")
    True
    >>> first_word_of_a_name("Communications | Nijmegen\\n\\nVerweij said", "Nijmegen")
    False
    """
    if not name:
        return _first_word_of_a_name_by_pattern(text, name)
    for at in each_occurrence(text, name, edges=_apart_before):
        spaces = _SPACES_AND_CAPITAL.match(text, at + len(name))
        if spaces is not None and _within_a_paragraph(spaces.group()):
            return True
    return False


def _apart_before(text: str, start: int, _end: int) -> bool:
    """No word character nor hyphen right before the name, `(?<![\\w-])`."""
    return apart(text, start - 1)


def _within_a_paragraph(spaces: str) -> bool:
    """Whether the spaces after a name break its line once at most (no blank line between)."""
    return spaces.count("\n") < 2


def _first_word_of_a_name_by_pattern(text: str, name: str) -> bool:
    """`first_word_of_a_name` by its pattern (compiled for `name`)."""
    found = re.finditer(rf"(?={written_whole(name, WORD_OR_HYPHEN).pattern}(\s+[A-Z]))", text)
    return any(_within_a_paragraph(match.group(1)) for match in found)


def written_as_a_place(text: str, name: str) -> bool:
    """Whether the text writes `name` alone after a preposition of place ("in Istanbul"), a
    place wherever it stands, and never as the first word of a longer name: a company's short
    name before "shares" is not ("Daehan" of "Daehan Heavy Industries", "at Daehan")."""
    # what rf"\b(?:{prepositions})\s+{name}\b" (the name escaped) finds, read at each place
    # the text writes the name (no pattern of each name)
    if not name:
        return _written_as_a_place_by_pattern(text, name)
    if first_word_of_a_name(text, name):
        return False
    return any(
        _after_a_preposition(text, at) for at in each_occurrence(text, name, edges=_word_end)
    )


def _word_end(text: str, _start: int, end: int) -> bool:
    """`re`'s `\\b` after the name."""
    return boundary(text, end)


def _written_as_a_place_by_pattern(text: str, name: str) -> bool:
    """`written_as_a_place` by its two patterns (compiled for `name`)."""
    if _first_word_of_a_name_by_pattern(text, name):
        return False
    prepositions = "|".join(sorted(place_prepositions()))
    found = re.search(rf"\b(?:{prepositions})\s+{re.escape(name)}\b", text)
    return found is not None


_SPACES_AND_CAPITAL = re.compile(r"\s+[A-Z]")


@cache
def _preposition_before() -> tuple[re.Pattern[str], int]:
    """A preposition of place and the spaces after it, up to where the search ends; the
    longest preposition's length."""
    prepositions = "|".join(sorted(place_prepositions()))
    longest = max((len(word) for word in place_prepositions()), default=0)
    return re.compile(rf"\b(?:{prepositions})\s+\Z"), longest


def _after_a_preposition(text: str, at: int) -> bool:
    """Whether a preposition of place and one or more spaces end right at `at`."""
    pattern, longest = _preposition_before()
    spaces = at
    while spaces > 0 and text[spaces - 1].isspace():
        spaces -= 1
    return spaces < at and pattern.search(text, max(0, spaces - longest), at) is not None
