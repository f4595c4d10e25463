"""A page's notices and references, not the story: a copyright notice, a note that the text was
read by a machine, a programme's credits, a study's reference and a citation line. Split from
`timeline.furniture.page_notes`, whose table of rules (`NOTE_RULES`) ends with these
(`NOTICE_RULES`); each rule is one unit with its examples, their words are in `timeline/data/`, and
none names an outlet, an organisation or a person.

    >>> is_rights_notice("© 2014 The Tarrow Post. All rights reserved.")
    True
    >>> is_rights_notice("The court said the rights were reserved to the crown in 1982.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule, line_sentences
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.promo_lines import is_promo_opening
from timeline.wordlists import word_list

__all__ = [
    "NOTICE_RULES",
    "citation_label",
    "is_citation_line",
    "is_machine_text_note",
    "is_programme_credits",
    "is_reader_request",
    "is_restriction_notice",
    "is_rights_notice",
    "is_sources_list",
    "is_study_reference",
]


# -- a copyright notice and a citation -----------------------------------------------------------

#: A copyright sentence: "Copyright 1982 Wire.", "© 2013 The Paper", "All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:(?i:copyright)\s*©?|©|\([Cc]\))\s*(?:19|20)\d\d\b[^\n]{0,100}"
    # the name before the year: "© The Post 2013", "Copyright © The Post 2013", "(c) Quay
    # Monitor 2004." (stop 38: a monitor's or a newsletter's "(c)" as its "©")
    r"|(?:(?i:copyright)\s*)?(?:©|\([Cc]\))\s*[A-Z][^\n.]{0,60}?\b(?:19|20)\d\d\b[^\n]{0,100}"
    # no year after the word and the sign: "Copyright (c) Quay News Agency."
    r"|(?i:copyright)\s*(?:©|\([Cc]\))\s*[A-Z][^\n.!?]{0,60}\.?"
    r"|[^\n]{0,100}\b(?i:all\s+rights\s+reserved)\b[^\n]{0,20}"
)
#: What every copyright notice holds: the test before its sentences are read.
_COPYRIGHT_MARK = re.compile(r"(?i:copyright|©|\(c\)|rights\s+reserved)")
#: The longest copyright notice: a few short sentences.
NOTICE_CHARS = 400


@cache
def _rights_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternatives(word_list('rights_words.txt'))})")


@cache
def _rights_label() -> re.Pattern[str]:
    labels = alternatives(word_list("record_rights_labels.txt"))
    return re.compile(rf"(?i:{labels})\s*:\s+")


def is_rights_notice(line: str) -> bool:
    """A copyright notice of several sentences: a copyright sentence, and the others on the
    rights to the text or where it came from (`data/rights_words.txt`).

    >>> is_rights_notice("Copyright 1987 Wire. All rights reserved. This story is reproduced "
    ...     "from the Wire archive as it was originally transmitted.")
    True
    >>> is_rights_notice("All rights reserved. It may not be reproduced. © 2013 The Post")
    True
    >>> is_rights_notice("Copyright 2019 Wire. The mill reopened on Monday after a fire.")
    False
    >>> is_rights_notice("Rights: Scanned with permission of the paper. For research use only.")
    True
    >>> is_rights_notice("Rights: The union won the vote on Monday.")
    False
    >>> is_rights_notice("(c) Quay Monitor 2004. Translated from Spanish; headings added.")
    True
    >>> is_rights_notice("Copyright (c) Quay News Agency. Redistribution prohibited.")
    True
    """
    if len(line) > NOTICE_CHARS:
        return False
    labelled = _rights_label().match(line)
    if labelled is not None:
        # "Rights: Digitised with permission of the publisher. For research use only."
        sentences = line_sentences(line[labelled.end() :])
        return bool(sentences) and all(_rights_word().search(s) is not None for s in sentences)
    if _COPYRIGHT_MARK.search(line) is None:
        return False
    sentences = line_sentences(line)
    copyright_sentences = [s for s in sentences if _COPYRIGHT.fullmatch(s)]
    return bool(copyright_sentences) and all(
        s in copyright_sentences or _rights_word().search(s) is not None for s in sentences
    )


#: A restriction on a page's circulation, a clause of its own: "not for reproduction", "not to
#: be republished", "for subscribers only" (stop 37).
_RESTRICTION_CLAUSE = re.compile(
    r"(?i)(?:not\s+(?:for|to\s+be)\s+(?:re[a-z]+|publication|publishing|circulation|distribution"
    r"|onward\s+transmission)|for\s+(?:[a-z]+\s+)?(?:subscribers|clients|members)\s+only"
    r"|distribution\s+(?:is\s+)?(?:restricted|limited)\s+to\b[^;.]{0,60})"
    r"(?:\s+(?:without|except)\b[^;.]{0,60})?[.!]?"
)
#: The most words of a restriction notice.
RESTRICTION_WORDS = 24


def is_restriction_notice(line: str) -> bool:
    """A notice restricting the page's circulation, each of its clauses a restriction or a
    rights sentence (`data/rights_words.txt`), no figure: furniture of a newsletter's or a
    service's foot.

    >>> is_restriction_notice("Distribution restricted to clients of Quay Trading; not for "
    ...     "reproduction.")
    True
    >>> is_restriction_notice("For subscribers only. Not to be republished without permission.")
    True
    >>> is_restriction_notice("The report, not for publication, said 40 jobs would go.")
    False
    """
    if len(line.split()) > RESTRICTION_WORDS or any(char.isdigit() for char in line):
        return False
    clauses = [c.strip() for c in re.split(r"(?<=[.!?;])\s+", line) if c.strip()]
    return bool(clauses) and all(
        _RESTRICTION_CLAUSE.fullmatch(c.rstrip(";")) is not None
        or (_rights_word().search(c) is not None and _RESTRICTION_CLAUSE.search(c) is not None)
        for c in clauses
    )


def citation_label() -> str:
    """The label opening a line that tells how to cite the page itself, "Cite this article:"
    (`data/citation_labels.txt`; also after "To", "How to" or "Please", and before "as"): read
    here as furniture and by `closing_notes.citation_day` for the page's day.

    >>> re.match(citation_label(), "How to cite this article as: Roe, 2016") is not None
    True
    """
    labels = alternatives(word_list("citation_labels.txt"))
    return rf"(?i:(?:(?:to|how\s+to|please)\s+)?(?:{labels})(?:\s+as)?)\s*:"


@cache
def _citation() -> re.Pattern[str]:
    # a page's line telling how to cite it, with its author, title, site and the day it ran:
    # "Cite this article: Name, "Title", Site, 4 August 2016."
    return re.compile(rf"{citation_label()}\s+\S[^\n]{{0,400}}")


def is_citation_line(line: str) -> bool:
    """A page's line on how to cite it: furniture of the credit's kind, no stamp (its first
    date may be the quoted title's; the page's day is read from the line itself, its quoted
    title left out, where the dates of a story's furniture are read).

    >>> is_citation_line('Cite this article: J. Roe, "A survey", Bench Notes, 4 May 2016.')
    True
    >>> is_citation_line("Cite this ruling in your appeal, the lawyer told him on Monday.")
    False
    """
    return _citation().fullmatch(line) is not None


#: A note that the text was read by a machine: "OCR text: this text was generated
#: automatically and may contain errors."
_MACHINE_TEXT = re.compile(
    r"(?:(?i:OCR|machine[- ]read|uncorrected|archive)"
    r"(?:\s+(?i:text|transcript|transcription|note))?\s*:\s*)?"
    r"(?i:this|the)\s+(?i:text|transcript|transcription|page|article|story|report)\s+"
    r"(?i:was|has\s+been|is)\s+"
    r"(?:(?i:generated|produced|created|transcribed|read)\s+(?i:automatically|by\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:machine|computer|software|recognition|OCR))"
    # "This text was converted from the wire's original teletype copy.": an archive's source
    r"|(?i:converted|scanned|digiti[sz]ed|keyed|transcribed)\s+from\s+[^\n.]{0,60}?"
    r"\b(?i:original|teletype|microfilm|microfiche|printed|print|paper)\b[^\n.]{0,40}\.)"
    r"[^\n]{0,200}"
    # the warning itself, after the archive's source: "Digitised from the paper's archive (reel
    # 86/03). Text may contain OCR errors."
    r"|[^\n]{0,160}?\b(?i:text|transcript|article|page)\s+(?i:may|might|can)\s+(?i:contain|hold|"
    r"include)\s+(?:(?i:some)\s+)?(?i:OCR|transcription|scanning|recognition|typographical)\s+"
    r"(?i:errors|mistakes)\.?"
)


def is_machine_text_note(line: str) -> bool:
    """An archive's note that its text was read by a machine and may hold its errors.

    >>> is_machine_text_note("OCR text: this text was generated automatically and may hold errors.")
    True
    >>> is_machine_text_note("The text was generated automatically by the ministry's system.")
    True
    >>> is_machine_text_note("The text was signed by both ministers on Monday.")
    False
    >>> is_machine_text_note("This text was converted from the wire's original teletype copy.")
    True
    """
    return _MACHINE_TEXT.fullmatch(line) is not None


# -- a study's reference ---------------------------------------------------------------------

#: A line giving the study the story reports, as a journal cites it: "Reference: Lee J., Roe A.
#: et al. Title. Journal of Coastal Studies.", "Paper: ... doi:10.1000/xyz".
_REFERENCE = re.compile(
    r"(?:(?i:the)\s+)?(?i:references?|citation|study|paper|journal\s+reference|original\s+(?:study|paper|"
    r"research|article))\s*:\s+[^\n]{0,400}?"
    r"(?:\bet\s+al\b|\b(?i:doi)\s*:?\s*10\.|\b(?:Journal|Proceedings|Annals|Letters)\b)[^\n]{0,300}"
)


def is_study_reference(line: str) -> bool:
    """A line citing the study the story reports: its label, authors "et al.", a journal or a
    DOI.

    >>> is_study_reference("Reference: Lee J., Roe A. et al. Tides and eels. Journal of Fish.")
    True
    >>> is_study_reference("Study: the council found the wall unsafe on Monday.")
    False
    """
    return _REFERENCE.fullmatch(line) is not None


# -- a programme's credits ---------------------------------------------------------------------

#: A sentence of a programme's credits: "The Harbour Hour is produced by Kelp Audio.",
#: "Producer: Jo Lee.", "Music by Ann Roe."
_CREDIT_SENTENCE = re.compile(
    r"(?:[A-Z][\w'’&-]*\s+){1,6}is\s+(?:(?:produced|presented|hosted|edited|mixed|made|"
    r"distributed)(?:\s+and\s+\w+)?\s+by|a\s+production\s+of)\s+[A-Z][^\n.]{0,80}\.?"
    r"|(?:(?:Executive|Senior|Series|Sound|Theme|Original)\s+)?(?:[Pp]roducers?|[Ee]ditors?|"
    r"[Hh]osts?|[Pp]resenters?|[Mm]usic|[Mm]ixing|[Dd]esign|[Ee]ngineers?|(?:Produced|Presented|"
    r"Hosted|Edited|Mixed|Recorded))(?:\s+by|\s*:)\s+[\"“‘]?[A-Z][^\n.]{0,80}\.?"
    # where the transcript is: "Transcript available on our website."
    r"|(?:A\s+)?(?:[Ff]ull\s+)?[Tt]ranscripts?\s+(?:is\s+|are\s+)?available\b[^\n.]{0,60}\.?"
)


#: The words every programme's credits hold one of: the test before its sentences are read.
_CREDIT_WORDS = (
    "produc",
    "present",
    "host",
    "edit",
    "mix",
    "made",
    "distribut",
    "music",
    "design",
    "engineer",
)


def is_programme_credits(line: str) -> bool:
    """A programme's credits: sentences of who made it ("... is produced by Name.", "Producer:
    Name.") and calls to the reader ("Subscribe wherever you get your podcasts."), two at least,
    one of them a credit.

    >>> is_programme_credits("The Harbour Hour is produced by Kelp Audio. Producer: Jo Lee.")
    True
    >>> is_programme_credits("The Harbour Hour is produced by Kelp Audio.")
    False
    >>> is_programme_credits("The film was produced by Kelp Films. It opened in May.")
    False
    """
    lowered = line.lower()
    if not any(word in lowered for word in _CREDIT_WORDS):
        return False
    sentences = line_sentences(line)
    credits = [s for s in sentences if _CREDIT_SENTENCE.fullmatch(s)]
    return (
        len(sentences) >= PROGRAMME_SENTENCES
        and bool(credits)
        and all(s in credits or is_promo_opening(s) for s in sentences)
    )


#: The fewest sentences of a programme's credits: one alone may be the story's.
PROGRAMME_SENTENCES = 2


#: A list of the sources a story was checked against, set apart by semicolons: "Sources:
#: Official Gazette no. 12/2021; the regulator's decision of 3 May 2022; ministry reply."; or a
#: table's one source: "Source: brokers' returns, Tarrow Quay."
_SOURCES = re.compile(
    r"(?i:sources?|sources\s+used|sources\s+consulted)\s*:\s*"
    r"(?P<items>[^\n;]{2,80}(?:;\s*[^\n;]{2,80})*)"
)
#: The most words of a source in the list: "the regulator's decision of 3 May 2022".
SOURCE_WORDS = 8


def is_sources_list(line: str) -> bool:
    """A story's list of its sources: two or more, each a few words, set apart by semicolons.

    >>> is_sources_list("Sources: Harbour Board minutes, 3 May 2021; port statistics; interviews.")
    True
    >>> is_sources_list("Sources: officials said the port would close; it did not say when.")
    False
    >>> is_sources_list("Source: brokers' returns, Tarrow Quay.")
    True
    >>> is_sources_list("Source: the ministry confirmed the closure.")
    False
    """
    match = _SOURCES.fullmatch(line)
    if match is None:
        return False
    items = match["items"].split(";")
    # one source alone is no clause of the story: no finite verb at all, and no figure (a
    # database's "Source: The Courier, 04-03-1994, p. 6" is its record's stamp, `site_lines`)
    alone = "no verb" in shape_cues(items[0]) and not any(c.isdigit() for c in items[0])
    return (len(items) > 1 or alone) and all(
        len(item.split()) <= SOURCE_WORDS
        and re.search(rf"\b(?:{SAID}|would|will|did|was|were)\b", item) is None
        for item in items
    )


# -- the rules ---------------------------------------------------------------------------------

#: A club's or a society's standing meeting, a sentence of a notice: "The Film Society meets
#: every Thursday at 8 in Room 12." (its name, "meets" and how often, a short sentence).
_STANDING_MEETING = re.compile(
    r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the)){0,5}\s+meets?\s+"
    r"(?:every|each|on)\s+[^\n.!?]{3,80}[.!]"
)
#: The welcome that closes such a notice: "All welcome.", "New members always welcome."
_WELCOME = re.compile(
    r"(?:All(?:\s+are)?|Everyone(?:\s+is)?|(?:New\s+)?members(?:\s+are)?(?:\s+always)?|"
    r"New\s+members(?:\s+always)?|Visitors(?:\s+are)?|Newcomers(?:\s+are)?)"
    r"\s+(?:always\s+|very\s+|most\s+)?welcome[.!]|Admission\s+(?:is\s+)?free[.!]",
    re.IGNORECASE,
)


def is_club_notice(line: str) -> bool:
    """A club's or a society's notice of its standing meeting with its welcome, each sentence
    one of them: "DramSoc meets every Wednesday at 7 in Room 4. All welcome." (a meeting the
    story tells of has no welcome after it).

    >>> is_club_notice("The Film Society meets every Thursday at 8 in Room 12. All welcome.")
    True
    >>> is_club_notice("The council meets every Tuesday in the town hall.")
    False
    """
    sentences = [part for part in re.split(r"(?<=[.!])\s+", line.strip()) if part]
    meetings = [part for part in sentences if _STANDING_MEETING.fullmatch(part)]
    welcomes = [part for part in sentences if _WELCOME.fullmatch(part)]
    return bool(meetings) and bool(welcomes) and len(meetings) + len(welcomes) == len(sentences)


# -- a request to the reader ---------------------------------------------------------------------

#: A line that opens with a request to the reader: "Please phone the office ...", "Please do not
#: reply to this email." (a bulletin's or a newsletter's note on what to do, no event).
_READER_REQUEST = re.compile(r"Please\s+(?:do\s+not\s+|don[’']t\s+)?[a-z][\w’'-]*\s[^\n]*")
#: An invitation to the readers to write in, the page's own (stop 37): "Letters on harvest
#: conditions in your district are welcome at Box 460, Tarrow.", "News items are always welcome."
_READER_INVITATION = re.compile(
    r"(?:Letters|Comments|Contributions|Tips|News\s+items|Items\s+of\s+news|Photographs|Photos"
    r"|Suggestions|Reports|Views)(?:\s+(?:on|about|from|for|of)\s+[^\n.!?]{1,80}?)?\s+"
    r"(?:are|is)\s+(?:always\s+|most\s+|very\s+)?welcomed?"
    r"(?:\s+(?:at|to|by|from|via|c/o)\s+[^\n!?]{1,80}?)?[.!]"
)
#: What a story's sentence has when a request is quoted in it: a speech verb or a quotation mark.
_QUOTED = re.compile(rf"[\"“”]|\b(?:{SAID}|tells|asked|asks|urged|pleaded|wrote)\b")


def is_reader_request(line: str) -> bool:
    """A line of requests to the reader, opening with "Please" and a verb in small letters, no
    quotation in it (a quoted plea is the story's).

    >>> is_reader_request("Please phone the office about any absence by 9.30am on the day.")
    True
    >>> is_reader_request('Please help us find her, her mother told reporters on Monday.')
    False
    >>> is_reader_request("Please Lord, let it rain.")
    False
    >>> is_reader_request("Letters on the harvest in your district are welcome at Box 46, Tarrow.")
    True
    >>> is_reader_request("Letters from the front were welcome, the widow told us.")
    False
    """
    return (
        _READER_REQUEST.fullmatch(line) is not None
        or _READER_INVITATION.fullmatch(line) is not None
    ) and _QUOTED.search(line) is None


NOTICE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "reader request",
        FurnitureKind.PROMO,
        is_reader_request,
        (
            "Please phone the office about any absence by 9.30am on the day.",
            "Please continue to monitor alerts issued by the Harbour Weather Office. To report "
            "flooding, send an email to floods@harbour.example.",
            "Please do not reply to this email.",
            "Letters on the harvest in your district are welcome at Box 46, Tarrow.",
        ),
    ),
    LineRule(
        "rights notice",
        FurnitureKind.CREDIT,
        lambda line: (
            is_rights_notice(line)
            or is_machine_text_note(line)
            or is_programme_credits(line)
            or is_restriction_notice(line)
        ),
        (
            "Copyright 1987 Harbour Wire. All rights reserved. This story is reproduced from "
            "the Harbour Wire archive as it was originally transmitted.",
            "All rights reserved. This material may not be reproduced without written "
            "permission. © 2014 The Tarrow Post",
            "OCR text: this text was generated automatically and may contain errors.",
            "The Harbour Hour is produced by Kelp Audio. Producer: Jo Lee. Subscribe wherever "
            "you get your podcasts.",
            'Music: "Low Tide" by The Kelp Band. Produced by Jo Lee. Transcript available on our '
            "site.",
            "Distribution restricted to clients of Quay Trading; not for reproduction.",
        ),
    ),
    LineRule(
        "study reference",
        FurnitureKind.CREDIT,
        is_study_reference,
        (
            "Reference: Lee J., Roe A., van Dijk P. et al. Eel counts below weirs: a ten-year "
            "survey. Journal of River Ecology.",
            "Paper: Roe, A. (2021) Tides and eels. doi:10.1000/tides.2021",
        ),
    ),
    LineRule(
        "sources",
        FurnitureKind.CREDIT,  # its days are the sources', no event
        is_sources_list,
        (
            "Sources: Harbour Board minutes of 3 May 2021; port statistics; our interviews.",
            "Source: auction catalogue and brokers' returns, Tarrow Quay.",
        ),
    ),
    LineRule(
        "club notice",
        FurnitureKind.PROMO,
        is_club_notice,
        ("The Film Society meets every Thursday at 8 in Room 12. All welcome.",),
    ),
    LineRule(
        "citation",
        FurnitureKind.CREDIT,  # no stamp: its first date may be its quoted title's
        is_citation_line,
        (
            'Cite this article: J. Roe, "Court orders survey of harbour wall", Bench Notes, '
            "4 May 2016.",
            "How to cite this page: Roe, J. (2016). Court orders survey. Bench Notes, 4 May.",
        ),
    ),
)
