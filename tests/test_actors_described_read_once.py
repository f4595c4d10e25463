"""The things a definite description may stand for, read once per text and counted by bisection
(`timeline/actors/described._Described`, stop 35): the same mentions as reading every thing
named before each "the <noun>" again. Invented names and sentences."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.described import (
    _DEFINITE,
    _capital_body,
    _fits,
    _head_words,
    _in_quotation,
    _kinds,
    _noun,
    _subject,
    _surnamed,
    _written,
    described_anaphora,
)
from timeline.actors.settlements import settlement_referent

#: Names, each a mention of a kind the test draws; the rest is the text between them.
_NAMES = ["Korra-3", "Velde Castle", "Arnhem", "Tarsk Savings Bank", "Castle", "Maria Castle"]
#: What follows a name: its description, or a verb.
_AFTER = [
    ", the country's second nanosatellite, is ready. ",
    ", the city's oldest museum, shut. ",
    " museum said. ",
    " bank fell. ",
    " said. ",
    ' said: "',
    " and ",
    ", ",
    "\n",
]
#: Definite descriptions as subjects, and other words.
_WORDS = [
    "The satellite said. ",
    "The museum, which opened in 1911, shut. ",
    "Then the museum said. ",
    "The bank said. ",
    "The city said. ",
    "Schools reopen, the city said. ",
    "The village, home to 400 people, was cut off. ",
    "The castle said. ",
    "The Ministry said. ",
    "the ",
    "The ",
    '" ',
    "\n",
]
_KINDS = ["organisation", "product", "location", "person", "country"]
_PIECES = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["", "the "]),
            st.sampled_from(_NAMES),
            st.sampled_from(_KINDS),
            st.sampled_from(_AFTER),
        ),
        st.tuples(st.just(""), st.sampled_from(_WORDS), st.none(), st.just("")),
    ),
    max_size=30,
)


def _by_reading_all(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`described_anaphora` as it was: every thing named before each anaphor read again."""
    things = [m for m in mentions if not m.text.isupper()]
    if not things:
        return []
    described: list[tuple[ActorMention, set[str], set[str]]] = []
    ends = [m.end for m in things]
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    for match in _DEFINITE.finditer(text):
        start, end = match.span()
        noun = match.group("noun")
        if noun[0].isupper():
            if not _capital_body(noun):
                continue
            noun = noun.casefold()
        if not _noun(noun):
            continue
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue
        if _in_quotation(text, start) or not _subject(text, start, end):
            continue
        if not described:
            surnamed = _surnamed(mentions)
            for thing in things:
                own = _written(text, thing)
                heads = {word for word in _head_words(thing.name) if _noun(word)}
                if thing.name in surnamed:
                    heads = set()
                described.append((thing, heads | own, own))
        before = bisect_right(ends, start)
        kinds = _kinds(noun)
        fitting = {
            m.name: m
            for m, nouns, _ in described[:before]
            if m.type in kinds and _fits(noun, nouns)
        }
        written = {
            m.name: m for m, _, own in described[:before] if m.type in kinds and _fits(noun, own)
        }
        if len(written) == 1 or len(fitting) == 1:
            antecedent = next(iter((written if len(written) == 1 else fitting).values()))
            found.append(
                ActorMention(start, end, text[start:end], antecedent.name, antecedent.type)
            )
        elif not fitting:
            place = settlement_referent(noun, text, start, mentions[:index])
            if place is not None:
                found.append(ActorMention(start, end, text[start:end], place.name, place.type))
    return found


def _text_and_mentions(
    pieces: list[tuple[str, str, str | None, str]],
) -> tuple[str, list[ActorMention]]:
    text = ""
    mentions: list[ActorMention] = []
    for before, piece, kind, after in pieces:
        text += before
        if kind is not None:
            name = "Maria Castle" if piece == "Castle" and kind == "person" else piece
            mentions.append(ActorMention(len(text), len(text) + len(piece), piece, name, kind))
        text += piece + after
    return text, mentions


@settings(max_examples=400)
@given(_PIECES)
def test_the_things_read_once_give_the_mentions_of_reading_them_all_again(
    pieces: list[tuple[str, str, str | None, str]],
) -> None:
    text, mentions = _text_and_mentions(pieces)
    assert described_anaphora(text, mentions) == _by_reading_all(text, mentions)


def test_a_long_text_of_descriptions_finds_each_thing_once_described() -> None:
    story = (
        "Tarsk Savings Bank, the country's largest savings bank, grew. The bank said so. "
        "Korra-3, the country's second nanosatellite, is ready. The satellite flies in May. "
    )
    text = story * 200
    mentions: list[ActorMention] = []
    for offset in range(0, len(text), len(story)):
        for name, kind in (("Tarsk Savings Bank", "organisation"), ("Korra-3", "product")):
            start = text.index(name, offset)
            mentions.append(ActorMention(start, start + len(name), name, name, kind))
    found = described_anaphora(text, mentions)
    assert found == _by_reading_all(text, mentions)
    assert {(m.text, m.name) for m in found} == {
        ("The bank", "Tarsk Savings Bank"),
        ("The satellite", "Korra-3"),
    }
