"""A court report's or a tribunal's lines about the case, not its story (stop 52): its caption,
the parties and the case's number ("Roe v. / Quay Ltd (Suit No. 412 of 2019)"); who appeared
for whom under their label ("Appearances: Crown — Ms A. Roe; Accused — Mr B. Lee"); and the
court's note that its summary is no part of the judgment. A court bulletin, a tribunal's
digest, a law report and a regulator's notice set them above or below the story; none is an
event or names one of its actors. `COURT_RULES` is read by `timeline.furniture.line_rules`
beside the case's labelled fields (`site_lines.is_case_field`).

    >>> next(r.name for r in COURT_RULES if r.test("Civil Suit No. 412 of 2019"))
    'case caption'
"""

from __future__ import annotations

import re

from timeline.furniture.kinds import FurnitureKind, LineRule, unsaid_whole

__all__ = ["COURT_RULES"]

#: A word of a party's name: from a capital or a figure, "&", "Anor", "Ors", "(trading",
#: a particle ("of", "the", "and", "de", "van").
_PARTY_WORD = r"(?:[A-Z0-9(][\w.'’&()/-]*,?|&|of|the|and|for|de|da|van|von|al|in|on|trading|as)"
_PARTY = rf"(?:[A-Z(][\w.'’&()/-]*,?)(?:\s+{_PARTY_WORD}){{0,12}}"

#: A party described in brackets after its name: "(marine engineer)", "(trading as Quay Toys)".
_DESCRIBED = r"\s+\([a-z][^()\n]{1,40}\)"

#: A case's kind and number: "Case No. 4471/95", "Suit No. HC/123/2019", "Civil Appeal Nos. 7
#: and 8 of 1986", "Docket No. 19-cv-0231", "Claim No: QB-2021-000114", the court's words
#: before it from capitals ("District Arrest Case Nos. 9184 and 9185 of 2015").
_NUMBER = r"[A-Z0-9(][\w./()-]*\d[\w./()-]*"
_CASE_NUMBER = (
    r"(?:[A-Z][\w'’.-]*\s+){0,4}(?:Case|Suit|Appeal|Petition|Claim|Application|Cause|Docket"
    r"|Action|Complaint|Indictment|Charge|Matter|Reference|File)s?\s+Nos?\.?\s*:?\s*"
    rf"{_NUMBER}(?:\s*(?:,|and|&)\s*{_NUMBER})*(?:\s+of\s+(?:1[89]|20)\d\d)?"
)

#: A caption: the case's number alone, in brackets after the parties or alone; or the parties
#: either side of "v." ("Roe v. Quay Ltd"), or the first party and "v." alone, the second on
#: the next line ("Ama Roe v."). No verb, no clause: a sentence naming a case ("In Roe v.
#: Quay, the court held ...") runs on in small words.
_CAPTION = re.compile(
    rf"\(?{_CASE_NUMBER}\)?\.?"
    rf"|{_PARTY}\s+\({_CASE_NUMBER}\)\.?"
    rf"|{_PARTY}\s+(?:v|vs|versus)\.?(?:\s+{_PARTY}(?:\s+\({_CASE_NUMBER}\)|{_DESCRIBED})?)?\.?"
)

#: Counsel's name: honorific, initials, a silk's post-nominal ("Ms. S. Roe", "Mr J. K. Lee SC").
_COUNSEL = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Prof)\.?\s+)?(?:[A-Z]\.\s*){0,3}[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2}(?:,?\s+(?:Q\.?C|K\.?C|S\.?C|SAN)\.?)?"
)
_COUNSELS = rf"{_COUNSEL}(?:\s*(?:,|and|&|with)\s+{_COUNSEL})*"
#: A party's role, a word or two in small letters or from a capital: "Crown", "the accused",
#: "the first respondent", "Plaintiff".
_ROLE = r"(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
#: One appearance: the role and a dash or a colon before counsel, or counsel and "for" the role
#: after them; whom they were instructed by in brackets.
_APPEARANCE = (
    rf"(?:(?:For\s+|for\s+)?{_ROLE}\s*[—–:-]\s*{_COUNSELS}|{_COUNSELS}\s+(?:appearing\s+)?for\s+{_ROLE})"
    r"(?:\s*\((?:instructed\s+by|with|led\s+by|of)\s+[^()\n]{1,80}\))?"
)
#: Who appeared for whom under its label, the appearances set apart by semicolons: "Appearances:
#: Crown — Ms. A. Roe; Accused — Mr. B. Lee (instructed by Quay & Co.)", "Advocates: Mr J.
#: Kamau for the applicant; Ms W. Njeri for the respondents."
_APPEARANCES = re.compile(
    r"(?:Appearances|Advocates|Representation|Legal\s+representation|Counsel|Attorneys|Lawyers"
    r"|Solicitors|Appearing)\s*:\s*"
    rf"{_APPEARANCE}(?:\s*[;,]\s*(?:and\s+)?{_APPEARANCE})*\.?"
)

