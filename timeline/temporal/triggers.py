"""Which words trigger which patterns, how wide a window each runs in, and the cheap
prefilters that skip a window without the words a pattern needs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.temporal.rules import RULES
from timeline.temporal.vocabulary import (
    BLOCKED_NAMES,
    DECADE_WORDS,
    HISTORIC_DAYS,
    MONTHS,
    SEASONS,
    SET_WORDS,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    VOCABULARY,
    WEEKDAYS,
    YEARLY_HOLIDAYS,
    plural,
)

#: Which patterns a token can start, and how far (chars) a match may reach left of the
#: token's start and right of its end: each rule's own window.
RULE_WINDOWS: dict[str, tuple[int, int]] = {rule.name: rule.window for rule in RULES}
_UNIT_TRIGGER_KINDS = (
    "duration",
    "before_last",
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


_add_triggers(
    MONTHS,
    (
        "mdy",
        "dmy",
        "my",
        "month",
        "month_rel",
        "week_of_month",
        "dmy_caps",
        "dmy_short",
        "month_quarter",
    ),
)
_add_triggers(WEEKDAYS, ("weekday", "weekday_set", "holiday"))
_add_triggers((w + "s" for w in WEEKDAYS), ("weekday_set",))
_add_triggers(
    [
        *VOCABULARY.unit_words(),
        *(form for part in VOCABULARY.parts_of_a_day for form in (part, plural(part))),
    ],
    _UNIT_TRIGGER_KINDS,
)
# a holiday's name triggers on its last word ("day", "eve", "christmas", "july", "pentecost")
_add_triggers(
    {re.findall(r"[a-z]+", name)[-1] for name in [*YEARLY_HOLIDAYS, *HISTORIC_DAYS]}, ("holiday",)
)
_add_triggers(
    (*VOCABULARY.parts_of_a_day, "today", "yesterday", "tomorrow", "tonight", "overnight"),
    ("relday",),
)
_add_triggers(("week", "fortnight"), ("relday",))  # "tomorrow week", "this day week"
_add_triggers(("century",), ("century",))
_add_triggers(("quarter", "half", "q", "h"), ("quarter",))
_add_triggers(("fiscal", "financial", "fy"), ("fiscal",))
_add_triggers(("year",), ("fiscal",))
_add_triggers(SEASONS, ("season", "relunit", "set"))
_add_triggers(("season",), ("relunit",))  # a season of play: "last season"
_add_triggers((w + "s" for w in SEASONS), ("set",))
_add_triggers(("every", "each", "once", "twice", "times"), ("set",))
_add_triggers(SET_WORDS, ("set",))
_add_triggers(("noon", "midday", "midnight", "clock", "gmt", "utc", "hrs", "local"), ("time",))
_add_triggers(DECADE_WORDS, ("decade",))
_add_triggers(("bc", "bce", "ad", "ce", "b", "a"), ("era_year",))
_add_triggers(("long",), ("decades_long",))
_add_triggers(("night", "nighttime", "daytime"), ("night",))
_add_triggers(VOCABULARY.parts_of_a_day, ("day_part",))
_add_triggers(("date",), ("to_date",))
_add_triggers(("time", "date"), ("that_time",))
_add_triggers(("year", "quarter", "month", "week", "weekend", "day"), ("the_unit",))
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
        "dmy_short",
        "my",
        "month",
        "month_rel",
        "week_of_month",
        "month_quarter",
        "weekday",
        "weekday_set",
        "era_year",
    }
)
# the names that are not dates ("Sunday Times") are looked for around their first words
_BLOCKED_FIRST_WORDS = {name.split()[0].lower().rstrip(".") for name in BLOCKED_NAMES}
_add_triggers(_BLOCKED_FIRST_WORDS, ("blocked",))
RULE_WINDOWS["blocked"] = (2, max(len(name) for name in BLOCKED_NAMES) + 2)


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


#: Each trigger word as a text writes it (lower case, capitalised, in capitals) -> its rules.
CASED_TRIGGERS = _cased_triggers()
#: A token a trigger is looked up by: a run of letters or of figures.
TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")
#: A clock's rest after its hour's figures ("9:30", "9.30", "9h30", "9 am", "9 o'clock").
TIME_AFTER_DIGITS_RE = re.compile(r"(?:[:.]\d\d|h[0-5]\d\b|\s*[AaPp]\.?[Mm]\b|\s+o['’]clock)")
