"""One word taken for a person that no person's longer name holds, looked up among the words
of the persons' names read once per text (`timeline/actors/organisation_anaphors.lone_word`,
`words_of_persons`, stop 35): the same answer as reading every mention again. Invented names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.organisation_anaphors import lone_word, words_of_persons
from timeline.kinds import ActorType

_NAMES = ["Shahna", "Ana Roe", "Roe", "Tessera", "Tessera Labs", "Ana", "Roe Ana Bex", " Roe"]
_KINDS = ["person", "organisation", "product"]


def _by_reading_all(mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """`lone_word` as it was."""
    if mention.type != ActorType.PERSON or mention.name != mention.text or " " in mention.name:
        return False
    return not any(
        m.type == ActorType.PERSON and mention.name in m.name.split() and m.name != mention.name
        for m in mentions
    )


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(_NAMES), st.sampled_from(_KINDS)),
        max_size=12,
    )
)
def test_lone_words_read_once_answer_as_reading_every_mention(
    drawn: list[tuple[str, str, str]],
) -> None:
    mentions = [
        ActorMention(10 * n, 10 * n + len(text), text, name, kind)
        for n, (text, name, kind) in enumerate(drawn)
    ]
    held = words_of_persons(mentions)
    for mention in mentions:
        expected = _by_reading_all(mention, mentions)
        assert lone_word(mention, mentions, held) == expected
        assert lone_word(mention, mentions) == expected
