"""One canonical name per actor within an article: surnames and first names to full names,
short names and acronyms to the organisation's full name, and the names the model missed.

    >>> from timeline.actors.spans import RawSpan
    >>> text = "Antony Blinken landed. Blinken spoke."
    >>> raw = [RawSpan(0, 14, "Antony Blinken", "PERSON"), RawSpan(23, 30, "Blinken", "PERSON")]
    >>> [(m.text, m.name) for m in canonical(text, raw, AliasTable())]
    [('Antony Blinken', 'Antony Blinken'), ('Blinken', 'Antony Blinken')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.actors.acronyms import (
    acronym_sweep,
    spelled_out,
    with_defined_names,
)
from timeline.actors.acting_letters import acting_letters
from timeline.actors.affiliations import affiliated_names, apposed_names
from timeline.actors.aliases import AliasTable
from timeline.actors.anaphora import thing_anaphora
from timeline.actors.article_names import ArticleNames
from timeline.actors.bodies_of import bodies_of_places
from timeline.actors.coordinated import coordinated_apart
from timeline.actors.craft import with_named_craft
from timeline.actors.defined_terms import with_company_terms
from timeline.actors.described_persons import described_missed_persons, described_persons
from timeline.actors.descriptors import as_described, described_names, route_ends
from timeline.actors.field_names import with_fields_joined
from timeline.actors.first_words import first_word_sweep
from timeline.actors.headline_phrases import without_headline_phrases
from timeline.actors.headlines import Headlines
from timeline.actors.mention import ActorMention
from timeline.actors.missed_places import glottal_places, lone_places
from timeline.actors.name_kinds import organisations_by_evidence
from timeline.actors.name_rests import (
    organisation_short_forms,
    with_capitalised_rest,
    with_organisation_word,
)
from timeline.actors.numbered import numbered_names_spaced
from timeline.actors.opening_names import opening_names
from timeline.actors.particle_ends import with_particle_ends
from timeline.actors.particles import (
    joined_by_particles,
    joined_organisations,
    titled_persons,
    with_cut_openings,
    with_family_names,
)
from timeline.actors.parties import party_anaphora
from timeline.actors.patronyms import with_patronymic_names
from timeline.actors.persons import full_name_sweep, in_another_name
from timeline.actors.pieces import without_opening_words
from timeline.actors.place_lists import place_list_sweep, place_sweep
from timeline.actors.plural_pointers import plural_pointers
from timeline.actors.products import (
    numbered_names,
    written_models,
)
from timeline.actors.runs import index_names, with_organisation_runs
from timeline.actors.spans import RawSpan
from timeline.actors.split_names import seats_apart
from timeline.actors.streets import named_streets
from timeline.actors.styles import knights_by_given_name, style_anaphora
from timeline.actors.suffixed_names import suffixed_names
from timeline.actors.sweeps import longer_names, model_number_sweep, name_sweep, surname_sweep
from timeline.actors.title_anaphors import title_anaphora
from timeline.actors.title_owners import organisations_in_titles, without_party_tags
from timeline.actors.works import with_titles_of_works
from timeline.kinds import ActorType


def canonical(
    text: str,
    raw: list[RawSpan],
    aliases: AliasTable,
    context: str | None = None,
    nouns: frozenset[str] = frozenset(),
    times: Sequence[tuple[int, int]] = (),
) -> list[ActorMention]:
    """The mentions of an article's cleaned entity spans, sorted, each under its canonical
    name: the one name the article knows the actor by, the same for every mention of it.

    A person is named by the fullest name the body writes ("Blinken" -> "Antony Blinken"); an
    organisation by its full name ("NPD" -> "NPD Group", "GM" -> "General Motors"), without
    its corporate suffix; a demonym or short form by its country ("Iraqi" -> "Iraq"); the
    alias file has the last word. Then the names the model missed are swept in and "It" or
    "the store" take the name of the thing they refer to. `context` is the whole text when
    `text` is a part of it (see `find_actors`); `nouns` are English's nouns (the model's noun
    index), which no lone place the model missed is (`missed_places.lone_places`) unless a
    temporal expression of `times` (their (start, end)) follows it.

    >>> text = "General Motors (GM) said so. GM's shares rose."
    >>> raw = [RawSpan(0, 14, "General Motors", "ORG"), RawSpan(29, 31, "GM", "ORG")]
    >>> [(m.text, m.name) for m in canonical(text, raw, AliasTable())]
    [('General Motors', 'General Motors'), ('GM', 'General Motors')]
    """
    raw = joined_by_particles(text, sorted(raw, key=lambda r: (r.start, r.end)))
    raw = with_particle_ends(text, raw)  # "Vale do Norte" found as "Vale" or "Norte" alone
    raw = with_patronymic_names(text, raw)  # "Siti binti Yusof", which the model missed
    raw = without_opening_words(text, raw)  # "Meet Klamp Mini: ..." before "Klamp Mini"
    raw = joined_organisations(text, raw)  # "the Sandhu and Lavallée Family Foundation"
    raw = with_cut_openings(text, raw)  # "the Port of Spain City Council"
    raw = with_fields_joined(text, raw)  # "the Department of Fisheries and Oceans"
    raw = with_family_names(text, raw)  # "Nguyễn" of "Nguyễn Văn Thịnh" beside "Nguyễn Văn Lực"
    raw = as_described(text, raw)  # "device maker Lumo": Lumo is an organisation throughout
    raw = sorted([*raw, *described_names(text, raw)], key=lambda r: (r.start, r.end))
    raw = described_persons(text, raw)  # "Ana Vell Rojo, a poet who": a person throughout
    raw = route_ends(text, raw)  # "between Singapore and Sendai": Sendai is a place throughout
    headlines = Headlines(text)
    raw = without_headline_phrases(text, raw, headlines)  # "Bazaar Clears Debt" of a headline
    raw = with_defined_names(text, raw)
    raw = with_organisation_runs(text, raw, headlines)
    raw = coordinated_apart(raw, text)  # "Ashby Energy and Kestrel Holdings": two companies
    raw = seats_apart(text, raw, nouns)  # "Vantor Industries of Lyon" beside "Vantor Industries"
    raw = with_titles_of_works(text, raw)  # "her novel Salt on the Bastions", "Late Light,"
    raw = with_named_craft(text, raw)  # "the satellite Ikaze-2", "a Halcyon 2 rocket"
    owners = organisations_in_titles(text, raw)  # "Talvera" of "Talvera Chief Executive"
    raw = [
        r
        for r in raw
        if not any(o.start <= r.start and r.end <= o.end for o in owners)
        and not any(o.start == r.start and o.end < r.end and r.label == "ORG" for o in owners)
    ]  # nor the model's longer span an owner was cut from ("NKP State" of "State president")
    raw = without_party_tags(text, sorted([*raw, *owners], key=lambda r: (r.start, r.end)))
    added = [*spelled_out(text, raw), *with_organisation_word(text, raw)]
    added.extend(suffixed_names(text, [*raw, *added]))  # "Selat Merdeka Terminals Sdn Bhd"
    added.extend(glottal_places(text, raw))  # "in Vava'u", which the model missed
    added.extend(lone_places(text, [*raw, *added], nouns, times))  # "to Sur", "in Feldkirch"
    added.extend(named_streets(text, [*raw, *added], nouns))  # "on Pellam Road", "Highway 61"
    added.extend(opening_names(text, [*raw, *added], nouns, context))  # "Conab had cut"
    indexes = index_names(text, raw)  # "the benchmark Nikkei average"
    if indexes:
        raw = [r for r in raw if not any(i.start <= r.start and r.end <= i.end for i in indexes)]
        added.extend(indexes)
    added.extend(with_capitalised_rest(text, [*raw, *added]))
    added.extend(organisation_short_forms(text, [*raw, *added]))  # "Eko Sound's founder"
    added.extend(titled_persons(text, [*raw, *added]))
    added.extend(described_missed_persons(text, [*raw, *added]))  # "Iain Macrae, 58, of"
    added.extend(apposed_names(text, [*raw, *added]))  # "Nordgas, the system operator,"
    added.extend(affiliated_names(text, [*raw, *added]))  # "Pieter Botha of Cape Cycling"
    raw = sorted([*raw, *added], key=lambda r: (r.start, r.end))
    raw = bodies_of_places(text, raw)  # "the Stock Exchange of Hong Kong", cut at its "of"
    names = ArticleNames.of(text, raw, context, nouns)
    mentions = [m for item in raw if (m := names.mention(item, aliases)) is not None]
    mentions = organisations_by_evidence(text, mentions)  # "Shares of Tarvik": a company
    return _complete(text, mentions, names, context)


def _complete(
    text: str, mentions: list[ActorMention], names: ArticleNames, context: str | None = None
) -> list[ActorMention]:
    """The named mentions with the longer names, the names the model missed, and the things
    "It" and "the store" refer to, sorted by position."""
    persons = names.persons
    written = written_models(text)  # ("iPhone", "4"): models written in the text
    mentions = longer_names(text, mentions, written)
    mentions.extend(full_name_sweep(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions.extend(
        # the company named after the family where the clause says so ("Oda shares fell":
        # stop 48); a namesake's, or as written; a surname with its particle ("Van Roey")
        replace(m, name=company, type=ActorType.ORGANISATION)
        if (company := names.namesake_company(m.text, m.start)) is not None
        else replace(m, name=persons.lone(m.text, m.start) or (m.name if " " in m.text else m.text))
        for m in surname_sweep(text, mentions)
        if not in_another_name(text, m.start)  # "Soto" of "Ana Ruiz Soto": another person
    )
    mentions.extend(name_sweep(text, mentions, written))
    mentions.extend(model_number_sweep(text, mentions))  # "The 727" of "the Boeing 727"
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions.extend(first_word_sweep(text, mentions, context))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions.extend(acronym_sweep(text, mentions, names.defined))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions.extend(acting_letters(text, mentions))  # "asked PAGASA to", "FICORA plans"
    mentions.extend(place_list_sweep(text, mentions))  # "Hay, Deniliquin and Jerilderie"
    mentions.extend(place_sweep(text, mentions))  # "Cape Coast City" found once
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = longer_names(text, mentions, written)  # of the names the sweeps found
    mentions.extend(numbered_names(text, mentions))  # "Wadjet-1 separated", "Ikaze-1,"
    spaced = numbered_names_spaced(text, mentions)  # "an Ariane 6", "Metro Line" + " 15"
    if spaced:
        starts = {m.start for m in spaced}
        mentions = [m for m in mentions if m.start not in starts] + spaced
    mentions.sort(key=lambda m: (m.start, m.end))
    # "the Board", "the Government" the model read as names of their own are no names: an
    # anaphor there may be the body the article named before ("the Board said": stop 35)
    mentions = [m for m in mentions if not _unnamed_body(m)]
    anaphora = thing_anaphora(text, mentions)
    spans = {(m.start, m.end) for m in anaphora}
    mentions = [m for m in mentions if (m.start, m.end) not in spans] + anaphora
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = with_company_terms(text, mentions)  # "the Company said", "your company"
    mentions.extend(title_anaphora(text, mentions))  # "Justice Ana Roe ... the judge wrote"
    mentions.extend(party_anaphora(text, mentions))  # "Ana Roe was fined ... The defendant"
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions.extend(plural_pointers(text, mentions))  # "Orlo and Vell ... Both companies"
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = style_anaphora(text, mentions)  # "His Lordship Dr. Ana Roe ... His Lordship"
    mentions.extend(knights_by_given_name(text, mentions))  # "Sir Huw Bevan ... Sir Huw said"
    mentions.sort(key=lambda m: (m.start, m.end))
    return [m for m in mentions if not _unnamed_body(m)]


def _unnamed_body(mention: ActorMention) -> bool:
    """Whether a mention is a kind of body the article never names ("the Government" where no
    "... Government" is written: its short form would have taken that name).

    >>> _unnamed_body(ActorMention(4, 14, "Government", "Government", "organisation"))
    True
    >>> _unnamed_body(ActorMention(0, 9, "Edenfield", "Edenfield", "organisation"))
    False

    A company's board by the nouns of its members alone is one too ("The Board of Directors
    declared a dividend", "chairman of the Management Board": stop 47); a board with a name of
    its own ("the Tarvik Board of Directors") is no such mention.

    >>> board = "Board of Directors"
    >>> _unnamed_body(ActorMention(4, 22, board, board, "organisation"))
    True
    """
    return (
        mention.type == ActorType.ORGANISATION
        and " ".join(mention.name.split()).casefold() in _UNNAMED_BODIES
    )


#: Bodies of a state or a company written alone, with no name of their own ("the Government",
#: "The Board has declared a dividend" in a company's letter), and a state's cabinet and its
#: opposition so ("Cabinet approved the plan", "the Opposition will press it": stop 43, left
#: out by the golds of nine writers, kept by two); a company's board by the nouns of its
#: members ("the Board of Directors", "the Management Board": stop 47, left out by the golds
#: of four writers, kept by none).
_UNNAMED_BODIES = frozenset(
    {"government", "board", "cabinet", "opposition"}
    | {"board of directors", "board of management", "management board"}
)
