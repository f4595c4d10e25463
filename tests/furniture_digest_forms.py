"""Furniture lines of the kinds stop 51 added (`tests/furniture_forms.py` holds them in `FORMS`):
a digest's head over each item, a note set wholly in brackets, a caption closed by its credit
in brackets, a letter's or a live page's sign-off and greeting, a publication's schedule and
its subscription line. Composed from their parts (`tests/furniture_parts.py`); every part
invented.

    >>> from hypothesis import find
    >>> find(digest_head(), lambda line: line.startswith("From")).startswith("From ")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_article import PUBLISHED
from .furniture_parts import _MONTHS, _PLACE_WORDS, _WEEKDAYS, _first, _last, _outlet

__all__ = ["bracket_note", "credit_caption", "digest_head", "letter_voice", "subscription"]

_PAPERS = ["NORRA KUSTEN", "DIARIO DEL PUERTO", "KESKI-LAAKSO", "ΤΑ ΝΕΑ ΤΟΥ ΛΙΜΑΝΙΟΥ"]
_PAPERS += ["TARROW SHIMPO"]
_NOTES = ["(leading article)", "(news page)", "(summary)", "(full translation)", ""]
_LANGUAGES = ["Spanish", "Portuguese", "French", "Greek", "Swahili"]
_STATIONS = ["Radio Nacional", "Voice of the Coast", "commercial radio", "state television"]
_PAPER_KINDS = ["", "the weekly ", "the daily ", "the evening paper "]


@st.composite
def digest_head(draw: st.DrawFn) -> str:
    """ "II. NORRA KUSTEN (Tarrow), 4.3.2025 (leading article)", "From DIARIO DEL PUERTO,
    04.03.2025:", "Lima, Radio Nacional in Spanish 1500 GMT 4 Mar 25": its day the page's
    (`PUBLISHED`), as a digest's items are the day's, and the story's days count from it."""
    paper = draw(st.sampled_from(_PAPERS))
    year, month, day = (int(part) for part in PUBLISHED.split("-"))
    short_year = year % 100
    numbered = draw(st.sampled_from(["", "II. ", "3. ", "Item 2. "]))
    town = draw(st.sampled_from(["", f" ({draw(st.sampled_from(_PLACE_WORDS))})"]))
    note = draw(st.sampled_from(_NOTES))
    forms = [
        f"{numbered}{paper}{town}, {day}.{month}.{year} {note}".strip(),
        f"{numbered}{paper}{town}, {day:02d}.{month:02d}.{short_year:02d}",
        f"From {draw(st.sampled_from(_PAPER_KINDS))}{paper}, {day:02d}.{month:02d}.{year}:",
        f"From {draw(st.sampled_from(_PAPER_KINDS))}{paper}, which appeared today:",
        f"{draw(st.sampled_from(_PLACE_WORDS))}, {draw(st.sampled_from(_STATIONS))} in "
        f"{draw(st.sampled_from(_LANGUAGES))} {draw(st.integers(0, 23)):02d}"
        f"{draw(st.sampled_from(['00', '30', '45']))} GMT {day} "
        f"{_MONTHS[month - 1][:3]} {short_year:02d}",
    ]
    return draw(st.sampled_from(forms))


_BRACKETED = [
    "Passage omitted: list of units",
    "END OF TRANSCRIPT",
    "Monitor's note: the item was not broadcast in full",
    "Continued on Page 6",
    "Other harbour news, Page 14",
    "Image: The quay at dawn. (Harbour Board)",
    "Translated from the Greek by the desk",
]


@st.composite
def bracket_note(draw: st.DrawFn) -> str:
    """A note set wholly in brackets: "[Passage omitted: list of units]", "(Continued on Page
    6)"."""
    note = draw(st.sampled_from(_BRACKETED))
    if "(" in note:
        return f"[{note}]"
    opening, closing = draw(st.sampled_from([("[", "]"), ("(", ")")]))
    return f"{opening}{note}{draw(st.sampled_from(['', '.']))}{closing}"


_SCENES = [
    "Children at the shrine festival in {month} {year}.",
    "Workers brace the old hall's front in {month} {year}.",
    "A 2019 file photo of the mill at {place}.",
    "Divers search the harbour at {place}.",
    "The new footbridge over the river at {place}.",
]


@st.composite
def credit_caption(draw: st.DrawFn) -> str:
    """A caption closed by its credit in brackets: "Children at the shrine festival in November
    2018. (Tarrow Shimbun)"."""
    scene = draw(st.sampled_from(_SCENES)).format(
        month=draw(st.sampled_from(_MONTHS)),
        year=draw(st.integers(1990, 2024)),
        place=draw(st.sampled_from(_PLACE_WORDS)),
    )
    credit = draw(st.sampled_from([draw(_outlet), f"{draw(_first)} {draw(_last)}", "FILE"]))
    return f"{scene} ({credit})"


@st.composite
def letter_voice(draw: st.DrawFn) -> str:
    """A letter's or a live page's own lines: its sign-off with its writer's return, its full
    story's place or a skipped issue; its writer's greeting by name and the issue's word on
    itself."""
    writer = f"{draw(_first)} {draw(_last)}"
    forms = [
        f"That's all from us today. {writer} will be back with our markets live blog at 8am "
        "tomorrow. Thanks for following.",
        "That's where we'll leave our live coverage for today. Thanks for following. Full story "
        "at our homepage.",
        f"That's it for this week. No issue on Easter Monday — see you "
        f"{draw(st.sampled_from(_MONTHS))} {draw(st.integers(1, 28))}.",
        f"Hi all — {draw(_first)} here. Short issue this week, because I'm writing from a train. "
        "Let's go.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def subscription(draw: st.DrawFn) -> str:
    """A publication's schedule and its subscription line: "The Quay Letter is published every
    Tuesday.", "Subscriptions: $48 a year. 12 Mill Street, Tarrow 2."."""
    town = draw(st.sampled_from(_PLACE_WORDS))
    price = draw(st.sampled_from(["$48 a year", "£18 a year, post free", "DM 240 a year"]))
    forms = [
        f"Subscriptions: {price}. {draw(st.integers(1, 400))} Mill Street, {town} 2.",
        f"Subscriptions: {draw(_outlet)} Verlag, Hafenstraße {draw(st.integers(1, 90))}, 2000 "
        f"{town} 1.",
        f"Subscription rates: {price} in the county; more elsewhere.",
        f"This journal appears every {draw(st.sampled_from(_WEEKDAYS))}. Annual subscription "
        "DM 180.",
        f"{draw(_outlet)} is published every {draw(st.sampled_from(_WEEKDAYS))}. Subscriptions: "
        f"{price}.",
    ]
    return draw(st.sampled_from(forms))
