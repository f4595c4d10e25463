"""Furniture lines of the kinds stop 42 added (`tests/furniture_forms.py` holds them in `FORMS`):
a live page's entry heads and its key events, a broadcaster's promos to listen or watch, a
paywall's lines, an agency's filing codes, an archive's scan notes, a council's or a court's
bulletin head, a page's contents and related lists, a correction's or an editor's note, a
weather box and a market ticker, a transcript's speaker labels, a newsletter's or a
programme's words on itself, a caption credited to the paper's file picture after its stop, a
publisher's imprint, terms and offers of interviews. Composed from their parts
(`tests/furniture_parts.py`); every part invented.

    >>> from hypothesis import find
    >>> find(paywall_line(), lambda line: line.startswith("Subscribe")).startswith("Subscribe")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _MONTHS, _PLACE_WORDS, _WEEKDAYS, _first, _last, _year

__all__ = [
    "agency_code",
    "bulletin_head",
    "contents_line",
    "editor_note",
    "file_picture",
    "imprint_line",
    "listen_promo",
    "live_entry",
    "market_box",
    "page_button",
    "paywall_line",
    "scan_note",
    "self_reference",
    "speaker_label",
]

_HEADS = [
    "Ferry services suspended",
    "Harbour board to meet again",
    "What we know so far",
    "Mayor responds to critics",
    "Key events",
]
_CHANNELS = ["Quay FM", "Radio Tarrow", "Harbour One", "Coast TV"]
_SHOWS = ["the Morning Bulletin", "Coast Report", "The Harbour Hour", "Business Tonight"]
_STORIES = [
    "Fuel prices to fall from next month, regulator says",
    "Our reporter rides the first ferry across the bay",
    "How the harbour plan will change the waterfront",
    "Inside the yard where the new ferries are built",
]


@st.composite
def live_entry(draw: st.DrawFn) -> str:
    """A live page's own lines: an entry's clock and head, its key events, a pinned post."""
    hour, minute = draw(st.integers(7, 23)), draw(st.integers(0, 59))
    head = draw(st.sampled_from(_HEADS))
    forms = [
        "Key events",
        "Show key events only",
        "Pinned post",
        f"Pinned: {head}",
        f"{hour:02d}.{minute:02d} BST {head}",
        f"{hour % 12 or 12}:{minute:02d}pm — {head}",
        "Live updates",
        "LIVE",
        "Refresh the page for the latest updates",
        f"{draw(st.integers(2, 9))} new updates",
        "Show more",
        "Load more posts",
        "Please turn on JavaScript to follow the live page",
        f"Updated {hour:02d}:{minute:02d} GMT",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def listen_promo(draw: st.DrawFn) -> str:
    """A broadcaster's promo: "Listen to this article (4:12)", "Also watch: ...",
    "ALSO ON QUAY FM: ...", "Media caption, ...", "Video duration 2 minutes 14 seconds"."""
    channel, story = draw(st.sampled_from(_CHANNELS)), draw(st.sampled_from(_STORIES))
    place = draw(st.sampled_from(_PLACE_WORDS))
    minutes, seconds = draw(st.integers(1, 9)), draw(st.integers(10, 59))
    forms = [
        f"Listen to this article ({minutes}:{seconds})",
        f"Listen · {minutes} min",
        f"Also watch: {story}",
        f"Also listen: {story}",
        f"ALSO ON {channel.upper()}: {story}",
        f"Watch: {story} ({minutes}:{seconds})",
        f"Video duration {minutes} minutes {seconds} seconds",
        f'Play video, "{story}", duration {minutes}:{seconds}',
        f"Listen to the full interview on {draw(st.sampled_from(_SHOWS))}.",
        f"Hear more on {draw(st.sampled_from(_SHOWS))}, weekdays on {channel}.",
        f"Audio: {story} ({minutes}'{seconds}\")",
        f"Photo download: {place.lower().replace(' ', '')}.example/press (the quay, 2019)",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def paywall_line(draw: st.DrawFn) -> str:
    """A paywall's lines: "Subscribe to continue reading", "You have 2 free articles left"."""
    count = draw(st.integers(1, 5))
    forms = [
        "Subscribe to continue reading",
        "This article is for subscribers only.",
        f"You have {count} free articles left this month.",
        "To read the full story, subscribe or log in.",
        "Unlock this article",
        "Continue reading with a subscription",
        "Subscriber-only content",
        f"Subscribe from ${count}.99 a month. Cancel anytime.",
        "Register for free to read this article.",
        "Already a member? Sign in",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def agency_code(draw: st.DrawFn) -> str:
    """An agency's filing codes: "Filed at 14:32 GMT", "Slug: HARBOUR-PLAN", "(MORE)"."""
    slug = draw(st.sampled_from(["HARBOUR-PLAN", "FERRY-FARES", "PORT-STRIKE", "QUAY-VOTE"]))
    hour, minute = draw(st.integers(10, 23)), draw(st.integers(10, 59))
    day = draw(st.integers(10, 28))
    initials = f"{draw(_first)[0].lower()}{draw(_last)[0].lower()}"
    forms = [
        f"Filed at {hour}:{minute} GMT",
        f"Slug: {slug}",
        f"SLUG: {slug} PRIORITY: URGENT",
        f"BC-{slug.title()},0{draw(st.integers(100, 999))}",
        f"Eds: Updates with quotes from officials, adds background. Version {day % 4 + 2}",
        "(MORE)",
        "-- MORE --",
        f"ENDS {day}{hour}{minute} GMT",
        f"{initials}/{draw(_first)[0].lower()}",
        f"PRIORITY: {draw(st.sampled_from(['URGENT', 'FLASH', 'ROUTINE']))}",
        f"Ref: {slug}/{day}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def scan_note(draw: st.DrawFn) -> str:
    """An archive's note on its copy: "Microfilm: reel 214, frame 33", "[Text illegible]"."""
    reel, frame = draw(st.integers(10, 900)), draw(st.integers(1, 99))
    place = draw(st.sampled_from(_PLACE_WORDS))
    forms = [
        f"Microfilm: reel {reel}, frame {frame}.",
        f"Scanned from microfilm, reel {reel}. Some words are illegible.",
        "[Text illegible]",
        "[Several words illegible]",
        f"Digitised by the {place} Library. OCR text, uncorrected.",
        "Page torn; the rest of this column is missing.",
        f"Source: {place} Public Library microfilm collection, reel {reel}.",
        f"Photograph not reproduced in this copy: The {place} choir at the opening, 19{reel % 90}.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def file_picture(draw: st.DrawFn) -> str:
    """A caption with the paper's own or its file picture credited after its stop, no label's
    colon: "The quay under construction in 1971. — Courier file picture."."""
    place, year = draw(st.sampled_from(_PLACE_WORDS)), draw(_year)
    month = draw(st.sampled_from(_MONTHS))
    scene = draw(
        st.sampled_from(
            [
                f"The first cranes at {place} under construction in {month} {year}",
                f"Pipe sections stacked at a yard south of {place} in the summer of {year}",
                f"Children at the {place} shrine festival in {month} {year}",
            ]
        )
    )
    credit = draw(
        st.sampled_from(
            [
                " — Courier file picture.",
                ". File photo, The Ledger",
                ". Staff photograph",
                " — Standard picture.",
                ". Archive photo, Tarrow Post",
            ]
        )
    )
    return f"{scene}{credit}"


@st.composite
def imprint_line(draw: st.DrawFn) -> str:
    """A publisher's or a sender's note at the foot: an imprint, the terms of reproduction, a
    subscription's price, an offer of interviews, a note on the copy's optical reading."""
    place, number = draw(st.sampled_from(_PLACE_WORDS)), draw(st.integers(2, 90))
    name = f"{draw(_first)} {draw(_last)}"
    forms = [
        f"Authorised and published by the {place} Council, {number} Quay Street, {place}.",
        f"Printed and published by {place} Press Ltd for the proprietors, {number} Dock Road.",
        f"Promoted by {name} on behalf of the {place} Party, {number} Mill Lane, {place}",
        "Reproduction permitted with credit to the bulletin and its authors.",
        f"Subscriptions: ${number}.00 a year, post free. Reproduction permitted.",
        f"Subscription rates: ${number % 9 + 1}.00 a year at home; ${number % 9 + 3}.00 abroad.",
        f"{name} is available for interviews in {place} until 16.00.",
        "Spokespeople will be available for comment at the quay.",
        f"Text generated by optical character recognition. Corrections by volunteers: {number}.",
        "This story was written by a local democracy reporter, a post shared with local titles.",
        f"Advt.: {place.upper()} DRAPERY, MARKET STREET — GREAT SUMMER SALE NOW ON.",
        "This note is for information only and is not an offer to buy or sell any security.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def page_button(draw: st.DrawFn) -> str:
    """A page's buttons and notes on its own state, alone on their line: "Key moments", "Open
    in app", "This is a developing story.", "Updated a few seconds ago"."""
    forms = [
        "Key moments",
        "Live reporting",
        "Follow live",
        "Show latest updates",
        "Skip to navigation",
        "Print edition",
        "Read the full article",
        "Continue reading",
        "Editors' picks",
        "Watch live",
        "Breaking news",
        "Updated a few seconds ago",
        "Report a correction",
        "Open in app",
        "Register now",
        "Log in",
        "Newsletter sign-up",
        "This is a developing story.",
        "This is a breaking news story and will be updated.",
        "This content is only available to subscribers.",
        "Corrections policy",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def bulletin_head(draw: st.DrawFn) -> str:
    """A council's or a court's bulletin head: "COUNCIL BULLETIN No. 14/2025"."""
    place, number, year = draw(st.sampled_from(_PLACE_WORDS)), draw(st.integers(2, 60)), draw(_year)
    forms = [
        f"{place.upper()} COUNCIL BULLETIN No. {number}/{year}",
        f"{place} District Council — Media Bulletin {number}",
        f"COURT LIST — {place.upper()} MAGISTRATES' COURT",
        f"{place} Crown Court: daily list, Court {number % 9 + 1}",
        f"Council Briefing | Issue {number}",
        f"Office of the Clerk, {place} Borough Council",
        "FOR IMMEDIATE RELEASE",
        "Embargoed until 00:01",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def contents_line(draw: st.DrawFn) -> str:
    """A page's contents, skip links and related lists: "In this article", "Related coverage"."""
    story = draw(st.sampled_from(_STORIES))
    forms = [
        "In this article",
        "Table of contents",
        "Contents",
        "Jump to: What happened | Who is affected | What happens next",
        "Skip to main content",
        "Skip to content",
        "Related coverage",
        f"Related coverage: {story}",
        "You may also like",
        "Most read",
        "Trending now",
        "More from this section",
        "Recommended for you",
        f"Most viewed: {story}",
        "Topics: Harbour, Ferries, Local government",
        "Tags: ferries, harbour, council",
        f"Comments ({draw(st.integers(1, 300))})",
        "Print this article",
        "Email this story",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def editor_note(draw: st.DrawFn) -> str:
    """A correction's or an editor's note: "Correction: An earlier version of this story ..."."""
    day, month = draw(st.integers(1, 28)), draw(st.sampled_from(_MONTHS))
    forms = [
        "Correction: An earlier version of this story misstated the cost of the harbour plan.",
        f"Correction ({month} {day}): An earlier version of this article gave the wrong ward.",
        "Editor's note: This story has been updated to include the council's response.",
        "Editor's note: This article was first published in our print edition.",
        "CLARIFICATION: The harbour board's chairman was not present at the vote.",
        "This story has been corrected to show that the vote was unanimous.",
        "This article has been amended to remove an incorrect reference to the ferry company.",
        "Editor's note: Names have been changed to protect the families' privacy.",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def market_box(draw: st.DrawFn) -> str:
    """A weather box or a market ticker: "Tarrow: 18°C, light rain", "QSE 7,412.3 ▲ 0.4%"."""
    place = draw(st.sampled_from(_PLACE_WORDS))
    top, low = draw(st.integers(12, 34)), draw(st.integers(0, 11))
    whole, part = draw(st.integers(1000, 9999)), draw(st.integers(0, 9))
    change = f"{draw(st.integers(0, 3))}.{draw(st.integers(1, 9))}%"
    forms = [
        f"{place}: {top}°C, light rain",
        f"Today: High {top}, Low {low}. Partly cloudy.",
        f"Weather: sunny spells, max {top}°C, min {low}°C",
        f"Tomorrow: showers, {low}-{top}°C",
        f"QSE {whole:,}.{part} ▲ {change}",
        f"QSE ALL SHARES {whole:,}.{part} ▼ {change}",
        f"Brent crude ${draw(st.integers(60, 99))}.{part}0 +{change}",
        f"USD/QUD {draw(st.integers(100, 160))}.{part}2",
        f"Gold ${whole}.{part}0/oz",
        f"Markets: QSE +{change} | Brent -{change} | Gold +{change}",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def speaker_label(draw: st.DrawFn) -> str:
    """A transcript's speaker label on its own line: "PRESENTER:", "ANA RUIZ (Reporter):"."""
    name = f"{draw(_first)} {draw(_last)}".upper()
    forms = [
        "PRESENTER:",
        "REPORTER:",
        f"{name}:",
        f"{name} (Reporter):",
        f"{draw(_last).upper()} (voice-over):",
        "INTERVIEWER:",
        "ANCHOR:",
        "[MUSIC]",
        "[APPLAUSE]",
        "(END OF TRANSCRIPT)",
        "(BEGIN VIDEOTAPE)",
    ]
    return draw(st.sampled_from(forms))


@st.composite
def self_reference(draw: st.DrawFn) -> str:
    """A newsletter's or a programme's words on itself: "This week: ...", "You're reading ..."."""
    weekday, place = draw(st.sampled_from(_WEEKDAYS)), draw(st.sampled_from(_PLACE_WORDS))
    forms = [
        "This week: the ferry timetable, and who pays for it.",
        "In today's brief: ferries, the harbour budget, and what the board wants.",
        "In this edition: the pier vote, new fares and a letter from the quay.",
        f"You're reading the {place} Letter, our {weekday} guide to the harbour.",
        f"You are reading {place} Daily. Sign up here.",
        "Here is what the papers are saying this morning.",
        f"What the {place} papers say this morning.",
        "Next: the news in English at 08:00.",
        f"Coming up after the break: the {place} weather.",
        "This is the last briefing of the year; we return in January.",
        f"We're off next {weekday}; the next issue arrives the week after.",
        f"Thanks for reading. See you on {weekday}.",
        f"Got a question? Write to {place} Desk, P.O. Box {len(place)}0, {place}. Letters cannot "
        "be answered individually.",
        f"Write to: The Editor, Box 4{len(place)}, {place}. Letters should not exceed 250 words.",
    ]
    return draw(st.sampled_from(forms))
