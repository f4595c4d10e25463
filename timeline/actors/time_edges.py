"""A temporal expression at a name's edge is no word of it: the end of a time a name begins
in ("218 BC Hannibal", "12:00 UTC"), a time fronted in its sentence ("Last November
Rheinwerk bought"), a clock time opening a name ("9.42pm SAST"), and a time right after a
name, which is no noun the name describes ("in the US next year").

    >>> outside_times("In 218 BC Hannibal crossed the Alps.", 7, 18, [(3, 9)])
    (10, 18)
    >>> opens_with_a_clock("0915 GMT")
    True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from timeline.actors.vocabulary import organisation_words, place_words
from timeline.temporal.vocabulary import (
    MONTHS,
    SEASONS,
    TIME_ZONES,
    UNITS,
    VOCABULARY,
    WEEKDAYS,
)
from timeline.wordlists import word_set

__all__ = ["a_time_after", "opens_with_a_clock", "outside_times"]

#: A clock time opening a name the model found: "9.42pm SAST", "6:15 a.m. GMT", "0915 GMT" (a
#: wire's four figures before a zone) are times of day in a zone, never an actor.
_CLOCK_OPENING = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?|[ap]\.m\.)", re.IGNORECASE)
_FOUR_FIGURES_AND_ZONE = re.compile(r"[0-2]\d[0-5]\d\s+([A-Z]{2,5})\b")


#: A relation word and the word after it: " next year", " last autumn".
_RELATION_AND_WORD = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")
#: The words a relation word ("last", "next") makes a time of: "year", "week", "monday",
#: "spring", "quarter" (lower case, as the text writes them after the relation word).
_TIME_NOUNS = frozenset(
    word.casefold() for words in (UNITS, WEEKDAYS, MONTHS, SEASONS) for word in words
)


def a_time_after(text: str, end: int) -> bool:
    """Whether the words right after `end` are a relation word and a unit, a weekday, a month
    or a season: a time, no noun the name before it describes ("in the US next year", "the
    Yellow Sea last autumn").

    >>> a_time_after("rivals in the US next year", 16), a_time_after("the US next door", 6)
    (True, False)
    """
    words = _RELATION_AND_WORD.match(text, end)
    if words is None or words.group(1) not in VOCABULARY.relations:
        return False
    word = words.group(2)
    return word in _TIME_NOUNS or word.removesuffix("s") in _TIME_NOUNS


def opens_with_a_clock(name: str) -> bool:
    """Whether a name the model found opens with a clock time (see `_CLOCK_OPENING`).

    >>> [opens_with_a_clock(n) for n in ("9.42pm SAST", "0915 GMT", "2010 FIFA World Cup")]
    [True, True, False]
    """
    if _CLOCK_OPENING.match(name) is not None:
        return True
    four = _FOUR_FIGURES_AND_ZONE.match(name)
    return four is not None and four.group(1) in TIME_ZONES


def outside_times(
    text: str, start: int, end: int, times: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The entity `text[start:end]` without the end of a temporal expression it begins in:
    "218 BC Hannibal" gives "Hannibal", "12:00 UTC" gives nothing. A name that merely
    contains a time word ("the Spring Offensive", "the Club of '89") keeps it.

    >>> text = "In 218 BC Hannibal crossed the Alps."
    >>> outside_times(text, 7, 18, [(3, 9)])
    (10, 18)
    >>> outside_times("at 12:00 UTC", 9, 12, [(3, 12)])
    (12, 12)
    >>> outside_times("the Spring Offensive", 4, 20, [(4, 10)])
    (4, 20)
    """
    # `times` are sorted and do not overlap: only the one starting last before `start` can
    # hold it (a search, not a scan: a long document has thousands of each)
    index = bisect_left(times, (start,)) - 1
    if index + 1 < len(times) and times[index + 1][0] == start:
        return _after_a_fronted_time(text, start, end, times[index + 1][1])
    if index >= 0:
        time_start, time_end = times[index]
        if time_start < start < time_end:
            start = min(end, time_end)
            while start < end and text[start].isspace():
                start += 1
    return start, _before_a_time(text, start, end, times)


#: The lower-case word right before a point of `text`, and the spaces around it: " before " of
#: "the Ministry before June 30".
_WORD_BEFORE = re.compile(r"\s+([a-z]+)\s+$")
#: A temporal expression's own first word in lower case: "before " of "before June 30".
_FIRST_WORD = re.compile(r"([a-z]+)\s")


def _before_a_time(text: str, start: int, end: int, times: Sequence[tuple[int, int]]) -> int:
    """The end of the entity `text[start:end]` before a temporal expression it runs into after
    a preposition of time (`data/time_prepositions.txt`), written before the expression or as
    its first word: "the Commons on Monday" is the Commons, "the Ministry before June 30,
    2008" the Ministry (stop 47, helper `spans`). Not after "of" ("the Class of 2020", "the
    Club of '89" keep theirs), nor where no capitalised word stays.

    >>> text = "write to the Ministry before June 30, 2008."
    >>> text[13:_before_a_time(text, 13, 41, [(29, 41)])]
    'Ministry'
    >>> text = "a statement in the Commons on Monday"
    >>> text[19:_before_a_time(text, 19, 36, [(27, 36)])]
    'Commons'
    >>> _before_a_time("the Club of '89 met", 4, 15, [(12, 15)])
    15
    """
    later = bisect_left(times, (start + 1,))
    if later >= len(times) or times[later][0] >= end:
        return end
    time_start = times[later][0]
    before = _WORD_BEFORE.search(text, start, time_start)
    own = _FIRST_WORD.match(text, time_start)
    if before is not None and before.group(1) in _time_prepositions():
        cut = before.start()
    elif own is not None and own.group(1) in _time_prepositions():
        cut = len(text[:time_start].rstrip())
    else:
        return end
    return cut if cut > start and any(c.isupper() for c in text[start:cut]) else end


@cache
def _time_prepositions() -> frozenset[str]:
    return word_set("time_prepositions.txt")


#: What stands before a time fronted in its sentence: the sentence's opening, or a preposition
#: ("On Easter Sunday", "In May"); not "the", before which a time is a word of a name ("the
#: Spring Offensive", "the October Revolution").
_FRONTED_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n\s*|(?<![\w-])(?:[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\s+)$"
)


def _after_a_fronted_time(text: str, start: int, end: int, time_end: int) -> tuple[int, int]:
    """The entity `text[start:end]` that begins with a temporal expression fronted in its
    sentence (`_FRONTED_BEFORE`), without it: "Last November Rheinwerk bought" gives
    "Rheinwerk", "On Easter Sunday San Fermín had lost" gives "San Fermín"; a time of two
    words or more that is all of it gives nothing ("Last Friday the centre closed"). Not a
    name's last word alone that a place or a body ends on ("In Christmas Island ...").

    >>> text = "Last November Rheinwerk bought Kessler."
    >>> _after_a_fronted_time(text, 0, 23, 13), _after_a_fronted_time(text, 0, 13, 13)
    ((14, 23), (13, 13))
    >>> _after_a_fronted_time("the Spring Offensive", 4, 20, 10)
    (4, 20)
    >>> _after_a_fronted_time("On Christmas Island", 3, 19, 12)
    (3, 19)
    """
    if _FRONTED_BEFORE.search(text, max(0, start - 6), start) is None:
        return start, end
    if time_end >= end:
        return (end, end) if len(text[start:end].split()) > 1 else (start, end)
    rest = text[time_end:end].strip()
    if not rest[:1].isupper() or rest.casefold() in _name_words():
        return start, end
    return end - len(text[time_end:end].lstrip()), end


@cache
def _name_words() -> frozenset[str]:
    """Words that end a name and name nothing alone ("Island", "Bank")."""
    return organisation_words() | place_words() | word_set("feature_nouns.txt")
