"""A date that names the time of a thing, not of its clause: the period something is for ("booked
60,000 tonnes for April and May shipment on Tuesday", "approved an increase for August at a
hearing on September 29") and a period made a possessive ("its candidates for next year's
elections ... on Saturday", "charged over last month's hold-up ... yesterday"). Beside a finer
date of the same clause that is no such thing, it gives way: the verb's own time modifier dates
the clause, a noun's does not.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It booked 9,000 tonnes for May shipment on Tuesday."
    >>> may = Timex(27, 30, "May", "DATE", "2024-05", granularity="month",
    ...             date_start=date(2024, 5, 1), date_end=date(2024, 5, 31))
    >>> tuesday = Timex(43, 50, "Tuesday", "DATE", "2024-03-12", granularity="day",
    ...                 date_start=date(2024, 3, 12), date_end=date(2024, 3, 12))
    >>> [t.text for t in times_of_the_clause(Sentence(0, len(text), text, 0), [may, tuesday])]
    ['Tuesday']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from timeline.events.dates import precision
from timeline.events.figures import period_of_figures_told
from timeline.stop_words import stop_words
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import word_list, word_set

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["names_a_things_time", "times_of_the_clause"]

#: "for" right before a date, up to two determiners or owners between: "for August", "for the
#: fourth quarter", "for the company's 2014".
_FOR_BEFORE = re.compile(
    rf"(?i)(?:\b(?P<verb>[a-z]+)\s+)?\bfor\s+"
    rf"(?:(?:{ARTICLES}|{POSSESSIVES}|{DEMONSTRATIVES}|[a-z]+['’]s)\s+){{0,2}}$"
)
#: Words before "for" that make the date the time of their own clause: a thing arranged or
#: moved for it ("scheduled for the spring", "rescheduled for May"), not a thing's period.
_ARRANGED = VOCABULARY.arranged_participles
_MOVED = tuple(word_list("rescheduling_verbs.txt"))


def _for_a_things_time(text: str, start: int) -> bool:
    """Whether "for" stands right before the date at `start` of `text`, not after a word of
    arranging or moving ("would be rescheduled for the spring", "is set for May").

    >>> _for_a_things_time("It booked grain for May.", 20)
    True
    >>> _for_a_things_time("It was rescheduled for May.", 23)
    False
    """
    found = _FOR_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    verb = (found.group("verb") or "").lower()
    return verb not in _ARRANGED and not verb.startswith(_MOVED)


#: What joins a date to the one before it into one list or stretch: "April and May", "February
#: to April", "2019-20".
_JOINED_BEFORE = re.compile(r"(?i)^\s*(?:,|and|or|to|through|until|till|-|–)\s*$")
#: A possessive right after a date: "next year's elections", "last month’s hold-up".
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
#: Right before a date made an adjective: "of" ("an estimate of November GDP growth") or a
#: determiner ("the August forecast", "its March bill"), the word before it kept to check.
_ADJECTIVE_BEFORE = re.compile(
    rf"(?i)(?:\bof|(?:(?P<before>[a-z]+)\s+|^)(?:{ARTICLES}|{POSSESSIVES}|{DEMONSTRATIVES}))\s+$"
)
#: The word right after a date.
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
#: Prepositions that make a date after them and a determiner the clause's time: "on the
#: Wednesday the village walked up", "in the spring term" (`data/time_prepositions.txt`).
_TIME_PREPOSITIONS = word_set("time_prepositions.txt")


def _made_an_adjective(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`..`end` of `text` describes the noun after it, after "of" or
    a determiner ("an estimate of November GDP growth", "above the August forecast"), not the
    end of a phrase ("the first two weeks of June", "the end of May this year") nor the time
    of a preposition ("on the Wednesday the village walked up").

    >>> def adjective(text: str, date: str) -> bool:
    ...     start = text.index(date)
    ...     return _made_an_adjective(text, start, start + len(date))
    >>> adjective("It beat the August forecast.", "August")
    True
    >>> adjective("It is an estimate of May output.", "May")
    True
    >>> adjective("On the Wednesday the village walked.", "Wednesday")
    False
    >>> adjective("the weeks of June.", "June")
    False
    """
    before = _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if before is None or (before.group("before") or "").lower() in _TIME_PREPOSITIONS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() not in stop_words()


def names_a_things_time(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` is the time of a thing rather than of a clause: after "for" (or joined to
    a date after "for": "for April and May shipment"), made a possessive ("next year's
    elections") or an adjective ("an estimate of November GDP growth", "the August forecast");
    `found` are the expressions of the sentence, in order.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It set prices for April and May at a meeting; next year's list is out."
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> april = Timex(18, 23, "April", "DATE", "2024-04", granularity="month")
    >>> may = Timex(28, 31, "May", "DATE", "2024-05", granularity="month")
    >>> year = Timex(46, 55, "next year", "DATE", "2025", granularity="year")
    >>> [names_a_things_time(sentence, t, [april, may, year]) for t in (april, may, year)]
    [True, True, True]
    >>> text = "It opened in May for the first time."
    >>> names_a_things_time(Sentence(0, len(text), text, 0),
    ...                     Timex(13, 16, "May", "DATE", "2024-05", granularity="month"), [])
    False
    """
    text = sentence.text
    start = timex.start - sentence.start
    if period_of_figures_told(sentence, timex, found):
        return False  # figures told for a period keep its row (`figures.result_periods`)
    if _POSSESSIVE_AFTER.match(text, timex.end - sentence.start):
        return True
    if _for_a_things_time(text, start):
        return True
    if _made_an_adjective(text, start, timex.end - sentence.start):
        return True
    earlier = [t for t in found if t.end <= timex.start]
    if not earlier:
        return False
    before = earlier[-1]
    return (
        _JOINED_BEFORE.match(text[before.end - sentence.start : start]) is not None
        and names_a_things_time(sentence, before, found)
        and not _POSSESSIVE_AFTER.match(text, before.end - sentence.start)
    )


def times_of_the_clause(sentence: Sentence, timexes: Sequence[Timex]) -> list[Timex]:
    """`timexes` without the times of things (`names_a_things_time`) that a finer date of the
    clause, itself no thing's time, stands beside: "approved an increase for August at a hearing
    on September 29" is September 29. A thing's time as fine as the clause's others stays
    ("for Monday, on Tuesday": which is the clause's the writer does not say).

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Today's drill is the first since 2019."
    >>> today = Timex(0, 5, "Today", "DATE", "2024-03-12", granularity="day",
    ...               date_start=date(2024, 3, 12), date_end=date(2024, 3, 12))
    >>> year = Timex(33, 37, "2019", "DATE", "2019", granularity="year",
    ...              date_start=date(2019, 1, 1), date_end=date(2019, 12, 31))
    >>> [t.text for t in times_of_the_clause(Sentence(0, len(text), text, 0), [today, year])]
    ['Today', '2019']
    """
    things = [t for t in timexes if names_a_things_time(sentence, t, timexes)]
    if not things:
        return list(timexes)
    finest = min(
        (precision(t) for t in timexes if t not in things and t.date_start is not None),
        default=None,
    )
    if finest is None:
        return list(timexes)
    return [t for t in timexes if t not in things or precision(t) <= finest]
