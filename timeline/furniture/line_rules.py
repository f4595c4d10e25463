"""The table of rules for a whole line of furniture, tried in order on each line by
`timeline.furniture` (`LINE_RULES`): the first rule whose test takes the line gives its kind.
Each rule is one unit with its examples (`tests/test_furniture.py` runs every example); most
live in the modules of their kind (`timeline.furniture.page_notes`, `timeline.furniture.box_lines`
...), and this table orders them.

    >>> next(rule.name for rule in LINE_RULES if rule.test("Reporting by Ana Ruiz"))
    'credit'
"""

from __future__ import annotations

from timeline.furniture.boilerplate import (
    is_about_heading,
    is_link_row,
    is_share_row,
    is_source_line,
    is_tag_line,
)
from timeline.furniture.box_lines import BOX_RULES
from timeline.furniture.bylines import is_by_line, is_named_byline, is_wire_slug
from timeline.furniture.captions import CAPTION_RULE
from timeline.furniture.column_notices import COLUMN_RULES
from timeline.furniture.contact_lines import is_contact_line
from timeline.furniture.correspondents import (
    is_correspondent_line,
    is_dateline_line,
    is_life_line,
    is_paper_line,
    is_place_and_date,
    is_signature,
    is_writer_credit,
)
from timeline.furniture.court_lines import COURT_RULES
from timeline.furniture.credit_lines import CREDIT_RULES
from timeline.furniture.desk_lines import DESK_RULES
from timeline.furniture.foot_notes import FOOT_NOTE_RULES
from timeline.furniture.headings import (
    is_qualified_heading,
    is_table_note,
    is_timed_heading,
)
from timeline.furniture.house_notes import HOUSE_RULES
from timeline.furniture.imprint_lines import IMPRINT_RULES
from timeline.furniture.issue_lines import (
    ISSUE_RULES,
    RUNNING_HEAD_RULE,
    is_page_head,
    is_page_pointer,
)
from timeline.furniture.issuer_lines import ISSUER_RULES
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.kinds import matches as _matches
from timeline.furniture.name_lines import is_labelled_items
from timeline.furniture.newsletter_lines import NEWSLETTER_RULES
from timeline.furniture.own_voice import OWN_VOICE_RULES
from timeline.furniture.page_notes import NOTE_RULES
from timeline.furniture.print_lines import PRINT_RULES
from timeline.furniture.programme_lines import PROGRAMME_RULES
from timeline.furniture.promo_lines import is_promo_line
from timeline.furniture.provenance_lines import PROVENANCE_RULES
from timeline.furniture.release_lines import RELEASE_RULES
from timeline.furniture.scorecards import SCORECARD_RULES
from timeline.furniture.service_notes import SERVICE_RULES
from timeline.furniture.site_lines import SITE_RULES
from timeline.furniture.source_heads import SOURCE_HEAD_RULES
from timeline.furniture.stamp_lines import MASTHEAD_RULE, STAMP_RULE
from timeline.furniture.transcript_lines import TRANSCRIPT_RULES

__all__ = ["LINE_RULES"]


