"""Transcripts: lines opened by their speakers' labels ("MAYA ORTIZ: Welcome back.", "[00:01:14]
INGRID SOLVANG: ...", or a label on a line of its own, "MR. IDRIS BOWEN, M.P. (Minister of
State):", the turn's words on the lines under it). A turn runs from its label to the next one;
"I" in it is its speaker, "we" the organisation its label names, else the speaker.

    >>> from timeline.actors import ActorMention
    >>> text = "Host Maya Ortiz talks to Tomas Berg.\\nMAYA ORTIZ:\\nHello.\\nTOMAS BERG:\\nI left."
    >>> people = [ActorMention(5, 15, "Maya Ortiz", "Maya Ortiz", "person"),
    ...           ActorMention(25, 35, "Tomas Berg", "Tomas Berg", "person")]
    >>> talk = transcript(text, people)
    >>> speaker_actors(text, text.index("I left"), "I left.", talk)
    [('Tomas Berg', 'person')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.actors.not_actors import TURN_LABEL
from timeline.actors.vocabulary import prepositions
from timeline.events.speakers import (
    KnownPersons,
    WrittenNames,
    label_organisation,
    label_speaker,
    label_words,
    name_before_of,
)
from timeline.kinds import ActorType

if TYPE_CHECKING:
    from timeline.actors import ActorMention

__all__ = [
    "FIRST_PERSON",
    "FIRST_PLURAL",
    "SECOND_PERSON",
    "SUBJECT_PLURAL",
    "SUBJECT_SINGULAR",
    "Transcript",
    "Turn",
    "speaker_actors",
    "transcript",
]

#: A speaker speaking of herself; of her side; to the one she asks. These read the
#: contractions and possessives too ("I'm", "our"), sets of their own beside
#: `wordlists.pronouns`.
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my|My|mine)(?![\w'’])")
FIRST_PLURAL = re.compile(r"(?<![\w'’])(?:[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|[Oo]ur|ours)(?![\w'’])")
#: "I" as a subject: "me" and "my" are an object and a possessive, no actor ("With me are
#: the minister and ...").
SUBJECT_SINGULAR = re.compile(r"(?<![\w'’])I(?:['’](?:m|ve|d|ll))?(?![\w'’])")
#: "We" as a subject: "our" and "us" are a possessive and an object, no actor ("Our members
#: will meet", "He told us").
SUBJECT_PLURAL = re.compile(r"(?<![\w'’])(?:[Ww]e|[Ww]e['’](?:re|ve|d|ll))(?![\w'’])")
SECOND_PERSON = re.compile(r"(?<![\w'’])(?:[Yy]ou|[Yy]ou['’](?:re|ve|d|ll)|[Yy]our)(?![\w'’])")

#: A speaker's label opening a line: maybe a time stamp ("[00:01:14]"), up to six capitalised
#: words (a comma may part them: "MR. IDRIS BOWEN, M.P."), maybe a note in brackets ("(Gwen
#: Lloyd-Morgan)", "(Chief Executive, Tasman Rail)"), and a colon ending the line or followed
#: by the turn's words.
_LABEL = re.compile(
    r"^[ \t]*(?:\[\d{1,2}(?::\d{2}){1,2}\][ \t]*)?"
    r"(?P<label>[A-Z][\w.'’&/-]*(?:,?[ \t]+[A-Z][\w.'’&/-]*){0,5})"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,100})\))?[ \t]*:(?:[ \t]+|$)",
    re.MULTILINE,
)
#: A line wholly in square brackets ends a turn: "[MUSIC]", "[END OF RECORDING]".
_BRACKETED_LINE = re.compile(r"^[ \t]*\[[^\]\n]*\][ \t]*$", re.MULTILINE)
#: Turns by persons of the text a transcript has at least.
MIN_TURNS = 2


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's label: where it starts and ends (its words follow), its words (case
    folded), the person who speaks and the organisation the label names for her, if known."""

    start: int
    end: int
    label: str
    speaker: str | None
    organisation: str | None


