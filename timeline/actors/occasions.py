"""Names of occasions the model takes for actors: a name before the noun of the event it
names ("the URBA championship", "the Kelso trade show"), a feast written "Feast of ..." and
a saint's abbreviation cut from his day ("St" of "St. Brendan's Day"), a holiday and the
stretch of time it names ("Valentine's Day", "the Easter weekend"). None acts: who runs the
event, or keeps the feast, is named apart.

    >>> text = "Teams met for the Varda championship on the Feast of St Ronan."
    >>> names_an_occasion(text, 18, 23), names_an_occasion(text, 44, 61)
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.literals import LINE_WORDS_AFTER
from timeline.actors.vocabulary import after_the, event_words
from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.temporal.vocabulary import HOLIDAY_NAMES
from timeline.wordlists import word_set

__all__ = [
    "a_period_word",
    "names_a_day_of_observance",
    "names_a_holiday",
    "names_a_rite",
    "names_an_apposed_occasion",
    "names_an_occasion",
    "names_an_occasion_taking_place",
]

#: What follows a word that is a verb too, when it is one: "the Tarn figures show that ...",
#: "the Kelso data show a rise" (no "trade show" nor "draw" is followed so). Of the object
#: pronouns only a thing's, "it" and "them" (a set of its own, not `wordlists.pronouns`'s).
_VERB_OBJECT_AFTER = re.compile(
    rf"[ \t]+(?:that|how|what|why|(?:{ARTICLES}|{POSSESSIVES})"
    r"|no|little|some|any|signs?|it|them|up)\b"
)
#: Event words that are no event's after a name in lower case: "kept the Suez Canal open";
#: "the Kessel board meeting" is the company's (stop 32); "the EU competition commissioner"
#: is the body's (stop 38); "the Kessel test" and "the CBFC certificate" are the maker's and
#: the issuer's (stop 47); "the Tarn Group summit" is the body's that holds it (stop 51).
_NOT_AFTER_A_NAME = frozenset({"open", "meeting", "competition", "test", "certificate", "summit"})
#: A feast's or a contest's head opening a name: "Feast of the Assumption", "Octave of
#: Easter", "Festival of Lights", "Grand Prix des Collines", "Tour de Varda"; a cup's in a
#: Romance language before its "of" ("Copa del Sur", "Coupe de Varda", "Trofeo di Tarn",
#: stop 38; not "Copa Airlines").
_FEAST_OF = re.compile(
    r"(?:(?:Feast|Octave|Vigil|Solemnity|Festival)\s+of|Grand\s+Prix|Tour\s+(?:de|du|of)"
    r"|(?:Copa|Coupe|Trofeo|Torneo|Ta[çc]a)\s+(?:de|del|des|du|da|do|dos|das|di|della))\s+\S"
)
#: A saint's abbreviation alone: "St", "St.", "Ste".
_SAINT = re.compile(r"St[e]?\.?")
#: A saint's name and his day or eve after the abbreviation: ". Brendan's Day", " Anne's Eve".
_SAINTS_DAY_AFTER = re.compile(r"\.?[ \t]+[A-Z][\w-]*['’]s[ \t]+(?:Day|Eve)\b")


def names_an_occasion(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` names an occasion, not an actor:

    - after "the", before one or two lower-case words of which the last makes a name an
      event (`data/event_words.txt`): "the URBA championship", "the Kelso trade show", "the
      Lammas fair"; the words of an event of its own ("the Varda Cup") are read by the name's
      last word (`spans.clean_span`);
    - a feast's or a contest's head opening it: "the Feast of the Assumption", "Octave of
      Easter", "the Grand Prix des Collines", "the Tour de Varda", "the Copa del Sur";
    - a saint's abbreviation before his day, the model having cut it at its point: "St" of
      "on St. Brendan's Day".

    >>> text = "It opened at the Kelso trade show and shut for the Lammas fair."
    >>> names_an_occasion(text, 17, 22), names_an_occasion(text, 51, 57)
    (True, True)
    >>> names_an_occasion("a gate shut on St. Brendan's Day", 15, 17)
    True

    Not a name before a noun that is no event's ("the Kelso plant"), nor one without "the"
    before it, where the noun may be the object of a verb ("Kelso won fair and square"), nor a
    saint's town ("St. Albans"):

    >>> names_an_occasion("workers at the Kelso plant", 15, 20)
    False
    >>> names_an_occasion("Kelso won fair and square", 0, 5)
    False
    >>> names_an_occasion("a school in St. Albans", 12, 15)
    False

    Nor a name before a noun and a verb ("the Tarn figures show that ..."), nor before "open",
    which is an event's last word but also keeps a place so ("kept the Suez Canal open"):

    >>> names_an_occasion("the Tarn figures show that rents rose", 4, 8)
    False
    >>> names_an_occasion("kept the Suez Canal open", 9, 19)
    False
    """
    surface = text[start:end]
    if _FEAST_OF.match(surface):
        return True
    if _SAINT.fullmatch(surface):
        return _SAINTS_DAY_AFTER.match(text, end) is not None
    nouns = LINE_WORDS_AFTER.match(text, end)
    if nouns is None or not after_the(text, start):
        return False
    events = _events_after_a_name()
    for group in (1, 2):  # "the Varda championship on ...", "the Kelso trade show"
        if nouns.group(group) in events:
            return _VERB_OBJECT_AFTER.match(text, nouns.end(group)) is None
    return False


