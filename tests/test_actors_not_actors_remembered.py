"""The not-actor tests remembered per question (`not_actors.names_no_actor`, stop 36): asked
again with the same text, offsets and label, in any order, the answer is the plain tests' own.
Invented sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.not_actors import names_no_actor

_PIECES = [
    "Shops shut for Marrow's Day at 5 p.m. Lisbon time. ",
    "Nationally, sales fell. ",
    "Kelvale Foods, based in Tarrow, said so. ",
    "inflation figures (CPI) rose. ",
    "Q: Did Ana Lobo agree? A: Yes. ",
    "Ranchers' associations welcomed it. ",
    "The Harvest Festival opens on Friday. ",
    "Grade A wheat rose. ",
    "\n\n",
    "Ana Lobo met Ben Ortiz in Kelvale. ",
]
_LABELS = ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"]
_plain = names_no_actor.__wrapped__


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8),
    st.lists(
        st.tuples(st.integers(0, 300), st.integers(1, 30), st.sampled_from(_LABELS)),
        min_size=1,
        max_size=30,
    ),
)
def test_a_remembered_answer_is_the_plain_tests_answer(
    pieces: list[str], questions: list[tuple[int, int, str]]
) -> None:
    text = "".join(pieces)
    asked = [
        (start, min(start + length, len(text)), label)
        for start, length, label in questions
        if start < len(text)
    ]
    for start, end, label in [*asked, *reversed(asked)]:  # each asked at least twice
        assert names_no_actor(text, start, end, label) == _plain(text, start, end, label)


def test_the_same_offsets_in_another_text_are_asked_anew() -> None:
    holiday = "Shops shut for Marrow's Day on Friday."
    person = "Shops shut for Marrow and Ben on Friday."
    assert names_no_actor(holiday, 15, 21, "PERSON")
    assert not names_no_actor(person, 15, 21, "PERSON")
    assert names_no_actor(holiday, 15, 21, "PERSON")
