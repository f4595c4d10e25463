"""A day told by what happens on it, "a day when ...", "not a day anybody can forget": a day,
not a span of one day (the counted duration "a day" reads P1D); and a day word that tells an
age, not a day: "the cars of tomorrow", "the world of today"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.kinds import TimexType
from timeline.temporal.timex import Timex
from timeline.wordlists import alternation, pronouns, word_set

#: The clause that tells the day, right after it: "when", "that", "where", "on which", or a
#: subject that starts a clause of its own ("a day anybody can be prepared for"): a person's
#: pronoun (not "it") or anybody.
_CLAUSE_AFTER_RE = re.compile(
    r"(?i)\s+(?:when|where|that|on\s+which|in\s+which"
    rf"|(?:{alternation(pronouns('subject', personal=True))}"
    r"|anybody|anyone|nobody|no\s+one|everyone|everybody)\s+[a-z]+)\b"
)
#: A day still to come, or supposed: "if there ever comes a day when", "there will be a day".
_AHEAD_BEFORE_RE = re.compile(r"(?i)\b(?:if|ever|will|would|shall|may|might)\b[^.;:!?]*$")
#: What makes "a day" a count or a rate: "for a day", "twice a day", "only a day".
_COUNT_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:for|in|within|over|about|around|than|only|just|nearly|almost|once|twice"
    r"|times|per|half)\s+|\d\s*)$"
)


def described_day(text: str, found: Sequence[Timex], index: int) -> Timex | None:
    """ "if there ever came a day when I could no longer serve" is some day ahead
    (FUTURE_REF); "not a day anybody can be prepared for" is a kind of day, no time at all."""
    timex = found[index]
    if (
        timex.type != TimexType.DURATION.value
        or timex.text.lower() != "a day"
        or not _CLAUSE_AFTER_RE.match(text, timex.end)
        or _COUNT_BEFORE_RE.search(text, max(0, timex.start - 8), timex.start)
    ):
        return timex
    if _AHEAD_BEFORE_RE.search(text, max(0, timex.start - 60), timex.start):
        return replace(timex, type=TimexType.DATE.value, value="FUTURE_REF", granularity=None)
    return None


#: "of" after a word, right before the day word: "the schools of tomorrow".
_OF_BEFORE_RE = re.compile(r"(?i)\b([a-z]+)\s+of\s+$")
#: Words that make "of" part of a preposition: "ahead of tomorrow" is a day.
_OF_PREPOSITIONS = word_set("of_prepositions.txt")
#: A possessive names the day: "of tomorrow's meeting".
_POSSESSIVE_RE = re.compile(r"['’]s\b")
#: The age a day word tells after "of": still to come, or the present one.
_AGE_VALUES = {"tomorrow": "FUTURE_REF", "today": "PRESENT_REF"}


def age_of_a_day_word(text: str, found: Sequence[Timex], index: int) -> Timex | None:
    """ "the cars of tomorrow", "the schools of today": after "of" a day word describes a
    thing by its age (some time ahead, the present), it names no day ("tomorrow's vote" and
    "the vote is tomorrow" do)."""
    timex = found[index]
    value = _AGE_VALUES.get(timex.text.lower())
    before = _OF_BEFORE_RE.search(text, max(0, timex.start - 40), timex.start)
    if (
        value is None
        or before is None
        or before.group(1).lower() in _OF_PREPOSITIONS
        or _POSSESSIVE_RE.match(text, timex.end)
    ):
        return timex
    return replace(
        timex,
        type=TimexType.DATE.value,
        value=value,
        granularity=None,
        date_start=None,
        date_end=None,
    )
