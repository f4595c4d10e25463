"""Events: who did what, when, from a document's sentences, temporal expressions and actors.

An event is a sentence (or a clause of one) anchored to a date:
- `explicit`: a temporal expression of its own resolves to a date or period;
- `published`: its own expression means the publication date ("now", "today's statement");
- `inherited`: it has no date of its own and takes the anchor of the preceding dated
  sentence in its paragraph ("The pair also renewed the agreement" after "on Monday");
- `vague`: only a vague reference ("recently") or a duration: the row keeps no day.

    >>> events = build_events(doc, sentences, timexes, mentions)  # doctest: +SKIP
    >>> events[0].anchor, events[0].date_start
    ('explicit', datetime.date(2023, 10, 23))
"""

from __future__ import annotations

import hashlib
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.actors import initials, is_acronym  # name rules: no model is loaded
from timeline.kinds import Anchor
from timeline.syntax import QUOTATION, reporting_verbs  # no model is loaded

if TYPE_CHECKING:  # only types: events need no model and no parser to be built or read
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

ANCHORS = tuple(Anchor)
_GRANULARITY_RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
_PRESENT_VALUES = frozenset({"PRESENT_REF"})
# Boilerplate sentences are never events, whatever dates they carry.
_BOILERPLATE_PREFIXES = ("copyright", "©", "(c) ", "all rights reserved")


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the event table, with its evidence (offsets into the document text)."""

    event_id: str
    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    paragraph: int
    anchor: str
    date_start: date | None
    date_end: date | None
    granularity: str | None
    date_text: str
    date_value: str
    date_text_start: int | None
    date_text_end: int | None
    actors: tuple[str, ...] = field(default_factory=tuple)
    actor_types: tuple[str, ...] = field(default_factory=tuple)
    action: str | None = None

    def __post_init__(self) -> None:
        if self.anchor not in ANCHORS:
            raise ValueError(f"anchor {self.anchor!r} is not one of {ANCHORS}")
        if (
            self.date_start is not None
            and self.date_end is not None
            and self.date_start > self.date_end
        ):
            raise ValueError(f"date_start {self.date_start} is after date_end {self.date_end}")
        if len(self.actors) != len(self.actor_types):
            raise ValueError("actors and actor_types must have the same length")


def event_id(doc_id: str, sentence_start: int, sentence_end: int, date_offset: int | None) -> str:
    """A stable id: the same document and offsets give the same id in every run.

    >>> event_id("blinken", 0, 10, 3)
    'ev-...'  # doctest: +SKIP
    """
    key = f"{doc_id}\x1f{sentence_start}\x1f{sentence_end}\x1f{date_offset}"
    return "ev-" + hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def is_boilerplate(sentence: str) -> bool:
    """Copyright lines and the like are never events.

    >>> is_boilerplate("Copyright 2023,")
    True
    """
    return sentence.strip().lower().startswith(_BOILERPLATE_PREFIXES)


def _actors_in(
    mentions: Sequence[ActorMention], start: int, end: int
) -> tuple[list[str], list[str]]:
    """Canonical names (and types) of the mentions inside [start, end), first mention first."""
    first = bisect_left(mentions, start, key=lambda mention: mention.start)
    names: list[str] = []
    types: list[str] = []
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.end <= end and mention.name not in names:
            names.append(mention.name)
            types.append(mention.type)
    return names, types


def _dated(timexes: Sequence[Timex]) -> list[Timex]:
    return [t for t in timexes if t.type in ("DATE", "TIME") and t.date_start is not None]


def _precision(timex: Timex) -> int:
    return _GRANULARITY_RANK.get(timex.granularity or "", 9)


def _anchoring(timexes: Sequence[Timex]) -> Timex | None:
    """The expression that dates a sentence: the most precise one that resolves to a period."""
    dated = _dated(timexes)
    if not dated:
        return None
    return min(dated, key=lambda t: (_precision(t), t.start))


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A sentence that gives at least one event, before its clauses are known."""

    sentence: Sentence
    own: tuple[Timex, ...]
    inherited: Timex | None  # the date it takes when it has none of its own
    reachable: Timex | None = None  # the date a clause without one of its own would take
    on_published: bool = False  # undated news: the event is reported on the publication day
    published_dates: frozenset[int] = frozenset()  # starts of expressions meaning "the news day"


