"""The learned furniture model and the story's sentences (stop 39): a notice written as a
sentence that stands apart from the story is furniture at `STORY_THRESHOLD`; the story's
opening, a sentence between two of the story's and a sentence that says when never are.
Every sentence here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import FurnitureKind
from timeline.furniture.bylines import is_story_sentence
from timeline.furniture.learned import _says_when, learned_furniture, line_units
from timeline.furniture.story import story_furniture

_FIRST = "The port reopened on Monday after a week of strikes, officials said."
_SECOND = "Trade resumed on Tuesday as the first ships arrived at the harbour."
_THIRD = "Dock workers said they would vote on the new contract next week, the union said."
_NOTICES = [
    "This special page is sponsored by the Main Street traders.",
    "This digest is compiled by the information office of the chamber.",
    "Readers may reproduce this bulletin with credit to the association.",
]


def _learned(text: str) -> list[str]:
    """The lines the model adds to the rules' furniture."""
    return [
        text[piece.start : piece.end]
        for piece in story_furniture(text)
        if piece.kind is FurnitureKind.LEARNED
    ]


@pytest.mark.parametrize("notice", _NOTICES)
def test_a_notice_written_as_a_sentence_at_the_foot_is_furniture(notice: str) -> None:
    text = f"{_FIRST}\n\n{_SECOND}\n\n{_THIRD}\n\n{notice}"
    assert _learned(text) == [notice]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested twelve dock workers outside the harbour gates.",
        "The union's members will vote on the new contract by post.",
        "The new pier opens to walkers on Saturday, the board said.",
    ],
)
def test_a_story_sentence_at_the_foot_stays(sentence: str) -> None:
    assert _learned(f"{_FIRST}\n\n{_SECOND}\n\n{_THIRD}\n\n{sentence}") == []


@pytest.mark.parametrize("notice", _NOTICES)
def test_the_story_s_opening_stays_even_in_a_notice_s_words(notice: str) -> None:
    assert _learned(f"Harbour reopens\n\n{notice}\n\n{_SECOND}\n\n{_THIRD}") == []


@pytest.mark.parametrize("notice", _NOTICES)
def test_a_sentence_between_two_of_the_story_s_stays(notice: str) -> None:
    assert _learned(f"{_FIRST}\n\n{notice}\n\n{_SECOND}\n\n{_THIRD}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This special page, printed on Saturday, is sponsored by the Main Street traders.",
        "This digest is compiled every spring by the information office of the chamber.",
        "Readers may reproduce this morning's bulletin with credit to the association.",
    ],
)
def test_a_sentence_that_says_when_stays(sentence: str) -> None:
    assert _says_when(sentence)
    assert _learned(f"{_FIRST}\n\n{_SECOND}\n\n{_THIRD}\n\n{sentence}") == []


_SENTENCES = st.sampled_from(
    [
        _FIRST,
        _SECOND,
        _THIRD,
        *_NOTICES,
        "Harbour reopens",
        "By Jane Doe",
        "The harbour board will meet the dock workers again in the spring.",
        "Ferries to the islands were cancelled yesterday because of the strike.",
        "Police arrested twelve dock workers outside the harbour gates.",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_SENTENCES, min_size=1, max_size=7), st.sampled_from(["\n", "\n\n"]))
def test_the_model_never_takes_the_story_s_own_sentences(lines: list[str], gap: str) -> None:
    """Whatever the order: the first sentence of the story, one between two of the story's
    and one that says when are never the model's furniture."""
    text = gap.join(lines)
    spans = line_units(text)
    sentences = [n for n, (a, b) in enumerate(spans) if is_story_sentence(text[a:b])]
    taken = {(piece.start, piece.end) for piece in learned_furniture(text, [])}
    for number in sentences:
        line = spans[number]
        inside = number - 1 in sentences and number + 1 in sentences
        if number == sentences[0] or inside or _says_when(text[line[0] : line[1]]):
            assert line not in taken
