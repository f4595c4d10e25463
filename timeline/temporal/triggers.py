"""Which words trigger which patterns, how wide a window each runs in, and the cheap
prefilters that skip a window without the words a pattern needs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.temporal.patterns import _MONTH_RELATIONS, _UNIT_RELATIONS
from timeline.temporal.vocabulary import (
    BLOCKED_NAMES,
    DECADE_WORDS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    HISTORIC_DAYS,
    MONTHS,
    SEASONS,
    SET_WORDS,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    VOCABULARY,
    WEEKDAYS,
    _alternation,
    plural,
)

# Which patterns a token can start, and how far (chars) a match may reach left of the
# token's start and right of its end. A pattern is only run inside these windows.
_WINDOW: dict[str, tuple[int, int]] = {
    "iso": (1, 30), "numeric": (7, 12), "mdy": (22, 26), "dmy": (34, 16), "my": (2, 22),
    "month": (2, 2), "week_of_month": (40, 12), "month_rel": (22, 44), "ordinal_day": (6, 24),
    "range_day": (2, 24),
    "era_year": (16, 10), "year": (2, 8), "apos_year": (2, 4), "decade": (10, 8),
    "century": (34, 10), "quarter": (48, 48), "fiscal": (30, 16), "weekday": (14, 16),
    "weekday_set": (10, 4), "relday": (24, 14), "relunit": (40, 4), "the_day_after": (8, 28),
    "unit_end": (60, 10), "vague": (14, 12), "duration": (44, 18), "bare_units": (12, 14),
    "decades_long": (2, 8), "time": (6, 22), "night": (14, 12), "to_date": (5, 20),
    "the_unit": (24, 24),
    "set": (30, 30), "season": (34, 14), "holiday": (24, 14),
}  # fmt: skip
_UNIT_TRIGGER_KINDS = (
    "duration",
    "bare_units",
    "relunit",
    "the_day_after",
    "unit_end",
    "set",
    "decades_long",
)
_WORD_TRIGGERS: dict[str, tuple[str, ...]] = {}


def _add_triggers(words: Iterable[str], kinds: tuple[str, ...]) -> None:
    for word in words:
        _WORD_TRIGGERS[word] = tuple(dict.fromkeys(_WORD_TRIGGERS.get(word, ()) + kinds))


_add_triggers(MONTHS, ("mdy", "dmy", "my", "month", "month_rel", "week_of_month"))
_add_triggers(WEEKDAYS, ("weekday", "weekday_set", "holiday"))
_add_triggers((w + "s" for w in WEEKDAYS), ("weekday_set",))
_add_triggers(
    [
        *VOCABULARY.unit_words(),
        *(form for part in VOCABULARY.parts_of_a_day for form in (part, plural(part))),
    ],
    _UNIT_TRIGGER_KINDS,
)
_add_triggers(
    ("day", "eve", "year", "christmas", "halloween", "thanksgiving", "easter", "july", "fourth"),
    ("holiday",),
)
_add_triggers(
    (*VOCABULARY.parts_of_a_day, "today", "yesterday", "tomorrow", "tonight", "overnight"),
    ("relday",),
)
_add_triggers(("century",), ("century",))
_add_triggers(("quarter", "half", "q", "h"), ("quarter",))
_add_triggers(("fiscal", "financial", "fy"), ("fiscal",))
_add_triggers(("year",), ("fiscal",))
_add_triggers(SEASONS, ("season", "relunit", "set"))
_add_triggers((w + "s" for w in SEASONS), ("set",))
_add_triggers(("every", "each", "once", "twice", "times"), ("set",))
_add_triggers(SET_WORDS, ("set",))
_add_triggers(("noon", "midday", "midnight", "clock"), ("time",))
_add_triggers(DECADE_WORDS, ("decade",))
_add_triggers(("bc", "bce", "ad", "ce", "b", "a"), ("era_year",))
_add_triggers(("long",), ("decades_long",))
_add_triggers(("night", "nighttime", "daytime"), ("night",))
_add_triggers(("date",), ("to_date",))
_add_triggers(("year", "quarter", "month", "week", "weekend"), ("the_unit",))
_add_triggers(
    {w for phrase in list(VAGUE_NEWS) + list(VAGUE_NARRATIVE) for w in phrase.split()}
    - {"the", "at", "right", "these", "more", "a"},
    ("vague",),
)
# names that trigger only when capitalised ("May", "Monday"), and era marks only in capitals
_CAPITALISED_TRIGGERS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + ["bc", "bce", "ad", "ce", "b", "a"]
)
_CAPITALISED_KINDS = frozenset(
    {
        "mdy",
        "dmy",
        "my",
        "month",
        "month_rel",
        "week_of_month",
        "weekday",
        "weekday_set",
        "era_year",
    }
)
# the names that are not dates ("Sunday Times") are looked for around their first words
_BLOCKED_FIRST_WORDS = {name.split()[0].lower().rstrip(".") for name in BLOCKED_NAMES}
_add_triggers(_BLOCKED_FIRST_WORDS, ("blocked",))
_WINDOW["blocked"] = (2, max(len(name) for name in BLOCKED_NAMES) + 2)
# words without which a pattern cannot match: a window without them is skipped cheaply
_PREFILTER: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?i)(?:{words})")
    for kind, words in {
        "set": r"every|each|once|twice|times|per|" + _alternation(SET_WORDS),
        "the_day_after": r"before|after|earlier|later",
        "unit_end": r"\bof\b|['’]s\s+end",
        "month_rel": r"\bof\b|" + _MONTH_RELATIONS,
        "relunit": _UNIT_RELATIONS,
        "holiday": _alternation(
            {w for name in [*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS, *HISTORIC_DAYS]
             for w in name.split()[:1]}
        ),
    }.items()
}  # fmt: skip


def _cased_triggers() -> dict[str, tuple[str, ...]]:
    """Trigger table keyed by the word as written: "may", "May", "MAY" (no lower() per token);
    month and weekday names and era marks trigger their date patterns only when capitalised."""
    cased: dict[str, tuple[str, ...]] = {}
    for word, kinds in _WORD_TRIGGERS.items():
        lowered = kinds
        if word in _CAPITALISED_TRIGGERS:
            lowered = tuple(k for k in kinds if k not in _CAPITALISED_KINDS)
        if lowered:
            cased[word] = lowered
        cased[word.capitalize()] = kinds
        cased[word.upper()] = kinds
    return cased


_CASED_TRIGGERS = _cased_triggers()
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")
_TIME_AFTER_DIGITS_RE = re.compile(r"(?:[:.]\d\d|\s*[AaPp]\.?[Mm]\b|\s+o['’]clock)")
