"""Work done more cheaply must give what the plain reading gave: each shortcut against the
reading it replaces, on every input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import _SENTENCE_BREAK, _first_rule, _sentence_by_sentence

#: Words and marks that make sentences open with "It", "The", "In 2007 it" and the like.
_PIECES = st.sampled_from(
    [
        "It",
        "it",
        "Its",
        "The",
        "the",
        "new",
        "store",
        "company's",
        "In",
        "2007",
        "At",
        "Last",
        "month",
        "This",
        "week",
        "Earlier",
        "Since",
        "During",
        "After",
        "On",
        "By",
        "Later",
        "said",
        "is",
        "was",
        "Apple",
        "Inc",
        ".",
        "!",
        "?",
        ",",
        '"',
        "”",
        "\n",
        " ",
        "  ",
        "Read more:",
        "Share this story: Email | X",
        "Photo: Ana Ruiz",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map(" ".join) | st.text(max_size=60)


@settings(max_examples=300)
@given(_TEXTS)
def test_a_line_read_sentence_by_sentence_stops_at_a_sentence_of_the_story(line: str) -> None:
    sentences = _SENTENCE_BREAK.split(line)
    rules = [_first_rule(sentence) for sentence in sentences]
    expected = None if len(sentences) < 2 or not all(rules) else rules[0]
    assert _sentence_by_sentence(line) == expected
