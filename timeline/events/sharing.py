"""Actors the rows of one sentence share: a sentence with several dated clauses gives a row per
clause, each with the persons and organisations of its clause (`clause_actors.clause_actors`,
`reports`); its places, and a speaker named after what was said, belong to every row, and
so does everyone it names when it is one statement (`one_statement`).

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Waits at Quimper fell in May, the port authority said on Friday."
    >>> fell, said = Predicate(17, 21, "fall", tense="past"), Predicate(49, 53, "say")
    >>> sorted(shared_actors(text, Sentence(0, len(text), text, 0), [fell, said],
    ...                      ["Quimper", "Brest Port Authority"], []))
    ['Brest Port Authority', 'Quimper']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES, THIS_OR_THAT
from timeline.kinds import ActorType
from timeline.syntax import reporting_verbs
from timeline.wordlists import alternation, pronouns

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate


def shared_actors(
    text: str,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    names: Sequence[str],
    mentions: Sequence[ActorMention],
) -> set[str]:
    """The actors of `names` (the sentence's) that each of its rows has: every one when the
    sentence is a statement and what was said, its speaker named after it (`said_last`:
    "Waiting times at Chattogram fell in August, the port authority said on Wednesday" is
    the authority's and Chattogram's in both rows) or before it (`said_first`: "The port
    authority said on Wednesday that waiting times at Chattogram fell in August", the same
    rows), else its places (`sentence_places`), coordinated clauses too ("The premier will fly
    to Brest this afternoon and visit the shelter at Quimper on Saturday": both rows are
    Brest's and Quimper's, as the outlet gold gives them). Clauses coordinated
    inside what was said are one statement still ("Roe said the doses were flown to Quimper
    and reached Brest on Sunday", "Roe declared a holiday and flew to Brest on Sunday, his
    office said"): its rows share every actor.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Ana Roe said the doses reached Brest in May and left in June."
    >>> found = [ActorMention(0, 7, "Ana Roe", "Ana Roe", "person"),
    ...          ActorMention(31, 36, "Brest", "Brest", "location")]
    >>> verbs = [Predicate(8, 12, "say"), Predicate(23, 30, "reach"), Predicate(49, 53, "leave")]
    >>> sorted(shared_actors(text, Sentence(0, len(text), text, 0), verbs,
    ...                      ["Ana Roe", "Brest"], found))
    ['Ana Roe', 'Brest']
    """
    if said_last(text[sentence.start : sentence.end], verbs) or said_first(
        text, sentence, verbs, mentions, names
    ):
        return set(names)
    coordinated = coordinated_clauses(text[sentence.start : sentence.end], verbs)
    return sentence_places(text, sentence, mentions, retyped=not coordinated)


def with_shared_actors(
    events: Sequence[Event],
    names: Sequence[str],
    types: Sequence[str],
    shared: set[str],
    verbs: Collection[str] = (),
    whole: bool = False,
) -> list[Event]:
    """Each of a sentence's `events` with the `shared` actors added, in the order the
    sentence names them: the place of an event is where the whole sentence happens ("Ferrant
    said on Monday that it would open a depot in Lorient in May": the statement and the
    opening are both Lorient's; "The bridge, which opened in Brest in 1994, closed on
    Friday"). A row of a verb of the sentence (one of `verbs`, lemmas) has all the
    sentence's actors, as the outlet gold gives them, when the sentence is one statement
    (`whole`, `one_statement`: "Shares of Kestrel fell on Tuesday after the Tarn Authority
    suspended its licence on Monday"), or when it names no one of its own ("The motion was
    lodged on May 28, but Speaker Lea Vell ruled it out a week later": both rows are hers).
    Else persons and organisations stay with their clause, as the entity timelines have them
    (coordinated clauses, a clause a comma and "and" opens, a relative clause); so does an
    event noun's row ("at the conference less than two weeks ago"), whose date may be the
    noun's alone.

    >>> from timeline.events.event import Event
    >>> said = Event("e1", "d", "s", 0, 1, 0, "vague", None, None, None, "", "", None, None,
    ...              ("Ferrant",), ("organisation",))
    >>> opening = replace(said, event_id="e2", actors=("Lorient",), actor_types=("location",))
    >>> [e.actors for e in with_shared_actors([said, opening], ["Ferrant", "Lorient"],
    ...                                       ["organisation", "location"], {"Lorient"})]
    [('Ferrant', 'Lorient'), ('Lorient',)]
    """
    if len(events) < 2:
        return list(events)
    result: list[Event] = []
    for event in events:
        own = set(event.actors) | shared
        if event.action in verbs and (whole or not event.actors):
            own = set(names)
        kept = [(n, t) for n, t in zip(names, types, strict=True) if n in own]
        kept += [
            (n, t) for n, t in zip(event.actors, event.actor_types, strict=True) if n not in names
        ]
        actors, kinds = tuple(n for n, _ in kept), tuple(t for _, t in kept)
        result.append(replace(event, actors=actors, actor_types=kinds))
    return result


#: a preposition of place right before a name: "in Lorient", "near the Tasman Sea", "20 km
#: south-west of Brest"
_AT_A_PLACE = re.compile(
    r"\b(?:in|at|near|from|to|into|between|across|off|outside|around|and|of the|"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a determiner or possessive right before a name, which may then describe a thing
_DETERMINER_BEFORE = re.compile(rf"\b(?:{ARTICLES}|{POSSESSIVES}|{THIS_OR_THAT})\s+$", re.I)
#: "by" right before a name: an agent ("the move by Velgrove"), whatever the model typed it
_AGENT_BEFORE = re.compile(r"\bby\s+$")
#: a lower-case word right after a name: the noun it describes ("the Dublin cluster")
_NOUN_AFTER = re.compile(r" [a-z]")


def sentence_places(
    text: str, sentence: Sentence, mentions: Sequence[ActorMention], *, retyped: bool = True
) -> set[str]:
    """The places a sentence names, where its things happen: its countries and locations,
    written after a preposition of place or not ("in Lorient", "the level of Lake Arzal");
    not a place that only describes a thing ("when the Dublin cluster failed", "our Brest
    refinery"), which the outlet gold leaves out, nor a name after "by", who acts ("the move
    by Velgrove": a company the model may take for a place). A name the model typed otherwise
    is a place too where it is written right after a preposition of place
    (`_written_at_a_place`: "conceded defeat in Tongatapu 2"), unless not `retyped` (the
    places coordinated clauses share: "bought a stake in Kelso Ltd ... and has since raised
    it" names a company).

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = "Rain filled the Brest reservoir and the level of Lake Arzal in Peru."
    >>> found = [ActorMention(16, 21, "Brest", "Brest", "location"),
    ...          ActorMention(49, 59, "Lake Arzal", "Lake Arzal", "location"),
    ...          ActorMention(63, 67, "Peru", "Peru", "country")]
    >>> sorted(sentence_places(text, Sentence(0, len(text), text, 0), found))
    ['Lake Arzal', 'Peru']
    """
    places: set[str] = set()
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= sentence.end:
            break
        if (
            mention.type == ActorType.COUNTRY
            or (
                mention.type == ActorType.LOCATION
                and not _describes_a_thing(text, sentence, mention)
                and _AGENT_BEFORE.search(
                    text, max(sentence.start, mention.start - 5), mention.start
                )
                is None
            )
            or (retyped and _written_at_a_place(text, sentence, mention))
        ):
            places.add(mention.name)
    return places


#: a preposition of place right before a name, whatever the model typed it: "in Ongwediva",
#: "at Kalavasos", "between Mahe" (not "and": "Roe and Lee"), "from Kourou", "to Lahore"
_IN_A_PLACE = re.compile(r"\b(?:in|at|near|between|outside|around|from|to)\s+$")


def _written_at_a_place(text: str, sentence: Sentence, mention: ActorMention) -> bool:
    """Whether a name the model took for an organisation, a person or a product is written
    where a place is, right after a preposition of place ("conceded defeat in Tongatapu 2",
    "a service between Mahe and ...", "launched from Kourou"): a place of the whole
    sentence, as the outlet gold has it (each of its rows names all it names).

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = "Roe lost in Tarnow on Monday and left on Friday."
    >>> tarnow = ActorMention(12, 18, "Tarnow", "Tarnow", "organisation")
    >>> _written_at_a_place(text, Sentence(0, len(text), text, 0), tarnow)
    True
    """
    if mention.type not in _RETYPED_PLACES or mention.text != mention.name:
        return False
    window = max(sentence.start, mention.start - 12)
    return _IN_A_PLACE.search(text, window, mention.start) is not None and not _describes_a_thing(
        text, sentence, mention
    )


_RETYPED_PLACES = frozenset({ActorType.ORGANISATION, ActorType.PERSON, ActorType.PRODUCT})


def _describes_a_thing(text: str, sentence: Sentence, mention: ActorMention) -> bool:
    """Whether a location is written between a determiner and a noun ("the Dublin cluster"),
    not after a preposition of place ("at the Leeds plant" is where things happen)."""
    window = max(sentence.start, mention.start - 30)
    return (
        _NOUN_AFTER.match(text, mention.end) is not None
        and _DETERMINER_BEFORE.search(text, window, mention.start) is not None
        and _AT_A_PLACE.search(text, window, mention.start) is None
    )


#: "and" right before a verb, with at most one word between ("and first appeared")
_AND_BEFORE = re.compile(r"\band\s+(?:[a-z]+\s+)?$")


def coordinated_clauses(text: str, verbs: Sequence[Predicate]) -> bool:
    """Whether a sentence coordinates clauses, a later verb right after "and" ("The team
    will brief the ministry tomorrow and will repeat the survey in Latvia next year"): each
    clause is a row with its own persons and organisations (`one_statement`); its places
    are every row's (`shared_actors`).

    >>> from timeline.syntax import Predicate
    >>> text = "It will brief them tomorrow and will repeat it in Riga next year."
    >>> coordinated_clauses(text, [Predicate(8, 13, "brief"), Predicate(37, 43, "repeat")])
    True
    >>> said, opening = Predicate(8, 12, "say"), Predicate(22, 26, "open")
    >>> coordinated_clauses("Ferrant said it would open in Lorient.", [said, opening])
    False
    """
    return any(_AND_BEFORE.search(text, max(0, v.start - 20), v.start) for v in verbs[1:])


#: a clause of its own after a comma and "and" or "but", or after a semicolon, its subject
#: maybe between (", and Tarn Bank said", ", but Speaker Lea Vell ruled"), or a relative
#: clause, its antecedent's ("Pixar, which was acquired by Disney in 2006")
_JOINED_BEFORE = re.compile(r"(?:,\s+(?:and|but)|;)\s|\b(?:which|who|whom|whose)\b")


def one_statement(text: str, verbs: Sequence[Predicate]) -> bool:
    """Whether the clauses of a sentence (`text`) make one statement, each of its rows about
    all it names (`with_shared_actors`): no later verb right after "and"
    (`coordinated_clauses`), nor in a clause that a comma and "and" or "but", or a
    semicolon, opens ("Jo Marsh left Tarn Bank in March, and Kelso Ltd hired her in May"),
    nor in a relative clause ("Roe bought Pixel in 1986, which Kelso Ltd acquired in 2005").

    >>> from timeline.syntax import Predicate
    >>> text = "Shares fell on Tuesday after Tarn Bank cut its rating on Monday."
    >>> one_statement(text, [Predicate(7, 11, "fall"), Predicate(39, 42, "cut")])
    True
    >>> text = "Shares fell on Tuesday, and Tarn Bank cut its rating on Monday."
    >>> one_statement(text, [Predicate(7, 11, "fall"), Predicate(38, 41, "cut")])
    False
    """
    if coordinated_clauses(text, verbs):
        return False
    return not any(
        _JOINED_BEFORE.search(text, before.end, after.start) for before, after in pairwise(verbs)
    )


#: what was said, a comma, then its speaker: "..., the statistics office said on Monday.",
#: its name or title maybe set off by commas: "..., its director, Dr. Ana Roe, said", "...,
#: the Quimper Guild, which ran the fair, said"
_SPEAKER_AFTER = re.compile(r",\s+[^,;:\"“”]{1,80}?(?:,\s+[^,;:\"“”]{1,60}?,)?\s+$")
#: a quotation closing after its comma or stop, then its speaker: '...," Ana Roe said',
#: '...," said Ana Roe'
_QUOTATION_THEN_SPEAKER = re.compile(r"[,.!?][\"”]\s+(?:[^,;:\"“”]{1,80}?\s+)?$")


def said_last(text: str, verbs: Sequence[Predicate]) -> bool:
    """Whether a sentence (`text`) ends with its speaker after what was said and a comma
    ("Waits fell in May, the port authority said on Friday."), its last verb a reporting
    verb.

    >>> from timeline.syntax import Predicate
    >>> text = "Waits fell in May, the port authority said on Friday."
    >>> said_last(text, [Predicate(6, 10, "fall"), Predicate(38, 42, "say")])
    True
    >>> said_last("Roe said sales fell.", [Predicate(4, 8, "say"), Predicate(15, 19, "fall")])
    False

    So it is after a quotation that closes before the speaker, whose own verbs the tagger
    does not read: '"We moved to Brest in 2019," Ana Roe said.'

    >>> said_last('"We moved to Brest in 2019," Ana Roe said.', [Predicate(37, 41, "say")])
    True

    So it is when the speaker's title and name are set off by commas: "Fares rise in May,
    the port's director, Ana Roe, announced."

    >>> text = "Fares rise in May, the port's director, Ana Roe, announced."
    >>> said_last(text, [Predicate(6, 10, "rise"), Predicate(49, 58, "announce")])
    True
    """
    if not verbs or verbs[-1].lemma not in reporting_verbs():
        return False
    last = verbs[-1].start
    if _QUOTATION_THEN_SPEAKER.search(text, max(0, last - 90), last) is not None:
        return True
    return len(verbs) > 1 and _SPEAKER_AFTER.search(text, max(0, last - 150), last) is not None


#: the words before a sentence's reporting verb that make its subject: a name, a title, an
#: apposition ("Jo Lee, the minister,"), no clause of its own
_SUBJECT_BEFORE = 100


def said_first(
    text: str,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    mentions: Sequence[ActorMention],
    names: Sequence[str] = (),
) -> bool:
    """Whether a sentence names its speaker before what was said, its first verb reporting it
    ("The port authority said on Wednesday that waiting times at Quimper fell in August"): a
    person, organisation or country before the verb, or a pronoun that is the verb's whole
    subject ("She said on Tuesday that ...") standing for one of the sentence's `names` the
    sentence does not write (its referent). The sentence's rows then share its actors, as when
    the speaker is named after what was said (`said_last`): the same statement gives the same
    rows whichever order it is written in. The reporting verb may be the only verb the tagger
    found ("He told members the co-operative expected a rise next September": a statement
    that only sources its dated row, whose speaker would else be lost with it; stop 52).

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Roe Port said on Monday that waits at Quimper fell in May."
    >>> found = [ActorMention(0, 8, "Roe Port", "Roe Port", "organisation"),
    ...          ActorMention(38, 45, "Quimper", "Quimper", "location")]
    >>> said, fell = Predicate(9, 13, "say", tense="past"), Predicate(46, 50, "fall")
    >>> said_first(text, Sentence(0, len(text), text, 0), [said, fell], found)
    True
    >>> text = "She said on Monday that waits at Quimper fell in May."
    >>> found = [ActorMention(33, 40, "Quimper", "Quimper", "location")]
    >>> said, fell = Predicate(4, 8, "say", tense="past"), Predicate(41, 45, "fall")
    >>> said_first(text, Sentence(0, len(text), text, 0), [said, fell], found,
    ...            ["Ana Vell", "Quimper"])
    True
    >>> said_first(text, Sentence(0, len(text), text, 0), [said, fell], found, ["Quimper"])
    False
    >>> said_first(text, Sentence(0, len(text), text, 0), [said], found, ["Ana Vell"])
    True
    >>> opened = Predicate(9, 15, "open", tense="past")
    >>> said_first("Roe Port opened in May and said it grew.",
    ...            Sentence(0, 40, "Roe Port opened in May and said it grew.", 0),
    ...            [opened, Predicate(27, 31, "say")], found[:1])
    False
    """
    if not verbs or verbs[0].lemma not in reporting_verbs():
        return False
    said = sentence.start + verbs[0].start
    if verbs[0].start > _SUBJECT_BEFORE or ";" in text[sentence.start : said]:
        return False
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    inside = list(takewhile(lambda mention: mention.start < sentence.end, mentions[first:]))
    if any(m.start < said and m.type in _SPEAKER_TYPES for m in inside):
        return True
    if not _PRONOUN_SPEAKER.fullmatch(text, sentence.start, said):
        return False
    named = {m.name for m in inside}
    return any(name not in named for name in names)


#: the kinds of actor that speak: no place or product says anything
_SPEAKER_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANISATION, ActorType.COUNTRY})


#: a pronoun as the whole subject of a reporting verb, an adverb between ("She also said")
_PRONOUN_SPEAKER = re.compile(
    r"\s*"
    + alternation(pronouns("subject", person="third"), "either")
    + r"(?:\s+[a-z]+ly|\s+also)?\s+"
)
