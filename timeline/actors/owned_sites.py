"""A town before the noun of a works its owner holds, written after the owner ("its Tarka
plant", "our Vell office", "the company's Orrin mill", "its Tarka branch"), says where the
works is and names no actor (stop 36, helper `names7`): the golds of most writers since the
early sets leave it out, as they leave out "the Tarka plant" (`modifiers._site_after_the`).
Read by `modifiers.describes_a_thing`.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import TWO_WORDS_AFTER
from timeline.actors.vocabulary import organisation_words
from timeline.actors.written_places import first_word_of_a_name, written_as_a_place
from timeline.determiners import POSSESSIVES
from timeline.wordlists import word_set

__all__ = ["site_after_an_owner"]

#: An owner right before a name, a word describing the works between at times: "its ", "our
#: ", "the company's ", "Tasman Rail's ", "Marlow Motors' giant ", "the bank's only ".
_OWNER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{POSSESSIVES}|[A-Za-z]+['’]s|[A-Za-z]+s['’])\s+(?:[a-z]{{3,}}\s+)?$"
)
#: How far before a name its owner is looked for: "Marlow Motors' giant ".
_OWNER_REACH = 40


def site_after_an_owner(text: str, surface: str, end: int, label: str) -> bool:
    """Whether the name `surface`, ending at `end`, is a town between an owner and the noun
    of a works or a place of business (`data/site_nouns.txt`, as the first or the second
    word after it): one the model tagged as a town, or a name it took for something else
    that the text writes alone after a preposition of place ("in Tarka"). Not a name the
    text writes as the first word of a longer one ("its Vell plant" beside "Vell Mining": the
    company's own name), nor one of a company the model found ("its Kestrel Foods plant").

    >>> site_after_an_owner("It will close its Tarka plant.", "Tarka", 23, "GPE")
    True
    >>> site_after_an_owner("the company's Orrin assembly line", "Orrin", 19, "GPE")
    True
    >>> site_after_an_owner("Vell Mining shut its Vell plant", "Vell", 25, "GPE")
    False
    >>> site_after_an_owner("its Tarka river", "Tarka", 9, "GPE")
    False
    >>> site_after_an_owner("shut its Kestrel Foods plant", "Kestrel Foods", 22, "ORG")
    False
    >>> site_after_an_owner("420 work at its Orrin Hill works", "Orrin Hill", 26, "LOC")
    True
    """
    start = end - len(surface)
    words = TWO_WORDS_AFTER.match(text, end)  # the works' noun first: seldom there
    if words is None or not any(word in _site_nouns() for word in words.groups() if word):
        return False
    if _OWNER_BEFORE.search(text, max(0, start - _OWNER_REACH), start) is None:
        return False
    if label in _PLACE_LABELS:
        return not first_word_of_a_name(text, surface)
    if label not in _OTHER_LABELS or " " in surface or first_word_of_a_name(text, surface):
        return False
    return written_as_a_place(text, surface) or _written_only_here(text, surface)


#: The model's labels of a town or a district: "its Haverton Hill works" (stop 47).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: What the model takes a town before a works for: a body, a person, a product, a building.
_OTHER_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC"})


def _written_only_here(text: str, surface: str) -> bool:
    """Whether the text writes the one word `surface` only here, and no organisation's word
    ("Kurzeme" of "the bank's only Kurzeme branch", written nowhere else): between an owner
    and its works a name is where the works is, whatever the model took it for (stop 39,
    helper `actors10x`); "its Kestrel Foods plant" is a company's, and a name of more words
    the model did not take for a town may be the works' own ("the group's Jorf Lasfar
    granulation line": left alone).

    >>> _written_only_here("It shut its Albino mill.", "Albino")
    True
    >>> _written_only_here("It shut its Albino mill. Albino voted.", "Albino")
    False
    >>> _written_only_here("It shut its Holdings plant.", "Holdings")
    False
    """
    return text.count(surface) == 1 and surface.casefold() not in organisation_words()


@cache
def _site_nouns() -> frozenset[str]:
    """Nouns of a works or a place of business: "plant", "branch" (`data/site_nouns.txt`)."""
    return word_set("site_nouns.txt")
