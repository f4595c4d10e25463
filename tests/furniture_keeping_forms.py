"""Furniture lines of the kinds stop 50 added (`tests/furniture_forms.py` holds them in `FORMS`):
a postal address after whom it is of or who made the page, a publication's notes on how it
keeps what it prints, a page's calls to comment, share or pay, and a cutting's source line.
Composed from their parts (`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(address_line(), lambda line: line.startswith("Prepared")).startswith("Prepared by")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_article import PUBLISHED
from .furniture_parts import _MONTHS, _PLACE_WORDS, _outlet

__all__ = ["address_line", "cutting_line", "house_note", "reader_call"]

_LABELS = ["Subscriptions", "Offices", "Advertising", "Editorial offices", "Orders"]
_STREETS = ["Street", "Lane", "Road", "Gardens", "Mall", "Terrace", "Avenue"]
_MAKERS = ["Prepared", "Printed", "Published", "Compiled", "Issued"]
_OFFICES = ["the Clerk's Office", "the Registrar", "the Harbour Press", "the Information Unit"]
_SENDS = ["Donations may be sent to", "Further gifts may be sent to", "Entries should be sent to"]
_TREASURERS = ["the Hon. Treasurer", "the Secretary", "the Organiser"]
_FUNDS = ["Tarrow Relief Fund", "Quay Orphans' Fund", "Lakeside Appeal"]
_TAILS = ["", " Telephone 01-555 0100.", " Not an official record.", " Tel. (021) 455 0101."]


@st.composite
def address_line(draw: st.DrawFn) -> str:
    """ "Subscriptions: Quay Publishing Ltd, 14 Mill Lane, Tarrow QT4.", "Prepared by the Clerk's
    Office, 221 Quay Street, Lakeside.", "Donations may be sent to the Hon. Treasurer, Tarrow
    Relief Fund, 12 North Mall, Tarrow.", "Quay Wildlife Trust · P.O. Box 418, Tarrow"."""
    number = draw(st.integers(1, 400))
    street = f"{number} {draw(st.sampled_from(['Mill', 'Quay', 'North', 'Harbour']))} "
    street += draw(st.sampled_from(_STREETS))
    town = draw(st.sampled_from(_PLACE_WORDS))
    town += draw(st.sampled_from(["", " 4", " QT4", " EC1"]))
    tail = draw(st.sampled_from(_TAILS))
    forms = [
        f"{draw(st.sampled_from(_LABELS))}: {draw(_outlet)} Ltd, {street}, {town}.{tail}",
        f"{draw(st.sampled_from(_MAKERS))} by {draw(st.sampled_from(_OFFICES))}, {street}, "
        f"{town}.{tail}",
        f"{draw(st.sampled_from(_SENDS))} {draw(st.sampled_from(_TREASURERS))}, "
        f"{draw(st.sampled_from(_FUNDS))}, {street}, {town}.",
        f"{draw(st.sampled_from(_FUNDS))}{draw(st.sampled_from([' · ', ' | ']))}P.O. Box "
        f"{number}, {town}",
    ]
    return draw(st.sampled_from(forms))


_KEPT = [
    "Minutes are posted once approved by the Board.",
    "Names suppressed by order of the Court are not included.",
    "Summaries are prepared by the Gazette staff and are not part of the judgment.",
    "Judgments in both matters are published in full in the Harbour Gazette.",
    "These highlights are not the official minutes of the meeting.",
    "Full texts are available from the registry on request.",
    "Transcripts are prepared from the broadcast audio and may contain errors.",
]


@st.composite
def house_note(draw: st.DrawFn) -> str:
    """A publication's note on how it keeps what it prints: "Minutes are posted once approved
    by the Board.", "Official prices for the week appear in the Market Tables on page 14.", one
    or two on a line."""
    pointer = (
        f"{draw(st.sampled_from(['Official prices', 'Closing prices', 'Full results']))} for "
        f"the week appear in the {draw(st.sampled_from(['Market Tables', 'Results Page']))} on "
        f"page {draw(st.integers(2, 40))}."
    )
    notes = draw(st.lists(st.sampled_from([*_KEPT, pointer]), min_size=1, max_size=2, unique=True))
    return " ".join(notes)


_CALLS = [
    "Join the conversation",
    "Join the discussion",
    "Have your say in the comments below.",
    "Have your say.",
    "Enjoyed this article? Share it with a friend.",
    "Enjoyed this newsletter? Forward it to a colleague.",
    "Support independent journalism. Donate today.",
    "Support local news. Become a member.",
    "Our journalism relies on readers like you.",
    "Our reporting depends on subscribers like you.",
]


@st.composite
def reader_call(draw: st.DrawFn) -> str:
    """A page's call to its reader: to comment, to share, to pay."""
    return draw(st.sampled_from(_CALLS))


@st.composite
def cutting_line(draw: st.DrawFn) -> str:
    """A cutting's source line, its day the page's (`PUBLISHED`, as the story around it is
    dated): "From THE HARBOUR TIMES, March 4, 2025, page 22"."""
    paper = draw(_outlet)
    paper = paper.upper() if draw(st.booleans()) else paper
    year, month, day = (int(part) for part in PUBLISHED.split("-"))
    month_name = _MONTHS[month - 1]
    written = draw(st.sampled_from([f"{month_name} {day}, {year}", f"{day} {month_name} {year}"]))
    page = draw(st.sampled_from(["page", "p.", "Page"]))
    return f"From {paper}, {written}, {page} {draw(st.integers(1, 60))}"