@dataclass(frozen=True, slots=True)
class Transcript:
    """The turns of a transcript in text order, and where each turn is cut short by a line
    in square brackets."""

    turns: tuple[Turn, ...]
    cuts: tuple[int, ...]
    #: where each turn's words start, in order
    ends: tuple[int, ...] = ()

    @property
    def first_turn(self) -> int:
        """Where the first turn whose speaker is known, or an interviewer's, opens."""
        return self.turns[0].start

    def turn_at(self, position: int) -> int | None:
        """The number of the turn the words at `position` are spoken in, none before the
        first label, inside a label or after a line in square brackets."""
        index = bisect_right(self.ends, position) - 1
        if index < 0:
            return None
        cut = bisect_left(self.cuts, self.turns[index].end)
        if cut < len(self.cuts) and self.cuts[cut] < position:
            return None
        return index


def _asks(words: tuple[str, ...]) -> bool:
    """Whether a label's words are an interviewer's (`not_actors.TURN_LABEL`'s question), who
    asks: "Q (Kalinga Express)".

    >>> _asks(("q",)), _asks(("question",)), _asks(("a",)), _asks(("src",))
    (True, True, False, False)
    """
    turn = TURN_LABEL.match(" ".join(words).upper() + ": ")
    return turn is not None and turn.group(1)[0] == "Q"


