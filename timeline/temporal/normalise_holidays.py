"""Normalising the named times of a year: seasons ("summer 1941", "last winter") and
holidays ("Christmas 2019", "Thanksgiving", "Easter Monday", "the Lunar New Year"), fixed,
floating, counted from Easter or on another calendar; those written without their year as
partial values (``Season``, ``YearlessDate``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.calendar import easter_sunday, month_end, year_value
from timeline.temporal.coming_year import in_the_new_year
from timeline.temporal.detect_context import Candidate
from timeline.temporal.emit import Normalising
from timeline.temporal.lunar_year import lunar_new_year, other_calendar
from timeline.temporal.near_day import near_holiday, true_day
from timeline.temporal.partial import Season, YearlessDate
from timeline.temporal.resolve import resolve, year_of
from timeline.temporal.vocabulary import (
    COUNTRY_HOLIDAYS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    HISTORIC_DAYS,
    SEASONS,
    VOCABULARY,
    single_spaced,
)

#: Thanksgiving followed by "long weekend" is Canada's, as "Thanksgiving Monday" is (the
#: vocabulary's day of it, the second Monday of October): the US Thanksgiving is a Thursday.
_LONG_WEEKEND_AFTER_RE = re.compile(r"(?i)\s+long\s+weekend\b")


def holiday_name(name: str, text: str, end: int) -> str:
    """The vocabulary's name of the holiday `name` written in `text` up to `end`: "Thanksgiving
    long weekend" is the Canadian Thanksgiving's, which "Thanksgiving Monday" names.

    >>> text = "Both lanes reopen for the Thanksgiving long weekend."
    >>> holiday_name("thanksgiving", text, text.index(" long"))
    'thanksgiving monday'
    >>> holiday_name("thanksgiving", "Malls opened on Thanksgiving.", 28)
    'thanksgiving'
    """
    if name in ("thanksgiving", "thanksgiving day") and _LONG_WEEKEND_AFTER_RE.match(text, end):
        return "thanksgiving monday"
    return name


class HolidayKinds(Normalising):
    """The normalisers of seasons and holidays."""

    __slots__ = ()

    def season(self, cand: Candidate) -> None:
        """ "summer 1941", "the winter of 480 BC"; "last winter", "in the spring" -> ``Season``."""
        match = cand.match
        season = SEASONS[(match["season"] or match["season2"]).lower()]
        if match["year"] or match["year2"] or match["syear"]:
            year = (
                int(match["year"] or match["year2"]) if not match["syear"] else -int(match["syear"])
            )
            self.emit(cand.start, cand.end, "DATE", f"{year_value(year)}-{season}")
            return
        relation = (match["srel"] or "").lower()
        partial = Season(
            season,
            VOCABULARY.shift(relation) if relation else None,
            "anaphoric" if VOCABULARY.counts_from_running(relation) else "deictic",
        )
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def holiday(self, cand: Candidate) -> None:
        match = cand.match
        name = holiday_name(
            single_spaced(match["hol"].lower().replace("’", "'")), self.text, cand.end
        )
        if name in HISTORIC_DAYS:
            self.emit(cand.start, cand.end, "DATE", HISTORIC_DAYS[name])
            return
        year = int(match["year"]) if match["year"] else None
        calendar = other_calendar(self.text, cand.start) if name == "new year" else None
        if calendar == "other" or name in COUNTRY_HOLIDAYS:
            # "the Persian New Year": not 1 January; "Independence Day": whose? No day known
            # here (`holiday_days` gives it the day written beside it)
            self.emit(cand.start, cand.end, "DATE", "XXXX-XX-XX", remember=False)
            return

        def on(year: int) -> date | None:
            if (kept := true_day(name, year)) is not None:
                return kept
            if calendar == "lunar":  # "Lunar New Year": late January to mid February
                return lunar_new_year(year)
            if name in FIXED_HOLIDAYS:
                month, day = (int(p) for p in FIXED_HOLIDAYS[name].split("-"))
                return date(year, month, day)
            if name in EASTER_HOLIDAYS:
                return easter_sunday(year) + timedelta(days=EASTER_HOLIDAYS[name])
            # [month, ISO weekday, nth (-1: last), the day counting starts on (default 1)]
            month, weekday, nth, *starts_on = FLOATING_HOLIDAYS[name]
            first = date(year, month, starts_on[0] if starts_on else 1)
            if nth > 0:
                offset = (weekday - first.isoweekday()) % 7
                return first + timedelta(days=offset + 7 * (nth - 1))
            last = month_end(year, month)
            return last - timedelta(days=(last.isoweekday() - weekday) % 7)

        near = (
            near_holiday(self.text, (cand.start, cand.end), self.running, on)
            if year is None
            else None
        )
        if (
            name == "new year"
            and year is None
            and calendar is None
            and in_the_new_year(self.text, cand.start, cand.end)
        ):
            # "in the new year": the year that 1 January begins
            begun = near.date_start.year if near is not None else None
            begun = begun or year_of(YearlessDate(1, 1), self.running, (cand.start, cand.end))
            if begun is not None and begun >= 1:
                self.emit(cand.start, cand.end, "DATE", year_value(begun))
                return
        if year is None and near:
            self.emit(near.start, near.end, "DATE", near.value, interval=near.interval)
            if near.interval is not None:
                self.running.remember(near.value)  # a long weekend, as a stretch of days
            return
        if year is None:
            probe = on(2000)
            if probe is None:
                return
            year = year_of(
                YearlessDate(probe.month, probe.day), self.running, (cand.start, cand.end)
            )
        if year is None or year < 1:
            self.emit(cand.start, cand.end, "DATE", "XXXX-XX-XX", remember=False)
            return
        day = on(year)
        if day is not None:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())
