"""The credit lines of a story's furniture: a copyright line, an archive's fields, a reading
time, a credit for the reporting, writing or editing, a contribution line, a contact address.
Split from `timeline.furniture`, which reads `CREDIT_RULES` in its table of rules at their
place. Each rule is one unit with its examples.

    >>> next(r.name for r in CREDIT_RULES if r.test("Reporting by Ana Ruiz"))
    'credit'
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, is_archive_field
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule
from timeline.furniture.kinds import matches as _matches
from timeline.wordlists import word_list

__all__ = ["CREDIT_RULES"]

#: A periodical's masthead line: "Published every Monday by Harbour Trade Press Ltd."
_PUBLISHER = re.compile(
    r"(?:Published|Printed|Issued)\s+(?:every\s+[A-Z][a-z]+|daily|weekly|fortnightly|"
    r"monthly|quarterly|twice\s+(?:a|each)\s+(?:week|month))\s+(?:by|for)\s+(?:the\s+)?"
    r"[A-Z][^\n]{0,200}"
    # the periodical's name before it, in the present: "Harbour Notes is published by the
    # Tarrow Growers' Association for its members."
    r"|[A-Z][^\n.!?]{0,60}?\s+is\s+(?:published|printed|issued)"
    r"(?:\s+(?:daily|weekly|fortnightly|monthly|quarterly|twice\s+a\s+(?:week|month)))?"
    # the languages it is written in: "... is published monthly in Tamil and English by ..."
    r"(?:\s+in\s+[A-Z][a-z]+(?:(?:,\s*|\s+and\s+)[A-Z][a-z]+)*)?"
    r"\s+by\s+(?:the\s+)?[A-Z][^\n]{0,200}"
)
#: A page's note that its stories hold material from other services, no event: "Harbour wire
#: services include material from agency reports.", "This report contains material from news
#: agencies."
_MATERIAL = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){0,3}(?:(?:wire|news)\s+services?|reports?|stor(?:y|ies)|articles?"
    r"|bulletins?)\s+(?:(?:may\s+)?(?:include|includes|contain|contains|uses?|used|draws?\s+on))"
    r"\s+material\s+from\s+[^\n.!?]{1,120}[.]?"
)
#: The verbs of a page's note on who made it: "This summary has been prepared by ...".
_MADE_BY = "prepared|compiled|edited|translated|authori[sz]ed"
#: Who issued the document: "Issued by the Tarrow office of Coast Relief International",
#: "Issued by the Press Office, Ministry of Health." (its body and office, each from a capital
#: after a comma, no clause after them).
_ISSUED_BY = re.compile(
    r"Issued\s+(?:on\s+behalf\s+of|by)\s+(?:the\s+)?[A-Z][^\n,.!?;\d]{1,80}"
    r"(?:,\s*(?:the\s+)?[A-Z][^\n,.!?;\d]{1,60}){0,3}\.?"
)
#: What a story's sentence reports: no masthead line says it.
_SAID = re.compile(rf"\b(?:{SAID}|showed|shows|found)\b")

#: A staff member's credit under the label of their role, alone on its line: "Duty forecaster:
#: K. Marshall-Best", "Officer on duty: Jo Lee", "Sub-editor: Ana Ruiz" (a role's noun names
#: its doer: -er, -or, -ist, -ian, an officer, a clerk, a secretary), the name with its initials
#: or in two words at least, nothing after it.
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ROLE_CREDIT = re.compile(
    r"(?:[A-Z][a-z-]+\s+)?(?:[a-z-]+\s+)?"
    r"(?:[A-Za-z-]*(?:er|or|ist|ian)|[Oo]fficer|[Cc]lerk|[Ss]ecretary)(?:\s+on\s+duty)?\s*:\s*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Capt)\.?\s+)?"
    rf"(?:(?:[A-Z]\.\s*){{1,3}}{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\.?"
)

#: A court list's appearances, each "Counsel for <party>: <name>" and nothing more, one or more
#: on a line: "Counsel for the council: Mr P. Roe. Counsel for the tenants: Ms J. Ode, S.C."
#: (stop 47). A name with its honorific, initials and a silk's post-nominal, others joined by
#: "and" or "with"; a story's "Counsel for the council, Mr Roe, told the court ..." has a comma
#: and a clause, never the colon.
_COUNSEL_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir)\.?\s+)?"
    rf"(?:(?:[A-Z]\.\s*){{1,3}}{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    r"(?:,\s*(?:Q\.?C|K\.?C|S\.?C)\.?)?"
)
_APPEARANCE = (
    r"(?:Counsel|Solicitors?|Appearing|Instructed)\s+(?:for|to)\s+[^\n:.]{1,60}:\s*"
    rf"{_COUNSEL_NAME}(?:\s*(?:,|and|with)\s+{_COUNSEL_NAME})*\.?"
)
_APPEARANCES = re.compile(rf"{_APPEARANCE}(?:\s+{_APPEARANCE})*")

#: The participles of a credit for making, checking or covering the copy, before "by": a
#: bulletin's "Prepared by: Jo Lee, Forecaster.", a transcript's "Monitored and transcribed by
#: ...", a live page's "Coverage by the Ledger markets team in Tarrow." (stop 43).
_MAKER_VERBS = (
    r"prepared|checked|compiled|monitored|transcribed|verified|approved|reviewed|proofread"
    r"|recorded|filmed|photographed|illustrated|designed|produced|edited|researched|presented"
    r"|reported|written|typed|supervised|co-?ordinated|sub-?edited"
)


@cache
def _maker_credit() -> re.Pattern[str]:
    """A credit for making the copy (`_MAKER_VERBS`), its maker and their role after a comma, no
    clause after them (a story's "Checked by customs officers, the lorry was ..." names its
    doers in small words and runs on). The maker is a name with its initials and particles
    (`data/name_particles.txt`: "Ana al-Rashid", "Jo van der Berg"), a body, or a desk or a team
    of a paper, and where they work: "M. A. Roe", "Red River Monitoring Ltd.", "the Ledger
    markets team in Tarrow and Leith"."""
    particle = alternatives(word_list("name_particles.txt"))
    word = rf"(?:[A-Z]|(?:{particle})-[A-Z])[\w'’.&-]*"
    maker = (
        rf"(?:the\s+)?{word}(?:\s+(?:{word}|of|the|and|&|{particle}))*"
        r"(?:\s+(?:[a-z]+\s+)?(?:team|desk|staff|office|unit|section|service|bureau|newsroom))?"
        r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*)?"
    )
    return re.compile(
        rf"(?:[-–—]\s*)?(?:(?i:{_MAKER_VERBS})(?:(?:,\s*|\s+and\s+|\s*&\s*)(?i:{_MAKER_VERBS}))*"
        r"|Coverage|Graphics|Illustrations?|Design|Photography|Research)"
        rf"\s+by\s*:?\s+{maker}(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?\.?"
    )


