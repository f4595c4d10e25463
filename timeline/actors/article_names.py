"""What an article says about its names, gathered once before any mention is named
(`ArticleNames`): its persons' full names (a headline's only where the body confirms them),
its organisations' short forms, acronyms and suffixed names, its products' models and makers;
and the canonical name and type of one span by them (`ArticleNames.mention`). ``names``
runs the steps around it.

    >>> from timeline.actors.aliases import AliasTable
    >>> text = "Antony Blinken landed. Blinken spoke."
    >>> raw = [RawSpan(0, 14, "Antony Blinken", "PERSON"), RawSpan(23, 30, "Blinken", "PERSON")]
    >>> ArticleNames.of(text, raw, None).mention(raw[1], AliasTable()).name
    'Antony Blinken'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from timeline.actors.acronyms import (
    acronyms,
    bracketed_short_names,
    defined_acronyms,
)
from timeline.actors.aliases import AliasTable
from timeline.actors.bracketed_names import other_names_in_brackets
from timeline.actors.first_words import after_a_place_list, after_a_place_word
from timeline.actors.headlines import Headlines
from timeline.actors.literals import WORD_OR_HYPHEN, written_whole_any
from timeline.actors.mention import ActorMention
from timeline.actors.misread_works import after_a_journeys_end
from timeline.actors.modifiers import one_word_after_an_article
from timeline.actors.name_kinds import (
    MISTYPED,
    family_company,
    opens_a_longer_name,
    written_as_organisation,
)
from timeline.actors.occurrences import each_occurrence
from timeline.actors.peoples import (
    english_word_after,
    names_a_people,
    verb_or_preposition_after,
)
from timeline.actors.persons import PersonNames, full_names_in
from timeline.actors.products import (
    brand_plurals,
    is_brand_case,
    makers_things,
    model_plurals,
)
from timeline.actors.roles import role_before
from timeline.actors.short_forms import ShortForms, named_after_its_place
from timeline.actors.spans import LABEL_TYPES, RawSpan, strip_corporate_suffix
from timeline.actors.sweeps import THINGS as _THINGS
from timeline.actors.vocabulary import after_the, countries, organisation_words
from timeline.kinds import PLACE_OR_BODY_LABELS, ActorType
from timeline.wordlists import word_set

_INITIALISM_AT_START = re.compile(r"((?:[A-Z]\.){2,})\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What an article says about its names, gathered once before any mention is named."""

    text: str
    in_headline: Headlines
    #: the persons' full names, and what a lone name of them stands for
    persons: PersonNames
    #: words of the persons named in the body, not in a headline
    body_person_words: set[str]
    #: short forms of the organisations ("NPD" -> "NPD Group", "the Commission")
    short_forms: ShortForms
    #: plural -> brand ("iPods" -> "iPod")
    plurals: dict[str, str]
    #: acronym -> the organisation it abbreviates
    acronyms: dict[str, str]
    #: acronym the text defines in brackets, in any case -> the name before it ("Pagasa")
    defined: dict[str, str]
    #: organisation without its corporate suffix -> the one name written with it ("Veldmann"
    #: -> "Veldmann AG"): the name in full, as a reader filters by it
    suffixed: dict[str, str]
    #: the last word of the one product of two words or more ending in it -> that product
    #: ("Pilot" of "the Quorvex Pilot robot vacuum"): its model, not a person's first name
    product_models: dict[str, str]
    #: the first words of the products of two words or more: their makers ("Quorvex")
    product_makers: frozenset[str]
    #: the names the model took for a place somewhere in the article, and the first word of
    #: a place named with its feature or unit ("Madang" of "Madang Province")
    places: frozenset[str] = frozenset()
    #: English's nouns (the model's noun index), which a people's word may be
    nouns: frozenset[str] = frozenset()
    #: the names the model gave another label than a people's somewhere
    labelled: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        text: str,
        raw: list[RawSpan],
        context: str | None,
        nouns: frozenset[str] = frozenset(),
    ) -> ArticleNames:
        """The names of `raw`: persons' full names written in the body (and in `context`),
        organisations without their suffixes."""
        in_headline = Headlines(text)
        confirmed = _written_again(text, raw, in_headline)
        # "NPD" joins "NPD Group" when that is the only longer name of the document it begins
        organisations = {strip_corporate_suffix(r.text) for r in raw if r.label == "ORG"}
        persons = [
            r
            for r in raw
            if r.label == "PERSON"
            and (not in_headline(r.start) or r.text in confirmed)
            and r.text not in organisations  # "Kaveri Infotech" the body names a company
        ]
        written = [(r.text, r.start) for r in persons if " " in r.text]
        body_person_words = {word for r in persons for word in r.text.split()}
        if context is not None:  # full names written where the model did not read
            lone = {  # a model number the model took for a person is no surname: "KX-20"
                r.text
                for r in raw
                if r.label == "PERSON"
                and " " not in r.text
                and not any(c.isdigit() for c in r.text)
            }
            known = [name for name, _ in written]
            written.extend(
                (full, context.find(full)) for full in full_names_in(context, lone, known)
            )
        named = frozenset(  # "Portland Harbor FC" taken for a building: "Harbor" is the club
            r.text
            for r in raw
            if r.label != "ORG" and _kind(r.text, r.label) == ActorType.ORGANISATION
        )
        return cls(
            text=text,
            in_headline=in_headline,
            persons=PersonNames.of(written, context if context is not None else text),
            body_person_words=body_person_words,
            short_forms=ShortForms.of(organisations - makers_things(text, organisations), named),
            plurals=brand_plurals(organisations)
            | model_plurals(r.text for r in raw if r.label == "PRODUCT"),
            acronyms=acronyms(text, raw, organisations),
            defined=_defined(text, raw, nouns),
            suffixed=_suffixed(raw),
            product_models=_product_models(raw),
            product_makers=frozenset(
                r.text.split()[0] for r in raw if r.label == "PRODUCT" and " " in r.text
            ),
            places=written_places(text, raw),
            nouns=nouns,
            labelled=frozenset(r.text for r in raw if r.label != "NORP"),
        )

    def mention(self, item: RawSpan, aliases: AliasTable) -> ActorMention | None:
        """The mention of a cleaned span under its canonical name; None when a headline
        name has no word the body confirms."""
        start, end, surface, label = item.start, item.end, item.text, item.label
        kind: str = _kind(surface, label)  # of the whole span, before a headline trims it
        if label == "PERSON" and self.in_headline(start):
            # "Blinken Pressures" in a headline: only the words the body names a person with
            words = [w for w in surface.split() if w in self.body_person_words]
            if not words:
                return None
            first = surface.index(words[0])
            last = surface.rindex(words[-1]) + len(words[-1])
            start, end, surface = start + first, start + last, surface[first:last]
        initialism = _INITIALISM_AT_START.match(surface)
        if initialism is not None and initialism.group(1).casefold() in countries():
            rest = surface[initialism.end() :]
            if " " not in rest and self.persons.lone(rest, start) is not None:
                # "in the U.S. Jobs also noted": one sentence's last word, the next one's first
                start, surface = start + initialism.end(), rest
                label, kind = "PERSON", ActorType.PERSON
        the_before = after_the(self.text, start)
        name, kind = self._name(surface, label, kind, start, after_the=the_before)
        if kind in MISTYPED and written_as_organisation(self.text, surface, kind):
            # "Shares of Tarvik", "Tarvik, the Oslo maker of pumps,": a company throughout,
            # named as the model's organisations are, unless it opens a longer name the rules
            # after this name it by ("Tarvik" of "Tarvik Stores Ltd": stop 48)
            named = self._name(surface, "ORG", ActorType.ORGANISATION, start)
            if named[0] != surface or not opens_a_longer_name(self.text, surface):
                name, kind = named
        alias = aliases.lookup(name) or aliases.lookup(surface)
        if alias is not None:
            name, kind = alias
        role = item.role or (role_before(self.text, start) if kind == ActorType.PERSON else None)
        if end <= start:
            return None
        if (
            alias is None
            and kind == ActorType.GROUP
            and not surface.endswith("s")
            and _NOUN_AFTER.match(self.text, end)
            and not (  # "Iphan sent a team"; a company's short form is named its own way
                verb_or_preposition_after(self.text, surface, end)
                and surface not in self.short_forms.beginnings
            )
        ):
            if not self._named_not_a_people(surface, end):
                return None  # "its European division", "North American plants": an adjective
            kind = ActorType.LOCATION if surface in self.places else kind
        return ActorMention(start, end, self.text[start:end], name, kind, role)

    def _named_not_a_people(self, surface: str, end: int) -> bool:
        """Whether a name the model took for a people, before a lower-case word, is a name
        of no people ("the Govan yard", "an Aeroline spokesperson": stop 34): no people's word
        (`peoples.names_a_people`) before an English word, describing no thing after "a"
        (`modifiers.one_word_after_an_article`), and, unless the model took it for
        a place elsewhere, no name it labelled otherwise, no organisation's short form and no
        word of a person's name (those are named their own way)."""
        if (
            names_a_people(surface, self.nouns)
            or not english_word_after(self.text, end, self.nouns)
            or one_word_after_an_article(self.text, surface, end)  # "a Birkirkara contractor"
        ):
            return False
        return surface in self.places or not (
            surface in self.labelled
            or surface in self.short_forms.beginnings
            or any(word in self.body_person_words for word in surface.split())
        )

    def _last_word_of(self, name: str, after_the: bool) -> str | None:
        """The one name of two words a lone organisation's word ends (`ShortForms.lasts`),
        when the word is no English noun and not written after "the": "Gokhale" of "Sunil
        Gokhale"; not "a House amendment" of the "Texas House"."""
        if after_the or name.casefold() in self.nouns:
            return None
        return self.short_forms.lasts.get(name)

    def _surname(self, surface: str, start: int) -> str | None:
        """The full name whose last word `surface` is, when it is one word, no brand ("iPod")
        nor a product's maker, and the article names one such person."""
        if " " in surface or is_brand_case(surface) or surface in self.product_makers:
            return None
        full = self.persons.lone(surface, start)
        return full if full is not None and full.split()[-1] == surface else None

    def _company_before_its_namesake(
        self, surface: str, full: str | None, start: int
    ) -> str | None:
        """The organisation a lone word opens when a person of that surname is named too, but
        only after it, and the organisation before it (stop 37): a company named after its
        family ("Hoshino Electric Industries ... Hoshino said ... its president, Ichiro
        Hoshino"); its short form until the person is named."""
        company = self.short_forms.beginnings.get(surface)
        if full is None or company is None or full.split()[-1] != surface:
            return None
        named = self.persons.written_at.get(full, [])
        if named and named[0] < start:
            return None
        written = next(each_occurrence(self.text, company), -1)
        return company if 0 <= written < start else None

    def namesake_company(self, surface: str, start: int) -> str | None:
        """The company's canonical name when the lone surname at `start` stands for the
        company named after the family rather than the person (`_name`'s reading of it),
        else None: the surnames the sweeps find are read the same way as the model's.

        >>> text = "Oda Electric Ltd cut jobs. Jun Oda spoke. Oda shares fell."
        >>> raw = [RawSpan(0, 16, "Oda Electric Ltd", "ORG"), RawSpan(27, 34, "Jun Oda", "PERSON")]
        >>> ArticleNames.of(text, raw, None).namesake_company("Oda", 42)
        'Oda Electric Ltd'
        """
        if " " in surface:
            return None
        name, kind = self._name(surface, "PERSON", ActorType.PERSON, start)
        return name if kind == ActorType.ORGANISATION else None

    def _name(
        self, surface: str, label: str, kind: str, start: int, *, after_the: bool = False
    ) -> tuple[str, str]:
        """The canonical (name, type) of `surface`, written at `start`, before the alias file:
        its country, the full name a lone name or the end of a full name shortens (whatever
        the model took "Vargas Rojo" for), an organisation's full name ("the Commission" after
        "the European Commission" when `after_the`), a brand's plural."""
        name = surface
        folded = surface.casefold()
        country = countries().get(folded)
        if surface in self.defined:  # "Pagasa", whatever the model took it for
            return self.defined[surface], ActorType.ORGANISATION
        if label in ("GPE", "NORP") and country is not None:
            name, kind = country, ActorType.COUNTRY
        elif label in ("PERSON", "ORG") and surface in self.product_models:
            name, kind = self.product_models[surface], ActorType.PRODUCT
        elif label == "PERSON" and surface in self.product_makers:
            kind = ActorType.ORGANISATION  # "Quorvex" of the "Quorvex Pilot": its maker
        elif label == "PRODUCT" and self._surname(surface, start):
            # "Alcide polled 2,104 votes" after "Marcella Alcide": her surname, no product
            name, kind = self._surname(surface, start) or surface, ActorType.PERSON
        elif (
            label in PLACE_OR_BODY_LABELS
            and surface in self.persons.longest
            and surface.rsplit(" ", 1)[-1].casefold() not in organisation_words()
        ):
            name, kind = self.persons.longest[surface], ActorType.PERSON  # "Vargas Rojo"
        elif label in ("PERSON", "GPE", "ORG", "LOC") and " " not in surface:
            fulls = self.persons.short_to_full.get(folded, set())
            full = self.persons.lone(surface, start)
            company = self._company_before_its_namesake(surface, full, start)
            if company is None and full is not None and full.split()[-1] == surface:
                company = family_company(self.short_forms.beginnings, self.text, surface, start)
            if company is not None:  # "Hoshino, which makes cameras" before "Ichiro Hoshino"
                name, kind = company, ActorType.ORGANISATION
            elif full is not None:  # also when the model took a surname for a place: "Austin"
                name, kind = full, ActorType.PERSON
            elif label != "PERSON" and country is not None:
                name, kind = country, ActorType.COUNTRY
            elif label == "PERSON" and not fulls and country is not None and country == surface:
                # "entered Nepal" taken for a person: the country, no short form of the
                # "Nepal Army" nor anyone's name
                name, kind = country, ActorType.COUNTRY
            elif label == "PERSON" and not fulls and surface in self.short_forms.beginnings:
                # "Skyward" after "Skyward Regional Airlines", whatever the model took it for;
                # "Growers in Kelso" after the "Kelso Tea Growers' Union", and "Porto's metro"
                # beside the "Porto City Council", a body named after its place, whether or not
                # the article writes Porto as a place elsewhere: the place
                kind = (
                    ActorType.LOCATION
                    if surface in self.places
                    or after_a_place_list(self.text, start, start + len(surface))
                    or named_after_its_place(surface, self.short_forms.beginnings[surface])
                    else ActorType.ORGANISATION
                )
                if kind == ActorType.ORGANISATION:
                    name = self.short_forms.beginnings[surface]
            elif (
                (
                    label in ("LOC", "GPE")
                    or (label == "PERSON" and any(c.isdigit() for c in surface))
                )
                and not fulls
                and surface in self.short_forms.inner
            ):
                # "Harbor" of "Portland Harbor FC" taken for a place, the model "KX-20" for a
                # person
                name, kind = self.short_forms.inner[surface], ActorType.ORGANISATION
        if kind == ActorType.PERSON and name in self.persons.longest:
            name = self.persons.longest[name]
        if kind == ActorType.ORGANISATION:
            name = strip_corporate_suffix(name) or name
            # an acronym the text spells out is that name, even when a longer name begins with
            # it ("GM" after "General Motors (GM)" beside a "GM Total Confidence" programme)
            forms = self.short_forms
            head = forms.heads.get(name) if after_the and " " not in name else None
            longer = forms.long_forms.get(name) or forms.beginnings.get(name)
            if (
                longer is not None
                and name.istitle()
                and name.rsplit(" ", 1)[-1].casefold() not in organisation_words()
                and len(longer.split()) >= len(name.split()) + 2
                and (
                    after_a_place_list(self.text, start, start + len(surface))
                    or after_a_journeys_end(self.text, start)  # "flown to Patna"
                    or named_after_its_place(name, longer)
                )
            ):
                # "fares in Dorvale" beside the "Dorvale City Council": the place a body of
                # three words or more is named after, not its short form (not "at Kelso" of
                # "Kelso Motors", a company's short name); "Porto's metro" of the "Porto City
                # Council" wherever it stands; a place of two words ("came to Council Grove"
                # beside its "Council Grove Chamber of Commerce"), a list's ("in Didsbury and
                # Levenshulme"): stop 44
                return name, ActorType.LOCATION
            if longer is None and " " not in name:
                longer = forms.inner.get(name) or self._last_word_of(name, after_the)
            name = self.acronyms.get(name) or longer or head or name
            name = self.acronyms.get(name, name)
            name = self.suffixed.get(name, name)
        if kind in _THINGS and name in self.plurals:
            name, kind = self.plurals[name], ActorType.PRODUCT  # "iPods" are iPods
        return name, kind


