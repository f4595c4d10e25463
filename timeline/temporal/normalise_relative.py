"""Normalising relative expressions: weekdays, "yesterday", "last week", "two years ago",
durations, sets and clock times."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.temporal.calendar import (
    _SEASON_MONTHS,
    _duration_value,
    _granularity_of,
    _month_end,
    _shift,
    _value_at,
    _year_value,
)
from timeline.temporal.detect import _Candidate
from timeline.temporal.normalise_absolute import _AbsoluteKinds
from timeline.temporal.patterns import _RATE_BEFORE_RE, _SENTENCE_END_RE
from timeline.temporal.resolve import Direction, _Anchor, _partial_value, resolve_weekday
from timeline.temporal.tense import _tense
from timeline.temporal.vocabulary import (
    _MOD_BY_APPROX,
    _POSITION_MOD,
    DAY_PARTS,
    SEASONS,
    SET_WORDS,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    VOCABULARY,
    WEEKDAYS,
    _number,
    _squash,
    _unit_code,
)


class _RelativeKinds(_AbsoluteKinds):
    """The normalisers of relative expressions, durations, sets and clock times."""

    __slots__ = ()

    def weekday(self, cand: _Candidate) -> None:
        match = cand.match
        weekday = WEEKDAYS[match["wd"].lower()]
        relation = (match["wmod"] or "").lower()
        part = (match.groupdict().get("part") or "").lower()
        direction: Direction
        if relation == "that" or self.running.narrative:
            base = self.running.anaphoric_day()
            direction = "forward"
        else:
            base = self.running.deictic_day()
            if VOCABULARY.shift(relation) < 0:
                direction = "before"
            elif VOCABULARY.shift(relation) > 0:
                direction = "after"
            else:
                tense = _tense(self.text, cand.start, cand.end)
                direction = "back" if tense == "past" else "forward"  # present, future: ahead
        if base is None:
            value = f"XXXX-WXX-{weekday}"
            if part:
                value += f"T{DAY_PARTS[part]}"
            self.emit(cand.start, cand.end, "TIME" if part else "DATE", value, remember=False)
            return
        day = resolve_weekday(base, weekday, direction)
        if part:
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
        else:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())

    def relday(self, cand: _Candidate) -> None:
        match = cand.match
        word = (match["rd"] or match["rm"] or "").lower()
        part = (match["part"] or match["part2"] or "").lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)  # "last night"
        if match["dba"]:
            offset = -2 if match["dba"].lower().startswith("before") else 2
        if word == "tonight":
            part = "night"
        if word == "overnight":
            part = "night"
        base = self.running.deictic_day()
        if base is None:
            value = "XXXX-XX-XX" + (f"T{DAY_PARTS[part]}" if part else "")
            if word == "today" and self.running.narrative:
                self.emit(cand.start, cand.end, "DATE", "PRESENT_REF", remember=False)
                return
            self.emit(cand.start, cand.end, "TIME" if part else "DATE", value, remember=False)
            return
        day = base + timedelta(days=offset)
        if part:
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
        else:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())

    # over 60 lines: the relation picks deictic or anaphoric, then each unit its value
    def relunit(self, cand: _Candidate) -> None:
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
                value = _duration_value(1, _unit_code(unit_word))
                self.emit(cand.start, cand.end, "DURATION", value)
                return
        anaphoric = VOCABULARY.counts_from_running(relation) or (has_the and relation == "next")
        unit_code = _unit_code(unit_word) if unit_word not in SEASONS else "Y"
        base = self.running.anaphoric_day(unit_code) if anaphoric else self.running.deictic_day()
        if self.running.narrative and base is None:
            base = self.running.anaphoric_day(unit_code)
        shift = VOCABULARY.shift(relation)
        if base is None:
            parts = self.running.anaphoric_parts()
            if parts is not None and unit_word == "year" and parts.year:
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + shift))
                return
            if parts is not None and unit_word == "month" and parts.month:
                month_index = parts.year * 12 + parts.month - 1 + shift
                value = f"{_year_value(month_index // 12)}-{month_index % 12 + 1:02d}"
                self.emit(cand.start, cand.end, "DATE", value)
                return
            if parts is not None and unit_word in ("day", "week", "decade", "century"):
                self.emit(cand.start, cand.end, "DATE", _partial_value(parts, unit_word, shift))
                return
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                {1: "FUTURE_REF", -1: "PAST_REF"}.get(shift, "PRESENT_REF"),
                remember=False,
            )
            return
        if unit_word in SEASONS:
            season = SEASONS[unit_word]
            first, last = _SEASON_MONTHS[season]
            year = base.year
            if season == "WI" and base.month <= 2:
                year -= 1
            if shift == -1:
                end_month_year = year + 1 if last < first else year
                if _month_end(end_month_year, last) >= base:
                    year -= 1
            elif shift == 1 and date(year, first, 1) <= base:
                year += 1
            self.emit(cand.start, cand.end, "DATE", f"{year:04d}-{season}")
            return
        if unit_word in DAY_PARTS:
            day = base + timedelta(days=shift)
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[unit_word]}")
            return
        if unit_word == "weekend":
            day = base + timedelta(weeks=shift)
            iso = day.isocalendar()
            self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}-WE")
            return
        code = _unit_code(unit_word)
        moved = _shift(base, shift, code)
        if moved is None:
            return
        self.emit(cand.start, cand.end, "DATE", _value_at(moved, code))

    def the_day_after(self, cand: _Candidate) -> None:
        match = cand.match
        shift = 1 if match["ba"].lower() in ("after", "later") else -1
        code = _unit_code(match["unit"])
        base = self.running.anaphoric_day(code)
        if base is None:
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                "FUTURE_REF" if shift > 0 else "PAST_REF",
                remember=False,
            )
            return
        day = _shift(base, shift, code)
        if day is not None:
            self.emit(cand.start, cand.end, "DATE", _value_at(day, code))

    def unit_end(self, cand: _Candidate) -> None:
        match = cand.match
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        mod: str | None
        if match["unit"]:
            mod = "END"
        elif match["unit2"]:
            mod = "START"
        else:
            position = _squash(match["pos"].lower())
            mod = _POSITION_MOD.get(position)
            if position in ("first half", "second half", "latter half"):
                mod = "H1" if position == "first half" else "H2"
            elif mod is None:
                return  # "the rest of the year" is not one period
        det = (match["det"] or "the").lower()
        shift = VOCABULARY.shift(det)
        code = _unit_code(unit)
        # news: "the end of the year" is this year's; narrative: the running reference's
        anaphoric = det == "that" or (det == "the" and self.running.narrative)
        base = self.running.anaphoric_day(code) if anaphoric else self.running.deictic_day()
        if mod in ("H1", "H2"):
            parts = self.running.anaphoric_parts() if base is None else _Anchor(base.year)
            if code == "Y" and parts is not None:
                value = f"{_year_value(parts.year + shift)}-{mod}"
                self.emit(cand.start, cand.end, "DATE", value, remember=False)
            return
        if base is None:
            parts = self.running.anaphoric_parts()
            if parts is not None and code == "Y":
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + shift), mod)
            elif parts is not None and code == "M" and parts.month:
                self.emit(
                    cand.start,
                    cand.end,
                    "DATE",
                    f"{_year_value(parts.year)}-{parts.month:02d}",
                    mod,
                )
            return
        day = _shift(base, shift, code)
        if day is None:
            return
        if unit == "century" and match["unit2"]:
            value = f"{(day.year + 50) // 100:02d}"
        else:
            value = _value_at(day, code)
        self.emit(cand.start, cand.end, "DATE", value, mod, remember=False)

    # over 60 lines: the cases of a count from a point (partial reference, clock, more than)
    def ago(self, cand: _Candidate, direction: str | None = None) -> None:
        """ "two years ago", "three days later"; with ``direction``, "two days after <event>"."""
        match = cand.match
        code = _unit_code(match["unit"])
        amount = (
            _number(match["num"])
            if match["num"]
            else (1.0 if not match["unit"].lower().endswith("s") else None)
        )
        direction = direction or _squash(match["dir"].lower())
        approx = _squash((match["amod"] or "").lower())
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "since") else 1
        if direction == "since":
            # "three years since" reads as a duration
            self.emit(
                cand.start,
                cand.start + len(match.group(0)) - len(match["dir"]) - 1,
                "DURATION",
                _duration_value(amount, code),
            )
            return
        deictic = direction in ("ago", "hence", "from now")
        base = self.running.deictic_day() if deictic else self.running.anaphoric_day(code)
        parts = self.running.anaphoric_parts()
        if base is None and amount is not None and amount == int(amount) and parts is not None:
            # the running reference is a month or a year: shift what is known
            count = sign * int(amount)
            if code in ("Y", "DE", "CE"):
                factor = {"Y": 1, "DE": 10, "CE": 100}[code]
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + count * factor))
                return
            if code == "M" and parts.month is not None:
                index = parts.year * 12 + parts.month - 1 + count
                value = f"{_year_value(index // 12)}-{index % 12 + 1:02d}"
                self.emit(cand.start, cand.end, "DATE", value)
                return
            month_part = f"{parts.month:02d}" if parts.month is not None else "XX"
            value = f"{_year_value(parts.year)}-{month_part}-XX"
            self.emit(cand.start, cand.end, "DATE", value, remember=False)
            return
        if amount is None or base is None or code in ("H", "MIN", "S"):
            if amount is None or base is None:
                value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                if base is None and amount is not None and not self.running.narrative:
                    value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                self.emit(cand.start, cand.end, "DATE", value, remember=False)
            else:
                hours = {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code] * amount * sign
                moment = datetime.combine(base, datetime.min.time()) + timedelta(hours=hours)
                self.emit(cand.start, cand.end, "DATE", moment.date().isoformat())
            return
        whole = int(amount) if amount == int(amount) else None
        if whole is None:
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                "PAST_REF" if sign < 0 else "FUTURE_REF",
                remember=False,
            )
            return
        anchor_day = _shift(base, sign * whole, code)
        if anchor_day is None:
            return
        value = _value_at(anchor_day, code)
        mod = _MOD_BY_APPROX.get(approx) if approx else None
        if sign < 0 and mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            # "over a decade ago": some time before that point, a period as long again
            earliest = _shift(base, 2 * sign * whole, code) or anchor_day
            if anchor_day <= earliest:  # the start of the calendar: no earlier day to give
                return
            latest = anchor_day - timedelta(days=1)
            interval = (earliest, latest, _granularity_of(code))
            if code in ("DE", "CE", "ML"):
                # the value names the same stretch as the interval: the decade (century) that
                # holds its middle, so the one that overlaps it most. "over a decade ago" from
                # 2023-10-23 is 2003-10-23 .. 2013-10-22, mostly the 2000s: 200, where the
                # decade of the point a decade back (201, the 2010s) lies mostly after it.
                # A year or a finer unit keeps the period of that point, the annotators'
                # convention (WikiWars: "just over a year earlier" in March 2003 is 2002),
                # which holds the interval's last day.
                value = _value_at(earliest + (latest - earliest) / 2, code)
            self.emit(cand.start, cand.end, "DATE", value, "BEFORE", interval=interval)
            if deictic:  # "just over a year earlier" is a glance back, as below
                self.running.remember(value)
            return
        if sign < 0 and mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            mod = "AFTER"
        elif mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"):
            mod = "AFTER" if mod.startswith(("MORE", "EQUAL_OR_MORE")) else "BEFORE"
        # a narrative moves forward: "three days later" is the new scene, "a year earlier"
        # is a glance back that does not move the running reference
        self.emit(cand.start, cand.end, "DATE", value, mod, remember=sign > 0 or deictic)

    def duration(self, cand: _Candidate) -> None:
        match = cand.match
        unit = match["unit"]
        code = _unit_code(unit)
        plural = unit.lower().endswith(("s", "ies", "ia"))
        if match["num"] is not None:
            amount = _number(match["num"])
            if plural and match["num"].lower() in ("a", "an"):
                amount = None  # "a years' time", "a months-long siege"
        else:
            amount = 1.0 if not plural else None
        approx = _squash((match.groupdict().get("amod") or "").lower())
        mod = _MOD_BY_APPROX.get(approx) if approx else None
        dmod = (match["dmod"] or "").lower() if match["num"] is None else ""
        if dmod in (
            "last",
            "previous",
            "next",
            "following",
            "coming",
        ) and not unit.lower().endswith("s"):
            return  # "the last year" is a date, handled by relunit
        start = cand.start
        if (
            not (plural or approx or dmod or match["dir"] or match["long"] or match["age"])
            and (match["num"] or "").lower() in ("a", "an")
            and _RATE_BEFORE_RE.search(self.text, max(0, start - 40), start)
        ):
            self.emit(start, cand.end, "SET", _duration_value(1, code))  # "$5 a day"
            return
        if match["long"] and match["num"] and match["num"].lower() in ("a", "an"):
            start = match.start("unit")  # "a month-long siege": the article is the noun's
        elif approx in ("just", "only"):
            start = match.start("num") if match["num"] else start  # "just one year": no mod
        self.emit(start, cand.end, "DURATION", _duration_value(amount, code), mod)

    def bare_units(self, cand: _Candidate) -> None:
        code = _unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", _duration_value(None, code))

    def time(self, cand: _Candidate) -> None:
        match = cand.match
        if match["noon"]:
            hour, minute = (12, 0) if match["noon"].lower() in ("noon", "midday") else (24, 0)
        elif match["oc"]:
            hour, minute = int(_number(match["oc"]) or 0), 0
        elif match["h24"] is not None:
            hour, minute = int(match["h24"]), int(match["mi24"])
        else:
            hour, minute = int(match["h"]), int(match["mi"] or 0)
            if hour > 12 or hour == 0:
                return
            pm = match["ap"].lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        base = self.running.deictic_day()
        if self.running.anchor is not None and self.running.anchor.as_date() is not None:
            same_sentence = self.running.anchor_at >= 0 and not _SENTENCE_END_RE.search(
                self.text, self.running.anchor_at, cand.start
            )
            # a clock time belongs to the day last mentioned: in news only within its sentence
            if same_sentence or self.running.narrative:
                base = self.running.anchor.as_date()
        clock = f"T{hour:02d}:{minute:02d}"
        if base is None:
            self.emit(cand.start, cand.end, "TIME", "XXXX-XX-XX" + clock, remember=False)
            return
        self.emit(cand.start, cand.end, "TIME", base.isoformat() + clock, remember=False)

    def set_(self, cand: _Candidate) -> None:
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
        amount = _number(match["num"]) if match["num"] else 1.0
        if "other" in match.group(0).lower() and amount is not None:
            amount *= 2
        code = "W" if unit == "weekend" else _unit_code(unit)
        self.emit(cand.start, cand.end, "SET", _duration_value(amount, code))

    def the_unit(self, cand: _Candidate) -> None:
        """ "in the quarter", "for the year", "over the weekend": the period in question,
        the one of the last date mentioned (the reference date when none is)."""
        unit = cand.match["unit"].lower()
        if unit == "weekend":
            base = self.running.deictic_day()
            if base is None:
                self.emit(cand.start, cand.end, "DATE", "XXXX-WXX-WE", remember=False)
                return
            tense = _tense(self.text, cand.start, cand.end)
            # the weekend just past (or, in a future clause, the coming one)
            offset = (base.isoweekday() - 6) % 7 if tense == "past" else (6 - base.isoweekday()) % 7
            day = (
                base - timedelta(days=offset) if tense == "past" else base + timedelta(days=offset)
            )
            iso = day.isocalendar()
            self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}-WE")
            return
        code = _unit_code(unit)
        same_sentence = self.running.anchor_at >= 0 and not _SENTENCE_END_RE.search(
            self.text, self.running.anchor_at, cand.start
        )
        # news: "later in the week" is this week, unless a date in its sentence says which
        base = (
            self.running.anaphoric_day(code)
            if self.running.narrative or same_sentence
            else self.running.deictic_day()
        )
        if base is None:
            parts = self.running.anaphoric_parts()
            if parts is not None and code == "Y":
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year), remember=False)
            return
        self.emit(cand.start, cand.end, "DATE", _value_at(base, code), remember=False)

    def night(self, cand: _Candidate) -> None:
        """ "at night", "during the daytime": a part of an unspecified day."""
        word = cand.match["x"].lower().replace("-", "")
        part = "DT" if word.startswith("day") else "NI"
        self.emit(cand.start, cand.end, "TIME", f"XXXX-XX-XXT{part}", remember=False)

    def to_date(self, cand: _Candidate) -> None:
        self.emit(cand.start, cand.end, "DATE", "PRESENT_REF", remember=False)

    def vague(self, cand: _Candidate) -> None:
        phrase = _squash(cand.match.group(0).lower())
        value = VAGUE_NEWS.get(phrase) or VAGUE_NARRATIVE.get(phrase) or "PRESENT_REF"
        self.emit(cand.start, cand.end, "DATE", value, remember=False)

    def decades_long(self, cand: _Candidate) -> None:
        code = _unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", _duration_value(None, code))

    # -- dispatch ---------------------------------------------------------------------------