#: Precisions an undated sentence inherits; coarser dates date only their own sentence.
_INHERITABLE = frozenset({"time", "day", "week"})
#: Sentences back (across one-sentence paragraphs) an undated sentence may inherit from.
INHERIT_WINDOW = 3
#: Sentences back that "he" or "the pair" may point to.
ANAPHORA_WINDOW = 3
_ANAPHORS = {
    "he": 1,
    "she": 1,
    "the pair": 2,
    "the two": 2,
    "both": 2,
}
# A subject pronoun before the main verb: "He started Apple", "One year later he was fired".
_ANAPHOR = re.compile(r"(?:^|[\s“\"(,])(he|she|the pair|the two|both)\b", re.IGNORECASE)


def event_sentences(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    *,
    published: date | None = None,
    title: str = "",
) -> list[_Candidate]:
    """The sentences that give events: dated, vague, inheriting a date, or (in news) reported.

    An undated sentence inherits the anchor of the preceding sentence dated to the day or week
    in its paragraph; where the article writes one sentence a paragraph (as web news does), of
    such a sentence up to `INHERIT_WINDOW` sentences back. Coarser dates (a year, a decade)
    date their own sentence only: background history does not spread. A sentence with only a
    vague expression ("recently") ends the inheritance. Durations and sets ("six weeks",
    "weekly") never date an event.

    In news (`published` given): an undated sentence that inherits nothing reports what
    happened by the publication day (anchor `published`), and so does one whose only date is
    "now" or a coarse period around the publication ("this year's conference"); only dates
    of the month before publication are inherited (background history and announced
    deadlines date their own sentence only).

    The headline (`title`, when the text opens with it) is not an event: it restates the
    lead in the headline's present tense ("Apple unveils iPod nano" over "Apple today
    unveiled ..."), and counting both would show every story twice. Its names still serve
    the actors stage. A year that only describes a thing ("replaces the 1991 agreement",
    "known as Vision 2030") dates nothing: see `modifies_noun`.
    """
    candidates: list[_Candidate] = []
    headline = _headline_number(sentences, title)
    anchor: tuple[int, int, Timex] | None = None  # (sentence number, paragraph, timex)
    index = 0
    for number, sentence in enumerate(sentences):
        own: list[Timex] = []
        while index < len(timexes) and timexes[index].start < sentence.end:
            if timexes[index].start >= sentence.start:
                own.append(timexes[index])
            index += 1
        if number == headline or is_boilerplate(sentence.text):
            continue
        own = [
            t
            for t in own
            if not modifies_noun(sentence, t) and not _vague_in_quote(sentence, t, published)
        ]
        own, on_publication = _news_dates(own, published)
        dating = _anchoring(own)
        reachable = (
            anchor[2]
            if anchor and (published is not None or _may_inherit(sentences, anchor[0], number))
            else None
        )
        if dating is not None:
            # "now" and "this year" say how things stand on the news day, not when the story's
            # events happened: the day the article was narrating stays the one to inherit.
            if _inheritable(dating, published) and dating.start not in on_publication:
                anchor = (number, sentence.paragraph, dating)
            candidates.append(
                _Candidate(sentence, tuple(own), None, reachable, published_dates=on_publication)
            )
        elif own:
            anchor = None
            candidates.append(_Candidate(sentence, tuple(own), None))
        elif anchor is not None and (
            published is not None or _may_inherit(sentences, anchor[0], number)
        ):
            candidates.append(_Candidate(sentence, (), anchor[2]))
        elif published is not None:
            candidates.append(_Candidate(sentence, (), None, on_published=True))
    return candidates


def _vague_in_quote(sentence: Sentence, timex: Timex, published: date | None) -> bool:
    """In news, a vague expression inside a quotation ("“We think it's the future of
    notebooks,” said Jobs") is the speaker's word, not the story's time: it neither leaves
    the statement undated nor ends the day the story is telling."""
    if published is None or timex.date_start is not None or timex.type not in ("DATE", "TIME"):
        return False
    start = timex.start - sentence.start
    return any(
        quote.start(2) <= start < quote.end(2) for quote in QUOTATION.finditer(sentence.text)
    )