CREDIT_RULES: tuple[LineRule, ...] = (
    LineRule(
        "appearances",
        FurnitureKind.CREDIT,
        lambda line: _APPEARANCES.fullmatch(line) is not None,
        (
            "Counsel for the council: Mr P. Roe. Counsel for the tenants: Ms J. Ode, S.C.",
            "Counsel for the applicant: Dr Ama Boateng and Mr K. Owusu.",
            "Solicitors for the bank: Mr T. Hale.",
        ),
    ),
    LineRule(
        "copyright",
        FurnitureKind.CREDIT,
        _matches(
            # the sign circled as a letter too (stop 43): "ⓒ Quay News Agency."
            r"(?:Copyright\s*[©ⓒⒸ]?|[©ⓒⒸ]|\([Cc]\))\s*(?:19|20)\d\d\b[^\n]{0,100}"
            # its owner after it: "ALL RIGHTS RESERVED © Wire Service"
            r"|[^\n]{0,100}\b(?i:All\s+Rights\s+Reserved)\b\.?(?:\s*©\s*[A-Z][^\n]{0,60})?"
            # no year: "Copyright © The Harbour Gazette. Scanned by the county library."
            r"|(?:Copyright\s*[©ⓒⒸ]|[©ⓒⒸ])\s*[A-Z][^\n]{0,160}"
            # the paper's name before the sign: "Tarrow Advertiser © Coast Media Group."
            r"|[A-Z][^\n©.!?]{0,60}\s©\s*(?:(?:19|20)\d\d\s+)?[A-Z][^\n]{0,160}"
        ),
        (
            "Copyright 1994 The Associated Press. All rights reserved.",
            "©2023 Wire L.P.",
            "Copyright © The Harbour Gazette. Scanned by the county library.",
            "ALL RIGHTS RESERVED © Harbour Wire Service",
            "Tarrow Advertiser © Coast Media Group. Registered in Scotland.",
            "ⓒ Quay News Agency.",
        ),
    ),
    LineRule(
        "archive field",
        FurnitureKind.BYLINE,
        is_archive_field,
        ("SECTION: International News", "LENGTH: 398 words", "DATELINE: BONN, Germany"),
    ),
    LineRule(
        "reading time",
        FurnitureKind.BYLINE,
        _matches(
            r"\d+\s*-?\s*min(?:ute)?s?\.?\s+read|(?:reading|read)\s+time\s*:?\s*\d+\s*min(?:ute)?s?\.?",
            re.IGNORECASE,
        ),
        ("4 minute read", "3 min read", "Reading time: 3 min"),
    ),
    LineRule(
        "credit",
        FurnitureKind.CREDIT,
        _matches(
            # a dash may lead it at the foot of a newsletter's item: "— Compiled by Jo Lee"
            # its doer may be a desk or an office: "Compiled by the Readers' Editor, Jo Lee"
            r"(?:[-–—]\s*)?\(?(?:Additional\s+)?(?:(?:[Rr]eporting|[Rr]eport|[Ww]riting|[Ee]diting|[Cc]ompiled|"
            r"[Ee]dited|[Pp]roduced|Authori[sz]ed)\s+by\s+(?:the\s+)?)[A-Z][^\n]{0,200}"
            # with a colon: "(Reporting: Ana Ruiz; editing: Tom Roe)"
            r"|\(?(?:Additional\s+)?(?i:reporting|writing|editing)\s*:\s*[A-Z][\w'’.-]*"
            r"(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*(?:;|,|\band\b)\s*[^\n]{0,150})?\)?"
            # the sources, the translator, the writer of a summary: "With files from the Wire",
            # "Translated from the Spanish by the English desk.", "Summary written by the desk"
            r"|(?:With\s+files\s+from|(?:Summary|Story|Article|Text)\s+(?:written|prepared)\s+by)"
            r"\s+(?:the\s+)?[A-Z][^\n]{0,200}"
            # the words' and the pictures' makers under one label: "Text and photographs: The
            # Press Office", "Words & pictures: Jo Lee"
            r"|(?i:text|words|story)\s+(?:and|&)\s+(?i:photo(?:graph)?s?|pictures?|images?)"
            r"\s*:\s*[A-Z][^\n.!?]{0,80}"
            r"|Translated(?:\s+and\s+(?:summari[sz]ed|abridged|condensed|edited|adapted))?"
            r"\s+(?:from\s+(?:the\s+)?[A-Z][a-z]+\s+)?by\s+[^\n]{2,200}"
            # the page's own note on who made it, a credit verb in the passive and "by": "This
            # summary has been prepared by the Press Office ...", "This announcement was
            # authorised for release by the Board." (a story's "This plant was bought by ..."
            # names no making of the page)
            rf"|This\s+[a-z]+(?:\s+[a-z]+)?\s+(?:has\s+been|was|is)\s+(?:{_MADE_BY})"
            r"(?:\s+for\s+(?:release|publication))?\s+by\s+(?:the\s+)?[A-Z][^\n]{0,300}"
            # the writer alone, a name and its place: "Written by Jo Lee." (not "Written by
            # a minister in 1990, the letter ...")
            r"|(?:[-–—]\s*)?Written\s+by\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|"
            r"and|&))*(?:\s+(?:in|for)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?\.?"
        ),
        (
            "Reporting by Ana Ruiz; Editing by Tom Roe and Jo Lee",
            "(Reporting: Ana Ruiz; editing: Tom Roe)",
            "Report by Ilinca Marin",
            "(Additional reporting by Jo Lee in Lima)",
            "Writing by Omar Haddad; editing by Peter Novak",
            "Authorised by Kaye Linden MP, Parliament House, Tarrow",
            "Authorised by the Tarrow Shire Council, 4 Quay Street, Tarrow",
            "With files from Harbour Wire",
            "Translated from the French by the Tarrow Post's English desk.",
            "Summary written by Ledger Desk editors from the company's filing.",
            "— Compiled by Jo Lee in Tarrow",
            "Compiled by the Letters Desk, Ana Ruiz",
            "Text and photographs: Tarrow Museum Press Office",
            "Translated and summarised by the Coastline Press Service.",
            "This digest has been prepared by the Press Office of the Tarrow Court.",
            "This announcement has been authorised for release by the Board of Hollin Tools Ltd.",
        ),
    ),
    LineRule(
        "publisher",
        FurnitureKind.BYLINE,  # under the masthead, where a byline's rules take it too
        # a periodical's masthead line: who publishes it and how often
        lambda line: _PUBLISHER.fullmatch(line) is not None and _SAID.search(line) is None,
        (
            "Published every Thursday by Harbour Trade Press Ltd. Subscriber copy.",
            "Published monthly by the Tarrow Growers' Association",
            "Harbour Notes is published by the Tarrow Growers' Association for its members.",
            "Quay Lens News is published monthly in Malay and English by the Press Section.",
        ),
    ),
    LineRule(
        "material note",
        FurnitureKind.CREDIT,
        lambda line: _MATERIAL.fullmatch(line) is not None and _SAID.search(line) is None,
        (
            "Harbour wire services include material from agency and member newspaper reports.",
            "This report contains material from news agencies.",
        ),
    ),
    LineRule(
        "production",
        FurnitureKind.CREDIT,
        # who printed, typed or duplicated the copy, and where, no clause after it: "Printed by
        # Harbour Press, Tarrow", "Typed and duplicated by volunteers." ("Printed by hand, the
        # leaflets were ..." is a sentence)
        _matches(
            r"(?:Printed|Typed|Duplicated|Mimeographed|Typeset|Roneoed)"
            r"(?:(?:,|\s+and)\s+(?:printed|typed|duplicated|mimeographed|typeset|published|bound))*"
            # the printer's "Ltd." or "Co." before a comma, and its street address with its
            # number: "Printed and published by Harbour Press Ltd., 22 Quay Street, Tarrow."
            r"\s+by\s+(?:[^\n,.;·]|\.(?=,)){1,60}"
            # and its postal district written with points: "London, E.C.3."; its proprietors
            # named after it, "... by the proprietors, Quay Press Ltd., at Mill Lane, Tarrow."
            r"(?:,\s*(?:(?:at|of|in)\s+)?(?:[A-Z]|\d{1,4}[a-z]?\s+[A-Z])"
            r"(?:[^\n,.;·]|\.(?=[,\w])){0,40}){0,4}"
            r"(?:,?\s+for\s+(?:the\s+)?[A-Z][^\n,.;·]{0,40})?(?:\s*·[^\n]{0,60})?\.?"
        ),
        (
            "Printed by Harbour Press, Tarrow",
            "Typed and duplicated by volunteers.",
            "Printed and published by Harbour Press Ltd., 22 Quay Street, Tarrow.",
            "Printed and published by Quay Press Ltd., 9 Mill Lane, London, W.C.2.",
            "Printed and published by the proprietors, Quay Press Ltd., at Mill Lane, Tarrow.",
        ),
    ),
    LineRule(
        "issuer",
        FurnitureKind.CREDIT,
        # who issued the document, its office and body, nothing after them: "Issued by the
        # Tarrow office of Coast Relief", "Issued by the Press Office, Ministry of Health." (a
        # story's "Issued by the board on Monday, the order ..." runs on into its clause)
        lambda line: _ISSUED_BY.fullmatch(line) is not None and _SAID.search(line) is None,
        (
            "Issued by the Tarrow office of Coast Relief International",
            "Issued by the Press Office, Ministry of Health.",
        ),
    ),
    LineRule(
        "transcription",
        FurnitureKind.CREDIT,
        # who transcribed a recording, and how it was checked: "Transcribed by Jo Lee; checked
        # against the tape." (a story's "Transcribed by hand, the letters ..." names no one)
        _matches(
            r"(?:Transcribed|Transcription|Transcript|Translated|Subtitled|Captioned)"
            r"(?:\s+(?:and\s+)?(?:checked|edited|translated|proofread))?\s+by\s+(?:the\s+)?"
            r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|of|and|&))*"
            # how it was checked, a participle after a semicolon or a comma: "; checked
            # against the audio recording", ", verified against the tape"
            r"(?:\s*[;,]\s*(?:and\s+)?[a-z]+ed\s+(?:against|with|by)\s+[^\n.!?;]{1,60})?\.?"
        ),
        (
            "Transcribed by Ana Ruiz; checked against the audio recording.",
            "Transcription by Ana Ruiz and Jo Lee.",
        ),
    ),
    LineRule(
        "maker credit",
        FurnitureKind.CREDIT,
        lambda line: _maker_credit().fullmatch(line) is not None and _SAID.search(line) is None,
        (
            "Prepared by: M. A. Roe, Forecaster.",
            "Checked by: S. Lee, Deputy Director.",
            "Monitored and transcribed by Quay Media Monitoring Ltd.",
            "Coverage by the Ledger markets team in Tarrow and Leith.",
            "Graphics by Ana Ruiz",
            "Compiled by: Jo al-Rashid, Duty Officer.",
        ),
    ),
    LineRule(
        "role credit",
        FurnitureKind.CREDIT,
        lambda line: _ROLE_CREDIT.fullmatch(line.strip()) is not None,
        ("Duty forecaster: K. Marshall-Best", "Officer on duty: Jo Lee", "Sub-editor: Ana Ruiz"),
    ),
    LineRule(
        "contribution",
        FurnitureKind.CREDIT,
        _matches(
            r"[^\n]{0,200}\bcontributed\s+(?:reporting\b|to\s+this\s+(?:live\s+)?(?:report|story"
            r"|article|coverage|blog|page)\b)"
            r"[^\n]{0,80}|[^\n]{0,120}\b(?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?)\b"
            r"[^\n]{0,120}\bcontributed\.?"
        ),
        (
            "Associated Press writer Tom Reyes in Carson City contributed to this report.",
            "The Associated Press contributed to this report.",
            "Wire writers Jo Lee and Ann Roe contributed.",
            "Jo Lee in Tarrow and Ann Roe in Leith contributed to this live coverage.",
        ),
    ),
    LineRule(
        "address",
        FurnitureKind.CREDIT,
        _matches(r"[^\n]{0,120}[\w.+-]+@[\w-]+\.[a-z][\w.]*\b[^\n]{0,80}"),
        ("Contact Sam Ortiz at 555-0142 or sortiz@herald.example.",),
    ),
)
