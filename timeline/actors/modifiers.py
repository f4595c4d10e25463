"""A place or a demonym that describes a thing names no actor: "Houston-based Lunaris",
"Chinese-made phones", "German carmakers", "the Atlantic hurricane season" (a place that
describes a person is in `appositives`).

    >>> describes_a_thing("three German carmakers were fined", "German", 12, "NORP")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import TWO_WORDS_AFTER, WORD_AFTER
from timeline.actors.occurrences import apart_edges, each_occurrence
from timeline.actors.owned_sites import site_after_an_owner
from timeline.actors.peoples import DEMONYM_ENDINGS
from timeline.actors.person_nouns import a_persons_own_noun, a_tradesperson
from timeline.actors.time_edges import a_time_after
from timeline.actors.vocabulary import (
    after_the,
    countries,
    finite_verbs,
    government_nouns,
    prepositions,
    state_nouns,
)
from timeline.actors.written_places import first_word_of_a_name, written_as_a_place
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import VAGUE_NEWS
from timeline.wordlists import word_list, word_set

__all__ = [
    "PREPOSITIONS",
    "VERB_AFTER",
    "describes_a_thing",
    "place_nouns",
]

#: Prepositions a name may not end on ("Bank of"), nor a described noun be.
PREPOSITIONS = ("of", "in", "at", "on", "for", "from", "to", "by", "with")
#: An indefinite article right before a span, an adjective of time between or not: "a ",
#: "another ", "a former ".
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:former\s+)?$")

#: A country written in its capital letters, with points or without: "US", "U.S.", "UK".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
#: Words joining names, after which a country's letters are a name of their own: "the UK and
#: France".
_JOINING = frozenset({"and", "or", "nor"})
#: A place or demonym joined by a hyphen to a word: "Houston-based", "Chinese-made".
_HYPHEN_COMPOUND = re.compile(r"-[a-z]")
#: Where a name joined to it is where a company is or trades, no actor: "-based",
#: "-headquartered", "-listed" ("the Toronto Stock Exchange-listed miner").
_BASED_AFTER = re.compile(r"-(?:based|headquartered|listed)\b")
#: A town's state or country after a comma and joined to "-based": ", California-based" of
#: "the Santa Clara, California-based company" (the town describes the company too).
_STATE_BASED_AFTER = re.compile(r", (?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*-(?:based|headquartered)\b")
#: A mark or the text's end right after a name: "the American," of "lost to the American,".
_ENDS_A_PHRASE = re.compile(r"[ \t]*(?:[^\w\s]|$)")
#: A verb after a demonym makes it a noun, its people: "the French objected", "... have"; after
#: "the museum", an organisation acting ("the museum said").
VERB_AFTER = re.compile(
    r"[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|"
    r"did|do|does|also|say|says|said"
)


def describes_a_thing(text: str, surface: str, end: int, label: str) -> bool:
    """Whether a place or a demonym that ends at `end` describes a thing rather than names an
    actor: joined to a word ("Houston-based Lunaris", "Chinese-made phones"), or a demonym
    adjective before any noun but its government's ("German carmakers", "the Norwegian system
    operator", and a state's people too, "Danish police", "the American delegation"; "the
    Peruvian government" is Peru, `data/government_nouns.txt`), or a demonym standing for a
    person or a people ("lost to the American,", "the French objected"; "Democrats in
    Congress" is a group's name and stays).

    >>> describes_a_thing("Houston-based Lunaris", "Houston", 7, "GPE")
    True
    >>> describes_a_thing("three German carmakers were fined", "German", 12, "NORP")
    True
    >>> describes_a_thing("Danish police say so", "Danish", 6, "NORP")
    True
    >>> describes_a_thing("the Peruvian government declared", "Peruvian", 12, "NORP")
    False
    >>> describes_a_thing("The French objected.", "French", 10, "NORP")
    True
    >>> describes_a_thing("two meetings with the American, most", "American", 30, "NORP")
    True
    >>> describes_a_thing("Democrats in Congress", "Democrats", 9, "NORP")
    False

    The same holds for a demonym ending a span the model took for a person ("Benchmark Dutch
    futures": no one is named with a demonym last), and for a region after "the" before a noun
    ("the Atlantic hurricane season"; not "the Atlantic on Friday").

    >>> describes_a_thing("Benchmark Dutch futures rose", "Benchmark Dutch", 15, "PERSON")
    True
    >>> describes_a_thing("the Atlantic hurricane season", "Atlantic", 12, "LOC")
    True
    >>> describes_a_thing("the Atlantic on Friday", "Atlantic", 12, "LOC")
    False
    >>> describes_a_thing("the Atlantic early on Friday", "Atlantic", 12, "LOC")
    False
    >>> describes_a_thing("farmers in the Fergana region lost", "Fergana", 22, "LOC")
    False
    >>> describes_a_thing("the Coral Sea south of the reef", "Coral Sea", 13, "LOC")
    False
    >>> describes_a_thing("rates in the Coral Sea fell", "Coral Sea", 22, "LOC")
    False
    >>> describes_a_thing("a stretch of the Tarn Highway near Ost", "Tarn Highway", 29, "LOC")
    False
    >>> describes_a_thing("Piraeus-based Halcyon", "Piraeus", 7, "ORG")
    True
    >>> describes_a_thing("the Oslo Bors-listed firm", "Oslo Bors", 13, "ORG")
    True
    >>> describes_a_thing("the Orley, Vermont-based firm", "Orley", 9, "GPE")
    True
    >>> describes_a_thing("Tarsk shares fell 2% in Tarsk.", "Tarsk", 5, "GPE")
    True

    A place after an indefinite article, before a noun, describes that noun too: "a Bergen
    owner of vessels", "another Ontario firm", "a former Halifax teacher" (not "a Bergen
    official", its state acting, nor "the Bergen court", often a name's first word).

    >>> describes_a_thing("sold by another Ontario firm", "Ontario", 23, "GPE")
    True
    >>> describes_a_thing("a Bergen official said", "Bergen", 8, "GPE")
    False
    >>> describes_a_thing("the Bergen court said", "Bergen", 10, "GPE")
    False

    So does a country written in its letters before a noun ("two U.S. energy companies", "the
    UK economy", "US officials"), but not before its government ("the US government") nor
    "and".

    >>> describes_a_thing("two U.S. energy companies", "U.S.", 8, "GPE")
    True
    >>> describes_a_thing("US officials said", "US", 2, "GPE")
    True
    >>> describes_a_thing("the US government said", "US", 6, "GPE")
    False
    >>> describes_a_thing("the UK and France", "UK", 6, "GPE")
    False

    A country's own name the model took for a people is the country, no adjective:
    "Kyrgyzstan and Tajikistan sign a protocol".

    >>> describes_a_thing("and Tajikistan sign a protocol", "Tajikistan", 14, "NORP")
    False
    """
    last = surface.rsplit(" ", 1)[-1].casefold()
    own_name = countries().get(surface.casefold()) == surface  # "Tajikistan", not "Tajik"
    adjective = (label == "NORP" and not own_name) or (
        label == "PERSON" and " " in surface and countries().get(last, last).casefold() != last
    )
    if (
        label == "PERSON"
        and not own_name
        and surface.casefold() in countries()
        and surface.casefold().endswith(("an", *DEMONYM_ENDINGS))  # not "Britain", "Holland"
    ):
        adjective = True  # "two Sri Lankan detainees": a demonym the model took for a person
    if label in ("PERSON", "FAC") and one_word_after_an_article(text, surface, end):
        return True  # "a Stavanger owner", "a Kyushu refinery": whatever the model took it for
    if label == "ORG" and _names_nothing_else(text, surface, end):
        return True  # "the Tongaat mill", "a Tarbert man": a town the model took for a body
    if label in ("GPE", "ORG", "PERSON") and _site_after_the(text, surface, end, label):
        # "the Darkhan plant", "on the Quito exchange": the place of a thing (a town the
        # model took for a person too, when the text writes it alone after "in")
        return True
    if site_after_an_owner(text, surface, end, label):
        return True  # "its Tarka plant", "the company's Orrin mill": where the works is
    if label not in ("GPE", "NORP", "LOC") and not adjective:
        # "Piraeus-based Halcyon", whatever the model took the place for
        return _BASED_AFTER.match(text, end) is not None
    if _HYPHEN_COMPOUND.match(text, end) or _STATE_BASED_AFTER.match(text, end):
        return True
    if label == "NORP" and _NAME_AFTER_DEMONYM.match(text, end):
        return True  # "from Belgian Jens Van Roey": the person's nationality, no actor
    following = WORD_AFTER.match(text, end)
    demonym = adjective and (last in countries() or surface.casefold() in countries())
    if following is None or VERB_AFTER.fullmatch(following.group(1)):
        # "lost to the American,", "the Japanese objected": a person or a people, never the
        # country (the golds name neither); "the Swiss Government" is the next rule's
        return demonym and (following is not None or _ENDS_A_PHRASE.match(text, end) is not None)
    if label == "LOC" and after_the(text, end - len(surface)):
        word = following.group(1)  # "the Atlantic hurricane season"; not "the Atlantic south of"
        return (
            word not in _not_nouns()
            and word not in finite_verbs()  # "the Black Sea fell", "the Province began"
            and word not in prepositions()  # "the East-West Highway near Kakarbhitta"
            and _COMPASS.fullmatch(word) is None
            # the place itself, with its unit's, feature's or body's noun ("the Turkistan
            # region", "the Brahmaputra basin") or its government's, as a place before
            # "government" is elsewhere in this rule; or before a time ("the Yellow Sea
            # last autumn")
            and word not in place_nouns()
            and word not in government_nouns()
            and not a_time_after(text, end)
        )
    if label in ("GPE", "LOC") and following.group(1) in _market_nouns():
        return written_as_a_place(text, surface)  # "Istanbul shares": the place's market
    if label in ("GPE", "LOC") and _ARTICLE_BEFORE.search(
        text, max(0, end - len(surface) - 24), end - len(surface)
    ):
        return _describes(following.group(1))  # "a Bergen owner", "another Ontario firm"
    if label == "GPE" and _ABBREVIATION.fullmatch(surface) and surface.casefold() in countries():
        # "two U.S. energy companies", "the UK economy", "U.S. regulators": the country's
        # letters describe the noun, as a demonym does (not "the US government", the state,
        # nor a verb or a time after them: "sales in the U.S. fell", "in the US next year")
        word = following.group(1)
        return (
            word not in _JOINING
            and word not in _not_nouns()
            and word not in government_nouns()
            and word not in finite_verbs()
            and not a_time_after(text, end)
        )
    if not demonym:
        return False  # "Democrats", "the Europeans": a group's name or a people
    return following.group(1) not in government_nouns()  # "Danish police": the state's people


#: A capitalised word of a name, not an article: "Sam" of "Sam Dunne"; not "A" of "A Dunne".
_NAME_WORD = r"(?<![\w-])(?!(?:An?|Another|The)\b)[A-Z][\w.'’-]*"


def _describes(word: str) -> bool:
    """Whether the lower-case word after a place is a noun the place describes: not a time
    word or a preposition ("a Bergen on the coast"), nor a state's people ("a Bergen
    official", its state acting)."""
    return word not in _not_nouns() and word not in state_nouns()


def one_word_after_an_article(text: str, surface: str, end: int) -> bool:
    """Whether a name of one word stands after "a", "an" or "another" and before a noun it
    describes, and the text never writes it as a word of a longer name: a place whatever the
    model took it for ("a Stavanger owner of vessels", "a Kyushu copper refinery", "A Tarbert
    fisherman"); a surname of a full name written elsewhere is its person ("Sam Dunne ... a
    Dunne penalty"), a name's first word its organisation ("Korvex Foods ... a Korvex plant").

    >>> one_word_after_an_article("Veltra, a Tromsø owner of tankers", "Tromsø", 16)
    True
    >>> text = "Sam Dunne kicked a Dunne penalty."
    >>> one_word_after_an_article(text, "Dunne", 24), one_word_after_an_article(
    ...     "A Korvex spokesman said so", "Korvex", 8)
    (False, False)
    """
    start = end - len(surface)
    if " " in surface or not _ARTICLE_BEFORE.search(text, max(0, start - 24), start):
        return False
    following = WORD_AFTER.match(text, end)
    if following is None or VERB_AFTER.fullmatch(following.group(1)):
        return False
    name = re.escape(surface)
    if re.search(rf"{_NAME_WORD}[ \t]+{name}\b|(?<![\w-]){name}[ \t]+[A-Z]", text):
        return False
    return _describes(following.group(1))


def _site_after_the(text: str, surface: str, end: int, label: str) -> bool:
    """Whether a place after "the" only says where the noun after it is: "the Darkhan plant",
    "at the Legion hall", "on the Quito exchange", "the Beirut shops" (a town the model took
    for an organisation too, when the text writes it alone after a preposition of place). Not
    a feature or a unit the place names with its noun ("the Koshi river", "the Atacama
    region": `data/feature_nouns.txt`, `data/administrative_units.txt`), nor a body of the
    place ("the Bergen court", "the Lomé government"), a verb, a preposition or a time word;
    and only a name the text writes alone after a preposition of place ("in Darkhan"): "the
    San Carlos shaft", "the Apex neighbourhood" name the thing itself. Before a noun of a works
    or a place of business (`data/site_nouns.txt`), a town the model tagged as one only
    locates it, written alone or not ("the Darkhan plant"); a name the model took for an
    organisation is so written too by its owner ("the Vella plant" of Vella), and needs the
    text to write it alone.

    >>> text = "It opened in Darkhan. Workers at the Darkhan plant"
    >>> _site_after_the(text, "Darkhan", 44, "GPE")
    True
    >>> _site_after_the("workers at the Darkhan plant", "Darkhan", 22, "GPE")
    True
    >>> _site_after_the("workers at the Darkhan shaft", "Darkhan", 22, "GPE")
    False
    >>> _site_after_the("workers at the Vella plant", "Vella", 20, "ORG")
    False
    >>> _site_after_the("at the Darkhan plant of Darkhan Copper", "Darkhan", 14, "GPE")
    False
    >>> _site_after_the("floods in the Tarsk region", "Tarsk", 19, "GPE")
    False
    >>> _site_after_the("the Tarsk court ruled", "Tarsk", 9, "GPE")
    False
    >>> text = "Rents in Vella rose. The Vella market fell."
    >>> _site_after_the(text, "Vella", 30, "ORG")
    False
    >>> _site_after_the("rates in Vella. On the Vella exchange", "Vella", 28, "ORG")
    True
    >>> _site_after_the("the Vella Group plant", "Vella Group", 15, "ORG")
    False
    """
    words = TWO_WORDS_AFTER.match(text, end)
    if words is None or not after_the(text, end - len(surface)):
        return False
    word = words.group(1)
    if (
        word in _JOINING
        or VERB_AFTER.fullmatch(word)
        or any(w in place_nouns() or w in state_nouns() for w in words.groups())
    ):
        return False  # "the Jujuy provincial government", "the Bombay high court"
    if label == "ORG" and " " in surface:
        return False  # "the Kestrel Foods plant": the company's own plant
    if label == "GPE" and any(w in _site_nouns() for w in words.groups() if w):
        if first_word_of_a_name(text, surface):
            return False  # "the Vell plant" of "Vell Mining"
    elif not written_as_a_place(text, surface):
        return False  # "the Verdensteatret cinema": its own name
    return (
        _describes(word)
        and word not in finite_verbs()  # "the Netherlands joined"
        and word not in prepositions()
        and _COMPASS.fullmatch(word) is None
    )


#: One capitalised word of a place's name, no letters of an acronym nor a digit: "Tongaat",
#: "Düsseldorf", "Lac-Mégantic"; not "ECTS", "A2", "McKinsey".
_PLACE_WORD = re.compile(r"[A-Z][a-zß-ÿ\u0100-\u024f]+(?:[-'’][A-Za-zß-ÿ\u0100-\u024f]+)*")
#: An article and the spaces after it, right before a name: "the ", "a ", "another ".
_ARTICLE_AT_END = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:former|new|old|local|young|"
    r"\d+-year-old)\s+){0,2}$"
)
#: A line's first word, where a headline drops its article ("Tarbert man jailed").
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
#: A lower-case word right after a name.
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def _names_nothing_else(text: str, surface: str, end: int) -> bool:
    """Whether one word the model took for an organisation only says where a works or a
    person is ("for the Tongaat mill", "a Tarbert man"): after "the", "a" or "another", before
    a noun of a works (`data/site_nouns.txt`, first or second word: "a Hokkaido zinc
    refinery") or of a man or a woman that is no title or state's people, and the text writes
    the word nowhere else but so. A company is named on its own somewhere ("Vella ... the
    Vella plant"), and a spokesman speaks for it ("a Vella spokesman"); a feature or a body of
    the place keeps it ("the Kallo lock" is no works, "the Tarsk court" a body); a name before
    a craft's noun is most often the craft's own ("the Aurora lander", "the Tarsk ferry").

    >>> _names_nothing_else("machinery for the Tongaat mill.", "Tongaat", 25)
    True
    >>> _names_nothing_else("said a Tarbert man had", "Tarbert", 14)
    True
    >>> _names_nothing_else("a Hokkaido zinc refinery", "Hokkaido", 10)
    True
    >>> _names_nothing_else("Vella grew. Work at the Vella plant", "Vella", 29)
    False
    >>> _names_nothing_else("a Vella spokesman said", "Vella", 7)
    False
    >>> _names_nothing_else("the Kallo lock gates", "Kallo", 9)
    False
    >>> _names_nothing_else("the ECTS show", "ECTS", 8)
    False
    """
    start = end - len(surface)
    if _PLACE_WORD.fullmatch(surface) is None:
        return False
    if not _ARTICLE_AT_END.search(text, max(0, start - 40), start) and not (
        _opens_a_headline(text, start) and _noun_after(text, end)
    ):
        return False  # a headline drops its article: "Tarbert man jailed"
    words = TWO_WORDS_AFTER.match(text, end)
    if words is None:
        return False
    first, second = words.group(1), words.group(2) or ""
    # "a Tullagh feed dealer": a noun before the trade, however it ends; a person's clause
    # after the trade ("who", a verb, a comma), where a brand's machine has none
    trade = (a_tradesperson(first) and _PERSONS_CLAUSE.match(text, words.end(1)) is not None) or (
        a_tradesperson(second)
        and first not in finite_verbs()
        and _PERSONS_CLAUSE.match(text, words.end(2)) is not None
    )
    if (
        first in _JOINING
        or (VERB_AFTER.fullmatch(first) and not trade)
        or first in finite_verbs()
        or first in prepositions()
        or not _describes(first)
        or any(word in place_nouns() or word in state_nouns() for word in (first, second))
    ):
        return False  # "the Tarsk court", "the Jujuy provincial government", "the Vella said"
    if first in _site_nouns() or second in _site_nouns() or a_persons_own_noun(first):
        return _written_only_before_a_noun(text, surface)
    if not trade:
        return False
    # "the Leitrim farmer", "a Bergen shipowner" (stop 33): a town, also where the text
    # writes it alone after a preposition of place ("in Charlottetown")
    return _written_only_before_a_noun(text, surface) or written_as_a_place(text, surface)


#: What follows a person of a trade: a comma, "who", or a verb ("had", "was fined", "told").
_PERSONS_CLAUSE = re.compile(r"\s*,|\s+(?:who|whose|[a-z]+ed|had|has|was|is|will|told|said)\b")


def _opens_a_headline(text: str, start: int) -> bool:
    """Whether `start` opens a line with no full stop at its end, a headline's ("Tarbert man
    jailed"), not a sentence's ("Ostvik mill workers struck on Monday.")."""
    if _LINE_START.search(text, max(0, start - 40), start) is None:
        return False
    stop = text.find("\n", start)
    line = text[start : stop if stop >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", '"', "”"))


def _noun_after(text: str, end: int) -> bool:
    """Whether a person's noun or a works' noun follows `end`, no verb: "Tarbert man jailed"."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word in _site_nouns() or a_persons_own_noun(word) or a_tradesperson(word)


def _written_only_before_a_noun(text: str, name: str) -> bool:
    """Whether the text writes `name` only after an article and before a lower-case word:
    "the Tongaat mill" and nowhere "Tongaat" alone, "Tongaat's", "Tongaat Sugar".

    >>> _written_only_before_a_noun("the Oskeby mill. A Oskeby man", "Oskeby")
    True
    >>> _written_only_before_a_noun("the Oskeby mill. Oskeby said", "Oskeby")
    False
    """
    for at in each_occurrence(text, name, edges=apart_edges):  # (?<![\w-])NAME(?![\w-])
        before = max(0, at - 40)
        described = (
            _ARTICLE_AT_END.search(text, before, at) is not None
            and _LOWER_AFTER.match(text, at + len(name)) is not None
        ) or (
            _LINE_START.search(text, before, at) is not None and _noun_after(text, at + len(name))
        )
        if not described:
            return False
    return True


@cache
def place_nouns() -> frozenset[str]:
    """Nouns a place names a feature, a unit or a body of its own with: "the Koshi river",
    "the Atacama region", "the Bombay high court", "the Tarsk airport"."""
    lists = ("feature_nouns.txt", "administrative_units.txt", "place_body_nouns.txt")
    return frozenset(word for name in (*lists, "place_words.txt") for word in word_list(name))


@cache
def _site_nouns() -> frozenset[str]:
    """Nouns of a works or a place of business: "plant", "mill" (`data/site_nouns.txt`)."""
    return word_set("site_nouns.txt")


@cache
def _market_nouns() -> frozenset[str]:
    """Nouns of a market's securities: "shares", "stocks" (`data/market_nouns.txt`)."""
    return word_set("market_nouns.txt")


#: A capitalised word right after a demonym, a name's first: " Jens" of "Belgian Jens".
_NAME_AFTER_DEMONYM = re.compile(r" [A-Z][a-zà-ÿ]+\b")
#: A point of the compass, which says where from a place, not what it describes: "south",
#: "north-east", "westwards".
_COMPASS = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?")


@cache
def _not_nouns() -> frozenset[str]:
    """Lower-case words after a place that are no noun it describes: "the Atlantic on ...",
    "the Atlantic early on Sunday"."""
    openers = frozenset(word.casefold() for word in sentence_openers())
    times = word_set("time_adverbs.txt") | frozenset(
        word
        for word in VAGUE_NEWS
        if " " not in word  # "recently", "now"
    )
    return openers | times | word_set("time_prepositions.txt") | frozenset(PREPOSITIONS)
