"""Persons the model took for organisations or things (`timeline/actors/described_persons.py`):
invented sentences."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.described_persons
from timeline.actors.described_persons import described_persons
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import title_pattern


def _span(text: str, name: str, label: str = "ORG", nth: int = 0) -> RawSpan:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return RawSpan(at, at + len(name), name, label)


def _labels(text: str, raw: list[RawSpan]) -> list[str]:
    return [r.label for r in described_persons(text, raw)]


def test_a_name_described_by_who_is_a_person_everywhere() -> None:
    text = "Marta Ilves Roon, an Estonian painter who lived in Tartu, died. Marta Ilves Roon was 8."
    raw = [_span(text, "Marta Ilves Roon"), _span(text, "Marta Ilves Roon", nth=1)]
    assert _labels(text, raw) == ["PERSON", "PERSON"]


def test_a_headline_apposition_without_an_article_counts() -> None:
    text = "Marta Ilves Roon, Estonian painter who fled in 1944, dies at 88"
    assert _labels(text, [_span(text, "Marta Ilves Roon", "PRODUCT")]) == ["PERSON"]


def test_an_age_after_the_name_makes_a_person() -> None:
    text = "Teodor Halme, 61, was charged on Monday."
    assert _labels(text, [_span(text, "Teodor Halme")]) == ["PERSON"]


def test_a_title_right_before_the_name_makes_a_person() -> None:
    text = "Police spokesperson Wanjiru Odhiambo said the roads were closed."
    assert _labels(text, [_span(text, "Wanjiru Odhiambo")]) == ["PERSON"]


def test_organisations_stay_organisations() -> None:
    text = (
        "Tarn Valley Holdings, which owns the mill, said so. Kestrel Pump Co., 58, is old. "
        "Velm, and others who sued, lost. Chief executive of Ostra Bank, he said."
    )
    raw = [
        _span(text, "Tarn Valley Holdings"),
        _span(text, "Kestrel Pump Co."),
        _span(text, "Velm"),
        _span(text, "Ostra Bank"),
    ]
    assert _labels(text, raw) == ["ORG", "ORG", "ORG", "ORG"]


def test_a_place_keeps_its_label() -> None:
    text = "Ruvana, 40, is a town. Ruvana grew."
    raw = [_span(text, "Ruvana", "GPE"), _span(text, "Ruvana", "GPE", nth=1)]
    assert _labels(text, raw) == ["GPE", "GPE"]


def test_examples_run() -> None:
    results = doctest.testmod(timeline.actors.described_persons)
    assert results.attempted > 0
    assert results.failed == 0


@given(st.text(max_size=80), st.sampled_from(["ORG", "PRODUCT", "GPE", "PERSON"]))
def test_only_labels_change(text: str, label: str) -> None:
    raw = [RawSpan(0, len(text), text, label)] if text.strip() else []
    result = described_persons(text, raw)
    assert [(r.start, r.end, r.text) for r in result] == [(r.start, r.end, r.text) for r in raw]
    assert all(r.label in (label, "PERSON") for r in result)


_TITLE_WORDS = ["chief", "executive", "Minister", "of", "for", "State", "Vice-President", "Judge"]
_OTHER_WORDS = ["said", "the", "U.S.", "Defence", "talks", "with", "Ines", "Lee", "sprecher"]


@given(
    st.lists(st.sampled_from(_TITLE_WORDS + _OTHER_WORDS), max_size=7),
    st.sampled_from(["", " ", "  ", "\t"]),
)
def test_a_title_is_looked_for_as_the_full_pattern_would(words: list[str], after: str) -> None:
    # `_titled` reads the window before a name with the shortcut `title_at_end`: it must find
    # a title exactly where the whole pattern does
    window = " ".join(words) + after
    assert timeline.actors.described_persons._titled(window, len(window)) == (
        (match := title_pattern().search(window)) is not None and match.group().strip() != ""
    )


@given(
    st.sampled_from(["chief executive", "chairman", "spokeswoman", "president", "treasurer"]),
    st.sampled_from(["of", "at", "for"]),
    st.sampled_from(["", "the ", "a ", "the former "]),
)
def test_a_title_of_a_body_after_the_comma_makes_a_person(
    title: str, word: str, article: str
) -> None:
    text = f"Teodor Halme, {article}{title} {word} Kestrel Foods, said so on Monday."
    assert _labels(text, [_span(text, "Teodor Halme")]) == ["PERSON"]


def test_a_place_or_a_body_before_a_noun_of_stays_what_it_was() -> None:
    text = "Ruvana, capital of Tarn, grew. Lumen Foods, maker of soups for Vell, grew."
    raw = [_span(text, "Ruvana", "GPE"), _span(text, "Lumen Foods")]
    assert _labels(text, raw) == ["GPE", "ORG"]


# Stop 50, helper `typing`: persons the model took for bodies, told by an apposition's title
# or by a personal title before their surname elsewhere.


def test_a_name_set_off_after_a_title_is_a_person() -> None:
    # a sports wire, a ministry's release, a trade paper
    for text, name in [
        (
            "Fiji's coach, Ruben Talai Moce, said on Tuesday that his side was ready.",
            "Ruben Talai Moce",
        ),
        ("The state's transport minister, R. Anand Kotak, visited the depot.", "R. Anand Kotak"),
        ("The company's managing director, Ola Brekkestad, announced the order.", "Ola Brekkestad"),
    ]:
        assert _labels(text, [_span(text, name)]) == ["PERSON"], text


def test_a_name_before_its_owners_title_is_a_person() -> None:
    text = "Ines Varo Pinto, Talmora's chief executive, said the deal would close in May."
    assert _labels(text, [_span(text, "Ines Varo Pinto")]) == ["PERSON"]


def test_a_surname_after_a_personal_title_elsewhere_makes_the_full_name_a_person() -> None:
    # an old agency report: the full name once, then "Mr." and the surname
    text = "Gaston Meulenaere, a weaver, arrived at noon. Mr. Meulenaere said he would stay."
    raw = [_span(text, "Gaston Meulenaere")]
    assert _labels(text, raw) == ["PERSON"]


def test_bodies_beside_titles_stay_bodies() -> None:
    text = (
        "Its rivals, Tarn Vale, said so. The chairman, Ostra Bank, and others met. "
        "Velm Harbour, the city's port, grew. Kestrel Holdings' chief executive resigned."
    )
    raw = [
        _span(text, "Tarn Vale"),
        _span(text, "Ostra Bank"),
        _span(text, "Velm Harbour"),
        _span(text, "Kestrel Holdings"),
    ]
    assert _labels(text, raw) == ["ORG", "ORG", "ORG", "ORG"]


def test_a_town_named_like_a_person_keeps_its_label() -> None:
    # only spans the model took for a body or a thing are relabelled, never a place
    text = "The mayor, Port Lucas, said so. Mr. Lucas left."
    assert _labels(text, [_span(text, "Port Lucas", "GPE")]) == ["GPE"]
