"""Furniture lines of the kinds stop 34 added (`tests/furniture_forms.py` holds them in `FORMS`):
a reprint's line, a note on the page's history, a writer's bio, a gallery's counter, a reader's
call or note, composed from their parts (`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(writer_bio(), lambda line: " covers " in line).count(" covers ")
    1
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import (
    _PLACE_WORDS,
    _TOPICS,
    _WEEKDAYS,
    _agency,
    _city,
    _clock,
    _day,
    _first,
    _full_date,
    _month_day,
    _name,
    _outlet,
    _year,
)

__all__ = ["gallery_counter", "history_note", "reader_note", "reprint_line", "writer_bio"]

_LICENCES = ["a Creative Commons license", "a Creative Commons licence", "a CC BY-ND 4.0 license"]
_SUFFIXES = ["LLC", "Inc.", "Ltd.", "Agency", "Syndicate", "Services"]


@st.composite
def reprint_line(draw: st.DrawFn) -> str:
    """Where the story was printed first: "Reprinted with permission from the Valley Courier.",
    "This article is republished from Metro Wire under a Creative Commons license."."""
    outlet, name = draw(_outlet), draw(_name())
    verb = draw(st.sampled_from(["Reprinted", "Republished", "Reproduced"]))
    piece = draw(st.sampled_from(["article", "story", "piece", "essay", "column"]))
    forms = [
        f"{verb} with permission from {outlet}.",
        f"{verb} with permission.",
        f"{verb} by permission of {outlet}.",
        f"{verb} from {outlet}, {draw(_full_date())}.",
        f"Excerpted from \u201cThe {draw(st.sampled_from(_PLACE_WORDS))} Years\u201d by {name}.",
        f"This {piece} is republished from {outlet} under {draw(st.sampled_from(_LICENCES))}. "
        "Read the original article.",
        f"This {piece} was republished with permission from {outlet}.",
        f"This {piece} is reprinted here with permission of {outlet}.",
        f"Distributed by {draw(st.sampled_from(_PLACE_WORDS))} Content Agency, "
        f"{draw(st.sampled_from(_SUFFIXES))}.",
        f"*{verb} with permission from {outlet}.*",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def history_note(draw: st.DrawFn) -> str:
    """A note on the page's history: "Updated at 3:42 p.m. on March 4 with comment from the
    mayor.", "Correction appended March 5, 2025", "Originally aired March 4, 2025"."""
    outlet, date, clock = draw(_outlet), draw(_full_date()), draw(_clock())
    verb = draw(st.sampled_from(["Updated", "Corrected", "Amended", "Revised"]))
    change = draw(
        st.sampled_from(
            [
                "with comment from the mayor",
                f"with comment from {draw(_name())}",
                "to include the council's vote",
                "to reflect new figures",
                "to correct the spelling of a name",
                "with additional reporting",
                "to clarify the ferry company's position",
            ]
        )
    )
    forms = [
        f"{verb} at {clock} on {draw(_month_day())} {change}.",
        f"{verb} on {date} {change}.",
        f"{verb} {change}.",
        f"({verb} {change})",
        f"{draw(st.sampled_from(['Correction', 'Clarification', 'Update']))} appended {date}",
        f"Published in the {date} print edition",
        f"Published in the {date} print edition of {outlet}.",
        f"Appeared in the {draw(st.sampled_from(_WEEKDAYS))} print edition of {outlet}.",
        f"Archived from the original on {date}",
        f"{draw(st.sampled_from(['Originally', 'First']))} "
        f"{draw(st.sampled_from(['aired', 'broadcast', 'posted']))} {date}",
        f"First broadcast on {date} on {draw(st.sampled_from(_PLACE_WORDS))} Tonight.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def writer_bio(draw: st.DrawFn) -> str:
    """A writer's bio: "Ana Ruiz is a reporter who covers the harbour for the Valley Courier."."""
    name, outlet = draw(_name()).title(), draw(_outlet)
    topic, city = draw(st.sampled_from(_TOPICS)), draw(_city()).title()
    trade = draw(
        st.sampled_from(
            [
                "a reporter",
                "a staff writer",
                "a freelance journalist",
                "a senior correspondent",
                "an award-winning photographer",
                f"{outlet.removeprefix('The ')}'s "
                f"{draw(st.sampled_from(['business', 'Africa', 'health']))} editor",
                "a contributing columnist",
            ]
        )
    )
    reach = draw(
        st.sampled_from(
            [
                "",
                f" She can be reached at {draw(_first).lower()}@courier.example.",
                f" Follow him on X @{draw(_first).lower()}{draw(_day)}.",
            ]
        )
    )
    forms = [
        f"{name} is {trade} who covers {topic} for {outlet}.{reach}",
        f"{name} is {trade} based in {city}.{reach}",
        f"{name} is {trade} in {city}.{reach}",
        f"{name} writes about {topic} for {outlet}.{reach}",
        f"{name} covers {topic} for {outlet}.{reach}",
        f"{name} reports on {topic} for {outlet} from {city}.{reach}",
    ]
    return draw(st.sampled_from(forms)).replace("'S ", "'s ")


@st.composite
def gallery_counter(draw: st.DrawFn) -> str:
    """A gallery's counter: "Image 1 of 12: Workers clear debris in Lima.", "3 of 8"."""
    shown = draw(st.integers(1, 9))
    count = shown + draw(st.integers(0, 30))
    label = draw(st.sampled_from(["Image", "Photo", "Picture", "Slide", "IMAGE", "Gallery"]))
    scene = draw(
        st.sampled_from(
            [
                f"Workers clear debris in {draw(_city()).title()}",
                f"{draw(_name())} speaks to reporters",
                f"A ferry leaves {draw(st.sampled_from(_PLACE_WORDS))} quay",
            ]
        )
    )
    forms = [
        f"{label} {shown} of {count}",
        f"{label} {shown}/{count}",
        f"{shown} of {count}",
        f"({shown}/{count})",
        f"{label} {shown} of {count}: {scene}.",
        f"{label} {shown} of {count} | {scene}",
        f"{shown} of {count} — {scene}. ({draw(_agency)})",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def reader_note(draw: st.DrawFn) -> str:
    """A page's call or note to its reader: "Want more stories like this? Sign up ...", "The
    views expressed in this article are the writer's own.", "Connect with us on LinkedIn"."""
    outlet, network = draw(_outlet), draw(st.sampled_from(["Facebook", "LinkedIn", "X"]))
    forms = [
        f"Want more stories like this? Sign up for {outlet}'s daily briefing.",
        "This article is for subscribers only.",
        f"Already a subscriber? Log in to {outlet}.",
        f"If you value our reporting on {draw(st.sampled_from(_TOPICS))}, please support us.",
        f"Support our journalism: become a member of {outlet}.",
        f"This article is more than {draw(st.integers(2, 9))} years old",
        f"This article was translated from {draw(st.sampled_from(['Spanish', 'French']))}.",
        "The views expressed in this article are the writer's own and do not necessarily "
        f"reflect those of {outlet}.",
        "Tell us what you think in the comments below.",
        "What do you think? Let us know in the comments.",
        "This is a rush transcript. Copy may not be in its final form.",
        f"Connect with us on {network}",
        f"Join the conversation on {network}",
        f"About the author: {draw(_name())} has covered {draw(st.sampled_from(_TOPICS))} since "
        f"{draw(_year)}.",
        f"Got a story tip? Email {draw(_first).lower()}@courier.example.",
        "Story continues below advertisement",
    ]
    return draw(st.sampled_from(forms))