LINE_RULES: tuple[LineRule, ...] = (
    *NOTE_RULES,  # a page's notes on itself: before "promo", which takes an edition's note
    *RELEASE_RULES,  # a release's embargo line
    *PRINT_RULES,  # a printed paper's number, laying line and pointers to its pages
    *COLUMN_RULES,  # a paper's small notices: an event's with its price, a timetable
    *ISSUER_RULES,  # a listed issuer's codes and listing
    *NEWSLETTER_RULES,
    *OWN_VOICE_RULES,  # a page's words on itself: a newsletter's, a live page's, a paywall's
    *SERVICE_RULES,  # a service's notes on itself: its team, its times, its next issue
    *ISSUE_RULES,  # an issue's greeting and contents, a journal's running head, an archive's copy
    *SITE_RULES,  # a site's own lines: a database's source line before "tags"
    *COURT_RULES,  # a court report's caption, its counsel, its note on its summary
    *PROGRAMME_RULES,  # a podcast's or a station's lines
    *TRANSCRIPT_RULES,  # a transcript's cues and hand-overs
    *BOX_RULES,  # a page's boxes and notes: an info box, a local stamp, comments, sharing
    *FOOT_NOTE_RULES,  # a correction's note with its error, a note on the figures' units
    *DESK_RULES,  # a translation's credit and note, a desk's signature, a review's box line
    *PROVENANCE_RULES,  # a reprint's line, a page's history, a gallery's counter, a writer's bio
    LineRule(
        "contact",
        FurnitureKind.CREDIT,
        is_contact_line,
        (
            "Media contact: Hal Breen 0400 000 000",
            "Media enquiries: Nora Vale, 0411 222 333",
            "Contact: press@health.example.org",
            "For more information, contact Hal Breen on 0400 000 000.",
            "+61 2 5550 1234",
            "Dial-in: +44 20 5550 0100; access code 1234#.",
            "Information line: 555-0190 (7 a.m.–9 p.m.)",
            "Apply to the Secretary, P.O. Box 42, Tarrow.",
        ),
    ),
    LineRule(
        "byline",
        FurnitureKind.BYLINE,
        lambda line: (
            is_by_line(line)
            or is_named_byline(line)
            or is_paper_line(line)
            or is_signature(line)
            or is_correspondent_line(line)
            or is_writer_credit(line)
        ),
        (
            "By Jane Doe, Staff Writer",
            "By JANE DOE and JOHN ROE | Associated Writers",
            "BY KIERAN MOSS - 03/05/25 6:12 PM ET",
            "By Sam Ortiz | sortiz@herald.example",
            "By Kevin Marsh | Advance Media for NJ.com",
            "By Marie Dupont  •  Updated: 12/01/2021 - 17:45",
            "Larissa Holt Economics correspondent",
            "Jordan Kessler @jkessler_tech",
            "Special to the Valley Record",
            "The Honourable Kaye Linden MP",
            "The Hon. Kaye Linden MP / Minister for Health",
            "From Ama Mensah, Kumasi",
            "Tomas Berg, golf writer",
        ),
    ),
    STAMP_RULE,
    MASTHEAD_RULE,  # a print-era masthead with its date, its fields parted by commas
    RUNNING_HEAD_RULE,  # a journal's running head and its item's reference
    LineRule("dateline line", FurnitureKind.DATELINE, is_dateline_line, ("Kumasi, May 4 -",)),
    LineRule(
        "place and date",
        FurnitureKind.DATELINE,  # its day is the text's (`foot_days.closing_stamp` reads it)
        is_place_and_date,
        ("Tarrow, 6 May 2019", "Leith, Fife, March 3, 2021"),
    ),
    LineRule("life", FurnitureKind.CREDIT, is_life_line, ("Jo Lee, born 1930; died 3 May 2015",)),
    LineRule(
        "wire slug",
        FurnitureKind.CREDIT,  # not a byline: a headline under it is no line of it
        is_wire_slug,
        ("BC-Fraud-Trial", "AW-DS-12-03-87 1432EST"),
    ),
    LineRule(
        "wire add",
        FurnitureKind.CREDIT,
        # a teletype's slug over the next take of its story, in capitals: "ADD 1 MINE FIRE"
        _matches(
            r"(?:ADD\s+\d{1,2}|\d{1,2}(?:ST|ND|RD|TH)\s+ADD|(?:FIRST|SECOND|THIRD)\s+ADD)"
            r"\s+[A-Z][A-Z0-9 ,'’&-]{2,60}"
        ),
        ("ADD 1 TARROW MINE FIRE", "2ND ADD HARBOUR STRIKE", "FIRST ADD FERRY SINKING"),
    ),
    *CREDIT_RULES,  # a copyright line, an archive field, a reading time, credits
    CAPTION_RULE,
    LineRule(
        "promo",
        FurnitureKind.PROMO,
        is_promo_line,
        (
            "Read more: Oil prices climb as supply fears return",
            "LEIA TAMBÉM / READ MORE: The long wait at Tarrow · Who pays for the port?",
            "Related: Pentagon orders review of aging tanker fleet",
            "WATCH NOW: The finance chief on tariffs",
            "ADVERTISEMENT",
            "Sponsored: Tarrow Payroll — pay for small crews, in one app.",
            "Sign up for our daily newsletter to get local news in your inbox.",
            "Related Story: Growers rally as the water debate drags on",
            "Subscribe to The Valley Courier for $2 a week.",
            "Download the Courier app for the latest news from your town.",
            "Watch every round of the final on the Tarrow Post app.",
            "A version of this article appears in print, Section C, Page 4.",
            "This article appears in the March 2011 issue of Coastal Monthly.",
            "A version of this story first appeared in the Dunmore Gazette on 3 May.",
            "Listen to this article",
            "OPINION | CITY & STATE",
            "\u201cA loaf is the cheapest gift there is.\u201d",
            "READ | Bus fares in the metro to rise from June",
            "READ: Shelters in the valley run short of water",
            "More on this story: What the cut means for your savings",
            "More from Science: Why the tide tables changed",
            "Support local journalism: subscribe to the Tarrow Post for €1.50 a week.",
            "Report an error",
            "Most read: Ferry fares to rise in June",
            "← Earlier: How we moved our servers",
            "More rugby: Cup final moved to the harbour ground",
            "Next week in Harbour Notes: the new pilotage fees explained",
            "Next week: the ferrymen who still row the estuary.",
            "Next Friday: what the new timetable means for the island's commuters.",
            "SPONSORED · Quay Dental is open late on Thursdays, 8 a.m. to 9 p.m.",
            "Read the previous one: Who pays for the harbour wall?",
            "Tomorrow on Coast Tonight: the oyster season opens at Tarrow.",
            "VIDEO: The mayor of Tarrow speaks to reporters after the vote.",
            "SHOP THE STORY: Quay Atelier linen jacket, $420",
            "Previous post: First light, 4 March",
            'Original filing (French): "Avis de cession", 4 pp.',
            "Annual subscription: $12 per year, post free.",
            "Letters to the Editor may be left at the porter's lodge.",
        ),
    ),
    LineRule(
        "share row",
        FurnitureKind.PROMO,
        lambda line: is_share_row(line) or is_link_row(line),
        (
            "Copy link | Email | Forum | X",
            "Share / Save",
            "Bookmark",
            "COMMENTS",
            "Comments (14)",
            "Letters to the Editor | Advertise",
            "Ireland: +353 1 555 0100 | France: +33 1 5550",
        ),
    ),
    LineRule(
        "tags",
        FurnitureKind.PROMO,
        is_tag_line,
        (
            "Related topics: Interest rates, Inflation, Housing",
            "Related Topics: Tarrow / local elections / courts",
            "Tags: wool, shearing, industrial disputes",
            "Topics: Chile, Mining, Labour",
        ),
    ),
    *SCORECARD_RULES,
    LineRule(
        "qualified heading",
        FurnitureKind.PROMO,
        is_qualified_heading,
        ("ROAD CLOSURES (as of 6 p.m.)", "RESULTS BY DISTRICT (seats)"),
    ),
    LineRule(
        "timed heading",
        FurnitureKind.PROMO,
        is_timed_heading,
        ("4:52pm — Shelter at capacity", "11.30am - Minister to visit the quay"),
    ),
    LineRule(
        "jump line",
        FurnitureKind.PROMO,
        is_page_pointer,
        (
            "Tide tables for the week are on Page 22.",
            "See FLOOD, Page 6",
            "Continued on Page 13, Column 4",
            "FLOOD, from Page 1",
            "Continued on Page A12",
            "(Continued on Page 3)",
            "Other parish notes will be found on Page Six.",
            "(Other harbour news, Page 14.)",
            "— continued on page 3 —",
            "More on page 342 >",
        ),
    ),
    LineRule(
        "page head",
        FurnitureKind.PROMO,
        is_page_head,
        ("Quay Board press release 14.06.96 - page 2", "(continued) 14/2014 Quay Foundation"),
    ),
    LineRule(
        "table note",
        FurnitureKind.CREDIT,
        is_table_note,
        ("Figures in brackets are for the same period of 2003-04.",),
    ),
    LineRule(
        "labelled items",
        FurnitureKind.PROMO,
        is_labelled_items,
        (
            "Arrived: Tarrow Star from Durban; sailed: Quay Queen for Lagos.",
            "Scorers: Ruiz 12, Okoro 70; booked: Lee",
        ),
    ),
    LineRule(
        "release boilerplate",
        FurnitureKind.CREDIT,
        lambda line: is_about_heading(line) or is_source_line(line),
        ("About Hollin Tools", "SOURCE Hollin Tools Inc."),
    ),
    *IMPRINT_RULES,  # an imprint line, the terms of reproduction, an offer of interviews
    *SOURCE_HEAD_RULES,  # a digest's head over an item: its source's name and day
    *HOUSE_RULES,  # a publication's notes on how it keeps what it prints: last, after the kinds
    # that take some of them ("High-resolution photographs are available on request.": a credit)
)
