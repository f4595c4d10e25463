"""What a document tells of its persons that "he" and "she" need: the sex the words written
with any mention of a person give them ("Ms. Akerly", "her son, Marcus Dunn", "Dan Rook, the
actress's husband,"), and the main person of a profile or an obituary.

    >>> text = "Mrs Alma Voss met Peter Grant. Her son, Tom Voss, was there."
    >>> alma = ActorMention(4, 13, "Alma Voss", "Alma Voss", "person")
    >>> tom = ActorMention(40, 48, "Tom Voss", "Tom Voss", "person")
    >>> sorted(person_genders(text, (alma, tom)).items())
    [('Alma Voss', 'female'), ('Tom Voss', 'male')]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import place_prepositions
from timeline.determiners import ARTICLES, POSSESSIVES, Determiner, determiners
from timeline.kinds import ActorType
from timeline.sentences import abbreviations
from timeline.wordlists import table

#: The word right before a name, across a comma: "her son, Tomás", "Mrs Ruiz", "Ms. Akerly"
#: (a full stop only after an abbreviation: "... his son. Tom Hill said" says nothing of Tom).
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(\.?),?\s+$")
#: A noun in apposition right after a name, not a possessive: "Tomás Ibáñez, her son,", "Jo
#: Kim, the actress," (not "Jo Kim, his wife's lawyer").
_NOUN_AFTER = re.compile(rf",\s+(?:{ARTICLES}|{POSSESSIVES})\s+([a-z]+)\b(?!['’])")
#: A possessive's noun in apposition before a name, across a describing noun: "His wife, the
#: pianist Éva Lengyel", "her son, Tom".
_APPOSITION_BEFORE = re.compile(
    rf"\b{determiners(Determiner.POSSESSIVE, case='capitalised')}\s+([a-z]+),\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?$"
)
#: How far before a name its honorific or noun is looked for (characters).
_BEFORE_REACH = 20
#: The main person of a profile is named this many times at least, and more than anyone else.
MAIN_PERSON_MENTIONS = 3


@cache
def gendered_words() -> dict[str, str]:
    """Each word that says a person is a man or a woman, and which (`data/gendered_words.csv`).

    >>> gendered_words()["she"], gendered_words()["widower"]
    ('female', 'male')
    """
    return {row[0]: row[1] for row in table("gendered_words.csv")}


@cache
def honorifics() -> frozenset[str]:
    """The gendered words written capitalised before a name: "Mrs Ruiz", not "miss Steve".

    >>> "miss" in honorifics(), "son" in honorifics()
    (True, False)
    """
    return frozenset(row[0] for row in table("gendered_words.csv") if row[2] == "honorific")


def mention_gender(text: str, mention: ActorMention) -> str | None:
    """The sex the words written with one mention give its person: its title ("Mrs"), the
    word right before it ("her son, Tomás"; an honorific only capitalised), a noun in
    apposition after it ("Tomás, her son,") or before it across a describing noun ("His
    wife, the pianist Éva Lengyel"); none when they say nothing or disagree.

    >>> text = "Her son, Tomás Ibáñez, said so."
    >>> mention_gender(text, ActorMention(9, 21, "Tomás Ibáñez", "Tomás Ibáñez", "person"))
    'male'
    """
    words = [(mention.role or "").split(" ")[0].rstrip(".").casefold()]
    before = _WORD_BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
    if before is not None:
        word = before.group(1).casefold()
        if (not before.group(2) or word in abbreviations()) and (
            word not in honorifics() or before.group(1)[0].isupper()
        ):
            words.append(word)
    after = _NOUN_AFTER.match(text, mention.end)
    if after is not None:
        words.append(after.group(1))
    apposition = _APPOSITION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if apposition is not None:
        words.append(apposition.group(1))
    genders = {gendered_words()[word] for word in words if word in gendered_words()}
    return next(iter(genders)) if len(genders) == 1 else None


@lru_cache(maxsize=8)
def person_genders(text: str, mentions: tuple[ActorMention, ...]) -> dict[str, str]:
    """The sex of each person of the document `text` that the words written with any of its
    mentions give, when they all agree (see `mention_gender`)."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type != ActorType.PERSON:
            continue
        gender = mention_gender(text, mention)
        if gender is not None:
            found.setdefault(mention.name, set()).add(gender)
    return {name: next(iter(genders)) for name, genders in found.items() if len(genders) == 1}


@lru_cache(maxsize=8)
def main_person(mentions: tuple[ActorMention, ...]) -> str | None:
    """The person a profile or an obituary is about: named in the lead (the first mention of
    any person is theirs) and at least `MAIN_PERSON_MENTIONS` times, more than anyone else;
    none in a story of several persons.

    >>> def person(start: int, name: str) -> ActorMention:
    ...     return ActorMention(start, start + 4, name, name, "person")
    >>> vera = (person(0, "Vera"), person(50, "Dan"), person(90, "Vera"), person(99, "Vera"))
    >>> main_person(vera)
    'Vera'
    >>> print(main_person((person(0, "Vera"), person(50, "Dan"), person(90, "Dan"))))
    None
    """
    persons = [m.name for m in mentions if m.type == ActorType.PERSON]
    if not persons:
        return None
    counts = Counter(persons).most_common(2)
    top, times = counts[0]
    if top != persons[0] or times < MAIN_PERSON_MENTIONS:
        return None
    if len(counts) > 1 and counts[1][1] >= times:
        return None
    return top


#: Words right before a name that say it is a place, whatever type the model gave it: the
#: prepositions of place (`data/place_prepositions.txt`) and those of a way or a height ("a
#: man from St Brelade", "three hours above Asni").
_PLACE_LEADS = frozenset({"from", "above", "below", "beyond", "towards"})
#: Nouns of a part of a land before "of" ("the north coast of Upolu", "south of Tarn").
_LAND_PARTS = frozenset(
    {"coast", "north", "south", "east", "west", "island", "outskirts", "shores", "village"}
)
#: The word before a name, and the one before that ("coast of").
_WORDS_BEFORE = re.compile(r"(?:\b([a-z]+)\s+)?\b([A-Za-z][a-z]*)\s+$")
#: A coordination right before a name: "in Montpellier and Lyon" (not a comma: "In Asni,
#: Ana Roe met ..." names her).
_JOINED_BEFORE = re.compile(r"\s+(?:and|or)\s+$")


def placed_persons(text: str, mentions: tuple[ActorMention, ...]) -> frozenset[str]:
    """The persons of `mentions` that are places the model took for persons
    (`placed_names`): "he" and "she" stand for none of them."""
    return placed_names(text, mentions, ActorType.PERSON)


@lru_cache(maxsize=16)
def placed_names(text: str, mentions: tuple[ActorMention, ...], kind: ActorType) -> frozenset[str]:
    """The names of `kind` in `mentions` that are places the model took for another kind:
    every mention of the name stands after a preposition of place or of a way ("in",
    "from", "above"), a part of a land and "of" ("the coast of Upolu"), or is joined by
    "and" to a name so placed ("in Montpellier and Lyon").

    >>> text = "She left Asni for Ouled in 1990. Near Asni and Imlil, Ana Roe met Tom."
    >>> found = (ActorMention(9, 13, "Asni", "Asni", "person"),
    ...          ActorMention(38, 42, "Asni", "Asni", "person"),
    ...          ActorMention(47, 52, "Imlil", "Imlil", "person"),
    ...          ActorMention(54, 61, "Ana Roe", "Ana Roe", "person"))
    >>> sorted(placed_persons(text, found))
    ['Imlil']
    """
    leads = place_prepositions() | _PLACE_LEADS
    placed: dict[str, bool] = {}
    previous: tuple[ActorMention, bool] | None = None
    for mention in mentions:
        before = _WORDS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        here = before is not None and (
            before.group(2).casefold() in leads
            or (before.group(2) == "of" and before.group(1) in _LAND_PARTS)
        )
        if not here and previous is not None and previous[1]:
            # the gap between the two names is the coordination: a match at its start (the
            # search for one further on read the whole gap, however long)
            here = _JOINED_BEFORE.match(text, previous[0].end, mention.start) is not None
        if mention.type == kind:
            placed[mention.name] = placed.get(mention.name, True) and here
        previous = (mention, here)
    return frozenset(name for name, only_placed in placed.items() if only_placed)
