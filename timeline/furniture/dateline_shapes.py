"""The shapes of a dateline, the place, date and source that open a story: "WASHINGTON, Oct 23
(Reuters) - ", "LIMA, Peru (AP) — ", "AKRON, Ohio, Nov. 2, 2024 /Wire/ -- ", "Basel,
Switzerland, May 10, 2021 – ", "PUNE: The state government ...". Split from
`timeline.furniture.bylines`; read by `timeline.furniture` near the top of a text.

    >>> DATELINE_PATTERNS[0].match("OSLO, Norway, Tuesday, Nov. 27, 1973 (Wire) — Talks").group()
    'OSLO, Norway, Tuesday, Nov. 27, 1973 (Wire) — '
    >>> DATELINE_PATTERNS[0].match("LIMA, 14 ago (Wire).– Talks").group()
    'LIMA, 14 ago (Wire).– '
    >>> DATELINE_PATTERNS[3].match("TARROW, Feb 7: Voting in the ward vote went off calmly, too")[0]
    'TARROW, Feb 7: '
    >>> lead = "TARROW, Feb 7 (Wire): Voting in the ward went off calmly all day"
    >>> DATELINE_PATTERNS[3].match(lead)[0]
    'TARROW, Feb 7 (Wire): '
    >>> DATELINE_PATTERNS[0].match("TARROW, Sept. 3. -- The school will reopen on Thursday.")[0]
    'TARROW, Sept. 3. -- '
    >>> lead = "TARROW, 17 March (from our own correspondent). — The strike went on."
    >>> DATELINE_PATTERNS[0].match(lead)[0]
    'TARROW, 17 March (from our own correspondent). — '
    >>> DATELINE_PATTERNS[4].match("Tarrow, Nov 16 (Wire) The police said on Sunday ...")[0]
    'Tarrow, Nov 16 (Wire) '
    >>> DATELINE_PATTERNS[5].match("TARROW--(WIRE SERVICE)--Quay Holdings today said ...")[0]
    'TARROW--(WIRE SERVICE)--'
    >>> lead = "Frankfurt am Main – Quay AG today signed a deal with a Tarrow bank."
    >>> DATELINE_PATTERNS[6].match(lead)[0]
    'Frankfurt am Main – '
    >>> DATELINE_PATTERNS[6].match("Ferry fares – What the rise means for commuters this year")
    >>> DATELINE_PATTERNS[6].match("Monday – The council voted to close the old pier at Tarrow.")
"""

from __future__ import annotations

import re

from timeline.furniture.boilerplate import alternatives
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import table, word_list

__all__ = ["DASHED_DATELINE_PATTERNS", "DATELINE_PATTERNS"]

