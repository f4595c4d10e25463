"""A full name's surname written alone later as a person, looked up where the model last read
each text as a person (`timeline/actors/described_persons._last_persons`, stop 35): the same
spans retyped as reading all spans again for each name. Invented names."""

from __future__ import annotations

from collections.abc import Sequence
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import described_persons as module
from timeline.actors.described_persons import described_persons
from timeline.actors.spans import RawSpan

_NAMES = ["Nadia Varga", "Varga", "Ines Marr", "Marr", "Marlow Foods", "Foods", "Ana Lugo Pires"]
_LABELS = ["ORG", "PERSON", "PRODUCT", "GPE"]


def _by_reading_all(item: RawSpan, raw: Sequence[RawSpan]) -> bool:
    """`_surname_written_alone` as it was."""
    words = item.text.split()
    if item.label != "ORG":
        return False
    return 2 <= len(words) <= 3 and any(
        other.label == "PERSON" and other.text == words[-1] and other.start >= item.end
        for other in raw
    )


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(_LABELS)), max_size=14))
def test_surnames_looked_up_once_retype_the_spans_reading_all_retyped(
    pieces: list[tuple[str, str]],
) -> None:
    text = ""
    raw: list[RawSpan] = []
    for name, label in pieces:
        raw.append(RawSpan(len(text), len(text) + len(name), name, label))
        text += f"{name} met them. "
    with patch.object(module, "_surname_written_alone", lambda item, _: _by_reading_all(item, raw)):
        before = described_persons(text, raw)
    assert described_persons(text, raw) == before
