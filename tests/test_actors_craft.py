"""Named craft: a satellite, rocket, aircraft or ship named with a number beside a noun of a
craft is a product (`timeline/actors/craft.py`)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.craft import (
    _EDGE_AFTER,
    _EDGE_BEFORE,
    _LOWER_WORD,
    _common,
    _patterns,
    craft_names,
    with_named_craft,
)
from timeline.actors.spans import RawSpan


def _names(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_actors([text])[0]}


def test_a_satellite_named_with_a_number_is_a_product_wherever_written() -> None:
    text = (
        "Kenya's first weather satellite, Mvua-3, reached orbit on Sunday. "
        "Engineers in Nanyuki began work on Mvua-3 in 2021. Its predecessor, Mvua-2, "
        "burned up last year."
    )
    names = _names(text)
    assert names.get("Mvua-3") == "product", names
    assert names.get("Mvua-2") == "product", names


def test_a_name_in_apposition_with_a_craft_noun_is_a_product() -> None:
    text = "The agency announced the launch of Kestrel-4, a small radar microsatellite, today."
    assert [text[s:e] for s, e in craft_names(text)] == ["Kestrel-4"]
    text = "A sounding rocket, the Tarang-1, was fired from the coast at dusk."
    assert [text[s:e] for s, e in craft_names(text)] == ["Tarang-1"]


def test_the_maker_read_with_its_rocket_is_the_maker_and_the_rocket() -> None:
    text = "It rode a Borealis Launch Systems Aurora 3 rocket into orbit."
    names = _names(text)
    assert names.get("Borealis Launch Systems") == "organisation", names
    assert names.get("Aurora 3") == "product", names
    assert not any(name.startswith("a ") for name in names), names


def test_a_model_span_holding_the_name_with_its_maker_stays() -> None:
    text = "The navy grounded its Halden KX-40 Osprey helicopters."
    raw = [RawSpan(22, 41, "Halden KX-40 Osprey", "PRODUCT")]
    assert with_named_craft(text, raw) == raw


def test_numbered_names_without_a_craft_noun_are_no_craft() -> None:
    for text in [
        "The ARDENT-2 trial enrolled 400 patients in Lyon.",  # a trial's acronym
        "The Cal-25 contract traded at $15,000 a day.",
        "Cases of COVID-19 rose on the cruise ship.",
        "A sorghum line called Tana-9 doubled its grain.",
        "NWS-OS-11-27-73 1604GMT",  # a wire's slug
        "The plane landed on Runway 19 at noon.",
    ]:
        assert craft_names(text) == [], text


@given(st.text(alphabet="Ab1- ,.sateliroc", max_size=60))
def test_craft_names_are_spans_of_the_text_and_never_raise(text: str) -> None:
    for start, end in craft_names(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def test_the_makers_one_word_before_the_name_is_part_of_it() -> None:
    text = "Fog grounded both Lindqvar LQ-210 water bombers. The LQ-210 flew again at noon."
    names = {m.text: m.name for m in find_actors([text])[0]}
    assert names.get("Lindqvar LQ-210") == "Lindqvar LQ-210", names
    assert "LQ-210" not in names.values(), names


def test_a_number_after_a_modifier_is_no_craft() -> None:
    for text in ["About 300 ships pass the cape every day.", "Some 40 rockets were ready."]:
        assert craft_names(text) == [], text
        assert _names(text) == {}, text


def _craft_names_every_pattern(text: str) -> list[tuple[int, int]]:
    """`craft_names` as written before its prefilter: every pattern searched, always."""
    lines: set[str] = set()
    lower = frozenset(_LOWER_WORD.findall(text))
    for pattern in _patterns():
        for match in pattern.finditer(text):
            line = re.split(r"[- ]\d", match["name"])[0]
            if not _common(line, lower):
                lines.add(line)
    if not lines:
        return []
    stems = "|".join(re.escape(line) for line in sorted(lines, key=len, reverse=True))
    numbered = re.compile(rf"{_EDGE_BEFORE}(?:{stems})[- ]\d+[A-Za-z]?{_EDGE_AFTER}")
    return [match.span() for match in numbered.finditer(text)]


_CRAFT_PIECES = st.sampled_from(
    [
        "Ikaze-2",
        "KX-14",
        "Halcyon 2",
        "Tarrow 7b",
        " rocket",
        " satellite",
        " tankers",
        "the satellite ",
        ", an Earth observation microsatellite",
        ", the ",
        "About 300 ships",
        " ikaze ",
        "-",
        " ",
        ". ",
    ]
)


@given(st.lists(_CRAFT_PIECES, max_size=14).map("".join))
def test_the_hyphen_prefilter_finds_what_every_pattern_finds(text: str) -> None:
    # a text with no letter, hyphen and figure is searched by the first pattern only: the
    # others name craft by hyphened names, which hold one
    assert craft_names(text) == _craft_names_every_pattern(text)


def test_a_spaced_name_before_its_noun_is_found_without_a_hyphen() -> None:
    text = "Crews readied a Halcyon 2 rocket and a Tarrow 7 airliner."
    assert [text[a:b] for a, b in craft_names(text)] == ["Halcyon 2", "Tarrow 7"]
