"""Short forms of an organisation's name written in the same article: "NPD" for "NPD Group",
"Harvest Table" for "Harvest Table Foods", "the Air Force" for "the U.S. Air Force", "the
Commission" for "the European Commission". Each short form stands for the one longer name of
the article it can shorten; one that could shorten two stands for neither.

    >>> forms = ShortForms.of({"NPD", "NPD Group", "Harvest Table", "Harvest Table Foods"})
    >>> forms.long_forms["Harvest Table"], forms.long_forms["NPD"]
    ('Harvest Table Foods', 'NPD Group')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.actors.products import is_brand_case
from timeline.actors.vocabulary import (
    body_words,
    countries,
    organisation_words,
)
from timeline.wordlists import word_set

__all__ = ["ShortForms", "named_after_its_place"]

_PLURAL_END = re.compile(r"\b[A-Z][a-z]+[^s]s$")


@dataclass(frozen=True, slots=True)
class ShortForms:
    """The short forms of an article's organisations, gathered once."""

    #: a short name the model found as an organisation -> its one longer name
    long_forms: dict[str, str]
    #: the first words of an organisation's longer name, found or not -> that name
    beginnings: dict[str, str]
    #: an organisation word ending one name of two words or more -> that name ("the
    #: Commission" after "the European Commission"; "the House" is not the "White House")
    heads: dict[str, str]
    #: a later word of the one longer organisation name of the article holding it: its
    #: organisation word, the word before that, a model number ("Harbor" of "Portland Harbor
    #: FC", "Council" of "Millbrook City Council", "KX-20" of "Altavia KX-20 Condor")
    inner: dict[str, str]
    #: the last word of the one name of two words ending in it that is no organisation's word
    #: nor a country, the model's organisation alone ("Gokhale" of "Sunil Gokhale", a
    #: person it took for a body; "Sachs" of "Goldman Sachs"), read for a word not after "the"
    #: ("the House" is not the "White House")
    lasts: dict[str, str]

    @classmethod
    def of(cls, organisations: set[str], named: frozenset[str] = frozenset()) -> ShortForms:
        """The short forms of `organisations` (names without their corporate suffixes) and,
        for their later words, of the names ending in an organisation word the model gave
        another type (`named`: "Portland Harbor FC" taken for a building).

        A longer name ending in a plural ("Apple Stores") names the company's things, not it.
        A brand written "iPod" or "iTunes" is a product line: the "iPod Nano" is one of its
        models and the "iTunes Music Store" one of its services, not its full name.
        """
        brands = {name for name in organisations if is_brand_case(name) and " " not in name}
        starts: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        for organisation in organisations:
            words = organisation.split()
            if len(words) < 2 or _names_its_things(organisation):
                continue
            for cut in range(1, len(words)):
                starts.setdefault(" ".join(words[:cut]), set()).add(organisation)
            ends.setdefault(words[-1], set()).add(organisation)
            if "of" in words[2:-1]:
                # "the Board" of the "West Bengal Board of Secondary Education"
                ends.setdefault(words[words.index("of", 2) - 1], set()).add(organisation)
        beginnings = {
            short: next(iter(longer))
            for short, longer in starts.items()
            if len(longer) == 1
            and short not in brands
            and not _workers_body(next(iter(longer)))
            and not _body_of(short, next(iter(longer)))
        }
        long_forms = {short: name for short, name in beginnings.items() if short in organisations}
        long_forms.update(
            (short, name)
            for short, name in _clipped(organisations, starts).items()
            if short not in long_forms and short not in brands
        )
        for short in organisations:
            if " " not in short or short in long_forms or short in brands:
                continue
            qualified = _nationally_qualified(short, organisations)
            if qualified is not None:
                long_forms[short] = qualified
        heads = {
            head: next(iter(names))
            for head, names in ends.items()
            if len(names) == 1 and head[:1].isupper() and _head_word(head)
        }
        lasts = {
            last: name
            for last, names in ends.items()
            if len(names) == 1
            and len((name := next(iter(names))).split()) == 2
            and last[:1].isupper()
            and last[1:].islower()
            and last not in starts
            and last not in brands
            and not _head_word(last)
            and last.casefold() not in countries()
        }
        inner = _inner_words(organisations | named, brands)
        return cls(long_forms, beginnings, heads, inner, lasts)


def _head_word(word: str) -> bool:
    """Whether `word` names a body alone after "the" ("the Commission", "the Board", "the
    Senate", "the Community"): an organisation's or a public body's word.

    >>> _head_word("Senate"), _head_word("House")
    (True, False)
    """
    folded = word.casefold()
    return folded in organisation_words() or folded in body_words()


def _clipped(organisations: set[str], starts: dict[str, set[str]]) -> dict[str, str]:
    """A one-word name that is the clipped first word of the one longer name beginning with
    that word ("Fed" of "Federal Reserve"; three letters or more) -> that name.

    >>> _clipped({"Fed", "Federal Reserve"}, {"Federal": {"Federal Reserve"}})
    {'Fed': 'Federal Reserve'}
    """
    by_opening: dict[str, dict[str, set[str]]] = {}  # looked up by three letters, not all pairs
    for first, names in starts.items():
        if " " not in first:
            by_opening.setdefault(first[:3], {})[first] = names
    clipped: dict[str, str] = {}
    for short in organisations:
        if " " in short or len(short) < 3 or not short[:1].isupper() or short.isupper():
            continue
        names = {
            name
            for first, longer in by_opening.get(short[:3], {}).items()
            if first != short and first.startswith(short)
            for name in longer
        }
        if len(names) == 1:
            clipped[short] = next(iter(names))
    return clipped


