"""Expressions that look like dates but name none: a time that comes back (a set), some
season's night, a habit's month, a name that starts with a year. The last pass of `tag`.

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.type, t.value) for t in tag("Choir practice is on Tuesday evenings.",
    ...                                         date(2022, 10, 23))]
    [('Tuesday evenings', 'SET', 'XXXX-WXX-2TEV')]

Each rule is a unit with its examples (`RULES`, run by `tests/test_temporal_recurring.py`):
it turns one expression into a SET (TimeML's type for a recurring time, which dates no event),
or drops it. A SET keeps its span, so the tagger still reports it; a dropped expression names
no time at all. The rules look at the expressions next to each other, so a set spreads along
what is joined to it: "on Tuesday and Thursday evenings at 7pm" is three sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from timeline.determiners import ARTICLES, POSSESSIVES, THIS_OR_THAT
from timeline.kinds import TimexType
from timeline.temporal.described_day import age_of_a_day_word, described_day
from timeline.temporal.habits import in_a_generic_present, in_a_habit
from timeline.temporal.not_times import (
    amount,
    designation,
    game_period,
    media_amount_again,
    number_group,
    some_seasons_night,
    years_cycle,
)
from timeline.temporal.patterns import RANGE_OPENING_RE, SENTENCE_END_RE, sentence_start
from timeline.temporal.set_values import FIXED_RE, SET, as_set, every
from timeline.temporal.tense import clause_tense
from timeline.temporal.timex import Timex
from timeline.temporal.timex2 import timex2_values
from timeline.temporal.vocabulary import EASTER_HOLIDAYS, FLOATING_HOLIDAYS, HOLIDAY_NAMES
from timeline.temporal.weekly_sets import (
    BARE_WEEKDAY_RE,
    Outcome,
    between,
    coordinated_with_a_set,
    day_moved_between_weekdays,
    plural_day_part,
    range_pair,
    weekday_of_plural_parts,
)
from timeline.wordlists import word_set

__all__ = ["RULES", "NonDateRule", "recurring_times"]

_MOVING_HOLIDAYS = frozenset(
    name.lower() for names in (FLOATING_HOLIDAYS, EASTER_HOLIDAYS) for name in names
)
#: A clock alone: "7pm", "8 a.m.", "18:00", "noon" (no day written with it).
_CLOCK_ONLY_RE = re.compile(
    r"(?i)^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs|h)?(?:\s+[A-Z]{2,5})?|noon|midday|"
    r"midnight)$"
)
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_RECURRING_NOUNS = word_set("recurring_nouns.txt")


# ---- the rules: each takes the text, the expressions and the index of one of them, and
# returns it unchanged, changed (a set), or None (no time at all)


#: "every" or "each" right before an expression; not "each" after a figure, a price apiece
#: ("sold shares at $14 each late Wednesday").
_EVERY_BEFORE_RE = re.compile(r"(?i)\b(?:every|(?<![\d%]\s)(?<![\d%])each)\s+$")


def _after_every(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "spends every March in the field", "each Christmas": a month or a holiday of every
    year (`XXXX-03`), one expression with its "every"."""
    timex = found[index]
    before = _EVERY_BEFORE_RE.search(text, max(0, timex.start - 8), timex.start)
    value = every(timex)
    if timex.type == SET or before is None or FIXED_RE.search(timex.text) or value is None:
        return timex
    if timex.text.lower() in _MOVING_HOLIDAYS:
        value = value[:7]  # "each Easter": its month, the day moves from year to year
    start = before.start()
    return as_set(replace(timex, start=start, text=text[start : timex.end]), value)


#: "except", "other than" ... (", but Friday" and "but on Friday" tell a contrast: only a
#: bare "but" right after the set leaves a day out, "every day but Sunday").
_EXCEPT_RE = re.compile(
    r"(?i)^(?:\s*,?\s*(?:except|other\s+than|apart\s+from|excluding|save)\s+(?:on\s+|for\s+)?"
    r"|\s+but\s+(?:not\s+)?)$"
)


