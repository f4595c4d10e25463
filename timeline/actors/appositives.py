"""A place in an apposition that describes a person says where the person is from, lives or
works, and is no actor: "Iain Ross, 58, of Dingwall,", "Nomsa Dube, a cleaner from
KwaMashu,", "Ana Lima, a former governor of Kisumu,", "the former mayor of Schiedam, Jo Kim".

    >>> text = "Tendai Moyo, the 20-year-old batsman from Mutare, made a hundred."
    >>> describes_a_person(text, 42, 48, "GPE")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import WORD_AFTER
from timeline.actors.roles import role_nouns
from timeline.actors.vocabulary import (
    corporate_suffix,
    countries,
    described_nouns,
    finite_verbs,
    organisation_words,
    prepositions,
    state_nouns,
    titles,
)
from timeline.kinds import PLACE_LABELS
from timeline.temporal.vocabulary import NUMBER_WORDS
from timeline.wordlists import word_set

__all__ = ["describes_a_person", "describes_someone", "person_noun", "trade_noun"]

#: An apposition opened by a comma, up to the preposition before the place: ", a cleaner
#: from ", ", 58, of ", ", most of them from ", ", then a mechanic in ". Only lower-case
#: words, numbers and hyphens between: a description, no name.
_APPOSITION = re.compile(
    r",\s+(?P<age>\d{1,3},\s+)?(?P<words>(?:[a-z0-9][\w'’-]*\s+){0,6}?)"
    r"(?P<preposition>from|of|in|at)\s+(?:the\s+)?$"
)
#: A title a person held of a place before it and a name after it: "the former mayor of
#: Schiedam, Jo Kim" (the governor in office acts for the place: "the governor of Ohio").
_TITLE_OF = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:former|then|late)\s+(?P<title>[A-Za-z]+)\s+of\s+$")
#: What closes the apposition after the place: a comma, a bracket, the end of the sentence.
_CLOSED = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
#: A noun of a person: a doer ("cleaner", "batsman", "pianist", "resident"), a trade without
#: a doer's ending ("architect", "mechanic", "nurse"), an age used as a noun ("20-year-old"), a
#: pronoun of a group ("most of them").
_TRADES = (
    r"resident|student|(?:im|e)?migrant|tenant|merchant|native|refugee|graduate|citizen|"
    r"architect|mechanic|chef|nurse|cook|clerk|surgeon|pilot|poet|priest|monk|nun|medic|agent|"
    r"consultant|accountant|assistant|attendant|artisan|analyst|official"
)
_PERSON_NOUN = re.compile(
    rf"[a-z-]*(?:er|or|ist|ian|man|woman|men|women|ee|year-old|them|{_TRADES})s?"
)
#: A person's noun by its word or an ending no thing has ("-er" is also "border", "water";
#: "-ist" of "list" needs three letters before): "merchants", "motorists", "musicians".
_TRADE_NOUN = re.compile(rf"(?:[a-z-]{{3,}}(?:ist|ian)|[a-z-]*(?:{_TRADES}))s?")
#: Words that make a title one held before: "a former governor of Kisumu".
_FORMER = frozenset({"former", "then", "late"})
#: Prepositions after which the apposition must name a person (else the place may be where
#: something happens: ", a plant in Kadoma,").
_AFTER_A_PERSON = frozenset({"from", "in", "at", "of"})


@cache
def _clause_words() -> frozenset[str]:
    """Words of a clause, not of a description (`data/clause_words.txt`)."""
    return word_set("clause_words.txt")


@cache
def _person_words() -> frozenset[str]:
    return described_nouns() | titles()


def person_noun(word: str) -> bool:
    """Whether a lower-case word is a noun of a person ("manager", "spokesman", "residents").

    >>> person_noun("manager"), person_noun("said"), person_noun("first")
    (True, False, False)
    """
    return word not in _clause_words() and (
        word in _person_words() or _PERSON_NOUN.fullmatch(word) is not None
    )


#: What ends a person's name before the comma of an apposition: an age in brackets ("Tom
#: Rennie (41)") or a capitalised word ("Grace Tisdall").
_PERSON_END = re.compile(r"(?:\(\d{1,3}\)|\b(?P<word>[A-Z][\w'’-]+))$")


def _person_before(text: str) -> bool:
    """Whether `text` ends with a person's name or age, not an organisation's name.

    >>> _person_before("Tom Rennie (41)"), _person_before("police said Grace Tisdall")
    (True, True)
    >>> _person_before("Harwell Pumps Ltd"), _person_before("the Tarsk Mining Company")
    (False, False)
    """
    end = _PERSON_END.search(text)
    if end is None:
        return False
    word = end["word"]
    return word is None or (
        word.casefold() not in organisation_words() and corporate_suffix().search(text) is None
    )


def _names_a_person(words: list[str]) -> bool:
    """Whether the description's words hold a noun of a person."""
    return any(
        word in _person_words() or _PERSON_NOUN.fullmatch(word) is not None for word in words
    )


