"""A name's lower-case rest looked up among the longer names that share its first word
(`timeline/actors/name_rests.with_lower_case_rest`, stop 35): the same mentions as reading
every longer name again for each mention. Invented names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.name_rests import _LOWER_WORDS_AFTER, _shortens, with_lower_case_rest
from timeline.kinds import ActorType

_NAMES = [
    "Orlo",
    "orlo",
    "Orlo World Cycling Rankings",
    "Orlo World Rowing Rankings",
    "Orlo Cup",
    "Lyceum",
    "Lyceum World University Rankings",
    "Lyceum Trust Group",
    "Tarsk",
]
_AFTER = [
    " rankings",
    " world rankings",
    " cycling rankings put her first",
    " trust group",
    " group",
    " said",
    ".",
    ", ",
    " world-class rankings",
]
_KINDS = ["organisation", "location", "person", "product"]
_PIECES = st.lists(
    st.tuples(st.sampled_from(_NAMES), st.sampled_from(_KINDS), st.sampled_from(_AFTER)),
    max_size=20,
)


def _by_reading_all(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`with_lower_case_rest` as it was: every longer name read again for each mention."""
    longer = [
        m.name for m in mentions if m.type == ActorType.ORGANISATION and len(m.name.split()) > 2
    ]
    if not longer:
        return []
    found: list[ActorMention] = []
    for mention in mentions:
        if mention.name != mention.text or mention.name in longer:
            continue
        after = _LOWER_WORDS_AFTER.match(text, mention.end)
        if after is None:
            continue
        rest = after.group().split()
        written = [*mention.text.split(), *rest]
        names = {
            name
            for name in longer
            if written[0].casefold() == name.split()[0].casefold()
            for cut in range(1, len(rest) + 1)
            if _shortens([*mention.text.split(), *rest[:cut]], name.split())
        }
        if len(names) == 1:
            name = next(iter(names))
            found.append(replace(mention, name=name, type=ActorType.ORGANISATION))
    return found


def _text_and_mentions(pieces: list[tuple[str, str, str]]) -> tuple[str, list[ActorMention]]:
    text = ""
    mentions: list[ActorMention] = []
    for name, kind, after in pieces:
        mentions.append(ActorMention(len(text), len(text) + len(name), name, name, kind))
        text += name + after + " "
    return text, mentions


@settings(max_examples=400)
@given(_PIECES)
def test_the_longer_names_by_first_word_give_the_mentions_of_reading_them_all(
    pieces: list[tuple[str, str, str]],
) -> None:
    text, mentions = _text_and_mentions(pieces)
    assert with_lower_case_rest(text, mentions) == _by_reading_all(text, mentions)


def test_many_mentions_of_a_shortened_name_are_each_renamed() -> None:
    text, mentions = _text_and_mentions(
        [("Orlo World Cycling Rankings", "organisation", " came out.")]
        + [("Orlo", "location", " rankings put her first.")] * 300
    )
    found = with_lower_case_rest(text, mentions)
    assert found == _by_reading_all(text, mentions)
    assert len(found) == 300
    assert {m.name for m in found} == {"Orlo World Cycling Rankings"}
