"""Days a page states that the finder missed or misread (stop 45, helper `pubdate`), each kind
with its own invented variants and the days near it that are no publication date: a standfirst
under the headline over the page's stamp, a wire's date-time group, a filing stamp in a slug
of desk codes, a masthead's fields set apart by bullets or without separators, a weekly's
issue named by its week, a catalogue's broadcast day beside a bulletin's yearless head, a
script's "NOV 7/96", a cuttings library's filing day, and a month told with another year."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.published import resolve_published

_STORY = "\n\nThe harbour board met on the quay to discuss the new berth. It voted to build it."
#: a story long enough that its head is not its foot (the foot reads stamps of its own)
_LONG_STORY = (
    _STORY
    + "".join(
        f"\n\nThe {place} berth will take ships of up to {size} tonnes, the board said."
        for place, size in (("north", 4000), ("south", 6000), ("east", 8000), ("west", 9000))
    )
    + "\n\nWork begins in the spring."
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a standfirst, a sentence under the headline, over the byline and the stamp
        (
            "MARSH MAGAZINE › Features › Birds\nCounting herons\n"
            "Fewer nests and colder springs: can the old heronry on the marsh hold on?\n"
            "By Jo Lee | Photographs by Al Roe\nPosted June 16, 2004",
            date(2004, 6, 16),
        ),
        (
            "Poet wins prize\n"
            "The judges read more than three hundred entries for this year's award.\n"
            "Tarrow News Arts / By arts reporter Ana Ruiz\nPosted Thu 22 Jul 2021, 5:12pm AEST",
            date(2021, 7, 22),
        ),
        (
            "Poet wins prize\n\nThe judges read more than three hundred entries for the award.\n\n"
            "Published 14 March 2019",
            date(2019, 3, 14),
        ),
        # a date-time group in the wire's sign-off names the dateline's day and its year
        (
            "Bank frozen\nTARROW, March 17 (HW) -- The commission froze the bank's accounts today.",
            date(1964, 3, 17),
        ),
        # a filing stamp at the end of a slug of desk codes, its year in two figures
        (
            "Jury meets\nWIRE 114 FILM DESK TAKE 1 OF 1 FILED 04 MAY 56 1840 GMT\n"
            "TARROW, May 4 (WS) -- The jury met behind closed doors.",
            date(1956, 5, 4),
        ),
        # a masthead's fields set apart by small squares or bullets
        (
            "Navy signs\nHARBOUR TRADE WEEKLY ▪ Vol. 9, No. 38 ▪ 26 September 1996 ▪ "
            "Subscribers' edition: not for onward circulation",
            date(1996, 9, 26),
        ),
        (
            "Navy signs\nTHE QUAY LETTER • No. 14 • 3 March 2001 • Members only",
            date(2001, 3, 3),
        ),
        # an issue named by the last day of its week, in a masthead without separators
        (
            "BAND TO TOUR\nTHE BEAT No. 412 Week ending Saturday, October 3, 1964 Sixpence",
            date(1964, 10, 3),
        ),
        # a weekly's issue named by its week's first day, after the number
        (
            "Clubs reject offer\nMARKETS WEEKLY\nVol. 7, No. 8 — Week of 24 February 1986",
            date(1986, 2, 24),
        ),
        # a catalogue's broadcast day: its own line, or the year of a bulletin's yearless head
        (
            "Troops home\n[Catalogue: broadcast 6.4.1968; typescript scanned 19.11.2004]",
            date(1968, 4, 6),
        ),
        (
            "Troops home\nTARROW NEWSROOM — 1.30 P.M. BULLETIN — SATURDAY 6th APRIL\n"
            "[Catalogue: broadcast 6.4.1968; typescript scanned 19.11.2004]",
            date(1968, 4, 6),
        ),
        # a script's day, its year after a slash, its weekday checked
        (
            "Ward to close\nRADIO TARROW | MORNING DESK | THURS NOV 7/96 | 0700 BULLETIN",
            date(1996, 11, 7),
        ),
        # a yearless dateline in the year the story names as still running
        (
            "Storm lashes coast\nTARROW, Aug. 28 -- The storm, the 13th to form so far in 1986, "
            "crossed the coast early this morning.",
            date(1986, 8, 28),
        ),
        # a cuttings library's filing day is not the paper's; the source line under it is
        (
            "Sergeant denies theft\nTOWN LIBRARY — CUTTINGS FILE: PORTS — FILED 12 MAR 1981 — "
            "DO NOT REMOVE\nThe Harbour Star, Monday, March 9, 1981 — p. 3\nBy JO LEE",
            date(1981, 3, 9),
        ),
    ],
)
def test_stated_day_found(head: str, expected: date) -> None:
    text = head + _LONG_STORY
    if "(HW)" in head:
        text += "\n\nHW/jk 171412 GMT MAR 64"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    "text",
    [
        # two sentences under the headline: the story has begun; a day under it is the story's
        "Ferry sails\nThe harbour board met on the quay to discuss the new berth at length today.\n"
        "The mayor said the plan would cost the town far more than the board had first said.\n"
        "Related: Fares rise — 4 March 2019\n\nIt voted.",
        # a date-time group naming another day than the dateline's
        "Bank frozen\nTARROW, March 17 (HW) -- The commission froze the accounts today."
        "\n\nHW/jk 181412 GMT MAR 64",
        # two years named as the page's own that disagree; a head's weekday the year does not fit
        "Storm lashes coast\nTARROW, Aug. 28 -- The storm, the 13th so far in 1986, crossed the "
        "coast early this morning, a month after this year's 1987 budget." + _LONG_STORY,
        "Storm lashes coast\nTARROW, Monday, Aug. 28 -- The storm, the 13th so far in 1986, "
        "crossed the coast this morning." + _LONG_STORY,
        # a cuttings library's filing day alone
        "Sergeant denies theft\nTOWN LIBRARY — CUTTINGS FILE: PORTS — FILED 12 MAR 1981 — "
        "DO NOT REMOVE" + _LONG_STORY,
        # a period's first day with no issue's number
        "Week in review\nThe Valley Courier | Week of Feb. 4, 2019" + _LONG_STORY,
        # a catalogue's day of another thing, and a broadcast naming another day than the head's
        "Troops home\n[Catalogue: typescript scanned 19.11.2004]" + _LONG_STORY,
        "Troops home\nTARROW NEWSROOM — BULLETIN — SATURDAY 6th APRIL\n"
        "[Catalogue: broadcast 7.4.1968]" + _LONG_STORY,
        # a script's weekday that does not fit, and a night's two days
        "Ward to close\nRADIO TARROW | MORNING DESK | FRI NOV 7/96 | 0700 BULLETIN" + _LONG_STORY,
        "Ward to close\nRADIO TARROW | MORNING DESK | NOV 10/11 | 0700 BULLETIN" + _LONG_STORY,
        # an all-number stamp whose order only a month told with another year would decide
        "Strike at the mill\n11/06/2008 14:22\n\nWorkers downed tools. A two-week strike at the "
        "mill in July last year cost the company dearly.",
    ],
)
def test_no_day_rather_than_a_guess(text: str) -> None:
    assert resolve_published(text).date is None


#: a two-digit year is read in the century that puts it no later than next year
_DAYS = st.dates(date(1940, 1, 1), date(2025, 12, 31))
_MONTH_ABBREVIATIONS = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)


@given(_DAYS, st.integers(0, 23), st.integers(0, 59), st.sampled_from([" GMT", "Z", " UTC"]))
def test_a_date_time_group_gives_the_datelines_year(
    day: date, hour: int, minute: int, zone: str
) -> None:
    month = _MONTH_ABBREVIATIONS[day.month - 1]
    dateline = f"TARROW, {day:%B} {day.day} (HW) -- The board froze the accounts today."
    group = f"HW/jk {day.day:02d}{hour:02d}{minute:02d}{zone} {month} {day:%y}"
    assert resolve_published(f"Bank frozen\n{dateline}{_LONG_STORY}\n\n{group}").date == day


@given(_DAYS, st.sampled_from(["%a %d %b %Y, %I:%M%p AEST", "%B %d, %Y", "%d %B %Y"]))
def test_a_stamp_under_a_standfirst_and_its_byline_is_the_pages(day: date, form: str) -> None:
    head = (
        "MARSH MAGAZINE › Features › Birds\nCounting herons\n"
        "Fewer nests and colder springs: can the old heronry on the marsh hold on?\n"
        f"By Jo Lee | Photographs by Al Roe\nPosted {day.strftime(form)}"
    )
    assert resolve_published(head + _LONG_STORY).date == day