_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|our|this|that|these|those|[a-z]+['’]s)\s+$"
)
_WORDS = re.compile(r"[A-Za-z]+")
_WORD_AFTER = re.compile(r"[ -]?[A-Za-z]")
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][A-Za-z]+)\s+$")
#: Prepositions that make "the 2008 season" a time of the clause ("during the 2008 season").
_TIME_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "during",
        "before",
        "after",
        "since",
        "until",
        "till",
        "for",
        "from",
        "by",
        "through",
        "throughout",
        "on",
        "over",
        "ahead",
        "following",
        "within",
        "around",
        "about",
    ]
)


#: Capitalised words before a year that make it no name: "In 2008", "Between 2001 and 2005".
_NOT_NAMES = _TIME_PREPOSITIONS | frozenset({"between", "circa", "year", "fiscal", "and", "or"})


def modifies_noun(sentence: Sentence, timex: Timex) -> bool:
    """A bare year that describes a thing rather than dating the clause: "replaces the 1991
    agreement", "a breach of the 1991 settlement". After a preposition of time it dates the
    clause ("during the 2008 season").

    >>> modifies_noun(Sentence(0, 33, "It replaced the 1991 agreement.", 0),
    ...               Timex(16, 20, "1991", "DATE", "1991", granularity="year"))
    True
    """
    if not timex.text.isdigit() or len(timex.text) != 4:
        return False
    start = timex.start - sentence.start
    end = timex.end - sentence.start
    window = sentence.text[max(0, start - 40) : start]
    preceding = [word.lower() for word in _WORDS.findall(window)[-4:-1]]
    after_time_preposition = any(word in _TIME_PREPOSITIONS for word in preceding)
    name = _NAME_BEFORE.search(sentence.text, 0, start)
    if name is not None and name.group(1).lower() not in _NOT_NAMES:
        # "known as Vision 2030": the year is part of a name; "at WWDC 2005" is a time
        return not after_time_preposition
    if not _WORD_AFTER.match(sentence.text, end):
        return False
    if _DETERMINER_BEFORE.search(window) is None:
        return False
    return not after_time_preposition


#: A headline has no full stop; a first line that ends like prose is the lead, not a title.
_PROSE_END = (".", "!", "?", '"', "”", "’", "'")


def _headline_number(sentences: Sequence[Sentence], title: str) -> int | None:
    """The number of the sentence that is the document's headline, if it opens the text."""
    title = " ".join(title.split())
    if not title or title.endswith(_PROSE_END):
        return None
    for number, sentence in enumerate(sentences[:2]):
        if " ".join(sentence.text.split()) == title:
            return number
    return None


#: Words before the main verb that put an undated news event before the news: past perfect,
#: "previously", "has twice before sued".
_ANTERIOR = re.compile(
    r"\b(?:had|previously|formerly|once|earlier|(?:has|have)\s+(?:\w+\s+)?before)\b",
    re.IGNORECASE,
)
_COARSE = frozenset({"month", "quarter", "season", "half", "year"})
#: In news, dates this many days before publication still carry over to the next sentences.
NEWS_INHERIT_DAYS = 31


def _news_dates(
    timexes: Sequence[Timex], published: date | None
) -> tuple[list[Timex], frozenset[int]]:
    """Drop durations and sets; in news, date "now" and "this year" to the publication day."""
    kept: list[Timex] = []
    on_publication: set[int] = set()
    precise = any(
        t.date_start is not None and t.granularity not in _COARSE and t.type in ("DATE", "TIME")
        for t in timexes
    )
    for timex in timexes:
        if timex.type in ("DURATION", "SET"):
            continue
        if (
            published is not None
            and not precise
            and (
                (timex.value in _PRESENT_VALUES and timex.date_start is None)
                or (
                    timex.granularity in _COARSE
                    and timex.date_start is not None
                    and timex.date_end is not None
                    and timex.date_start <= published <= timex.date_end
                )
            )
        ):
            on_publication.add(timex.start)
            kept.append(replace(timex, date_start=published, date_end=published, granularity="day"))
            continue
        kept.append(timex)
    return kept, frozenset(on_publication)


def _inheritable(timex: Timex, published: date | None) -> bool:
    if timex.mod is not None or timex.granularity not in _INHERITABLE:
        return False
    if published is None or timex.date_start is None:
        return True
    return 0 <= (published - timex.date_start).days <= NEWS_INHERIT_DAYS


