"""Firms named by their partners (`timeline/actors/partner_firms.py`): invented sentences of a
shipping column, a court list and a trade notice, by the rule alone and through `find_actors`."""

from __future__ import annotations

import doctest
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.partner_firms
from timeline.actors.ner import find_actors
from timeline.actors.partner_firms import partner_firms
from timeline.actors.spans import RawSpan


def _span(text: str, name: str, label: str = "ORG") -> RawSpan:
    start = text.index(name)
    return RawSpan(start, start + len(name), name, label)


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.partner_firms).failed == 0


def test_the_pieces_the_model_cut_become_one_firm() -> None:
    text = "The yard of Brennock, Lyle and Company launched a collier on Tuesday."
    spans = [_span(text, "Brennock", "PERSON"), _span(text, "Lyle and Company")]
    assert [(r.text, r.label) for r in partner_firms(text, spans)] == [
        ("Brennock, Lyle and Company", "ORG")
    ]
    text = "Orders went to Tamsin Rouse & Sons, the Perth joiners."
    assert [r.text for r in partner_firms(text, [_span(text, "Sons")])] == ["Tamsin Rouse & Sons"]


def test_a_firm_the_model_missed_is_found_after_a_title_or_an_opening_word() -> None:
    text = "Messrs. Quill, Dantry and Partners were appointed auditors."
    assert [r.text for r in partner_firms(text, [])] == ["Quill, Dantry and Partners"]
    text = "The Marrow Bros. store reopened."
    assert [r.text for r in partner_firms(text, [])] == []  # no "and": no partners
    text = "The Ebbert & Co. office closed."
    assert [r.text for r in partner_firms(text, [])] == ["Ebbert & Co."]


def test_the_firms_town_after_of_is_left_out() -> None:
    text = "The contract went to Hollin and Sons of Dunmore last year."
    spans = [_span(text, "Hollin", "GPE"), _span(text, "Sons of Dunmore")]
    assert [r.text for r in partner_firms(text, spans)] == ["Hollin and Sons"]


def test_no_firm_of_people_a_longer_name_or_other_words() -> None:
    text = "Ruth and Tom Avery left for Leeds and the Company of Archers met."
    assert partner_firms(text, []) == []
    text = "the Kessel Bank and Company Trust reported"
    longer = _span(text, "Kessel Bank and Company Trust")
    assert partner_firms(text, [longer]) == [longer]
    text = "Mr and Son left."
    assert partner_firms(text, []) == []


def test_find_actors_names_the_firm_once() -> None:
    text = "Work began in May, and the builders, Garside and Sons, expect to finish in June."
    names = [(m.name, m.type) for m in find_actors([text])[0]]
    assert ("Garside and Sons", "organisation") in names
    assert all(name != "Sons" for name, _ in names)


@given(st.text(alphabet="ABC abc,&.and Sons Company Co", max_size=60))
def test_every_span_slices_the_text_and_none_overlap(text: str) -> None:
    spans = partner_firms(text, [])
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text[:1].isupper()
    for first, second in pairwise(spans):
        assert first.end <= second.start
