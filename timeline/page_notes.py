"""A page's notes on itself and its calls to its reader, not the story: a newsletter's or a
membership's appeal, a disclosure of what the page earns or who paid for the reporting, the note
on where and when the story first ran, an archive's note in brackets, a copyright notice, a
citation line and a programme's credits (a release's and a wire's lines are
`timeline.release_lines`, a newsletter's `timeline.newsletter_lines`). Each rule is one unit
with its examples (`NOTE_RULES`, read by `timeline.furniture` before its own table); their
words are in `timeline/data/`, and none names an outlet, an organisation or a person.

    >>> is_reader_appeal("Get our Harbour Week newsletter every Monday morning.")
    True
    >>> is_reader_appeal("Support for the plan fell among members, a poll found.")
    False

The edition note's date is the story's publication date: it is furniture of the byline's kind,
a stamp `timeline.published` reads among the last lines.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.boilerplate import alternatives, is_promo_opening
from timeline.furniture_kinds import FurnitureKind, LineRule
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import word_list

__all__ = [
    "FULL_DATE",
    "NOTE_RULES",
    "is_archive_note",
    "is_citation_line",
    "is_disclosure",
    "is_edition_stamp",
    "is_machine_text_note",
    "is_programme_credits",
    "is_reader_appeal",
    "is_rights_notice",
    "is_study_reference",
]

_MONTH = rf"(?:{alternatives(tuple(MONTHS))})\.?"
#: A date with its year, "June 4, 2021", "4th of June 2021", "04/06/2021" (read here and by
#: `timeline.release_lines`).
FULL_DATE = re.compile(
    rf"(?i)\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d\b"
)


def _first_sentence(line: str) -> str:
    end = re.search(r"[.!?](?:\s|$)", line)
    return line if end is None else line[: end.end()]


# -- a call to the reader -------------------------------------------------------------------

#: "Get our <name> newsletter every Sunday evening.", "Receive the morning briefing newsletter";
#: a briefing or a bulletin with when it is sent, "Get the <name> briefing every weekday at 6am".
_NEWSLETTER = re.compile(
    r"(?:Get|Receive|Sign\s+up\s+(?:for|to)|Subscribe\s+to|Join)\s+(?:our|the)\s"
    r"[^\n]{0,80}?\b(?:newsletters?\b[^\n]{0,120}|(?i:briefing|brief|bulletin|digest)s?\b[^\n]{0,40}?"
    r"\b(?:every|each|daily|weekly|in\s+your\s+inbox)\b[^\n]{0,80})"
)


#: A call to take the page's mail without naming it a newsletter: "Get the week's deals in your
#: inbox every Sunday. Subscribe", "We'll send you a digest email every morning."
_INBOX = re.compile(
    r"(?:Get|Receive)\s+(?:our|the)\s[^\n]{0,80}?\bin\s+your\s+inbox\b[^\n]{0,100}"
    r"|We['’]ll\s+send\s+you\s+(?:an?\s+)?[^\n]{0,60}?\b(?:e-?mail|newsletter|digest|briefing)\b"
    r"[^\n]{0,120}"
)


@cache
def _membership() -> re.Pattern[str]:
    # the journalism to support, then the call: "Support independent journalism in Lisbon –
    # become a member from EUR 5 a month."
    calls = alternatives(word_list("membership_calls.txt"))
    return re.compile(
        r"(?:Support|Help\s+(?:us\s+)?(?:fund|support|sustain|keep))\b[^\n]{0,100}?"
        r"\b(?:journalism|reporting|newsroom|news)\b[^\n]{0,40}?(?:[:–—,]|\s-)\s*"
        rf"(?i:{calls})\b[^\n]{{0,100}}"
    )


def is_reader_appeal(line: str) -> bool:
    """A call to the reader to take a newsletter or to pay for the journalism.

    >>> is_reader_appeal("Support local reporting in Tarrow – become a member from $5 a month.")
    True
    >>> is_reader_appeal("Get the newsletter out on time, the editor told her staff.")
    False
    """
    if (
        _NEWSLETTER.fullmatch(line) is not None or _INBOX.fullmatch(line) is not None
    ) and not re.search(r"\b(?:said|told)\b", line):
        return True
    return _membership().fullmatch(line) is not None


# -- a disclosure -----------------------------------------------------------------------------


@cache
def _disclosure_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternatives(word_list('disclosure_phrases.txt'))})\b")


#: Who paid for the reporting: "Reporting for this piece was funded by a grant from ...", "This
#: series is supported by ...".
_FUNDING = re.compile(
    r"(?:(?:The\s+)?(?:[Rr]eporting|[Rr]esearch|[Tt]ravel|[Cc]overage)\s+for\s+this\s+"
    r"|This\s+(?:reporting\s+|coverage\s+)?)"
    r"(?:piece|story|article|series|reporting|coverage|long\s+read|feature|investigation|"
    r"podcast|episode)\s+"
    r"(?:was|is|has\s+been)\s+(?:(?:partly|partially|jointly)\s+)?(?:funded|supported|paid\s+for|"
    r"made\s+possible|sponsored|produced\s+with\s+(?:the\s+)?(?:support|funding|help))\b"
)


def is_disclosure(line: str) -> bool:
    """A page's disclosure in its first sentence: what it earns from links to shops, where its
    standards are written (in its own voice, "we", "our"), or who paid for the reporting; the
    rest of the line is the disclosure's.

    >>> is_disclosure("If you buy something from a Gadget Ledger link, we may earn a commission.")
    True
    >>> is_disclosure("The study was funded by a grant from the Delta Arts Fund.")
    False
    >>> is_disclosure("The retailer said it would earn a commission on every sale.")
    False
    """
    first = _first_sentence(line)
    if first[:1] in "\"“‘'":
        return False  # a quotation of the story
    if _FUNDING.match(first) is not None:
        return True
    return (
        _disclosure_phrase().search(first) is not None
        and re.search(r"(?i)\b(?:we|our|us)\b", first) is not None
    )


# -- where and when the story ran -------------------------------------------------------------

#: The note on where a story ran first: "This report was first published in the print edition of
#: <paper> on <date>", "A version of this story appeared in <paper> on <date>".
_EDITION = re.compile(
    r"(?i:(?:an?\s+(?:earlier\s+)?version\s+of\s+)?this\s+(?:article|story|report|piece|"
    r"column|feature|interview)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared|appears|ran|printed|broadcast|aired))\b[^\n]{0,200}"
)


#: The page's note on when it was last changed, as a sentence: "This story was last updated at
#: 21:40 EAT on 12/08/2027.", "This page was updated on 3 May 2021."
_UPDATE_NOTE = re.compile(
    r"(?i:this|the)\s+(?i:story|article|report|page|post|piece|blog|live\s+page)\s+"
    r"(?i:was|has\s+been)\s+(?i:last\s+)?(?i:updated|modified|revised|edited)\s+"
    r"(?i:at|on)\s+[^\n]{0,30}?"
    rf"(?i:{FULL_DATE.pattern.removeprefix('(?i)')})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+[A-Z]{2,5})?)?\.?"
)


def is_edition_stamp(line: str) -> bool:
    """The note on where the story ran first, or on when the page was last changed, with the
    day and its year: the day it was published (a stamp, read by `timeline.published` among
    the last lines).

    >>> is_edition_stamp("This report first appeared in the Valley Herald on June 4, 2021.")
    True
    >>> is_edition_stamp("This story was last updated at 09:15 GMT on 14/03/2021.")
    True
    >>> is_edition_stamp("A version of this story appeared in the Gazette on 3 May.")
    False
    >>> is_edition_stamp("The page was updated on 3 May 2021 after the court ruled, she said.")
    False
    """
    written = _EDITION.fullmatch(line) or _UPDATE_NOTE.fullmatch(line)
    return written is not None and FULL_DATE.search(line) is not None


# -- an archive's note -------------------------------------------------------------------------


@cache
def _archive_note() -> re.Pattern[str]:
    openings = alternatives(word_list("archive_notes.txt"))
    # or any desk's labelled note: "[Monitoring note: first reported at 0500 gmt on 7 May.]"
    labelled = r"(?:[A-Za-z'’-]+\s+){1,2}(?i:note)\s*:"
    return re.compile(rf"\[\s*(?:(?i:{openings})\b|{labelled})[^\[\]\n]{{0,400}}\]")


def is_archive_note(line: str) -> bool:
    """An archive's or an editor's note on the text, in square brackets alone on its line.

    >>> is_archive_note("[Transcribed from microfilm by the Harbour Heritage Project, 2014]")
    True
    >>> is_archive_note("[Monitoring note: the service first reported the fire on 2 May.]")
    True
    >>> is_archive_note("[The minister] said the port would reopen on Monday.")
    False
    """
    return _archive_note().fullmatch(line) is not None


# -- a copyright notice and a citation -----------------------------------------------------------

#: A copyright sentence: "Copyright 1982 Wire.", "© 2013 The Paper", "All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:(?i:copyright)\s*©?|©|\([Cc]\))\s*(?:19|20)\d\d\b[^\n]{0,100}"
    # the name before the year: "© The Post 2013", "Copyright © The Post 2013"
    r"|(?:(?i:copyright)\s*)?©\s*[A-Z][^\n.]{0,60}?\b(?:19|20)\d\d\b[^\n]{0,100}"
    r"|[^\n]{0,100}\b(?i:all\s+rights\s+reserved)\b[^\n]{0,20}"
)
#: What every copyright notice holds: the test before its sentences are read.
_COPYRIGHT_MARK = re.compile(r"(?i:copyright|©|\(c\)|rights\s+reserved)")
#: The longest copyright notice: a few short sentences.
NOTICE_CHARS = 400


@cache
def _rights_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternatives(word_list('rights_words.txt'))})")


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
    """
    if len(line) > NOTICE_CHARS or _COPYRIGHT_MARK.search(line) is None:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line) if s]
    copyright_sentences = [s for s in sentences if _COPYRIGHT.fullmatch(s)]
    return bool(copyright_sentences) and all(
        s in copyright_sentences or _rights_word().search(s) is not None for s in sentences
    )