def _may_inherit(sentences: Sequence[Sentence], anchor_number: int, number: int) -> bool:
    if number - anchor_number > INHERIT_WINDOW:
        return False
    if sentences[anchor_number].paragraph == sentences[number].paragraph:
        return True
    # Web news writes one sentence a paragraph: a dated one-sentence paragraph then carries
    # its date over the next few sentences.
    paragraph = sentences[anchor_number].paragraph
    return (
        sum(
            1
            for s in sentences[max(0, anchor_number - 1) : anchor_number + 2]
            if s.paragraph == paragraph
        )
        == 1
    )


Analyse = Callable[[list[str]], list[list["Predicate"]]]


def build_events(
    doc: Document,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[ActorMention],
    analyse: Analyse | None = None,
) -> list[Event]:
    """The events of one document, in text order.

    `timexes` and `mentions` are sorted by start offset, as `timeline.temporal.tag` and
    `timeline.actors.find_actors` return them. `analyse` gives the predicates of sentences
    (`timeline.syntax.predicates` with a tagger); without it each sentence is one event and
    `action` stays empty.
    """
    candidates = event_sentences(sentences, timexes, published=news_date(doc), title=doc.title)
    analysed = analyse([c.sentence.text for c in candidates]) if analyse and candidates else None
    events: list[Event] = []
    position = {s.start: n for n, s in enumerate(sentences)}
    pointed: dict[int, list[str]] = {}  # sentence start -> the persons its "he" stands for
    for number_in_list, candidate in enumerate(candidates):
        sentence = candidate.sentence
        names, types = _actors_in(mentions, sentence.start, sentence.end)
        predicates = analysed[number_in_list] if analysed is not None else []
        number = position[sentence.start]
        verbs = [p for p in predicates if not p.nominal]
        # Persons named before the main verb are the subject: no anaphora to resolve then.
        subject_end = sentence.start + (verbs[0].start if verbs else len(sentence.text))
        subject = _actors_in(mentions, sentence.start, subject_end)[1]
        if "person" not in subject:
            earlier = sentences[max(0, number - ANAPHORA_WINDOW) : number]
            subject_text = doc.text[sentence.start : subject_end]
            named = set(names)
            names, types = _resolve_anaphora(subject_text, names, types, earlier, mentions, pointed)
            if set(names) - named:
                pointed[sentence.start] = [n for n in names if n not in named]
        if analysed is not None and not predicates and len(sentence.text.split()) <= 3:
            continue  # a signature or a caption ("Steve"), no clause at all
        events.extend(_sentence_events(doc, candidate, predicates, names, types, mentions))
    return events


def has_anaphor(text: str) -> bool:
    """Whether a sentence says "he", "she", "the pair" and the like, which point back.

    >>> has_anaphor("One year later he was fired.")
    True
    """
    return _ANAPHOR.search(text) is not None


def news_date(doc: Document) -> date | None:
    """The publication date of a dated article (None for undated, narrative text)."""
    return doc.published if doc.published_source != "none" else None


def _resolve_anaphora(
    text: str,
    names: list[str],
    types: list[str],
    earlier: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    pointed: dict[int, list[str]] | None = None,
) -> tuple[list[str], list[str]]:
    """ "He ..." or "The pair ..." opening a sentence that names no person: the persons of the
    nearest earlier sentence that names any, when exactly that many are there to point to
    (no guess when it is ambiguous). An earlier "he" counts as the person it stands for: in
    "He stood in Steve Jobs' place. He received $59 million", both are Tim Cook."""
    match = _ANAPHOR.search(text)
    if match is None:
        return names, types
    wanted = _ANAPHORS[match.group(1).lower()]
    for sentence in reversed(earlier):
        if pointed and sentence.start in pointed:
            persons = pointed[sentence.start]  # the topic goes on
        else:
            previous_names, previous_types = _actors_in(mentions, sentence.start, sentence.end)
            persons = [
                n for n, t in zip(previous_names, previous_types, strict=True) if t == "person"
            ]
        if persons:
            if len(persons) != wanted:
                break
            kept = [(n, t) for n, t in zip(names, types, strict=True) if n not in persons]
            return [*persons, *(n for n, _ in kept)], ["person"] * wanted + [t for _, t in kept]
    return names, types


