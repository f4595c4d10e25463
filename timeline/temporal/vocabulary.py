"""The temporal vocabulary: the word lists of ``timeline/data/temporal_words.json`` and the
tables that read them (numbers, units, modifiers)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from timeline.wordlists import json_object

_SPACES_RE = re.compile(r"\s+")


#: the word lists of data/temporal_words.json (published.py reads its dateline words here too)
WORDS: dict[str, Any] = json_object("temporal_words.json")
MONTHS: dict[str, int] = WORDS["months"]
WEEKDAYS: dict[str, int] = WORDS["weekdays"]
SEASONS: dict[str, str] = WORDS["seasons"]
NUMBER_WORDS: dict[str, float] = WORDS["number_words"]
VAGUE_QUANTITIES: list[str] = WORDS["vague_quantities"]
ORDINALS: dict[str, int] = WORDS["ordinals"]
DECADE_WORDS: dict[str, int] = WORDS["decade_words"]
UNITS: dict[str, str] = WORDS["units"]
DAY_PARTS: dict[str, str] = WORDS["day_parts"]
VAGUE_NEWS: dict[str, str] = WORDS["vague_news"]
VAGUE_NARRATIVE: dict[str, str] = WORDS["vague_narrative_only"]
SET_WORDS: dict[str, str] = WORDS["set_words"]
FIXED_HOLIDAYS: dict[str, str] = WORDS["fixed_holidays"]
FLOATING_HOLIDAYS: dict[str, list[int]] = WORDS["floating_holidays"]
EASTER_HOLIDAYS: dict[str, int] = WORDS["easter_holidays"]
HISTORIC_DAYS: dict[str, str] = WORDS["historic_days"]
BLOCKED_NAMES: list[str] = WORDS["blocked_names"]
COUNT_NOUNS: frozenset[str] = frozenset(WORDS["count_nouns"])
FUTURE_CUES: frozenset[str] = frozenset(WORDS["future_cues"])
PAST_CUES: frozenset[str] = frozenset(WORDS["past_cues"])
ED_NOT_PAST: frozenset[str] = frozenset(WORDS["ed_words_not_past"])
CONTEXT_MONTHS: frozenset[str] = frozenset(WORDS["month_names_needing_context"])


def _squash(text: str) -> str:
    """Runs of white space as one space: "more  than" -> "more than"."""
    return _SPACES_RE.sub(" ", text)


def _alternation(words: Iterable[str], *, escape: bool = True) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in ordered)


def _number(word: str | None) -> float | None:
    """A count in words or digits; None for vague quantities ("a few").

    >>> _number("twenty-one"), _number("several")
    (21.0, None)
    """
    if word is None:
        return 1.0
    word = _squash(word.lower())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(word)
    except ValueError:
        return None


_UNIT_CODE = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "millennium": "ML", "millenni": "ML", "weekend": "W",
}  # fmt: skip


def _unit_code(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("a") and word.startswith("millenni"):
        word = "millennium"
    elif word.endswith("s"):
        word = word[:-1]
    return _UNIT_CODE.get(word, UNITS.get(word, "D"))


_MOD_BY_APPROX = {
    "over": "MORE_THAN", "more than": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "barely": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "just": None, "only": None,
}  # fmt: skip
_POSITION_MOD = {
    "beginning": "START", "start": "START", "dawn": "START", "early": "START", "early part": "START",  # noqa: E501
    "first part": "START", "first months": "START", "opening months": "START",
    "closing months": "END", "middle": "MID", "mid": "MID", "end": "END",
    "close": "END", "late": "END", "latter part": "END", "later part": "END", "last part": "END",
    "final months": "END",
}  # fmt: skip
