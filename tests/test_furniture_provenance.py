"""A page's notes on where its story came from and what became of it, a gallery's counter and a
writer's bio (`timeline/furniture/provenance_lines.py`, stop 34): each is furniture wherever it
stands, and the story's sentences built from the same words keep their rows. Every line here is
invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.furniture import furniture
from timeline.furniture.provenance_lines import (
    PROVENANCE_RULES,
    is_gallery_counter,
    is_history_note,
    is_reprint_line,
    is_writer_bio,
)
from timeline.pipeline import extract

from .furniture_forms import FORMS, PUBLISHED, article


def _covered(line: str, place: str) -> bool:
    text, start = article(line, place)
    return any(f.start <= start and f.end >= start + len(line) for f in furniture(text))


@pytest.mark.parametrize("rule", PROVENANCE_RULES, ids=lambda rule: rule.name)
def test_every_example_of_a_rule_is_taken_by_it(rule) -> None:  # type: ignore[no-untyped-def]
    for example in rule.examples:
        assert rule.test(example), example


@pytest.mark.parametrize(
    "line",
    [
        "Reprinted by kind permission of the Quayside Gazette.",
        "This essay was excerpted from Harbour Voices with the author's permission.",
        "Updated on 4 March 2025 to include the vote of the Tarrow council.",
        "(Corrected to fix the spelling of Olu Brandt's name)",
        "Clarification appended 5 March 2025",
        "Ran in the Sunday print edition of the Kestrel Bay Clarion.",
        "First aired 14.05.98 on Quay FM.",
        "Originally posted Tue, September 20, 2013",
        "Image 4 of 9 | Dockers unload the Tarrow Star.",
        "Slide 2/6",
        "Mira Vasquez-Holt is the Clarion's Pacific correspondent. Reach her at mira@cl.example.",
        "Teodor Brann covers shipping for Quayside Gazette from Apia.",
        "Ines de Valk is a freelance writer based in Tarrow.",
    ],
)
@pytest.mark.parametrize("place", ["head", "foot"])
def test_an_invented_note_is_furniture(line: str, place: str) -> None:
    assert _covered(line, place), (place, line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reprinted leaflets were handed to voters in Tarrow on Monday.",
        "Distributed by volunteers, the parcels reached 300 homes on Monday.",
        "Updated forecasts put the storm's landfall at Tarrow on Monday.",
        "First broadcast in 1985, the show returns to the air on Monday.",
        "First posted in 2019, the clip drew a million views by Monday.",
        "Mira Vasquez is a freelance journalist who was detained in Tarrow on Monday.",
        "Teodor Brann is a reporter who says the port was closed on Monday.",
        "Dr Ines de Valk is a professor of oceanography at Tarrow University.",
        "3 of 12 ferries were cancelled on Monday.",
        "Ines de Valk covers the cost of her own travel, she said on Monday.",
    ],
)
def test_a_story_sentence_in_their_words_is_no_note(sentence: str) -> None:
    assert not is_reprint_line(sentence)
    assert not is_history_note(sentence)
    assert not is_gallery_counter(sentence)
    assert not is_writer_bio(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reprinted leaflets were handed to voters in Tarrow on Monday.",
        "Mira Vasquez is a freelance journalist who was detained in Tarrow on Monday.",
        "3 of 12 ferries were cancelled on Monday.",
    ],
)
def test_a_story_sentence_in_their_words_keeps_its_row(sentence: str) -> None:
    text, _ = article(sentence, "between")
    document = Document(
        id="a", text=text, title="Council backs harbour plan", published_given=PUBLISHED
    )
    rows = extract([document], workers=1, merge=False).table
    assert (sentence, "2025-03-03") in {
        (row.sentence, str(row.date_start)[:10]) for row in rows.itertuples()
    }


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(["reprint", "history", "bio", "gallery", "reader"]),
    data=st.data(),
)
def test_a_drawn_note_of_the_new_kinds_is_furniture(kind: str, data: st.DataObject) -> None:
    line = data.draw(FORMS[kind])
    assert _covered(line.strip(), "head") and _covered(line.strip(), "foot"), (kind, line)
