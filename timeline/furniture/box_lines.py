"""A page's boxes and notes around a story, not the story: a box of practical fields ("PLAN YOUR
VISIT: ... · ..."), a stamp written in the outlet's own language, the notes on comments, on
sharing, on a live page's refreshing, on delayed market data, a tip line, a disclosure and a
general-advice warning, a currency's rate in brackets. Read by `timeline.furniture` in its table
of rules (`BOX_RULES`); each rule is one unit with its examples, none names an outlet.

    >>> is_info_box("OPENING HOURS: Tue–Sun 10 a.m.–5 p.m. · Free entry · harbour.example")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.kinds import matches as _matches
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.wire_stamps import is_wire_sign_off, wire_stamp_day
from timeline.wordlists import word_list

__all__ = [
    "BOX_RULES",
    "is_factcheck_box",
    "is_info_box",
    "is_local_stamp",
    "is_visit_line",
    "update_labels",
]

#: An info box's label in capitals, then its fields set apart by dots or bars.
_INFO_LABEL = re.compile(r"[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]*){0,4}\s*:\s+")
#: A label in a sentence's case, "Key events: ", "Date of issue: ": its box has three fields or
#: more.
_PLAIN_LABEL = re.compile(r"[A-Z][a-z'’&-]+(?:\s+[a-z'’&-]+){0,3}\s*:\s+")
_INFO_FIELDS = re.compile(r"\s+[·•|]\s+")
#: The most words of an info box's field.
INFO_FIELD_WORDS = 8


def is_info_box(line: str) -> bool:
    """A box of practical fields: a label in capitals, a colon, two fields or more set apart by
    dots or bars, a few words each, no sentence.

    >>> is_info_box("WHAT WE KNOW: The fire started at 3 a.m. in the mill and spread · two died.")
    False
    """
    label = _INFO_LABEL.match(line)
    fewest = INFO_FIELDS
    if label is None:
        label = _PLAIN_LABEL.match(line)
        fewest = INFO_FIELDS + 1
    if label is None:
        return False
    fields = _INFO_FIELDS.split(line[label.end() :])
    return len(fields) >= fewest and all(
        len(field.split()) <= INFO_FIELD_WORDS and _SENTENCE_END.search(field) is None
        for field in fields
    )


#: The fewest fields of an info box.
INFO_FIELDS = 2
#: A sentence's end: a word's stop ("... spread."), not a clock's "p.m.".
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]$|[!?]$")


#: A stamp in another language: a day, a month's name, a year, a word or two, a clock: "19.
#: nóvember 2025 kl. 07:42", "3 de mayo de 2024, 14:05", "12. März 2023 um 10:15 Uhr".
_LOCAL_STAMP = re.compile(
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d,?"
    r"(?:\s+[^\W\d_]{1,4}\.?)?\s+\d{1,2}[:.]\d\d(?:\s+[^\W\d_]{1,4}\.?)?"
)


def is_local_stamp(line: str) -> bool:
    """A line that is only a stamp in the outlet's own language: a day, a month, a year and a
    clock, a short word between ("kl.", "um", "às").

    >>> is_local_stamp("19. nóvember 2025 kl. 07:42"), is_local_stamp("3 goals in 2019 at 12:30")
    (True, False)
    """
    return _LOCAL_STAMP.fullmatch(line) is not None


#: What a new version of a wire story changed, as its editor's note says it.
_CHANGES = r"adds|updates|recasts|corrects|rewrites|writes\s+through|tops"


@cache
def _factcheck_box() -> re.Pattern[str]:
    labels = alternatives(word_list("factcheck_labels.txt"))
    # the claim quoted whole, or the rating in a few words
    return re.compile(
        rf"(?i:{labels})\s*:\s+(?:[\"“][^\"“”\n]{{4,300}}[\"”]\.?|[\w'’-]+(?:\s+[\w'’-]+){{0,3}}\.?)"
    )


def is_factcheck_box(line: str) -> bool:
    """A fact-check's box: the claim it checks, quoted whole, or its rating in a few words.

    >>> is_factcheck_box('CLAIM: "The ferry will stop running on 1 May."')
    True
    >>> is_factcheck_box("Our verdict: Mostly false")
    True
    >>> is_factcheck_box("Claim: the mayor said on Monday that fares would rise.")
    False
    """
    return _factcheck_box().fullmatch(line) is not None


#: A clock's range of opening hours: "10 a.m. to 6 p.m.", "11am–4pm", "09:00-17:30".
_HOURS = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[-–]|to)\s*\d{1,2}(?:[.:]\d\d)?\s*"
    r"(?:[ap]\.?m\.?)?(?![\d.:]*\d)"
)
#: A visitor's line under its label: a label of a word or two, a colon, the place or the days
#: and the hours, no verb, and a short note after it ("Prices 2s. to 5s.").
#: (its value opens with a word: a number first is a contact's, "Information line: 555-0190 ...")
_VISIT_LINE = re.compile(
    r"(?P<label>[A-Z][a-z]+(?:\s+[a-z]+)?)\s*:\s+(?P<value>[^\W\d_][^\n]{2,200})"
)
#: The most words of a visitor's line.
VISIT_WORDS = 30


def is_visit_line(line: str) -> bool:
    """A line telling the reader when to come, its hours a clock's range, its first sentence
    without a verb: "Booking: Quay Hall box office, 10 a.m. to 6 p.m. Prices 2s. to 5s.".

    >>> is_visit_line("Booking: Quay Hall box office, Mill Street, 10 a.m. to 6 p.m. Prices 2s.")
    True
    >>> is_visit_line("Monday: The council met from 10 a.m. to 6 p.m. and voted to close it.")
    False
    """
    found = _VISIT_LINE.fullmatch(line.strip())
    if found is None or len(line.split()) > VISIT_WORDS:
        return False
    hours = _HOURS.search(found["value"])
    if hours is None:
        return False
    first = found["value"][: hours.end()]  # its place or days, and its hours
    rest = found["value"][hours.end() :]
    return "no verb" in shape_cues(first) and "no verb" in shape_cues(rest or "-")


BOX_RULES: tuple[LineRule, ...] = (
    LineRule(
        "wire stamp",
        FurnitureKind.BYLINE,
        lambda line: wire_stamp_day(line) is not None or is_wire_sign_off(line),
        (
            "(Wire) 16-SET-08 18:22",
            "03-ABR-2019 09.40",
            "21-Oct-97 14:05",
            "Harbour Wire 0915 GMT 12-03-97",
        ),
    ),
    LineRule(
        "info box",
        FurnitureKind.PROMO,
        is_info_box,
        ("PLAN YOUR VISIT: 4 Quay Street · Tue–Sun 10 a.m.–5 p.m. · harbourmuseum.example",),
    ),
    LineRule(
        "local stamp",
        FurnitureKind.BYLINE,
        is_local_stamp,
        ("19. nóvember 2025 kl. 07:42", "3 de mayo de 2024, 14:05", "12. März 2023 um 10:15 Uhr"),
    ),
    LineRule(
        "comments note",
        FurnitureKind.PROMO,
        _matches(
            r"(?:\d[\d,]*\s+(?i:comments?)|(?i:comments?)\s*\(\d[\d,]*\)"
            r"|(?i:comments?)\s+(?:are|is|have\s+been)\s+(?:now\s+)?(?:closed|disabled|open|"
            r"turned\s+off)(?:\s+(?:for|on)\s+this\s+(?:article|story|page|post))?\.?"
            r"|(?i:sign\s+in|log\s+in|register)\s+to\s+comment\.?"
            # a call to comment (stop 50): "Join the conversation", "Have your say below."
            r"|(?:Join\s+the\s+(?:conversation|discussion|debate)|Have\s+your\s+say)"
            r"(?:\s+(?:in\s+the\s+comments|below)(?:\s+below)?)?[.!]?)"
            r"(?:\s+[·•|]\s+(?:(?i:sign\s+in|log\s+in|register)\s+to\s+comment|\S[^\n·•|]{0,30}))*"
        ),
        (
            "87 comments",
            "Comments (12) · Sign in to comment",
            "Comments are closed for this article.",
            "Join the conversation",
            "Have your say in the comments below.",
        ),
    ),
    LineRule(
        "share note",
        FurnitureKind.PROMO,
        _matches(
            r"(?i:share)(?:\s+(?:this|the))?\s+(?:live\s+)?(?i:article|story|page|post|blog|video|"
            r"report)(?:\s+(?:via|on|to|with)\s+[^\n.]{0,80}|\s*:\s*[^\n.]{1,80})?"
            # asked after the reader liked it (stop 50): "Enjoyed this article? Share it ..."
            r"|(?:Enjoyed|Liked)\s+this\s+(?:article|story|newsletter|piece|post)\?\s*"
            r"(?:Share|Forward|Send)\s+it\b[^\n.]{0,60}[.!]?"
        ),
        (
            "Share this live page",
            "Share Article via Facebook / X / LinkedIn / Email",
            "Share this report: Facebook · X · Forums",
        ),
    ),
    LineRule(
        "page notice",
        FurnitureKind.PROMO,
        _matches(
            # a live page's refreshing, a market box's delay, a tip line, a general warning
            r"(?:This|The)\s+(?:page|blog|live\s+page|feed|live\s+blog)\s+(?:refreshes|updates|"
            r"reloads|is\s+updated|will\s+update)\s+automatically\.?"
            r"|\*?(?:Data|Quotes|Prices|Market\s+data)\s+(?:is|are)\s+(?:a\s+real-time\s+snapshot|"
            r"delayed)\b[^\n.]{0,80}\.?"
            r"|(?:Got|Have)\s+a\s+(?:confidential\s+)?(?:news\s+)?(?:tip|story\s+idea)\b[^\n?]{0,40}"
            r"\?(?:\s+[^\n]{0,100})?"
            r"|This\s+(?:article|content|information|material|story)\s+is\s+(?:general\s+"
            r"information|(?:for\s+)?(?:general\s+)?information(?:al)?\s+purposes)\s+only\b"
            r"[^\n]{0,200}"
            r"|Disclosures?\s*:\s+\S[^\n]{0,300}"
            r"|(?:This\s+is\s+)?[Nn]ot\s+(?:investment|financial|legal|tax|medical)\s+advice\."
            r"(?:\s+[^\n]{1,300})?"
            # the page on itself: "Nothing in this newsletter is investment advice."
            r"|Nothing\s+(?:here|(?:in|on)\s+this\s+[\w -]{1,30}?)\s+(?:is|constitutes)\s+"
            r"(?:an?\s+)?"
            r"(?:investment|financial|legal|tax|medical)\s+advice\."
            # its writers' holdings: "The Letter and its writers may hold positions in companies
            # mentioned." (a writer, an author, the staff or "we", not a fund)
            r"|[^\n.]{0,60}\b(?:[Ww]riters?|[Aa]uthors?|[Ee]ditors?|[Ss]taff|[Cc]ontributors?|[Ww]e)"
            r"\s+(?:may|might|could)\s+(?:hold|have|own)\s+(?:positions?|shares|holdings|interests?)"
            r"\s+in\b[^\n.]{0,60}\."
            # a live page's note on its updates: "This page will be updated as ...", "Newest
            # updates are at the top."
            r"|(?:This|The)\s+(?:page|story|article|blog|live\s+page)\s+(?:will\s+be|is\s+being)"
            r"\s+updated\b[^\n.]{0,80}\.?"
            r"|(?:The\s+)?(?:Newest|Latest|Most\s+recent)\s+(?:updates|posts|entries)\s+(?:are|appear)"
            r"\s+(?:at\s+the\s+)?(?:top|first|below|above)\.?"
        ),
        (
            "This page refreshes automatically.",
            "*Data is delayed at least 15 minutes.",
            "Got a news tip? Email the desk.",
            "This article is general information only and is not advice.",
            "Disclosure: The writer owns shares in none of the firms named.",
            "Not investment advice. Our summaries may leave out facts; read the filing.",
            "Nothing in this bulletin is investment advice.",
            "Nothing here is financial advice.",
            "The Harbour Note and its writers may hold positions in companies mentioned.",
            "This page will be updated as news comes in.",
            "Newest updates are at the top.",
        ),
    ),
    LineRule(
        "fact-check box",
        FurnitureKind.PROMO,  # the claim's days are the claim's, no event
        is_factcheck_box,
        ('CLAIM: "The ferry will stop running on 1 May."', "RATING: FALSE"),
    ),
    LineRule(
        "marked heading",
        FurnitureKind.PROMO,
        # a section's heading in capitals behind a marker: "// SALE & PURCHASE", ">> MARKETS"
        _matches(r"(?://|>>|::|■|▶|►)\s*[A-Z0-9][A-Z0-9&'’/ -]{1,40}"),
        ("// SALE & PURCHASE", ">> GRAIN MARKETS", "■ OUTLOOK"),
    ),
    LineRule(
        "update note",
        FurnitureKind.PROMO,
        # the editor's note on what a new version of a wire story changed: "UPDATE 2 — adds
        # closing prices", "(Adds minister's comment, updates prices)"; a download's link with
        # its size, "Download PDF (212 KB)"
        _matches(
            rf"(?i:update)(?:\s+\d{{1,2}}(?:[:.]\d\d)?)?\s*[-—–:]\s*(?i:{_CHANGES})\b"
            rf"[^\n()]{{1,120}}|\(\s*(?i:{_CHANGES})\b[^\n().]{{1,120}}\)"
            r"|(?i:download)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:PDF|file|document|report|"
            r"version)\s*\(\s*\d+(?:[.,]\d+)?\s*[KMG]B\s*\)"
        ),
        (
            "UPDATE 14:05 — adds closing prices, analyst comment",
            "UPDATE 2: recasts with minister's reply",
            "(Adds minister's comment, updates prices)",
            "Download PDF (1.4 MB)",
            "Download the full report (380 KB)",
        ),
    ),
    LineRule(
        "rate note",
        FurnitureKind.CREDIT,
        _matches(r"\(\s*(?:US)?[$€£¥]\s?1\s*=\s*[\d.,]+\s*[^\n()]{1,60}\)"),
        ("($1 = 0.92 euros)", "($1=1,038 won)", "(£1 = 6.29 zloty before the cut)"),
    ),
    LineRule(
        "visit line",
        FurnitureKind.PROMO,
        is_visit_line,
        (
            "Booking: Quay Hall box office, Mill Street, 10 a.m. to 6 p.m. Prices 2s. to 5s.",
            "Open days: every Sunday in May, 11am–4pm.",
        ),
    ),
)


#: A live story's update label before the update's sentence on its line: its word, its clock,
#: its dash ("UPDATE 16:40 — The ministry raised the toll.").
_UPDATE_LABEL = re.compile(
    r"^[ \t]*(?P<word>(?:UPDATE|Update|UPDATED|Updated)\s+)"
    r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
    r"(?P<dash>\s*(?:--|[-—–:|])\s+)(?=[\"“‘A-Z])",
    re.MULTILINE,
)


def update_labels(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the furniture of each update label opening a line of the story: its
    word and its dash, not its clock, which dates the update's sentence after it (its row is at
    the label's time).

    >>> text = "UPDATE 16:40 — The ministry raised the toll to nine."
    >>> [text[a:b] for a, b in update_labels(text)]
    ['UPDATE ', ' — ']
    """
    spans: list[tuple[int, int]] = []
    for match in _UPDATE_LABEL.finditer(text):
        spans.extend((match.span("word"), match.span("dash")))
    return spans
