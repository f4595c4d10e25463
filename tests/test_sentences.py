"""The rule-based sentence splitter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sentences import split_sentences


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "U.S. Secretary of State Antony Blinken met Gen. Smith on Oct. 23. J. R. Doe left."
    assert [s.text for s in split_sentences(text)] == [
        "U.S. Secretary of State Antony Blinken met Gen. Smith on Oct. 23.",
        "J. R. Doe left.",
    ]


def test_quotes_and_question_marks() -> None:
    text = "He said “send a message.” Then? They left! “Why?” she asked."
    assert [s.text for s in split_sentences(text)] == [
        "He said “send a message.”",
        "Then?",
        "They left!",
        "“Why?” she asked.",
    ]


def test_lines_and_paragraphs() -> None:
    text = "Headline Here\nDateline, 2023\n\nFirst one. Second one.\n\n\nThird."
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Headline Here", 0),
        ("Dateline, 2023", 0),
        ("First one.", 1),
        ("Second one.", 1),
        ("Third.", 2),
    ]


def test_reference_article(reference_text: str) -> None:
    sentences = split_sentences(reference_text)
    assert sentences[0].text == "Blinken Pressures Iraqi Leader Over Attacks On US Military"
    assert sentences[-1].text == "Copyright 2023,"
    assert len(sentences) == 15
    assert sum(1 for s in sentences if s.text.startswith("Paradoxically, Austin")) == 1


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*'ab. ?!\n"”’US', "Mr.", "A", "\n\n", "U.S."]), max_size=60).map(
        "".join
    )
)
def test_offsets_slice_the_text_and_never_overlap(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)


def test_a_sentence_may_open_with_a_brand() -> None:
    text = "Jobs spoke during the keynote. iCloud will be available in September."
    assert [s.text for s in split_sentences(text)] == [
        "Jobs spoke during the keynote.",
        "iCloud will be available in September.",
    ]


def test_a_quote_mark_standing_apart_goes_with_the_sentence_it_belongs_to() -> None:
    # text rebuilt from tokens writes quote marks apart from their words
    closing = 'Apps were dubbed " Mission Control " and " Launchpad. " In his keynote, Jobs spoke.'
    assert [s.text for s in split_sentences(closing)] == [
        'Apps were dubbed " Mission Control " and " Launchpad. "',
        "In his keynote, Jobs spoke.",
    ]
    opening = 'It weighs 3 lbs (1.36 kg). " We think it\'s the future, " said Jobs.'
    assert [s.text for s in split_sentences(opening)] == [
        "It weighs 3 lbs (1.36 kg).",
        '" We think it\'s the future, " said Jobs.',
    ]


def test_an_abbreviation_can_end_a_sentence_before_a_word_that_opens_one() -> None:
    text = "Apple is based in the U.S. The company sold phones. He works for Apple Inc. He left."
    assert [s.text for s in split_sentences(text)] == [
        "Apple is based in the U.S.",
        "The company sold phones.",
        "He works for Apple Inc.",
        "He left.",
    ]
    # before a name or a noun it is still an abbreviation
    for kept in ("The U.S. Army arrived.", "Apple Inc. said it would.", "Gen. The end."):
        assert [s.text for s in split_sentences(kept)] == [kept]


def test_a_titles_abbreviation_does_not_end_a_sentence() -> None:
    text = "The parish priest, Fr. Tomasz Wilk, said Mass. The president, Ing. Rota, left."
    assert [s.text for s in split_sentences(text)] == [
        "The parish priest, Fr. Tomasz Wilk, said Mass.",
        "The president, Ing. Rota, left.",
    ]
