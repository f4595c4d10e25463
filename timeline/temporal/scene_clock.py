"""The scene of a clock time: a clock told with no day of its own, in a past clause, is on the
day of the scene told with a part of the day that holds it, when the day told last is another
one, told with no such part (a trial's day, the day something was said).

    >>> from datetime import date, timedelta
    >>> from timeline.temporal import tag
    >>> text = ("The van was stopped on the morning of Friday, August 9. The trial opened on "
    ...         "Tuesday. A driver said a car pulled across the road at about 8.40 a.m.")
    >>> [t.value for t in tag(text, date(1957, 11, 14))]
    ['1957-08-09TMO', '1957-11-12', '1957-08-09T08:40']

A part of the day is said in the expression ("Friday night", "the morning of Friday") or just
before it ("in the early hours of Sunday", "at dawn today"); a day told with a clock ("6 a.m. on
Sunday") holds any hour, and a later clock stays on it; the clock must fall in the part ("8.40
a.m." in a morning, "7:52 p.m." in a night, "3.30am" in the early hours), and the scene must be
told at most `SCENE_SENTENCES` sentences before the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from timeline.temporal.line_places import alone_on_line
from timeline.temporal.patterns import DETERMINER_BEFORE_RE, sentence_ends
from timeline.temporal.tense import tense_around

if TYPE_CHECKING:
    from timeline.temporal.reference import RunningReference

__all__ = ["SCENE_SENTENCES", "Scene", "period_of_its_sentence", "scene_day", "told_part"]

#: The hours of the clock each part of a day said in words holds.
PART_HOURS: dict[str, frozenset[int]] = {
    "early hours": frozenset(range(7)),
    "small hours": frozenset(range(7)),
    "dawn": frozenset(range(3, 9)),
    "morning": frozenset(range(4, 12)),
    "afternoon": frozenset(range(12, 18)),
    "evening": frozenset(range(17, 24)),
    "night": frozenset([*range(18, 24), *range(6)]),
    "overnight": frozenset([*range(20, 24), *range(7)]),
}
#: A day told with a clock ("at 6 a.m. on Sunday") is a scene of any hour: the story's clock
#: runs on that day.
ANY_HOUR = "clock"
PART_HOURS[ANY_HOUR] = frozenset(range(24))
#: The part of the day a value ends with ("1957-08-09TMO"), or its clock ("...T06:00").
_VALUE_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_VALUE_PART_RE = re.compile(r"T(?:(MO|AF|EV|NI)$|\d\d:\d\d)")
#: A part of the day said just before a day: "in the early hours of Sunday", "at dawn today".
_PART_BEFORE_RE = re.compile(
    r"(?i)\b(" + "|".join(sorted(PART_HOURS, key=len, reverse=True)) + r")\s+(?:of\s+|on\s+)?$"
)
#: A clock said right before a day ("at 6 a.m. on Sunday") or right after it ("Sunday at 6
#: a.m.", "Sunday, 15:30").
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b"
_CLOCK_BEFORE_RE = re.compile(rf"(?i)(?:{_CLOCK})\s*(?:on\s+)?$")
_CLOCK_AFTER_RE = re.compile(rf"(?i),?\s+(?:at\s+)?(?:about\s+|around\s+)?(?:{_CLOCK})")
#: Parts of the day whose small hours fall on the next day's date.
_NIGHTS = frozenset({"night", "overnight"})
_NOON = 12
#: How many sentences back a scene may be told.
SCENE_SENTENCES = 8


class Scene(NamedTuple):
    """A day told with a part of the day: where it was told, and how many days had been told
    by then (`RunningReference.days_told`)."""

    day: date
    part: str
    at: int
    told: int


def told_part(text: str, start: int, end: int | None, value: str) -> str | None:
    """The part of the day said with the day at text[start:end] of `value`, or None.

    >>> told_part("broke in in the early hours of Sunday", 31, 37, "2019-03-10")
    'early hours'
    >>> told_part("Friday night", 0, 12, "1986-03-14TNI")
    'night'
    >>> told_part("on Monday", 3, 9, "2019-03-11") is None
    True
    >>> told_part("resumed at 6 a.m. on Sunday.", 21, 27, "2025-10-26")
    'clock'

    """
    suffix = _VALUE_PART_RE.search(value)
    if suffix is not None:
        return _VALUE_PARTS[suffix[1]] if suffix[1] else ANY_HOUR
    before = _PART_BEFORE_RE.search(text, max(0, start - 24), start)
    if before is not None:
        return before[1].lower()
    after = start if end is None else end
    if _CLOCK_BEFORE_RE.search(text, max(0, start - 16), start) or _CLOCK_AFTER_RE.match(
        text, after
    ):
        return ANY_HOUR
    return None


def scene_day(running: RunningReference, hour: int, span: tuple[int, int]) -> date | None:
    """In news, for a clock at `span` in a past clause (not a thing's time, "its 8 a.m.
    report"), the day of the latest scene told before it whose part of the day holds `hour`,
    when it lies before the day told last (which is not itself such a scene), when it is the
    day told last, or when what was told last is coarser than a day (a year in passing); else
    None.

    >>> from timeline.temporal import tag
    >>> text = ("A man was fined today. The court heard that on the evening of Sunday 3 March "
    ...         "he flew a drone near the runway. A pilot saw it at 6.55pm.")
    >>> [t.value for t in tag(text, date(2013, 8, 21))]
    ['2013-08-21', '2013-03-03TEV', '2013-03-03T18:55']
    """
    start = span[0]
    if (
        running.narrative
        or running.anchor is None
        or DETERMINER_BEFORE_RE.search(running.text, max(0, start - 8), start)
        or tense_around(running.text, *span) != "past"
    ):
        return None
    # a year or a decade told since ("made around 1470") is no day a clock could be on
    mentioned = running.anchor.as_date()
    for scene in reversed(running.scenes):
        day, part, at, told = scene
        if at > start:
            continue
        if sentence_ends(running.text, at, start) > SCENE_SENTENCES or running.days_told - told > 1:
            return None  # told too far back, or other days were told since
        if hour not in PART_HOURS[part]:
            continue
        if part in _NIGHTS and hour < _NOON:
            day = scene.day + timedelta(days=1)  # "late last night ... after 3 a.m.": next day
        if mentioned is None:
            return day
        if (
            at == running.anchor_at
            and scene.day == mentioned
            and running.reference is not None
            and scene.day < running.reference
            # a live page's entry heading ("7:30pm" alone on its line) is the page's time
            and not alone_on_line(running.text, *span)
        ):
            # the scene is the day told last, before the news: "on the evening of Sunday 3
            # March he flew it ... A pilot saw it at 6.55pm" (a court's story told months
            # later); not a scene still ahead ("will tour on Wednesday afternoon")
            return day
        return day if day < mentioned and at < running.anchor_at else None
    return None


def period_of_its_sentence(running: RunningReference, start: int) -> str | None:
    """In news, the year or month told in the sentence of a clock at `start` ("Last year's
    final finished at 10.05pm", "closed on a Sunday in September, after a set that ran until
    3 a.m."), when it is not the news's own: the clock is on a day of it that is not known,
    written with X's ("2015-XX-XX", "2019-09-XX"); None otherwise.

    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Last year's final ended at 10.05pm."
    >>> running = RunningReference(text, date(2016, 1, 9), narrative=False)
    >>> running.remember("2015", 0, 11); period_of_its_sentence(running, 27)
    '2015-XX-XX'
    """
    anchor, reference = running.anchor, running.reference
    if (
        running.narrative
        or anchor is None
        or reference is None
        or anchor.day is not None
        or anchor.year < 1
        or not running.mentioned_in_sentence(start)
        or (anchor.year, anchor.month or reference.month) == (reference.year, reference.month)
    ):
        return None
    month = f"{anchor.month:02d}" if anchor.month is not None else "XX"
    return f"{anchor.year:04d}-{month}-XX"
