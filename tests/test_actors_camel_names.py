"""Names written in camel case that the model misses or cuts (`timeline.actors.camel_names`):
invented sentences in several outlets' shapes, the rule alone and through the real model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.camel_names import camel_words, with_camel_names
from timeline.actors.spans import RawSpan


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a trade column's firm after its description
        ("Tax software maker LedgerNest says its servers held.", "LedgerNest"),
        # a wire's rival platform
        ("Rival platform KaamSathi said on Wednesday that it met the norms.", "KaamSathi"),
        # a brand followed by the capitalised rest of its name
        ("Shares of FarmLink Holdings rose 4% on Monday.", "FarmLink Holdings"),
        # a small first letter, a municipality's bulletin
        ("The uMbalo Council approved the plans.", "uMbalo Council"),
        # a weekday after it is no part of it
        ("Analysts expect DepTrade Monday to report.", "DepTrade"),
    ],
)
def test_a_camel_case_word_is_a_name(text: str, name: str) -> None:
    assert [r.text for r in with_camel_names(text, [])] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Robert McAlpine and Sean MacArthur met Ann DeVito and Jo LeBlanc.",  # surnames
        "See www.FarmLink.com or @FarmLink for more, said the firm's spokesman.",  # addresses
        "LedgerNest Posts Record Profit\nThe firm said so.",  # a headline's line
        "The Post-Office strike and the self-Help group ended.",  # hyphened pieces
    ],
)
def test_no_camel_name(text: str) -> None:
    assert with_camel_names(text, []) == []


def test_a_camel_word_opens_the_span_after_it() -> None:
    text = "The uMbalo Metropolitan Municipality paid the bill."
    span = RawSpan(11, 36, "Metropolitan Municipality", "ORG")
    assert [(r.text, r.label) for r in with_camel_names(text, [span])] == [
        ("uMbalo Metropolitan Municipality", "ORG")
    ]


def test_a_span_opening_with_a_camel_word_takes_the_free_word_before_it() -> None:
    text = "Fjord BioLabs A/S said so. The BioLabs unit grew. In March BioLabs rose. Fjord BioLabs"
    spans = [RawSpan(6, 17, "BioLabs A/S", "ORG"), RawSpan(31, 38, "BioLabs", "ORG")]
    spans.append(RawSpan(59, 66, "BioLabs", "ORG"))
    assert [r.text for r in with_camel_names(text, spans)] == [
        "Fjord BioLabs A/S",  # a free capitalised word before it
        "BioLabs",  # a sentence's opener before it
        "BioLabs",  # a month before it
        "Fjord BioLabs",
    ]


def test_a_description_written_once_before_a_camel_name_is_left() -> None:
    text = "Consultancy AgroVista said on Tuesday that rains came late. AgroVista cut its estimate."
    spans = [RawSpan(12, 21, "AgroVista", "ORG"), RawSpan(60, 69, "AgroVista", "ORG")]
    assert [r.text for r in with_camel_names(text, spans)] == ["AgroVista", "AgroVista"]


def test_a_camel_word_takes_in_a_suffix_in_capitals_and_an_occasion_is_left() -> None:
    assert [r.text for r in with_camel_names("GridNet SA told us so.", [])] == ["GridNet SA"]


def test_a_camel_word_inside_a_span_is_left() -> None:
    spans = [RawSpan(0, 17, "Orbitel ClearLine", "ORG")]
    assert with_camel_names("Orbitel ClearLine grew.", spans) == spans


@given(st.text(alphabet="aBcDe FgHi.@/-\n", max_size=60))
def test_never_raises(text: str) -> None:
    for start, end in camel_words(text):
        assert 0 <= start < end <= len(text)
    for span in with_camel_names(text, []):
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tax software maker LedgerNest says its servers held a record.", "LedgerNest"),
        ("Rival platform KaamSathi said on Wednesday that it met most of the norms.", "KaamSathi"),
    ],
)
def test_through_the_model(text: str, name: str) -> None:
    assert name in {m.name for m in find_actors([text])[0]}
