"""The persons' sexes told by the "he" and "she" of earlier sentences, read once per document
(`timeline/events/anaphora._genders`, stop 34): the same as reading every earlier sentence again
for each sentence. Invented names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import ActorMention
from timeline.actors.referents import gendered_words, person_genders
from timeline.events.anaphora import _ANAPHOR, _genders
from timeline.sentences import Sentence, split_sentences

_SENTENCES = [
    "Ana Roe spoke.",
    "She left.",
    "He stayed.",
    "Tom Bex came.",
    "They met.",
    "It rained.",
]
_PERSONS = ["Ana Roe", "Tom Bex"]


def _by_reading_all(
    text: str,
    sentences: list[Sentence],
    number: int,
    mentions: tuple[ActorMention, ...],
    pointed: dict[int, list[str]],
) -> dict[str, str]:
    """`_genders` as it was: every sentence before the `number`th read again."""
    said: dict[str, set[str]] = {}
    for sentence in sentences[:number]:
        persons = pointed.get(sentence.start, [])
        match = _ANAPHOR.search(sentence.text) if len(persons) == 1 else None
        gender = gendered_words().get(match.group(1).lower()) if match is not None else None
        if gender is not None:
            said.setdefault(persons[0], set()).add(gender)
    genders = {name: next(iter(found)) for name, found in said.items() if len(found) == 1}
    return genders | person_genders(text, mentions)


@given(
    st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=10),
    st.lists(st.sampled_from([0, 1, 2]), min_size=10, max_size=10),
    st.lists(st.integers(0, 9), min_size=1, max_size=12),
)
def test_each_sentence_read_once_tells_the_sexes_of_reading_all_again(
    chosen: list[str], points: list[int], order: list[int]
) -> None:
    text = " ".join(chosen)
    sentences = split_sentences(text)
    mentions: tuple[ActorMention, ...] = ()
    pointed: dict[int, list[str]] = {}
    for asked in order:  # asked in any order, the document's pointers growing as it is read
        number = min(asked, len(sentences))
        assert _genders(text, sentences, number, mentions, pointed) == _by_reading_all(
            text, sentences, number, mentions, pointed
        )
        if number < len(sentences) and points[number % len(points)]:
            pointed[sentences[number].start] = [_PERSONS[points[number % len(points)] - 1]]