def _inner_words(organisations: set[str], brands: set[str]) -> dict[str, str]:
    """A later word of the one name of two words or more that holds it -> that name: its
    organisation word, the word just before that, or a model number; not the first word of any
    name, nor a country or a brand. Another last word makes another body: "House" is not the
    "White House", "Army" not the "Red Army".

    >>> inner = _inner_words({"Portland Harbor FC", "White House", "Altavia KX-20"}, set())
    >>> sorted(inner.items())
    [('FC', 'Portland Harbor FC'), ('Harbor', 'Portland Harbor FC'), ('KX-20', 'Altavia KX-20')]
    """
    anywhere: dict[str, set[str]] = {}
    firsts: set[str] = set()
    for organisation in sorted(organisations):
        words = organisation.split()
        if len(words) < 2 or "\n" in organisation:
            continue
        firsts.add(words[0])
        later = [w for w in words[1:] if any(c.isdigit() for c in w)]
        if words[-1].casefold() in organisation_words():
            later.extend(words[-2:] if len(words) > 2 else words[-1:])
        for word in later:
            anywhere.setdefault(word, set()).add(organisation)
    return {
        word: next(iter(names))
        for word, names in anywhere.items()
        if len(names) == 1
        and word not in firsts
        and word[:1].isupper()
        and word.casefold() not in countries()
        and word not in brands
    }


def _workers_body(name: str) -> bool:
    """Whether a name ends in "Union": its first words ("Hanbit Air" of the "Hanbit Air Pilots
    Union") are the employer whose workers it unites, not a short form of it.

    >>> _workers_body("Hanbit Air Pilots Union"), _workers_body("Hanbit Air Co.")
    (True, False)
    """
    return name.rsplit(" ", 1)[-1].casefold() == "union"


def _body_of(short: str, longer: str) -> bool:
    """Whether `longer` is a body of the organisation `short` names, not its full name: `short`
    ends in an organisation's word, so it is a whole name, and `longer` adds a governing or
    members' body ("Lung Wah College" and the "Lung Wah College Council", "Tarn University"
    and the "Tarn University Students' Association"); a company's full name adds no such
    word ("General Motors Company").

    >>> _body_of("Tarn College", "Tarn College Council")
    True
    >>> _body_of("Tarn University", "Tarn University Students' Association")
    True
    >>> _body_of("General Motors", "General Motors Company"), _body_of("Tarn", "Tarn Council")
    (False, False)

    A body's word alone ("the Senate", "the Council") is a whole name too: a longer name it
    opens without "of" is another body, one of its committees ("Senate Finance Committee";
    stop 31), where "the Court" may still be the "Court of Appeal".

    >>> _body_of("Senate", "Senate Finance Committee"), _body_of("Court", "Court of Appeal")
    (True, False)
    """
    last = short.rsplit(" ", 1)[-1].casefold()
    end = longer.rsplit(" ", 1)[-1].casefold()
    if " " not in short:
        return last in body_words() and longer.split()[1:2] != ["of"]
    return last in organisation_words() and end != last and end in body_words()


#: A city's word inside a body's name, beside the administrative units ("Porto City Council").
_CITY = "city"


def named_after_its_place(short: str, longer: str) -> bool:
    """Whether `longer` is a body of the place `short` names: one word, then a city's or an
    administrative unit's word (`data/administrative_units.txt`), and an organisation word at
    the end ("Sendai" of the "Sendai City Waterworks Bureau", "Tarka" of the "Tarka District
    Council"): the word alone is the place, not the body's short form. Stop 31. The unit's
    word may follow one word of its kind ("Tarka" of the "Tarka Urban District Council", "...
    Rural District Council", "... Metropolitan Borough Council"; stop 36, helper `names7`).

    >>> named_after_its_place("Tarka", "Tarka City Council")
    True
    >>> named_after_its_place("Tarka", "Tarka Urban District Council")
    True
    >>> named_after_its_place("Tarka", "Tarka Motors"), named_after_its_place("Tarka", "Tarka City")
    (False, False)
    """
    words = longer.split()
    unit = 2 if len(words) >= 4 and words[2].casefold() in _place_units() else 1
    return (
        " " not in short
        and len(words) >= 3
        and words[0] == short
        and words[unit].casefold() in _place_units()
        and words[-1].casefold() in _body_ends()
    )


@cache
def _place_units() -> frozenset[str]:
    return frozenset({_CITY, *word_set("administrative_units.txt")})


@cache
def _body_ends() -> frozenset[str]:
    return organisation_words() | body_words()


def _names_its_things(name: str) -> bool:
    """Whether a name ends in a plural that is not an organisation's word: "Apple Stores" are
    the company's shops, "Skyward Regional Airlines" is a company.

    >>> _names_its_things("Apple Stores"), _names_its_things("Skyward Regional Airlines")
    (True, False)
    """
    return bool(_PLURAL_END.search(name)) and name.rsplit(" ", 1)[-1].casefold() not in (
        organisation_words()
    )


def _nationally_qualified(short: str, organisations: set[str]) -> str | None:
    """ "Air Force" after "U.S. Air Force", "Geological Survey" after "US Geological Survey":
    the one longer name of the article that is `short` with a country before it (the national
    qualifier later mentions drop); a place or another word before it makes another body
    ("Red Army" is not the "Baku Red Army").

    >>> _nationally_qualified("Air Force", {"Air Force", "U.S. Air Force"})
    'U.S. Air Force'
    """
    qualified = [
        name
        for name in organisations
        if name.endswith(" " + short) and name[: -len(short) - 1].strip().casefold() in countries()
    ]
    return qualified[0] if len(qualified) == 1 else None


#: A word of letters.