def _defined(text: str, raw: list[RawSpan], nouns: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each acronym the text defines in brackets -> the one name it defines it for: the
    organisation the model found ending where the spelled-out words end, when it starts
    before them (its letters spell only "Food and Drug Administration" of "the US Food and
    Drug Administration (FDA)", whose whole name is the one the article knows).

    >>> _defined("the Vale Bay Weather Office (Vbwo) said", [])
    {'Vbwo': 'Vale Bay Weather Office'}
    >>> text = "the Tarn Food Board (FB) met"
    >>> _defined(text, [RawSpan(4, 19, "Tarn Food Board", "ORG")])
    {'FB': 'Tarn Food Board'}
    """
    longer = {r.end: r for r in raw if r.label == "ORG"}
    names: dict[str, set[str]] = {}
    for spelled, end, acronym in defined_acronyms(text):
        span = longer.get(end)
        start = span.start if span is not None and span.start < spelled else spelled
        names.setdefault(acronym, set()).add(text[start:end])
    for short, name in bracketed_short_names(text, raw):  # "Sinar Nusa Seluler (SiNusa)"
        names.setdefault(short, set()).add(name)
    others: dict[str, set[str]] = {}
    for other, name in other_names_in_brackets(text, raw, nouns):  # "(Vescom)", "(M.D.U.)"
        others.setdefault(other, set()).add(name)
    for other, full in others.items():
        names.setdefault(other, full)
    return {acronym: next(iter(full)) for acronym, full in names.items() if len(full) == 1}


def written_places(text: str, raw: list[RawSpan]) -> frozenset[str]:
    """The names the model took for a place (a city, a region) where the text writes them
    after a preposition of place ("in Porto"; not "Shares in Nordvest", a company), and the
    first word of a place of two words whose last is a unit or a feature of the land
    ("Madang" of "Madang Province", "Tarvo" of "the Tarvo Valley"): one word of them the
    model took elsewhere for a person is that place, not the short form of a body named
    after it (the "Madang Provincial Disaster Office").

    >>> text = "Madang Province. Rain in Porto. Shares in Tarvo fell."
    >>> raw = [RawSpan(0, 15, "Madang Province", "GPE"), RawSpan(25, 30, "Porto", "GPE")]
    >>> sorted(written_places(text, [*raw, RawSpan(42, 47, "Tarvo", "GPE")]))
    ['Madang', 'Porto']
    """
    places: set[str] = set()
    for item in raw:
        if item.label not in ("GPE", "LOC"):
            continue
        words = item.text.split()
        if len(words) == 2 and words[1].casefold() in _unit_or_feature_nouns():
            places.add(words[0])
        elif after_a_place_word(text, item.start, item.end):
            places.add(item.text)
    return frozenset(places)


@cache
def _unit_or_feature_nouns() -> frozenset[str]:
    """Nouns of an administrative unit or a feature of the land: "province", "valley"."""
    return word_set("administrative_units.txt") | word_set("feature_nouns.txt")


def _product_models(raw: list[RawSpan]) -> dict[str, str]:
    """The last word of a product name of two words or more -> the one such product ending
    in it, when it is not a model number ("Pilot" of "Quorvex Pilot"; not "4" of "iPhone 4").

    >>> _product_models([RawSpan(4, 17, "Quorvex Pilot", "PRODUCT")])
    {'Pilot': 'Quorvex Pilot'}
    """
    ends: dict[str, set[str]] = {}
    for item in raw:
        words = item.text.split()
        if item.label == "PRODUCT" and len(words) > 1 and words[-1][:1].isupper():
            ends.setdefault(words[-1], set()).add(item.text)
    return {end: next(iter(names)) for end, names in ends.items() if len(names) == 1}


def _suffixed(raw: list[RawSpan]) -> dict[str, str]:
    """Organisation names without their corporate suffix -> the one way the article writes
    them with it (two suffixes, "Apple Inc." and "Apple Corp.", give neither).

    >>> _suffixed([RawSpan(0, 11, "Veldmann AG", "ORG"), RawSpan(20, 28, "Veldmann", "ORG")])
    {'Veldmann': 'Veldmann AG'}
    """
    written: dict[str, set[str]] = {}
    for item in raw:
        if item.label == "ORG":
            bare = strip_corporate_suffix(item.text)
            if bare and bare != item.text:
                written.setdefault(bare, set()).add(item.text)
    return {bare: next(iter(full)) for bare, full in written.items() if len(full) == 1}


def _kind(surface: str, label: str) -> ActorType:
    """The type a label gives a name, unless the name says otherwise."""
    kind = LABEL_TYPES[label]
    if label == "NORP" and is_brand_case(surface):
        kind = ActorType.ORGANISATION  # "iTunes" is no group of people
    if surface.rsplit(" ", 1)[-1].casefold() in organisation_words():
        kind = ActorType.ORGANISATION  # "App Store", "Court of Appeal" are no persons or places
    return kind


def _written_again(text: str, raw: list[RawSpan], in_headline: Headlines) -> set[str]:
    """The persons' names of two words or more in a headline that the text writes again (in
    the body, where the model may have missed them): all their words are confirmed.

    >>> text = "Elena Vargas Rojo Dies at 88 in Chile\\n\\nElena Vargas Rojo died."
    >>> _written_again(text, [RawSpan(0, 17, "Elena Vargas Rojo", "PERSON")], Headlines(text))
    {'Elena Vargas Rojo'}
    """
    headline = {
        r.text for r in raw if r.label == "PERSON" and " " in r.text and in_headline(r.start)
    }
    if not headline:
        return set()
    written = Counter(written_whole_any(headline, WORD_OR_HYPHEN).findall(text))
    return {name for name, count in written.items() if count > 1}


#: A lower-case word right after a group's name that is no plural: an adjective of it
#: ("European division"; "Democrats in Congress" are a group).
_NOUN_AFTER = re.compile(r" [a-z]")
