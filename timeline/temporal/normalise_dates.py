"""Normalising the calendar's days, months and years: dates written with a month name or in
figures ("Monday, October 23rd, 2023", "12/03/2019", "July 9-11"), months ("May 1941", "the
previous April"), a week or weekday of a month, ordinal days ("the 15th of May", "the 4th
ult."), years, decades and centuries; those written in part ("December 5", "the sixties") as
partial values (``partial``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.calendar import (
    month_end,
    nth_weekday,
    parse_calendar,
    year_of_weekday,
    year_value,
)
from timeline.temporal.date_order import month_and_day
from timeline.temporal.detect_context import Candidate
from timeline.temporal.emit import Normalising
from timeline.temporal.near_day import NearDay, names_a_fixed_holiday, near_holiday
from timeline.temporal.partial import (
    Decade,
    MonthlessDay,
    MonthOfYear,
    RelativeMonth,
    RelativeUnit,
    TwoDigitYear,
    YearlessDate,
)
from timeline.temporal.patterns import MON, RANGE_END_RE
from timeline.temporal.resolve import resolve, year_of
from timeline.temporal.vocabulary import (
    DAY_ORDINALS,
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    VOCABULARY,
    WEEKDAYS,
    single_spaced,
)
from timeline.wordlists import longest_alternation

_BORROW_RE = re.compile(
    r"\s*(?:[-–]|to|and|until|till|through|or)\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    + MON.replace("?P<mon>", "?P<bmon>")
    + r"?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<byear>[12]\d{3})(?!\d)(?:\s*(?P<bera>BCE|BC|B\.C\.))?"  # noqa: E501 - one regex reads better whole
)
_BORROW_MONTH_RE = re.compile(
    r"\s*(?:[-–]|to|and|until|till|through|or)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MON.replace("?P<mon>", "?P<bmon>")
)

#: A weekday that ends a list of weekdays ("Wednesday and Thursday, July 25 and 26", "Monday
#: to Friday, May 4 to 8"): the days after it are the list's, not the last weekday's alone. A
#: verb's "to" is no list ("moved the sale to Friday, November 1": the year in which November 1
#: is a Friday; stop 44).
_LIST_BEFORE_RE = re.compile(
    r"(?i)\b(?:" + longest_alternation(list(WEEKDAYS)) + r")s?,?\s+(?:and|or|to|through)\s+$"
)
#: How far before a weekday `_LIST_BEFORE_RE` looks: the longest weekday, a comma, a connector.
_LIST_REACH = 24


class DateKinds(Normalising):
    """The normalisers of days, months, years, decades and centuries; ``day_value``,
    ``month_only`` and ``borrow`` are shared with the quarters' (``normalise_quarters``)."""

    __slots__ = ()

    def calendar(self, cand: Candidate) -> None:
        """Dates written with a month name or digits: dateparser reads the date string.

        For "Monday, October 23rd, 2023" dateparser reads "October 23" (the weekday and the
        year are checked separately, so that a weekday that disagrees cannot move the date and
        the parse of "October 23" is shared by every document that mentions it).
        """
        match = cand.match
        kind = cand.kind
        start, end = cand.start, cand.end
        if kind in ("month", "my"):
            month = MONTHS[match["mon"].lower().rstrip(".")]
            year_text = (match["year"] or match["eyear"]) if kind == "my" else None
            era = (match["era"] or match["era2"] or "") if kind == "my" else ""
            sign = -1 if era.upper().startswith("B") else 1
            self.month_only(start, end, month, int(year_text) * sign if year_text else None)
            return
        if kind in ("numeric", "iso"):
            date_end = match.start("hh") - 1 if kind == "iso" and match["hh"] else end
            parsed = (
                (int(match["y"]), int(match["m"]), int(match["d"]))
                if kind == "iso"
                else parse_calendar(self.text[start:date_end])
            )
            if parsed is None:
                return
            if kind == "iso" and match["hh"]:
                clock = f"T{match['hh']}:{match['mm']}"
                value = f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}{clock}"
                self.emit(start, end, "TIME", value)
                return
            number_year, number_month, number_day = parsed
            if kind == "numeric" and number_day <= 12 and self.day_first(self.text[start:end]):
                # "12/03/2019" in a text that writes "13/03/2019"
                number_month, number_day = number_day, number_month
            self.day_value(start, end, number_year, number_month, number_day)
            return
        if kind == "dmy_short":  # "12-Feb-78", "28 Dec '16"
            month = MONTHS[(match["mon"] or match["mon2"]).lower().rstrip(".")]
            short = resolve(TwoDigitYear(int(match["yy"])), self.running)
            if short is not None:
                self.day_value(start, end, int(short.value), month, int(match["day"]))
            return
        month_name, day_text = match["mon"], match["day"]
        if kind in ("mdy", "dmy") and not day_text:  # "the twenty-sixth of March"
            words = match["wday"] or match.groupdict().get("bday") or ""
            day_text = str(DAY_ORDINALS[single_spaced(words.lower())])
        date_text = f"{month_name} {day_text}" if kind == "mdy" else f"{day_text} {month_name}"
        parsed = parse_calendar(date_text)
        if parsed is None:
            return
        _, month, day = parsed
        if not match["year"] and (near := self.named_day_near(start, end, month, day)):
            self.emit(near.start, near.end, "DATE", near.value)
            return
        year: int | None
        if match["year"]:
            era = match.groupdict().get("era") or ""
            year = int(match["year"]) * (-1 if era.upper().startswith("B") else 1)
        else:
            borrowed = self.borrow(end)
            year = (
                borrowed
                if borrowed is not None
                else year_of(YearlessDate(month, day), self.running, (start, end))
            )
            reference = self.running.reference
            written_weekday = match.groupdict().get("wd")
            listed = (
                _LIST_BEFORE_RE.search(self.text, max(0, start - _LIST_REACH), start) is not None
            )
            if (
                borrowed is None
                and year is not None
                and reference is not None
                and written_weekday
                and not listed  # "Wednesday and Thursday, July 25 and 26": days of a list
            ):
                # "tomorrow, Wednesday 20 December": the year in which it is a Wednesday
                weekday = WEEKDAYS[written_weekday.lower()]
                year = year_of_weekday(month, day, weekday, year, reference)
        self.day_value(start, end, year, month, day)
        range_end = RANGE_END_RE.match(self.text, end) if kind == "mdy" else None
        if range_end is not None and int(range_end["day2"]) > day:
            # "July 9-11": the last day of the range is a date of its own
            last = range_end.end("year2") if range_end["year2"] else range_end.end("day2")
            self.day_value(range_end.start("day2"), last, year, month, int(range_end["day2"]))

    def numeric_day_month(self, cand: Candidate) -> None:
        """ "on 14/10": a yearless all-number day, read in the order its numbers allow, else
        in the order the text writes its dates; none when the text shows no order."""
        read = month_and_day(int(cand.match["d1"]), int(cand.match["d2"]), self.date_order())
        if read is None:
            return
        month, day = read
        year = year_of(YearlessDate(month, day), self.running, (cand.start, cand.end))
        self.day_value(cand.start, cand.end, year, month, day)

    def borrow(self, end: int) -> int | None:
        """Year written after a range partner: "12-14 July 1950", "August-September 1950"."""
        match = _BORROW_RE.match(self.text, end, min(len(self.text), end + 40))
        if match is None:
            return None
        year = int(match["byear"])
        return -year if match["bera"] else year

    def day_value(self, start: int, end: int, year: int | None, month: int, day: int) -> None:
        if year is None:
            self.emit(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}", remember=False)
            return
        try:
            if year > 0:
                date(year, month, day)
        except ValueError:
            return
        self.emit(start, end, "DATE", f"{year_value(year)}-{month:02d}-{day:02d}")

    def month_only(self, start: int, end: int, month: int, year: int | None) -> None:
        """ "May 1941", "August-September 1950"; "in May" -> ``YearlessDate``."""
        if year is None:
            year = self.borrow(end)
        if year is None:
            resolved = resolve(YearlessDate(month), self.running, (start, end))
            self.emit_resolved(start, end, resolved)
            return
        self.emit(start, end, "DATE", f"{year_value(year)}-{month:02d}")

    def month_rel(self, cand: Candidate) -> None:
        """ "August of that year", "July 25 of that year" -> ``MonthOfYear``; "the previous
        April" -> ``RelativeMonth``."""
        match = cand.match
        partial: MonthOfYear | RelativeMonth
        if match["ofrel"]:
            relation = single_spaced(match["ofrel"].lower())
            # "next year" counts from the reference date, "the next year" from the last one
            deictic = not relation.startswith("the ") and not VOCABULARY.counts_from_running(
                relation
            )
            partial = MonthOfYear(
                MONTHS[match["mon"].lower().rstrip(".")],
                int(match["day"]) if match["day"] else None,
                VOCABULARY.shift(relation.removeprefix("the ")),
                "deictic" if deictic else "anaphoric",
            )
        else:
            relation = match["mrel"].lower()
            partial = RelativeMonth(
                MONTHS[match["mon2"].lower().rstrip(".")],
                VOCABULARY.shift(relation),
                "anaphoric" if VOCABULARY.counts_from_running(relation) else "deictic",
            )
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))

    def week_of_month(self, cand: Candidate) -> None:
        """ "the first week of November": the ISO week holding its first (or last) days; "the
        last weekend of January": the ISO week holding its last Saturday."""
        match = cand.match
        month = MONTHS[match["mon"].lower().rstrip(".")]
        year = (
            int(match["year"])
            if match["year"]
            else year_of(YearlessDate(month), self.running, (cand.start, cand.end))
        )
        if year is None or year < 1:
            self.emit(cand.start, cand.end, "DATE", f"XXXX-{month:02d}", remember=False)
            return
        nth = match["nth"].lower()
        if match["wday"]:  # "the first Tuesday in November", "the last Saturday of July"
            weekday = WEEKDAYS[match["wday"].lower()] - 1  # ISO, from 1
            self.day_value(
                cand.start, cand.end, year, month, nth_weekday(year, month, nth, weekday)
            )
            return
        if match["wend"]:  # "the last weekend of January": the week of its Saturday
            day = date(year, month, nth_weekday(year, month, nth, 5))
        elif nth in ("last", "final"):
            day = month_end(year, month) - timedelta(days=3)
        else:
            day = date(year, month, 7 * (["first", "second", "third", "fourth"].index(nth)) + 4)
        iso = day.isocalendar()
        self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}")

    def ordinal_day(self, cand: Candidate) -> None:
        """ "the 15th of May" -> ``YearlessDate``; "the 15th" -> ``MonthlessDay``; "the 3rd
        of next month", "the 4th ult." -> that day of the month next to (before) the
        reference's."""
        day = int(cand.match["day"])
        letter = cand.match.groupdict().get("letter")
        if cand.match.groupdict().get("odrel") or letter:
            # "the 4th ult.": a day of last month, as letters and old newspapers write it
            shift = (
                VOCABULARY.letter_months[letter.lower()]
                if letter
                else VOCABULARY.shift(cand.match["odrel"].lower())
            )
            month_of = resolve(RelativeUnit("M", shift), self.running)
            if month_of is not None and re.fullmatch(r"-?\d{4}-\d\d", month_of.value):
                year_text, month_text = month_of.value.rsplit("-", 1)
                self.day_value(cand.start, cand.end, int(year_text), int(month_text), day)
            else:
                self.emit(cand.start, cand.end, "DATE", f"XXXX-XX-{day:02d}", remember=False)
            return
        month_match = _BORROW_MONTH_RE.match(
            self.text, cand.end, min(len(self.text), cand.end + 40)
        )
        year = self.borrow(cand.end)
        span = (cand.start, cand.end)
        if month_match is None:
            partial: YearlessDate | MonthlessDay = MonthlessDay(day, year)
        else:
            month = MONTHS[month_match["bmon"].lower().rstrip(".")]
            if year is not None:
                self.day_value(cand.start, cand.end, year, month, day)
                return
            partial = YearlessDate(month, day)
            # "for 11-13 April": the tense of the whole range, not of its first figure
            span = (cand.start, month_match.end())
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def year(self, cand: Candidate) -> None:
        match = cand.match
        if cand.kind == "era_year":
            number = int(match["n"] or match["n2"] or match["n3"])
            era = (match["era"] or ("BC" if match["n3"] else "AD")).upper()
            year = -number if era.startswith("B") else number
            if year == 0:
                return
            self.emit(cand.start, cand.end, "DATE", year_value(year))
            return
        if cand.kind == "apos_year":
            partial = TwoDigitYear(int(match["yy"] or match["yy2"]))
            self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))
            return
        self.emit(cand.start, cand.end, "DATE", match["year"])

    def decade(self, cand: Candidate) -> None:
        """ "the 1990s"; "the nineties", "the '90s", the "80s" of "the 70s and 80s"
        -> ``Decade``."""
        match = cand.match
        if match["dec"]:
            self.emit(cand.start, cand.end, "DATE", match["dec"][:3])
            return
        if match["decw"]:
            tens = DECADE_WORDS[match["decw"].lower()]
        else:
            tens = int(match["dec2"] or match["dec3"] or match["dec4"] or 0) // 10
        self.emit_resolved(cand.start, cand.end, resolve(Decade(tens), self.running))

    def century(self, cand: Candidate) -> None:
        match = cand.match
        number = int(match["cn"]) if match["cn"] else ORDINALS.get(match["cw"].lower(), 0)
        if number < 1:
            return
        bc = bool(match["cera"]) and match["cera"].upper().startswith("B")
        value = f"BC{number - 1:02d}" if bc else f"{number - 1:02d}"
        self.emit(cand.start, cand.end, "DATE", value, remember=not bc)

    def named_day_near(self, start: int, end: int, month: int, day: int) -> NearDay | None:
        """A day written as a holiday's name ("the Fourth of July") read as the holiday."""
        if not names_a_fixed_holiday(self.text[start:end]):
            return None
        return near_holiday(self.text, (start, end), self.running, lambda y: date(y, month, day))
