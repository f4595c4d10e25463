"""The output of the normalisers: an expression's span trimmed, its interval of days
computed, the running reference moved to it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline.temporal.calendar import interval_of
from timeline.temporal.date_order import order_evidence, reads_day_first
from timeline.temporal.fiscal_calendar import FiscalCalendar, stated_fiscal_calendar
from timeline.temporal.hemisphere import season_interval
from timeline.temporal.reference import RunningReference
from timeline.temporal.resolve import Resolved
from timeline.temporal.timex import Timex

_KEEP_POINT_RE = re.compile(r"(?:\b[A-Z][a-z]{2,3}|\b[ap]\.m|B\.C|A\.D)\.$")
# "at" of "at least" and "at most" belongs to the expression's mod, not in front of it
_LEADING_PREPOSITION_RE = re.compile(r"(?i)(?:on|in|at(?!\s+(?:least|most)\b)|by|during)\s+")


@dataclass(slots=True)
class Normalising:
    """The state of the normalisers over one text: the text, its running reference and the
    expressions emitted so far.

    >>> from datetime import date
    >>> state = Normalising("Talks on 3 May.", RunningReference("", date(2023, 10, 23), False))
    >>> state.emit(6, 15, "DATE", "2023-05-03"); [(t.text, t.granularity) for t in state.out]
    [('3 May.', 'day')]
    """

    text: str
    running: RunningReference
    out: list[Timex] = field(default_factory=list)
    _order: int | None = None
    _fiscal: tuple[FiscalCalendar | None] | None = None

    def day_first(self, written: str = "") -> bool:
        """Whether the all-number date `written` is read day first: as the text writes its
        dates (read once, when needed), and, written with points ("03.08.2016"), unless the
        text shows the month first (`date_order.reads_day_first`)."""
        return self.date_order() > 0 or ("." in written and reads_day_first(written, self.text))

    def date_order(self) -> int:
        """The order the text writes its dates in, read once (`date_order.order_evidence`):
        above zero day first, below month first, zero none shown."""
        if self._order is None:
            self._order = order_evidence(self.text)
        return self._order

    def fiscal_calendar(self) -> FiscalCalendar | None:
        """The company's year as the text states it ("fiscal 2014, which ends in March"),
        read once, when a fiscal year is named."""
        if self._fiscal is None:
            self._fiscal = (stated_fiscal_calendar(self.text, self.running.reference),)
        return self._fiscal[0]

    # -- output -----------------------------------------------------------------------------

    def emit(
        self,
        start: int,
        end: int,
        type_: str,
        value: str,
        mod: str | None = None,
        *,
        interval: tuple[date | None, date | None, str | None] | None = None,
        remember: bool = True,
    ) -> None:
        start, end = self.trim(start, end)
        if start >= end:
            return
        entry_day = self.running.entry_day
        if (
            value == "PRESENT_REF"
            and interval is None
            and entry_day not in (None, self.running.reference)
        ):
            interval = (entry_day, entry_day, "day")  # "now" in a live page's entry: its day
        if type_ in ("DATE", "TIME"):
            date_start, date_end, grain = (
                interval if interval is not None else interval_of(value, mod)
            )
            if grain == "season" and interval is None and self.running.southern:
                # "this summer" in Santiago: December to February
                date_start, date_end, grain = season_interval(value, mod) or (
                    date_start,
                    date_end,
                    grain,
                )
        else:
            date_start = date_end = grain = None
        self.out.append(
            Timex(start, end, self.text[start:end], type_, value, mod, grain, date_start, date_end)
        )
        if remember and type_ in ("DATE", "TIME") and interval is None:
            self.running.remember(value, start, end)
        elif type_ in ("DATE", "TIME") and date_start is None:
            self.running.unknown_day(value)  # "on Thursday" with no publication date

    def emit_resolved(self, start: int, end: int, resolved: Resolved | None) -> None:
        """Emit a resolved partial value (nothing when it named no date)."""
        if resolved is None:
            return
        self.emit(
            start,
            end,
            resolved.type,
            resolved.value,
            resolved.mod,
            interval=resolved.interval,
            remember=resolved.remember,
        )
        if resolved.interval is not None and resolved.remember:
            self.running.remember(resolved.value)  # a glance back to a stretch, not a point

    def trim(self, start: int, end: int) -> tuple[int, int]:
        span = self.text[start:end]
        stripped = span.rstrip(" ,.;:")
        if span.endswith(".") and _KEEP_POINT_RE.search(span):
            stripped = span  # keep the point of "Oct." and "a.m."
        end = start + len(stripped)
        lead = _LEADING_PREPOSITION_RE.match(self.text[start:end])
        if lead:
            start += lead.end()
        return start, end