def _sentence_events(
    doc: Document,
    candidate: _Candidate,
    predicates: Sequence[Predicate],
    names: list[str],
    types: list[str],
    mentions: Sequence[ActorMention],
) -> list[Event]:
    sentence = candidate.sentence
    verbs = [p for p in predicates if not p.nominal]
    main = verbs[0].lemma if verbs else None
    if main == "be" and all(t.value in _PRESENT_VALUES for t in candidate.own):
        # "The iPhone 4 return rate is about a third of the 3GS's", "iTunes is now the biggest
        # retailer": a description of how things are is no event (a dated one, "was in Paris
        # on Monday", is).
        return []
    if candidate.inherited is not None:
        if not names:
            return []  # an undated sentence about no one adds nothing to a timeline of actors
        if news_date(doc) is not None and verbs and verbs[0].tense == "present":
            # "Apple Corps claims that ...", "iPhone 4 has a steel frame": the present tense
            # is the state of things on the day of the news, not on the day before it.
            return [_published_event(doc, sentence, names, types, main)]
        return [_event(doc, sentence, candidate.inherited, "inherited", names, types, main)]
    if candidate.on_published:
        if not names or doc.published is None:
            return []
        # "He had previously suggested ...": earlier than the news, on no known day.
        verb_end = verbs[0].end if verbs else len(sentence.text)
        anterior = _ANTERIOR.search(sentence.text, 0, verb_end) is not None
        return [_published_event(doc, sentence, names, types, main, dated=not anterior)]
    dated = _dated(candidate.own)
    if not dated:
        vague = candidate.own[0]
        verbs_before = [p for p in verbs if sentence.start + p.end <= vague.start]
        if news_date(doc) is not None and verbs_before and verbs_before[-1] is not verbs[0]:
            # "The update will be available for what Jobs called a nominal charge, as Apple
            # has done in the past": the vague past is a subordinate clause's; the main
            # clause is news of the day.
            anterior = _ANTERIOR.search(sentence.text, 0, verbs[0].end) is not None
            return [_published_event(doc, sentence, names, types, main, dated=not anterior)]
        return [_event(doc, sentence, vague, "vague", names, types, main, dated=False)]
    if not predicates:
        timex = min(dated, key=lambda t: (_precision(t), t.start))
        return [_event(doc, sentence, timex, _kind(timex, candidate), names, types, main)]
    # Attach each dated expression to a clause: an event noun right before it, else the
    # verb before it, else the nearest verb.
    groups: dict[Predicate, list[Timex]] = {}
    for timex in dated:
        owner = _nominal_owner(doc.text, sentence, timex, predicates)
        if owner is None and verbs:
            # Adverbials follow their verb ("founded Apple in 1976, died on Wednesday"); a
            # fronted one ("On Monday, Blinken spoke") has no verb before it.
            before = [p for p in verbs if sentence.start + p.end <= timex.start]
            after = [p for p in verbs if sentence.start + p.start >= timex.end]
            if before and after and _fronted(doc.text, sentence, timex):
                owner = after[0]  # "... and that as of February, the store accounts for"
            elif before:
                owner = before[-1]
            else:
                owner = min(verbs, key=lambda p: _distance(sentence, p, timex))
        if owner is None:
            owner = predicates[0]
        groups.setdefault(owner, []).append(timex)
    events: list[Event] = []
    clause_actors = _clause_actors(doc.text, sentence, list(groups), names, types, mentions)
    for predicate, attached in sorted(groups.items(), key=lambda item: item[0].start):
        timex = _clause_date(sentence, predicate, attached)
        clause_names, clause_types = clause_actors.get(predicate, (names, types))
        if (
            predicate.tense == "past"
            and timex.value in _PRESENT_VALUES
            and candidate.reachable is not None
        ):
            # "Jobs announced a new MacBook Air, on sale now": "now" is the laptop's state;
            # the announcing happened on the day the story is about.
            events.append(
                _event(
                    doc,
                    sentence,
                    candidate.reachable,
                    "inherited",
                    clause_names,
                    clause_types,
                    predicate.lemma,
                )
            )
            continue
        if predicate.nominal:
            clause_names, clause_types = _actors_before(mentions, sentence, predicate)
        # "made an appearance in March and June": the clause happened on each date
        for each in sorted([timex, *_coordinated(doc.text, timex, attached)], key=_start):
            events.append(
                _event(
                    doc,
                    sentence,
                    each,
                    _kind(each, candidate),
                    clause_names,
                    clause_types,
                    predicate.lemma,
                )
            )
    report = _report(doc, candidate, verbs, groups, names, types, mentions)
    if report is not None:
        statement, reported_names, reported_types = report
        reported = [
            replace(event, actors=tuple(reported_names), actor_types=tuple(reported_types))
            for event in events
        ]
        return [statement, *reported]
    main_undated = verbs and verbs[0] not in groups and all(p.nominal for p in groups)
    if main_undated and candidate.reachable is not None:
        # The main clause has no date of its own: it inherits one, as a sentence would, and
        # in news the present tense is the state on the news day.
        nominal_actors = {a for e in events for a in e.actors}
        kept = [(n, t) for n, t in zip(names, types, strict=True) if n not in nominal_actors]
        kept_names, kept_types = [n for n, _ in kept], [t for _, t in kept]
        if news_date(doc) is not None and verbs[0].tense == "present":
            main_event = _published_event(doc, sentence, kept_names, kept_types, verbs[0].lemma)
        else:
            main_event = _event(
                doc,
                sentence,
                candidate.reachable,
                "inherited",
                kept_names,
                kept_types,
                verbs[0].lemma,
            )
        events.insert(0, main_event)
    return events


