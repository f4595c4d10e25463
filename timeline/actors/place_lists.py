"""Places named in a list with places the model found: in "Sheds at Hay, Deniliquin and
Jerilderie were idle" the model may see Jerilderie and miss Hay and Deniliquin, or in
"clear breeding sites in Colombo, Gampaha and Kalutara" see only Colombo. A list ("A, B and
C", "A and B") with one member a place the model found names places in its other members
too, when they are capitalised names of one to three words that no other mention covers; so
does a list after a place preposition ("at", "in", "near") with a member the model found, of
whatever type it took it for.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Sheds at Hay, Deniliquin and Jerilderie were idle."
    >>> jerilderie = ActorMention(29, 39, "Jerilderie", "Jerilderie", "location")
    >>> [(m.text, m.type) for m in place_list_sweep(text, [jerilderie])]
    [('Hay', 'location'), ('Deniliquin', 'location')]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.appositives import describes_a_person, describes_someone
from timeline.actors.clock_places import names_a_time_zone
from timeline.actors.literals import literal_matches
from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import describes_a_thing
from timeline.actors.not_actors import names_no_actor
from timeline.actors.occurrences import boundary
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import countries, place_prepositions, place_words
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers

#: Places the model names that a list can go on with.
_PLACES = (ActorType.LOCATION, ActorType.COUNTRY)
#: The most words a member of a list has ("Nkhata Bay", "Bình Dương", "Port of Spain" no).
_MOST_WORDS = 3
#: A word of a name: letters, digits, apostrophes and hyphens ("Nadowli-Kaleo", "Ha'apai").
_WORD = re.compile(r"[\w'’-]+")
_WORD_ENDING = re.compile(r"(?<![\w'’-])[\w'’-]+$")
#: What joins two members of a list: a comma, "and" or "or", or a comma and "and".
_JOINER_AFTER = re.compile(r"(?:,\s(?:and|or)\s|,\s|\s(?:and|or)\s)")
#: The lower-case word right before a list.
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_JOINER_BEFORE = re.compile(r"(?:,\s(?:and|or)\s|,\s|\s(?:and|or)\s)$")


def place_list_sweep(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the places in the lists of `text` that have a member the model took for
    a place (or a country) in `mentions`: the members no mention covers, as places. A list
    ends with "and" or "or" ("A, B and C"; "In Sydney, Police said" is none); its members
    are capitalised names, not a month, a weekday or a function word ("In", "The")."""
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    for mention in sorted(mentions, key=lambda m: m.start):
        if (mention.start, mention.end) in seen:
            continue
        members = _list_around(text, mention.start, mention.end)
        if not members or not (mention.type in _PLACES or _at_a_place(text, members[0][0])):
            members = _route_around(text, mention) if mention.type in _PLACES else []
        seen.update(members)
        for start, end in members:
            written = text[start:end]
            position = free_position(taken, start, end)
            if position is None or written.casefold() in countries():
                continue  # a country or a demonym not taken is an adjective: "US and Canadian"
            found.append(ActorMention(start, end, written, written, ActorType.LOCATION))
            taken.insert(position, (start, end))
    return sorted(found, key=lambda m: m.start)


