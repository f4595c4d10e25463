"""Furniture lines of the kinds stop 35 added (`tests/furniture_forms.py` holds them in `FORMS`):
a print-era dateline run into the first sentence, a photo's caption with its credit after a dash
or the place of its people in brackets, a masthead's line whose fields commas part, a paper's
small notices (an event's with its price of entry, a standing timetable), composed from their
parts (`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(print_dateline(), lambda line: "—" in line).count("—")
    1
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _MONTHS, _PLACE_WORDS, _WEEKDAYS, _day, _first, _last, _year

__all__ = ["column_notice", "masthead_line", "placed_caption", "print_dateline"]

_TOWNS = ["TARROW", "KESTREL BAY", "PORT VARGA", "LEITH", "NEW QUAYSIDE"]
_HALLS = ["the Drill Hall", "the Parish Hall", "St. Anne's Hall", "the Harbour Rooms"]
_EVENTS = ["Whist Drive", "Jumble Sale", "Dance", "Concert", "Sale of Work", "Beetle Drive"]
_SOCIETIES = ["ST. ANNE'S GUILD", "TARROW ROWING CLUB", "QUAY WOMEN'S INSTITUTE", "MOTHERS' UNION"]
_PRICES = ["1s.", "2s. 6d.", "6d.", "2/6", "£1", "free", "50p", "Rs. 5"]
_POSITIONS = ["left", "right", "centre", "second from left", "far right", "seated"]
_DOINGS = [
    "leaving the court after the hearing",
    "with her parents at their home in Tarrow",
    "at the quay before the race",
    "receiving the cup from the mayor",
]


@st.composite
def print_dateline(draw: st.DrawFn) -> str:
    """A print-era dateline, run into the first sentence: "TARROW, Tuesday.—", "LEITH, March
    4.—", "PORT VARGA, MAR. 4: ". It names the paper's own day (`furniture_forms.PUBLISHED`,
    Tuesday 4 March 2025): a dateline of a day before it is the story's day of writing, and the
    story's days count from it."""
    town = draw(st.sampled_from(_TOWNS))
    month = draw(st.sampled_from(["March", "Mar.", "MARCH", "MAR."]))
    forms = [
        f"{town}, Tuesday.—",
        f"{town}, Tuesday. — ",
        f"{town}, {month} 4.—",
        f"{town}, {month.upper()} 4: ",
        f"{town}, {month} 4.— ",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def placed_caption(draw: st.DrawFn) -> str:
    """A photo's caption with its credit after a dash, or the place of its people in brackets:
    "Ana Ruiz (left) and Li Wei leaving the court.", "The quay at dawn. — Photo: Jo Lee"."""
    one = f"{draw(_first)} {draw(_last)}"
    two = f"{draw(_first)} {draw(_last)}"
    doing, position = draw(st.sampled_from(_DOINGS)), draw(st.sampled_from(_POSITIONS))
    credit = f"{draw(_first)} {draw(_last)}"
    label = draw(st.sampled_from(["Photo", "File photo", "Picture", "PHOTO"]))
    dash = draw(st.sampled_from([".—", ". — ", ".— "]))
    forms = [
        f"{one} ({position}) and {two} {doing}.",
        f"{one} ({position}) {doing}.{dash.strip(' .')}Photo: Courier",
        f"{one} {doing}{dash}{label}: {credit}",
        f"{one} ({position}) and {two} {doing}. (Courier picture by {credit})",
        f"The old pier at {draw(st.sampled_from(_PLACE_WORDS))}{dash}{label}: {credit}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def masthead_line(draw: st.DrawFn) -> str:
    """A masthead's line whose fields commas part: "THE TARROW SENTINEL, TARROW, TUESDAY,
    FEBRUARY 3, 1948."."""
    paper = draw(st.sampled_from(["SENTINEL", "HERALD", "EVENING ECHO", "COURIER", "ARGUS"]))
    town = draw(st.sampled_from(_TOWNS))
    weekday, month = draw(st.sampled_from(_WEEKDAYS)), draw(st.sampled_from(_MONTHS))
    date = f"{weekday.upper()}, {month.upper()} {draw(_day)}, {draw(_year)}"
    stop = draw(st.sampled_from([".", ""]))
    forms = [
        f"THE {town} {paper}, {town}, {date}{stop}",
        f"THE {town} {paper}, {date}{stop}",
        f"{town} {paper}, {date}{stop}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def column_notice(draw: st.DrawFn) -> str:
    """A paper's small notice: an event's with its price of entry, a heading in capitals run
    into it, or a standing timetable: "Whist Drive in the Drill Hall, Saturday next, 7.30 p.m.
    Admission 1s.", "Masses: Sundays 8.30 and 11 a.m.; weekdays 9 a.m."."""
    event, hall = draw(st.sampled_from(_EVENTS)), draw(st.sampled_from(_HALLS))
    weekday, price = draw(st.sampled_from(_WEEKDAYS)), draw(st.sampled_from(_PRICES))
    clock = draw(st.sampled_from(["7.30 p.m.", "8 p.m.", "2.30 p.m.", "11 a.m.", "8 pm"]))
    label = draw(st.sampled_from(["Admission", "Tickets", "Admission:", "Entrance"]))
    society = draw(st.sampled_from(_SOCIETIES))
    days = draw(st.sampled_from(["Sundays", "Saturdays", "weekdays", "daily", "Fridays"]))
    service = draw(st.sampled_from(["Masses", "Confessions", "Services", "Opening hours"]))
    forms = [
        f"{event} in {hall}, {weekday} next, {clock} {label} {price}",
        f"{society}. {event} in {hall}, {weekday}, {clock} {label} {price}",
        f"{event}, {hall}, {weekday} at {clock} {label} {price}",
        f"{service}: {days} 8.30 and 11 a.m.; weekdays 9 a.m.",
        f"{service}: {days} 7 to 8.30 p.m.",
        f"{service}: Mondays to Fridays 9 a.m. to 5 p.m.; {days} 10 a.m.",
    ]
    return draw(st.sampled_from(forms))
