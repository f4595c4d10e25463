"""Normalising the numbered parts of a year: quarters and halves ("Q3 2023", "the third
quarter of last year", "1H23", "the July-September quarter") and fiscal years ("fiscal 2022",
"FY23", "last fiscal year"), on the company's year when the text states it
(``fiscal_calendar``, ``fiscal_parts``); those written in part as partial values
(``YearlessQuarter``, ``RelativeQuarter``, ``FiscalYear``)."""

from __future__ import annotations

import re

from timeline.temporal.detect_context import Candidate
from timeline.temporal.fiscal_calendar import (
    SPLIT_YEAR_ENDING,
    begins_after,
    ended_before,
    fiscal_days,
    fiscal_part_days,
    fiscal_year_holding,
    split_year_after,
    split_year_before,
    split_year_named,
    year_before,
)
from timeline.temporal.fiscal_parts import part_of_current_fiscal_year
from timeline.temporal.normalise_dates import DateKinds
from timeline.temporal.partial import FiscalYear, RelativeQuarter, YearlessQuarter
from timeline.temporal.resolve import resolve
from timeline.temporal.vocabulary import MONTHS, VOCABULARY

_QUARTER_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip


class QuarterKinds(DateKinds):
    """The normalisers of quarters, halves and fiscal years (months that make no quarter are
    each a month: ``DateKinds.month_only``)."""

    __slots__ = ()

    def quarter(self, cand: Candidate) -> None:
        """ "Q3 2023", "the third quarter of last year" (``YearlessQuarter``), "last quarter"
        (``RelativeQuarter``), "H1"; "the final quarter of 2009" is 2009's fourth."""
        match = cand.match
        which = (match["q"] or match["qn"] or "").lower()
        if match["nq"]:  # "3Q23", "1H23": the number first
            which = match["nq"][::-1].lower()
        half = (match["qh"] or "").lower() == "half" or which.startswith("h")
        year_text = match["year"] or match["year2"] or match["year3"]
        short = match["yy"] or match["yy2"]
        if short:  # "Q3'22": a year of this century, or of the last from '50
            year_text = str((1900 if int(short) >= 50 else 2000) + int(short))
        partial: RelativeQuarter | YearlessQuarter
        if which[:1] in ("q", "h") and which[1:].isdigit():
            number = int(which[1])
        elif which in _QUARTER_ORDINALS:
            number = _QUARTER_ORDINALS[which]
        elif which in ("final", "last") and (year_text or match["qy"]):
            number = 2 if half else 4  # "the final quarter of 2009": the year's last
        else:
            deictic = which in ("last", "previous", "current", "next", "latest")
            partial = RelativeQuarter(
                VOCABULARY.shift(which), half, "deictic" if deictic else "anaphoric"
            )
            self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))
            return
        if number > (2 if half else 4):
            return
        if self._split_year_part(cand, number, half):
            return
        if year_text:
            value = f"{int(year_text):04d}-{'H' if half else 'Q'}{number}"
            fiscal = re.search(r"(?i)\b(?:fiscal|financial)\b", match.group(0))
            calendar = self.fiscal_calendar() if fiscal else None
            if calendar is not None:  # "the first quarter of fiscal 2026": the company's
                days = fiscal_part_days(int(year_text), number, half, calendar)
                self.emit(cand.start, cand.end, "DATE", f"FY{value}", interval=days)
                return
            self.emit(cand.start, cand.end, "DATE", value)
            return
        if (
            company := part_of_current_fiscal_year(
                match.group(0), number, half, self.fiscal_calendar(), self.running.reference
            )
        ) is not None:  # "the second half of the fiscal year, which ends on March 31"
            self.emit(cand.start, cand.end, "DATE", company[0], interval=company[1])
            return
        qy = (match["qy"] or "").lower()
        year_shift = -1 if qy in ("last", "the previous") else 1 if qy == "next" else 0
        partial = YearlessQuarter(number, half, year_shift if qy else None)
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def _split_year_part(self, cand: Candidate, number: int, half: bool) -> bool:
        """ "the first quarter of 2004-05", "Q3 2011/12": the part of the company's year the
        split year names (`fiscal_calendar.split_year_after`: on the calendar the text states,
        else April to March), not of the calendar year its first year names; False without a
        split year."""
        first = cand.match["year"] or cand.match["year2"]
        if not first or cand.match.end() != cand.end:
            return False
        end = split_year_after(self.text, int(first), cand.end)
        if end is None:
            return False
        named, calendar = split_year_named(int(first), self.fiscal_calendar())
        days = fiscal_part_days(named, number, half, calendar)
        value = f"FY{named:04d}-{'H' if half else 'Q'}{number}"
        self.emit(cand.start, end, "DATE", value, interval=days)
        return True

    def month_quarter(self, cand: Candidate) -> None:
        """ "the July-September quarter": the calendar quarter those months make, as "the third
        quarter" (``YearlessQuarter``); months that make no calendar quarter are each a month."""
        match = cand.match
        first = MONTHS[match["mon"].lower().rstrip(".")]
        last = MONTHS[match["mon2"].lower().rstrip(".")]
        if first % 3 != 1 or last != first + 2:
            self.month_only(cand.start, match.end("mon"), first, None)
            self.month_only(match.start("mon2"), match.end("mon2"), last, None)
            return
        partial = YearlessQuarter((first - 1) // 3 + 1, False, None)
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def fiscal(self, cand: Candidate) -> None:
        """ "fiscal 2022", "FY23"; "last fiscal year" -> ``FiscalYear``."""
        match = cand.match
        if match["year"]:
            year = int(match["year"])
        elif match["fy"]:
            year = int(match["fy"]) if len(match["fy"]) == 4 else 2000 + int(match["fy"])
        elif (
            not match["fmod"]
            and not match[0].lower().startswith("the")
            and (named := year_before(self.text, cand.start))
        ):
            # "the 2022-23 fiscal year": fiscal 2023, "the 2017 financial year": fiscal 2017,
            # not the news day's; a split year runs April to March when the text states no
            # months (`SPLIT_YEAR_CALENDAR`'s months, the year still named by its end)
            year = named
            if self.fiscal_calendar() is None and split_year_before(self.text, cand.start):
                interval = fiscal_days(year, SPLIT_YEAR_ENDING)
                self.emit(cand.start, cand.end, "DATE", f"FY{year:04d}", interval=interval)
                return
        else:
            shift = VOCABULARY.shift((match["fmod"] or "").lower())
            calendar = self.fiscal_calendar()
            base = self.running.deictic_day()
            if calendar is None or base is None:
                partial = FiscalYear(shift)
                self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))
                return
            # "this fiscal year" on the company's year ("its fiscal year ends in May"): the
            # one that holds the news day; "the fiscal year that begins July 1": the next;
            # "the financial year ended March 31": the last to end ("the next financial year,
            # which starts on July 1" is the next, not the one after)
            year = fiscal_year_holding(base, calendar) + shift
            if not shift:
                year += begins_after(self.text, cand.end, base, calendar)
                year -= ended_before(self.text, cand.end, base, calendar, year)
        # on the company's year when the text says where it ends ("which ends in March")
        interval = fiscal_days(year, self.fiscal_calendar())
        self.emit(cand.start, cand.end, "DATE", f"FY{year:04d}", interval=interval)
