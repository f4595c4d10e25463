"""Places the model misses or takes for a people: a name before a feature of the land in lower
case ("the Barwon valley", "the Rewa delta", "its Mwamba mine") is that place, and a name the
model took for a people or a language that no demonym list knows, right after a preposition of
place ("in Differdange", "over Iqaluit"), is a place.

    >>> text = "The Rewa delta flooded."
    >>> [(r.text, r.label) for r in featured_places(text, [], frozenset(), frozenset())]
    [('Rewa delta', 'LOC')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.asides import describes_in_an_aside
from timeline.actors.literals import written_whole
from timeline.actors.measures import names_a_vessel_class
from timeline.actors.openings import capital_sweep
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    countries,
    finite_verbs,
    organisation_words,
    place_prepositions,
    place_words,
    prepositions,
    titles,
)
from timeline.determiners import POSSESSIVES, THE
from timeline.kinds import PLACE_LABELS
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = ["featured_places", "people_as_place"]

#: One to three capitalised words (a number may follow a letter: "N359"), then a lower-case
#: word: "Barwon valley", "Kankai and Trijuga rivers" (its last name).
_NAME_THEN_NOUN = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]*[\w](?:[ ][A-Z][\w'’-]*[\w]){0,2})[ ](?P<noun>[a-z]+)\b"
)
#: The word before the name that makes it a place's: "the", an owner ("its", "Zambia's"), a
#: preposition or "and" of a list.
_BEFORE = re.compile(
    rf"(?:\b(?:(?:{THE}|{POSSESSIVES})"
    r"|and|or|of|in|at|near|on|to|from|above|below|beneath|"
    r"across|along|into|through|over)|['’]s)[ ]$",
    re.IGNORECASE,
)
#: A possessive's ending: "Japan's".
_POSSESSIVE = re.compile(r"['’]s$")
#: The lower-case word after the noun.
_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
#: Labels of the model's spans that name a place.
_PLACE_LABELS = PLACE_LABELS | {"NORP", "LANGUAGE"}
#: Words after which a people's name the model found is a place's: the prepositions of place
#: and "to", "over" ("moving it to Lahore", "over Iqaluit").
_BEFORE_A_PLACE = re.compile(r"\b([a-z]+)[ ]$")


@cache
def _feature_nouns() -> frozenset[str]:
    """Nouns of a feature of the land or a site (`data/feature_nouns.txt`)."""
    return word_set("feature_nouns.txt")


@cache
def _units() -> frozenset[str]:
    """Administrative units (`data/administrative_units.txt`: "region", "district")."""
    return word_set("administrative_units.txt")


@cache
def _owned_features() -> frozenset[str]:
    """Feature nouns of a works or a ground a company may own (`data/owned_features.txt`:
    "mine", "colliery", "field"): the model's organisation before one is the owner's name."""
    return word_set("owned_features.txt")


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that name no place: sentence openers, months, weekdays."""
    return frozenset(word.casefold() for word in sentence_openers()) | frozenset(
        word.casefold() for word in (*MONTHS, *WEEKDAYS)
    )


def _name_word(word: str, nouns: frozenset[str], lower_words: frozenset[str]) -> bool:
    """Whether a capitalised word may be a word of a place's name: no sentence opener, month,
    title, organisation word or demonym, no word the text writes in lower case, and no
    English noun (the model's noun index: "Home", "Senate")."""
    folded = word.casefold()
    return not (
        folded in _not_names()
        or folded in titles()
        or folded in organisation_words()
        or folded in countries()
        or folded in lower_words
        or folded in nouns
    )


