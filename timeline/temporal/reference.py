"""The running reference of a text: the reference date, news or narrative, and the most recent
date mentioned, which relative expressions count from (``RunningReference``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from timeline.temporal.calendar import SEASON_MONTHS
from timeline.temporal.date_parts import DateParts
from timeline.temporal.hemisphere import writes_from_south
from timeline.temporal.line_places import alone_on_line, in_prose
from timeline.temporal.live_page import heads_live_entries
from timeline.temporal.patterns import (
    CALENDAR_PREFIX_RE,
    MONTH_VALUE_RE,
    NO_ANCHOR_BEFORE_RE,
    NOUN_AFTER_YEAR_RE,
    SENTENCE_END_RE,
    THE_BEFORE_RE,
    WORD_RE,
    YEAR_OR_BC_RE,
    sentence_ends,
    sentence_start,
)
from timeline.temporal.scene_clock import Scene, told_part
from timeline.temporal.scene_year import month_of_another_scene
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_alternation

#: Days from the reference date within which a day mentioned in news is the story's day.
NEWS_DAY_REACH = 31


#: The opening of a clause set off by commas, before a date: ", built in ", ", which opened in ".
_ASIDE_OPEN_RE = re.compile(
    r"(?i),\s+(?:which|who|whose|[a-z]+(?:ed|en|wn|lt|ld))\b[^,;:.()]{0,60}$"
)
#: Its closing comma after the date, before the sentence ends.
_ASIDE_CLOSE_RE = re.compile(r"[^.;:!?,]{0,40},")
#: A "when" clause right after a date, telling what happened then: the date is a scene even
#: after "since" or "until" ("has stopped since 28 September, when diggers found ...").
_WHEN_CLAUSE_AFTER_RE = re.compile(r",?\s+when\s+\w")


#: A time of a day told beside it: a clock, or a part of the day.
_TIME_OF_DAY_RE = re.compile(
    r"(?i)\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}[:h]\d\d\b"
    rf"|\b(?:{longest_alternation(VOCABULARY.parts_of_a_day)}|dawn|midnight|noon)\b"
)
#: A blank line: a paragraph's end.
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


#: a day not known, as the engine writes it: a weekday "XXXX-WXX-4", a day "XXXX-XX-XX"
_UNKNOWN_DAY_RE = re.compile(r"^XXXX-(?:WXX-\d|XX-XX)")


@dataclass(slots=True)
class RunningReference:
    """What relative expressions of one text count from, as it is read: the reference date
    (publication), whether the text is news or narrative (chosen once), and the most recent
    date mentioned (``anchor``), which ``remember`` moves.

    >>> running = RunningReference("In 1941, war. Later that month...", None, narrative=True)
    >>> running.remember("1941-12", 3, 7); running.anchor
    DateParts(year=1941, month=12, day=None, season=None)
    >>> running.anaphoric_day("M")
    datetime.date(1941, 12, 1)
    """

    text: str
    reference: date | None
    narrative: bool
    anchor: DateParts | None = None
    anchor_at: int = -1
    #: years mentioned in passing since the anchor last moved
    passing: set[int] = field(default_factory=set)
    #: in news, the last day mentioned within a month of the reference date: the story's day
    news_day: date | None = None
    #: the story's day when it was written alone on its line, as a heading
    heading_day: date | None = None
    #: on a live page, the day heading the entries read now (`live_page`): the day they count
    #: from, until the next such heading
    entry_day: date | None = None
    #: in news, the latest day told in prose so far (not in a stamp or a heading), up to the
    #: reference date and within a month of it
    latest_day: date | None = None
    #: whether the text is written from the southern hemisphere: its summer runs from December
    #: to February (`southern`); None: read from the text when a season first asks
    hemisphere: bool | None = False
    #: in news without its date, a day was just told that cannot be known ("on Thursday"):
    #: what counts from the story's day ("the next morning") is not known either, and an
    #: earlier year ("in 2018") is no day to count from
    lost_day: bool = False
    #: in news, the days told with a part of the day ("the morning of Friday, August 9"), the
    #: scenes a clock told later may be in (`scene_clock`)
    scenes: list[Scene] = field(default_factory=list)
    #: in news, how many times the day told changed: a scene told two days back is over
    days_told: int = 0
    #: in news, the day told before a year said in passing since ("on February 20 ... has now
    #: won it three times, the first in 2009"): what a day or week is counted from after it
    passed_over: date | None = None
    last_day_told: date | None = None
    #: in news, the last day told that is not the reference date, and where: the day "that"
    #: points away to when the news day was told after it ("on Friday ... heard here today.
    #: ... at about 4 a.m. that day", `distal_day`)
    other_day: date | None = None
    other_day_at: int = -1
    #: in news, the moment of the clock told last since the running reference moved ("left
    #: at 7:52 p.m."): what "eight minutes later" counts from
    clock: datetime | None = None
    #: in news, the month of the last date told with its month, but for a day of the
    #: reference's own month up to it (the news's days: "fell in January, data showed on
    #: Tuesday"): the month "in the month" means (`month_in_question`)
    month_told: tuple[int, int, int] | None = None  # year, month, where

    @property
    def southern(self) -> bool:
        """Whether the text is written from the southern hemisphere (`hemisphere.writes_from_south`,
        read once, when first asked: only a season's days need it, and most texts name none).

        >>> text = "Rain in Chile, Peru and Chile; Chile."
        >>> RunningReference(text, None, False, hemisphere=None).southern
        True
        """
        if self.hemisphere is None:
            self.hemisphere = writes_from_south(self.text)
        return self.hemisphere

    def deictic_day(self) -> date | None:
        if self.narrative:
            if self.anchor is not None and self.anchor.as_date() is not None:
                return self.anchor.as_date()
            return self.reference if self.anchor is None else None
        return self.entry_day or self.reference

    def anaphoric_day(
        self, code: str = "D", *, story: bool = False, same: bool = False
    ) -> date | None:
        """The day an anaphoric expression of unit ``code`` counts from.

        The running reference when it is precise enough for the unit (a year for "the
        following year", a day for "the next day"); otherwise, in news, the story's day (the
        last day mentioned within a month of the reference date: "on Tuesday ... up 43% in
        February ... in morning trading" is Tuesday morning) or the reference date, and in
        narrative None (the caller then keeps what is known and X's the rest). With `story`, a
        day or week counted in the story ("the following day", "two days later") after a
        month of another year ("in August 2005"), with no recent day told, is None too: the
        news day is no day of that story. With `same` ("that night", "that day"), so is any
        date of another year said without its day ("in 1994 ... that night").
        """
        anchor = self.anchor
        if anchor is None:
            return self.entry_day or self.reference  # an item's own date line, else the news
        full = anchor.as_date()
        if full is not None:
            return full
        if self.passed_over is not None and anchor.month is None and code in ("D", "W"):
            return self.passed_over  # "on February 20 ..., the first in 2009. Two weeks later"
        if anchor.year >= 1 and (
            code in ("Y", "DE", "CE", "ML") or (code in ("M", "Q") and anchor.month is not None)
        ):
            return date(anchor.year, anchor.month or 1, 1)
        if self.narrative:
            return None
        if story and month_of_another_scene(
            anchor.year, anchor.month, self.reference, self.news_day
        ):
            return None  # "in August 2005 ... the following day": no day of the news
        if same and self.reference is not None and anchor.year != self.reference.year:
            return None
        return self.news_day or self.entry_day or self.reference

    def month_in_question(self, start: int) -> date | None:
        """In news, the first day of the month "the month" at `start` means, in a sentence
        after its date: the month named last ("Values fell in January, data showed on Tuesday.
        ... rose in the month") in its sentence or the two before, a day of the reference's own
        month up to it passing over it (a day ahead is a scene of its own); None when none was.

        >>> running = RunningReference("", date(2024, 2, 6), narrative=False)
        >>> running.remember("2024-01", 0, 7); running.remember("2024-02-06", 9, 16)
        >>> running.month_in_question(20)
        datetime.date(2024, 1, 1)
        """
        if self.narrative or self.month_told is None:
            return None
        year, month, told_at = self.month_told
        if year < 1 or told_at < 0 or sentence_ends(self.text, told_at, start) > 2:
            return None
        return date(year, month, 1)

    def unknown_day(self, value: str) -> None:
        """Note a day told that cannot be known (`value` "XXXX-WXX-4" of "on Thursday" in news
        without its date): what counts from the story's day counts from no known day.

        >>> running = RunningReference("In 2018 it opened. On Thursday it shut.", None, False)
        >>> running.remember("2018", 3, 7); running.unknown_day("XXXX-WXX-4")
        >>> running.lost_day
        True
        """
        if not self.narrative and self.reference is None and _UNKNOWN_DAY_RE.match(value):
            self.lost_day = True

    def anaphoric_parts(self) -> DateParts | None:
        if self.anchor is not None:
            return self.anchor
        day = self.entry_day or self.reference
        if day is not None:
            return DateParts(day.year, day.month, day.day)
        return None

    def enter_section(self, day: date) -> None:
        """Read on under a section's own date line (a live entry's stamp, a digest's item, a
        message's header: `section_days`): its expressions count from `day`, and an anaphoric
        one from no date the sections before told.

        >>> running = RunningReference("", date(2033, 3, 11), False)
        >>> running.remember("2033-03-02"); running.enter_section(date(2033, 3, 7))
        >>> running.anaphoric_day("D"), running.deictic_day()
        (datetime.date(2033, 3, 7), datetime.date(2033, 3, 7))
        """
        self.entry_day = day
        self.anchor = None
        self.month_told = None
        self.passing.clear()

    def remember(self, value: str, start: int | None = None, end: int | None = None) -> None:
        """Move the running reference to a date just mentioned.

        Asides do not move it: a date in parentheses (a citation, a life span), after
        "until" (where a span ends), in a clause set off by commas (", built in 1991,",
        ", which opened in 2004,"), or a year or month used as a modifier ("the 1614 rules",
        "the August 1792 uprising").
        """
        match = CALENDAR_PREFIX_RE.match(value)
        if match is None or "X" in value[:10]:
            self.unknown_day(value)
            return
        if start is not None:
            before = self.text[max(0, start - 200) : start]
            if before.rfind("(") > before.rfind(")"):
                return
            if NO_ANCHOR_BEFORE_RE.search(before[-70:]) and not (
                end is not None and _WHEN_CLAUSE_AFTER_RE.match(self.text, end)
            ):
                return
            if (
                end is not None
                and _ASIDE_OPEN_RE.search(before[-80:])
                and _ASIDE_CLOSE_RE.match(self.text, end)
            ):
                return  # ", built in 1991,": a clause set off by commas, no new scene
            if (
                YEAR_OR_BC_RE.fullmatch(value)
                and NOUN_AFTER_YEAR_RE.match(self.text[start + 4 : start + 30])
                and THE_BEFORE_RE.search(before)
            ):
                return
            if (
                end is not None
                and MONTH_VALUE_RE.fullmatch(value)
                and NOUN_AFTER_YEAR_RE.match(self.text[end : end + 26])
                and THE_BEFORE_RE.search(before)
            ):
                return
        year = int(match[2]) * (-1 if match[1] else 1)
        month = int(match[3]) if match[3] else None
        day = int(match[4]) if match[4] else None
        if (
            self.anchor is not None
            and day is None
            and month is not None
            and self.anchor.year == year
            and self.anchor.month == month
        ):
            return  # "in October" after "October 3" keeps the day
        if self.anchor is not None and month is None and self.anchor.year == year:
            # a bare year repeated keeps the finer anchor, told again here
            if start is not None:
                self.anchor_at = start
            return
        if (
            self.narrative
            and start is not None
            and month is None
            and self.anchor is not None
            and self.anchor.month is not None
            and not self.near_sentence_start(start)
            and not self.opens_section(start)
            and not self._said_again(year)
        ):
            # "...for a planned campaign in 1976": a year in passing is no new scene, unless
            # it is said again or opens a section
            return
        season = value[match.end() + 1 :] if month is None else ""
        self._pass_over(start, month)
        self.lost_day = False
        told = DateParts(year, month, day, season if season in SEASON_MONTHS else None)
        if self.clock is not None and told.as_date() != self.clock.date():
            self.clock = None  # another day told: the clock told before is not of it
        self.anchor = told
        self.passing.clear()
        day_said = told.as_date()
        if month is not None and not (
            day_said is not None
            and self.reference is not None
            and day_said <= self.reference
            and (year, month) == (self.reference.year, self.reference.month)
        ):
            self.month_told = (year, month, -1 if start is None else start)
        if (
            not self.narrative
            and day_said is not None
            and self.reference is not None
            and abs((day_said - self.reference).days) <= NEWS_DAY_REACH
        ):
            self.news_day = day_said
            if (
                day_said <= self.reference
                and (self.latest_day is None or day_said > self.latest_day)
                and start is not None
                and in_prose(self.text, start)
            ):
                self.latest_day = day_said
            # a day alone on its line heads what follows ("Monday, March 7" over "14:02 - ...")
            heading = start is not None and alone_on_line(self.text, start, end)
            self.heading_day = day_said if heading else None
            if start is not None and heading and heads_live_entries(self.text, end or start):
                self.entry_day = day_said  # "Thursday 29 November" over "22:05" entries
        if not self.narrative and day_said is not None and start is not None:
            if day_said != self.reference:
                self.other_day, self.other_day_at = day_said, start
            if day_said != self.last_day_told:
                self.days_told += 1
                self.last_day_told = day_said
            part = told_part(self.text, start, end, value)
            if part is not None:
                self.scenes.append(Scene(day_said, part, start, self.days_told))
        if start is not None:
            self.anchor_at = start

    def _pass_over(self, start: int | None, month: int | None) -> None:
        """Keep, in news, the day told last when a bare year is said in passing, deep in its
        sentence ("..., the first in 2009"): the story's day stays the one to count a day or a
        week from (`passed_over`); any other date told drops it.

        >>> text = "It won on May 2, its third title, the first in 2009. A week later ..."
        >>> running = RunningReference(text, date(2022, 6, 1), narrative=False)
        >>> running.remember("2022-05-02", 10, 15); running.remember("2009", 46, 50)
        >>> running.anaphoric_day("W")
        datetime.date(2022, 5, 2)
        """
        in_passing = (
            not self.narrative
            and start is not None
            and month is None
            and not self.near_sentence_start(start)
            and not self.opens_section(start)
        )
        told = self.anchor.as_date() if self.anchor is not None else None
        self.passed_over = (told or self.passed_over) if in_passing else None

    def _said_again(self, year: int) -> bool:
        """Whether `year` was mentioned in passing before, since the anchor last moved: a year
        said twice is the scene now ("in 1777 ... in 1777 ... set off in June")."""
        if year in self.passing:
            return True
        self.passing.add(year)
        return False

    def opens_section(self, start: int) -> bool:
        """Whether ``start`` is in the first sentence after a heading (a line with no closing
        punctuation): "Yorktown\\n\\nThe theaters converged in 1781 at Yorktown."

        >>> RunningReference("Yorktown\\n\\nThey met in 1781 there.", None, True).opens_section(22)
        True
        """
        window = self.text[max(0, start - 400) : start]
        if SENTENCE_END_RE.search(window[window.rfind("\n") + 1 :]):
            return False  # a sentence of this paragraph ended before it
        lines = window.rstrip().split("\n")
        if len(lines) < 2:
            return False
        previous = next((line.strip() for line in reversed(lines[:-1]) if line.strip()), "")
        return bool(previous) and len(previous) <= 80 and previous[-1] not in '.!?:;"”)'

    def distal_day(self, start: int) -> date | None:
        """In news, the day "that day" (a clock's "that morning", "that night") at ``start``
        points to when the day told last is the news day itself: the other day told in the
        same sentence or the one before ("the blast on Friday, June 21, the inquiry heard
        today. He had reported it at 4 a.m. that day"): a writer says "today" or "this
        morning" of the news day, "that" of a day away from it. None otherwise.

        >>> text = "The blast on June 21 was heard of today. At 4 a.m. that day it began."
        >>> running = RunningReference(text, date(1974, 7, 10), False)
        >>> running.remember("1974-06-21", 13, 20); running.remember("1974-07-10", 34, 39)
        >>> running.distal_day(44)
        datetime.date(1974, 6, 21)
        """
        if (
            self.narrative
            or self.reference is None
            or self.anchor is None
            or self.anchor.as_date() != self.reference
            or self.other_day is None
            or sentence_ends(self.text, self.other_day_at, start) > 1
        ):
            return None
        return self.other_day

    def mentioned_in_sentence(self, start: int) -> bool:
        """Whether the date last mentioned stands in the sentence that reaches ``start``."""
        return self.anchor_at >= 0 and not SENTENCE_END_RE.search(self.text, self.anchor_at, start)

    def mentioned_just_before(self, start: int) -> bool:
        """Whether the date last mentioned stands in the sentence that reaches ``start`` or in
        the one before it in its paragraph (at most one sentence end between them, no blank
        line: web news writes a sentence a paragraph, and a new paragraph is a new scene).

        >>> text = "Fire broke out. At 9 it ended.\\n\\nAt 10 a car came."
        >>> running = RunningReference(text, None, False)
        >>> running.anchor_at = 0
        >>> running.mentioned_just_before(19), running.mentioned_just_before(35)
        (True, False)
        """
        since = self.sentences_since_mentioned(start)
        return (
            since is not None
            and since <= 1
            and not _BLANK_LINE_RE.search(self.text, self.anchor_at, start)
        )

    def told_just_before(self, start: int) -> bool:
        """Whether the date last mentioned stands in the sentence that reaches ``start`` or in
        the one before it (a paragraph's break after a stop is that one sentence end).

        >>> running = RunningReference("Cases rose in 2019.\\n\\nIn May they fell.", None, False)
        >>> running.remember("2019", 13, 17); running.told_just_before(24)
        True
        """
        since = self.sentences_since_mentioned(start)
        return since is not None and since <= 1

    def mentioned_with_time_of_day(self) -> bool:
        """Whether the sentence of the date last mentioned tells a time of that day: a clock
        or a part of the day ("shortly after 3 a.m. on Saturday", "late on Wednesday night").

        >>> running = RunningReference("It began at 3 a.m. on Saturday. Polls shut.", None, False)
        >>> running.anchor_at = 19; running.mentioned_with_time_of_day()
        True
        """
        if self.anchor_at < 0:
            return False
        opening = sentence_start(self.text, self.anchor_at, 200)
        closing = SENTENCE_END_RE.search(self.text, self.anchor_at, self.anchor_at + 200)
        sentence_end = closing.start() if closing else min(len(self.text), self.anchor_at + 200)
        return _TIME_OF_DAY_RE.search(self.text, opening, sentence_end) is not None

    def sentences_since_mentioned(self, start: int) -> int | None:
        """How many sentences end between the date last mentioned and ``start`` (a paragraph
        break after a stop is one end); None when no date was mentioned.

        >>> running = RunningReference("On Monday it began.\\n\\nAt 9 it ended.", None, False)
        >>> running.anchor_at = 3; running.sentences_since_mentioned(24)
        1
        """
        if self.anchor_at < 0:
            return None
        return sentence_ends(self.text, self.anchor_at, start)

    def near_sentence_start(self, start: int) -> bool:
        """Whether at most three words precede ``start`` in its sentence ("In 1940, ...")."""
        window_start = max(0, start - 60)
        opening = sentence_start(self.text, start, 60)
        if window_start and opening == window_start:
            return False
        return len(WORD_RE.findall(self.text, opening, start)) <= 3
