"""More kinds of news dates, written from how papers of many countries and eras write them
(stop 37): the old commercial "inst."/"ult."/"prox.", a week counted on from a day ("a week on
Tuesday", "tomorrow week"), "the week before last", a part of a month or decade, a holiday of a
named year, the national days of several countries, "the new year", a yearless all-number day
in a day-first paper, a two-digit year after a month's abbreviation, the small hours of a day,
a unit counted back from a stated day ("the previous month").

``date_kinds.KINDS`` gathers these with its own; each draw is a `Draw` with the readings
accepted for it (`date_draws`).

    >>> import random
    >>> draw = MORE_KINDS["before_last"](random.Random(2), date(2023, 10, 25))
    >>> draw.kind
    'before_last'
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable
from datetime import date, timedelta

from benchmarks.date_draws import (
    HOLIDAYS,
    SUBJECTS,
    WEEKDAY_NAMES,
    Draw,
    Expect,
    day_reading,
    draw_at,
    on_or_after,
    on_or_before,
)

__all__ = ["MORE_KINDS"]

_MONTHS = tuple(calendar.month_name)[1:]  # "January" .. "December"
_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(1)


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _archaic_month(rng: random.Random, published: date) -> Draw:
    """ "the 3rd inst." (this month), "the 28th ult." (last month), "the 4th prox." (next)."""
    subject = rng.choice(SUBJECTS)
    word, shift = rng.choice((("inst.", 0), ("ult.", -1), ("prox.", 1)))
    year, month = _month_shift(published, shift)
    if shift == 0 and published.day == 1:
        word, shift = "ult.", -1
        year, month = _month_shift(published, -1)
    last = _month_end(year, month).day
    day = rng.randrange(1, published.day if shift == 0 else min(last, 28) + 1)
    verb = "will meet" if shift > 0 else "met"
    words = f"the {_ordinal(day)} {word}"
    text = f"{subject} {verb} on {words}, as reported."
    return draw_at(
        "archaic_month", word, text, words, published, day_reading(date(year, month, day))
    )


def _week_counted(rng: random.Random, published: date) -> Draw:
    """A week or fortnight counted on from a day: "a week on Tuesday", "Monday week",
    "tomorrow week", "a fortnight on Friday", "this day week"."""
    subject = rng.choice(SUBJECTS)
    frame = rng.randrange(5)
    weekday = rng.choice([d for d in range(7) if d != published.weekday()])  # not "a week today"
    name = WEEKDAY_NAMES[weekday]
    coming = on_or_after(published + timedelta(1), weekday)
    if frame == 0:
        words, day, template = f"a week on {name}", coming + timedelta(7), "a week on W"
    elif frame == 1:
        words, day, template = f"a fortnight on {name}", coming + timedelta(14), "a fortnight on W"
    elif frame == 2:
        words, day, template = f"{name} week", coming + timedelta(7), "W week"
    elif frame == 3:
        words, day, template = "tomorrow week", published + timedelta(8), "tomorrow week"
    else:
        words, day, template = "this day week", published + timedelta(7), "this day week"
    text = f"{subject} will hold the vote {words}."
    return draw_at("week_counted", template, text, words, published, day_reading(day))


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _before_last(rng: random.Random, published: date) -> Draw:
    """ "the week before last", "the weekend before last", "the month before last", "the year
    before last"."""
    subject = rng.choice(SUBJECTS)
    unit = rng.choice(("week", "weekend", "month", "year"))
    monday = published - timedelta(published.weekday())
    if unit == "week":
        first = monday - timedelta(14)
        reading = Expect(first, first + timedelta(6), "week", _iso_week(first))
    elif unit == "weekend":
        saturday = monday - timedelta(9)  # "last weekend" is the last week's
        reading = Expect(saturday, saturday + timedelta(1), "week", f"{_iso_week(saturday)}-WE")
    elif unit == "month":
        year, month = _month_shift(published, -2)
        reading = Expect(
            date(year, month, 1), _month_end(year, month), "month", f"{year}-{month:02d}"
        )
    else:
        year = published.year - 2
        reading = Expect(date(year, 1, 1), date(year, 12, 31), "year", str(year))
    words = f"the {unit} before last"
    text = f"{subject} cut the budget {words}, officials said."
    return draw_at("before_last", f"the {unit} before last", text, words, published, reading)


