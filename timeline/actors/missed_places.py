"""Places the model missed, known by the word before them: a name written with a glottal stop
after a preposition of place ("counting in Vava'u": `glottal_places`), and a name of one or
two words after "to", "near", "in", "at" that is no English noun ("the coast road to Sur", "a
conservatoire in Aix-en-Provence": `lone_places`). Split from `runs` (stop 46), whose job is
the organisations the model missed.

    >>> [(r.text, r.label) for r in glottal_places("Counting in Vava'u was slow.", [])]
    [("Vava'u", 'GPE')]
    >>> [r.text for r in lone_places("He sailed to Sur on Friday, in May.", [])]
    ['Sur']
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.appositives import describes_a_person
from timeline.actors.literals import written_apart
from timeline.actors.mark_rests import joined_by_infixes
from timeline.actors.not_actors import names_no_actor
from timeline.actors.openings import capital_sweep
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    CAPITAL,
    SMALL,
    countries,
    document_words,
    name_particles,
    nationality,
    organisation_words,
    place_prepositions,
    stoplist,
    titles,
)
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import HOLIDAY_NAMES

__all__ = ["glottal_places", "lone_places"]

#: A capitalised word with a glottal stop (an apostrophe between letters in lower case, no
#: "'s"), and the capitalised words after it: "Vava'u", "Nuku'alofa", "Ha'apai".
_GLOTTAL_WORD = re.compile(
    r"(?<![\w'’ʻ-])[A-Z][a-z]*['’ʻ](?!s\b)[a-z]+(?:[ ][A-Z][a-z]+)*(?![\w'’ʻ-])"
)


#: The word before a position: "in " of "in Vava'u".
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ ]$")


def glottal_places(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Places written with a glottal stop that the model missed, after a preposition of place
    or "of" or "from" ("counting in Vava'u", "the islands of Ha'apai"): no span of `raw` there.

    >>> text = "Counting in Vava'u was slow. Tevita's plan failed."
    >>> [(r.text, r.label) for r in glottal_places(text, [])]
    [("Vava'u", 'GPE')]
    """
    found: list[RawSpan] = []
    for match in capital_sweep(_GLOTTAL_WORD, text):
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is None or before.group(1) not in _place_words_before():
            continue
        if any(r.start < end and start < r.end for r in raw):
            continue
        found.append(RawSpan(start, end, match.group(), "GPE"))
    return found


@cache
def _place_words_before() -> frozenset[str]:
    """Prepositions of place (`data/place_prepositions.txt`), "of", "from" and "to"."""
    return frozenset({*place_prepositions(), "of", "from", "to"})


#: One capitalised word after a preposition of place, "to" or "from" in lower case, and
#: nothing joined to it: "to Sur", "near Thika" (not "to Sur Road", "Sur-based", "Sur's").
_WORD_AFTER_PREPOSITION = re.compile(
    r"\b([a-z]+)[ ]([A-Z][a-zà-ÿ]{2,})(?![\w'’-]|\.\w|[ ][A-Z\d(])"
)


#: One or two name words after a preposition in lower case, nothing joined to them: "in
#: Feldkirch", "at Slavonski Šamac", "in Aix-en-Provence" (a hyphen's last part capitalised).
_NAME_AFTER_PREPOSITION = re.compile(
    rf"\b([a-z]+)[ ]({CAPITAL}{SMALL}+(?:['’][a-rt-z]{SMALL}*)?"  # "Savai'i", not "Sur's"
    rf"(?:-(?:[a-zà-ÿ]{{1,5}}-){{0,2}}[A-Z]{SMALL}+)*(?:[ ]{CAPITAL}{SMALL}+)?)"
    r"(?![\w'’-]|\.\w|[ ][A-Z\d(])"
)


#: A particle in lower case and a name word after a lone place's one word, nothing joined to
#: them: " de Oro" of "in Cagayan de Oro" (of two or three letters: no "e" nor "y", which join
#: two places).
_PARTICLE_AND_NAME = re.compile(rf" ([a-z]{{2,3}}) ({CAPITAL}{SMALL}+)(?![\w'’-]|[ ][A-Z])")


#: The words before a lone place the model misses: a destination or a neighbourhood ("to
#: Sur", "near Thika"); after "in" or "at" it finds the places, and what it leaves there is
#: mostly no place ("in Politics", "at Christmas"), so there `lone_places` reads only words
#: English has no noun for.
_LONE_PLACE_WORDS_BEFORE = frozenset({"to", "near", "towards"})


