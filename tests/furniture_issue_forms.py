"""Furniture lines of the kinds stop 36 added (`tests/furniture_forms.py` holds them in `FORMS`):
a company release's dateline (its source between two dashes, a place and a spaced dash), a
paper's own picture credited from its files or before its caption, an issue's own lines (a
greeting, its contents, a run-in summary, its next issue by its weekday, an advertisement's
label, a bulletin's round-up, a series' pointer, an archive copy's note, a journal's running
head, reference and citation, a contact's company before its label, an update's note behind a
footnote's mark) and a bulletin's notices (a dance with its day and no clock, a timetable with
its room and a welcome, a weather line with each place's top). Composed from their parts
(`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(release_dateline(), lambda line: "(" in line).count("--")
    2
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _CITIES, _MONTHS, _PLACE_WORDS, _WEEKDAYS, _first, _last, _year

__all__ = ["bulletin_notice", "file_caption", "issue_line", "release_dateline"]

_WIRES = ["WIRE SERVICE", "Release Wire", "NEWSLINE", "CORPORATE WIRE", "Market Newswire"]
_PAPERS = ["Courier", "Harbour Times", "Kestrel", "Valley Courier", "Ledger", "Post"]
_SCENES = [
    "Residents wade through floodwater in Tarrow during an earlier storm",
    "The old ferry terminal at Kestrel Bay",
    "A trader watches the screens at the harbour exchange",
    "Crowds outside the town hall before the vote",
]
_ITEMS = ["bus fares", "the quay inquest", "rain on the coast", "the cup final", "school meals"]
_BUSINESSES = ["Quay Dental", "Harbour Pet Clinic", "Tarrow Tyres", "Lakeside Physio"]


@st.composite
def release_dateline(draw: st.DrawFn) -> str:
    """A company release's dateline, run into its first sentence: "TARROW--(WIRE SERVICE)--",
    "Lima, Peru--(Release Wire)--", "Geneva – ", "Dar es Salaam — "."""
    city = draw(st.sampled_from(_CITIES))
    wire = draw(st.sampled_from(_WIRES))
    dash = draw(st.sampled_from([" – ", " — "]))
    forms = [
        f"{city.upper()}--({wire})--",
        f"{city}--({wire})--",
        f"{city}, {draw(st.sampled_from(['Peru', 'Kenya', 'Samoa']))}--({wire})--",
        f"{city}{dash}",
        f"{city}, 4 March {draw(_year)}{dash}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def file_caption(draw: st.DrawFn) -> str:
    """A paper's own picture, from its files or credited before its caption: "The old ferry
    terminal at Kestrel Bay. (Courier file photo)", "Ledger photo: Crowds outside the town
    hall."."""
    paper, scene = draw(st.sampled_from(_PAPERS)), draw(st.sampled_from(_SCENES))
    kind = draw(st.sampled_from(["file photo", "archive picture", "file photograph"]))
    forms = [
        f"{scene}. ({paper} {kind})",
        f"({paper} {kind})",
        f"{paper} photo: {scene} on {draw(st.sampled_from(_WEEKDAYS))} morning.",
        f"{scene} in {draw(_year)}. ({paper} {kind})",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def issue_line(draw: st.DrawFn) -> str:
    """An issue's own line: its greeting and contents, a run-in summary, its next issue, an
    advertisement, a round-up, a series' pointer, an archive copy's note, a journal's head,
    reference and citation, a contact under its company, an update's note."""
    place = draw(st.sampled_from(_PLACE_WORDS))
    one, two, three = draw(st.permutations(_ITEMS))[:3]
    weekday, month = draw(st.sampled_from(_WEEKDAYS)), draw(st.sampled_from(_MONTHS))
    year, name = draw(_year), f"{draw(_first)} {draw(_last)}"
    volume, number = draw(st.integers(1, 120)), draw(st.integers(1, 12))
    page = draw(st.integers(10, 1900))
    reference = f"Harbour Review {year};{volume}({number}):{page}-{page + 3}."
    forms = [
        f"Good morning from {place}.",
        "Good evening, and welcome back.",
        f"Good morning. Today in {draw(st.integers(2, 9))} minutes: {one}, {two}, and {three}.",
        f"In this issue: {one}, {two} and who pays for them.",
        f"Summary: The harbour trust's income rose 24% in the quarter; {one} cost more.",
        f"Next {weekday}: what the new timetable means for {place}.",
        f"SPONSORED · {draw(st.sampled_from(_BUSINESSES))} is open 7 days a week, 8 a.m. to 8 p.m.",
        f"In other news this hour: {one}, {two}, and {three}.",
        f"Read the previous one: Who pays for the {place} sea wall?",
        f"Archive scan: Coast Press English service, reel {year}/{number}. Photo not available.",
        f"{page}     {month} {year}, Vol. {volume}, No. {number}     HR",
        reference,
        f"Cite as: {draw(_last)} J. Fares rise on the coast. {reference}",
        f"Quay Holdings AG, Investor Relations: {name}, tel. 01 261 19 08",
        f"* This article was updated on {weekday} to correct the spelling of a name.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def bulletin_notice(draw: st.DrawFn) -> str:
    """A bulletin's or a paper's notice: a dance with its day and no clock, a standing meeting
    with its room and a welcome, a weather line with each place's top."""
    weekday = draw(st.sampled_from(_WEEKDAYS))
    band = f"{draw(_first)} {draw(_last)} and his {draw(st.sampled_from(['Band', 'Orchestra']))}"
    price = draw(st.sampled_from(["3/6", "2s.", "£1", "free"]))
    clock = draw(st.sampled_from(["5:30 p.m.", "7.30 p.m.", "8 pm", "12.15 p.m."]))
    group = draw(st.sampled_from(["Staff meetings", "Choir practice", "Chess club", "Rehearsals"]))
    one, two = draw(st.permutations(["Tarrow", "Kestrel Bay", "Leith", "Lakeside"]))[:2]
    top = draw(st.integers(40, 95))
    forms = [
        f"DANCING at the Quay Pavilion, {weekday} night, to {band}. Admission {price}.",
        f"Dance in the Drill Hall, {weekday} next, to {band}. Admission {price}.",
        f"{group}: {weekday}s, {clock}, Room {draw(st.integers(1, 300))}, Quay Hall. "
        "Everyone welcome.",
        f"{group}: {weekday}s at {clock}, the Parish Hall. All welcome.",
        f"WEATHER: {one} fine and mild, top {top}. {two} showers clearing, top {top - 5}.",
    ]
    return draw(st.sampled_from(forms))
