"""Modifiers left of an expression: "early 2009", "the end of March", "about 9 a.m."."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.calendar import interval_of
from timeline.temporal.detect_context import Candidate
from timeline.temporal.patterns import MODIFIER_LEFT_RE, MONTH_VALUE_RE, YEAR_VALUE_RE
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import DAY_PARTS, POSITION_MOD, SEASONS, single_spaced

_DAY_VALUE_RE = re.compile(r"(?:BC)?\d{4}-\d\d-\d\d")
_MODIFIER_ENDINGS = (
    "of ", "early ", "late ", "mid-", "mid ", "middle ", "in ", "around ", "about ", "circa ",
    "ca. ", "c. ", "ca.", "approximately ", "roughly ", "early-", "late-", "middle-",
)  # fmt: skip

_DAY_KINDS = frozenset({"mdy", "dmy", "iso", "numeric", "ordinal_day", "holiday"})
_MODIFIABLE = frozenset(
    {
        "month",
        "my",
        "year",
        "era_year",
        "decade",
        "century",
        "season",
        "relunit",
        "fiscal",
        "weekday",
        "apos_year",
        "quarter",
    }
)


# over 60 lines: one branch per kind of left modifier (part of day, approximation, position)
def with_left_modifier(text: str, cand: Candidate, timex: Timex) -> Timex:
    """Widen "early 2009", "the end of March 1944", "mid-September", "about 9 a.m." and set
    the mod (a clock time takes only an approximation).

    >>> from timeline.temporal import tag
    >>> from datetime import date
    >>> [(t.text, t.value, t.mod) for t in tag("It opened in early 2009.", date(2023, 10, 23))]
    [('early 2009', '2009', 'START')]
    """
    if timex.type not in ("DATE", "TIME") or (
        cand.kind not in _MODIFIABLE and cand.kind not in _DAY_KINDS and cand.kind != "time"
    ):
        return timex
    window_start = max(0, timex.start - 48)
    if not text[window_start : timex.start].lower().endswith(_MODIFIER_ENDINGS):
        return timex  # the cheap test: every modifier ends with one of these
    match = MODIFIER_LEFT_RE.search(text, window_start, timex.start)
    if match is None or match.end() != timex.start:
        return timex
    if match["dp"]:
        if not _DAY_VALUE_RE.fullmatch(timex.value):
            return timex
        start = match.start()
        value = f"{timex.value}T{DAY_PARTS[match['dp'].lower()]}"
        return Timex(
            start, timex.end, text[start : timex.end], "TIME", value, None, "time",
            timex.date_start, timex.date_end,
        )  # fmt: skip
    if cand.kind == "time" and match["approx"] is None:
        return timex
    if match["approx"] is not None or match["ein"] is not None:
        if match["approx"] is not None:
            mod: str | None = "APPROX"
        else:
            mod = {"early": "START", "late": "END"}.get(match["ein"].lower(), timex.mod)
        start = match.start()
        date_start, date_end, grain = interval_of(timex.value, mod)
        if date_start is None:
            date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
        return Timex(
            start, timex.end, text[start : timex.end], timex.type, timex.value, mod, grain,
            date_start, date_end,
        )  # fmt: skip
    if cand.kind not in _MODIFIABLE:
        return timex
    word = single_spaced((match["pos"] or match["el"] or "").lower())
    word = word.removeprefix("the ")
    value = timex.value
    if word in ("first half", "second half", "latter half") and YEAR_VALUE_RE.fullmatch(value):
        value = f"{value}-H{1 if word == 'first half' else 2}"
        mod = None
    elif word in ("first half", "second half", "latter half") and MONTH_VALUE_RE.fullmatch(value):
        return _half_of_month(text, match.start(), timex, first=word == "first half")
    elif word in SEASONS and YEAR_VALUE_RE.fullmatch(value):
        value = f"{value}-{SEASONS[word]}"
        mod = None
    else:
        mod = POSITION_MOD.get(word)
        if mod is None:
            return timex
    date_start, date_end, grain = interval_of(value, mod)
    if date_start is None or _numbered_fiscal_year(timex):
        # "the end of fiscal 2027": the company's year itself, whose last months no calendar
        # year's third can find
        date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
    if date_start is None:
        date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
    start = match.start()
    return Timex(
        start,
        timex.end,
        text[start : timex.end],
        timex.type,
        value,
        mod,
        grain,
        date_start,
        date_end,
    )


def _half_of_month(text: str, start: int, month: Timex, *, first: bool) -> Timex:
    """The first or second half of a month (stop 37): its days 1-15 or 16 to its end, at the
    month's precision, its mod START or END.

    >>> from datetime import date
    >>> march = Timex(33, 38, "March", "DATE", "2023-03", None, "month",
    ...               date(2023, 3, 1), date(2023, 3, 31))
    >>> half = _half_of_month("Sales rose in the second half of March.", 14, march, first=False)
    >>> half.text, half.value, half.mod, half.date_start, half.date_end
    ('the second half of March', '2023-03', 'END', datetime.date(2023, 3, 16), \
datetime.date(2023, 3, 31))
    """
    if month.date_start is None or month.date_end is None:
        return month
    middle = month.date_start + timedelta(days=14)
    date_start: date = month.date_start if first else middle + timedelta(days=1)
    date_end: date = middle if first else month.date_end
    return Timex(
        start, month.end, text[start : month.end], month.type, month.value,
        "START" if first else "END", month.granularity, date_start, date_end,
    )  # fmt: skip


def _numbered_fiscal_year(timex: Timex) -> bool:
    """Whether `timex` is a company's year written with its number ("fiscal 2027", "FY27").

    >>> _numbered_fiscal_year(Timex(0, 11, "fiscal 2027", "DATE", "FY2027", granularity="year"))
    True
    >>> _numbered_fiscal_year(Timex(0, 15, "the fiscal year", "DATE", "FY2027", granularity="year"))
    False
    """
    return (
        timex.value.startswith("FY")
        and timex.granularity == "year"
        and any(c.isdigit() for c in timex.text)
    )
