"""Generated sentences of the kinds of date news writes, each with the dates it must resolve to.

Used by ``bench_date_kinds.py`` (how many of N drawn sentences of a kind get a wrong date) and
by ``tests/test_temporal_date_kinds.py`` (hypothesis: every draw is right). The sentences are
written here from templates of our own; what a draw is, the readings accepted for it and the
true days of holidays are in ``date_draws.py``.

    >>> import random
    >>> draw = draw_sentence("holiday", random.Random(1), date(2023, 10, 25))
    >>> draw.kind, draw.published
    ('holiday', datetime.date(2023, 10, 25))
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from benchmarks.date_draws import (
    HOLIDAYS,
    SUBJECTS,
    WEEKDAY_NAMES,
    WEEKEND_HOLIDAYS,
    Draw,
    Expect,
    day_reading,
    draw_at,
    draw_published,
    holiday_days,
    mismatch,
    on_or_after,
    on_or_before,
    row_reading,
)
from benchmarks.date_kinds_more import MORE_KINDS

__all__ = ["KINDS", "Draw", "Expect", "draw_published", "draw_sentence", "mismatch", "row_reading"]


def _holiday(rng: random.Random, published: date) -> Draw:
    subject = rng.choice(SUBJECTS)
    frame = rng.randrange(6)
    if frame == 5:  # a part of the holiday
        name, on = rng.choice(HOLIDAYS[:6])
        days = holiday_days(on, published)
        part, code = rng.choice((("morning", "MO"), ("afternoon", "AF"), ("evening", "EV")))
        if rng.random() < 0.5:
            text = f"{subject} reported long queues on {name} {part}."
            day = max(d for d in days if d <= published)
        else:
            text = f"{subject} will open the shelters on {name} {part}."
            day = min(d for d in days if d >= published)
        value = f"{day.isoformat()}T{code}"
        return draw_at(
            "holiday",
            "on H part",
            text,
            f"{name} {part}",
            published,
            day_reading(day, "time", value),
        )
    if frame == 4:  # a long weekend
        name, on, first, last = rng.choice(WEEKEND_HOLIDAYS)
        spans = [(d + timedelta(first), d + timedelta(last)) for d in holiday_days(on, published)]
        if rng.random() < 0.5:
            text = f"{subject} reported heavy traffic over the {name} weekend."
            start, end = max(s for s in spans if s[0] <= published)
        else:
            text = f"{subject} will keep the offices open over the {name} weekend."
            start, end = min(s for s in spans if s[1] >= published)
        return draw_at(
            "holiday", "over the H weekend", text, name, published, Expect(start, end, "week")
        )
    name, on = rng.choice(HOLIDAYS)
    days = holiday_days(on, published)
    while not days or not min(days) < published < max(days):  # one not kept every year then
        name, on = rng.choice(HOLIDAYS)
        days = holiday_days(on, published)
    spoken = name[0].lower() + name[1:] if name.startswith("the ") else name
    if frame == 0:
        text, day = (
            f"{subject} closed its offices on {spoken}.",
            max(d for d in days if d <= published),
        )
        template = "past on H"
    elif frame == 1:
        text, day = (
            f"{subject} will close its offices on {spoken}.",
            min(d for d in days if d >= published),
        )
        template = "future on H"
    elif frame == 2:
        bare = name.removeprefix("the ")
        text, day = (
            f"Sales were weak last {bare}, {subject.lower()} said.",
            max(d for d in days if d < published),
        )
        template = "last H"
        spoken = f"last {bare}"
    else:
        text = f"{subject} is expected to announce the plan on {spoken}."
        day = min(d for d in days if d >= published)
        template = "expected on H"
    return draw_at("holiday", template, text, spoken, published, day_reading(day))


_FUTURE_FRAMES = (
    "{s} will vote on {w}.",
    "{s} is expected to vote {w}.",
    "{s} should finish the review on {w}.",
    "{s} is scheduled to meet on {w}.",
    "{s} plans to publish the report on {w}.",
    "The vote is due to take place on {w}.",
    "{s} could vote as early as {w}.",
    "{s} is set to vote {w}.",
    "{s} will decide by {w}.",
)
_PAST_FRAMES = (
    "{s} said on {w} that the talks had failed.",
    "{s} met on {w}.",
    "{s} announced {w} that the talks had failed.",
    "{s} said {w} it had cut the budget.",
)


def _tense(rng: random.Random, published: date) -> Draw:
    subject = rng.choice(SUBJECTS)
    weekday = rng.randrange(7)
    name = WEEKDAY_NAMES[weekday]
    frame = rng.randrange(4)
    if frame == 0:
        text = rng.choice(_FUTURE_FRAMES).format(s=subject, w=name)
        return draw_at(
            "tense",
            "future weekday",
            text,
            name,
            published,
            day_reading(on_or_after(published, weekday)),
        )
    if frame == 1:
        text = rng.choice(_PAST_FRAMES).format(s=subject, w=name)
        return draw_at(
            "tense",
            "past weekday",
            text,
            name,
            published,
            day_reading(on_or_before(published, weekday)),
        )
    if frame == 2:
        first = (published.replace(day=1) + timedelta(days=32)).replace(day=1)
        end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if rng.random() < 0.5:
            text = f"{subject} said it plans to open a new office next month."
            return draw_at(
                "tense",
                "plans next month",
                text,
                "next month",
                published,
                Expect(first, end, "month"),
            )
        monday = published - timedelta(published.weekday()) + timedelta(7)
        text = f"{subject} said it would open a new office next week."
        return draw_at(
            "tense",
            "would next week",
            text,
            "next week",
            published,
            Expect(monday, monday + timedelta(6), "week"),
        )
    said = rng.randrange(7)
    later = rng.choice([d for d in range(7) if d != said])
    said_day = on_or_before(published, said)
    if rng.random() < 0.4:  # a past of then
        then = rng.choice(("the plant had closed", "the plant had been shut", "talks had failed"))
        text = f"{subject} said on {WEEKDAY_NAMES[said]} {then} on {WEEKDAY_NAMES[later]}."
        before = said_day - timedelta((said - later) % 7)
        return Draw(
            "tense",
            "reported past",
            text,
            text.rindex(WEEKDAY_NAMES[later]),
            published,
            (day_reading(before),),
            whole=False,
        )
    then = rng.choice(
        ("it would close the plant", "the plant was due to close", "it had planned to vote")
    )
    text = f"{subject} said on {WEEKDAY_NAMES[said]} {then} on {WEEKDAY_NAMES[later]}."
    closing = said_day + timedelta((later - said) % 7)
    return Draw(
        "tense",
        "reported future",
        text,
        text.rindex(WEEKDAY_NAMES[later]),
        published,
        (day_reading(closing),),
        whole=False,
    )


def _quarter(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _quarter_days(year: int, quarter: int) -> tuple[date, date]:
    first = date(year, 3 * quarter - 2, 1)
    end = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - timedelta(1)
    return first, end


_ORDINALS = ("first", "second", "third", "fourth")
_DEADLINES = ((3, 31, "March 31"), (6, 30, "June 30"), (9, 30, "Sept. 30"), (12, 31, "Dec. 31"))


def _deadline(rng: random.Random, published: date) -> Draw:
    subject = rng.choice(SUBJECTS)
    frame = rng.randrange(5)
    if frame == 0:
        unit = rng.choice(("quarter", "month", "year", "next month"))
        month_first = published.replace(day=1)
        if unit == "quarter":
            first, end = _quarter_days(*_quarter(published))
        elif unit == "month":
            first, end = month_first, (month_first + timedelta(32)).replace(day=1) - timedelta(1)
        elif unit == "next month":
            first = (month_first + timedelta(32)).replace(day=1)
            end = (first + timedelta(32)).replace(day=1) - timedelta(1)
        else:
            first, end = date(published.year, 1, 1), date(published.year, 12, 31)
        text = f"{subject} expects to complete the sale by the end of the {unit}.".replace(
            "the next", "next"
        )
        grain = unit.removeprefix("next ")
        ends = (Expect(first, end, grain, end_part=True), Expect(first, end, grain))
        return draw_at("deadline", f"end of the {unit}", text, "the end", published, *ends)
    if frame == 1:
        month, day, words = rng.choice(_DEADLINES)
        due = min(
            d
            for y in (published.year, published.year + 1)
            if (d := date(y, month, day)) >= published
        )
        text = f"{subject} expects to finish the review by {words}."
        return draw_at("deadline", "by month day", text, words, published, day_reading(due))
    quarter = rng.randrange(1, 5)
    spans = [_quarter_days(y, quarter) for y in range(published.year - 1, published.year + 2)]
    words = f"{_ORDINALS[quarter - 1]}-quarter"
    if frame == 2:  # the one to come, or the one just over, whose results come out within a
        # quarter of its end; the row is the news day's (the quarter names the figures,
        # `events.date_roles`)
        text = f"{subject} expects {words} results to beat forecasts."
        coming = min(s for s in spans if s[1] >= published)
        ended = [s for s in spans if published - timedelta(92) <= s[1] < published]
        accepted = tuple(Expect(first, end, "quarter") for first, end in [coming, *ended])
        return Draw(
            "deadline",
            "expects Qn results",
            text,
            text.index(words),
            published,
            accepted,
            whole=False,
        )
    if frame == 3:  # a quarter not over yet is a fiscal one, named by the year it ends in
        text = f"{subject} reported {words} results on the day."
        ended = max(s for s in spans if s[1] < published)
        fiscal = _quarter_days(published.year, quarter)
        accepted = (Expect(*ended, "quarter"), Expect(*fiscal, "quarter"))
        return Draw(
            "deadline",
            "reported Qn results",
            text,
            text.index(words),
            published,
            accepted,
            whole=False,
        )
    text = f"{subject} will decide in the coming weeks."
    return draw_at(
        "deadline", "coming weeks", text, "the coming weeks", published, Expect(None, None, None)
    )


def _clock(rng: random.Random, published: date) -> Draw:
    subject = rng.choice(SUBJECTS)
    weekday = rng.randrange(7)
    name = WEEKDAY_NAMES[weekday]
    past = on_or_before(published, weekday)
    coming = on_or_after(published, weekday)
    frame = rng.randrange(10)
    if frame == 9:  # a clock and its conversion in brackets before the day
        hour, shift = rng.randrange(6, 11), rng.choice((-5, 3, 5))
        local = rng.choice(("", " local time"))
        converted = f"({hour - shift:02d}00 GMT)"
        text = f"Polls opened at {hour} a.m.{local} {converted} on {name}, {subject.lower()} said."
        value = f"{past.isoformat()}T{hour:02d}:00"
        return draw_at(
            "clock",
            "H a.m. (HH00 GMT) on W",
            text,
            f"{hour} a.m.",
            published,
            day_reading(past, "time", value),
            day_reading(past),
        )
    if frame == 6:
        hour = rng.randrange(1, 12)
        text = f"{subject} met on {name} at {hour} a.m."
        value = f"{past.isoformat()}T{hour:02d}:00"
        return draw_at(
            "clock",
            "on W at H a.m.",
            text,
            f"{name} at {hour} a.m.",
            published,
            day_reading(past, "time", value),
        )
    if frame == 7:
        minute = rng.choice((15, 30, 45))
        hour = rng.randrange(0, 24)
        zone, offset = rng.choice(
            (("GMT", "Z"), ("UTC", "Z"), ("EST", "-05:00"), ("CET", "+01:00"))
        )
        text = f"{subject} said the outage began at {hour:02d}:{minute} {zone} on {name}."
        value = f"{past.isoformat()}T{hour:02d}:{minute}{offset}"
        return draw_at(
            "clock",
            "HH:MM zone on W",
            text,
            f"{hour:02d}:{minute} {zone} on {name}",
            published,
            day_reading(past, "time", value),
        )
    if frame == 8:
        later = WEEKDAY_NAMES[(weekday + 3) % 7]
        hour = rng.randrange(1, 12)
        text = (
            f"The market closed at {hour} p.m. on {name}. On {later}, {subject.lower()} met again."
        )
        day = on_or_before(published, (weekday + 3) % 7)
        return Draw(
            "clock",
            "no leak, fronted",
            text,
            text.rindex(later),
            published,
            (day_reading(day, "day", day.isoformat()),),
            whole=False,
        )
    if frame == 0:
        hour = rng.randrange(1, 12)
        text = f"{subject} announced the result at {hour} p.m. on {name}."
        value = f"{past.isoformat()}T{hour + 12:02d}:00"
        return draw_at(
            "clock",
            "at H p.m. on W",
            text,
            f"{hour} p.m. on {name}",
            published,
            day_reading(past, "time", value),
        )
    if frame == 1:
        hour = rng.randrange(0, 24)
        text = f"Trading will resume at {hour:02d}:00 UTC on {name}."
        value = f"{coming.isoformat()}T{hour:02d}:00Z"
        return draw_at(
            "clock",
            "HH:00 UTC on W",
            text,
            f"{hour:02d}:00 UTC on {name}",
            published,
            day_reading(coming, "time", value),
        )
    if frame == 2:
        later = WEEKDAY_NAMES[(weekday + 3) % 7]
        text = f"Trading halted at 12:00 UTC on {name}. {subject} met again on {later}."
        day = on_or_before(published, (weekday + 3) % 7)
        return Draw(
            "clock",
            "no leak",
            text,
            text.rindex(later),
            published,
            (day_reading(day, "day", day.isoformat()),),
            whole=False,
        )
    if frame == 3:
        text = f"The talks ended late {name}, {subject.lower()} said."
        return draw_at("clock", "late W", text, f"late {name}", published, day_reading(past))
    if frame == 4:
        text = f"Rebels attacked the town early {name}, {subject.lower()} said."
        return draw_at("clock", "early W", text, f"early {name}", published, day_reading(past))
    text = f"Heavy rain fell overnight, {subject.lower()} said."
    night = published - timedelta(1)
    return draw_at(
        "clock",
        "overnight",
        text,
        "overnight",
        published,
        day_reading(night, "time", f"{night.isoformat()}TNI"),
        day_reading(published, "time", f"{published.isoformat()}TNI"),
    )


KINDS: dict[str, Callable[[random.Random, date], Draw]] = {
    "holiday": _holiday,
    "tense": _tense,
    "deadline": _deadline,
    "clock": _clock,
    **MORE_KINDS,
}


def draw_sentence(kind: str, rng: random.Random, published: date) -> Draw:
    """A sentence of `kind` written on `published`, with the readings accepted for it."""
    return KINDS[kind](rng, published)
