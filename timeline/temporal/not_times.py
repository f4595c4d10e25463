"""Expressions that look like dates but name no time at all, which `recurring_times` leaves
out: some season's night ("on a winter night in the 1970s"), the designation of a body
("asteroid 2003 KT17"), an amount of money ("paid ₹2000 a month"), an amount of media named
again ("40 hours of music and ... 90 hours"), a group of a telephone number ("2222 1188").
Each is a rule of ``recurring.RULES``.

    >>> from timeline.temporal.timex import Timex
    >>> text = "Tenants paid ₹2000 a month."
    >>> amount(text, [Timex(14, 18, "2000", "DATE", "2000", granularity="year")], 0) is None
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from timeline.kinds import TimexType
from timeline.temporal.patterns import SENTENCE_END_RE, sentence_start
from timeline.temporal.set_values import as_set, every
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import (
    DAY_PARTS,
    SEASONS,
    VOCABULARY,
)
from timeline.temporal.weekly_sets import (
    Outcome,
)

__all__ = [
    "amount",
    "designation",
    "game_period",
    "media_amount_again",
    "number_group",
    "some_seasons_night",
    "years_cycle",
]

_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_SEASON_NIGHT_RE = re.compile(
    r"(?i)(?:" + "|".join(SEASONS) + r")(?:['’]s)?\s+(?:" + "|".join(DAY_PARTS) + r"|day)\b"
)
_INDEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:a|an|one|some|any)\s+$")


def some_seasons_night(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "on a winter night in the late 1970s", "one summer evening": some night of some
    winter, no time of its own (the decade after it dates the scene)."""
    timex = found[index]
    if (
        timex.text.lower() not in SEASONS
        or not _SEASON_NIGHT_RE.match(text, timex.start, timex.start + 24)
        or not _INDEFINITE_BEFORE_RE.search(text, max(0, timex.start - 6), timex.start)
    ):
        return timex
    return None


_DESIGNATION_AFTER_RE = re.compile(r"\s[A-Z]{1,3}\d{1,4}\b")


def designation(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "asteroid 2003 KT17", "1999 RQ36": a year with a code in capitals and figures after it
    is the name of a body, not a year."""
    timex = found[index]
    if not _FOUR_DIGITS_RE.fullmatch(timex.text) or not _DESIGNATION_AFTER_RE.match(
        text, timex.end
    ):
        return timex
    return None


#: A group of three figures or more and a space or a hyphen right before a number: a
#: telephone's or an account's groups ("2222 1188", "555-1234").
_GROUP_BEFORE_RE = re.compile(r"(?<![\d.,])(?P<group>\d{3,})[ -]$")
#: The longest span two years written as "1989-1990" or "1950 1960" cover.
_YEARS_SPAN = 100


def number_group(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "call 2222 1188", "on 555-1990": four figures after another group of figures joined
    by a space or a hyphen are the last group of a number, not a year; two years in order
    ("1989-1990") stay a span of years.

    >>> text = "Call the helpline, 2222 1188, from Friday."
    >>> number_group(text, [Timex(24, 28, "1188", "DATE", "1188", granularity="year")], 0)
    >>> text = "The 1989-1990 season ended."
    >>> number_group(text, [Timex(9, 13, "1990", "DATE", "1990", granularity="year")], 0).value
    '1990'
    """
    timex = found[index]
    if not _FOUR_DIGITS_RE.fullmatch(timex.text):
        return timex
    group = _GROUP_BEFORE_RE.search(text, max(0, timex.start - 12), timex.start)
    if group is None:
        return timex
    before = group["group"]
    if len(before) == 4 and 0 < int(timex.text) - int(before) <= _YEARS_SPAN:
        return timex
    return None


#: A quarter or a half of the calendar read from words alone ("the fourth quarter").
_CALENDAR_PART_RE = re.compile(r"^\d{4}-[QH]\d$")
#: A game's score or scoring in a sentence: "led 47-43", "scored 14 of his 26 points".
_SCORE_RE = re.compile(
    r"(?i)\b(?:led|leads?|won|wins?|beat|beats|trailed|trails?|drew)\s+(?:[a-z]+\s+)?"
    r"\d{1,3}\s*[-–]\s*\d{1,3}\b(?![-–/%])|\bscor(?:ed|es|ing)\b"
)


def game_period(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "scored 14 points in the fourth quarter", "led 47-43 after the third quarter": a
    quarter or a half in a sentence that tells a game's score is a period of play, not of
    the calendar."""
    timex = found[index]
    if not _CALENDAR_PART_RE.match(timex.value) or any(c.isdigit() for c in timex.text):
        return timex
    start = sentence_start(text, timex.start, 300)
    stop = SENTENCE_END_RE.search(text, timex.end)
    end = stop.start() if stop is not None else len(text)
    if _SCORE_RE.search(text[start:end]) is None:
        return timex
    return None


def amount(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "paid ₹2000 a month", "a ₨1995 fee": a number right after a currency sign is an amount
    of money, not a year (any sign, by its Unicode category)."""
    timex = found[index]
    if (
        not _FOUR_DIGITS_RE.fullmatch(timex.text)
        or timex.start == 0
        or unicodedata.category(text[timex.start - 1]) != "Sc"
    ):
        return timex
    return None


#: A count of units of media earlier in the sentence: "75 hours of video".
_MEDIA_AMOUNT_RE = re.compile(
    r"(?i)\b[\d.,]+\s+(?P<unit>[a-z]+)\s+(?:"
    + "|".join(re.escape(b) for b in VOCABULARY.duration_blockers_after)
    + r")\b"
)
_COUNT_RE = re.compile(r"(?i)^[\d.,]+\s+(?P<unit>[a-z]+)$")


def media_amount_again(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "75 hours of video can be stored on one, and 150 hours on the other": a count of the
    same unit after an amount of media in its sentence is that amount again, not a span."""
    timex = found[index]
    count = _COUNT_RE.match(timex.text)
    if timex.type != TimexType.DURATION.value or count is None:
        return timex
    start = sentence_start(text, timex.start, 300, fallback=0)
    unit = count["unit"].lower()
    same = (m for m in _MEDIA_AMOUNT_RE.finditer(text, start, timex.start))
    return None if any(m["unit"].lower() == unit for m in same) else timex


#: A kind of year that is the same span every year, then the verb that says its months: "its
#: fiscal year, which runs from April to March", "the school year runs from September".
_CYCLE_BEFORE_RE = re.compile(
    r"(?i)\b(?:fiscal|financial|tax|school|academic|business|crop|marketing|trading|company['’]s)"
    r"\s+years?\b[^.;:!?]{0,30}?\b(?:runs?|running|ran|goes|lasts|starts|begins|stretches)\s+"
    r"from\s+(?:[A-Z][a-z]+\.?\s+(?:to|through|until|till)\s+)?$"
)


def years_cycle(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "Its fiscal year, which runs from April to March": the months a kind of year starts and
    ends in, every year (`XXXX-04`, `XXXX-03`), not this April and next March."""
    timex = found[index]
    if timex.granularity != "month" or not _CYCLE_BEFORE_RE.search(
        text, max(0, timex.start - 90), timex.start
    ):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex
