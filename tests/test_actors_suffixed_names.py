"""Names written with a corporate suffix that the model did not find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.spans import RawSpan
from timeline.actors.suffixed_names import suffixed_names


def test_a_run_of_name_words_before_a_suffix_is_a_company() -> None:
    text = (
        "Waiting times rose in May. Korrin Bay Stevedores Sdn Bhd, which runs the main "
        "terminal, said the backlog would clear. Its rival Palomar Freight Pty Ltd agreed."
    )
    assert [r.text for r in suffixed_names(text, [])] == [
        "Korrin Bay Stevedores Sdn Bhd",
        "Palomar Freight Pty Ltd",
    ]


def test_a_name_the_model_found_or_a_lone_word_before_the_suffix_is_left() -> None:
    text = "Shares of Lumo Ltd fell. Tarn Valley Mills Inc. rose."
    found = [RawSpan(25, 42, "Tarn Valley Mills", "ORG")]
    assert suffixed_names(text, found) == []


def test_a_sentence_opener_is_no_word_of_the_name() -> None:
    text = "The Ostrava Glassworks GmbH closed. In Reval Shipping AG, staff struck."
    assert [r.text for r in suffixed_names(text, [])] == [
        "Ostrava Glassworks GmbH",
        "Reval Shipping AG",
    ]


@given(st.text(alphabet="AaBb ,.LtdIncSdnBh&-'", max_size=60))
def test_every_span_is_the_text_it_names(text: str) -> None:
    for span in suffixed_names(text, []):
        assert text[span.start : span.end] == span.text
        assert span.label == "ORG"


def test_a_descriptor_opening_the_sentence_is_no_word_of_the_suffixed_name() -> None:
    text = "Importer Kivu Green Bean Trading PLC said on Monday it had cut orders."
    found = [r.text for r in suffixed_names(text, [])]
    assert found == ["Kivu Green Bean Trading PLC"]
    # inside a sentence the word is the name's own
    text = "Shares of Brewer Harbour Holdings Ltd fell."
    assert [r.text for r in suffixed_names(text, [])] == ["Brewer Harbour Holdings Ltd"]
