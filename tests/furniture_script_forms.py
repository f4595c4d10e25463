"""Furniture lines of the kinds stop 37 added (`tests/furniture_forms.py` holds them in `FORMS`):
a broadcast's or a service's own lines (a script's production fields, a presenter's link to a
reporter, the next report or bulletin with its owner, a paper's next-week promo, a reader's
invitation, a monitoring service's head note and omission, a restriction on the copy), a
print-era dateline run into its story by a stop and a spaced dash or by a source and a colon, a
masthead set in columns, captions of a paper's own or an earlier picture, a newsletter's
sponsor and a company's profile after its heading and a colon. Composed from their parts
(`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(script_line(), lambda line: line.startswith("WRITER")).count(":")
    2
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import (
    _CITIES,
    _DOTTED,
    _MONTHS,
    _PLACE_WORDS,
    _WEEKDAYS,
    _first,
    _last,
    _year,
)

__all__ = ["monitoring_line", "print_lead", "script_line", "service_line"]

_UPPER_NAMES = ["JO LEE", "ANA RUIZ", "K. MENSAH", "P. NAIR", "T. KOWALSKI", "G. McALLISTER"]
_LANGUAGES = ["Spanish", "French", "Portuguese", "Arabic", "Russian", "Swahili", "Indonesian"]
_SOURCES = ["newspaper El Faro", "radio Voz del Sur", "TV Kanal Tri", "news agency Quay Press"]
_CLOCKS_IN_WORDS = ["one o'clock", "two o'clock", "six o'clock", "noon", "midnight"]
_SUBJECTS = [
    "the harbour board's estimates meeting",
    "the new ferry timetable",
    "the cup final at Tarrow Park",
    "the school prize-giving",
]
_SCENES = [
    "an empty platform at Tarrow station during the last strike",
    "the old ferry terminal at Kestrel Bay",
    "the quay crane before its removal",
]
_FIRMS = ["Quay Energi ASA", "Tarrow Tools Inc.", "Kestrel Mining Limited", "Roe & Co LLP"]


@st.composite
def script_line(draw: st.DrawFn) -> str:
    """A broadcast script's line of production fields in capitals: "WRITER: JO LEE   EDITOR:
    ANA RUIZ", "ITEM 3 OF 9 -- DURATION 1'45" -- READER: JO LEE -- SUB: K.M.", "(INSERT CLIP:
    ...)"."""
    one, two = draw(st.permutations(_UPPER_NAMES))[:2]
    item = draw(st.integers(1, 9))
    seconds = draw(st.integers(10, 59))
    forms = [
        f"WRITER: {one}   EDITOR: {two}",
        f"ITEM {item} OF 9 -- DURATION 1'{seconds}\" -- READER: {one} -- SUB: {two[:1]}.L.",
        f'(INSERT CLIP: {one} AT THE QUAY, {seconds} SECS -- IN: "We were told..." '
        f'OUT: "...by the weekend.")',
        f"SLUG: FERRY FARES   WRITER: {one}   RUNS: 1:{seconds}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def service_line(draw: st.DrawFn) -> str:
    """A service's or a paper's own line: its next report or bulletin with its owner, a link
    to a reporter, a next-week promo, a reader's invitation, a sponsor, a restriction."""
    place, weekday = draw(st.sampled_from(_PLACE_WORDS)), draw(st.sampled_from(_WEEKDAYS))
    month, day = draw(st.sampled_from(_DOTTED)), draw(st.integers(1, 28))
    name = f"{draw(_first)} {draw(_last)}"
    forms = [
        f"The Farm Editor's next report will appear {weekday}, {month} {day}.",
        f"Our next bulletin is at {draw(st.sampled_from(_CLOCKS_IN_WORDS))}.",
        f"From {place}, our reporter:",
        f"In {place}, {name} reports:",
        f"Next week: full report of {draw(st.sampled_from(_SUBJECTS))}.",
        f"Letters on conditions in your district are welcome at Box {day}0, {place}.",
        f"This issue is presented by {draw(st.sampled_from(_FIRMS))}. Counsel to the coast.",
        f"Next report: {weekday} {day} {draw(st.sampled_from(_MONTHS))}. Distribution "
        f"restricted to clients of {place} Trading; not for reproduction.",
    ]
    return draw(st.sampled_from(forms))


#: The day of a monitor's head note: it dates the item under it (`temporal/section_days`, stop
#: 38), so it is the day the story around it was published (`furniture_forms.PUBLISHED`), and
#: the story's own days stay what they are without the line.
_HEAD_NOTE_DAY = "4 March"


@st.composite
def monitoring_line(draw: st.DrawFn) -> str:
    """A monitoring service's or an archive's line: its head note, an omission, a picture's
    caption of an earlier day, a masthead in columns, a profile after its heading."""
    month, day, year = draw(st.sampled_from(_MONTHS)), draw(st.integers(1, 28)), draw(_year)
    weekday, place = draw(st.sampled_from(_WEEKDAYS)), draw(st.sampled_from(_PLACE_WORDS))
    source = draw(st.sampled_from(_SOURCES))
    forms = [
        f"Text of report by {draw(st.sampled_from(_LANGUAGES))} {source} website on "
        + _HEAD_NOTE_DAY,
        f"[Passage omitted: arrests of two men in {place} last year]",
        f"Archive picture from {month} {year}: {draw(st.sampled_from(_SCENES))}.",
        f"Our photograph, taken at the opening on {month} {day}, {year}, shows {place}'s quay.",
        f"The No. 3 crane at {place}, photographed when it was commissioned in {month}, {year}.",
        f"THE {place.upper()} HERALD    {weekday}, {month} {day}, {year}    (Mail matter, "
        f"{place} P.O.)",
        f"About {draw(st.sampled_from(_FIRMS))}: a company with interests on the coast, listed "
        f"in {place}.",
        f"Downloaded from the {place} Historical Archive, {day:02d} {month[:3]} {year}.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def print_lead(draw: st.DrawFn) -> str:
    """A print-era dateline run into its story: its stop and a spaced dash, "KANDY, Sept. 3.
    -- ", or its source and a colon, "TARROW, Oct 14 (QPS): "."""
    city = draw(st.sampled_from(_CITIES)).upper()
    month, day = draw(st.sampled_from(_DOTTED)), draw(st.integers(1, 28))
    forms = [f"{city}, {month} {day}. -- ", f"{city}, {month.rstrip('.')} {day} (QPS): "]
    return draw(st.sampled_from(forms))
