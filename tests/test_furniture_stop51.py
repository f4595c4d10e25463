"""The furniture kinds of stop 51 (helper `furnpub`), each with lines it takes and story lines
of the same words it leaves: a digest's head over an item and a note set wholly in brackets
(`timeline/furniture/source_heads.py`), a caption closed by its credit in brackets
(`captions.py`), a letter's or a live page's sign-off and greeting (`newsletter_lines.py`,
`own_voice.py`), a publication's schedule and its subscription line (`house_notes.py`).

The fixtures are written here, for no benchmark article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.captions import is_bracketed_credit_caption
from timeline.furniture.house_notes import is_house_note, is_subscription_line
from timeline.furniture.newsletter_lines import is_sign_off
from timeline.furniture.own_voice import is_own_voice_line
from timeline.furniture.source_heads import is_bracketed_note, is_source_head

_STORY = (
    "The port authority raised its berthing fees by a fifth on Monday, officials said.\n\n"
    "Shipping lines said they would pass the rise on to exporters.\n\n"
)


def _taken(line: str, place: str) -> bool:
    """Whether the furniture readers cover all of `line` set between or after the story's
    paragraphs."""
    text = "Port fees rise\n\n" + (
        _STORY + line + "\n" if place == "foot" else _STORY + line + "\n\n" + _STORY
    )
    start = text.index(line)
    return any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "IV. KUSTPOSTEN (Tarrow), 12.4.1961 (leading article)",
        "Item 3. HARBOUR SHIMPO (Kestrel Bay), morning edition, 36.4.12 (summary)",
        "DIARIO DEL LAGO, 3 de mayo de 1977 (news page)",
        "From PORTO NEA, 14.05.2012:",
        "From the weekly LIMANI, which appeared on Sunday:",
        "Tarrow, Voice of the Coast in Swahili 0630 GMT 9 Jun 71",
        "[Passage omitted: the list of ships and their tonnage]",
        "[Tarrow radio at 1800 gmt on 9 Jun carried a short item on the fees; not monitored.]",
        "(Shipping times, Page 11.)",
        "Cranes at the container quay in October 2016. (Kestrel Bay Herald)",
    ],
)
def test_a_digest_s_heads_notes_and_credited_captions_are_furniture(line: str) -> None:
    assert _taken(line, "between")


@pytest.mark.parametrize(
    "line",
    [
        "That's all from us today. Mira Holt will be back with our markets live blog at 7am "
        "tomorrow. Thanks for following.",
        "That's where we'll leave our live coverage for tonight. Full story at our homepage.",
        "That's it for this week. No issue next week — see you June 12.",
        "Subscriptions: $36 a year. 40 Quay Road, Tarrow 3. Telephone 555-0177.",
        "The Harbour Letter is published every Friday. Subscriptions: £12 a year, post free.",
    ],
)
def test_a_letter_s_own_lines_at_its_foot_are_furniture(line: str) -> None:
    assert _taken(line, "foot")


def test_a_writer_s_greeting_by_name_over_the_issue_is_furniture() -> None:
    line = "Hello everyone, Mira here. Quick issue today, because the ferry is late. Let's dive in."
    assert is_own_voice_line(line)
    assert _taken(line, "between")


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence naming a paper and a day, with its verb
        "KUSTPOSTEN reported on 12 April 1961 that the port would raise its fees.",
        "From the start of 2019, the port said, fees would rise every year:",
        # a wire's dateline over its lead, in capitals
        "TARROW, JUNE 9 (PORTWIRE)--THE PORT RAISED ITS FEES TODAY.",
        # a bracket inside the story's sentence, not around the line
        "The fees (the first rise since 2009) take effect on Monday.",
        "(Reuters) The port raised its fees on Monday.",
        # a credit in brackets after someone's words
        "Fees rose by a fifth, the harbour master said. (Kestrel Wire)",
        # the sign-off's words beside a story sentence
        "That's all from us today. The port board meets again on Thursday to set the fees.",
        # a greeting before the story's news
        "Hi all — Mira here. The port raised its fees by a fifth on Monday.",
        # a schedule that is the story's: past, or someone's words
        "The Harbour Letter was published every Friday until it closed in 1998.",
        "The tide tables are published every Monday, the harbour master said.",
        "Subscriptions fell by a third in 2020, the publisher said.",
    ],
)
def test_story_lines_in_the_same_words_are_not_furniture(line: str) -> None:
    assert not (
        is_source_head(line)
        or is_bracketed_note(line)
        or is_bracketed_credit_caption(line)
        or is_sign_off(line)
        or is_own_voice_line(line)
        or is_house_note(line)
        or is_subscription_line(line)
    )
    assert not _taken(line, "between")


@given(st.text(max_size=200))
def test_the_rules_read_any_line(line: str) -> None:
    for rule in (is_source_head, is_bracketed_note, is_bracketed_credit_caption):
        assert rule(line) in (True, False)


#: any words but brackets, line breaks and figures (a figure after a stamp's label dates the page)
_NOTE_WORDS = st.characters(blacklist_characters="[]()\n0123456789")


@given(st.text(alphabet=_NOTE_WORDS, min_size=2, max_size=80))
def test_any_words_set_wholly_in_brackets_are_a_note(words: str) -> None:
    assert is_bracketed_note(f"[{words}]")
    assert is_bracketed_note(f"({words})")
    assert not is_bracketed_note(f"[{words}] The port raised its fees on Monday.")
