"""What a sentence writes around an organisation's name that is no word of it: a descriptor
opening the sentence ("Steelmaker Acme SA", "Budget carrier Acme"), a place after it ("the
City Hospital in Lagos"); and a descriptor before a name that says the name is an
organisation's ("device maker Lumo"), where the model took it for a place; and a route's end
("flights between Singapore and Sendai"), which is a place the model took for an organisation.
A body named by its place in lower case ("Regina city council"), which "Council" stands for,
is `place_bodies`'s. Descriptors are the nouns of `data/organisation_anaphors.txt`.

    >>> text = "Steelmaker Acme SA lost 3%."
    >>> [(r.text, r.label) for r in edges(text, RawSpan(0, 18, "Steelmaker Acme SA", "ORG"))]
    [('Acme SA', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.occurrences import occurs, whole_edges
from timeline.actors.openings import the_sweep
from timeline.actors.portfolios import opens_a_sum
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    calendar_words,
    countries,
    name_heads,
    organisation_words,
    place_words,
    titles,
)
from timeline.kinds import PLACE_LABELS
from timeline.sentences import sentence_openers
from timeline.wordlists import word_set

#: The lower-case word right before a name: "maker" of "device maker Lumo".
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: " in ", " on " or " at " and a place of capitalised words ending a name: "City Hospital in
#: Lagos", "Pelican Lounge on Canal Street", "Square at Athlone".
_IN_PLACE = re.compile(r" (in|on|at) ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)$")
#: What may stand before a word that opens a sentence: nothing, a stop, a quotation mark.
_OPENS = re.compile(r"(?:^|[.!?:][\"”’]?\s+|\n\s*|[\"“]\s*)$")


@cache
def descriptor_nouns() -> frozenset[str]:
    """Nouns for a kind of organisation: "retailer", "carmaker", "maker".

    >>> {"retailer", "maker"} <= descriptor_nouns()
    True
    """
    return word_set("organisation_anaphors.txt")


def edges(text: str, span: RawSpan) -> list[RawSpan]:
    """The names in a cleaned span: without a descriptor that opens both it and its
    sentence (the name after it, an organisation), and an organisation's name apart from the
    place written after it with "in", which is a place of its own.

    >>> text = "The City Hospital in Lagos shut a ward."
    >>> [(r.text, r.label) for r in edges(text, RawSpan(4, 26, "City Hospital in Lagos", "ORG"))]
    [('City Hospital', 'ORG'), ('Lagos', 'GPE')]
    >>> text = "He sang at the Pelican Lounge on Canal Street."
    >>> lounge = RawSpan(15, 44, "Pelican Lounge on Canal Street", "ORG")
    >>> [(r.text, r.label) for r in edges(text, lounge)]
    [('Pelican Lounge', 'ORG'), ('Canal Street', 'FAC')]
    >>> text = "He spoke in the Square at Athlone."
    >>> [(r.text, r.label) for r in edges(text, RawSpan(16, 33, "Square at Athlone", "FAC"))]
    [('Athlone', 'GPE')]
    >>> budget = RawSpan(0, 20, "Budget carrier Zefir", "ORG")
    >>> [r.text for r in edges("Budget carrier Zefir rose.", budget)]
    ['Zefir']
    >>> [r.text for r in edges("Carrier pigeons flew.", RawSpan(0, 7, "Carrier", "ORG"))]
    ['Carrier']
    """
    span = without_descriptor(text, _without_holding(text, span))
    if span.label not in ("ORG", "FAC"):
        return [span]
    place = _IN_PLACE.search(span.text)
    if place is None or not _located(span.text[: place.start()], place[1], place[2]):
        return [span]
    name = span.text[: place.start()]
    where = place[2].rsplit(" ", 1)[-1].casefold()
    located = RawSpan(
        span.start + place.start(2),
        span.end,
        place[2],
        "FAC" if where in place_words() else "GPE",
    )
    if " " not in name and name.casefold() in place_words():
        return [located]  # "the Square at Athlone": the square names nothing apart from it
    return [RawSpan(span.start, span.start + len(name), name, span.label, span.role), located]


def _located(name: str, preposition: str, place: str) -> bool:
    """Whether `name` before `preposition` and `place` is a body, a place or a venue that the
    place only locates ("City Hospital in Lagos", "Lyceum Studio in Sheffield", "Square at
    Athlone"; `data/venue_nouns.txt`), the place after "on" a street's or a place's name
    ("Pelican Lounge on Canal Street"): a body "on" its remit stays whole ("Commission on
    Human Rights").

    >>> _located("City Hospital", "in", "Lagos"), _located("Pelican Lounge", "on", "Canal Street")
    (True, True)
    >>> _located("Commission", "on", "Human Rights"), _located("Women", "in", "Film")
    (False, False)
    """
    last = name.rsplit(" ", 1)[-1].casefold()
    if last not in organisation_words() | place_words() | _venue_nouns():
        return False
    return preposition != "on" or place.rsplit(" ", 1)[-1].casefold() in place_words()


@cache
def _rival_words() -> frozenset[str]:
    """Words before a name that say how it stands to another: "Rival" of "Rival Tarnow Corp"
    (`data/rival_words.txt`)."""
    return word_set("rival_words.txt")


@cache
def _venue_nouns() -> frozenset[str]:
    """Last words of a venue's name: "Studio", "Lounge" (`data/venue_nouns.txt`)."""
    return word_set("venue_nouns.txt")


#: A holding's noun capitalised and "of" or "in" opening a span before a capitalised word:
#: "Shares of " of "Shares of Brannock Stores Inc", "Stakes in ".
_HOLDING_OPENING = re.compile(r"([A-Z][a-z]+) (?:of|in) (?=[A-Z])")


def _without_holding(text: str, span: RawSpan) -> RawSpan:
    """`span` without a holding's noun and "of" or "in" it opens its sentence with ("Shares
    of Kelso Foods Inc, the grocer, rose": `data/holding_nouns.txt`): the organisation is
    the name after it, whatever the model took the span for. Not inside a sentence, where
    such a noun is written in lower case, nor a name of its own ("Holdings of Kelso" is
    written after its sentence's opening).

    >>> text = "Shares of Kelso Foods Inc, the grocer, rose."
    >>> _without_holding(text, RawSpan(0, 24, "Shares of Kelso Foods Inc", "ORG")).text
    'Kelso Foods Inc'
    >>> text = "He bought Holdings of Kelso."
    >>> _without_holding(text, RawSpan(10, 26, "Holdings of Kelso", "ORG")).text
    'Holdings of Kelso'
    """
    holding = _HOLDING_OPENING.match(span.text)
    if (
        holding is None
        or holding.group(1).casefold() not in word_set("holding_nouns.txt")
        or not _opens_sentence(text, span.start)
    ):
        return span
    cut = holding.end()
    return RawSpan(span.start + cut, span.end, span.text[cut:], "ORG", span.role)


def without_descriptor(text: str, span: RawSpan) -> RawSpan:
    """`span` without the descriptor it opens with where it opens its sentence ("Steelmaker
    Acme SA", "Budget carrier Acme", "Brokerage Kelvar Securities", and a word of how the
    name stands to another, "Rival Tarnow Corp": stop 36): up to three words, the first
    capitalised for the sentence, the others in lower case, the last a descriptor noun, before
    a capitalised name; not before a lone organisation or place word, which the descriptor
    names with it ("Retailer Park"), nor one that opens a name in another language ("Club
    Atlético Arenal": `vocabulary.name_heads`)."""
    if not _opens_sentence(text, span.start):
        return span
    words = span.text.split(" ")
    for last in range(min(3, len(words) - 1)):
        lead, rest = words[: last + 1], words[last + 1 :]
        if not (lead[0][:1].isupper() and lead[0][1:].islower()):
            return span
        if any(not word.islower() for word in lead[1:]):
            return span
        if (
            lead[-1].casefold() in descriptor_nouns() | _rival_words()
            and not (last == 0 and lead[0].casefold() in name_heads())
            and rest[0][:1].isupper()
            and not (len(rest) == 1 and rest[0].casefold() in _name_words())
        ):
            cut = len(" ".join(lead)) + 1
            return RawSpan(span.start + cut, span.end, span.text[cut:], "ORG", span.role)
    return span


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence, also after a run of blanks where furniture was
    ("SINGAPORE: " of a dateline blanked before "Budget carrier Acme").

    >>> _opens_sentence("Rose. Budget", 6), _opens_sentence("\\n" + " " * 11 + "Budget", 12)
    (True, True)
    >>> _opens_sentence("the Budget", 4)
    False
    """
    before = text[max(0, start - 200) : start]
    core = before.rstrip(" \t")
    if not core and start <= 200:
        return True
    probe = core[-4:] + before[len(core) :][:1]
    return _OPENS.search(probe) is not None


@cache
def _name_words() -> frozenset[str]:
    """Words that end a name and name nothing alone ("Park", "Bank")."""
    return organisation_words() | place_words()


def as_described(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with every span of a name written right after a lower-case descriptor noun
    ("device maker Lumo", "airline Ventura Aérea") that the model took for a place labelled
    an organisation, wherever the name is written. A name the model took for a person only
    after a noun no person's trade is (`_no_ones_trade`: "e-grocery company Warung Segar",
    "app maker Vejs Labs"; stop 50), with no article or possessive right before the noun
    ("the company Ana Roe founded"): "childcare operator Ann Lee" runs a business, and is no
    business.

    >>> text = "Finnish device maker Lumo said so. Lumo grew."
    >>> raw = [RawSpan(21, 25, "Lumo", "GPE"), RawSpan(35, 39, "Lumo", "GPE")]
    >>> [r.label for r in as_described(text, raw)]
    ['ORG', 'ORG']
    """
    described, persons = set(), set()
    for item in raw:
        before = _WORD_BEFORE.search(text, max(0, item.start - 30), item.start)
        if before is not None and before.group(1) in descriptor_nouns():
            described.add(item.text)
            if _no_ones_trade(before.group(1)) and not _ARTICLE_BEFORE.search(
                text, max(0, before.start() - 4), before.start()
            ):
                persons.add(item.text)
    return [
        replace(item, label="ORG")
        if (item.text in described and item.label in PLACE_LABELS)
        or (item.text in persons and item.label == "PERSON")
        else item
        for item in raw
    ]


#: An article right before a descriptor: "the company Ana Roe founded" may be her company's.
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Hh]er|[Hh]is)\s+$")


