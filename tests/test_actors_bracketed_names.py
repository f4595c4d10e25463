"""A body's other name in brackets right after its name: one actor, under the name before the
bracket, in the row and wherever the story writes the other name alone (stop 41)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.bracketed_names import other_names_in_brackets
from timeline.actors.spans import RawSpan


def _names(text: str) -> list[str]:
    return sorted({m.name for m in find_actors([text])[0]})


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (  # a short form whose letters are not the body's initials
            "The Valley Electricity Supply Company (Vescom) will raise tariffs on Friday. "
            "Vescom said the rise was needed.",
            "Valley Electricity Supply Company",
            "Vescom",
        ),
        (  # initials written with points
            "The Merrow Dockers' Union (M.D.U.) met the employers on Monday.",
            "Merrow Dockers' Union",
            "M.D.U.",
        ),
        (  # the body's name in the language of its country
            "The Federal Court (Tribunal Federal) ruled on Tuesday that the strike was lawful.",
            "Federal Court",
            "Tribunal Federal",
        ),
    ],
)
def test_a_bodys_other_name_in_brackets_is_the_body(text: str, kept: str, gone: str) -> None:
    names = _names(text)
    assert kept in names
    assert gone not in names


def test_a_town_or_a_party_label_in_brackets_is_no_other_name() -> None:
    text = "the Harlow Herald (Ramsey) and the Copper Board (Lab) said"
    raw = [
        RawSpan(4, 17, "Harlow Herald", "ORG"),
        RawSpan(19, 25, "Ramsey", "GPE"),
        RawSpan(35, 47, "Copper Board", "ORG"),
    ]
    assert other_names_in_brackets(text, raw, frozenset({"lab"})) == []


def test_only_an_organisation_has_its_other_name_in_brackets() -> None:
    text = "Ann Hale (Kestrel) and the Movement for a Free Tarn (MFT) met in Tarn (Vale)."
    raw = [
        RawSpan(0, 8, "Ann Hale", "PERSON"),
        RawSpan(65, 69, "Tarn", "GPE"),
    ]
    assert other_names_in_brackets(text, raw, frozenset()) == []


def test_a_bracket_of_more_than_a_name_is_none() -> None:
    text = "the Tarn Grain Board (Letters, May 12) and the Vale Port Trust (since 1901) said"
    raw = [RawSpan(4, 20, "Tarn Grain Board", "ORG"), RawSpan(46, 61, "Vale Port Trust", "ORG")]
    assert other_names_in_brackets(text, raw, frozenset()) == []


@given(st.text(max_size=80))
def test_never_raises_and_names_only_what_the_text_brackets(text: str) -> None:
    raw = [RawSpan(0, len(text), text, "ORG")]
    for other, name in other_names_in_brackets(text, raw, frozenset()):
        assert f"({other})" in text or f'("{other}")' in text or "(" in text
        assert name in text
