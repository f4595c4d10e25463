"""A letter's or a notice's furniture (`timeline.furniture.letter_lines`): greetings, closings, the
signature under a closing, a heading in capitals; and the story's lines of a like shape that are
none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.letter_lines import is_salutation, letter_lines

NOTICE = (
    "Harbour Primary reopens on Monday\n\n"
    "HARBOUR PRIMARY SCHOOL\n\n"
    "NOTICE TO ALL FAMILIES\n\n"
    "Dear families,\n\n"
    "The school will reopen on Monday 3 May at 8.30am.\n\n"
    "Lunches will be served from Tuesday.\n\n"
    "Warm regards,\n\n"
    "Mere Tane (Ms.), Principal\n\n"
    "cc: Regional Schools Office, Tarrow\n"
)


def _found(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


def test_a_notice_s_greeting_closing_signature_heading_and_copies_are_furniture() -> None:
    found = _found(NOTICE)
    for line in (
        "NOTICE TO ALL FAMILIES",
        "Dear families,",
        "Warm regards,",
        "Mere Tane (Ms.), Principal",
        "cc: Regional Schools Office, Tarrow",
    ):
        assert line in found
    assert "The school will reopen on Monday 3 May at 8.30am." not in found
    assert "Lunches will be served from Tuesday." not in found


def test_a_closing_with_its_signature_on_the_next_line() -> None:
    text = "New ferry\n\nWe launch our new ferry today.\n\nSee you aboard,\nThe Tarrow Ferries team"
    assert _found(text)[-2:] == ["See you aboard,", "The Tarrow Ferries team"]


def test_a_paragraph_of_the_story_under_a_greeting_is_the_story_s() -> None:
    text = "Pool news\n\nDear members,\n\nThe pool reopens on Monday.\nLessons start in June."
    assert [text[s:e] for s, e in letter_lines(text)] == ["Dear members,"]


def test_a_text_in_capitals_keeps_its_short_paragraphs() -> None:
    text = "STORM HITS PORT\n\nTHE STORM HIT THE PORT ON MONDAY.\n\nNO SHIPS SAILED\n\nTWO MEN DIED"
    assert letter_lines(text) == []


def test_story_lines_of_a_like_shape_are_no_salutations() -> None:
    assert is_salutation("Yours faithfully,") and is_salutation("Bula vinaka,")
    for line in ("However, the pool will stay shut.", "In 2019,", "Dear", "said on Monday that,"):
        assert not is_salutation(line)


@given(st.text(alphabet=st.sampled_from("Ab ,.\nDR:"), max_size=200))
def test_letter_lines_are_whole_lines_of_the_text(text: str) -> None:
    for start, end in letter_lines(text):
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end]
        assert text[start:end] == text[start:end].strip()