def lone_places(
    text: str,
    raw: Sequence[RawSpan],
    nouns: frozenset[str] = frozenset(),
    times: Sequence[tuple[int, int]] = (),
) -> list[RawSpan]:
    """Names of one word the model missed after "to", "near" or "towards" ("the coast road to
    Sur", "a farm near Thika"): no span of `raw` there, no capitalised word, number or bracket
    after it ("to Stage 2"), and the word no month or its short form ("to Sept. 30"), weekday,
    sentence opener, title, organisation or document word, demonym or language, nor a word of
    the stop list ("to English", "to Parliament").

    >>> [r.text for r in lone_places("He sailed to Sur on Friday, in May.", [])]
    ['Sur']

    After the other prepositions of place and "on" (`data/place_prepositions.txt`: "in", "at",
    "outside"), a name of one or two words is a place when none of its words is an English
    noun (`nouns`, the model's noun index: "in Politics", "at Christmas") nor written in lower
    case in the text ("at Large ... at large"): "a lodging-house in Greenock", "the Sava at
    Slavonski Šamac", "a conservatoire in Aix-en-Provence"; a particle and a name word after
    one word go on it ("in Cagayan de Oro": `data/name_particles.txt`, stop 38). A name whose
    parts hyphens and a place's lower-case words join is a place whatever its parts are
    ("in Southend-on-Sea": `mark_rests.joined_by_infixes`, stop 41).

    >>> text = "She teaches in Aix-en-Provence, at Slavonski Šamac and in Politics on Sundays."
    >>> [r.text for r in lone_places(text, [], frozenset({"politics"}))]
    ['Aix-en-Provence', 'Slavonski Šamac']
    >>> [r.text for r in lone_places("Schools in Vargas de Oro shut.", [], frozenset({"x"}))]
    ['Vargas de Oro']
    >>> [r.text for r in lone_places("Police in Southend-on-Sea said", [], frozenset({"sea"}))]
    ['Southend-on-Sea']

    The noun index holds many towns too ("cardiff", "winnipeg"): such a name is still a place
    right before a temporal expression of `times` (`_before_a_time`: "met in Cardiff last
    October", "at Tarvik on Tuesday"), where the model, reading the date, leaves the town;
    never a nationality ("in European competition": stop 51, helper `missing`).

    >>> text = "They met in Tarvik on Tuesday."
    >>> [r.text for r in lone_places(text, [], frozenset({"tarvik"}), [(20, 29)])]
    ['Tarvik']
    >>> lone_places(text, [], frozenset({"tarvik"}))
    []
    """
    found: list[RawSpan] = []
    for match in _WORD_AFTER_PREPOSITION.finditer(text):
        if match.group(1) not in _LONE_PLACE_WORDS_BEFORE:
            continue
        word = match.group(2)
        start, end = match.span(2)
        if word in _lone_non_names() or _lone_non_name(word.casefold()):
            continue
        if any(r.start < end and start < r.end for r in raw):
            continue
        found.append(RawSpan(start, end, word, "GPE"))
    if not nouns:
        return found
    before_a_place = (place_prepositions() | {"on"}) - _LONE_PLACE_WORDS_BEFORE
    for match in _NAME_AFTER_PREPOSITION.finditer(text):
        if match.group(1) not in before_a_place:
            continue
        name = match.group(2)
        start, end = match.span(2)
        words = [part for word in name.split() for part in word.split("-") if part[:1].isupper()]
        if not joined_by_infixes(name) and (  # "Southend-on-Sea": a place by its shape
            any(
                word in _lone_non_names()
                or _lone_non_name(word.casefold())
                or written_apart(text, word.casefold())
                for word in words
            )
            or (
                any(word.casefold() in nouns for word in words)
                and not _before_a_time(text, words, end, times)
            )
        ):
            continue
        if any(r.start < end and start < r.end for r in raw):
            continue
        if describes_a_person(text, start, end, "GPE") or names_no_actor(text, start, end, "GPE"):
            continue  # "Ana Lee, an advocate in Kyrenia,", "based in Oulu": no actor there
        particle = _PARTICLE_AND_NAME.match(text, end) if " " not in name else None
        if particle is not None and particle.group(1) in name_particles():
            end = particle.end(2)  # "in Cagayan" + " de Oro" (stop 38)
        found.append(RawSpan(start, end, text[start:end], "GPE"))
    return found


#: Spaces and at most one preposition after a name, before a time: " on ", " in ", " ".
_TO_A_TIME = re.compile(r"[ \t]+(?:(?:on|in|at|by|during|from|until|through)[ \t]+)?")


def _before_a_time(
    text: str, words: Sequence[str], end: int, times: Sequence[tuple[int, int]]
) -> bool:
    """Whether a name ending at `end` is followed by a temporal expression of `times` (their
    (start, end)), across a space and at most one preposition, and none of its `words` is a
    nationality: the name of a place the noun index knows ("in Cardiff last October", "at
    Blackpool on Tuesday", "founded in Cardiff in 1887"), not a thing's word before a noun.

    >>> text = "in Tarvik last week, at Danish on Monday"
    >>> _before_a_time(text, ["Tarvik"], 9, [(10, 19)])
    True
    >>> _before_a_time(text, ["Danish"], 30, [(34, 40)]), _before_a_time(text, ["Tarvik"], 9, [])
    (False, False)
    """
    if not times or any(nationality(word) for word in words):
        return False
    reach = _TO_A_TIME.match(text, end)
    last = reach.end() if reach is not None else end
    return any(end < start <= last for start, _ in times)


@cache
def _lone_non_names() -> frozenset[str]:
    """Months (their short forms too: "Sept"), weekdays and sentence openers, capitalised."""
    calendar_words = {*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"}
    calendar_words |= {*calendar.day_name, *calendar.day_abbr}
    calendar_words |= {f"{day}s" for day in calendar.day_name}  # "on Sundays"
    return frozenset(calendar_words | {w.capitalize() for w in sentence_openers()})


def _lone_non_name(folded: str) -> bool:
    """Whether a word after "to" is no place's: a title, an organisation's, a document's word,
    a country's adjective, a stop-listed word, or a holiday's name ("closed from November to
    Easter": the temporal vocabulary's, as a month is; stop 39, helper `actors10x`)."""
    return (
        folded in HOLIDAY_NAMES
        or folded in titles()
        or folded in organisation_words()
        or folded in document_words()
        or folded in countries()
        or folded in stoplist()
    )