def featured_places(
    text: str, raw: Sequence[RawSpan], nouns: frozenset[str], lower_words: frozenset[str]
) -> list[RawSpan]:
    """Places named by a feature noun in lower case after their name (`data/feature_nouns.
    txt`), after "the", an owner, a preposition or a list's "and": the name and the noun are
    one place ("the Barwon valley", "its Mwamba mine"); before a plural, or where the text
    also writes it without the noun, the name alone is ("the Kankai and Trijuga rivers":
    Trijuga); the model's own place before an administrative unit is that place alone ("the
    Atacama region"). Not a name the model took for an organisation before a
    works a company may own (`data/owned_features.txt`: "the Anglo mine"), where before a
    river or a peninsula it is still the place's ("the Reykjanes peninsula", stop 42); nor one
    the text writes in lower case or English knows as a noun (unless the model took it for a
    place: "the Kansai district"), nor before another noun ("the Gulu district headquarters"),
    nor in an aside that describes (`asides.describes_in_an_aside`).

    >>> text = "The Kankai and Trijuga rivers rose; the Home district sent help."
    >>> [r.text for r in featured_places(text, [], frozenset({"home"}), frozenset())]
    ['Trijuga']
    >>> text = "Output at its Mwamba mine rose; Gulu's Aro district headquarters shut."
    >>> [r.text for r in featured_places(text, [], frozenset({"headquarters"}), frozenset())]
    ['Mwamba mine']
    """
    found: list[RawSpan] = []
    for match in capital_sweep(_NAME_THEN_NOUN, text):
        noun = match["noun"]
        plural = noun not in _feature_nouns() and noun.endswith("s")
        if (noun[:-1] if plural else noun) not in _feature_nouns():
            continue
        start, end = match.span("name")
        name = match["name"]
        while " " in name and (
            name.split()[0].casefold() in _not_names() or _POSSESSIVE.search(name.split()[0])
        ):
            # "The Struma valley": "The" opens the sentence; "Japan's Tohoku region": its owner
            cut = name.index(" ") + 1
            name, start = name[cut:], start + cut
        if _POSSESSIVE.search(name):
            continue
        if _BEFORE.search(text, max(0, start - 8), start) is None:
            continue
        if names_a_vessel_class(text, start, end):
            continue  # "the Panamax market": a class of ships' freight market, no place
        if describes_in_an_aside(text, start, match.end(), "LOC"):
            continue  # "which runs 84 shops in the Tarn region,": as the model's own (stop 53)
        places = [r for r in raw if r.start < end and start < r.end]
        if (noun[:-1] if plural else noun) in _units() and any(
            r.start == start and r.end == end for r in places
        ):
            continue  # "the Atacama region": the model's own place is the unit, as written
        owned = (noun[:-1] if plural else noun) in _owned_features()
        if any(r.label == "ORG" and owned for r in places) or any(
            r.start < start or r.end > match.end() for r in places
        ):
            continue  # "the Anglo mine": a company's (not "the Koshi river", nor "at Tolvik
            # airport"); a longer name of the model's
        placed = {text[r.start : r.end] for r in places if r.label in _PLACE_LABELS}
        if (
            not all(word in placed or _name_word(word, nouns, lower_words) for word in name.split())
            and name not in placed
        ):
            continue
        after = _NEXT_WORD.match(text, match.end())
        if not plural and after is not None and _compound(after.group(1), nouns):
            continue  # "the Gulu district headquarters": a noun the feature describes
        if plural or _written_alone(text, name, noun):
            if any(r.start == start and r.end == end and _kept_as_read(r, noun) for r in places):
                continue  # the model's own span of the name alone stays as it read it
            found.append(RawSpan(start, end, name, "LOC"))
        else:
            found.append(RawSpan(start, match.end(), text[start : match.end()], "LOC"))
    return found


def _kept_as_read(span: RawSpan, noun: str) -> bool:
    """Whether the model's span of a name alone before a feature noun stays as the model read
    it when the name alone is the place: a name it took for something else than a place or a
    person, where the noun is no place's last word ("the Tárcoles river" beside "in the
    Tárcoles": the sweeps find the name again where the model read it once as a body; stop
    42).

    >>> _kept_as_read(RawSpan(4, 12, "Tárcoles", "ORG"), "river")
    True
    >>> _kept_as_read(RawSpan(4, 9, "Ardel", "PERSON"), "valley")
    False
    """
    return (
        span.label not in _PLACE_LABELS and span.label != "PERSON" and (noun not in place_words())
    )


def _written_alone(text: str, name: str, noun: str) -> bool:
    """Whether the text writes `name` somewhere without the feature noun after it: then the
    name alone is the place ("unemployment in the Tarn region ... a rally in Tarn").

    >>> _written_alone("the Tarn region voted; a rally in Tarn.", "Tarn", "region")
    True
    >>> _written_alone("the Tarn region voted.", "Tarn", "region")
    False
    """
    pattern = rf"{written_whole(name).pattern}(?![ ]{re.escape(noun)}\b)"
    return re.search(pattern, text) is not None


def _compound(word: str, nouns: frozenset[str]) -> bool:
    """Whether the lower-case word after a feature noun is a noun it describes ("district
    headquarters"), not a verb, a preposition, an adverb or a word of time."""
    return (
        word in nouns
        and word not in prepositions()
        and word not in finite_verbs()
        and word not in _not_names()
        and word not in {"last", "next", "this", "that", "and", "or", "but"}
        and not word.endswith(("ly", "ed"))
    )


def people_as_place(text: str, start: int, end: int, label: str, nouns: frozenset[str]) -> str:
    """The label of the model's entity `text[start:end]`: "GPE" for a people or a language
    (NORP, LANGUAGE) that no demonym list knows, English has no noun for, and the text writes
    right after a preposition of place, "to" or "over" ("a pilot line in Differdange", "a
    blizzard over Iqaluit"); else `label` ("in Sámi" is a language the list knows).

    >>> people_as_place("a pilot line in Differdange once", 16, 27, "NORP", frozenset())
    'GPE'
    >>> people_as_place("three German firms", 6, 12, "NORP", frozenset())
    'NORP'
    >>> people_as_place("a split in Labour", 11, 17, "NORP", frozenset({"labour"}))
    'NORP'
    """
    if label not in ("NORP", "LANGUAGE"):
        return label
    surface = text[start:end]
    words = surface.split()
    if (
        not 1 <= len(words) <= 2
        or surface.casefold() in countries()
        or surface.endswith("s")
        or any(not word[:1].isupper() or word.casefold() in nouns for word in words)
    ):
        return label
    before = _BEFORE_A_PLACE.search(text, max(0, start - 12), start)
    if before is None or before.group(1) not in place_prepositions() | {"to", "over"}:
        return label
    return "GPE"
