"""Q&A interviews: in the turns of an interview ("Q: ..." / "A: ..." lines), "I" and "my" in
an answer are the interviewee the introduction names, "we" and "our" her organisation, and
"you" in a question either of them.

    >>> from timeline.actors import ActorMention
    >>> text = ("Ines Marr runs Velgrove Tea. Ines Marr spoke.\\n"
    ...         "Q: Why?\\nA: I liked tea.\\nQ: And?\\nA: No.")
    >>> ines = [ActorMention(0, 9, "Ines Marr", "Ines Marr", "person"),
    ...         ActorMention(29, 38, "Ines Marr", "Ines Marr", "person")]
    >>> talk = interview(text, ines)
    >>> talk is not None and talk.person
    'Ines Marr'
    >>> turn_actors(text, text.index("I liked"), "I liked tea.", talk)
    [('Ines Marr', 'person')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from timeline.actors.first_words import after_a_place_word
from timeline.actors.not_actors import TURN_LABEL
from timeline.actors.vocabulary import organisation_words
from timeline.events import transcripts
from timeline.events.transcripts import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SECOND_PERSON,
    SUBJECT_PLURAL,
    Transcript,
)
from timeline.kinds import ActorType
from timeline.syntax import QUOTATION  # no model is loaded
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.actors import ActorMention

#: A turn's label opening a line: "Q:", "A:", "Q.", "Question:", "ANSWER:".
_TURN = TURN_LABEL
#: Turns of each kind a text needs to be an interview, not a text quoting one "Q:".
MIN_TURNS = 2
#: "Our" and the word after it: "our school has been closed" is the school writing.
_OUR_WORD = re.compile(r"(?<![\w'’])[Oo]ur\s+([a-z]+)\b")


@cache
def _organisation_nouns() -> frozenset[str]:
    """Nouns that stand for an organisation ("company", "airline"), from
    `data/organisation_anaphors.txt`."""
    return word_set("organisation_anaphors.txt")


def _our_body(sentence: str) -> bool:
    """Whether the sentence names the writer as "our" and an organisation's word ("our school
    has been closed", "our company"), which stands for it, not a thing of it.

    >>> _our_body("As you know, our school has been closed."), _our_body("on our status page")
    (True, False)
    """
    return any(
        match.group(1) in organisation_words() or match.group(1) in _organisation_nouns()
        for match in _OUR_WORD.finditer(sentence)
    )


@dataclass(frozen=True, slots=True)
class Interview:
    """Who speaks in the answers of an interview: the person and the organisation its
    introduction (the text before the first turn) names most, each when one leads."""

    first_turn: int
    person: str | None
    organisation: str | None
    #: in a transcript, its turns and their speakers
    spoken: Transcript | None = None
    #: an organisation writing of itself as "we" (a company's own post): `organisation`
    voice: bool = False


def interview(
    text: str, mentions: Sequence[ActorMention], written: str | None = None
) -> Interview | None:
    """The interview `text` is, or None when it has fewer than `MIN_TURNS` questions and
    answers or its introduction names no person and no organisation (one the model missed
    the interviewee of still speaks as "we" for the organisation the introduction names).
    `written` is the text as written, before its furniture was blanked (the same offsets): a
    transcript's speaker labels on lines of their own are furniture, read there."""
    turns = list(_TURN.finditer(text))
    labels = Counter(match.group(1)[0] for match in turns)
    if labels["Q"] < MIN_TURNS or labels["A"] < MIN_TURNS:
        return transcript(written or text, mentions) or own_voice(text, mentions)
    first_turn = turns[0].start()
    opening = [m for m in mentions if m.end <= first_turn]
    person = _leading(opening, ActorType.PERSON)
    # an organisation written after a place's preposition is a place ("in the Tatras")
    organisation = _leading(
        [m for m in opening if not after_a_place_word(text, m.start, m.end)],
        ActorType.ORGANISATION,
    )
    if person is None and organisation is None:
        return None
    return Interview(first_turn, person, organisation)


def transcript(text: str, mentions: Sequence[ActorMention]) -> Interview | None:
    """A transcript (`events.transcripts.transcript`): "I" and "my" in a turn are its speaker.

    >>> from timeline.actors import ActorMention
    >>> text = "Host Maya Ortiz talks to Tomas Berg.\\nMAYA ORTIZ: Hello.\\nTOMAS BERG: I left."
    >>> people = [ActorMention(5, 15, "Maya Ortiz", "Maya Ortiz", "person"),
    ...           ActorMention(25, 35, "Tomas Berg", "Tomas Berg", "person")]
    >>> talk = transcript(text, people)
    >>> turn_actors(text, text.index("I left"), "I left.", talk)
    [('Tomas Berg', 'person')]
    """
    spoken = transcripts.transcript(text, mentions)
    if spoken is None:
        return None
    return Interview(spoken.first_turn, None, None, spoken=spoken)


#: "We" outside quotations this many times: the text is written in an organisation's voice.
MIN_OWN_VOICE = 3