#: The court's note on its own summary: "This summary is provided to assist in the understanding
#: of the Court's judgment. It does not form part of the reasons for the judgment.", "The full
#: judgment is the only authoritative document." (each sentence the note's own).
_NOTE_SENTENCE = (
    r"(?:This\s+(?:[a-z]+\s+)?(?:summary|note|statement|release)\s+is\s+(?:provided|issued"
    r"|prepared|intended|given|published)\s+(?:solely\s+|only\s+)?(?:to|for)\s+[^\n.!?]{1,100}?"
    r"\b(?:court|tribunal|judgment|decision|ruling|public|media|reasons)\W?s?\b[^\n.!?]{0,60}\."
    r"|This\s+(?:[a-z]+\s+)?summary\s+(?:does\s+not\s+form|is\s+not|forms\s+no)\s+"
    r"(?:a\s+)?part\s+of\s+the\s+[^\n.!?]{1,60}\."
    r"|The\s+(?:full\s+)?(?:text\s+of\s+the\s+)?(?:judgment|decision|ruling|reasons)(?:\s+[^\n.!?]"
    r"{1,40}?)?\s+(?:is|are|remains?)\s+the\s+only\s+authoritative\s+[^\n.!?]{1,60}\.)"
)
#: "It does not form part of ...": the note's own only after its first sentence.
_IT_SENTENCE = (
    r"It\s+(?:does\s+not\s+form|is\s+not|forms\s+no)\s+(?:a\s+)?part\s+of\s+the\s+[^\n.!?]{1,60}\."
)
_COURT_NOTE = re.compile(rf"{_NOTE_SENTENCE}(?:\s+(?:{_NOTE_SENTENCE}|{_IT_SENTENCE}))*")


def _is_caption(line: str) -> bool:
    # the caption's marks first: most lines have neither "No" nor " v" (a cheap test)
    return (
        ("No" in line or " v" in line)
        and len(line) <= CAPTION_CHARS
        and unsaid_whole(_CAPTION, line)
    )


def _is_appearances(line: str) -> bool:
    return ":" in line and unsaid_whole(_APPEARANCES, line)


def _is_court_note(line: str) -> bool:
    return line.startswith(("This ", "The ")) and unsaid_whole(_COURT_NOTE, line)


#: The most characters of a caption's line.
CAPTION_CHARS = 160


COURT_RULES: tuple[LineRule, ...] = (
    LineRule(
        "case caption",
        FurnitureKind.CREDIT,
        _is_caption,
        (
            "Civil Suit No. 412 of 2019",
            "District Appeal Case Nos. 71 and 72 of 2015",
            "(Docket No. 19-cv-0231)",
            "Ama Roe v.",
            "Kofi Lee & Anor (Suit No. HC/123/2019)",
            "Tarrow Rowing Club v. Quay Harbour Board",
        ),
    ),
    LineRule(
        "counsel line",
        FurnitureKind.CREDIT,
        _is_appearances,
        (
            "Appearances: Crown — Ms. A. Roe; Accused — Mr. B. Lee (instructed by Quay & Co.)",
            "Advocates: Mr J. Kamau for the applicant; Ms W. Njeri for the respondents.",
            "Counsel: For the State - Ms T. Ode; for the defence - Mr L. Roe SC.",
        ),
    ),
    LineRule(
        "court note",
        FurnitureKind.CREDIT,
        _is_court_note,
        (
            "This summary is provided to assist in the understanding of the Court's judgment. "
            "It does not form part of the reasons for the judgment.",
            "This note is issued for the assistance of the media. The full judgment is the only "
            "authoritative document.",
        ),
    ),
)
