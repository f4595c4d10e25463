"""Normalising: a candidate -> its TIMEX3 expression, by the normaliser of its rule
(``_HANDLERS``: one entry a rule, checked against ``RULES`` by the tests).

    >>> from datetime import date
    >>> from timeline.temporal.detect import candidates_in
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Talks ended yesterday."
    >>> normaliser = Normaliser(text, RunningReference(text, date(2023, 10, 23), False))
    >>> for candidate in candidates_in(text, False):
    ...     normaliser.handle(candidate)
    >>> [(t.text, t.value) for t in normaliser.out]
    [('yesterday', '2023-10-22')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from timeline.determiners import POSSESSIVES, THE
from timeline.temporal.detect_context import Candidate
from timeline.temporal.normalise_relative import RelativeKinds
from timeline.temporal.vocabulary import number_value

_EVENT_AFTER_RE = re.compile(rf"\s+(?P<rel>after|before)\s+(?:(?:{THE}|{POSSESSIVES})\s+)?[A-Za-z]")

#: "two weeks' time", "a year's time": the count is how far ahead a date lies
_IN_TIME_AFTER_RE = re.compile(r"['’]s?\s+time\b")
_IN_BEFORE_RE = re.compile(r"\bin\s+$", re.IGNORECASE)
#: "held it for about a week before moving back": how long, not a date counted from the event
_HOW_LONG_BEFORE_RE = re.compile(r"\b(?:for|lasted|lasting)\s+$", re.IGNORECASE)
#: "earlier than", "later than": a difference between two times
_THAN_AFTER_RE = re.compile(r"\s+than\b", re.IGNORECASE)


class Normaliser(RelativeKinds):
    """Every normaliser over one text; ``handle`` reads one candidate."""

    __slots__ = ()

    def counted(self, cand: Candidate) -> None:
        """A count of units: "two years ago" and "in two years' time" are dates, "two years" a
        duration; in narrative, "two days after the invasion" is a date counted from the last
        one."""
        if cand.match["dir"]:
            if _THAN_AFTER_RE.match(self.text, cand.end):
                # "five weeks earlier than they did": how much earlier, not when
                self.duration(cand)
                return
            self.ago(cand)
            return
        in_time = _IN_TIME_AFTER_RE.match(self.text, cand.end)
        if (
            in_time is not None
            and not self.running.narrative  # a history's "in a year's time" is within a year
            and cand.match["num"]
            and _IN_BEFORE_RE.search(self.text, max(0, cand.start - 4), cand.start)
        ):
            # "in 18 months' time", "in two weeks' time": a date that far ahead
            self.ago(replace(cand, end=in_time.end()), "from now")
            return
        if self.running.narrative and not cand.match["dmod"]:
            event = _EVENT_AFTER_RE.match(self.text, cand.end)
            if (
                event
                and cand.match["num"]
                and number_value(cand.match["num"]) is not None
                and not _HOW_LONG_BEFORE_RE.search(self.text, max(0, cand.start - 10), cand.start)
            ):
                self.ago(cand, event["rel"].lower())
                return
        self.duration(cand)

    def handle(self, cand: Candidate) -> None:
        """Normalise one candidate: the handler of its rule appends its Timex to ``out``."""
        _HANDLERS[cand.kind](self, cand)


_Handler = Callable[[Normaliser, Candidate], None]
#: which normaliser reads the candidates of each rule
_HANDLERS: dict[str, _Handler] = {
    **dict.fromkeys(
        ("iso", "numeric", "mdy", "dmy", "dmy_caps", "dmy_short", "my", "month"),
        Normaliser.calendar,
    ),
    "numeric_dm": Normaliser.numeric_day_month,
    "month_rel": Normaliser.month_rel,
    "week_of_month": Normaliser.week_of_month,
    **dict.fromkeys(("ordinal_day", "range_day"), Normaliser.ordinal_day),
    **dict.fromkeys(("year", "era_year", "apos_year"), Normaliser.year),
    "decade": Normaliser.decade,
    "century": Normaliser.century,
    "quarter": Normaliser.quarter,
    "month_quarter": Normaliser.month_quarter,
    "fiscal": Normaliser.fiscal,
    "weekday": Normaliser.weekday,
    **dict.fromkeys(("weekday_set", "set"), Normaliser.set_),
    "relday": Normaliser.relday,
    "relunit": Normaliser.relunit,
    "before_last": Normaliser.before_last,
    "the_day_after": Normaliser.the_day_after,
    "unit_end": Normaliser.unit_end,
    "night": Normaliser.night,
    "day_part": Normaliser.day_part,
    "the_unit": Normaliser.the_unit,
    "to_date": Normaliser.to_date,
    "that_time": Normaliser.that_time,
    "vague": Normaliser.vague,
    "duration": Normaliser.counted,
    "bare_units": Normaliser.bare_units,
    "decades_long": Normaliser.decades_long,
    "time": Normaliser.time,
    "season": Normaliser.season,
    "holiday": Normaliser.holiday,
}
