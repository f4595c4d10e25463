"""Birth names: the name a person "was born" with, or had "née", is that person, not a new
actor ("Ms. Akers was born Jane Mae Smith in 1940").

    >>> text = "Ms. Akers was born Jane Mae Smith in 1940."
    >>> akers = ActorMention(4, 9, "Akers", "Jane Akers", "person")
    >>> smith = ActorMention(19, 33, "Jane Mae Smith", "Jane Mae Smith", "person")
    >>> [m.name for m in birth_names(text, [akers, smith])]
    ['Jane Akers', 'Jane Akers']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from timeline.actors.mention import ActorMention
from timeline.actors.referents import main_person
from timeline.kinds import ActorType
from timeline.sentences import split_sentences
from timeline.wordlists import alternation, pronouns

#: The words right before a birth name: "was born Jane Smith", "born as Jane Smith", "(née
#: Smith)"; not "born in Leeds" nor "born on".
_BIRTH = re.compile(r"\b(?:born(?:\s+as)?|n[ée]e)\s+$")
#: A subject "he" or "she" opening a sentence: "She was born Jane Smith".
_PRONOUN_SUBJECT = re.compile(
    alternation(
        pronouns("subject", person="third", number="singular", personal=True), "capitalised"
    )
    + r"\s"
)


def birth_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` (sorted) with each person named right after "born" or "née" renamed to the
    person whose birth it tells: the last person named before it in its sentence, or, after
    a "She" opening the sentence, the main person of the story (`referents.main_person`)."""
    born = [
        index
        for index, mention in enumerate(mentions)
        if mention.type == ActorType.PERSON
        and _BIRTH.search(text, max(0, mention.start - 12), mention.start)
    ]
    if not born:
        return mentions
    openings = [sentence.start for sentence in split_sentences(text)]
    result = list(mentions)
    for index in born:
        mention = mentions[index]
        opening = openings[max(0, bisect_right(openings, mention.start) - 1)]
        earlier = [
            m
            for m in result[:index]
            if m.type == ActorType.PERSON and m.start >= opening and m.name != mention.name
        ]
        if earlier:
            person: str | None = earlier[-1].name
        elif _PRONOUN_SUBJECT.match(text, opening):
            person = main_person(tuple(m for m in mentions if m is not mention))
        else:
            person = None
        if person is not None:
            result[index] = replace(mention, name=person)
    return result