def describes_a_person(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name `text[start:end]` is a place in an apposition that describes a person.

    >>> describes_a_person("Iain Ross, 58, of Dingwall, appeared in court.", 18, 26, "PERSON")
    True
    >>> describes_a_person("Jo Kim, a former governor of Kisumu, is running.", 29, 35, "ORG")
    True
    >>> text = "talks led by the former mayor of Schiedam, Jo Kim, failed"
    >>> describes_a_person(text, 33, 41, "GPE")
    True
    >>> describes_a_person("Acme, a unit of Siemens, said", 16, 23, "ORG")  # no person
    False
    >>> describes_a_person("Jo Kim, the governor of Ohio, said", 24, 28, "GPE")  # in office
    False
    >>> describes_a_person("Kadoma Mills, a plant in Kadoma, closed.", 25, 31, "GPE")
    False
    >>> describes_a_person("help, which sent investigators from Lima.", 36, 40, "GPE")
    False

    Not a clause after a comma that only looks like one ("..., skipped by Ana Roe, won the
    juniors in Dauphin.": a finite verb among its words), nor an organisation the person
    works at (", an economist at Ridgeway Capital,": the employer, which acts in the story).

    >>> describes_a_person("The girls, led by Ana Roe, won the juniors in Dauphin.", 46, 53, "GPE")
    False
    >>> describes_a_person("said Ana Roe, an economist at Ridgeway Capital.", 30, 46, "ORG")
    False
    """
    surface = text[start:end]
    words = surface.split()
    if (
        not words
        or len(words) > 3
        or words[-1].casefold() in organisation_words()
        or surface.replace(".", "").isupper()  # an acronym: "the chairman of the OPW"
        or (label == "PERSON" and len(words) > 1)
    ):
        return False
    if _CLOSED.match(text, end) is None:
        return False
    window = text[max(0, start - 80) : start]
    title = _TITLE_OF.search(window)
    if title is not None and title["title"].casefold() in titles():
        return text.startswith(",", end)  # "the former mayor of Schiedam, Jo Kim"
    apposition = _APPOSITION.search(window)
    if apposition is None:
        return False
    described = apposition["words"].split()
    if any(word in _clause_words() or word in finite_verbs() for word in described):
        return False  # "..., won the juniors in Dauphin": a clause's verb, no description
    if label == "ORG" and apposition["preposition"] == "at":
        return False  # "an economist at Ridgeway Capital": her employer, an actor
    if "them" in described and apposition["preposition"] != "from":
        return False  # "87 of them in Israel": where a firm's staff work, not where from
    if apposition["age"] is not None and not described:
        return apposition["preposition"] in ("of", "from")  # "Iain Ross, 58, of Dingwall"
    if (
        apposition["preposition"] == "of"
        and described in ([], ["all"])
        and not window.endswith("the ")  # "Ed Roe, of the Department of Mines,": his employer
        and not any(word.casefold() in organisation_words() for word in words)
    ):
        # "Tom Rennie (41), of Partick,", "Grace Tisdall, of Caversham,": where the person
        # lives (not "Harwell Pumps Ltd, of Billingham", a company's seat)
        return _person_before(window[: apposition.start()])
    if apposition["preposition"] == "of":
        # "a former governor of Kisumu": a title of the place once held, not "a unit of
        # Siemens" nor "the governor of Ohio", who acts for it
        return len(described) >= 2 and described[-2] in _FORMER and described[-1] in titles()
    return apposition["preposition"] in _AFTER_A_PERSON and _names_a_person(described)


def _names_a_doer(word: str) -> bool:
    """Whether a lower-case word before a name is a person's noun (`person_noun`), not a
    preposition ("for" of "in Lyon for Monday") nor a title or a position in a team, which
    follow the team's or the body's name ("Cape Coast City winger Lwazi Mthembu", "Cape Coast
    City coach Pieter Louw": the club, no place).

    >>> _names_a_doer("writer"), _names_a_doer("for"), _names_a_doer("winger")
    (True, False, False)
    >>> _names_a_doer("coach")
    False
    """
    return (
        len(word) > 3
        and word not in prepositions()
        and word not in role_nouns()
        and word not in titles()
        and person_noun(word)
    )


#: "a", "an" or "the" right before a place: "a Townsville firm", "the Hamburg importer".
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
#: Up to two lower-case words, a noun and a name after a place: "Penrith childcare operator
#: Jo Kim" (the noun is tried against `vocabulary.described_nouns`).
_DESCRIBED_NAME = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}?\s+([a-z]+)\s+[A-Z][a-z]")
#: "a", a description ending in a noun and "from" right before a place: "a senior from
#: Toronto" (the noun is tried against `person_noun`: not "a patient transferred from").
_FROM_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z0-9][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+from\s+$")


def describes_someone(text: str, start: int, end: int, label: str) -> bool:
    """Whether a place that is no country says where someone or a firm is from rather than acts
    or hosts: after "a" before a noun of a kind of company or a person ("a Townsville firm", "a
    Brisbane man"; `vocabulary.described_nouns`; "a London court" is the city's), before such
    a noun and the name it describes ("Penrith childcare operator Jo Kim"), or after "a", a
    description and "from" ("a senior from Toronto").

    >>> describes_someone("won by a Townsville firm on Monday", 9, 19, "GPE")
    True
    >>> describes_someone("went to a senior from Toronto on Friday", 22, 29, "GPE")
    True
    >>> describes_someone("Former Penrith childcare operator Jo Kim", 7, 14, "GPE")
    True
    >>> describes_someone("a Townsville council spokesman said", 2, 12, "ORG")
    False

    After "the" too, when the noun is a kind of company's or a person's, the place is where
    the company or the person is from: "Kell & Voss, the Hamburg importer", "the Lisbon club
    announced"; and before a person's noun ("writer", "investor", a title) and the name it
    describes: "the Belfast writer Sean Tully", "Chicago investor Mo Glick".

    >>> describes_someone("sold to Kell & Voss, the Hamburg importer.", 25, 32, "GPE")
    True
    >>> describes_someone("by the Belfast writer Sean Tully, sold out", 7, 14, "GPE")
    True
    >>> describes_someone("at the Beaver weather station since May", 7, 13, "GPE")
    False
    >>> describes_someone("the Jujuy provincial government approved it", 4, 9, "GPE")
    False

    A thing or a move from a place is no person from it: the place is where it starts.

    >>> describes_someone("a charter flight from Tarvik landed", 22, 28, "GPE")
    False
    >>> describes_someone("a patient transferred from Praslin", 27, 34, "GPE")
    False
    """
    if label not in PLACE_LABELS or text[start:end].casefold() in countries():
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
        following = WORD_AFTER.match(text, end)
        if following is not None and following.group(1) in described_nouns():
            return True
    kind = _kind_after(text, end)
    if kind is not None and (kind.endswith("s") or _determiner_before(text, start)):
        return True  # "the Dublin butter merchants", "two Halifax men", "Bermuda insurers"
    described = _DESCRIBED_NAME.match(text, end)
    if described is not None and (
        described.group(1) in described_nouns() or _names_a_doer(described.group(1))
    ):
        return True  # "Penrith childcare operator Jo Kim", "the Belfast writer Sean Tully"
    before = _FROM_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and (
        person_noun(before["noun"]) or before["noun"] in NUMBER_WORDS  # "a party of nine from"
    )


#: The word right before a place and the one before it: "two other " of "two other Bermuda".
_TWO_WORDS_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b([A-Za-z][\w-]*)\s+$")
#: Words that open a noun phrase of a countable kind: "a", "the", "another", "two".
_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})


def _kind_after(text: str, end: int) -> str | None:
    """The noun of a kind of company or person (`vocabulary.described_nouns`, or its plural)
    that ends the noun phrase a place opens, up to two lower-case words between, or None:
    "importers" of "the Amsterdam importers", "merchants" of "the Dublin butter merchants",
    "operator" of "a Tarka feeder operator".

    >>> _kind_after("the Amsterdam importers said", 13), _kind_after("two Halifax men", 11)
    ('importers', 'men')
    >>> _kind_after("a Tarka ferry operator", 7), _kind_after("the Tarka plant", 9)
    ('operator', None)
    >>> _kind_after("in Tarka said the firm", 8)  # a verb, no description
    """
    words: list[str] = []
    position = end
    while len(words) < 3 and (match := WORD_AFTER.match(text, position)) is not None:
        words.append(match.group(1))
        position = match.end()
    for word in words:
        if _kind_noun(word):
            return word
        if not _describing_word(word):
            return None
    return None


def trade_noun(word: str) -> bool:
    """Whether a lower-case word is a trade by an ending no thing has ("-ist", "-ian") or one
    of the trades named without a doer's ending ("accountant", "nurse"), or its plural.

    >>> trade_noun("agronomist"), trade_noun("accountant"), trade_noun("seller")
    (True, True, False)
    """
    return _TRADE_NOUN.fullmatch(word) is not None and word not in _clause_words()


def _kind_noun(word: str) -> bool:
    """Whether a word is a noun of a kind of company or person, or its plural ("importers",
    "men", "merchants"; not "water", "borders").

    >>> _kind_noun("importers"), _kind_noun("motorists"), _kind_noun("borders"), _kind_noun("list")
    (True, True, False, False)
    >>> _kind_noun("official"), _kind_noun("officials")  # the place's state's people
    (False, False)
    """
    if word in state_nouns():
        return False  # "a Bergen official": the place's state acting
    nouns = described_nouns()
    return (
        word in nouns
        or (word.endswith("s") and word[:-1] in nouns)
        or (word.endswith("men") and f"{word[:-3]}man" in nouns)
        or trade_noun(word)
    )


def _describing_word(word: str) -> bool:
    """Whether a lower-case word may stand between a place and the noun it describes with it
    ("butter" of "the Dublin butter merchants"), as no verb, preposition or clause word does."""
    return not (
        word in prepositions()
        or word in finite_verbs()
        or word in _clause_words()
        or word in _DETERMINERS
        or word in ("and", "or", "but")
        or word.endswith("ed")
    )


def _determiner_before(text: str, start: int) -> bool:
    """Whether a determiner or a number opens the noun phrase of a place, an adjective at
    times between: "a ", "two ", "two other ", "a mid-sized ".

    >>> _determiner_before("said a Tarka firm", 7), _determiner_before("Two other Tarka men", 10)
    (True, True)
    >>> _determiner_before("sold to Tarka firms", 8)
    False
    """
    before = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    last, first = before.group(2).casefold(), (before.group(1) or "").casefold()
    if last in _DETERMINERS or last in NUMBER_WORDS or last.isdigit():
        return True
    return before.group(2).islower() and (first in _DETERMINERS or first in NUMBER_WORDS)