def citation_label() -> str:
    """The label opening a line that tells how to cite the page itself, "Cite this article:"
    (`data/citation_labels.txt`; also after "To", "How to" or "Please", and before "as"): read
    here as furniture and by `datelines.citation_day` for the page's day.

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
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line) if s]
    credits = [s for s in sentences if _CREDIT_SENTENCE.fullmatch(s)]
    return (
        len(sentences) >= PROGRAMME_SENTENCES
        and bool(credits)
        and all(s in credits or is_promo_opening(s) for s in sentences)
    )


#: The fewest sentences of a programme's credits: one alone may be the story's.
PROGRAMME_SENTENCES = 2


# -- the rules ---------------------------------------------------------------------------------

NOTE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "appeal",
        FurnitureKind.PROMO,
        is_reader_appeal,
        (
            "Get our Harbour Week newsletter every Monday morning.",
            "Support independent English-language journalism in Lisbon – become a member "
            "from EUR 5 a month.",
            "Help fund local news: donate to the Tarrow Post today.",
            "Get the Tarrow Business briefing every weekday at 7am.",
            "Get the Wool Brief in your inbox every Friday at 6 a.m. Sign up here.",
            "Get the week's harbour news in your inbox every Sunday. Subscribe",
            "We'll send you a Daily Digest email with the latest farm news every morning.",
        ),
    ),
    LineRule(
        "disclosure",
        FurnitureKind.PROMO,
        is_disclosure,
        (
            "If you buy something from a Gadget Ledger link, we may earn a commission. "
            "See our ethics statement.",
            "See our ethics statement.",
            "Reporting for this piece was funded by a grant from the Delta Arts Fund. "
            "Comments are closed.",
            "This series is supported by the Coastal Reporting Trust.",
        ),
    ),
    LineRule(
        "edition stamp",
        FurnitureKind.BYLINE,  # its date is the day the story was published
        is_edition_stamp,
        (
            "This report was first published in the print edition of The Valley Herald on "
            "Friday, June 4, 2021.",
            "This story originally appeared in the Tarrow Post on 12 March 2019.",
            "This article was last updated at 18:05 CET on 02/11/2022.",
        ),
    ),
    LineRule(
        "archive note",
        FurnitureKind.CREDIT,
        is_archive_note,
        (
            "[Transcribed from microfilm by the Harbour Heritage Project, 2014]",
            "[Digitised by the county library, 2009. Spelling as in the original.]",
        ),
    ),
    LineRule(
        "rights notice",
        FurnitureKind.CREDIT,
        lambda line: (
            is_rights_notice(line) or is_machine_text_note(line) or is_programme_credits(line)
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
