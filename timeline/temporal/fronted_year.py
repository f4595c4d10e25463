"""The year a sentence opens with, for the dates its clause writes without one: "Last year the
season opened on April 9", written on 22 April 2003, is 9 April 2002, not the April 9 just
gone that the clause's past would pick; "In 1998, the mill closed on June 3" is 3 June 1998;
"Next year, the fair opens on May 2" is next year's May 2. In news only (a narrative's dates
follow its running reference already); `resolve_yearless.year_of` asks it of each date.

    >>> from datetime import date
    >>> text = "Last year the season opened on April 9."
    >>> fronted_year(text, text.index("April"), date(2003, 4, 22))
    2002
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.patterns import sentence_start
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_alternation

__all__ = ["fronted_year"]

#: How far back the sentence's opening may stand from the date.
_REACH = 200
#: The year opening a sentence, after a conjunction or a quotation mark at most: "Last year",
#: "Next year", "This year", "In 1998"; not a possessive ("Last year's winner"), nor a part
#: of the year ("Last year's", "In 1998-99", "In 1998 terms").
_FRONTED_RE = re.compile(
    r"[\"“‘']?(?:(?:But|And|So|Yet)\s+)?(?:"
    r"(?P<relation>[Ll]ast|[Nn]ext|[Tt]his)\s+year"
    r"|[Ii]n\s+(?P<year>(?:1[5-9]|20)\d\d))"
    r"(?![\w'’/-])(?!\s+(?:to|and|or)\b)"
)
#: What ends the clause the opening year governs before the date: a semicolon, a dash, a
#: contrast ("but", "while", "whereas"), or another year told ("this year", "in 2003",
#: "the year before").
_CLAUSE_BREAK_RE = re.compile(
    r"[;:—–]|\b(?:but|while|whereas|although|though)\b"
    r"|(?<![\d,.])\b(?:1[5-9]|20)\d\d\b"
    rf"|\b(?:{longest_alternation(VOCABULARY.relation_words('unit'))}|the|a)\s+years?\b"
    r"|\byears?\s+(?:ago|earlier|later|before|after)\b",
    re.IGNORECASE,
)


def fronted_year(text: str, start: int, reference: date, told_at: int = -1) -> int | None:
    """The year the sentence holding `start` opens with, when nothing ends its clause before
    `start` and no other time is told between them (`told_at`: where the last date told
    stands, "In 2005 it lost money, and in the second quarter it cut output in July" is this
    year's July); None otherwise.

    >>> reference = date(2003, 4, 22)
    >>> text = "In 1998, the mill closed on June 3."
    >>> fronted_year(text, text.index("June"), reference)
    1998
    >>> text = "Last year it opened on April 9, but this year it opens on May 1."
    >>> fronted_year(text, text.index("April"), reference), fronted_year(
    ...     text, text.index("May"), reference)
    (2002, None)
    >>> text = "Last year's winner returns on April 9."
    >>> fronted_year(text, text.index("April"), reference) is None
    True
    """
    opening = sentence_start(text, start, _REACH, fallback=0 if start <= _REACH else None)
    while opening < start and text[opening].isspace():
        opening += 1
    match = _FRONTED_RE.match(text, opening, start)
    if match is None or told_at >= match.end() or _CLAUSE_BREAK_RE.search(text, match.end(), start):
        return None
    if match["year"] is not None:
        return int(match["year"])
    return reference.year + VOCABULARY.shift(match["relation"].lower())
