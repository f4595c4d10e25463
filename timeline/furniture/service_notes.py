"""A bulletin's or a live page's notes on its own service (stop 43): who covers it and from where,
what its times are, where to send tips, where its other pieces are, what it is for, how often
it is issued, whom it is circulated to, its charity's registration, a forwarded mailing's call
to sign up (when its next issue comes is left to the story: most golds count "The next
situation report will be issued on 2 February." as an event). None is an event of the
story: each is the service speaking of itself, in its closed-class words, with no clause of the
story's. `SERVICE_RULES` is read by `timeline.furniture.line_rules` after a page's own voice.

    >>> next(r.name for r in SERVICE_RULES if r.test("Times are local."))
    'times note'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.furniture.kinds import FurnitureKind, LineRule, unsaid_whole
from timeline.furniture.newsletter_lines import newsletter_word

__all__ = ["SERVICE_RULES"]

#: Places after "in", from a capital, "and" or commas between them: "Tarrow and Leith".
_PLACES = r"[A-Z][\w'’.-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w'’.-]*){0,5}"

#: The page's own team at work on the story: "Our team in Tarrow and Leith is following the
#: storm.", "Our correspondents in Tarrow are covering the count live." (a story's "Our team
#: won on Monday" has no place and no following; "Our team is following the case" no span).
_AT_WORK = (
    r"\s+(?:is|are)\s+(?:following|covering|tracking|monitoring|reporting\s+on)\s+(?:the|this)"
    r"\s+[a-z]+(?:\s+[a-z]+)?"
)
#: How long or how the team covers it: "live", "throughout the day" (stop 52: without its
#: place, the team's note has its span: "Our reporters are following the recall throughout
#: the day.").
_SPAN = (
    r"\s+(?:live|closely|as\s+it\s+happens|(?:through|throughout)\s+the\s+(?:day|night)|all\s+day)"
)
_DESK_TEAM = re.compile(
    r"(?:Our|The\s+[A-Z][\w'’-]*)\s+(?:[a-z]+\s+)?(?:team|teams|reporters|correspondents|staff"
    r"|journalists|desk|newsroom)"
    rf"(?:\s+in\s+{_PLACES}{_AT_WORK}(?:{_SPAN})?|{_AT_WORK}{_SPAN})[.!]?"
)

#: The page's note on the times it gives: "Times are local.", "All times are Tarrow time.",
#: "Times shown are GMT." (a story's "Times are hard" names no zone or place).
_TIMES_NOTE = re.compile(
    r"(?:All\s+)?[Tt]imes\s+(?:shown\s+|given\s+|quoted\s+)?(?:are|in)\s+(?:in\s+)?"
    r"(?:local|[A-Z][\w'’+-]*(?:\s+[A-Z][\w'’+-]*)?)(?:\s+time)?(?:\s+\(?[A-Z]{2,5}[+-]?\d{0,2}\)?)?"
    r"\.?"
)

#: A call to send the page tips through its own means: "Send tips via the form at the bottom
#: of this page.", "Send us your photos via the form below." (what to send: a reader's
#: material; how: a form, a page, an address).
_TIPS_CALL = re.compile(
    r"(?:Got\s+a\s+(?:tip|story)\?\s+)?Send\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?"
    r"(?:tips?|photos?|pictures?|videos?|stories|questions|comments|news)"
    r"\s+(?:via|to|through|using|with|at)\s+[^\n.!?]{1,80}[.!]?"
    # a letter's call to write to it (stop 46): "Write to us with tips and complaints; we read
    # everything.", "Email us at desk@quay.example" (a point only inside an address), and the
    # one word asking for them, "Tips?"
    r"|(?:Write\s+to|E-?mail|Contact)\s+us\s+(?:with|at|about)\s+(?:[^\n.!?;]|\.(?=\S)){1,80}"
    r"(?:;\s+we\s+[a-z'’ ]{1,30})?[.!]?"
    r"|(?:Got\s+(?:any\s+)?)?(?:[Nn]ews\s+)?(?:Tips|Questions|Feedback|Comments|Corrections|tips"
    r"|questions|feedback|comments|corrections)\?"
)

#: Who writes a letter, its name or its kind before "is written by" (`newsletter_words.txt`
#: as "This <word>"), its writers' names of two words at least, or where it is written and sent
#: from: "The Quay Brief is written by Jo Lee and edited by Ana Ruiz.", "Written and sent from
#: Tarrow." (stop 46; a story's "The report was written by ..." is in the past).
_MADE = (
    r"(?:written|edited|compiled|produced|put\s+together|sent)"
    r"(?:\s+and\s+(?:written|edited|compiled|produced|sent|published))?"
)
_WRITER = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|del|la|le)){1,3}"
_WRITER_CREDIT = re.compile(
    rf"(?:This\s+(?:{newsletter_word()})"
    r"|(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s+is\s+"
    rf"{_MADE}\s+by\s+{_WRITER}(?:,?\s+and\s+{_MADE}\s+by\s+{_WRITER})?\.?"
    rf"|(?:Written|Edited|Compiled|Produced)(?:\s+and\s+(?:written|edited|compiled|sent))?"
    rf"\s+(?:from|in)\s+{_PLACES}\.?"
)

#: The page's note on what it is for: "This bulletin is for general guidance.", "This summary
#: is for information only." (the page's own kind of document, the purpose after it).
_GUIDANCE_NOTE = re.compile(
    r"This\s+(?:bulletin|report|page|newsletter|summary|transcript|document|update|forecast"
    r"|outlook|briefing|digest|notice|leaflet)\s+is\s+(?:intended\s+)?(?:for|as)\s+(?:a\s+)?"
    r"(?:general\s+)?(?:guidance|information|reference)(?:\s+(?:only|purposes(?:\s+only)?))?\.?"
)

#: How often the service is issued, a standing schedule in the present: "Forecasts for the next
#: five days are issued daily at 1200 GMT on quay.example.", "Warnings are updated every three
#: hours." (a habit, no event; a story's "Forecasts were issued on Monday" is in the past).
_STANDING_SCHEDULE = re.compile(
    r"(?:Forecasts?|Warnings?|Updates?|Bulletins?|Reports?|Outlooks?|Advisories|Briefings?"
    # a letter on itself (stop 46): "This newsletter is published every Tuesday by Quay Ltd."
    rf"|Summaries|Statements?|This\s+(?:{newsletter_word()}))"
    r"(?:\s+for\s+[^\n.!?]{1,40}?)?\s+(?:are|is)\s+"
    r"(?:issued|published|updated|posted|released|broadcast|sent)\s+"
    r"(?:daily|weekly|monthly|hourly|twice\s+(?:a|each)\s+(?:day|week)|every\s+[^\n.!?]{1,20}?"
    r"|each\s+[^\n.!?]{1,20}?)(?:\s+(?:at|on|from|by)\s+[^\n!?]{1,60}?)?\.?"
)

#: Whom the mailing goes to, no clause: "Circulated to supporting churches and friends.",
#: "Distributed free to members." (small words only, no comma: a story's "Distributed to
#: schools, the leaflets warn ..." runs on).
_DISTRIBUTION = re.compile(
    r"(?:Circulated|Distributed)\s+(?:free\s+)?(?:to|among)\s+(?:all\s+)?[a-z'’-]+"
    r"(?:\s+[a-z'’-]+){0,6}\.?"
)

#: A charity's registration after its name, or alone: "Quay Mission Society — Registered
#: Charity.", "Registered charity no. 1023456."
_CHARITY = re.compile(
    r"(?:[A-Z][^\n—–.!?]{1,80}\s[—–-]\s)?(?i:registered\s+charity)"
    r"(?:\s*(?i:no\.?|number)?\s*[\d/ -]{3,12})?\.?"
)

#: A forwarded mailing's call, its own words and a bare address to sign up at: "Forwarded
#: this?", "Was this forwarded to you?", "Sign up at quay.example/letter."
_FORWARDED = re.compile(
    r"(?:Forwarded\s+this|Was\s+this\s+forwarded\s+to\s+you)(?:\s+(?:email|e-mail|letter"
    r"|newsletter|message))?\?"
    r"|(?:Sign\s+up|Subscribe)\s+(?:free\s+)?(?:at|on)\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+"
    r"(?:/[\w./-]*)?\.?"
)


#: A page's pointer to its own other piece, "here" the link (stop 52): "Our film critic's guide
#: to the week's films is here.", "Our full report on the vote can be found here." (the page's
#: own piece by its kind; a story's "Our moment is here" names none).
_HERE_POINTER = re.compile(
    r"Our\s+(?:[\w'’-]+\s+){0,4}?(?:guide|report|story|stories|coverage|analysis|explainer"
    r"|review|interview|piece|article|blog|obituary|profile|timeline|gallery|podcast|video|map"
    r"|photos|pictures)(?:\s+(?:on|of|to|about|with|from|for)\s+[^\n.!?]{1,80}?)?"
    r"\s+(?:is|are|can\s+be\s+(?:found|read|seen)|is\s+available|are\s+available)\s+here[.!]?"
)


def _whole(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A rule's test: the whole line matches `pattern` and reports no one's words."""
    return lambda line: unsaid_whole(pattern, line)


