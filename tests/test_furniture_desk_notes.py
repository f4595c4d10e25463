"""A desk's notes around a translated or monitored story (issue 13, stop 41): a translation's
credit in its participle or its plural with the desk's notes after it on its line, a
transcript's bracketed labels before the sentences of its lines ("[Presenter] ...", "(Passage
omitted) ..."), a translator's note in brackets inside a paragraph, a print-era dateline naming
the paper's own correspondent, a correction's note with its day and clock. The story's sentences
in the same words keep their rows.

Every line here is invented (`tests/furniture_translation_forms.py` draws more of them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.transcript_lines import bracket_labels

from .furniture_forms import article, covered, sentence_days
from .furniture_translation_forms import translation_line

_STORY = (
    "The harbour board voted on Monday to close the old pier at Tarrow for repairs.\n\n"
    "Work will begin in June, the board's chairman, Jo Lee, told reporters.\n"
)


def _pieces(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Translated from the Spanish. Headings are the desk's own.",
        "Translations by the Tarrow desk. Dates are given as the papers print them.",
        "Summaries and translations by our Leith office.",
        "Translated by the Information Section. Unofficial translations, for internal use only.",
        'Translated from "El Faro" (Tarrow, evening), 14 March, front page. Summary '
        "translation; passages left out are marked by dots.",
        "Translated for this column by A. Roe from Il Molo (Tarrow), issue of 9 May 2004.",
        "Translated by A. Roe. Abridged; words in square brackets are the translator's.",
        "Correction, 22 May 2023, 4.10pm: an earlier version of this article gave the wrong ward.",
    ],
)
def test_a_desk_s_note_is_furniture_and_gives_no_row(line: str) -> None:
    text, _ = article(line, "foot")
    assert covered(line, "foot"), line
    assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@given(line=translation_line())
@settings(max_examples=30, deadline=None)
def test_every_drawn_desk_note_is_covered(line: str) -> None:
    assert covered(line, "head") and covered(line, "foot"), line


def test_a_transcript_s_bracketed_label_leaves_its_sentence_and_names_no_actor() -> None:
    text = (
        "Pier to close\n\n[Presenter] The harbour board voted on Monday to close the old pier.\n\n"
        "[Correspondent Ana Ruiz] At Tarrow this morning, crews stayed in port.\n"
    )
    assert "[Presenter]" in _pieces(text)
    assert "[Correspondent Ana Ruiz]" in _pieces(text)
    rows = sentence_days(text)
    assert any(row.startswith("The harbour board voted") for row, _ in rows)
    assert not any("[" in row or "Ruiz" in row for row, _ in rows)


def test_an_omission_and_a_translator_s_note_inside_a_paragraph_are_furniture() -> None:
    text = (
        "Pier to close\n\nThe harbour board voted on Monday to close the old pier at Tarrow. "
        "(Passage omitted) Work will begin in June, the chairman said. [Tr. note: the pier "
        "was built in 1902 and rebuilt on 2 January 1950.]\n"
    )
    assert "(Passage omitted)" in _pieces(text)
    assert "[Tr. note: the pier was built in 1902 and rebuilt on 2 January 1950.]" in _pieces(text)
    days = {day for _, day in sentence_days(text)}
    assert "1950-01-02" not in days


def test_a_print_era_dateline_naming_the_paper_s_correspondent_is_furniture() -> None:
    text = f"Pier to close\n\nTARROW, 17 March (from our own correspondent). — {_STORY}"
    assert "TARROW, 17 March (from our own correspondent). — " in _pieces(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Translated from the German in 1920, the novel sold a million copies by Monday.",
        "The translation of the treaty was published on Monday, the ministry said.",
        "[The minister] said on Monday the port would reopen in June.",
        "(Reuters) The harbour board voted on Monday to sell the pier.",
        "The board met on Monday. (The vote was close.) Work will begin in June.",
    ],
)
def test_a_story_sentence_in_the_same_words_keeps_its_row(sentence: str) -> None:
    text = f"Pier to close\n\n{_STORY}\n{sentence}\n"
    first = sentence.split(". ", maxsplit=1)[0].lstrip("[(")[:20]
    assert any(first in row for row, _ in sentence_days(text)), sentence


@given(line=st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_a_bracketed_label_is_a_short_bracket_and_nothing_else(line: str) -> None:
    for start, end in bracket_labels(line):
        label = line[start:end]
        assert label[0] in "[(" and label[-1] in "])"
        assert len(label.split()) <= 5
