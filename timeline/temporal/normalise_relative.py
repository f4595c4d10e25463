"""Normalising relative expressions: weekdays, "yesterday", "last week", "two years ago" and
clock times as partial values (``partial``, resolved by ``resolve``); durations and sets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.temporal.calendar import (
    duration_value,
)
from timeline.temporal.detect_context import Candidate
from timeline.temporal.next_weekday import weeks_after_next
from timeline.temporal.normalise_absolute import AbsoluteKinds
from timeline.temporal.partial import (
    AdjacentUnit,
    Anchor,
    ClockTime,
    Counted,
    DayShift,
    Direction,
    PartOfUnit,
    RelativeUnit,
    Resolved,
    UnitInQuestion,
    Weekday,
)
from timeline.temporal.patterns import DAY_FIGURES_RE, WD
from timeline.temporal.resolve import resolve
from timeline.temporal.resolve_periods import day_of_a_day_part
from timeline.temporal.tense import tense_around
from timeline.temporal.vocabulary import (
    DAY_PARTS,
    MOD_BY_APPROX,
    ORDINALS,
    POSITION_MOD,
    SEASONS,
    SET_WORDS,
    TIME_ZONES,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    VOCABULARY,
    WEEKDAYS,
    number_value,
    single_spaced,
    unit_code,
)

# an amount right before "a year", "a day": a rate ("$600m a year", "60 hours a week", "three
# meals a day", "1.5 million barrels a day"), which TIMEX3 writes as a SET
_RATE_BEFORE_RE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|[kmb]n?\b|bn\b)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|thousand|dozen|million|billion))"
    r"(?:\s+(?:thousand|million|billion|trillion))?(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)

#: "the third straight day", "the fifth consecutive day": a run counted, no day of its own
_RUN_WORD_RE = re.compile(r"(?i)\b(?:straight|consecutive|full)\b")
_FOR_BEFORE_RE = re.compile(r"(?i)\bfor\s+$")
_IN_A_ROW_RE = re.compile(r"(?i)\s+(?:in\s+a\s+row|running)\b")


#: "overnight on Monday", "overnight Tuesday": the weekday after it says which night, so the
#: word is no day of its own (read from the news day, it would be the night before it).
_WEEKDAY_AFTER_RE = re.compile(r"\s+(?:on\s+)?" + WD.replace("?P<wd>", "?:"))


#: the weeks a "week" or "fortnight" counts on from a day ("Thursday week", "tomorrow fortnight")
_WEEKS = {"week": 1, "fortnight": 2}


class RelativeKinds(AbsoluteKinds):
    """The normalisers of relative expressions, durations, sets and clock times."""

    __slots__ = ()

    def weekday(self, cand: Candidate) -> None:
        """ "Friday", "last Friday", "that Friday night" -> ``Weekday``."""
        match = cand.match
        relation = (match["wmod"] or "").lower()
        part = (match.groupdict().get("part") or "").lower()
        shift = VOCABULARY.shift(relation)
        weeks = _WEEKS.get((match["wk"] or match["wkon"] or "").lower(), 0)
        direction: Direction | None = "before" if shift < 0 else "after" if shift > 0 else None
        if weeks:
            direction = "forward"  # "Thursday week": a week after this week's Thursday
        reference = self.running.reference
        # "next Thursday" written on a Wednesday: the Thursday of the week after
        after_next = weeks_after_next(
            relation, WEEKDAYS[match["wd"].lower()], reference, self.running.narrative
        )
        if relation == "this" and reference is not None and not self.running.narrative:
            # "this Friday": the Friday of the week of writing, whatever the verb before it
            # ("has asked parents to attend this Friday"); a day of it gone by is the next
            # week's only in a clause that looks ahead
            gone = WEEKDAYS[match["wd"].lower()] < reference.isoweekday()
            ahead = tense_around(self.text, cand.start, cand.end) == "future"
            direction = "forward" if not gone or ahead else "back"
        partial = Weekday(
            WEEKDAYS[match["wd"].lower()],
            direction=direction,
            # "that Friday", "the previous Thursday", "the following Monday": counted from the
            # day told before, as "the following day" is
            anchor="anaphoric" if VOCABULARY.counts_from_running(relation) else "deictic",
            part=DAY_PARTS[part] if part else None,
        )
        span = (cand.start, cand.end)
        resolved = resolve(partial, self.running, span)
        weeks += after_next
        if weeks and resolved is not None and DAY_FIGURES_RE.match(resolved.value):
            day = date.fromisoformat(resolved.value[:10]) + timedelta(days=7 * weeks)
            resolved = replace(resolved, value=day.isoformat() + resolved.value[10:])
        self.emit_resolved(cand.start, cand.end, resolved)

    def relday(self, cand: Candidate) -> None:
        """ "yesterday", "the day before yesterday", "tonight", "this morning" -> ``DayShift``."""
        match = cand.match
        if match["rdwk"]:  # "tomorrow week", "this day week", "yesterday week"
            weeks = _WEEKS[match["rdwk"].lower()]
            word = (match["rdw"] or "today").lower()
            offset = {"yesterday": -1 - 7 * weeks, "tomorrow": 1 + 7 * weeks}.get(word, 7 * weeks)
            self.emit_resolved(cand.start, cand.end, resolve(DayShift(offset), self.running))
            return
        word = (match["rd"] or match["rm"] or "").lower()
        part = (match["part"] or match["part2"] or "").lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)  # "last night"
        if match["dba"]:
            offset = -2 if match["dba"].lower().startswith("before") else 2
        if word == "overnight" and not part and _WEEKDAY_AFTER_RE.match(self.text, cand.end):
            return  # "overnight on Monday": Monday's night, which the weekday dates
        if word in ("tonight", "overnight"):
            part = "night"
        if word == "overnight" and tense_around(self.text, cand.start, cand.end) == "past":
            offset = -1  # "came in overnight": the night that ended on the day of writing
        partial = DayShift(offset, DAY_PARTS[part] if part else None, today=word == "today")
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))

    def relunit(self, cand: Candidate) -> None:
        """ "last year", "the following month", "next summer" -> ``RelativeUnit``;
        "the past year" is a duration."""
        match = cand.match
        relation = match["rel"].lower()
        unit_word = match["unit"].lower()
        has_the = bool(match["det"])
        if relation == "past" or (
            relation == "last" and has_the and unit_word in ("decade", "century")
        ):
            if unit_word in SEASONS or unit_word in DAY_PARTS or unit_word == "weekend":
                relation = "last"
            else:
                value = duration_value(1, unit_code(unit_word))
                self.emit(cand.start, cand.end, "DURATION", value)
                return
        anaphoric = VOCABULARY.counts_from_running(relation) or (has_the and relation == "next")
        if unit_word in SEASONS:
            unit = SEASONS[unit_word]
        elif unit_word in DAY_PARTS:
            unit = DAY_PARTS[unit_word]
        elif unit_word == "season":
            unit = "Y"  # a season of play or of a show: "last season" is last year's
        else:
            unit = "WE" if unit_word == "weekend" else unit_code(unit_word)
        partial = RelativeUnit(
            unit,
            VOCABULARY.shift(relation),
            "anaphoric" if anaphoric else "deictic",
            that=relation == "that",
        )
        self.emit_resolved(
            cand.start, cand.end, resolve(partial, self.running, (cand.start, cand.end))
        )

    def before_last(self, cand: Candidate) -> None:
        """ "the week before last", "the weekend before last", "the month before last"
        -> ``RelativeUnit`` two back from the day of writing."""
        unit_word = cand.match["unit"].lower()
        unit = "WE" if unit_word == "weekend" else unit_code(unit_word)
        partial = RelativeUnit(unit, -2, "deictic")
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def the_day_after(self, cand: Candidate) -> None:
        """ "the day after", "the year before", "the year previous", "the day following"
        -> ``AdjacentUnit``."""
        match = cand.match
        word = match["ba"].lower()
        shift = 1 if word in ("after", "later") or VOCABULARY.shift(word) > 0 else -1
        partial = AdjacentUnit(unit_code(match["unit"]), shift)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))

    def unit_end(self, cand: Candidate) -> None:
        match = cand.match
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        mod: str | None
        if match["unit"]:
            mod = "END"
        elif match["unit2"]:
            mod = "START"
        else:
            position = single_spaced(match["pos"].lower())
            mod = POSITION_MOD.get(position)
            if position in ("first half", "second half", "latter half"):
                mod = "H1" if position == "first half" else "H2"
            elif mod is None:
                return  # "the rest of the year" is not one period
        det = (match["det"] or "the").lower()
        anchor: Anchor = (
            "anaphoric" if det == "that" else "contextual" if det == "the" else "deictic"
        )
        partial = PartOfUnit(
            unit_code(unit),
            mod,
            VOCABULARY.shift(det),
            anchor,
            turn=unit == "century" and bool(match["unit2"]),
        )
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))

    def ago(self, cand: Candidate, direction: str | None = None) -> None:
        """ "two years ago", "three days later" -> ``Counted``; with ``direction``, "two days
        after <event>"; "three years since" is a duration."""
        match = cand.match
        code = unit_code(match["unit"])
        amount = (
            number_value(match["num"])
            if match["num"]
            else (1.0 if not match["unit"].lower().endswith("s") else None)
        )
        direction = direction or single_spaced(match["dir"].lower())
        if direction == "since":
            end = cand.start + len(match.group(0)) - len(match["dir"]) - 1
            self.emit(cand.start, end, "DURATION", duration_value(amount, code))
            return
        approx = single_spaced((match["amod"] or "").lower())
        partial = Counted(
            code,
            amount,
            -1 if direction in ("ago", "earlier", "before", "previously") else 1,
            "deictic" if direction in ("ago", "hence", "from now") else "anaphoric",
            MOD_BY_APPROX.get(approx) if approx else None,
        )
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def duration(self, cand: Candidate) -> None:
        match = cand.match
        unit = match["unit"]
        code = unit_code(unit)
        plural = unit.lower().endswith(("s", "ies", "ia"))
        if match["num"] is not None:
            amount = number_value(match["num"])
            if plural and match["num"].lower() in ("a", "an"):
                amount = None  # "a years' time", "a months-long siege"
        else:
            amount = 1.0 if not plural else None
        approx = single_spaced((match.groupdict().get("amod") or "").lower())
        mod = MOD_BY_APPROX.get(approx) if approx else None
        dmod = (match["dmod"] or "").lower() if match["num"] is None else ""
        if dmod in (
            "last",
            "previous",
            "next",
            "following",
            "coming",
        ) and not unit.lower().endswith("s"):
            return  # "the last year" is a date, handled by relunit
        ordinal = dmod in ORDINALS and dmod != "first"
        if (dmod == "first" or ordinal or dmod == "final") and not approx and not match["dir"]:
            if ordinal and self._a_run(cand.start, cand.end):
                return  # "fell for the second day", "the third day in a row": a run counted
            day = unit.lower() == "day" and not _RUN_WORD_RE.search(match.group(0))
            if day and self.running.narrative:
                # a history's "the first day (of the war)", "the final day", "on the third
                # day": a day of the story, counted from the running reference as "that day"
                # is; set off after a day ("On 21 July, the fifth day of the revolt"), that
                # day. News leaves it be: its running reference is seldom the day it counts
                # from ("on the fourth day of the Test" in a report of that day), and a day
                # set off after a day would make the sentence's row twice
                apposed = self._apposed_day(cand.start)
                if apposed is not None:
                    self.emit(cand.start, cand.end, "DATE", apposed)
                    return
                partial = RelativeUnit("D", 0, "anaphoric", that=True)
                resolved = resolve(partial, self.running)
                if resolved is not None and ordinal:
                    resolved = _days_on(resolved, ORDINALS[dmod] - 1)
                self.emit_resolved(cand.start, cand.end, resolved)
                return
            if ordinal:
                return  # "the second year": which year of what, untold
        start = cand.start
        if (
            not (plural or approx or dmod or match["dir"] or match["long"] or match["age"])
            and (match["num"] or "").lower() in ("a", "an")
            and _RATE_BEFORE_RE.search(self.text, max(0, start - 40), start)
        ):
            self.emit(start, cand.end, "SET", duration_value(1, code))  # "$5 a day"
            return
        if match["long"] and match["num"] and match["num"].lower() in ("a", "an"):
            start = match.start("unit")  # "a month-long siege": the article is the noun's
        elif approx in ("just", "only"):
            start = match.start("num") if match["num"] else start  # "just one year": no mod
        self.emit(start, cand.end, "DURATION", duration_value(amount, code), mod)

    def _apposed_day(self, start: int) -> str | None:
        """The day of the expression emitted last when the one at `start` stands right after
        it, set off by a comma or a dash ("On 21 July, the fifth day of the revolt")."""
        if not self.out:
            return None
        last = self.out[-1]
        if self.text[last.end : start].strip() not in (",", "-", "–", "—"):
            return None
        return last.value if DAY_FIGURES_RE.fullmatch(last.value) else None

    def _a_run(self, start: int, end: int) -> bool:
        """Whether an ordinal unit counts a run ("for the second day", "the third day in a
        row", "the fourth day running") rather than naming one."""
        return bool(
            _FOR_BEFORE_RE.search(self.text, max(0, start - 8), start)
            or _IN_A_ROW_RE.match(self.text, end)
        )

    def bare_units(self, cand: Candidate) -> None:
        code = unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", duration_value(None, code))

    def time(self, cand: Candidate) -> None:
        match = cand.match
        if match["noon"]:
            hour, minute = (12, 0) if match["noon"].lower() in ("noon", "midday") else (24, 0)
        elif match["oc"]:
            hour, minute = int(number_value(match["oc"]) or 0), 0
        elif match["h24"] is not None:
            hour, minute = int(match["h24"]), int(match["mi24"])
        elif match["hm"] is not None:
            hour, minute = int(match["hm"][:2]), int(match["hm"][2:])
        elif match["hd"] is not None:
            hour, minute = int(match["hd"]), int(match["mid"])
        else:
            hour, minute = int(match["h"]), int(match["mi"] or 0)
            if hour > 12 or hour == 0:
                return
            pm = match["ap"].lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        span = (cand.start, cand.end)
        written = match["tz"] or match["tz2"] or match["tz3"] or match["tz4"] or ""
        zone = TIME_ZONES.get(written.upper(), "")
        offset = match["off"] or match["off2"]
        if offset:  # "UTC+1": that offset from UTC
            sign, digits = ("-" if offset[0] in "-−" else "+"), offset[1:].replace(":", "")
            hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
            zone = f"{sign}{int(hours):02d}:{minutes}"
        self.emit_resolved(
            cand.start, cand.end, resolve(ClockTime(hour, minute, zone), self.running, span)
        )

    def set_(self, cand: Candidate) -> None:
        match = cand.match
        if cand.kind == "weekday_set":
            name = (match["wd"] or match["wdp"]).lower()
            self.emit(cand.start, cand.end, "SET", f"XXXX-WXX-{WEEKDAYS[name]}")
            return
        if match["sw"]:
            self.emit(cand.start, cand.end, "SET", SET_WORDS[match["sw"].lower()])
            return
        unit = (match["unit"] or match["unit2"]).lower().rstrip("s")
        if unit in DAY_PARTS:
            self.emit(cand.start, cand.end, "SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}")
            return
        if unit in SEASONS:
            self.emit(cand.start, cand.end, "SET", f"XXXX-{SEASONS[unit]}")
            return
        amount = number_value(match["num"]) if match["num"] else 1.0
        if "other" in match.group(0).lower() and amount is not None:
            amount *= 2
        code = "W" if unit == "weekend" else unit_code(unit)
        self.emit(cand.start, cand.end, "SET", duration_value(amount, code))

    def the_unit(self, cand: Candidate) -> None:
        """ "in the quarter", "for the year", "over the weekend": the period in question,
        the one of the last date mentioned (the reference date when none is)."""
        unit = cand.match["unit"].lower()
        partial = UnitInQuestion("WE" if unit == "weekend" else unit_code(unit))
        span = (cand.start, cand.end)
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running, span))

    def day_part(self, cand: Candidate) -> None:
        """ "in afternoon trading", "in the morning,": that part of the day the text is
        telling of (the running reference's day), as "that afternoon" is."""
        part = DAY_PARTS[cand.match["part"].lower()]
        day = day_of_a_day_part(self.running, (cand.start, cand.end))
        if day is not None:  # not the day told last: the story's ("day_of_a_day_part")
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{part}", remember=False)
            return
        partial = RelativeUnit(part, 0, "anaphoric")
        self.emit_resolved(cand.start, cand.end, resolve(partial, self.running))

    def night(self, cand: Candidate) -> None:
        """ "at night", "during the daytime": a part of an unspecified day."""
        word = cand.match["x"].lower().replace("-", "")
        part = "DT" if word.startswith("day") else "NI"
        self.emit(cand.start, cand.end, "TIME", f"XXXX-XX-XXT{part}", remember=False)

    def to_date(self, cand: Candidate) -> None:
        self.emit(cand.start, cand.end, "DATE", "PRESENT_REF", remember=False)

    def that_time(self, cand: Candidate) -> None:
        """ "will be settled by June 10. If no price is agreed by that time": in news, the date
        told in that sentence or the one before, at its precision; nothing otherwise (narrative
        "at that time" is a stretch the text does not bound)."""
        running = self.running
        anchor = running.anchor
        if (
            running.narrative
            or anchor is None
            or anchor.year < 1
            or anchor.season is not None
            or not running.mentioned_just_before(cand.start)
        ):
            return
        value = f"{anchor.year:04d}"
        if anchor.month is not None:
            value += f"-{anchor.month:02d}" + (f"-{anchor.day:02d}" if anchor.day else "")
        self.emit(cand.start, cand.end, "DATE", value, remember=False)

    def vague(self, cand: Candidate) -> None:
        phrase = single_spaced(cand.match.group(0).lower())
        value = VAGUE_NEWS.get(phrase) or VAGUE_NARRATIVE.get(phrase) or "PRESENT_REF"
        kind = "DURATION" if value.startswith("P") and not value.endswith("_REF") else "DATE"
        self.emit(cand.start, cand.end, kind, value, remember=False)

    def decades_long(self, cand: Candidate) -> None:
        code = unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", duration_value(None, code))

    # -- dispatch ---------------------------------------------------------------------------


def _days_on(resolved: Resolved, days: int) -> Resolved:
    """`resolved` moved `days` later when it is a day ("the third day" of a strike that began
    on Monday is Wednesday); a day known only in part stays as it is.

    >>> _days_on(Resolved("2009-06-08"), 2).value
    '2009-06-10'
    >>> _days_on(Resolved("1936-07-XX"), 4).value
    '1936-07-XX'
    """
    if not DAY_FIGURES_RE.fullmatch(resolved.value):
        return resolved
    return replace(
        resolved, value=(date.fromisoformat(resolved.value) + timedelta(days=days)).isoformat()
    )
