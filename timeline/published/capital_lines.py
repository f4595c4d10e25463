"""A dateline written all in capitals ("NEWSREEL — ISSUE No. 1147 — RELEASE DATE THURSDAY 6TH
JULY 1961"): whether a line is one (`in_capitals`), the line as the tagger reads it, in title
case (`in_title_case`), and whether the words before its date are a headline's clause rather
than a stamp's label (`clause_before`).

    >>> in_capitals("RELEASE DATE THURSDAY 6TH JULY 1961")
    True
    >>> in_title_case("RELEASE DATE THURSDAY 6TH JULY 1961")
    'Release Date Thursday 6th July 1961'
"""

from __future__ import annotations

import re

from timeline.furniture.line_shape import shape_cues
from timeline.furniture.stamp_lines import stamp_word

#: A word of a dateline, or a number: "PUBLISHED", "Vol.", "1147".
DATELINE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.'’]*|\d+")
#: A word of three letters or more, no abbreviation: a line in capitals may hold "Vol.", "No.".
_LONG_WORD_RE = re.compile(r"\b[^\W\d_]{3,}\b(?!\.)")
#: An ordinal's ending after its figures, as title case writes it: "6Th", "21St".
_TITLE_ORDINAL_RE = re.compile(r"(?<=\d)(?:St|Nd|Rd|Th)\b")


def in_capitals(line: str) -> bool:
    """Whether a line is written in capitals: each word of three letters or more, with an
    issue's "Vol." or "No." beside them.

    >>> in_capitals("NEWSREEL — ISSUE No. 1147 — RELEASE DATE THURSDAY 6TH JULY 1961")
    True
    >>> in_capitals("Published: THU, JUN 13 2019"), in_capitals("No. 4")
    (False, False)
    """
    words = _LONG_WORD_RE.findall(line)
    return bool(words) and all(word.isupper() for word in words)


def clause_before(prefix: str) -> bool:
    """Whether the words of a line in capitals before its date read as a clause, a finite verb
    among them (`line_shape.shape_cues`, read in small letters): a headline's.

    >>> clause_before("PAY RISE IS DUE BY "), clause_before("TARROW, NEW SOUTH WALES, ")
    (True, False)
    >>> clause_before("THE COURIER · PUBLISHED: "), clause_before("PRINTED ")
    (False, False)
    """
    words = [word for word in DATELINE_WORD_RE.findall(prefix) if not stamp_word(word)]
    # a clause's verb follows its subject: a first word is a stamp's label ("PRINTED 1ST MAY")
    return "no verb" not in shape_cues(" ".join(words[1:]).lower())


def in_title_case(line: str) -> str:
    """A line in capitals as written in title case, its ordinals' endings in small letters
    (the same length: the offsets hold).

    >>> in_title_case("RELEASE DATE THURSDAY 6TH JULY 1961")
    'Release Date Thursday 6th July 1961'
    """
    return _TITLE_ORDINAL_RE.sub(lambda found: found.group().lower(), line.title())