def own_voice(text: str, mentions: Sequence[ActorMention]) -> Interview | None:
    """A text an organisation writes of itself ("We identified the fault at 14:02 UTC" in a
    company's incident report): "we" and "our" outside quotations, `MIN_OWN_VOICE` times or
    more, are the organisation it names most.

    >>> from timeline.actors import ActorMention
    >>> text = "Velgrove Cloud status. We saw errors. We fixed them. Our team left."
    >>> velgrove = [ActorMention(0, 14, "Velgrove Cloud", "Velgrove Cloud", "organisation")]
    >>> voice = own_voice(text, velgrove)
    >>> turn_actors(text, text.index("We fixed"), "We fixed them.", voice)
    [('Velgrove Cloud', 'organisation')]
    """
    unquoted = _unquoted(text)
    if len(FIRST_PLURAL.findall(unquoted)) < MIN_OWN_VOICE:
        return None
    organisation = _own_site(text, mentions) or _leading(
        _lone_words_as_organisations(mentions), ActorType.ORGANISATION, first_wins=True
    )
    if organisation is None:
        return None
    return Interview(0, None, organisation, voice=True)


def _lone_words_as_organisations(mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`mentions` with each one word the model took for a person that no person's longer name
    holds ("Quillstack users could not sync") as an organisation: in a text written in an
    organisation's voice, its own name, as `actors.anaphora` takes such a word for "It".

    >>> from timeline.actors import ActorMention
    >>> found = [ActorMention(0, 10, "Quillstack", "Quillstack", "person"),
    ...          ActorMention(20, 28, "Ana Ruiz", "Ana Ruiz", "person"),
    ...          ActorMention(40, 44, "Ruiz", "Ana Ruiz", "person")]
    >>> [m.type for m in _lone_words_as_organisations(found)]
    ['organisation', 'person', 'person']
    """
    words = {
        word for m in mentions if m.type == ActorType.PERSON for word in m.name.split()[1:]
    } | {m.name.split()[0] for m in mentions if m.type == ActorType.PERSON and " " in m.name}
    return [
        replace(m, type=ActorType.ORGANISATION)
        if m.type == ActorType.PERSON and " " not in m.name and m.name not in words
        else m
        for m in mentions
    ]


#: A web address or a mail domain the text writes: "klamp.com", "www.velgrove.co.uk".
_DOMAIN = re.compile(
    r"(?<![\w.-])(?:www\.|[\w.+-]+@)?([a-z0-9][a-z0-9-]{2,})\.[a-z]{2,}(?:\.[a-z]{2})?\b"
)


def _own_site(text: str, mentions: Sequence[ActorMention]) -> str | None:
    """The name whose web address the text writes ("Pre-orders open on klamp.com"): the one
    writing of itself as "we", whatever type the model gave its name ("Klamp" taken for a
    person); the one written most when several are.

    >>> from timeline.actors import ActorMention
    >>> text = "Klamp ships. We know. Orders on klamp.com."
    >>> _own_site(text, [ActorMention(0, 5, "Klamp", "Klamp", "person")])
    'Klamp'
    """
    sites = {match.group(1) for match in _DOMAIN.finditer(text)}
    if not sites:
        return None
    named = Counter(
        m.name
        for m in mentions
        if m.type != ActorType.COUNTRY and "".join(m.name.casefold().split()) in sites
    )
    return named.most_common(1)[0][0] if named else None


def _unquoted(text: str) -> str:
    """`text` with its quotations blanked: "we" in a quotation is the speaker's."""
    return QUOTATION.sub(lambda match: " " * len(match.group()), text)


def _leading(
    mentions: Sequence[ActorMention], kind: ActorType, *, first_wins: bool = False
) -> str | None:
    """The name of `kind` written most often, when no other is written as often; with
    `first_wins`, of those written as often the one written first (a release names its
    writer in its lead).

    >>> from timeline.actors import ActorMention
    >>> a, b = (ActorMention(s, s + 1, n, n, "organisation") for s, n in [(0, "A"), (5, "B")])
    >>> _leading([a, b], ActorType.ORGANISATION), _leading([a, b], ActorType.ORGANISATION,
    ...                                                     first_wins=True)
    (None, 'A')
    """
    counts = Counter(m.name for m in mentions if m.type == kind)
    if not counts:
        return None
    most = max(counts.values())
    tied = [name for name, count in counts.items() if count == most]
    if len(tied) == 1:
        return tied[0]
    if not first_wins:
        return None
    first = {m.name: m.start for m in reversed(mentions) if m.name in tied}
    return min(tied, key=lambda name: first[name])


def turn_actors(text: str, start: int, sentence: str, talk: Interview) -> list[tuple[str, str]]:
    """The (name, type) that the pronouns of the sentence at `start` stand for in its turn:
    the interviewee for "I" in an answer, her organisation (or her) for "we" in an answer or
    "you" in a question; none outside the turns."""
    if start < talk.first_turn:
        return []
    line_start = text.rfind("\n", 0, start) + 1
    if talk.voice and talk.organisation:
        unquoted = _unquoted(sentence)
        if not (SUBJECT_PLURAL.search(unquoted) or _our_body(unquoted)):
            return []
        return [(talk.organisation, ActorType.ORGANISATION.value)]
    if talk.spoken is not None:
        return transcripts.speaker_actors(text, start, sentence, talk.spoken)
    turn = _TURN.match(text, line_start)
    if turn is None:
        return []
    person = (talk.person, ActorType.PERSON.value) if talk.person else None
    body = (talk.organisation, ActorType.ORGANISATION.value) if talk.organisation else person
    found: list[tuple[str, str]] = []
    if turn.group(1)[0] == "A":
        if person is not None and FIRST_PERSON.search(sentence):
            found.append(person)
        if body is not None and FIRST_PLURAL.search(sentence) and body not in found:
            found.append(body)
    elif body is not None and SECOND_PERSON.search(sentence):
        found.append(body)
    return found
