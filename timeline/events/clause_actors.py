"""Which actors go with which clause: in a sentence with several dated clauses, each clause
takes the names written in it, and the subject before the first verb goes to every clause but
a relative one or one with a subject of its own (`clause_actors`); an event noun takes the
names of its own phrase ("Saddam Hussein's ouster": `actors_before`). Split from `clauses`
(stop 46), which gives each clause its date.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Ann Lee founded Tarvo in 1976, and Bo Kim joined Vela in 2003."
    >>> founded = Predicate(8, 15, "found", tense="past")
    >>> joined = Predicate(42, 48, "join", tense="past")
    >>> spans = [(0, 7, "person"), (16, 21, "org"), (35, 41, "person"), (49, 53, "org")]
    >>> mentions = [
    ...     ActorMention(s, e, text[s:e], text[s:e], t.replace("org", "organisation"))
    ...     for s, e, t in spans
    ... ]
    >>> names, types = [m.name for m in mentions], [m.type for m in mentions]
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> actors = clause_actors(text, sentence, [founded, joined], names, types, mentions)
    >>> actors[founded][0], actors[joined][0]
    (['Ann Lee', 'Tarvo'], ['Bo Kim', 'Vela'])
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.events.event import actors_in

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = ["actors_before", "clause_actors"]

#: Where a clause opens, for its actors: ", and", "that", "which".
_CLAUSE_MARK = re.compile(
    r"[;:,]|\b(?:and|but|while|whereas|then|that|which|who|whose|when|after|before|because)\b"
)

#: A relative clause's opening word: its clause is the name's before it ("Pixar, which").
_RELATIVE = re.compile(r"(?:which|who|whose)\b", re.IGNORECASE)


def actors_before(
    mentions: Sequence[ActorMention], sentence: Sentence, predicate: Predicate
) -> tuple[list[str], list[str]]:
    """The actors of a noun's own phrase: "Saddam Hussein's ouster" -> Saddam Hussein."""
    noun_start = sentence.start + predicate.start
    return actors_in(mentions, max(sentence.start, noun_start - 40), noun_start)


def clause_actors(
    text: str,
    sentence: Sentence,
    owners: Sequence[Predicate],
    names: Sequence[str],
    types: Sequence[str],
    mentions: Sequence[ActorMention],
) -> dict[Predicate, tuple[list[str], list[str]]]:
    """The actors of each dated clause of a sentence with several: "Apple Computer was started
    by Steve Jobs in 1976, and launched the iTunes Music Store in 2003" gives Jobs to 1976 and
    the store to 2003. Names before the first clause's verb (the subject), and persons "he"
    stands for, belong to every clause but a relative one ("Pixar, which was acquired by
    Disney in 2005" is Pixar's and Disney's; "whose" opens one too, and "who" stands for a
    person, "which" for a thing) and one with a subject of its own ("Dong Khe fell
    on September 18, and Cao Bang fell on October 3"); any other name belongs to the clause it
    is written in. Empty for a sentence of fewer than two dated verbs."""
    verbs = sorted((p for p in owners if not p.nominal), key=lambda p: p.start)
    if len(verbs) < 2:
        return {}
    starts = _clause_starts(text, sentence, verbs)
    mentioned: set[str] = set()
    own: dict[Predicate, set[str]] = {p: set() for p in verbs}
    shared: set[str] = set()
    last_before: dict[Predicate, str] = {}
    last_of_kind: dict[tuple[Predicate, bool], str] = {}  # the last person's, or thing's
    subjects: set[Predicate] = set()  # later clauses with a subject of their own
    subject_names: dict[Predicate, set[str]] = {}
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    for index in range(first, len(mentions)):  # not a slice: no copy of the document's list
        mention = mentions[index]
        if mention.start >= sentence.end:
            break
        mentioned.add(mention.name)
        clause = bisect_left(starts, mention.start + 1) - 1
        if clause < 0:
            shared.add(mention.name)
        else:
            own[verbs[clause]].add(mention.name)
            if clause and mention.end <= sentence.start + verbs[clause].start:
                subjects.add(verbs[clause])  # "..., and Cao Bang finally fell": its own
                subject_names.setdefault(verbs[clause], set()).add(mention.name)
        for verb, start in zip(verbs, starts, strict=True):
            if mention.end <= start:
                last_before[verb] = mention.name
                person = mention.type == "person"
                if not person or text.startswith(",", mention.end):
                    last_of_kind[(verb, person)] = mention.name  # a person its apposition follows
    shared |= {name for name in names if name not in mentioned}  # "he", resolved
    result: dict[Predicate, tuple[list[str], list[str]]] = {}
    for verb, start in zip(verbs, starts, strict=True):
        wanted = set(own[verb])
        relative = _RELATIVE.match(text, start) if verb is not verbs[0] else None
        if relative is not None:
            # "Pixar, which was acquired": Pixar's clause; "who" stands for the last person
            # named before it with a comma after ("Ann Roe, the head of Tarvo Ltd, who died
            # in 1988": Ann Roe's), "which" for the last thing; "whose" for the last name
            word = relative.group().casefold()
            kind = (verb, word == "who") if word in ("who", "which") else None
            antecedent = last_of_kind.get(kind) if kind is not None else None
            if antecedent is None:
                antecedent = last_before.get(verb)
            if antecedent is not None:
                wanted.add(antecedent)
        elif verb not in subjects:
            wanted |= shared
        if verb is verbs[0] and verb.start == 0:
            # "Founded in 1981, the firm installed ...": the participle's subject is the
            # main clause's
            wanted |= subject_names.get(verbs[1], set())
        kept = [(n, t) for n, t in zip(names, types, strict=True) if n in wanted]
        result[verb] = ([n for n, _ in kept], [t for _, t in kept])
    return result


def _clause_starts(text: str, sentence: Sentence, verbs: Sequence[Predicate]) -> list[int]:
    """Where each verb's clause opens in `text`: the first at its verb, each later one at its
    last marker after the verb before (", and", "that", "which"), else at its verb."""
    starts = [sentence.start + verbs[0].start]
    for previous, verb in itertools.pairwise(verbs):
        markers = list(
            _CLAUSE_MARK.finditer(text, sentence.start + previous.end, sentence.start + verb.start)
        )
        starts.append(markers[-1].start() if markers else sentence.start + verb.start)
    return starts
