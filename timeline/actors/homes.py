"""Places that only say where a person lives: "Ana Tarvo, 52, of Kelso, North Tarn, pleaded
guilty", "Mr. Tom Reyes, farmer, of Ballyvane" (a court report's or a notice's formula for a
person's home). The place names no actor of the story; the person does (stop 31).

    >>> text = "Ana Tarvo, 52, of Kelso, North Tarn, pleaded guilty."
    >>> seen = [ActorMention(0, 9, "Ana Tarvo", "Ana Tarvo", "person"),
    ...         ActorMention(18, 23, "Kelso", "Kelso", "location"),
    ...         ActorMention(25, 35, "North Tarn", "North Tarn", "location")]
    >>> [m.name for m in without_homes(text, seen)]
    ['Ana Tarvo']
    >>> [m.name for m in without_homes(text, [seen[0], seen[2]])]  # "Kelso" not found
    ['Ana Tarvo']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import ActorType

__all__ = ["without_homes"]

#: What stands between a person's name and the home: a comma, maybe an age and a lower-case
#: trade ("farmer", "a retired teacher"), each closed by a comma, then "of": ", 52, of ",
#: ", farmer, of ", ", of "; and a town the model missed before the larger place it found
#: (", 52, of Kelso, " before "North Tarn").
_HOME_BEFORE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:(?:an?\s+)?[a-z][a-z -]{0,40},\s+)?of\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?$"
)
#: A second place after the home, closed by a comma or a stop: "of Kelso, North Tarn,".
_THEN = re.compile(r",\s+$")
#: "of" right after a person's name, no comma: "Mr. Tom Reyes of " (stop 32).
_OF = re.compile(r"\s+of\s+")
#: What closes a home written without the comma: a comma, a bracket, a stop, or "and" before
#: the next person ("Dr. Ana Tarvo of Kelso and Mr. ...").
_CLOSED = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)|\s+and\s")


def without_homes(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`mentions` without the places written as a person's home right after the person's
    name (`_HOME_BEFORE`), and the larger place written right after such a home ("of Kelso,
    North Tarn"). A place, or one word the model took for an organisation or a person that
    has no organisation word ("of Ballyvane"); not after an organisation ("Tarvo Chemicals
    Ltd, of Kelso, was fined": the company's seat, which the story may place it by). Without
    the comma only a place or one word the model took for a person, the home closed after it
    ("Mr. Tom Reyes of Ballyvane, said": `_home_after_of`), not an employer ("Dr Ana Tarvo of
    Kelso University").

    >>> text = "Tarvo Chemicals Ltd, of Kelso, was fined. Tom Reyes, farmer, of Ballyvane, won."
    >>> seen = [ActorMention(0, 19, "Tarvo Chemicals Ltd", "Tarvo Chemicals Ltd", "organisation"),
    ...         ActorMention(24, 29, "Kelso", "Kelso", "location"),
    ...         ActorMention(42, 51, "Tom Reyes", "Tom Reyes", "person"),
    ...         ActorMention(64, 73, "Ballyvane", "Ballyvane", "organisation")]
    >>> [m.name for m in without_homes(text, seen)]
    ['Tarvo Chemicals Ltd', 'Kelso', 'Tom Reyes']
    """
    kept: list[ActorMention] = []
    previous: ActorMention | None = None
    home: ActorMention | None = None
    for mention in mentions:
        person = previous if previous is not None and previous.type == ActorType.PERSON else None
        if _placed(mention) and (
            (
                person is not None
                and (
                    _HOME_BEFORE.fullmatch(text, person.end, mention.start) is not None
                    or _home_after_of(text, person, mention)
                )
            )
            or (home is not None and _THEN.fullmatch(text, home.end, mention.start) is not None)
        ):
            home = mention
        else:
            home = None
            kept.append(mention)
        previous = mention
    return kept


def _home_after_of(text: str, person: ActorMention, place: ActorMention) -> bool:
    """Whether a place (or one word the model took for a person) follows a person's name and
    "of" without a comma, the home closed there: "Mr. Tom Reyes of Ballyvane, said", "Dr. Ana
    Tarvo of Kelso and Mr. ...". Not a name the model took for an organisation: "Dr Ana Tarvo
    of KIPS", "Eric Roe of Team Kelso" name the employer or the team, which act.

    >>> text = "Its chairman, Mr. Tom Reyes of Ballyvane, said so."
    >>> reyes = ActorMention(18, 27, "Tom Reyes", "Tom Reyes", "person")
    >>> home = ActorMention(31, 40, "Ballyvane", "Ballyvane", "person")
    >>> _home_after_of(text, reyes, home)
    True
    >>> _home_after_of(text, reyes, ActorMention(31, 40, "Ballyvane", "Ballyvane", "organisation"))
    False
    """
    return (
        place.type != ActorType.ORGANISATION
        and _OF.fullmatch(text, person.end, place.start) is not None
        and _CLOSED.match(text, place.end) is not None
    )


def _placed(mention: ActorMention) -> bool:
    """Whether `mention` may be a home: a place, or one word (no organisation word) the model
    took for an organisation or a person."""
    if mention.type == ActorType.LOCATION:
        return True
    return (
        mention.type in (ActorType.ORGANISATION, ActorType.PERSON)
        and mention.name == mention.text
        and " " not in mention.text
        and mention.text.casefold() not in organisation_words()
    )