#: A clause opening before a fronted date: "..., and on Monday, he", "... that as of February,".
_CLAUSE_OPENING = re.compile(
    r"(?:[;:,]|\b(?:and|but|that|while|whereas|so|then|yet))\s+(?:[a-z]+\s+){0,2}$"
)


def _fronted(text: str, sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression opens a clause of its own, set off by a comma ("and that as of
    February, the store accounts for 70%"): it dates the verb after it, not the one before."""
    if not text.startswith(",", timex.end):
        return False
    return _CLAUSE_OPENING.search(text, sentence.start, timex.start) is not None


_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


_CLAUSE_MARK = re.compile(
    r"[;:,]|\b(?:and|but|while|whereas|then|that|which|who|when|after|before|because)\b"
)
_RELATIVE = re.compile(r"(?:which|who)\b", re.IGNORECASE)


def _clause_actors(
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
    Disney in 2005" is Pixar's and Disney's) and one with a subject of its own ("Dong Khe fell
    on September 18, and Cao Bang fell on October 3"); any other name belongs to the clause it
    is written in."""
    verbs = sorted((p for p in owners if not p.nominal), key=lambda p: p.start)
    if len(verbs) < 2:
        return {}
    starts = [sentence.start + verbs[0].start]
    for previous, verb in itertools.pairwise(verbs):
        # a clause opens at its last marker after the verb before: ", and", "that", "which"
        markers = list(
            _CLAUSE_MARK.finditer(text, sentence.start + previous.end, sentence.start + verb.start)
        )
        starts.append(markers[-1].start() if markers else sentence.start + verb.start)
    mentioned: set[str] = set()
    own: dict[Predicate, set[str]] = {p: set() for p in verbs}
    shared: set[str] = set()
    last_before: dict[Predicate, str] = {}
    subjects: set[Predicate] = set()  # later clauses with a subject of their own
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    for mention in mentions[first:]:
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
        for verb, start in zip(verbs, starts, strict=True):
            if mention.end <= start:
                last_before[verb] = mention.name
    shared |= {name for name in names if name not in mentioned}  # "he", resolved
    result: dict[Predicate, tuple[list[str], list[str]]] = {}
    for verb, start in zip(verbs, starts, strict=True):
        wanted = set(own[verb])
        if verb is not verbs[0] and _RELATIVE.match(text, start):
            if verb in last_before:
                wanted.add(last_before[verb])  # "Pixar which was acquired": Pixar's clause
        elif verb not in subjects:
            wanted |= shared
        kept = [(n, t) for n, t in zip(names, types, strict=True) if n in wanted]
        result[verb] = ([n for n, _ in kept], [t for _, t in kept])
    return result


def _start(timex: Timex) -> int:
    return timex.start


def _coordinated(text: str, timex: Timex, attached: Sequence[Timex]) -> list[Timex]:
    """The dates joined to `timex` by "and" (or a list's commas) with the same precision: "in
    March and June", "in 2004, 2006 and 2009". A range ("between March and June") is one
    period, not two dates."""
    same = sorted(
        (t for t in attached if t.granularity == timex.granularity and t.date_start is not None),
        key=lambda t: t.start,
    )
    position = same.index(timex) if timex in same else -1
    if position < 0:
        return []
    chain = [timex]
    for earlier in reversed(same[:position]):
        if not _AND.fullmatch(" " + text[earlier.end : chain[0].start]):
            break
        chain.insert(0, earlier)
    for later in same[position + 1 :]:
        if not _AND.fullmatch(" " + text[chain[-1].end : later.start]):
            break
        chain.append(later)
    if len(chain) < 2 or _BETWEEN.search(text, max(0, chain[0].start - 20), chain[0].start):
        return []
    return [t for t in chain if t is not timex]


def _clause_date(sentence: Sentence, predicate: Predicate, attached: Sequence[Timex]) -> Timex:
    """The date of a clause among those attached to it: the nearest to its verb, unless a finer
    one lies within it. "Yesterday, at this year's conference, he unveiled ..." is yesterday,
    though "this year's" is nearer the verb; "in February passed Wal-Mart, according to
    figures released April 3" is February, for April 3 is another time."""
    nearest = min(attached, key=lambda t: (_distance(sentence, predicate, t), _precision(t)))
    within = [
        t
        for t in attached
        if _precision(t) < _precision(nearest)
        and t.date_start is not None
        and t.date_end is not None
        and nearest.date_start is not None
        and nearest.date_end is not None
        and nearest.date_start <= t.date_start
        and t.date_end <= nearest.date_end
    ]
    if not within:
        return nearest
    return min(within, key=lambda t: (_precision(t), _distance(sentence, predicate, t)))


def _report(
    doc: Document,
    candidate: _Candidate,
    verbs: Sequence[Predicate],
    groups: dict[Predicate, list[Timex]],
    names: Sequence[str],
    types: Sequence[str],
    mentions: Sequence[ActorMention],
) -> tuple[Event, list[str], list[str]] | None:
    """News: a statement whose only dates are inside what was said ("Jobs said that the
    company sold 13.7 million Macs last year"). The speaker's event is the statement, made on
    the day the sentence would have without those dates (the news day, or the recent day it
    inherits); the dated, reported events keep the actors named in what was said.

    Returns the statement event and the actors of the reported events, or None when the
    sentence is not such a report."""
    if news_date(doc) is None or not verbs or verbs[0].lemma not in reporting_verbs():
        return None
    speech = verbs[0]
    sentence = candidate.sentence
    speech_end = sentence.start + speech.end
    if speech in groups or any(t.start < speech_end for ts in groups.values() for t in ts):
        return None  # "said on Monday that ...": the statement has a date of its own
    reported_names, reported_types = _actors_in(mentions, speech_end, sentence.end)
    speakers = [(n, t) for n, t in zip(names, types, strict=True) if n not in reported_names]
    if not speakers:
        return None  # the statement names no one it does not also report on
    inherited = candidate.reachable
    if inherited is not None and speech.tense != "present":  # "Apple Corps claims": news day
        statement = _event(
            doc,
            sentence,
            inherited,
            "inherited",
            [n for n, _ in speakers],
            [t for _, t in speakers],
            speech.lemma,
        )
    else:
        statement = _published_event(
            doc,
            sentence,
            [n for n, _ in speakers],
            [t for _, t in speakers],
            speech.lemma,
        )
    return statement, reported_names, reported_types


def merge_names(events: Sequence[Event]) -> list[Event]:
    """One name and one type per actor across articles:
    - spellings that differ only in case are one name, the one written most ("iPod nano" in
      one article, "iPod Nano" in another);
    - an organisation named by its acronym ("GM") is the one organisation of those initials
      the articles name in full ("General Motors"); with two candidates the acronym stays.

    >>> [e.actors for e in merge_names(events)]  # doctest: +SKIP
    [('General Motors',), ('General Motors', 'Toyota')]
    """
    written: dict[str, dict[str, int]] = {}
    for event in events:
        for name in event.actors:
            spellings = written.setdefault(name.casefold(), {})
            spellings[name] = spellings.get(name, 0) + 1
    renamed: dict[str, str] = {}
    for spellings in written.values():
        if len(spellings) > 1:
            chosen = min(spellings, key=lambda name: (-spellings[name], name))
            renamed.update((name, chosen) for name in spellings if name != chosen)
    candidates: dict[str, set[str]] = {}
    for event in events:
        for name, kind in zip(event.actors, event.actor_types, strict=True):
            acronym = initials(name) if kind == "organisation" else None
            if acronym is not None:
                candidates.setdefault(acronym, set()).add(renamed.get(name, name))
    renamed.update(
        (acronym, next(iter(names)))
        for acronym, names in candidates.items()
        if len(names) == 1 and acronym not in renamed
    )
    merged: list[Event] = []
    for event in events:
        names: list[str] = []
        types: list[str] = []
        for actor, kind in zip(event.actors, event.actor_types, strict=True):
            if actor in candidates and not (kind == "organisation" and is_acronym(actor)):
                name = actor  # a name that is spelt like some initials but is no acronym
            else:
                name = renamed.get(actor, actor)
            if name not in names:
                names.append(name)
                types.append(kind)
        merged.append(replace(event, actors=tuple(names), actor_types=tuple(types)))
    return _one_type_each(merged)


def _one_type_each(events: Sequence[Event]) -> list[Event]:
    """Each actor with the type most of its mentions have ("Cisco" read as a place in one
    article and an organisation in three is an organisation everywhere); a tie goes to the
    type first in alphabetical order, so the result does not depend on the order of rows."""
    counts: dict[str, dict[str, int]] = {}
    for event in events:
        for name, kind in zip(event.actors, event.actor_types, strict=True):
            kinds = counts.setdefault(name, {})
            kinds[kind] = kinds.get(kind, 0) + 1
    chosen = {
        name: min(kinds, key=lambda kind: (-kinds[kind], kind))
        for name, kinds in counts.items()
        if len(kinds) > 1
    }
    if not chosen:
        return list(events)
    return [
        replace(
            event,
            actor_types=tuple(
                chosen.get(n, k) for n, k in zip(event.actors, event.actor_types, strict=True)
            ),
        )
        if any(name in chosen for name in event.actors)
        else event
        for event in events
    ]


def _published_event(
    doc: Document,
    sentence: Sentence,
    names: Sequence[str],
    types: Sequence[str],
    action: str | None,
    *,
    dated: bool = True,
) -> Event:
    day = doc.published if dated else None
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, None),
        doc_id=doc.id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        paragraph=sentence.paragraph,
        anchor="published" if dated else "vague",
        date_start=day,
        date_end=day,
        granularity="day" if dated else None,
        date_text="",
        date_value=day.isoformat() if day else "PAST_REF",
        date_text_start=None,
        date_text_end=None,
        actors=tuple(names),
        actor_types=tuple(types),
        action=action,
    )


def _kind(timex: Timex, candidate: _Candidate) -> str:
    published = timex.value in _PRESENT_VALUES or timex.start in candidate.published_dates
    return "published" if published else "explicit"


def _distance(sentence: Sentence, predicate: Predicate, timex: Timex) -> int:
    start = sentence.start + predicate.start
    end = sentence.start + predicate.end
    if timex.start >= end:
        return timex.start - end
    return max(0, start - timex.end)


def _nominal_owner(
    text: str, sentence: Sentence, timex: Timex, predicates: Sequence[Predicate]
) -> Predicate | None:
    """The event noun written right before the expression: "ouster over a decade ago"."""
    for predicate in predicates:
        if predicate.nominal:
            end = sentence.start + predicate.end
            if end <= timex.start and not text[end : timex.start].strip():
                return predicate
    return None


def _actors_before(
    mentions: Sequence[ActorMention], sentence: Sentence, predicate: Predicate
) -> tuple[list[str], list[str]]:
    """The actors of a noun's own phrase: "Saddam Hussein's ouster" -> Saddam Hussein."""
    noun_start = sentence.start + predicate.start
    return _actors_in(mentions, max(sentence.start, noun_start - 40), noun_start)


def _event(
    doc: Document,
    sentence: Sentence,
    timex: Timex,
    anchor: str,
    names: Sequence[str],
    types: Sequence[str],
    action: str | None = None,
    *,
    dated: bool = True,
) -> Event:
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, timex.start),
        doc_id=doc.id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        paragraph=sentence.paragraph,
        anchor=anchor,
        date_start=timex.date_start if dated else None,
        date_end=timex.date_end if dated else None,
        granularity=timex.granularity if dated else None,
        date_text=timex.text,
        date_value=timex.value,
        date_text_start=timex.start,
        date_text_end=timex.end,
        actors=tuple(names),
        actor_types=tuple(types),
        action=action,
    )
