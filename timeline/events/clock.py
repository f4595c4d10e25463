"""A clock time with no day of its own, in news, is on the day the story is telling: "The
ruling party held the seat in yesterday's by-election. Polls opened at 6am." opened on the
day before the news, not on it.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> six = Timex(16, 19, "6am", "TIME", "2014-07-15T06:00", granularity="time",
    ...             date_start=date(2014, 7, 15), date_end=date(2014, 7, 15))
    >>> monday = Timex(0, 11, "yesterday's", "DATE", "2014-07-14", granularity="day",
    ...                date_start=date(2014, 7, 14), date_end=date(2014, 7, 14))
    >>> from timeline.sentences import Sentence
    >>> polls = Sentence(0, 20, "Polls opened at 6am.", 0)
    >>> moved = on_the_story_day(polls, six, monday, date(2014, 7, 15))
    >>> moved.value, moved.date_start
    ('2014-07-14T06:00', datetime.date(2014, 7, 14))
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES, THIS_OR_THAT
from timeline.kinds import Granularity, TimexType
from timeline.temporal.tense import clause_tense

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

#: A clock time and nothing else: "6am", "about 3.30am", "15:36 UTC", "7:52 p.m.", "midnight";
#: not "6am today", "Friday at 4pm" or "this morning", which say their day.
CLOCK_ONLY = re.compile(
    r"(?i)(?:(?:about|around|approximately|roughly|shortly|just|before|after|at|by)\s+)*"
    r"(?:\d{1,2}(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?)?|[012]\d[0-5]\d|midnight|noon|midday)"
    r"(?:\s+(?:(?-i:[A-Z]{2,5})|local\s+time))?"
)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?=T)")
#: A clock that describes a thing ("in its 8 a.m. report", "the 6pm news"): the thing's
#: time, not the clause's.
_DETERMINER_BEFORE = re.compile(rf"(?i)\b(?:{ARTICLES}|{POSSESSIVES}|{THIS_OR_THAT})\s+$")
#: A present perfect before it ("Police have released images of a van at 3.27am"): news of
#: the day, whatever the time of what it shows.
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|t)\b")
#: A part of a day said right after the clock ("reopened at 0600 this morning"): the clock is
#: on that day, which the part of the day tells.
_DAY_PART_AFTER = re.compile(
    r"(?i)\s+(?:this\s+(?:morning|afternoon|evening)|tonight|today|yesterday|tomorrow|"
    r"last\s+night)\b"
)


def clock_only(timex: Timex) -> bool:
    """Whether the expression is a time of the clock that names no day ("6am", "15:36 UTC").

    >>> from timeline.temporal import Timex
    >>> clock_only(Timex(0, 3, "6am", "TIME", "2014-07-15T06:00", granularity="time"))
    True
    >>> clock_only(Timex(0, 9, "6am today", "TIME", "2014-07-15T06:00", granularity="time"))
    False
    """
    return (
        timex.type == TimexType.TIME
        and timex.granularity == Granularity.TIME
        and CLOCK_ONLY.fullmatch(timex.text.strip()) is not None
    )


def on_the_story_day(
    sentence: Sentence, timex: Timex, story: Timex | None, published: date | None
) -> Timex:
    """`timex` moved to the day of `story` (the day the article is telling, as a sentence
    without a date would take it) when it is a clock time the tagger put on the publication
    day for want of one of its own, and it times the clause (not "its 8 a.m. report", not
    after a present perfect); any other expression as it is."""
    before = sentence.text[: max(0, timex.start - sentence.start)]
    if (
        story is None
        or published is None
        or story.date_start is None
        or story.date_start != story.date_end
        or story.date_start == published
        or timex.date_start != published
        or timex.date_end != published
        or not clock_only(timex)
        or _DETERMINER_BEFORE.search(before) is not None
        or _PERFECT_BEFORE.search(before) is not None
        or _DAY_PART_AFTER.match(sentence.text, timex.end - sentence.start) is not None
    ):
        return timex
    day = story.date_start
    value = _DAY_VALUE.sub(day.isoformat(), timex.value, count=1)
    return replace(timex, value=value, date_start=day, date_end=day)


def on_the_day_ahead(
    sentence: Sentence, timex: Timex, ahead: Timex | None, published: date | None
) -> Timex:
    """`timex` moved to the day `ahead` (a day after the news that the sentence before told)
    when it is a clock of that day's plan, in a clause that looks ahead: "the school will
    reopen on Monday 1 February. Classes will begin at 8.00am." begin on 1 February.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Classes will begin at 8am."
    >>> eight = Timex(22, 25, "8am", "TIME", "2021-01-25T08:00", granularity="time",
    ...               date_start=date(2021, 1, 25), date_end=date(2021, 1, 25))
    >>> monday = Timex(0, 6, "Monday", "DATE", "2021-02-01", granularity="day",
    ...                date_start=date(2021, 2, 1), date_end=date(2021, 2, 1))
    >>> on_the_day_ahead(Sentence(0, len(text), text, 0), eight, monday, date(2021, 1, 25)).value
    '2021-02-01T08:00'
    """
    if (
        ahead is None
        or published is None
        or ahead.date_start is None
        or ahead.date_start <= published
        or not clock_only(timex)
    ):
        return timex
    start = timex.start - sentence.start
    if clause_tense(sentence.text, start, start + len(timex.text)) != "future":
        return timex
    return on_the_story_day(sentence, timex, ahead, published)
