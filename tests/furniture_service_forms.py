"""Furniture lines of the kinds stop 43 added (`tests/furniture_forms.py` holds them in `FORMS`): a
credit for preparing, checking, monitoring or covering the copy, with its maker's role and
terms; a service's notes on itself (its team and times, a call for tips, what it is for, its
standing schedule, whom it is circulated to, a charity's registration, a forwarded mailing's
call, a circled copyright sign); a file photo's caption by what it is of; a paper's small ad
with its address; a broadcast's stamp ("Air date"); a travel page's practical box. Composed from
their parts (`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(maker_credit(), lambda line: line.startswith("Checked")).startswith("Checked")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _MONTHS, _PLACE_WORDS, _WEEKDAYS, _first, _last, _year

__all__ = ["file_photo", "maker_credit", "page_stamp", "practical_box", "service_note", "small_ad"]

_PARTICIPLES = [
    "Prepared",
    "Checked",
    "Compiled",
    "Monitored and transcribed",
    "Verified",
    "Approved",
    "Edited and proofread",
    "Researched",
    "Produced",
    "Reviewed",
]
_JOB_ROLES = ["Forecaster", "Deputy Director", "Duty Officer", "Senior Analyst", "Editor"]
_BODIES = [
    "Quay Media Monitoring Ltd.",
    "Tarrow Captioning Services",
    "the Harbour Press Office",
    "Kestrel Bay Transcripts",
]
_TERMS = [
    "Not for resale.",
    "This transcript may not be in its final form.",
    "Reproduce freely.",
    "For internal use only.",
]
_OUTLETS = ["Quay Post", "Tarrow Ledger", "Harbour Courier", "Lakeside News"]


@st.composite
def _initials_name(draw: st.DrawFn) -> str:
    """ "M. A. Ruiz", "K. Mensah", "Ana Ruiz"."""
    initials = draw(st.sampled_from(["", "M. ", "M. A. ", "K. "]))
    first = "" if initials else f"{draw(_first)} "
    return f"{initials}{first}{draw(_last)}"


@st.composite
def maker_credit(draw: st.DrawFn) -> str:
    """A credit for preparing or checking the copy: "Prepared by: M. A. Ruiz, Forecaster.",
    "Monitored and transcribed by Quay Media Monitoring Ltd. Not for resale.", two at once."""
    participle = draw(st.sampled_from(_PARTICIPLES))
    colon = draw(st.sampled_from([":", ""]))
    if draw(st.booleans()):
        who = f"{draw(_initials_name())}, {draw(st.sampled_from(_JOB_ROLES))}"
    else:
        who = draw(st.sampled_from(_BODIES)).rstrip(".")
    credit = f"{participle} by{colon} {who}."
    form = draw(st.integers(0, 3))
    if form == 1:
        other = draw(st.sampled_from([p for p in _PARTICIPLES if p != participle]))
        credit += (
            f" {other} by{colon} {draw(_initials_name())}, {draw(st.sampled_from(_JOB_ROLES))}."
        )
    elif form == 2:
        credit += f" {draw(st.sampled_from(_TERMS))}"
    elif form == 3:
        places = " and ".join(
            draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=2, unique=True))
        )
        team = draw(st.sampled_from(["markets team", "news desk", "team", "politics team"]))
        credit = f"Coverage by the {draw(st.sampled_from(_OUTLETS))} {team} in {places}."
        if draw(st.booleans()):
            credit += f" Times are {draw(st.sampled_from(['local', 'Tarrow', 'GMT']))} time."
    return credit


@st.composite
def service_note(draw: st.DrawFn) -> str:
    """A service's note on itself: its team, its times, a call for tips, what it is for, its
    schedule, whom it goes to, a charity's registration, a forwarded mailing's
    call, a circled copyright sign."""
    places = " and ".join(
        draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=2, unique=True))
    )
    document = draw(st.sampled_from(["bulletin", "summary", "report", "update"]))
    forms = [
        f"Our team in {places} is following the storm.",
        f"Our correspondents in {places} are covering the count live.",
        f"Our team in {places} is following the floods. Send tips via the form on this page.",
        "Send us your photos via the link at the top of this page.",
        f"This {document} is for general guidance.",
        f"This {document} is for information only.",
        f"Forecasts for the next five days are issued daily at 1200 GMT on {_site(places)}.",
        "Warnings are updated every three hours.",
        f"This {document} is for general guidance. Warnings are updated every six hours.",
        "Circulated to members and friends. Please pass it on when read.",
        "Distributed free to supporting parishes.",
        f"{places} Mission Society — Registered Charity.",
        f"Registered charity no. {draw(st.integers(100000, 999999))}.",
        f"Forwarded this? Sign up at {_site(places)}/letter.",
        f"Was this forwarded to you? Sign up at {_site(places)}. © {draw(_year)} {places} Trust.",
        f"ⓒ {draw(st.sampled_from(_OUTLETS))}.",
    ]
    return draw(st.sampled_from(forms))


def _site(places: str) -> str:
    """An invented web address from the place's words: "tarrow.example"."""
    return places.split(maxsplit=1)[0].lower() + ".example"


