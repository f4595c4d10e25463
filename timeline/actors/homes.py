"""Places that only say where a person lives: "Ana Tarvo, 52, of Kelso, North Tarn, pleaded
guilty", "Mr. Tom Reyes, farmer, of Ballyvane" (a court report's or a notice's formula for a
person's home). The place names no actor of the story; the person does (stop 31). And a
company's seat written right after its name and "of": "Orlby Optics of Kelso was granted a
patent" (stop 38).

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
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import (
    after_the,
    body_words,
    countries,
    finite_verbs,
    organisation_words,
    state_nouns,
)
from timeline.kinds import ActorType
from timeline.wordlists import word_set

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
#: the next person ("Dr. Ana Tarvo of Kelso and Mr. ..."); or the person's verb ("Mrs. Ana
#: Tarvo of Kelso was fined", a finite verb of `data/finite_verbs.txt` or a past in "-ed").
_CLOSED = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)|\s+and\s|\s+(?P<verb>[a-z]+)\b")


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
        if (
            _placed(mention)
            and (
                (
                    person is not None
                    and (
                        _HOME_BEFORE.fullmatch(text, person.end, mention.start) is not None
                        or _home_after_of(text, person, mention)
                    )
                )
                or (home is not None and _THEN.fullmatch(text, home.end, mention.start) is not None)
            )
        ) or (previous is not None and _seat_after_of(text, previous, mention)):
            home = mention
        else:
            home = None
            kept.append(mention)
        previous = mention
    return kept


def _home_after_of(text: str, person: ActorMention, place: ActorMention) -> bool:
    """Whether a place (or one word the model took for a person) follows a person's name and
    "of" without a comma, the home closed there: "Mr. Tom Reyes of Ballyvane, said", "Dr. Ana
    Tarvo of Kelso and Mr. ...", or by the person's verb: "Judge Tom Reyes of Ballyvane named
    the champion" (stop 38: fresh49, fresh50, fresh53, fresh65's company the model took for a
    person), not a country nor a state's after its office ("minister Ana Roe of Bolivia
    signed"), nor a name with an organisation's word on either side ("Tarn Club of Kelso
    agreed", "Eric Roe of Team Kelso won"). Not a name the model took for an organisation:
    "Dr Ana Tarvo of KIPS", "Eric Roe of Team Kelso" name the employer or the team, which act.

    >>> text = "Its chairman, Mr. Tom Reyes of Ballyvane, said so."
    >>> reyes = ActorMention(18, 27, "Tom Reyes", "Tom Reyes", "person")
    >>> home = ActorMention(31, 40, "Ballyvane", "Ballyvane", "person")
    >>> _home_after_of(text, reyes, home)
    True
    >>> _home_after_of(text, reyes, ActorMention(31, 40, "Ballyvane", "Ballyvane", "organisation"))
    False
    >>> text = "Judge Tom Reyes of Ballyvane named the champion."
    >>> reyes = ActorMention(6, 15, "Tom Reyes", "Tom Reyes", "person")
    >>> _home_after_of(text, reyes, ActorMention(19, 28, "Ballyvane", "Ballyvane", "location"))
    True
    >>> text = "Mr. Tom Reyes of Ballyvane in May won."  # the sentence goes on from the place
    >>> reyes = ActorMention(4, 13, "Tom Reyes", "Tom Reyes", "person")
    >>> _home_after_of(text, reyes, ActorMention(17, 26, "Ballyvane", "Ballyvane", "location"))
    False
    """
    if place.type == ActorType.ORGANISATION or _OF.fullmatch(text, person.end, place.start) is None:
        return False
    closed = _CLOSED.match(text, place.end)
    if closed is None:
        return False
    verb = closed.group("verb")
    if verb is None:
        return True
    return (
        (verb in finite_verbs() or verb.endswith("ed"))
        and place.text.casefold() not in countries()  # "Ana Roe of Kenya signed": her state
        and not _states_office_before(text, person.start)  # "minister Ana Roe of Bolivia"
        and not _organisation_word_in(person.text)  # "Tarn Club of Kelso agreed": a seat
        and not _organisation_word_in(place.text)  # "Eric Roe of Team Kelso won": his team
    )


#: The words before a person's name within its sentence, up to 80 characters.
_WORDS_BEFORE = re.compile(r"[^.!?\n]{0,80}$")


def _states_office_before(text: str, start: int) -> bool:
    """Whether a noun of a state's office (`data/state_nouns.txt`: "minister", "envoy") stands
    before a person's name in its sentence: the place after "of" is the state the person acts
    for ("Foreign ministers Ana Roe of Bolivia and ... signed"), which a country list may not
    hold.

    >>> _states_office_before("Foreign ministers Ana Roe of Bolivia", 18)
    True
    >>> _states_office_before("Judge Tom Reyes of Kelso", 6)
    False
    """
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    words = re.findall(r"[A-Za-z]+", before.group(0)) if before is not None else []
    return any(word.casefold() in state_nouns() for word in words)


def _organisation_word_in(name: str) -> bool:
    """Whether a word of `name` is an organisation's ("Club") or its people's ("Team",
    `data/member_nouns.txt`)."""
    return any(word.casefold() in _body_or_members() for word in name.split())


@cache
def _body_or_members() -> frozenset[str]:
    return organisation_words() | word_set("member_nouns.txt")


def _seat_after_of(text: str, company: ActorMention, place: ActorMention) -> bool:
    """Whether a place (no country) follows a company's name and "of" without a comma: the
    company's seat, which only says where the company is ("Orlby Optics of Kelso was granted a
    patent", "built by Tarn Works of Kelso at a cost of"). Not a body's place after "the" or a
    public body's word ("the Central Bank of Kelso", "Metro Council of Kelso": the place is a
    word of its name), nor a country ("Kestrel Motors of Canada", a company's national arm).
    Golds since stop 34 leave such a seat out (fresh44, fresh46, fresh47, fresh48, fresh58,
    fresh65; fresh16 and fresh18 kept it); the seat set off by commas ("Orlby Chemicals Ltd,
    of Kelso, was fined") stays, as the golds keep it.

    >>> text = "Orlby Optics of Kelso was granted a patent."
    >>> firm = ActorMention(0, 12, "Orlby Optics", "Orlby Optics", "organisation")
    >>> _seat_after_of(text, firm, ActorMention(16, 21, "Kelso", "Kelso", "location"))
    True
    >>> text = "It told the Tarn Board of Kelso."
    >>> board = ActorMention(12, 22, "Tarn Board", "Tarn Board", "organisation")
    >>> _seat_after_of(text, board, ActorMention(26, 31, "Kelso", "Kelso", "location"))
    False
    """
    return (
        company.type == ActorType.ORGANISATION
        and place.type == ActorType.LOCATION
        and place.text.casefold() not in countries()
        and _OF.fullmatch(text, company.end, place.start) is not None
        and not after_the(text, company.start)
        and company.text.rsplit(" ", 1)[-1].casefold() not in body_words()
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