def _month_part(rng: random.Random, published: date) -> Draw:
    """A part of a month of this year already over: "mid-March", "late March", "early March",
    "the second half of March", "the first half of March"."""
    subject = rng.choice(SUBJECTS)
    if published.month == 1:
        published = published.replace(month=2, day=min(published.day, 28))
    month = rng.randrange(1, published.month)
    year, name = published.year, _MONTHS[month - 1]
    end = _month_end(year, month)
    part, first, last = rng.choice(
        (
            ("early", 1, 10),
            ("mid-", 11, 20),
            ("late", 21, end.day),
            ("the first half of", 1, 15),
            ("the second half of", 16, end.day),
        )
    )
    words = f"{part}{name}" if part.endswith("-") else f"{part} {name}"
    text = f"{subject} said prices rose in {words}."
    value = f"{year}-{month:02d}"
    return draw_at(
        "month_part",
        part.strip("-"),
        text,
        words,
        published,
        Expect(date(year, month, first), date(year, month, last), "month", value),
        Expect(date(year, month, 1), end, "month", value, within=True),
    )


def _decade_part(rng: random.Random, published: date) -> Draw:
    """A decade before the news day, or a part of it: "the 1980s", "the early 1990s", "the
    late 1970s", "the mid-1960s"."""
    subject = rng.choice(SUBJECTS)
    decade = rng.randrange(1900, published.year - published.year % 10, 10)
    part = rng.choice(("", "early ", "mid-", "late "))
    words = f"the {part}{decade}s"
    text = f"{subject} said the mill was built in {words}."
    return draw_at(
        "decade_part",
        f"the {part or 'plain '}decade",
        text,
        words,
        published,
        Expect(
            date(decade, 1, 1), date(decade + 9, 12, 31), "decade", str(decade)[:3], within=True
        ),
    )


def _holiday_year(rng: random.Random, published: date) -> Draw:
    """A holiday of a named year: "Easter Monday 2019", "Boxing Day of 1987", "Whit Monday in
    1975"."""
    subject = rng.choice(SUBJECTS)
    name, on = rng.choice(HOLIDAYS)
    year = rng.randrange(published.year - 30, published.year)
    day = on(year)
    while day is None:
        name, on = rng.choice(HOLIDAYS)
        day = on(year)
    joint = rng.choice((" ", " of ", " in "))
    spoken = name[0].lower() + name[1:] if name.startswith("the ") else name
    words = f"{spoken}{joint}{year}"
    text = f"{subject} closed the border on {words}, records show."
    return draw_at("holiday_year", f"H{joint}YYYY", text, words, published, day_reading(day))


#: fixed days a country keeps, each by the name its papers write
_NATIONAL_DAYS: tuple[tuple[str, int, int], ...] = (
    ("Anzac Day", 4, 25),
    ("Australia Day", 1, 26),
    ("Canada Day", 7, 1),
    ("Waitangi Day", 2, 6),
    ("Guy Fawkes Night", 11, 5),
    ("Bonfire Night", 11, 5),
    ("Hogmanay", 12, 31),
    ("Burns Night", 1, 25),
    ("St Andrew's Day", 11, 30),
    ("St George's Day", 4, 23),
    ("St David's Day", 3, 1),
    ("Remembrance Day", 11, 11),
    ("All Saints' Day", 11, 1),
    ("Juneteenth", 6, 19),
    ("Cinco de Mayo", 5, 5),
)


def _national_day(rng: random.Random, published: date) -> Draw:
    """A fixed day a country keeps, past or to come: "on Anzac Day", "on Hogmanay"."""
    subject = rng.choice(SUBJECTS)
    name, month, day = rng.choice(_NATIONAL_DAYS)
    days = [date(y, month, day) for y in range(published.year - 1, published.year + 2)]
    if published in days:  # not the day itself
        published += timedelta(1)
    if rng.random() < 0.5:
        text, on = (
            f"{subject} marched through the city on {name}.",
            max(d for d in days if d < published),
        )
        template = "past on D"
    else:
        text, on = (
            f"{subject} will march through the city on {name}.",
            min(d for d in days if d > published),
        )
        template = "future on D"
    return draw_at("national_day", template, text, name, published, day_reading(on))