def transcript(text: str, mentions: Sequence[ActorMention]) -> Transcript | None:
    """The transcript `text` is: `MIN_TURNS` labels or more that name persons of the text,
    in the label ("TOMAS BERG:") or in its note ("PRESENTER (Gwen Lloyd-Morgan):"); a label
    that names no one is the speaker whose earlier or later label held its words ("MINISTER:"
    after "MR. IDRIS BOWEN (Minister of State):", "SRC:" after "SRC (Shri B. P. Nayak):").
    None for any other text."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < MIN_TURNS:
        return None
    starts = [match.start() for match in labels]
    persons = KnownPersons(m.name for m in mentions if m.type == ActorType.PERSON)
    # an organisation named outside the labels: not "HOST" of "MAYA QUINN (HOST):"
    organisations = list(
        dict.fromkeys(
            m.name
            for m in mentions
            if m.type == ActorType.ORGANISATION and not _in_label(m.start, starts, labels)
        )
    )
    named_in: dict[str, str | None] = {}  # a note -> the organisation it names
    found: list[tuple[re.Match[str], str | None, str | None]] = []
    roles: dict[str, set[str]] = {}  # a word of a speaker's labels -> the speakers
    written = WrittenNames(text)
    for match in labels:
        words = label_words(match.group("label"))
        note = match.group("note")
        speaker = None
        if not _asks(words):  # "Q (Kalinga Express):" names the paper, no speaker
            speaker = label_speaker(written, words, note, persons, organisations)
        if speaker is not None:
            persons.add(speaker)  # "REPORTER (Ulla Berg):" then "ULLA BERG:"
            own = set(speaker.casefold().split())
            for word in words + label_words(note or ""):
                if word not in own:
                    roles.setdefault(word, set()).add(speaker)
        if note is not None and note not in named_in:
            named_in[note] = label_organisation(note, organisations)
        found.append((match, speaker, named_in.get(note) if note is not None else None))
    bodies: dict[str, str] = {}
    for _, speaker, organisation in found:
        if speaker is not None and organisation is not None:
            bodies.setdefault(speaker, organisation)
    for speaker, organisation in _affiliations(text, mentions).items():
        bodies.setdefault(speaker, organisation)  # "Stelios Charalambous of the Fire Service"
    turns: list[Turn] = []
    for match, named, own_body in found:
        label = " ".join(label_words(match.group("label")))
        speaker = named
        if speaker is None:  # "MINISTER:", a role one speaker's labels held
            holding = set.intersection(*(roles.get(word, set()) for word in set(label.split())))
            speaker = next(iter(holding)) if len(holding) == 1 else None
        if not turns and speaker is None and not _asks(tuple(label.split())):
            continue  # the heading's "Date:", "Venue:": no turn yet
        # "KATE ELLWOOD (Chief Investigator, Vell Rail):" speaks for it, named or not
        organisation = own_body or (bodies.get(speaker) if speaker is not None else None)
        turns.append(Turn(match.start(), match.end(), label, speaker, organisation))
    if sum(turn.speaker is not None for turn in turns) < MIN_TURNS:
        return None
    cuts = tuple(match.start() for match in _BRACKETED_LINE.finditer(text))
    return Transcript(tuple(turns), cuts, tuple(turn.end for turn in turns))


def _affiliations(text: str, mentions: Sequence[ActorMention]) -> dict[str, str]:
    """Each name the text writes right before "of" and an organisation's name ("Stelios
    Charalambous of the Cyprus Fire Service"), and that organisation: whom her "we" is.

    >>> from timeline.actors import ActorMention
    >>> text = "With me is Ana Roe of the Vell Fire Service."
    >>> _affiliations(text, [ActorMention(26, 43, "Vell Fire Service", "Vell Fire Service",
    ...                                   "organisation")])
    {'Ana Roe': 'Vell Fire Service'}
    """
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.type == ActorType.ORGANISATION:
            name = name_before_of(text, mention.start)
            if name is not None:
                found.setdefault(name, mention.name)
    return found


def _in_label(position: int, starts: Sequence[int], labels: Sequence[re.Match[str]]) -> bool:
    """Whether `position` lies in one of the `labels` (in text order, starting at `starts`)."""
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < labels[index].end()


def speaker_actors(text: str, start: int, sentence: str, talk: Transcript) -> list[tuple[str, str]]:
    """The (name, type) that the pronouns of the sentence at `start` stand for: "I" in a turn
    its speaker, "we" the organisation her label names, else her (a minister
    speaking for her side), and "you" the person who speaks next, the one answered
    ("QUESTION: You are travelling to New York": the interviewer's label names no one).

    >>> from timeline.actors import ActorMention
    >>> text = "ORTIZ: You wrote it.\\nBERG (Vell Press): We did.\\nORTIZ: At Vell Press?"
    >>> def at(name, kind, start):
    ...     return ActorMention(start, start + len(name), name, name, kind)
    >>> found = [at("Maya Ortiz", "person", 0), at("Tomas Berg", "person", 21),
    ...          at("Vell Press", "organisation", text.rindex("Vell"))]
    >>> talk = transcript(text, found)
    >>> speaker_actors(text, 7, "You wrote it.", talk)
    [('Tomas Berg', 'person')]
    >>> speaker_actors(text, text.index("We did"), "We did.", talk)
    [('Vell Press', 'organisation')]
    """
    found: list[tuple[str, str]] = []
    for pattern in (SUBJECT_SINGULAR, SUBJECT_PLURAL):
        index = _turn_of(pattern, start, sentence, talk)
        actor = _own_actor(pattern, talk.turns[index]) if index is not None else None
        if actor is not None and actor not in found:
            found.append(actor)
    if found:
        return found
    index = _turn_of(SECOND_PERSON, start, sentence, talk)
    answering = _answering(index, talk) if index is not None else None
    return [] if answering is None else [answering]


#: The word before a "you" that is no one acting: a preposition's ("wrote to you") or a
#: thanks ("thank you").
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")


def _acting(pattern: re.Pattern[str], sentence: str, match: re.Match[str]) -> bool:
    """Whether a pronoun of `pattern` may act: not "you" after a preposition or "thank"."""
    if pattern is not SECOND_PERSON or match.group().casefold() != "you":
        return True
    before = _WORD_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
    word = before.group(1).casefold() if before is not None else ""
    return word not in prepositions() and word != "thank"


def _turn_of(pattern: re.Pattern[str], start: int, sentence: str, talk: Transcript) -> int | None:
    """The number of the turn the first pronoun of `pattern` in the sentence at `start` is
    spoken in."""
    for match in pattern.finditer(sentence):
        index = talk.turn_at(start + match.start())
        if index is not None and _acting(pattern, sentence, match):
            return index
    return None


def _own_actor(pattern: re.Pattern[str], turn: Turn) -> tuple[str, str] | None:
    """Whom "I" (`SUBJECT_SINGULAR`) or "we" (`SUBJECT_PLURAL`) spoken in `turn` stands for."""
    if pattern is SUBJECT_PLURAL and turn.organisation is not None:
        return (turn.organisation, ActorType.ORGANISATION.value)
    if turn.speaker is None:
        return None
    return (turn.speaker, ActorType.PERSON.value)


#: Turns after a question looked at for the one who answers it.
ANSWER_REACH = 20


def _answering(index: int, talk: Transcript) -> tuple[str, str] | None:
    """The person who speaks after turn `index`, another than its speaker: the one "you"
    asks; none when another label that names no one speaks next."""
    turn = talk.turns[index]
    for later in talk.turns[index + 1 : index + 1 + ANSWER_REACH]:
        if later.speaker is not None and later.speaker != turn.speaker:
            return (later.speaker, ActorType.PERSON.value)
        if later.speaker is None and later.label != turn.label:
            return None
    return None