def _excepted_from_a_set(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "every morning except Friday", "daily but Sunday": the day left out of a set is a day
    of the week, not the Friday of this week."""
    timex = found[index]
    if timex.type == SET or index == 0 or FIXED_RE.search(timex.text):
        return timex
    before = found[index - 1]
    if before.type != SET or not _EXCEPT_RE.match(between(text, before, timex)):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex


_CLOCK_AFTER_SET_RE = re.compile(r"(?i)^\s*,?\s*(?:at|from|between|to|and|until|till|-|–)\s*$")
_CLOCK_BEFORE_SET_RE = re.compile(r"(?i)^\s*,?\s*(?:(?:to|and|until|till|on|-|–)\s*)?$")


def _clock_of_a_set(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "every Monday at 9 a.m.", "at 7pm every Tuesday", "from 10 a.m. to 5 p.m. daily": a
    clock joined to a set is when each of its days it comes."""
    timex = found[index]
    if timex.type == SET or not _CLOCK_ONLY_RE.match(timex.text.strip()):
        return timex
    before = found[index - 1] if index > 0 else None
    after = found[index + 1] if index + 1 < len(found) else None
    joined = (
        before is not None
        and before.type == SET
        and _CLOCK_AFTER_SET_RE.match(between(text, before, timex)) is not None
    ) or (
        after is not None
        and after.type == SET
        and _CLOCK_BEFORE_SET_RE.match(between(text, timex, after)) is not None
    )
    value = every(timex)
    return as_set(timex, value) if joined and value else timex


_DETERMINER = f"(?:{ARTICLES}|{POSSESSIVES}|{THIS_OR_THAT})"
_DETERMINER_BEFORE_RE = re.compile(rf"(?i)\b(?:{_DETERMINER}|last|next|each|every)\s+$|['’]s\s+$")
#: An article or a possessive before a weekday: "its Sunday timetable", "a Saturday service",
#: "the council's Monday market"; not "this", "last" or "next", which point at one day.
_KIND_DETERMINER_BEFORE_RE = re.compile(rf"(?i)\b(?:{ARTICLES}|{POSSESSIVES})\s+$|['’]s\s+$")


def _before_a_recurring_noun(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "a plan to cut Sunday service", "after Friday prayers": a bare weekday naming a
    practice that comes back each week is a set, and so is one after an article or a
    possessive when the sentence names another day ("will run its Sunday timetable on
    Christmas Day"; alone, "the Sunday market was cancelled" is that week's, stop 31); a
    holiday naming the goods or trade of its season ("Christmas cargo", "successful
    Christmas sales") is that season, of a length no one says (TimeML's `PXD`)."""
    timex = found[index]
    following = _NEXT_WORD_RE.match(text, timex.end)
    if (
        timex.type in (SET, TimexType.DURATION.value)
        or following is None
        or following[1] not in _RECURRING_NOUNS
    ):
        return timex
    if timex.text.lower() in HOLIDAY_NAMES:
        return replace(
            timex,
            type=TimexType.DURATION.value,
            value="PXD",
            granularity=None,
            date_start=None,
            date_end=None,
        )
    if not BARE_WEEKDAY_RE.fullmatch(timex.text):
        return timex
    if _DETERMINER_BEFORE_RE.search(text, max(0, timex.start - 8), timex.start) and not (
        # "will run its Sunday timetable on Christmas Day": the kind of timetable, beside the
        # day it runs; alone ("the Sunday market was cancelled") it is that week's one
        _KIND_DETERMINER_BEFORE_RE.search(text, max(0, timex.start - 8), timex.start)
        and _names_a_day(text, found, index)
    ):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex


_CLOCK_RANGE_RE = re.compile(r"(?i)^\s*(?:to|and|until|till|-|–)\s*$")


def _opening_hours(text: str, found: Sequence[Timex], index: int) -> Outcome:
    """ "will treat only walk-in patients, between 8 a.m. and 8 p.m.", "is open from 10 a.m. to
    5 p.m.": a range of clocks in a sentence that names no day, in a clause that does not tell
    what happened, is the hours of each day, not a time of the news day."""
    timex = found[index]
    if timex.type == SET or not _CLOCK_ONLY_RE.match(timex.text.strip()):
        return timex
    first, second = range_pair(text, found, index, _CLOCK_RANGE_RE)
    if (
        first is None
        or second is None
        or not _CLOCK_ONLY_RE.match(first.text.strip())
        or not _CLOCK_ONLY_RE.match(second.text.strip())
        or not RANGE_OPENING_RE.search(text, max(0, first.start - 9), first.start)
        or _names_a_day(text, found, index)
        or clause_tense(text, first.start, second.end) == "past"
    ):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex


def _names_a_day(text: str, found: Sequence[Timex], index: int) -> bool:
    """Whether another expression of the sentence of found[index] names a day or a time."""
    timex = found[index]
    start = sentence_start(text, timex.start, 300, fallback=0)
    end_match = SENTENCE_END_RE.search(text, timex.end, timex.end + 300)
    end = end_match.start() if end_match else len(text)
    return any(
        start <= other.start < end
        and other is not timex
        and other.type != SET
        and not _CLOCK_ONLY_RE.match(other.text.strip())
        and other.granularity in ("day", "time", "week")
        for other in found
    )


@dataclass(frozen=True, slots=True)
class NonDateRule:
    """One kind of expression that names no date, with sentences that show it: each example
    is a sentence and the (text, type, value) its expression is tagged with (value None: no
    expression at all is left there)."""

    name: str
    apply: Callable[[str, Sequence[Timex], int], Outcome]
    examples: tuple[tuple[str, str, str | None], ...]


RULES: tuple[NonDateRule, ...] = (
    NonDateRule(
        "plural day part",
        plural_day_part,
        (("Choir practice is on Thursday evenings.", "Thursday evenings", "XXXX-WXX-4TEV"),),
    ),
    NonDateRule(
        "weekday of plural parts of the day",
        weekday_of_plural_parts,
        (
            ("The Tuesday learn-to-curl nights were full.", "Tuesday", "XXXX-WXX-2TNI"),
            ("The Tuesday council meeting ran late.", "Tuesday", "2022-10-18"),
        ),
    ),
    NonDateRule(
        "a day moved between weekdays",
        day_moved_between_weekdays,
        (
            ("The firm moved its pay day from Friday to Thursday.", "Friday", "XXXX-WXX-5"),
            ("The council moved the vote from Monday to Wednesday.", "Monday", "2022-10-17"),
        ),
    ),
    NonDateRule(
        "after every",
        _after_every,
        (
            ("The fair comes back each January.", "each January", "XXXX-01"),
            ("It sold shares at $14 each late Wednesday.", "late Wednesday", "2022-10-19"),
        ),
    ),
    NonDateRule(
        "coordinated with a set",
        coordinated_with_a_set,
        (("The club trains on Monday and Wednesday nights.", "Monday", "XXXX-WXX-1TNI"),),
    ),
    NonDateRule(
        "excepted from a set",
        _excepted_from_a_set,
        (("The bakery opens every day except Sunday.", "Sunday", "XXXX-WXX-7"),),
    ),
    NonDateRule(
        "clock of a set",
        _clock_of_a_set,
        (
            ("The ferry leaves every Monday at 9 a.m.", "9 a.m.", "XXXX-XX-XXT09:00"),
            ("Rehearsals start at 7pm on Tuesday evenings.", "7pm", "XXXX-XX-XXT19:00"),
        ),
    ),
    NonDateRule(
        "before a recurring noun",
        _before_a_recurring_noun,
        (
            ("The board voted to cut Sunday service on two routes.", "Sunday", "XXXX-WXX-7"),
            ("Trams will run a Sunday timetable on Monday.", "Sunday", "XXXX-WXX-7"),
            ("Shops reported strong Christmas sales.", "Christmas", "PXD"),
        ),
    ),
    NonDateRule(
        "in a habit",
        in_a_habit,
        (
            (
                "The river, which usually floods in early April, rose on Monday.",
                "early April",
                "XXXX-04",
            ),
            ("In a normal year the herds move in October.", "October", "XXXX-10"),
            ("Leases are renewed in March and April each year.", "April", "XXXX-04"),
            ("Ticket sales usually peak before Christmas.", "Christmas", "XXXX-12-25"),
            ("In the wet months, from May to July, the road often floods.", "May", "XXXX-05"),
        ),
    ),
    NonDateRule(
        "in a generic present",
        in_a_generic_present,
        (('"We pick in February and in March," a grower said.', "March", "XXXX-03"),),
    ),
    NonDateRule(
        "some season's night",
        some_seasons_night,
        (("He first saw the sea on a summer night in the 1950s.", "summer", None),),
    ),
    NonDateRule(
        "a year's cycle",
        years_cycle,
        (
            ("Its fiscal year, which runs from April to March, ended well.", "April", "XXXX-04"),
            ("The school year runs from September to June.", "June", "XXXX-06"),
            ("The show runs from April to June.", "April", "2023-04"),
        ),
    ),
    NonDateRule(
        "designation",
        designation,
        (("The probe passed asteroid 1998 QE2 on Tuesday.", "1998", None),),
    ),
    NonDateRule(
        "a game's period",
        game_period,
        (
            ("Reid scored 14 of his 26 points in the fourth quarter.", "the fourth quarter", None),
            ("Hove led 47-43 after the third quarter.", "the third quarter", None),
            ("Sales rose 4% in the fourth quarter.", "the fourth quarter", "2022-Q4"),
        ),
    ),
    NonDateRule(
        "amount",
        amount,
        (("Tenants paid ₹2000 a month in rent.", "2000", None),),
    ),
    NonDateRule(
        "a group of a number",
        number_group,
        (
            ("Call the helpline, 2222 1188, from Friday.", "1188", None),
            ("The 1989-1990 season ended in May.", "1990", "1990"),
        ),
    ),
    NonDateRule(
        "opening hours",
        _opening_hours,
        (("The clinic will see patients between 8 a.m. and 6 p.m.", "8 a.m.", "XXXX-XX-XXT08:00"),),
    ),
    NonDateRule(
        "a day told by a clause",
        described_day,
        (
            ("If there ever comes a day when we fail, I will go.", "a day", "FUTURE_REF"),
            ("It was not a day anyone could plan for.", "a day", None),
        ),
    ),
    NonDateRule(
        "a day word telling an age",
        age_of_a_day_word,
        (
            ("Engineers talked about the trains of tomorrow.", "tomorrow", "FUTURE_REF"),
            ("She wrote about the farms of today.", "today", "PRESENT_REF"),
        ),
    ),
    NonDateRule(
        "an amount of media again",
        media_amount_again,
        (("The small disc holds 40 hours of music and the large one 90 hours.", "90 hours", None),),
    ),
)

#: Passes over the expressions: a set spreads to a neighbour at each pass ("Tuesday and
#: Thursday evenings at 7pm" needs two), and joined expressions are few.
_PASSES = 3


def recurring_times(text: str, found: Sequence[Timex], narrative: bool = False) -> list[Timex]:
    """The expressions of `text` with those that name no date made sets, or left out (in a
    narrative, its sets and long durations as TIMEX2 writes them: `timex2.timex2_values`).

    >>> text = "Asteroid 1998 QE2 passed."
    >>> recurring_times(text, [Timex(9, 13, "1998", "DATE", "1998", granularity="year")])
    []
    """
    current = list(found)
    looked_at: Iterable[int] = range(len(current))
    for _ in range(_PASSES):
        changed: list[int] = []
        dropped = 0
        for number in sorted(looked_at):
            index = number - dropped
            if not 0 <= index < len(current):
                continue
            timex = current[index]
            outcome: Outcome = timex
            for rule in RULES:
                outcome = rule.apply(text, current, index)
                if outcome is not timex:
                    break
            if outcome is timex:
                continue
            changed.append(index)
            if outcome is None:
                del current[index]
                dropped += 1
            else:
                current[index] = outcome
        if not changed:
            break
        # a change spreads only to the neighbours of what changed
        looked_at = {n for index in changed for n in (index - 1, index, index + 1)}
    return timex2_values(current) if narrative else current