def _new_year(rng: random.Random, published: date) -> Draw:
    """ "the new year" near its turn: the year to come late in a year, this one early in it."""
    subject = rng.choice(SUBJECTS)
    if rng.random() < 0.5:
        published = date(published.year, rng.randrange(10, 13), rng.randrange(1, 29))
        text = f"{subject} will raise fares in the new year."
        year = published.year + 1
        template = "future in the new year"
    else:
        published = date(published.year, rng.randrange(1, 4), rng.randrange(1, 29))
        text = f"{subject} has raised fares twice since the new year."
        year = published.year
        template = "since the new year"
    reading = Expect(date(year, 1, 1), date(year, 12, 31), "year", str(year))
    start = Expect(date(year, 1, 1), date(year, 1, 1), "day", f"{year}-01-01")
    return draw_at("new_year", template, text, "new year", published, reading, start)


def _day_first(rng: random.Random, published: date) -> Draw:
    """A yearless all-number day in a paper that writes its dates day first: "on 14/10" after
    "on 3 October"."""
    subject = rng.choice(SUBJECTS)
    if published.month == 1 or published.day < 3:
        published = date(published.year, max(published.month, 2), 3)
    earlier = date(published.year, published.month, rng.randrange(1, published.day))
    later_month = rng.randrange(1, published.month)
    later = date(published.year, later_month, rng.randrange(1, 29))
    written = f"{later.day}/{later.month}"
    if rng.random() < 0.5:
        written = f"{later.day:02d}/{later.month:02d}"
    text = (
        f"{subject} met on {earlier.day} {_MONTHS[earlier.month - 1]}. "
        f"An earlier hearing was adjourned on {written}."
    )
    return Draw(
        "day_first",
        "on D/M",
        text,
        text.index(written),
        published,
        (day_reading(later),),
        whole=False,
    )


def _short_year(rng: random.Random, published: date) -> Draw:
    """A day with a two-digit year: "3-Oct-23", "3 Oct '23", "Oct. 3 '23"."""
    subject = rng.choice(SUBJECTS)
    day = published - timedelta(rng.randrange(30, 2000))
    short = f"{day.year % 100:02d}"
    abbreviation = _ABBREVIATIONS[day.month - 1]
    words = rng.choice(
        (
            f"{day.day}-{abbreviation}-{short}",
            f"{day.day:02d}-{abbreviation}-{short}",
            f"{day.day} {abbreviation} '{short}",
        )
    )
    text = f"{subject} signed the lease on {words}, the filing shows."
    return draw_at("short_year", "D-Mon-YY", text, words, published, day_reading(day))


def _small_hours(rng: random.Random, published: date) -> Draw:
    """The small hours of a past day: "in the small hours of Sunday", "in the early hours of
    Saturday"."""
    subject = rng.choice(SUBJECTS)
    weekday = rng.randrange(7)
    name = WEEKDAY_NAMES[weekday]
    day = on_or_before(published, weekday)
    words = rng.choice(("the small hours of", "the early hours of", "the early hours of"))
    text = f"Rebels attacked the town in {words} {name}, {subject.lower()} said."
    return draw_at(
        "small_hours",
        words,
        text,
        name,
        published,
        day_reading(day),
        day_reading(day, "time", f"{day.isoformat()}TNI"),
    )


def _counted_back(rng: random.Random, published: date) -> Draw:
    """A unit counted back from the day a story states: "On 3 May 2019 ... The previous month",
    "... A year earlier", "... The week before"."""
    subject = rng.choice(SUBJECTS)
    stated = published - timedelta(rng.randrange(400, 4000))
    head = f"{subject} closed the plant on {stated.day} {_MONTHS[stated.month - 1]} {stated.year}."
    unit = rng.choice(("month", "year"))
    words = rng.choice((f"The previous {unit}", f"A {unit} earlier", f"The {unit} before"))
    text = f"{head} {words}, it had cut 300 jobs."
    if unit == "month":
        year, month = _month_shift(stated, -1)
        reading = Expect(date(year, month, 1), _month_end(year, month), "month")
    else:
        reading = Expect(date(stated.year - 1, 1, 1), date(stated.year - 1, 12, 31), "year")
    return Draw(
        "counted_back",
        words.split()[0] + " " + unit,
        text,
        text.index(words),
        published,
        (reading,),
        whole=False,
    )


MORE_KINDS: dict[str, Callable[[random.Random, date], Draw]] = {
    "archaic_month": _archaic_month,
    "week_counted": _week_counted,
    "before_last": _before_last,
    "month_part": _month_part,
    "decade_part": _decade_part,
    "holiday_year": _holiday_year,
    "national_day": _national_day,
    "new_year": _new_year,
    "day_first": _day_first,
    "short_year": _short_year,
    "small_hours": _small_hours,
    "counted_back": _counted_back,
}