@cache
def _events_after_a_name() -> frozenset[str]:
    return event_words() - _NOT_AFTER_A_NAME


#: A description set off by a comma after a name, its head last: ", the machinery fair,", ",
#: the industry's annual conference.", ", the first prize)"; up to three lower-case words
#: before the head (a possessive among them), and the mark that closes it.
_APPOSED_DESCRIPTION = re.compile(
    r",[ \t]+(?:the|an?)[ \t]+((?:[a-z][\w'’-]*[ \t]+){0,3})([a-z]+)[ \t]*[,.;:)]"
)


def names_an_apposed_occasion(text: str, start: int, end: int) -> bool:
    """Whether the name is followed by a description set off by a comma whose head (its last
    word) names an occasion or a prize: an event word (`data/event_words.txt`) or a
    gathering's noun (`data/occasion_nouns.txt`). The name is the event's or the prize's,
    and acts no more than its head: "MachTech, the machinery fair, runs in Kielce", "Quantum
    North, the industry's annual conference, will be held", "wins El Gordo, the first
    prize." (stop 52, helper `orgs`: on the dev sets the golds list none of the 5 names the
    product kept in this shape).

    >>> text = "Tarnexpo, the building trade fair, opens on Monday."
    >>> names_an_apposed_occasion(text, 0, 8)
    True
    >>> text = "Last year Vela Gold, the festival's first prize, went to a short film."
    >>> names_an_apposed_occasion(text, 10, 19)
    True

    Not a name whose description's head is no occasion ("the fair's organiser"), nor one
    whose description holds a preposition (the occasion is then another's), nor "open",
    which also ends a description of a place ("the only crossing still open"):

    >>> text = "Kelso Events, the fair's organiser, said so."
    >>> names_an_apposed_occasion(text, 0, 12)
    False
    >>> text = "Kelso Events, the sponsor of the fair, said so."
    >>> names_an_apposed_occasion(text, 0, 12)
    False
    """
    description = _APPOSED_DESCRIPTION.match(text, end)
    if description is None:
        return False
    head = description.group(2)
    if head == "open" or not (head in event_words() or head in word_set("occasion_nouns.txt")):
        return False
    return not any(word in word_set("prepositions.txt") for word in description.group(1).split())


#: "takes place" after a name, a modal or "is to" between at times: " takes place", " will
#: take place", " is to take place", " took place".
_TAKING_PLACE_AFTER = re.compile(
    r"[ \t]+(?:(?:will|would|should|is[ \t]+to|are[ \t]+to)[ \t]+)?(?:takes?|took)[ \t]+place\b"
)
#: A preposition or a possessive right before a name, which is then no subject: "a meeting
#: of the Council takes place", "at Kelso's show".
_NO_SUBJECT_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+(?:the[ \t]+)?$")


def names_an_occasion_taking_place(text: str, start: int, end: int) -> bool:
    """Whether the name is the subject of "takes place": an occasion, which no actor is
    ("The Ruhr Plant Safety Day takes place in Gelsenkirchen", "the annual Kelso Fisheries
    Forum takes place on 24 March", "Our next Policy Forum will take place"; stop 52, helper
    `orgs`: on the dev sets the golds list none of the 3 names the product kept so).

    >>> text = "The Tarn Safety Day takes place in Kelso on 3 March."
    >>> names_an_occasion_taking_place(text, 4, 19)
    True

    Not a name after a preposition, whose noun the occasion is ("a meeting of the Council"),
    nor one after "and", the last of a list that may be the preposition's:

    >>> text = "A meeting of the Kelso Council takes place on Monday."
    >>> names_an_occasion_taking_place(text, 17, 30)
    False
    >>> text = "The wedding of Ana Roe and Tom Hale takes place on Saturday."
    >>> names_an_occasion_taking_place(text, 27, 35)
    False
    """
    if _TAKING_PLACE_AFTER.match(text, end) is None:
        return False
    before = _NO_SUBJECT_BEFORE.search(text, max(0, start - 24), start)
    return before is None or (
        before.group(1) not in _LIST_WORDS and before.group(1) not in word_set("prepositions.txt")
    )


#: The words that join a list's last name to the rest: a name after one is no subject alone.
_LIST_WORDS = frozenset({"and", "or", "nor"})


#: A name of two words or more ending in "Day": "Waitangi Day", "National Tree Day".
_DAY_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}Day")
#: The preposition of time right before a name, and "the" at times: "around ", "from the ".
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+(?:the\s+)?$")
#: Prepositions of time that also place a thing in a publication ("in Business Day", "by
#: Business Day"): they tell nothing here.
_ALSO_OF_PLACE = frozenset({"in", "by", "at"})


