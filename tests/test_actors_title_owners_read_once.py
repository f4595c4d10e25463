"""The organisations before a person's title, with the known names read once per text and the
spans around a title found by bisection (`timeline/actors/title_owners`, stop 35): the same
spans as reading all spans again for each person. Invented names."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.acronyms import initials
from timeline.actors.spans import RawSpan
from timeline.actors.title_owners import (
    _opens_sentence,
    _owner_of_title,
    organisations_in_titles,
)
from timeline.actors.vocabulary import countries, organisation_words
from timeline.kinds import PLACE_LABELS


def _known(raw: Sequence[RawSpan]) -> frozenset[str]:
    known: set[str] = set()
    for span in raw:
        if span.label != "ORG":
            continue
        words = span.text.split()
        known.update(" ".join(words[:cut]) for cut in range(1, len(words) + 1))
        acronym = initials(span.text)
        if acronym is not None:
            known.add(acronym)
    return frozenset(known)


def _known_head(name: str, inside: Sequence[RawSpan], raw: Sequence[RawSpan]) -> str | None:
    if len(inside) != 1 or inside[0].label != "ORG" or inside[0].text != name:
        return None
    known = _known([r for r in raw if r.text != name])
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:cut]), words[cut:]
        if head in known:
            if any(word.casefold() in organisation_words() for word in rest):
                return None
            return head
    return None


def _by_reading_all(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`organisations_in_titles` as it was: all spans read again for each person."""
    known = _known(raw)
    found: list[RawSpan] = []
    for person in raw:
        if person.label != "PERSON":
            continue
        owner = _owner_of_title(text, person.start)
        if owner is None:
            continue
        start, end, lower_case_title = owner
        name = text[start:end]
        inside = [r for r in raw if r.start < end and start < r.end]
        cut = _known_head(name, inside, raw)
        if cut is not None:
            found.append(RawSpan(start, start + len(cut), cut, "ORG"))
            continue
        if any(r.label != "NORP" or r.start < start or r.end > end for r in inside):
            continue
        if name.casefold() in countries() or any(r.label in PLACE_LABELS for r in inside):
            continue
        if name in known or (lower_case_title and not _opens_sentence(text, start)):
            found.append(RawSpan(start, end, name, "ORG"))
    return found


#: Pieces of text, each with the spans the model found in it (offsets within the piece).
_PIECES: list[tuple[str, list[tuple[int, int, str]]]] = [
    ("The Lok Janata Morcha (LJM) won. ", [(4, 21, "ORG"), (23, 26, "ORG")]),
    ("LJM District president R.K. Shetty spoke. ", [(0, 12, "ORG"), (23, 34, "PERSON")]),
    ("LJM Youth Council president Asha Rao spoke. ", [(0, 17, "ORG"), (28, 36, "PERSON")]),
    ("Talvera Foods grew. ", [(0, 13, "ORG")]),
    ("Talvera Chief Executive Nina Osei said so. ", [(24, 33, "PERSON")]),
    ("Then Adwu regional secretary Tom Baker left. ", [(29, 38, "PERSON")]),
    ("Then Adwu regional secretary Tom Baker left. ", [(5, 9, "NORP"), (29, 38, "PERSON")]),
    ("Culture Minister Ana Ruiz met ", [(17, 25, "PERSON")]),
    ("Florida Governor Tim Reyes. ", [(0, 7, "GPE"), (17, 26, "PERSON")]),
    ("Hollis Transit managing director Ann Lee said. ", [(33, 40, "PERSON")]),
    ("Tarsk Trust Group chairman Ivo Marr quit. ", [(0, 17, "ORG"), (27, 35, "PERSON")]),
    ("Tarsk chairman Ivo Marr quit. ", [(15, 23, "PERSON")]),
    ("\n", []),
]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_known_names_read_once_give_the_owners_of_reading_all_spans_again(
    pieces: list[tuple[str, list[tuple[int, int, str]]]],
) -> None:
    text = ""
    raw: list[RawSpan] = []
    for piece, spans in pieces:
        for start, end, label in spans:
            raw.append(RawSpan(len(text) + start, len(text) + end, piece[start:end], label))
        text += piece
    assert organisations_in_titles(text, raw) == _by_reading_all(text, raw)
