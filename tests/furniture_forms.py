"""Hypothesis strategies that compose a line of news furniture from its parts, in the forms
outlets use worldwide: a dateline from a city, a day and an agency; a byline from names, a role
and an outlet; a stamp from a label, a clock and a day in any written order; archive fields,
calls to subscribe, captions and credits, pointers, copyright and share lines, live clocks, a
name standing in the headline's block (an organisation's, a blog's, a show's title); and the
kinds of `tests/furniture_notes_forms.py` (reprints, page history, writers' bios, galleries,
reader calls; stop 34) and of `tests/furniture_print_forms.py` (print-era datelines, captions
placing their people or credited after a dash, mastheads, a paper's small notices; stop 35) and
of `tests/furniture_issue_forms.py` (a release's datelines, a paper's file pictures, an issue's
own lines, a bulletin's notices; stop 36) and of `tests/furniture_script_forms.py` (a script's
fields, a service's own lines, a monitor's and an archive's lines, print-era leads; stop 37) and
of `tests/furniture_page_forms.py` (a page's words on itself, live pages, paywalls, a
broadcaster's pointers, filing codes, scan notes, weather boxes, imprints; stop 42) and of
`tests/furniture_service_forms.py` (makers' credits, a service's notes on itself, file photos,
small ads, live and broadcast stamps; stop 43) and of `tests/furniture_keeping_forms.py`
(addresses, a publication's notes on how it keeps what it prints, calls to comment, share or
pay, a cutting's source line; stop 50) and of `tests/furniture_digest_forms.py` (a digest's
heads, notes in brackets, captions credited in brackets, a letter's own voice, subscriptions;
stop 51). The article a line is set in, and what the line
costs, are `tests/furniture_article.py`'s.
Beside them, story sentences built from the same words (`near_misses`): they are no furniture.

    >>> from hypothesis import find
    >>> find(FORMS["stamp"], lambda line: line.startswith("Updated")).startswith("Updated")
    True

Every part is written here or in `tests/furniture_parts.py` (invented names and outlets, real
cities and agencies' shapes); none is copied from an article. `FORMS` maps each kind to its
strategy and `PLACES` to where in an article such a line stands (its head, its foot, between its
paragraphs).
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_article import HEADLINE, PUBLISHED, STORY, article, covered, leaks, sentence_days
from .furniture_digest_forms import (
    bracket_note,
    credit_caption,
    digest_head,
    letter_voice,
    subscription,
)
from .furniture_issue_forms import bulletin_notice, file_caption, issue_line, release_dateline
from .furniture_keeping_forms import address_line, cutting_line, house_note, reader_call
from .furniture_mailing_forms import desk_note, mailing_line, page_pointer, picture_caption
from .furniture_near_forms import near_misses
from .furniture_notes_forms import (
    gallery_counter,
    history_note,
    reader_note,
    reprint_line,
    writer_bio,
)
from .furniture_page_forms import (
    agency_code,
    bulletin_head,
    contents_line,
    editor_note,
    file_picture,
    imprint_line,
    listen_promo,
    live_entry,
    market_box,
    page_button,
    paywall_line,
    scan_note,
    self_reference,
    speaker_label,
)
from .furniture_parts import (
    _COUNTRIES,
    _MONTHS,
    _PLACE_WORDS,
    _ROLES,
    _TOPICS,
    _WEEKDAYS,
    _ZONES,
    _agency,
    _city,
    _clock,
    _dash,
    _day,
    _first,
    _full_date,
    _hour,
    _last,
    _minute,
    _month_day,
    _name,
    _names,
    _outlet,
    _year,
)
from .furniture_print_forms import column_notice, masthead_line, placed_caption, print_dateline
from .furniture_script_forms import monitoring_line, print_lead, script_line, service_line
from .furniture_service_forms import (
    file_photo,
    maker_credit,
    page_stamp,
    practical_box,
    service_note,
    small_ad,
)
from .furniture_translation_forms import translation_line

__all__ = [
    "FORMS",
    "HEADLINE",
    "PLACES",
    "PUBLISHED",
    "STORY",
    "article",
    "covered",
    "leaks",
    "near_misses",
    "sentence_days",
]

Lines = st.SearchStrategy[str]


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
        # a yearless day with its weekday and its clock (stop 49): "Tuesday 14 May, 11:42 CET"
        f"{draw(st.sampled_from(_WEEKDAYS))} {draw(_day)} {draw(st.sampled_from(_MONTHS))}, "
        f"{draw(st.integers(10, 23))}:{draw(_minute)} "
        f"{draw(st.sampled_from(['CET', 'GMT', 'IST']))}",
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
    "print dateline": print_dateline(),
    "placed caption": placed_caption(),
    "masthead": masthead_line(),
    "notice": column_notice(),
    "release dateline": release_dateline(),
    "file caption": file_caption(),
    "issue": issue_line(),
    "bulletin": bulletin_notice(),
    "script": script_line(),
    "service": service_line(),
    "monitoring": monitoring_line(),
    "print lead": print_lead(),
    "mailing": mailing_line(),
    "page pointer": page_pointer(),
    "picture": picture_caption(),
    "desk note": desk_note(),
    "translation": translation_line(),
    "live entry": live_entry(),
    "listen": listen_promo(),
    "paywall": paywall_line(),
    "agency code": agency_code(),
    "scan note": scan_note(),
    "bulletin head": bulletin_head(),
    "contents": contents_line(),
    "editor note": editor_note(),
    "market box": market_box(),
    "speaker": speaker_label(),
    "self": self_reference(),
    "file picture": file_picture(),
    "imprint": imprint_line(),
    "page button": page_button(),
    "maker credit": maker_credit(),
    "service note": service_note(),
    "file photo": file_photo(),
    "small ad": small_ad(),
    "page stamp": page_stamp(),
    "practical box": practical_box(),
    "address": address_line(),
    "house note": house_note(),
    "reader call": reader_call(),
    "cutting": cutting_line(),
    "digest head": digest_head(),
    "bracket note": bracket_note(),
    "credit caption": credit_caption(),
    "letter voice": letter_voice(),
    "subscription": subscription(),
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
    "print dateline": ("lead",),
    "placed caption": ("head", "between", "foot"),
    "masthead": ("head",),
    "notice": ("between", "foot"),
    "release dateline": ("lead",),
    "file caption": ("head", "between", "foot"),
    "issue": ("head", "between", "foot"),
    "bulletin": ("between", "foot"),
    "script": ("head", "between"),
    "service": ("between", "foot"),
    "monitoring": ("head", "foot"),
    "print lead": ("lead",),
    "mailing": ("head", "between", "foot"),
    "page pointer": ("between", "foot"),
    "picture": ("between", "foot"),
    "desk note": ("head", "foot"),
    "translation": ("head", "foot"),
    "live entry": ("head", "between"),
    "listen": ("head", "between", "foot"),
    "paywall": ("between", "foot"),
    "agency code": ("head", "foot"),
    "scan note": ("head", "between", "foot"),
    "bulletin head": ("head",),
    "contents": ("head", "between", "foot"),
    "editor note": ("head", "foot"),
    "market box": ("head", "foot"),
    "speaker": ("between",),
    "self": ("head", "foot"),
    "file picture": ("between", "foot"),
    "imprint": ("foot",),
    "page button": ("head", "between", "foot"),
    "maker credit": ("head", "foot"),
    "service note": ("head", "foot"),
    "file photo": ("between", "foot"),
    "small ad": ("foot",),
    "page stamp": ("head",),
    "practical box": ("between", "foot"),
    "address": ("head", "foot"),
    "house note": ("head", "foot"),
    "reader call": ("between", "foot"),
    "cutting": ("head",),
    "digest head": ("between",),
    "bracket note": ("head", "between", "foot"),
    "credit caption": ("between", "foot"),
    "letter voice": ("head", "foot"),
    "subscription": ("foot",),
}
