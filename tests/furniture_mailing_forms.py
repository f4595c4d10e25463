"""Furniture lines of the kinds stop 38 added (`tests/furniture_forms.py` holds them in `FORMS`):
a mailing's own voice (a greeting and its teaser, a sign-off with a wish or a call to reply, a
bulletin's end, a sponsor with its offer, a round-up of other news this week, a broadcast
listing), a page's pointers and running heads (another page in figures or words, a document's
page and its continuation), a picture's caption opened by its mark or its wire credit, and a
desk's notes (a monitor's copyright with its terms, an omission in round brackets, a tape's cue,
a report's period and its issuing place). Composed from their parts (`tests/furniture_parts.py`);
every part invented.

    >>> from hypothesis import find
    >>> find(mailing_line(), lambda line: line.startswith("Good")).startswith("Good")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _MONTHS, _PLACE_WORDS, _first, _last, _year

__all__ = ["desk_note", "mailing_line", "page_pointer", "picture_caption"]

_GREETINGS = ["Good morning.", "Good evening.", "Hello from the desk.", "Good morning, everyone."]
_TEASERS = [
    "Here's what happened on the coast this week.",
    "Here's what you need to know today.",
    "Here's what moved the grain markets this week, and what to watch next.",
    "Here's everything that changed at the port overnight.",
]
_SIGN_OFFS = ["That's it for this week.", "That's all for today.", "That's it for this issue."]
_WISHES = [
    "Happy Thanksgiving to our readers in the States.",
    "Merry Christmas, everyone!",
    "Happy New Year to all our subscribers.",
    "Have a good weekend.",
    "Enjoy the long weekend.",
]
#: what a sign-off says beside it of the letter's return or the live page's full report, and a
#: live page's plan (stop 49)
_RETURNS = [
    "The Quay Letter returns next Friday.",
    "Our reporters will be back from 7am tomorrow.",
    "We will be back on Friday, 4 December.",
    "Harbour Notes returns next Tuesday.",
    "Our full report on the vote is here.",
    "Our full report will be on the site this evening.",
]
_LIVE_CLOSES = [
    "That's where we'll leave our live coverage for today.",
    "That's all from us today.",
]
_PLANS = [
    "We will be bringing you updates throughout the day from our reporters across the city.",
    "Our markets team in Tarrow follows the day's developments.",
    "Our politics desk will bring you the latest news from the count.",
]
_CALLS = [
    "Reply to this email with your tips for the final.",
    "Reply to this email to tell us what we missed.",
]
_OFFERS = ["15% off with code QUAY", "new season's kit in store now", "free delivery this month"]
_FIRMS = ["Quay Outfitters", "Kestrel Sportswear", "Tarrow Tyres Ltd", "Roe & Co"]
_MEDIA = ["TV", "Radio"]
_CHANNELS = ["Channel 2", "Quay FM 98.1", "Network 4", "Harbour One"]
_PAGE_WORDS = ["One", "Two", "Six", "Eight", "Twelve"]
_LANGUAGES = ["Spanish", "French", "Portuguese", "Swahili", "Arabic"]


@st.composite
def mailing_line(draw: st.DrawFn) -> str:
    """A mailing's own voice: its greeting and teaser, its sign-off, its sponsor, its round-up
    of other news, a broadcast's listing."""
    place = draw(st.sampled_from(_PLACE_WORDS))
    forms = [
        f"{draw(st.sampled_from(_GREETINGS))} {draw(st.sampled_from(_TEASERS))}",
        f"{draw(st.sampled_from(_SIGN_OFFS))} {draw(st.sampled_from(_WISHES))}",
        f"{draw(st.sampled_from(_SIGN_OFFS))} {draw(st.sampled_from(_CALLS))}",
        "That is the end of the news.",
        f"Presented by {draw(st.sampled_from(_FIRMS))} - {draw(st.sampled_from(_OFFERS))}",
        f"In other news this week: {place} council cuts its late ferry (see item 2)",
        f"{draw(st.sampled_from(_MEDIA))}: Highlights of the final, "
        f"{draw(st.sampled_from(_CHANNELS))}, {draw(st.integers(6, 11))}.15pm tonight.",
        "Forwarded this email? Subscribe here.",
        # stop 49: a sign-off with its return or its full report, signed by its writer, a
        # greeting before the week's contents, a live page's plan
        f"{draw(st.sampled_from(_SIGN_OFFS + _LIVE_CLOSES))} {draw(st.sampled_from(_RETURNS))}",
        f"Until next week, {draw(_first)} {draw(_last)[0].upper()}.",
        f"Hi all — this week: a merger in {place}, a fare row, and the fair calendar.",
        f"Good morning and welcome to our live coverage. {draw(st.sampled_from(_PLANS))}",
        f"{draw(st.sampled_from(_PLANS))} This live blog has now closed.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def page_pointer(draw: st.DrawFn) -> str:
    """A pointer to another page, or a document's running head and continuation mark."""
    page, word = draw(st.integers(2, 48)), draw(st.sampled_from(_PAGE_WORDS))
    place = draw(st.sampled_from(_PLACE_WORDS))
    day, month = draw(st.integers(10, 28)), draw(st.integers(1, 9))
    forms = [
        f"Full market reports from {place} and the islands, on Page {page}.",
        f"Other parish notes will be found on Page {word}.",
        f"(Other harbour news, Page {page}.)",
        f"— continued on page {page} —",
        f"More on page {page}{draw(st.sampled_from(['1', '2']))} >",
        f"{place} Board press release {day}.0{month}.96 - page 2",
        f"-- page 2 of {draw(st.integers(2, 4))} --",
        f"(continued) {page}/{draw(_year)} {place} Foundation",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def picture_caption(draw: st.DrawFn) -> str:
    """A picture's caption opened by its mark in square brackets or by its wire credit and a
    dash."""
    name = f"{draw(_first)} {draw(_last)}"
    place = draw(st.sampled_from(_PLACE_WORDS))
    mark = draw(st.sampled_from(["[Picture]", "[Photo]", "[Illustration]", "[Photo caption]"]))
    credit = draw(st.sampled_from(["(QP Wirephoto)", "(Wire Radiophoto)", "(Courier photo)"]))
    dash = draw(st.sampled_from([" -- ", " — ", " - "]))
    forms = [
        f"{mark} Milking at {place} Farm, in a photograph from our files taken in "
        f"{draw(st.sampled_from(_MONTHS))} {draw(_year)}.",
        f"{credit}{dash}{name} greets photographers at the {place} theatre before the opening.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def desk_note(draw: st.DrawFn) -> str:
    """A desk's note: a monitor's copyright with its terms, an omission in round brackets, a
    monitor's note, a tape's or a cart's cue, a report's period and its issuing place."""
    year, place = draw(_year), draw(st.sampled_from(_PLACE_WORDS))
    day, month = draw(st.integers(10, 20)), draw(st.sampled_from(_MONTHS))
    upper = draw(_last).upper()
    forms = [
        f"(c) {place} Broadcast Monitor {year}. Translated from "
        f"{draw(st.sampled_from(_LANGUAGES))}; headings added by the monitor.",
        f"(c) {place} Monitoring {year}. Not for republication without licence.",
        f"Copyright (c) {place} News Agency. Redistribution prohibited.",
        f"(Passage omitted: details of the {place} hearing)",
        "Monitoring note: reception fair to good; item repeated at 0600 gmt.",
        f'TAPE INSERT -- {upper} -- 1\'{draw(st.integers(10, 59))}" -- OUTCUE: "...and that '
        'was that."',
        f"CART {draw(st.integers(100, 400))} -- {upper} -- RUNS :{draw(st.integers(10, 59))} -- "
        'OUTCUE: "...on the coast."',
        f"Period covered: {day - 6}–{day} {month} {year}",
        f"Issued: {day} {month} {year}, {place}",
    ]
    return draw(st.sampled_from(forms))
