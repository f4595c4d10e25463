"""Names written before their acronym made one organisation, the spans near each name found by
bisection and the list sorted once (`timeline/actors/acronyms.with_defined_names`, stop 35):
the same spans as reading and sorting all of them again for each name. Invented names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.acronyms import _position, defined_acronyms, with_defined_names
from timeline.actors.spans import RawSpan


def _by_reading_all(text: str, raw: list[RawSpan]) -> list[RawSpan]:
    """`with_defined_names` as it was."""
    result = list(raw)
    for start, end, _ in defined_acronyms(text):
        inside = [r for r in result if start <= r.start and r.end <= end]
        if any(r.start < end and start < r.end for r in result if r not in inside):
            continue
        kept = [r for r in result if r not in inside]
        result = sorted([*kept, RawSpan(start, end, text[start:end], "ORG")], key=_position)
    return result


_PIECES = [
    "the Board for Roads, Rail and Ports (BRRP) met. ",
    "The Tarsk Water Board (TWB) said so. ",
    "Commission for Conciliation, Mediation and Arbitration (CCMA) ",
    "Rail and Ports ",
    "BRRP ",
    "It rained. ",
    "\n",
]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=10),
    st.lists(st.tuples(st.integers(0, 400), st.integers(1, 40)), max_size=20),
    st.booleans(),
)
def test_names_made_with_spans_found_by_bisection_are_the_ones_made_by_reading_all(
    pieces: list[str], spans: list[tuple[int, int]], in_order: bool
) -> None:
    text = "".join(pieces)
    raw = [
        RawSpan(start, min(start + length, len(text)), "", "ORG")
        for start, length in spans
        if start < len(text)
    ]
    raw = [RawSpan(r.start, r.end, text[r.start : r.end], r.label) for r in raw]
    if in_order:
        raw.sort(key=_position)
    assert with_defined_names(text, raw) == _by_reading_all(text, raw)


def test_the_pieces_of_many_names_are_each_made_one() -> None:
    name = "Board for Roads, Rail and Ports"
    piece = f"the {name} (BRRP) met. "
    text = piece * 200
    raw: list[RawSpan] = []
    for offset in range(0, len(text), len(piece)):
        for words in ("Board for Roads", "Rail and Ports"):
            start = text.index(words, offset)
            raw.append(RawSpan(start, start + len(words), words, "ORG"))
    made = with_defined_names(text, raw)
    assert made == _by_reading_all(text, raw)
    assert [r.text for r in made] == [name] * 200