def names_a_day_of_observance(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name is a day kept by a country or a cause, its name ending in "Day",
    after a preposition of time (`data/time_prepositions.txt`): "orders slowed around
    Waitangi Day", "postponed from National Tree Day" tell when, and name no actor (stop 32).
    The temporal vocabulary dates the days it knows; these it does not.

    >>> names_a_day_of_observance("sales slowed around Waitangi Day", 20, 32, "LOC")
    True
    >>> names_a_day_of_observance("postponed from National Tree Day", 15, 32, "ORG")
    True

    Not a person whose family name is Day, nor a day's name read in a paper ("in Business
    Day"), nor one without a preposition of time before it:

    >>> names_a_day_of_observance("a letter from Kim Day", 14, 21, "PERSON")
    False
    >>> names_a_day_of_observance("wrote in Business Day", 9, 21, "ORG")
    False
    >>> names_a_day_of_observance("Business Day reported", 0, 12, "ORG")
    False
    """
    if label == "PERSON" or _DAY_NAME.fullmatch(text, start, end) is None:
        return False
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    return (
        before is not None
        and before.group(1) not in _ALSO_OF_PLACE
        and before.group(1) in word_set("time_prepositions.txt")
    )


#: A comma right before a name: ", " of "Worcester, Mass.", a state's short form.
_COMMA_BEFORE = re.compile(r",\s*$")


def names_a_rite(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name is a church's service or rite, its last word one of
    `data/rite_words.txt`: "the Easter Vigil", "Requiem Mass was celebrated", "announced at
    all Masses", "at the 9 a.m. Mass.", "will administer Confirmation" (stop 34). It tells
    what happens; who celebrates it is named apart.

    >>> text = "Fr Ana Roe will celebrate the Easter Vigil and Requiem Mass at all Masses."
    >>> [names_a_rite(text, text.index(w), text.index(w) + len(w), "ORG")
    ...  for w in ("Easter Vigil", "Requiem Mass", "Masses")]
    [True, True, True]

    Not a person's family name ("Lena Vigil said"), nor a state's short form after a town
    and a comma ("Worcester, Mass."):

    >>> names_a_rite("Lena Vigil said", 0, 10, "PERSON")
    False
    >>> names_a_rite("a firm in Worcester, Mass., said", 21, 26, "GPE")
    False
    """
    if label == "PERSON" or _COMMA_BEFORE.search(text, max(0, start - 4), start):
        return False
    words = text[start:end].rstrip(".").split()
    return bool(words) and words[-1].casefold() in word_set("rite_words.txt")


#: A holiday after a name: "Valentine's Day", "Saint Stephen's Eve", "the Republic holiday".
_HOLIDAY = r"(?:['’]s\s+(?:Day|Eve)|\s+holidays?)"
_HOLIDAY_AFTER = re.compile(_HOLIDAY + r"\b")
_HOLIDAY_LAST = re.compile(_HOLIDAY + "$")


def names_a_holiday(text: str, start: int, end: int) -> bool:
    """Whether the name is a holiday's, or the person or event a holiday is named after.

    >>> names_a_holiday("closed for the Foundation Day holiday on Friday", 15, 29)
    True
    >>> names_a_holiday("in time for Valentine's Day.", 12, 21)
    True
    >>> names_a_holiday("Kim Day won the open.", 0, 7), names_a_holiday("Ana's dog", 0, 3)
    (False, False)

    A name that ends in a holiday's own name is the holiday, whatever words come before it
    ("Orthodox Easter", "Chinese New Year"; the holidays of the temporal vocabulary):

    >>> names_a_holiday("as Orthodox Easter falls on Sunday", 3, 18)
    True
    >>> names_a_holiday("Christmas Island reported rain", 0, 16)
    False
    >>> names_a_holiday("the busiest week before Easter.", 24, 31)  # the model took the stop
    True

    So is a holiday's name and the stretch of time it names, read as one name ("after the
    Easter weekend", "the Christmas break"; stop 39, helper `actors10x`):

    >>> names_a_holiday("Digging resumes after the Easter weekend.", 26, 40)
    True
    >>> names_a_holiday("Digging resumes at Easter Island.", 19, 32)
    False
    """
    if _HOLIDAY_AFTER.match(text, end) or _HOLIDAY_LAST.search(text, start, end):
        return True
    folded = " ".join(text[start:end].split()).casefold().rstrip(".")  # "Easter." at a stop
    head, _, last = folded.rpartition(" ")
    if head in HOLIDAY_NAMES and a_period_word(last):
        return True  # "Easter weekend": the holiday's stretch of time
    # the name, or its end after a space, is a holiday's name: one look-up per word
    names = HOLIDAY_NAMES
    space = -1
    while True:
        if folded[space + 1 :] in names:
            return True
        space = folded.find(" ", space + 1)
        if space < 0:
            return False


def a_period_word(word: str) -> bool:
    """Whether a lower-case word names a stretch of time (`data/period_nouns.txt`, "weekend").

    >>> a_period_word("weekend"), a_period_word("break"), a_period_word("island")
    (True, True, False)
    """
    return word in word_set("period_nouns.txt") or word == "weekend"