def _no_ones_trade(noun: str) -> bool:
    """Whether a descriptor noun is a company's and no person's trade, so that a name the
    model took for a person after it is the company ("e-grocery company Warung Segar",
    "Brazilian label ...", "Telecom firm Sarvam", "app maker Vejs Labs"): not a doer's noun
    a person may be ("software developer Jonas Brandt", "publisher Ana Roe", "childcare
    operator Ann Lee", "ore carrier" a ship), except a maker's.

    >>> _no_ones_trade("company"), _no_ones_trade("chipmaker"), _no_ones_trade("developer")
    (True, True, False)
    """
    return noun.endswith("maker") or not noun.endswith(("er", "or"))


#: The two ends of a route: "between Singapore and Sendai", "from Lagos to Accra".
_ROUTE = re.compile(
    r"\b(?:between|from)\s+(?P<first>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    r"\s+(?:and|to)\s+(?P<second>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\b"
)


def route_ends(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with every span of a name the model took for an organisation relabelled a place
    where the text writes it as one end of a route whose other end is a country or a place
    ("flights between Singapore and Sendai"), wherever the name is written.

    >>> text = "It flies between Singapore and Sendai. Sendai fares rose."
    >>> raw = [RawSpan(17, 26, "Singapore", "GPE"), RawSpan(31, 37, "Sendai", "ORG"),
    ...        RawSpan(39, 45, "Sendai", "ORG")]
    >>> [r.label for r in route_ends(text, raw)]
    ['GPE', 'GPE', 'GPE']
    """
    places = {r.text for r in raw if r.label in PLACE_LABELS} | set(countries())
    labels = {(r.start, r.end): r.label for r in raw}
    ends: set[str] = set()
    for route in _ROUTE.finditer(text):
        for this, other in (("first", "second"), ("second", "first")):
            if labels.get(route.span(this)) == "ORG" and (
                route.group(other) in places or route.group(other).casefold() in places
            ):
                ends.add(route.group(this))
    return [
        replace(item, label="GPE") if item.text in ends and item.label == "ORG" else item
        for item in raw
    ]


#: A name right after "the", words in lower case (a possessive's too) and a noun of a kind of
#: organisation: "the nurses' union Vårdfacket", "the budget carrier Skyvia". The name: one or
#: two capitalised words, then no other capitalised word.
_DESCRIBED_NAME = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*['’]?\s+){0,3}?(?P<noun>[a-z]+)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?)(?![\w'’-]|\s[A-Z])"
)


def described_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Organisations the model missed, named right after a noun of their kind ("the nurses'
    union Vårdfacket", "the budget carrier Skyvia"; the nouns of `data/organisation_anaphors.txt`
    and the organisation words): where no span of `raw` lies, a name no title, month, weekday
    or sentence opener, which the text never writes in lower case, nor a currency's letters
    before a sum ("the club R$40m").

    >>> text = "It began after the nurses' union Vardfack widened its strike."
    >>> [(r.text, r.label) for r in described_names(text, [])]
    [('Vardfack', 'ORG')]
    >>> described_names("the union Monday said so; the company Chief Executive left", [])
    []
    >>> described_names("the bank lent the club R$40m; it cost the company Rs. 9", [])
    []
    """
    found: list[RawSpan] = []
    for match in the_sweep(_DESCRIBED_NAME, text):
        if match["noun"] not in descriptor_nouns() | organisation_words():
            continue
        start, end = match.span("name")
        words = match["name"].split()
        if (
            any(r.start < end and start < r.end for r in raw)
            or opens_a_sum(text, start)  # "the club R$40m", "the company Rs. 1.6 billion"
            or match["name"].casefold() in titles()
            or any(_not_a_name_word(text, word) for word in words)
        ):
            continue
        found.append(RawSpan(start, end, match["name"], "ORG"))
    return found


def _not_a_name_word(text: str, word: str) -> bool:
    """A title, a month or weekday, a sentence opener, or a word the text writes in lower
    case: no word of a name."""
    folded = word.casefold()
    return (
        folded in titles()
        or folded in calendar_words()
        or word in sentence_openers()
        or occurs(text, folded, edges=whole_edges)
    )


#: An organisation's governing body before " of the " and the organisation's name: "Committee"
#: of "Committee of the Brenton Credit Society", "Committee of Management" of "Committee of
#: Management of the ...".
_ORGAN_OF = re.compile(r"^([A-Z][a-z]+)( of [A-Z][a-z]+)? of the ([A-Z].* (\S+))$")


@cache
def _organ_nouns() -> frozenset[str]:
    return word_set("organ_nouns.txt")


def organs_apart(raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with the organisation a governing body's name ends in apart
    (`data/organ_nouns.txt`): "Committee of the Brenton Credit Society" is the society acting
    (the body alone, one word, names no actor of its own), "Committee of Management of the
    Brenton Credit Society" the body and the society. Only where the organisation's name ends
    in an organisation word.

    >>> spans = [RawSpan(4, 42, "Committee of the Brenton Credit Society", "ORG")]
    >>> [(s.start, s.text) for s in organs_apart(spans)]
    [(21, 'Brenton Credit Society')]
    >>> spans = [RawSpan(0, 56, "Committee of Management of the Brenton Credit Society", "ORG")]
    >>> [(s.start, s.text) for s in organs_apart(spans)]
    [(0, 'Committee of Management'), (31, 'Brenton Credit Society')]
    >>> [s.text for s in organs_apart([RawSpan(0, 32, "Committee of the Red Cross", "ORG")])]
    ['Committee of the Red Cross']
    """
    result: list[RawSpan] = []
    for span in raw:
        organ = _ORGAN_OF.match(span.text) if span.label == "ORG" else None
        if (
            organ is None
            or organ.group(1).casefold() not in _organ_nouns()
            or organ.group(4).casefold() not in organisation_words()
        ):
            result.append(span)
            continue
        if organ.group(2):
            body = organ.group(1) + organ.group(2)
            result.append(RawSpan(span.start, span.start + len(body), body, "ORG", span.role))
        start = span.start + organ.start(3)
        result.append(RawSpan(start, span.end, organ.group(3), "ORG"))
    return result
