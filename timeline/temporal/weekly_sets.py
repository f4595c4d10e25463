"""Weekdays that name no date but the day a practice comes back on each week: "on Thursday
evenings", "the Tuesday learn-to-curl nights", "on Tuesday and Thursday evenings", "changed
its pay day from Friday to Thursday". Rules of `recurring.RULES`, with the helpers the rules
there share (what stands between two expressions, a range of two).

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("The Friday quiz nights raised $900.", date(2022, 10, 23))]
    [('Friday', 'XXXX-WXX-5TNI')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.temporal.set_values import FIXED_RE, SET, as_set, day_part, every, weekday_number
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import DAY_PARTS, VOCABULARY, WEEKDAYS

__all__ = [
    "BARE_WEEKDAY_RE",
    "Outcome",
    "between",
    "coordinated_with_a_set",
    "day_moved_between_weekdays",
    "plural_day_part",
    "range_pair",
    "weekday_of_plural_parts",
]

#: A weekday written alone, capitalised: "Friday".
BARE_WEEKDAY_RE = re.compile(r"(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")")
_DAY_PART_END_RE = re.compile(r"(?i)\b(" + "|".join(DAY_PARTS) + r")$")
_PLURAL_RE = re.compile(r"s\b")

#: What a rule gives back: the expression unchanged, changed (a set), or None (no time).
Outcome = Timex | None


def between(text: str, first: Timex, second: Timex) -> str:
    return text[first.end : second.start]


def range_pair(
    text: str, found: Sequence[Timex], index: int, joiner: re.Pattern[str]
) -> tuple[Timex | None, Timex | None]:
    """found[index] and the expression it makes a range with ("from Friday to Thursday", "8
    a.m. to 6 p.m."), in the order written, when what stands between them matches `joiner`;
    else (None, None)."""
    timex = found[index]
    if index + 1 < len(found) and joiner.match(between(text, timex, found[index + 1])):
        return timex, found[index + 1]
    if index > 0 and joiner.match(between(text, found[index - 1], timex)):
        return found[index - 1], timex
    return None, None


def plural_day_part(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "on Thursday evenings": a weekday's part of the day in the plural comes back each week."""
    timex = found[index]
    if (
        timex.type == SET
        or weekday_number(timex) is None
        or not _DAY_PART_END_RE.search(timex.text)
        or not _PLURAL_RE.match(text, timex.end)
    ):
        return timex
    return as_set(timex, every(timex) or timex.value, timex.end + 1, text)


#: A plural part of the day a few words after a weekday, the words between naming what is
#: done then: "the Tuesday learn-to-curl nights", "Friday fish-fry evenings".
_PLURAL_PART_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+(?:-[a-z]+)*){1,2}\s+(?P<part>" + "|".join(VOCABULARY.parts_of_a_day) + r")s\b"
)


def weekday_of_plural_parts(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "the Tuesday learn-to-curl nights were sold out": a weekday naming the nights (evenings,
    mornings) of a practice, a word or two between, comes back each week with that part of the
    day; a weekday before a singular one is a day ("the Tuesday council meeting")."""
    timex = found[index]
    weekday = weekday_number(timex)
    if timex.type == SET or weekday is None or not BARE_WEEKDAY_RE.fullmatch(timex.text):
        return timex
    after = _PLURAL_PART_AFTER_RE.match(text, timex.end)
    if after is None:
        return timex
    return as_set(timex, f"XXXX-WXX-{weekday}T{DAY_PARTS[after['part']]}")


#: A day of a practice moved from one weekday to another: "changed its pay day from Friday to
#: Thursday", "collection days from Monday to Tuesday".
_DAY_FROM_RE = re.compile(r"(?i)\bdays?\s+from\s+$")
_TO_RE = re.compile(r"(?i)^\s+(?:to|until)\s+$")


def day_moved_between_weekdays(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "the firm changed its pay day from Friday to Thursday": the weekday a practice falls on
    each week, before and after it moved, names no date; both ends are sets."""
    timex = found[index]
    if timex.type == SET or weekday_number(timex) is None:
        return timex
    first, second = range_pair(text, found, index, _TO_RE)
    if (
        first is None
        or second is None
        or not BARE_WEEKDAY_RE.fullmatch(first.text)
        or not BARE_WEEKDAY_RE.fullmatch(second.text)
        or not _DAY_FROM_RE.search(text, max(0, first.start - 12), first.start)
    ):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex


_COORDINATION_RE = re.compile(r"(?i)^\s*(?:,|,?\s*(?:and|or|&))\s*(?:on\s+)?$")


def coordinated_with_a_set(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "on Tuesday and Thursday evenings", "Monday and Wednesdays": a weekday joined to a
    weekly set is of that set, with its part of the day."""
    timex = found[index]
    weekday = weekday_number(timex)
    if timex.type == SET or weekday is None or index + 1 >= len(found):
        return timex
    following = found[index + 1]
    if (
        following.type != SET
        or not following.value.startswith("XXXX-WXX-")
        or not _COORDINATION_RE.match(between(text, timex, following))
        or FIXED_RE.search(timex.text)
    ):
        return timex
    part = day_part(timex.value) or day_part(following.value)
    return as_set(timex, f"XXXX-WXX-{weekday}{part}")
