"""Resolving the partial values of a day counted from the reference: a weekday ("on Sunday",
"last Friday"), a shift of days ("yesterday", "tomorrow evening"), a clock time ("at 9.42
p.m.", its day the one the story tells); ``resolve.resolve`` dispatches to them.

    >>> from timeline.temporal.partial import DayShift
    >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
    >>> resolved_day_shift(DayShift(-1), running).value
    '2023-10-22'
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from timeline.temporal.arranged import planned_in_the_past
from timeline.temporal.partial import ClockTime, DayShift, Direction, Resolved, Weekday
from timeline.temporal.patterns import DETERMINER_BEFORE_RE, sentence_start
from timeline.temporal.possessed_weekday import owned_in_a_perfect
from timeline.temporal.reference import RunningReference
from timeline.temporal.scene_clock import period_of_its_sentence, scene_day
from timeline.temporal.tense import tense_around
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_alternation

__all__ = ["resolve_weekday", "resolved_clock_time", "resolved_day_shift", "resolved_weekday"]


def resolved_weekday(
    partial: Weekday, running: RunningReference, span: tuple[int, int] | None
) -> Resolved:
    """The day of a weekday (`Weekday`): in news around the reference date, the way the
    relation word or the clause's tense points; in narrative, forward from the last date.

    >>> from datetime import date
    >>> from timeline.temporal.partial import Weekday
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "The minister resigned on Friday night."
    >>> running = RunningReference(text, date(2023, 10, 23), narrative=False)
    >>> resolved_weekday(Weekday(5, part="NI"), running, (25, 37)).value
    '2023-10-20TNI'
    """
    # narrative moves forward from the last date ("On Monday ... On Friday" is that week's)
    base: date | None
    direction: Direction = "forward"
    if partial.anchor == "anaphoric" or running.narrative:
        base = running.anaphoric_day()
        if partial.anchor == "anaphoric" and partial.direction in ("before", "after"):
            # "sank on Thursday 1 November ... the previous Thursday": strictly before the
            # day told, as "the following Monday" is strictly after it
            direction = partial.direction
    else:
        base = running.deictic_day()
        if partial.direction is not None:
            direction = partial.direction
        else:
            tense = tense_around(running.text, *span) if span is not None else "past"
            direction = "back" if tense == "past" else "forward"  # present, future: ahead
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    if base is None:
        return Resolved.unknown(f"XXXX-WXX-{partial.weekday}{suffix}", type_)
    day = resolve_weekday(base, partial.weekday, direction)
    if (
        partial.direction is None
        and partial.anchor != "anaphoric"
        and not running.narrative
        and span is not None
        and (
            owned_in_a_perfect(running.text, span)
            or planned_in_the_past(
                running.text, sentence_start(running.text, span[0], 120), span[0]
            )
        )
    ):
        # "have moved Tuesday's matches indoors", "had been planned for Wednesday but was
        # pushed back": the Tuesday, the Wednesday nearest the news day
        days = (resolve_weekday(base, partial.weekday, way) for way in ("back", "forward"))
        day = min(days, key=lambda near: abs((near - base).days))
    return Resolved(day.isoformat() + suffix, type_)


def resolved_day_shift(partial: DayShift, running: RunningReference) -> Resolved:
    """A day counted from the day of writing (`DayShift`: "yesterday", "tonight").

    >>> from datetime import date
    >>> from timeline.temporal.partial import DayShift
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("Talks ended yesterday.", date(2023, 10, 23), False)
    >>> resolved_day_shift(DayShift(-1), running).value
    '2023-10-22'
    """
    suffix = f"T{partial.part}" if partial.part else ""
    type_ = "TIME" if partial.part else "DATE"
    base = running.deictic_day()
    if base is None:
        if partial.today and running.narrative:
            return Resolved.unknown("PRESENT_REF")
        return Resolved.unknown("XXXX-XX-XX" + suffix, type_)
    return Resolved((base + timedelta(days=partial.days)).isoformat() + suffix, type_)


#: A clock's day said anaphorically right after it: "at 9pm that evening", "at 09:20 UTC
#: that morning".
_THAT_PART_OF_DAY_RE = re.compile(
    rf"(?i)\s*,?\s+(?:on\s+)?that\s+(?:{longest_alternation(VOCABULARY.parts_of_a_day)}|day)\b"
)
#: Days before the reference within which a day told just before is the day of a clock time.
_STORY_CLOCK_REACH = 7
#: ... told in one of the sentences this far before it
_STORY_CLOCK_SENTENCES = 2


def resolved_clock_time(
    partial: ClockTime, running: RunningReference, span: tuple[int, int] | None
) -> Resolved:
    """A time of a day not written (`ClockTime`: "at 5 pm"), on the day its sentence or the
    text last tells.

    >>> from datetime import date
    >>> from timeline.temporal.partial import ClockTime
    >>> from timeline.temporal.reference import RunningReference
    >>> running = RunningReference("It began at 5 pm.", date(2023, 10, 23), narrative=False)
    >>> resolved_clock_time(ClockTime(17, 0), running, (12, 16)).value
    '2023-10-23T17:00'
    """
    clock = f"T{partial.hour:02d}:{partial.minute:02d}{partial.zone}"
    if span is not None and (period := period_of_its_sentence(running, span[0])) is not None:
        return Resolved.unknown(period + clock, "TIME")  # "Last year's final ... at 10.05pm"
    base = running.deictic_day()
    mentioned = running.anchor.as_date() if running.anchor is not None else None
    that_day = span is not None and _THAT_PART_OF_DAY_RE.match(running.text, span[1])
    # a clock time belongs to the day last mentioned: in news within its sentence, or under
    # a heading that is that day alone (a timeline's entries "14:02 - ..." under "Monday,
    # March 7"), not after it within a month of the news
    if span is not None and that_day:
        # "Orders peaked at 9pm that evening": the day the text told, however far back, not a
        # scene told before; when that is the news day told after another day, the other day
        # ("that" points away)
        base = running.distal_day(span[0]) or running.anaphoric_day() or base
    elif mentioned is not None and (
        running.narrative or (span is not None and running.mentioned_in_sentence(span[0]))
    ):
        base = mentioned
    elif running.entry_day is not None and not running.narrative:
        base = running.entry_day  # a live page's entry: its heading's day
    elif span is not None and (scene := scene_day(running, partial.hour, span)) is not None:
        # "on the morning of Friday, August 9 ... opened on Tuesday ... 8.40 a.m.": the story is
        # back in its scene, which "the following day" now counts from
        base = scene
        running.remember(scene.isoformat(), *span)
    elif (
        mentioned is not None
        and base is not None
        and (base - mentioned).days == 1
        and span is not None
        and running.mentioned_just_before(span[0])
    ):
        base = mentioned  # "A fire broke out last night ... The alarm was raised at 9.42 p.m."
    elif (
        mentioned is not None
        and base is not None
        and 1 <= (base - mentioned).days <= _STORY_CLOCK_REACH
        # a scene told by the clock, or the latest day the story tells
        and (running.mentioned_with_time_of_day() or mentioned >= (running.latest_day or mentioned))
        and span is not None
        # the day before in the sentence just before; an earlier day up to two back
        and (running.sentences_since_mentioned(span[0]) or 0)
        <= (1 if (base - mentioned).days == 1 else _STORY_CLOCK_SENTENCES)
        and tense_around(running.text, *span) == "past"
        # not the time of a thing ("said in its 8 a.m. report"): that is the news day's
        and not DETERMINER_BEFORE_RE.search(running.text, max(0, span[0] - 8), span[0])
    ):
        # "began at 3 a.m. on Saturday ... By 6:40 a.m. the hospital had shut down": the
        # story's day told just before, for what happened at a clock time
        base = mentioned
    elif (
        not running.narrative
        and running.heading_day is not None
        and base is not None
        and running.heading_day <= base
    ):
        base = running.heading_day
    if base is None:
        return Resolved.unknown("XXXX-XX-XX" + clock, "TIME")
    if not running.narrative and partial.hour < 24:
        running.clock = datetime.combine(base, time(partial.hour, partial.minute))
    return Resolved(base.isoformat() + clock, "TIME", remember=False)


def resolve_weekday(base: date, weekday: int, direction: Direction) -> date:
    """The ISO ``weekday`` nearest ``base`` in ``direction``.

    >>> monday = date(2023, 10, 23)
    >>> resolve_weekday(monday, 5, "back"), resolve_weekday(monday, 1, "before")
    (datetime.date(2023, 10, 20), datetime.date(2023, 10, 16))
    >>> resolve_weekday(monday, 1, "forward"), resolve_weekday(monday, 1, "after")
    (datetime.date(2023, 10, 23), datetime.date(2023, 10, 30))
    """
    delta = weekday - base.isoweekday()
    if direction == "back":
        delta = delta if delta <= 0 else delta - 7
    elif direction == "forward":
        delta = delta if delta >= 0 else delta + 7
    elif direction == "before":
        delta = delta if delta < 0 else delta - 7
    else:
        delta = delta if delta > 0 else delta + 7
    return base + timedelta(days=delta)
