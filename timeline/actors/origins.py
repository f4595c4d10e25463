"""Where people are from: a place after a plural noun of people (or an age used as a noun) and
"from" only says where they come from, and is no actor of the sentence (the gold's "a place
that only describes a thing"): "Twelve engineers from Kelso arrived", "buyers from Tarnland
and Orvia scrambled for supplies", "The 22-year-old from Kelso is the first", "two
19-year-olds from the village of Orlby" (stop 38). A single person's noun after "a" is
`appositives.describes_someone`'s ("a senior from Toronto").

    >>> text = "Twelve engineers from Kelso arrived on Monday."
    >>> names_where_people_are_from(text, 22, 27, "GPE")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.appositives import person_noun
from timeline.actors.vocabulary import state_nouns
from timeline.wordlists import word_set

__all__ = ["names_where_people_are_from"]

#: A noun, "from", "the" and one lower-case word and "of" at times ("from the village of "),
#: and the places of a list before this one ("from Tarnland, Orvia and "): the noun is read by
#: `_people`.
_FROM_BEFORE = re.compile(
    r"(?<![\w-])(?P<noun>[a-z][a-z-]*|[\w-]*year-olds?)[ \t]+from[ \t]+"
    r"(?:the[ \t]+(?:[a-z]+[ \t]+of[ \t]+)?)?"
    r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:,[ \t]+|[ \t]+and[ \t]+)(?:the[ \t]+)?){0,4}$"
)
#: The model's labels of a town, a region or a country (a building or a road is where a move
#: starts: "banned vendors from Orlby Street").
_PLACES = frozenset({"GPE", "LOC"})


def names_where_people_are_from(text: str, start: int, end: int, label: str) -> bool:
    """Whether the place `text[start:end]` follows a plural noun of people or an age used as a
    noun and "from" (`_FROM_BEFORE`): where they come from, no actor.

    >>> text = "prices rose as buyers from Tarnland and Orvia scrambled"
    >>> names_where_people_are_from(text, 27, 35, "GPE")
    True
    >>> names_where_people_are_from(text, 40, 45, "GPE")
    True
    >>> text = "The 22-year-old from Kelso is the first to win it."
    >>> names_where_people_are_from(text, 21, 26, "GPE")
    True

    Not a state's people, who act for it ("troops from Tarnland", "officials from Kelso"),
    nor a thing or a single person's noun ("orders from Tarnland", "a player from Kelso",
    `appositives` reads the latter), nor a building or a road:

    >>> names_where_people_are_from("Troops from Tarnland landed.", 12, 20, "GPE")
    False
    >>> names_where_people_are_from("Orders from Tarnland fell.", 12, 20, "GPE")
    False
    >>> names_where_people_are_from("banned vendors from Orlby Street", 20, 32, "FAC")
    False
    """
    if label not in _PLACES:
        return False
    if "from" not in text[max(0, start - 120) : start]:
        return False  # every match of `_FROM_BEFORE` holds it
    before = _FROM_BEFORE.search(text, max(0, start - 120), start)
    return before is not None and _people(before["noun"])


def _people(noun: str) -> bool:
    """Whether a lower-case noun is a plural of people no state's ("engineers", "buyers",
    "fishermen") or an age used as a noun ("22-year-old"): a person's noun by its singular
    (`appositives.person_noun`), not a thing's that ends as a doer does ("orders", "offers",
    "tankers": `data/recurring_nouns.txt`, `data/contract_nouns.txt`, a craft's or a vessel's
    noun).

    >>> _people("engineers"), _people("fishermen"), _people("22-year-old")
    (True, True, True)
    >>> _people("officials"), _people("orders"), _people("tankers"), _people("engineer")
    (False, False, False, False)
    """
    if noun.endswith(("year-old", "year-olds")):
        return True
    if noun.endswith("men"):
        singular = f"{noun[:-3]}man"
    elif noun.endswith("s"):
        singular = noun[:-1]
    else:
        return False
    return (
        noun not in state_nouns()
        and noun not in _things()
        and singular not in _things()
        and person_noun(singular)
    )


@cache
def _things() -> frozenset[str]:
    """Nouns of things that end as a person's noun does: what is ordered, delivered or sold,
    a craft, a vessel."""
    return frozenset().union(
        *(
            word_set(name)
            for name in (
                "recurring_nouns.txt",
                "contract_nouns.txt",
                "craft_nouns.txt",
                "vessel_nouns.txt",
            )
        )
    )
