"""Hypothesis strategies that compose a line of news furniture from its parts, in the forms
outlets use worldwide: a dateline from a city, a day and an agency; a byline from names, a role
and an outlet; a stamp from a label, a clock and a day in any written order; archive fields,
calls to subscribe, captions and credits, pointers, copyright and share lines, live clocks, a
name standing in the headline's block (an organisation's, a blog's, a show's title).
Beside them, story sentences built from the same words (`near_misses`): they are no furniture.

    >>> from hypothesis import find
    >>> find(FORMS["stamp"], lambda line: line.startswith("Updated")).startswith("Updated")
    True

Every part is written here (invented names and outlets, real cities and agencies' shapes);
none is copied from an article. `FORMS` maps each kind to its strategy and `PLACES` to where
in an article such a line stands (its head, its foot, between its paragraphs).
"""

from __future__ import annotations

import pandas as pd
from hypothesis import strategies as st

from timeline.wordlists import table

__all__ = ["FORMS", "HEADLINE", "PLACES", "PUBLISHED", "STORY", "article", "leaks", "near_misses"]

Lines = st.SearchStrategy[str]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_MONTHS += ["September", "October", "November", "December"]
_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOTTED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]
_DOTTED += ["Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: months in the other languages the product reads (`timeline/data/month_names.csv`)
_LOCAL_MONTHS = sorted(name for name, _ in table("month_names.csv"))

_FIRST = ["Ana", "Kwame", "Priya", "Li", "Jean-Paul", "Siobhan", "Mohammed", "Tomasz", "Aroha"]
_FIRST += ["Olusegun", "Marta", "Hiroshi", "Fatima", "Dmitri", "Grace", "Sione", "Ingrid"]
_LAST = ["Ruiz", "Mensah", "Nair", "Wei", "Dubois", "O'Neill", "al-Rashid", "Kowalski"]
_LAST += ["Tane", "Adeyemi", "Lindqvist", "Tanaka", "Haddad", "Petrov", "Okafor", "Fifita"]
_LAST += ["van der Berg", "McAllister", "Costa-Pereira"]
_CITIES = ["Lima", "Nairobi", "New Delhi", "Rio de Janeiro", "Kuala Lumpur", "Port-au-Prince"]
_CITIES += ["St. Louis", "Apia", "Wellington", "Sao Paulo", "Abu Dhabi", "Dar es Salaam"]
_CITIES += ["Springfield", "Kyiv", "Jakarta", "Cape Town", "Los Angeles", "Geneva", "Manila"]
_COUNTRIES = ["Peru", "Kenya", "India", "Brazil", "Malaysia", "Haiti", "Mo.", "Samoa", "Ill."]
_COUNTRIES += ["New Zealand", "Tanzania", "Ukraine", "Indonesia", "South Africa", "Calif."]
_AGENCIES = ["AP", "AFP", "Reuters", "Xinhua", "dpa", "EFE", "Kyodo", "Bernama", "PTI", "IANS"]
_AGENCIES += ["UPI", "ANSA", "Yonhap", "TASS", "SAPA", "CP", "AAP", "NZPA", "HWN"]
_OUTLETS = ["The Harbour Times", "Valley Courier", "Northern Ledger", "Coastal Monthly"]
_OUTLETS += ["The Daily Kestrel", "Tidewater Post", "Lakeside Herald", "Metro Wire"]
_ROLES = ["Staff Writer", "Senior Correspondent", "Political Editor", "Business Reporter"]
_ROLES += ["Special to the Courier", "Africa Correspondent", "Contributor", "Reporter"]
_ROLES += ["Health Editor", "Associated Press"]
_ZONES = ["GMT", "EST", "ET", "EDT", "BST", "CET", "IST", "UTC", "AEDT", "PT", "local time"]
_TOPICS = ["the harbour", "local politics", "climate", "the markets", "football", "food"]
_DASHES = [" - ", " — ", " – ", " -- ", " _ "]

_first = st.sampled_from(_FIRST)
_last = st.sampled_from(_LAST)
_outlet = st.sampled_from(_OUTLETS)
_agency = st.sampled_from(_AGENCIES)
_dash = st.sampled_from(_DASHES)
_year = st.integers(1985, 2025).map(str)
_day = st.integers(1, 28)
_hour = st.integers(1, 12)
_minute = st.integers(0, 59).map(lambda m: f"{m:02d}")


@st.composite
def _name(draw: st.DrawFn) -> str:
    """ "Ana Ruiz", "Ana K. Ruiz", "ANA RUIZ"."""
    name = f"{draw(_first)} {draw(st.sampled_from(['', 'K. ', 'M. ']))}{draw(_last)}"
    return name.upper() if draw(st.booleans()) and draw(st.booleans()) else name


@st.composite
def _names(draw: st.DrawFn) -> str:
    """One, two or three names: "Ana Ruiz and Li Wei", "A, B and C"."""
    names = draw(st.lists(_name(), min_size=1, max_size=3, unique=True))
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


@st.composite
def _city(draw: st.DrawFn) -> str:
    city = draw(st.sampled_from(_CITIES))
    return city.upper() if draw(st.booleans()) else city


@st.composite
def _month_day(draw: st.DrawFn) -> str:
    """ "March 4", "Mar. 4", "4 March", "4 Agustus": a day without its year."""
    month = draw(st.integers(0, 11))
    day = draw(_day)
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{_MONTHS[month]} {day}"
    if form == 1:
        return f"{_DOTTED[month]} {day}"
    if form == 2:
        return f"{day} {_MONTHS[month]}"
    return f"{day} {draw(st.sampled_from(_LOCAL_MONTHS)).capitalize()}"


@st.composite
def _full_date(draw: st.DrawFn) -> str:
    """A day with its year, in English or another supported language, any common order."""
    month = draw(st.integers(0, 11))
    day = draw(_day)
    year = draw(_year)
    forms = [
        f"{_MONTHS[month]} {day}, {year}",
        f"{_SHORT[month]} {day}, {year}",
        f"{_DOTTED[month]} {day}, {year}",
        f"{day} {_MONTHS[month]} {year}",
        f"{day} {_SHORT[month]} {year}",
        f"{day} {draw(st.sampled_from(_LOCAL_MONTHS))} {year}",
        f"{day:02d}/{month + 1:02d}/{year}",
        f"{year}-{month + 1:02d}-{day:02d}",
        f"{draw(st.sampled_from(_WEEKDAYS))} {day} {_MONTHS[month]} {year}",
        f"{draw(st.sampled_from(_WEEKDAYS))[:3]} {_MONTHS[month]} {day}, {year}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def _clock(draw: st.DrawFn) -> str:
    """ "3:42 PM EST", "14.05 GMT", "10:15 a.m. ET"."""
    hour, minute = draw(_hour), draw(_minute)
    forms = [
        f"{hour}:{minute} {draw(st.sampled_from(['PM', 'AM', 'pm', 'am', 'p.m.', 'a.m.']))}",
        f"{hour + 11:02d}:{minute}",
        f"{hour + 11:02d}.{minute}",
    ]
    clock = draw(st.sampled_from(forms))
    return f"{clock} {draw(st.sampled_from(_ZONES))}" if draw(st.booleans()) else clock


@st.composite
def dateline(draw: st.DrawFn) -> str:
    """A dateline with its closing dash: "LIMA, March 4 (AP) - ", "Lima (AFP) Dec 20, 2009 -"."""
    city, agency, dash = draw(_city()), draw(_agency), draw(_dash)
    country = draw(st.sampled_from(_COUNTRIES))
    forms = [
        f"{city}, {draw(_month_day())} ({agency}){dash}",
        f"{city} ({agency}) {draw(_full_date())}{dash}",
        f"{city}, {country} ({agency}){dash}",
        f"{city} ({agency}){dash}",
        f"{city.upper()}{dash}",
        f"{city.upper()}, {country}{dash}",
        f"{city}, {draw(_month_day())}{dash}",
        f"{city}, {country}, {draw(_month_day())} ({agency}){dash}",
        f"{city}, {draw(_full_date())} ({agency}){dash}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def byline(draw: st.DrawFn) -> str:
    """ "By Ana Ruiz and Li Wei", "Ana Ruiz | Valley Courier", "BY ANA RUIZ - 03/05/25 6:12 PM
    ET"."""
    by = draw(st.sampled_from(["By", "BY", "by", "Words by", "Written by", "Story by"]))
    names, name = draw(_names()), draw(_name())
    role, outlet = draw(st.sampled_from(_ROLES)), draw(_outlet)
    month, day, year = draw(st.integers(1, 12)), draw(_day), draw(st.integers(0, 25))
    stamp = f"{month:02d}/{day:02d}/{year:02d} {draw(_hour)}:{draw(_minute)} PM ET"
    forms = [
        f"{by} {names}",
        f"{name} | {outlet}",
        f"{name}, {role}",
        f"{by} {name}, {role}",
        f"{by} {name.upper()} - {stamp}",
        f"{by} {names} | {outlet}",
        f"{by} {name} in {draw(_city())}",
        f"{name} | {draw(_full_date())}",
        f"{by} {name}, {outlet}",
        f"{name}, {role}, {outlet}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def stamp(draw: st.DrawFn) -> str:
    """ "Updated 3:42 PM EST, Tue March 4, 2025", "Published: 12 Jan 2021 14:05 GMT"."""
    label = draw(
        st.sampled_from(
            [
                *("Updated", "Updated:", "UPDATED:", "Published", "Published:", "Last updated:"),
                *("Last updated", "Posted", "Posted on", "Posted:", "First published on"),
                *("Published on", "Last modified:", "Created:", "Updated on"),
            ]
        )
    )
    date, clock = draw(_full_date()), draw(_clock())
    forms = [
        f"{label} {clock}, {date}",
        f"{label} {date} {clock}",
        f"{label} {date} at {clock}",
        f"{label} {date}",
        f"{label} {date}, {clock}",
        f"{date} {clock}",
        f"{label} {date} | {draw(st.sampled_from(['Updated', 'Modified']))} {draw(_full_date())}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def archive_field(draw: st.DrawFn) -> str:
    """A database's field: "SECTION: Business; Pg. 3", "LENGTH: 512 words", "BYLINE: ..."."""
    year, outlet = draw(_year), draw(_outlet)
    forms = [
        f"SECTION: {draw(st.sampled_from(['Business', 'NEWS', 'Sport', 'A', 'Metro']))}; "
        f"Pg. {draw(st.integers(1, 40))}",
        f"SECTION: {draw(st.sampled_from(['National', 'WORLD', 'Financial']))}; "
        f"Page {draw(st.integers(1, 40))}; Column {draw(st.integers(1, 6))}",
        f"LENGTH: {draw(st.integers(80, 3000))} words",
        f"BYLINE: By {draw(_name())}",
        f"BYLINE: {draw(_name())}, {draw(st.sampled_from(_ROLES))}",
        f"Copyright {year} {outlet}",
        f"Copyright {year} {outlet}; All Rights Reserved",
        f"DATELINE: {draw(_city())}, {draw(st.sampled_from(_COUNTRIES))}",
        f"LOAD-DATE: {draw(_full_date())}",
        f"LANGUAGE: {draw(st.sampled_from(['ENGLISH', 'English']))}",
        f"PUBLICATION-TYPE: {draw(st.sampled_from(['Newspaper', 'Web Publication']))}",
        f"Length: {draw(st.integers(80, 3000))} words",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def promo(draw: st.DrawFn) -> str:
    """ "Sign up for ...", "Subscribe ...", "Read more: ...", "WATCH: ..."."""
    outlet, topic = draw(_outlet), draw(st.sampled_from(_TOPICS))
    headline = draw(
        st.sampled_from(
            [
                f"{draw(_name())} on why {topic} matters",
                f"Floods hit {draw(_city())} as rivers rise",
                "What the new budget means for you",
                f"Five things to know about {topic}",
            ]
        )
    )
    forms = [
        f"Sign up for our {topic} newsletter",
        f"Sign up to {outlet} for free",
        f"Sign up for {outlet}'s daily briefing here.",
        f"Subscribe to {outlet}",
        f"Subscribe now for unlimited access to {outlet}",
        "Subscribe for just $1 a week",
        f"Read more: {headline}",
        f"READ MORE: {headline}",
        f"WATCH: {headline}",
        f"Watch: {headline}",
        f"LISTEN: {headline}",
        f"Download the {outlet} app",
        f"Follow {outlet} on X and Facebook",
        f"Get the latest news on {topic} delivered to your inbox",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def caption(draw: st.DrawFn) -> str:
    """A photo's caption or credit: "(Ana Ruiz via AP)", "Photograph: Ana Ruiz/AFP"."""
    name, agency = draw(_name()), draw(_agency)
    date = draw(_full_date())
    scene = draw(
        st.sampled_from(
            [
                f"Workers clear debris in {draw(_city())}",
                f"{name} speaks to reporters in {draw(_city())}",
                "A ferry leaves the north quay",
                "Protesters gather outside parliament",
            ]
        )
    )
    forms = [
        f"({name} via {agency})",
        f"({agency} Photo/{name})",
        f"FILE - {scene} on {date}. ({agency} Photo/{name}, File)",
        f"FILE - {scene}, {date}.",
        f"Photograph: {name}/{agency}",
        f"Photo: {name}/{agency}",
        f"Image credit: {name}",
        f"Image: {name} / {agency}",
        f"Picture: {name}",
        f"{scene}. Photograph: {name}/{agency}",
        f"Credit: {name}/{agency}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def pointer(draw: st.DrawFn) -> str:
    """ "Related: ...", "Our Standards: ...", "See also: ..."."""
    label = draw(
        st.sampled_from(
            ["Related:", "RELATED:", "See also:", "Also read:", "More:", "Related stories:"]
        )
    )
    headline = draw(
        st.sampled_from(
            [
                f"Floods hit {draw(_city())} as rivers rise",
                f"{draw(_name())} named to lead the port authority",
                "Council backs the harbour plan",
            ]
        )
    )
    forms = [
        f"{label} {headline}",
        f"Our Standards: The {draw(_outlet)} Trust Principles.",
        f"Our Standards: {draw(_outlet)} editorial guidelines",
        "More on this story",
        "Related",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def copyright_line(draw: st.DrawFn) -> str:
    """ "© 2025 Valley Courier", "Copyright © 2025 ... All rights reserved."."""
    year, outlet = draw(_year), draw(_outlet)
    mark = draw(st.sampled_from(["©", "(c)", "(C)", "Copyright", "Copyright ©", "COPYRIGHT"]))
    forms = [
        f"{mark} {year} {outlet}",
        f"{mark} {year} {outlet}. All rights reserved.",
        f"{mark} {outlet} {year}",
        f"{mark} {year} {draw(_agency)}. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def share_line(draw: st.DrawFn) -> str:
    """ "Share this article", "Share on Facebook", "Copy link"."""
    return draw(
        st.sampled_from(
            [
                *("Share this article", "Share this story", "Share", "SHARE", "Share on Facebook"),
                *("Share on X", "Share via Email", "Copy link", "Share this page", "Tweet"),
                *("Share on WhatsApp", "Share this with", "Save article"),
            ]
        )
    )


@st.composite
def live_clock(draw: st.DrawFn) -> str:
    """A live page's clock: "2 hours ago", "Updated 12 minutes ago", "15:42 GMT"."""
    count = draw(st.integers(1, 59))
    unit = draw(st.sampled_from(["minutes", "mins", "hours", "hrs", "days"]))
    forms = [
        f"{count} {unit} ago",
        f"Updated {count} {unit} ago",
        f"Last updated {count} {unit} ago",
        f"{draw(_hour) + 11:02d}:{draw(_minute)} {draw(st.sampled_from(_ZONES))}",
        "Just now",
        f"{count}h ago",
        f"Published {count} {unit} ago",
    ]
    return draw(st.sampled_from(forms))


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


_PLACE_WORDS = ["Tarrow", "Kestrel Bay", "Northern Coast", "Upper Valley", "Lakeside"]
_ORGANISATION_WORDS = [
    "Community Health Trust",
    "Harbour Trust",
    "Institute of Coastal Studies",
]
_ORGANISATION_WORDS += ["Growers' Association", "District Council", "Hospitals Foundation Trust"]


@st.composite
def title_name(draw: st.DrawFn) -> str:
    """A name standing as a line in the headline's block: "Tarrow Harbour Trust", "Quay Voices:
    stories from the northern coast", "Ana Ruiz for Kestrel Bay Ward — Blog"."""
    place, organisation = (
        draw(st.sampled_from(_PLACE_WORDS)),
        draw(st.sampled_from(_ORGANISATION_WORDS)),
    )
    forms = [
        f"{place} {organisation}",
        f"{place} and {draw(st.sampled_from(_PLACE_WORDS))} {organisation}",
        f"{place} {organisation} News & Events",
        f"The {place} {draw(st.sampled_from(['Bulletin', 'Newsletter', 'Blog']))}",
        f"{place} Voices: stories from {draw(st.sampled_from(_TOPICS))}",
        f"{draw(_first)} {draw(_last)} for {place} Ward — Blog",
    ]
    return draw(st.sampled_from(forms))


#: each kind of furniture and the lines of it
FORMS: dict[str, Lines] = {
    "dateline": dateline(),
    "byline": byline(),
    "stamp": stamp(),
    "archive": archive_field(),
    "promo": promo(),
    "caption": caption(),
    "pointer": pointer(),
    "copyright": copyright_line(),
    "share": share_line(),
    "clock": live_clock(),
    "title": title_name(),
    "reprint": reprint_line(),
    "history": history_note(),
    "bio": writer_bio(),
    "gallery": gallery_counter(),
    "reader": reader_note(),
}

#: where a line of each kind stands in an article: "lead" opens the first paragraph (a
#: dateline), "head" under the headline, "between" two paragraphs, "foot" after the last
PLACES: dict[str, tuple[str, ...]] = {
    "dateline": ("lead", "head"),
    "byline": ("head", "foot"),
    "stamp": ("head", "foot"),
    "archive": ("head", "foot"),
    "promo": ("head", "between", "foot"),
    "caption": ("head", "between", "foot"),
    "pointer": ("between", "foot"),
    "copyright": ("head", "foot"),
    "share": ("head", "between", "foot"),
    "clock": ("head",),
    "title": ("head",),
    "reprint": ("head", "foot"),
    "history": ("head", "between", "foot"),
    "bio": ("head", "foot"),
    "gallery": ("head", "between"),
    "reader": ("head", "between", "foot"),
}


@st.composite
def near_misses(draw: st.DrawFn) -> tuple[str, str]:
    """A story sentence that opens with furniture's words, and the day it names (the article is
    published on Tuesday 4 March 2025): ("Copyright lawyers said on Monday ...", "2025-03-03")."""
    days = {"Monday": "2025-03-03", "Friday": "2025-02-28", "March 1": "2025-03-01"}
    day = draw(st.sampled_from(sorted(days)))
    name = draw(_name())
    sentence = draw(
        st.sampled_from(
            [
                f"Copyright lawyers said on {day} that the ruling would stand.",
                f"Updated tide tables were published on {day}.",
                f"Published figures showed on {day} that exports had fallen.",
                f"Subscribers were told on {day} that prices would rise.",
                f"Share prices fell sharply on {day} after the report.",
                f"Photographs taken on {day} showed the damage to the pier.",
                f"Related talks resumed on {day} in {draw(_city()).title()}.",
                f"Posted guards were withdrawn from the quay on {day}.",
                f"Signed copies of the report were handed to {name} on {day}.",
                f"Readers wrote to the editor on {day} to complain about the closure.",
                f"Watchdogs opened an inquiry on {day}, officials said.",
                f"Length limits for ferries were raised on {day}.",
                f"Reprinted maps of the harbour were handed out on {day}.",
                f"Distributed by volunteers, food parcels reached 300 homes on {day}.",
                f"{name.title()} is a reporter who was detained in Lima on {day}.",
                f"Updated forecasts were issued on {day}, officials said.",
                f"Archived records were released to {name} on {day}.",
                f"First results of the count came in on {day}.",
            ]
        )
    )
    return sentence, days[day]


HEADLINE = "Council backs harbour plan"
#: the story's own sentences and the day each names (published Tuesday 4 March 2025)
STORY = (
    ("The council approved the harbour plan on Monday after a long debate.", "2025-03-03"),
    ("Mayor Ellen Vask opened the new ferry terminal on March 1.", "2025-03-01"),
    ("The ferry company will close the old pier on June 30, officials said.", "2025-06-30"),
)
PUBLISHED = "2025-03-04"


def article(line: str, place: str) -> tuple[str, int]:
    """The story with `line` set at `place`, and where the line starts in it.

    >>> text, start = article("Share this article", "foot")
    >>> text[start:]
    'Share this article\\n'
    """
    paragraphs = [sentence for sentence, _ in STORY]
    if place == "lead":
        text = f"{HEADLINE}\n\n{line}{paragraphs[0]}\n\n" + "\n\n".join(paragraphs[1:]) + "\n"
        return text, len(HEADLINE) + 2
    line = line.strip()
    at = {"head": 0, "between": 1 + len(line) % 2, "foot": len(paragraphs)}[place]
    paragraphs.insert(at, line)
    text = f"{HEADLINE}\n\n" + "\n\n".join(paragraphs) + "\n"
    return text, text.index(line, len(HEADLINE))


def leaks(text: str, start: int, end: int, rows: pd.DataFrame | None) -> list[str]:
    """What the line at [start, end) of `text` costs the event table `rows` of that text:
    "row" if a row's date or (for a line of its own) a row's sentence comes from it, "actor"
    if an actor is named only in it, "story" if a story sentence lost its row or its day."""
    costs = []
    own_line = text[end : end + 1] in ("\n", "")
    rows = rows if rows is not None else pd.DataFrame(columns=_COLUMNS)
    for row in rows.itertuples():
        dated_here = pd.notna(row.date_text_start) and start <= row.date_text_start < end
        said_here = own_line and row.sentence_start < end and row.sentence_end > start
        if dated_here or said_here:
            costs.append("row")
            break
    line, rest = text[start:end].lower(), (text[:start] + text[end:]).lower()
    actors = {actor for row in rows.itertuples() for actor in row.actors}
    if any(actor.lower() in line and actor.lower() not in rest for actor in actors):
        costs.append("actor")
    for sentence, day in STORY:
        if not any(
            str(row.sentence).startswith(sentence[:30]) and str(row.date_start)[:10] == day
            for row in rows.itertuples()
        ):
            costs.append("story")
            break
    return costs


_COLUMNS = ["sentence", "sentence_start", "sentence_end", "date_text_start", "date_start"]
_COLUMNS += ["actors"]
