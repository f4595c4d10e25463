"""A place before a noun of a route or a service names where the route runs, not who runs it
or takes part (the gold's "a place that only describes a thing"): "fares on the Tarvik
route", "the airline suspended its Orrin service", "while the Tarvik-Ostby line is upgraded",
"rates on its Asia-Europe routes" (`data/route_nouns.txt`; stop 34).

    >>> text = "The airline suspended its Orrin service. Fares on the Tarvik route rose."
    >>> names_a_route_end(text, 26, 31, "GPE"), names_a_route_end(text, 54, 60, "GPE")
    (True, True)
"""

from __future__ import annotations

import re

from timeline.actors.literals import LINE_WORD_AFTER, LINE_WORDS_AFTER
from timeline.actors.noun_words import a_noun_word
from timeline.actors.occurrences import alnum_edges, each_occurrence
from timeline.actors.written_places import first_word_of_a_name, written_as_a_place
from timeline.determiners import Determiner, determiners
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import word_set

__all__ = ["names_a_route_end"]

#: "the", an owner's possessive ("its", "our", "the airline's") and at times one lower-case
#: word after it ("its new "), right before the place.
_OWNER_BEFORE = re.compile(
    rf"(?:(?<![\w-]){determiners(Determiner.DEFINITE, Determiner.POSSESSIVE, case='capitalised')}"
    r"|\w['’]s)[ \t]+"
    r"(?:[a-z]+[ \t]+)?$"
)
#: Two places joined by a hyphen, the ends of one route: "Tarvik-Ostby", "Asia-Europe".
_PAIR = re.compile(r"[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*)?-[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*)?")
#: Nouns of a route that a word of its kind may stand before ("the Tarvik bus route"); a
#: "service" after such a word may be a body's ("the Tarvik fire service"), a "line" a
#: works' ("its Tarvik assembly line": the golds part on a works' town after its owner).
_KINDED = frozenset({"route", "routes", "flight", "flights"})
#: Nouns of a route that are also a maker's range ("the new Kestrel line"): a route's only
#: after a name the model took for a place, or two places joined ("the Tarvik-Ostby line").
_RANGES = frozenset({"line", "lines"})


def names_a_route_end(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name `text[start:end]` (labelled `label` by the model) is a place before a
    noun of a route or a service (a word of its kind between at times: "the Tarvik bus
    route"), after "the" or an owner: where the route runs.

    >>> names_a_route_end("Fares on the Tarvik bus route rose.", 13, 19, "GPE")
    True
    >>> names_a_route_end("while the Tarvik-Ostby line is upgraded", 10, 22, "ORG")
    True

    A name the model took for no place is one when the text writes it alone after a
    preposition of place, or only so, before a noun; a company acts elsewhere ("Vellair said")
    and its route is its own ("the Vellair route"); a body's service is not a route's ("the
    Tarvik fire service"), nor is a noun followed by another name's word:

    >>> names_a_route_end("Its Orrin service runs daily from the quay.", 4, 9, "ORG")
    True
    >>> text = "Vellair said fares on the Vellair route would fall."
    >>> names_a_route_end(text, 26, 33, "ORG")
    False
    >>> names_a_route_end("the Tarvik fire service said", 4, 10, "GPE")
    False
    >>> names_a_route_end("Tarvik route maps", 0, 6, "GPE")  # no "the" nor an owner
    False

    Nor a works' line ("its Tarvik assembly line"), nor a maker's range ("the new Kestrel
    line" of a name the model took for no place):

    >>> names_a_route_end("It shut its Tarvik assembly line.", 12, 18, "GPE")
    False
    >>> names_a_route_end("It showed the new Kestrel line.", 18, 25, "ORG")
    False
    """
    surface = text[start:end]
    words = LINE_WORDS_AFTER.match(text, end)  # the noun after first: seldom a route's
    if words is None:
        return False
    first, second = words.group(1), words.group(2)
    if first in word_set("route_nouns.txt"):
        noun = first
    elif second in _KINDED and a_noun_word(first):
        noun = second
    else:
        return False
    if not _OWNER_BEFORE.search(text, max(0, start - 40), start):
        return False
    if label in PLACE_LABELS or _PAIR.fullmatch(surface):
        return True
    if noun in _RANGES:
        return False  # "the new Kestrel line": a maker's range of products
    return not first_word_of_a_name(text, surface) and (
        written_as_a_place(text, surface) or _only_before_a_noun(text, surface)
    )


def _only_before_a_noun(text: str, name: str) -> bool:
    """Whether the text writes `name` only before a lower-case word that is no verb ("its
    Orrin service"), never acting ("Orrin said") nor alone.

    >>> _only_before_a_noun("its Orrin service. The Orrin route", "Orrin")
    True
    >>> _only_before_a_noun("its Orrin service. Orrin said", "Orrin")
    False
    """
    for at in each_occurrence(text, name, edges=alnum_edges):  # no letter nor digit touching
        after = LINE_WORD_AFTER.match(text, at + len(name))
        if after is None or not a_noun_word(after.group(1)):
            return False
    return True