SERVICE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "desk team",
        FurnitureKind.PROMO,
        _whole(_DESK_TEAM),
        (
            "Our team in Tarrow and Leith is following the storm.",
            "Our correspondents in Tarrow are covering the count live.",
            "Our reporters are following the vote throughout the day.",
        ),
    ),
    LineRule(
        "pointer here",
        FurnitureKind.PROMO,
        _whole(_HERE_POINTER),
        (
            "Our film critic's guide to the week's films is here.",
            "Our full report on the vote can be found here.",
        ),
    ),
    LineRule(
        "times note",
        FurnitureKind.CREDIT,  # the kind of the page notes' "All times are Greek time (EEST)."
        _whole(_TIMES_NOTE),
        ("Times are local.", "All times are Tarrow time.", "Times shown are GMT."),
    ),
    LineRule(
        "tips call",
        FurnitureKind.PROMO,
        _whole(_TIPS_CALL),
        (
            "Send tips via the form at the bottom of this page.",
            "Got a tip? Send us your photos via the form below.",
            "Write to us with tips and gripes; we answer every one.",
            "Email us at desk@quay.example",
            "Tips?",
        ),
    ),
    LineRule(
        "writer credit",
        FurnitureKind.CREDIT,
        _whole(_WRITER_CREDIT),
        (
            "The Quay Brief is written by Jo Lee and edited by Ana Ruiz.",
            "This letter is written and edited by Tomas Berg.",
            "Written and sent from Tarrow.",
        ),
    ),
    LineRule(
        "guidance note",
        FurnitureKind.CREDIT,
        _whole(_GUIDANCE_NOTE),
        ("This bulletin is for general guidance.", "This summary is for information only."),
    ),
    LineRule(
        "standing schedule",
        FurnitureKind.PROMO,
        _whole(_STANDING_SCHEDULE),
        (
            "Forecasts for the next five days are issued daily at 1200 GMT on quay.example.",
            "Warnings are updated every three hours.",
            "This newsletter is published every Monday by Quay Research Ltd.",
        ),
    ),
    LineRule(
        "distribution",
        FurnitureKind.CREDIT,
        _whole(_DISTRIBUTION),
        ("Circulated to supporting churches and friends.", "Distributed free to members."),
    ),
    LineRule(
        "charity",
        FurnitureKind.CREDIT,
        _whole(_CHARITY),
        ("Quay Mission Society — Registered Charity.", "Registered charity no. 1023456."),
    ),
    LineRule(
        "forwarded",
        FurnitureKind.PROMO,
        _whole(_FORWARDED),
        ("Forwarded this?", "Was this forwarded to you?", "Sign up at quay.example/letter."),
    ),
)
