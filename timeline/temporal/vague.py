"""Vague references ("recently", "the current board", "the former chief"): which are times,
by genre and by the words around them. Read by `detect` as the filter of the "vague" rule."""

from __future__ import annotations

import re

from timeline.temporal.patterns import THE_BEFORE_RE
from timeline.temporal.vocabulary import VAGUE_NEWS, single_spaced

_PRONOUN_USE_RE = re.compile(r"\s*[,.;:)]|\s+(?:an?|is|was|the)\b")
_THE_OR_AT_BEFORE_RE = re.compile(r"(?i)\b(?:the|at)\s+$")
_AS_RE = re.compile(r"\s+as\b")

#: TIMEX2's adjectives that news annotation tags too ("the recent downturn", "the current
#: government"); "former" and "future" are not (a former chief is a title).
_VAGUE_IN_NEWS_TOO = frozenset({"recent", "current"})
#: ... and news annotation's own, which TIMEX2 leaves out: "the ongoing recession".
_VAGUE_IN_NEWS_ONLY = frozenset({"ongoing"})
_MOST_BEFORE_RE = re.compile(r"(?i)\b(?:most|more)\s+$")
#: A lower-case word after "present" that is no time word: "the present coal loader", "the
#: present owners" (an adjective: which one); "the present day", "the present time" are times.
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:day|days|time|times|moment|age|era|year|century)\b)[a-z]")


def keeps_vague(text: str, start: int, end: int, narrative: bool) -> bool:
    """Whether the vague reference at text[start:end] is a time: TIMEX2's "former", "current"
    only in narrative; "the former," is the first of two.

    >>> keeps_vague("its most recent model", 10, 16, False)
    False
    >>> keeps_vague("The present coal loader opened in 1960.", 0, 11, True)
    False
    """
    phrase = single_spaced(text[start:end].lower())
    if phrase not in VAGUE_NEWS and phrase not in _VAGUE_IN_NEWS_TOO and not narrative:
        return False
    if narrative and phrase in _VAGUE_IN_NEWS_ONLY:
        return False
    if phrase == "recent" and _MOST_BEFORE_RE.search(text[max(0, start - 6) : start]):
        return False  # "its most recent model": the latest of a series, not a time
    if (
        phrase == "former"
        and THE_BEFORE_RE.search(text[max(0, start - 6) : start])
        and _PRONOUN_USE_RE.match(text[end : end + 5])
    ):
        return False  # "the former, an option": the first of two, not a time
    if phrase in ("recently", "recent") and _AS_RE.match(text[end : end + 4]):
        return False  # "as recently as late 2009": the date that follows says when
    if phrase == "the present" and _NOUN_AFTER_RE.match(text, end):
        return False  # "the present coal loader": which one, not a time ("the present day" is)
    return phrase != "present" or bool(_THE_OR_AT_BEFORE_RE.search(text[max(0, start - 6) : start]))
