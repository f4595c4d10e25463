"""Whom "I" stands for: the speaker or writer a story just named, in a quotation, a letter or a
speech, or after what leads into a person's own words; elsewhere the writer of the text, who
is no actor (read by `events/anaphora.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.sentences import Sentence

#: "I" as a subject where a clause or a quotation opens ("I have asked Tim Cook ...", "“I'm
#: honoured,”"): the writer or speaker the story just named. Case-sensitive: "World War I"
#: and "Phase I" stand after a name, not where a clause opens.
FIRST_PERSON = re.compile(r"(?:^|[,:;“\"(]\s*)(I)(?:\s+[a-z]|['’](?:m|ve|d|ll)\b|\s*$)")


def first_person_points(
    text: str,
    sentence: Sentence,
    earlier: Sequence[Sentence],
    pointed: dict[int, list[str]],
    named_person: bool,
) -> bool:
    """Whether "I" in `sentence` may stand for a person named before it: in a quotation (the
    speaker the story just named), after what leads into a person's own words, a colon or a
    verb of writing ("Jobs's email, which reads: ...", "Mr. Hale: Yes. I received a
    letter", "Vell wrote to the staff on Monday. I have decided"), or in a letter or speech
    whose "I" stood for someone before (`_speaking`). Elsewhere "I" is the writer of the
    text, whom the person named last is not ("The Board has appointed Ana Vell as its
    secretary. I want to thank the staff": a chairman's letter; "In a week with the phone I
    found the battery weak": a review), and stands for no one.

    >>> from timeline.sentences import split_sentences
    >>> text = "The Board appointed Ana Vell. I thank the staff."
    >>> found = split_sentences(text)
    >>> first_person_points(text, found[1], found[:1], {}, False)
    False
    >>> text = "Ana Vell wrote: Team, I am leaving. I thank the staff."
    >>> found = split_sentences(text)
    >>> first_person_points(text, found[-1], found[:-1], {}, False)
    True
    """
    speaking = _speaking(earlier, pointed)
    if named_person or speaking:
        return speaking
    paragraph = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.end]
    if any(mark in paragraph for mark in '"“”'):
        return True  # a quotation: the speaker
    return any(_LEAD_IN.search(s.text) for s in earlier)


#: What leads into a person's own words: a colon, or her writing ("Vell wrote to the staff").
_LEAD_IN = re.compile(r":|\b(?:wrote|writes|reads)\b")


def _speaking(earlier: Sequence[Sentence], pointed: dict[int, list[str]]) -> bool:
    """Whether an earlier sentence of the window said "I" for someone: a letter or a speech
    goes on ("I will continue as CEO. I have asked Tim Cook to ..."), whoever else it names."""
    return any(s.start in pointed and FIRST_PERSON.search(s.text) for s in earlier)