@st.composite
def file_photo(draw: st.DrawFn) -> str:
    """A file photo's caption by what it is of, its outlet in brackets or none: "A 2019 file
    photo of the old mill at Tarrow. (Quay Post)"."""
    year = draw(_year)
    thing = draw(
        st.sampled_from(["the old mill", "the company's plant", "the ferry terminal", "a trawler"])
    )
    opening = draw(
        st.sampled_from([f"A {year} file photo of", "A file picture of", "An archive image of"])
    )
    line = f"{opening} {thing} at {draw(st.sampled_from(_PLACE_WORDS))}."
    if draw(st.booleans()):
        line += f" ({draw(st.sampled_from(_OUTLETS))})"
    return line


@st.composite
def small_ad(draw: st.DrawFn) -> str:
    """A small ad under its label in capitals, its address after it: "WANTED, reliable girl for
    light housework. Apply Mrs. Ruiz, Quay Avenue."."""
    label = draw(st.sampled_from(["WANTED,", "FOR SALE:", "TO LET:", "LOST:"]))
    what = draw(
        st.sampled_from(
            [
                "reliable girl for light housework, sleep in.",
                "pram, as new, offers.",
                "furnished room near the quay.",
                "brown dog answering to Rex.",
            ]
        )
    )
    line = f"{label} {what}"
    street = draw(st.sampled_from(["Quay Avenue", "Mill Lane", "Harbour Road"]))
    title = draw(st.sampled_from(["Mrs.", "Mr.", "Miss"]))
    address = draw(st.sampled_from(["", f"{draw(st.integers(2, 90))} "])) + street
    if draw(st.booleans()):
        line += f" Apply {title} {draw(_last)}, {address}."
    return line


@st.composite
def page_stamp(draw: st.DrawFn) -> str:
    """A broadcast's stamp: "Air date: Friday, May 3, 1996.", "Aired Friday 3 May 1996, 07:30
    GMT"."""
    weekday = draw(st.sampled_from(_WEEKDAYS))
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(_MONTHS)), draw(_year)
    hour, minute = draw(st.integers(7, 23)), draw(st.integers(0, 59))
    forms = [
        f"Air date: {weekday}, {month} {day}, {year}.",
        f"Air date: {weekday}, {month} {day}, {year}. Monitored and transcribed by "
        f"{draw(st.sampled_from(_BODIES))}",
        f"Aired {weekday} {day} {month} {year}, {hour:02d}:{minute:02d} GMT",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def practical_box(draw: st.DrawFn) -> str:
    """A travel page's practical box under its label: "Getting there: Quay Air flies daily to
    Tarrow from Leith and Kestrel Bay.", "Where to stay: ..."."""
    places = draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=2, max_size=3, unique=True))
    airline = draw(st.sampled_from(["Quay Air", "Coastal Airways", "Northern Wings"]))
    forms = [
        f"Getting there: {airline} flies daily to {places[0]} from {' and '.join(places[1:])}.",
        f"Getting around: buses run every hour between {places[0]} and {places[1]}.",
        f"Where to stay: the Harbour Inn in {places[0]} has rooms from $80 a night.",
        f"When to go: {places[0]} is busiest in {draw(st.sampled_from(_MONTHS))}.",
        f"Need to know: {airline} flies to {places[0]} twice a week; book ahead.",
    ]
    return draw(st.sampled_from(forms))
