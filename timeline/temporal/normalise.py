"""Normalising: a candidate -> its TIMEX3 expression, by the normaliser of its rule
(``_HANDLERS``: one entry a rule, checked against ``RULES`` by the tests).

    >>> from datetime import date
    >>> from timeline.temporal.detect import _candidates
    >>> from timeline.temporal.reference import RunningReference
    >>> text = "Talks ended yesterday."
    >>> normaliser = _Normaliser(text, RunningReference(text, date(2023, 10, 23), False))
    >>> for candidate in _candidates(text, False):
    ...     normaliser.handle(candidate)
    >>> [(t.text, t.value) for t in normaliser.out]
    [('yesterday', '2023-10-22')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from timeline.determiners import POSSESSIVES, THE
from timeline.temporal.detect_context import _Candidate
from timeline.temporal.normalise_relative import _RelativeKinds
from timeline.temporal.vocabulary import number_value

_EVENT_AFTER_RE = re.compile(rf"\s+(?P<rel>after|before)\s+(?:(?:{THE}|{POSSESSIVES})\s+)?[A-Za-z]")

#: "two weeks' time", "a year's time": the count is how far ahead a date lies
_IN_TIME_AFTER_RE = re.compile(r"['’]s?\s+time\b")
_IN_BEFORE_RE = re.compile(r"\bin\s+$", re.IGNORECASE)
#: "held it for about a week before moving back": how long, not a date counted from the event
_HOW_LONG_BEFORE_RE = re.compile(r"\b(?:for|lasted|lasting)\s+$", re.IGNORECASE)
#: "earlier than", "later than": a difference between two times
_THAN_AFTER_RE = re.compile(r"\s+than\b", re.IGNORECASE)


class _Normaliser(_RelativeKinds):
    """Every normaliser over one text; ``handle`` reads one candidate."""

    __slots__ = ()

    def counted(self, cand: _Candidate) -> None:
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

    def handle(self, cand: _Candidate) -> None:
        """Normalise one candidate: the handler of its rule appends its Timex to ``out``."""
        _HANDLERS[cand.kind](self, cand)


_Handler = Callable[[_Normaliser, _Candidate], None]
#: which normaliser reads the candidates of each rule
_HANDLERS: dict[str, _Handler] = {
    **dict.fromkeys(
        ("iso", "numeric", "mdy", "dmy", "dmy_caps", "dmy_short", "my", "month"),
        _Normaliser.calendar,
    ),
    "numeric_dm": _Normaliser.numeric_day_month,
    "month_rel": _Normaliser.month_rel,
    "week_of_month": _Normaliser.week_of_month,
    **dict.fromkeys(("ordinal_day", "range_day"), _Normaliser.ordinal_day),
    **dict.fromkeys(("year", "era_year", "apos_year"), _Normaliser.year),
    "decade": _Normaliser.decade,
    "century": _Normaliser.century,
    "quarter": _Normaliser.quarter,
    "month_quarter": _Normaliser.month_quarter,
    "fiscal": _Normaliser.fiscal,
    "weekday": _Normaliser.weekday,
    **dict.fromkeys(("weekday_set", "set"), _Normaliser.set_),
    "relday": _Normaliser.relday,
    "relunit": _Normaliser.relunit,
    "before_last": _Normaliser.before_last,
    "the_day_after": _Normaliser.the_day_after,
    "unit_end": _Normaliser.unit_end,
    "night": _Normaliser.night,
    "day_part": _Normaliser.day_part,
    "the_unit": _Normaliser.the_unit,
    "to_date": _Normaliser.to_date,
    "that_time": _Normaliser.that_time,
    "vague": _Normaliser.vague,
    "duration": _Normaliser.counted,
    "bare_units": _Normaliser.bare_units,
    "decades_long": _Normaliser.decades_long,
    "time": _Normaliser.time,
    "season": _Normaliser.season,
    "holiday": _Normaliser.holiday,
}