#: A month's name or its abbreviation, in capitals too as some papers set the dateline's day:
#: "Feb. 4", "FEB. 4", "FEBRUARY 4" (stop 35).
_MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
#: A month as a wire in another language abbreviates it, in lower case: "14 ago", "3 févr."
#: (`data/month_abbreviations.csv`).
_FOREIGN_MONTHS = tuple(row[0] for row in table("month_abbreviations.csv"))
_FOREIGN_MONTH = rf"(?:{alternatives(_FOREIGN_MONTHS)})\.?"
#: A month's full name in another language, as a wire in it writes the day: "21 Août",
#: "12 Gorffennaf" (`data/month_names.csv`).
_FOREIGN_MONTH_NAME = rf"(?i:{alternatives(tuple(row[0] for row in table('month_names.csv')))})"
#: "Oct 23", "Nov. 12, 2024", "7 March 2017", its weekday before it, "Tuesday, Nov. 27, 1973",
#: or in figures, "13/12/2004", "2004-12-13".
_DATE = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_FOREIGN_MONTH}|{_FOREIGN_MONTH_NAME}\b)(?:\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)"
)
#: "-", "--", "–", "—", and the underscore of older wire copy ("BONN, Germany (AP) _ "); a
#: print-era paper's stop and dash run into the first sentence, "LEEDS, Wednesday.—Three men",
#: "CALCUTTA, June 20.—The Board" (stop 35: a dash with no space needs the stop before it), or
#: its stop and a spaced dash, "KANDY, Sept. 3. -- The school" (stop 37).
_DASH = r"(?:\.?\s*(?:--|[-–—])\s+|\s+_\s+|\.?(?<=\.)[ \t]?[–—][ \t]*)"
#: A capital letter, with the accented capitals of a place's own spelling ("MÜNCHEN").
_UP = "A-ZÀ-ÖØ-Þ"
#: The paper's own writer as a print-era dateline names them in its brackets (stop 41): "(from
#: our own correspondent)", "(by our staff reporter)" (`data/byline_roles.txt`).
_OWN_CORRESPONDENT = (
    r"(?i:(?:from|by)\s+(?:our|a)\s+(?:own\s+)?(?:(?:staff|special|political|labour)\s+)?"
    rf"(?:{alternatives(word_list('byline_roles.txt'))}))"
)
#: A source in parentheses, "(Reuters)", "(dpa)", its stop after it in some wires' style,
#: "(Wire).–", or between slashes as release wires write it, "/Wire Service/".
_SOURCE = (
    rf"(?:\s*\((?:[{_UP}][\w&.'’/ -]{{0,30}}|[a-z]{{2,5}}|{_OWN_CORRESPONDENT})\)\.?"
    rf"|\s+/[{_UP}][\w&.'’ -]{{0,30}}/)"
)
#: A place in capitals, a region after a comma, a date, a source, a dash:
#: "WASHINGTON, Oct 23 (Reuters) - ", "LIMA, Peru (AP) — ", "NEW YORK — ",
#: "AKRON, Ohio, Nov. 2, 2024 /Wire/ -- ", "KÖLN, 3 May 2016 (Wire) – ", and two places, where a
#: release was issued at once, "LIMA/GENEVA, 3 May 2016 – ".
_CAPITAL_DATELINE = re.compile(
    rf"^[ \t]*[{_UP}][{_UP}'’-]+\.?(?:[ /-][{_UP}][{_UP}'’-]+\.?){{0,3}}"
    rf"(?:,\s+[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,2}})?"
    rf"(?:,?\s+{_DATE})?(?:{_SOURCE})?(?:,?\s+{_DATE})?{_DASH}(?=[\"“‘{_UP}0-9])",
    re.MULTILINE,
)
#: A small word inside a place's name: "Rio de Janeiro" (`data/name_particles.txt`), "Dar es
#: Salaam" (a word of three letters at most, not a sentence's: "Talks in Lima", "Jo and Al").
_PARTICLE = (
    rf"(?:{alternatives(word_list('name_particles.txt'))}"
    rf"|(?!(?i:{alternatives(word_list('function_words.txt') + word_list('prepositions.txt'))})\b)"
    r"[a-zà-ÿ]{1,3})"
)
#: A place in ordinary case needs its source in parentheses: "Beijing (AFP) Dec 20, 2009 - ",
#: "Lima, March 4 (AP) - ";
#: a source alone opens a line: "(Bloomberg) -- ".
_SOURCED_DATELINE = re.compile(
    rf"^[ \t]*(?:[{_UP}][\w'’.-]+(?:\s+(?:{_PARTICLE}\s+)?[{_UP}][\w'’.-]+){{0,3}}"
    rf"(?:,\s+[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,2}})?(?:,\s+{_DATE})?)?"
    rf"{_SOURCE}(?:,?\s+{_DATE})?{_DASH}(?=[\"“‘{_UP}0-9])",
    re.MULTILINE,
)
#: A date with its year: "May 10, 2021", "17 September 2008".
_DATE_WITH_YEAR = (
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+\d{{4}}|\d{{1,2}}{_ORDINAL}\s+{_MONTH},?\s+\d{{4}})"
)
#: A day without its year, a wire's: "March 4", "Feb. 23", "12 June", "16 Gennaio".
_DAY = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}|{_FOREIGN_MONTH_NAME}\b))"
#: A place in ordinary case, on one line: "Basel", "Den Haag", "Saint-Malo" (no sentence's
#: opener: "In").
_PLACE = (
    rf"(?!(?:{alternatives(word_list('function_words.txt'))})\b)"
    rf"[{_UP}][\w'’.-]+(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[{_UP}][\w'’.-]+){{0,2}}"
)
#: A place in ordinary case needs a day, with its year as a release writes it: "Basel,
#: Switzerland, May 10, 2021 – ", "Lima/Geneva, 3 May 2016 – ", or without, "Lima, March 4 – ".
_DATED_DATELINE = re.compile(
    rf"^[ \t]*{_PLACE}(?:/{_PLACE})?(?:,\s+{_PLACE})?,\s+(?:{_DATE_WITH_YEAR}|{_DAY}){_DASH}"
    rf"(?=[\"“‘{_UP}0-9])",
    re.MULTILINE,
)
#: A place in capitals and a colon before a paragraph: "PUNE: The state government ...", its
#: day between them, "PUNE, Feb 7: The state ..." (stop 33), and its source after the day, as
#: some agencies write it, "PUNE, Feb 7 (Wire): The state ..." (stop 37); not a page's code
#: before its headline, "LIVE: ...", "VIDEO: ..." (`data/headline_codes.txt`).
_COLON_DATELINE = re.compile(
    rf"^[ \t]*(?!(?:{alternatives(word_list('headline_codes.txt'))}):)"
    rf"(?:[{_UP}]{{3,}}|[{_UP}]{{2}}\.)(?:[ -][{_UP}]{{2,}}){{0,2}}(?:,\s+{_DAY})?"
    rf"(?:\s*\([{_UP}][\w&.'’/ -]{{0,30}}\))?:[ \t]+"
    rf"(?=[\"“‘{_UP}][^\n]{{40}})",
    re.MULTILINE,
)
#: A place, its day and its source in brackets, run into the paragraph with no dash, as some
#: agencies write it: "Tarrow, Nov 16 (Wire) The police said ...", "LEITH, 3 May 2016 (Wire)
#: Talks ..." (stop 34; the day and the source both, so a sentence's "Lima (Peru)" is none).
_UNDASHED_DATELINE = re.compile(
    rf"^[ \t]*{_PLACE}(?:/{_PLACE})?(?:,\s+{_PLACE})?,\s+(?:{_DATE_WITH_YEAR}|{_DAY})"
    rf"\s*\((?:[{_UP}][\w&.'’/ -]{{0,30}}|[a-z]{{2,5}})\)[ \t]+(?=[\"“‘{_UP}])",
    re.MULTILINE,
)
#: A release wire's dateline, its source in brackets between two dashes and no space, as the
#: wires of company releases write it: "TARROW--(WIRE SERVICE)--Quay Holdings today ...",
#: "Leith, Scotland--(Release Wire)--The trust ..." (stop 36).
_WIRE_BRACKETED_DATELINE = re.compile(
    rf"^[ \t]*(?:[{_UP}][{_UP}'’.-]+(?:[ /-][{_UP}][{_UP}'’.-]+){{0,3}}|{_PLACE})"
    rf"(?:,\s+[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,2}})?(?:,\s+{_DATE})?"
    rf"\s*(?:--|[–—])\s*\([{_UP}][\w&.'’/ -]{{1,40}}\)\s*(?:--|[–—])\s*(?=[\"“‘{_UP}0-9])",
    re.MULTILINE,
)
#: A place in ordinary case and a spaced dash, no day, as a company's release opens its first
#: paragraph: "Frankfurt am Main – Quay Holdings AG today signed ...", "Tarrow — The trust has
#: ..." (stop 36). The paragraph must run on as a sentence, its stop at its line's end, so a
#: headline ("Fares – What the rise means") is none; a sentence's opener ("In", "The") is no
#: place (`_PLACE`), and neither is a day ("Monday – The council ...": the story's date).
_DAY_WORD = alternatives(
    (*MONTHS, *WEEKDAYS, "today", "tonight", "yesterday", "tomorrow", "now", "meanwhile")
)
_PLACE_DASH_DATELINE = re.compile(
    rf"^[ \t]*(?!(?i:{_DAY_WORD})\b){_PLACE}(?:/{_PLACE})?(?:,[ \t]+{_PLACE})?[ \t]+"
    # a hyphen's dateline runs into a sentence's opening word, "Tarrow - The trust ..." (stop
    # 46): between two names it joins them, "U.S. - China talks resumed ..."
    rf"(?:[–—]|--|-(?=[ \t]+(?:{alternatives(word_list('function_words.txt'))})\b))[ \t]+"
    rf"(?=[{_UP}][^\n]{{40,}}[.!?][\"”’]?[ \t]*$)",
    re.MULTILINE,
)
#: The shapes of a dateline, read by `timeline.furniture` near the top of a text.
DATELINE_PATTERNS = (
    _CAPITAL_DATELINE,
    _SOURCED_DATELINE,
    _DATED_DATELINE,
    _COLON_DATELINE,
    _UNDASHED_DATELINE,
    _WIRE_BRACKETED_DATELINE,
    _PLACE_DASH_DATELINE,
)
#: The shapes whose dateline ends with a dash or a source, not a colon (a label's colon under a
#: heading is no dateline).
DASHED_DATELINE_PATTERNS = tuple(
    pattern for pattern in DATELINE_PATTERNS if pattern is not _COLON_DATELINE
)