def _list_around(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the list that `text[start:end]` is one member of, itself included, or
    none when it is in no list ending in "and" or "or".

    >>> text = "Pumps went to Ulm and Hof, Bonn, Gera and Jena."
    >>> at = text.index("Bonn")
    >>> [text[a:b] for a, b in _list_around(text, at, at + 4)]
    ['Hof', 'Bonn', 'Gera', 'Jena']
    """
    before: list[tuple[tuple[int, int], str]] = []  # (member, joiner after it), nearest first
    at = start
    while (joiner := _JOINER_BEFORE.search(text, max(0, at - 6), at)) is not None:
        name = _name_before(text, joiner.start())
        if name is None:
            break
        before.append((name, joiner.group()))
        at = name[0]
    after: list[tuple[str, tuple[int, int]]] = []  # (joiner before it, member), nearest first
    at = end
    while (joiner := _JOINER_AFTER.match(text, at)) is not None:
        name = _name_after(text, joiner.end())
        if name is None:
            break
        after.append((joiner.group(), name))
        at = name[1]
    members = [(start, end)]
    closed = False  # an "and" or "or" ends the list after the member it comes before
    for joined, name in after:
        members.append(name)
        if _conjunction(joined):
            closed = True
            break
    if not closed:
        members = [(start, end)]
        if not before or not _conjunction(before[0][1]):
            return []
    for index, (name, joined) in enumerate(before):
        if _conjunction(joined) and (closed or index > 0):
            break  # the "and" of another list before it
        members.insert(0, name)
    return members


#: "from" right before a route's first end, and "to" between its ends.
_FROM_BEFORE = re.compile(r"\bfrom\s$")
_TO_BETWEEN = re.compile(r"\sto\s")


def _route_around(text: str, mention: ActorMention) -> list[tuple[int, int]]:
    """The two ends of the route "from X to Y" that the place `mention` is one end of.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "a stage from Brasov to Sinaia."
    >>> sinaia = ActorMention(23, 29, "Sinaia", "Sinaia", "location")
    >>> [text[a:b] for a, b in _route_around(text, sinaia)]
    ['Brasov', 'Sinaia']
    """
    start, end = mention.start, mention.end
    if _FROM_BEFORE.search(text, max(0, start - 6), start):
        between = _TO_BETWEEN.match(text, end)
        other = _name_after(text, between.end()) if between else None
        return [(start, end), other] if other else []
    if text[max(0, start - 4) : start] == " to ":
        other = _name_before(text, start - 4)
        if other and _FROM_BEFORE.search(text, max(0, other[0] - 6), other[0]):
            return [other, (start, end)]
    return []


def _at_a_place(text: str, start: int) -> bool:
    """Whether a place preposition comes right before `start` ("Sheds at Hay, ...")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in place_prepositions()


def _conjunction(joiner: str) -> bool:
    return bool(joiner.strip(", "))


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised name of one to `_MOST_WORDS` words ending at `end`."""
    words: list[re.Match[str]] = []
    at = end
    while len(words) < _MOST_WORDS:
        match = _WORD_ENDING.search(text, max(0, at - 40), at)
        if match is None or not _name_word(match.group()):
            break
        words.insert(0, match)
        if match.start() == 0 or text[match.start() - 1] != " ":
            break
        at = match.start() - 1
    return _span(words)


def _name_after(text: str, start: int) -> tuple[int, int] | None:
    """The capitalised name of one to `_MOST_WORDS` words starting at `start`."""
    words: list[re.Match[str]] = []
    at = start
    while len(words) < _MOST_WORDS:
        match = _WORD.match(text, at)
        if match is None or not _name_word(match.group()):
            break
        words.append(match)
        if text[match.end() : match.end() + 1] != " ":
            break
        at = match.end() + 1
    return _span(words)


def _span(words: list[re.Match[str]]) -> tuple[int, int] | None:
    if not words or any(w.group() in _not_names() for w in words[:1]):
        return None
    return words[0].start(), words[-1].end()


def _name_word(word: str) -> bool:
    """Whether `word` can be a word of a place's name: capitalised, not a month or weekday."""
    return word[:1].isupper() and word not in _not_names()


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that start no place's name: months, weekdays, function words."""
    calendar_words = {*calendar.month_name[1:], *calendar.day_name}
    return frozenset(calendar_words | {w.capitalize() for w in sentence_openers()})


def place_sweep(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Other occurrences of the places of two words or more the model found once ("Cape
    Coast City" in the dateline, missed in "Cape Coast City coach Pieter Louw"), written
    exactly as found, where no capitalised word nor hyphen joins them to a longer name ("Cape
    Coast City Council", "Hong Kong-listed") and no other mention covers them. A place of one
    word is found again only where it is no word of a person's name in the text and what
    follows it ends its phrase: punctuation, a possessive, a preposition, a conjunction, an
    article or a verb ("will visit Osh on Thursday", "struck Tarnholm in January"; not "the
    Tarnholm writer", whose place describes a person: `ends_its_phrase`).

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Rain fell on Cape Vale. Cape Vale coach Ana left. Cape Vale Council met."
    >>> vale = ActorMention(13, 22, "Cape Vale", "Cape Vale", "location")
    >>> [m.start for m in place_sweep(text, [vale])]
    [24]

    Nor where the place tells the zone of a clock ("4 p.m. Cape Vale time"):

    >>> text = "Rain fell on Cape Vale. It docked at 4 p.m. Cape Vale time."
    >>> place_sweep(text, [vale])
    []
    >>> text = "Rain hit Osh. He will visit Osh on Monday. The Osh writer left."
    >>> osh = ActorMention(9, 12, "Osh", "Osh", "location")
    >>> [m.start for m in place_sweep(text, [osh])]
    [28]
    >>> ana = ActorMention(63, 70, "Ana Osh", "Ana Osh", "person")
    >>> [m.start for m in place_sweep(text + " Ana Osh left.", [osh, ana])]
    []
    """
    persons = {
        word for m in mentions if m.type == ActorType.PERSON for word in _WORD.findall(m.text)
    }
    surfaces: dict[str, ActorMention] = {}
    for mention in mentions:
        surface = mention.text.strip()
        if mention.type in _PLACES and (
            " " in surface or (_ONE_WORD_PLACE.fullmatch(surface) and surface not in persons)
        ):
            surfaces.setdefault(mention.text, mention)
    if not surfaces:
        return []
    names = sorted(surfaces, key=len, reverse=True)

    def end_of(start: int, end: int) -> int | None:
        alone = not _capitalised_next(text, end) and not _capitalised_before(text, start)
        hyphened = text[end : end + 1] == "-" or text[start - 1 : start] == "-"  # "Vale-based"
        ok = boundary(text, start) and boundary(text, end) and alone and not hyphened
        if ok and " " not in text[start:end]:
            ok = _names_the_place(text, start, end)  # "visit Osh on", not "the Osh writer"
        # "(4 p.m. Cape Vale time)": the zone a clock is told in, as where the model saw it
        return end if ok and not names_a_time_zone(text, start, end) else None

    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for start, end, number in literal_matches(text, names, end_of):
        position = free_position(taken, start, end)
        if position is not None:
            source = surfaces[names[number]]
            found.append(ActorMention(start, end, text[start:end], source.name, source.type))
            taken.insert(position, (start, end))
    return found


#: A place of one word the sweep looks for again: a capital, then three letters or more.
_ONE_WORD_PLACE = re.compile(r"[A-Z][^\W\d_]{2,}")
#: What may follow a place of one word that names a place, not a thing: punctuation, a
#: possessive, or a word that ends the place's phrase (a preposition, a conjunction, an
#: article, a verb's auxiliary or a past tense).
_PHRASE_END = re.compile(
    r"(?:[.,;:!?)\]\"”—–]|['’]s\b|\s*$| (?:on|in|at|to|from|for|by|with|since|until|after|"
    r"before|during|into|over|under|near|and|or|but|a|an|the|this|last|next|where|which|who|"
    r"as|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|do|"
    r"does|also|says|said|[a-z]+ed)\b)"
)


def _names_the_place(text: str, start: int, end: int) -> bool:
    """Whether a place of one word at `text[start:end]` found again names the place there:
    what follows ends its phrase (`ends_its_phrase`), it is no place's word and not after
    "the" ("the Garden", "the Fellowship": a body's short form, not a town), and the guards
    that drop the model's own places do not drop it: a place that describes a thing, a firm
    or a person ("Ana Roe, a nurse in Tarnholm,"), or names no actor ("5 p.m. Tarnholm
    time").

    >>> _names_the_place("He will visit Osh on Monday.", 14, 17)
    True
    >>> _names_the_place("Ana Roe, a nurse in Osh, said so.", 20, 23)
    False
    >>> _names_the_place("It was given to the Garden by them.", 20, 26)
    False
    """
    surface = text[start:end]
    return (
        ends_its_phrase(text, end)
        and surface.casefold() not in place_words()
        and text[max(0, start - 4) : start].casefold() != "the "
        and not describes_a_thing(text, surface, end, "GPE")
        and not describes_someone(text, start, end, "GPE")
        and not describes_a_person(text, start, end, "GPE")
        and not names_no_actor(text, start, end, "GPE")
    )


def ends_its_phrase(text: str, end: int) -> bool:
    """Whether what follows a place of one word ending at `end` ends its phrase (see
    `place_sweep`).

    >>> ends_its_phrase("visit Osh on Monday", 9), ends_its_phrase("the Osh writer", 7)
    (True, False)
    """
    return _PHRASE_END.match(text, end) is not None


def _capitalised_next(text: str, end: int) -> bool:
    """Whether a capitalised word follows `end` after one space ("Cape Vale Council")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _capitalised_before(text: str, start: int) -> bool:
    """Whether a capitalised word ends one space before `start` ("North Cape Vale"), not the
    first word of a sentence."""
    match = _WORD_ENDING.search(text, max(0, start - 40), max(0, start - 1))
    if match is None or text[start - 1 : start] != " " or not match.group()[:1].isupper():
        return False
    return match.group() not in _not_names()
