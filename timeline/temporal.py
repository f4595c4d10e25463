"""Temporal expressions: find them in English text and normalise them to TIMEX3 values.

    >>> [(t.text, t.value) for t in tag("He spoke on Monday, October 23rd.", date(2023, 10, 24))]
    [('Monday, October 23rd', '2023-10-23')]

A rule-based recogniser (regular expressions compiled once, word lists in
``timeline/data/temporal_words.json``) finds minimal spans; ``dateparser`` parses the calendar
date strings it finds; the normaliser below turns each span into a TIMEX3 type, value, mod,
granularity and the interval of days it covers.

Reference times (which date a relative expression counts from):

* Deictic expressions ("yesterday", "last week", "two years ago", "Monday", "this year") count
  from the reference date, the publication date in news.
* A bare weekday takes its direction from the tense of its clause: the nearest tense cue to its
  left decides ("confirmed", "was", "said": the weekday on or before the reference; "will",
  "is set to", "to be held", "is scheduled for", and present-tense schedules like "opens" or
  "is": the one on or after it); with no cue on the left, the rest of the sentence decides,
  and past is the default (news reports what happened). "last Friday" is strictly before,
  "next Friday" strictly after. A month or day written without a year follows the same tense
  rule in news (past: the latest such date not after the reference; future: the earliest not
  before it; present or no cue: the nearest).
* Anaphoric expressions ("the following year", "two days later", "that month", "the next day")
  count from the running reference: the most recent date mentioned before them. In news, when
  that date is too coarse for the unit (a year, for "the next day"), the publication date is
  used instead.
* In narrative text (``narrative=True``, the default when there is no reference date, as in an
  encyclopedia article) every relative expression counts from the running reference. A month or
  day without a year takes its year (or the next year when the month is 8 or more months before
  the running reference's month: "December 7, 1941 ... In January" is January 1942); a bare
  weekday is the first such day on or after it; an expression the running reference is too
  coarse for keeps X's ("four days later" after "in 1915" is 1915-XX-XX); "two days after the
  invasion" is a date counted from it. Asides do not move the running reference: dates in
  parentheses, after "until" or "since", years used as modifiers ("the 1614 rules"), a bare
  year in passing deep inside a sentence while the reference is a month or a day, and glances
  back ("a year earlier"). A clock time takes the running reference's day. Narrative text also
  follows the TIMEX2 habit of tagging "former", "recent", "current" and "future", and of
  reading "the Spring Offensive" as a season.
* Without any reference, relative expressions keep X's in their value and have no interval.

Bounds: tag() runs each pattern only in small windows around its trigger words, looks at most
a few words beyond a candidate, and hands dateparser strings of at most MAX_PARSE_CHARS
characters, so the work per document is linear in its length (`benchmarks/bench_scale.py`
measures it from 1 KB to 5 MB) and the whole of a long document is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateparser.conf import settings as _dateparser_settings
from dateparser.date import DateDataParser

from timeline.kinds import Granularity, TimexType
from timeline.wordlists import json_object

_dateparser_absolute: Any
try:  # dateparser's absolute-date parser: ten times cheaper than its full pipeline
    from dateparser.parser import _parser

    _dateparser_absolute = _parser
except ImportError:  # pragma: no cover - a dateparser without it uses the full pipeline
    _dateparser_absolute = None

__all__ = ["Timex", "tag"]

TIMEX_TYPES = frozenset(TimexType)
GRANULARITIES = frozenset(Granularity)
#: a year-less month this many months before the running reference's month is next year's
NARRATIVE_ROLLOVER_MONTHS = 8
#: longest string handed to dateparser at once
MAX_PARSE_CHARS = 64


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression, with offsets into the text it was found in.

    >>> Timex(0, 9, "yesterday", "DATE", "2023-10-22", granularity="day").value
    '2023-10-22'
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    date_start: date | None = None
    date_end: date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) for {self.text!r}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit span [{self.start}, {self.end})")
        if self.type not in TIMEX_TYPES:
            raise ValueError(f"type {self.type!r} is not one of {sorted(TIMEX_TYPES)}")
        if self.granularity is not None and self.granularity not in GRANULARITIES:
            raise ValueError(f"granularity {self.granularity!r} is not one of {GRANULARITIES}")
        if (
            self.date_start is not None
            and self.date_end is not None
            and self.date_start > self.date_end
        ):
            raise ValueError(f"interval {self.date_start} > {self.date_end} for {self.text!r}")


# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

#: the word lists of data/temporal_words.json (published.py reads its dateline words here too)
WORDS: dict[str, Any] = json_object("temporal_words.json")
MONTHS: dict[str, int] = WORDS["months"]
WEEKDAYS: dict[str, int] = WORDS["weekdays"]
SEASONS: dict[str, str] = WORDS["seasons"]
NUMBER_WORDS: dict[str, float] = WORDS["number_words"]
VAGUE_QUANTITIES: list[str] = WORDS["vague_quantities"]
ORDINALS: dict[str, int] = WORDS["ordinals"]
DECADE_WORDS: dict[str, int] = WORDS["decade_words"]
UNITS: dict[str, str] = WORDS["units"]
DAY_PARTS: dict[str, str] = WORDS["day_parts"]
VAGUE_NEWS: dict[str, str] = WORDS["vague_news"]
VAGUE_NARRATIVE: dict[str, str] = WORDS["vague_narrative_only"]
SET_WORDS: dict[str, str] = WORDS["set_words"]
FIXED_HOLIDAYS: dict[str, str] = WORDS["fixed_holidays"]
FLOATING_HOLIDAYS: dict[str, list[int]] = WORDS["floating_holidays"]
EASTER_HOLIDAYS: dict[str, int] = WORDS["easter_holidays"]
HISTORIC_DAYS: dict[str, str] = WORDS["historic_days"]
BLOCKED_NAMES: list[str] = WORDS["blocked_names"]
COUNT_NOUNS: frozenset[str] = frozenset(WORDS["count_nouns"])
FUTURE_CUES: frozenset[str] = frozenset(WORDS["future_cues"])
PAST_CUES: frozenset[str] = frozenset(WORDS["past_cues"])
ED_NOT_PAST: frozenset[str] = frozenset(WORDS["ed_words_not_past"])
CONTEXT_MONTHS: frozenset[str] = frozenset(WORDS["month_names_needing_context"])


_SPACES_RE = re.compile(r"\s+")
_RANGE_END_RE = re.compile(
    r"\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![-–/:.]?\d)"
    r"(?!\s*(?:[AaPp]\.?[Mm]\b|o['’]clock))(?!\s+[A-Z][a-z])(?P<year2>,?\s+(?:1\d|20)\d\d\b)?"
)
_FRACTION_AFTER_RE = re.compile(r"\s+(?:of|in|to)\b")
_PRONOUN_USE_RE = re.compile(r"\s*[,.;:)]|\s+(?:an?|is|was|the)\b")
_THE_OR_AT_BEFORE_RE = re.compile(r"(?i)\b(?:the|at)\s+$")
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w-]*\s*$")
_FIRST_NAME_BEFORE_RE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!On\b|By\b|Since\b|Until\b|Before\b|After\b|Every\b|Each\b)"
    r"[A-Z][a-z]+\s+$"
)
_NEWSPAPER_AFTER_RE = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Night\s+Football|School)\b"
)
_NOUN_AFTER_YEAR_RE = re.compile(r"\s+[a-z]+\b(?<!\bin)(?<!\band)(?<!\bto)(?<!\bthe)")
_DECADE_VALUE_RE = re.compile(r"\d{3}")
_CENTURY_VALUE_RE = re.compile(r"\d{2}")
_AFTER_NUMBER_DASH_RE = re.compile(r"\d[-–]$")
_AFTER_YEAR_DASH_RE = re.compile(r"(?:1\d|20)\d\d\s*[-–]$")
_OF_NOT_YEAR_RE = re.compile(r"\s+of\s+(?!\d)")
_AS_RE = re.compile(r"\s+as\b")
_DASH_WORD_RE = re.compile(r"\s*[-–]\s*\w")
_TO_BY_RE = re.compile(r"-(?:to|by|in|on)-")
_DASH_RE = re.compile(r"[-–]")
_HALF_RESULTS_RE = re.compile(r"\s+(?:results|profit|earnings|revenue|sales|loss)")
_CALENDAR_PREFIX_RE = re.compile(r"^(BC)?(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_YEAR_OR_BC_RE = re.compile(r"(?:BC)?\d{4}")
_THE_BEFORE_RE = re.compile(r"(?i)\bthe\s+$")
_KEEP_POINT_RE = re.compile(r"(?:\b[A-Z][a-z]{2,3}|\b[ap]\.m|B\.C|A\.D)\.$")
# "at" of "at least" and "at most" belongs to the expression's mod, not in front of it
_LEADING_PREPOSITION_RE = re.compile(r"(?i)(?:on|in|at(?!\s+(?:least|most)\b)|by|during)\s+")
_DAY_VALUE_RE = re.compile(r"(?:BC)?\d{4}-\d\d-\d\d")
_YEAR_VALUE_RE = re.compile(r"\d{4}")
_MONTH_VALUE_RE = re.compile(r"(?:BC)?\d{4}-\d\d")


def _squash(text: str) -> str:
    """Runs of white space as one space: "more  than" -> "more than"."""
    return _SPACES_RE.sub(" ", text)


def _alternation(words: Iterable[str], *, escape: bool = True) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in ordered)


# ---------------------------------------------------------------------------------------------
# Patterns (compiled once)
# ---------------------------------------------------------------------------------------------

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# names are matched capitalised (or in capitals) so that "may" and "march" stay verbs
_MON_FULL = (
    "(?:"
    + _alternation([m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS])
    + r")\b"
)
_MON_ABBR = "(?:" + _alternation([m.capitalize() for m in _ABBR_MONTHS]) + r")(?:\.|\b)"
MON = f"(?P<mon>{_MON_FULL}|{_MON_ABBR})"
MON2 = MON.replace("?P<mon>", "?P<mon2>")
WD = "(?P<wd>" + _alternation([w.capitalize() for w in WEEKDAYS]) + r")\b"
DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?P<year>[12]\d{3})(?!\d)"
ERA = r"(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])"
NUM = (
    "(?P<num>"
    + _alternation(list(NUMBER_WORDS) + VAGUE_QUANTITIES)
    + r"|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"  # noqa: E501 - one regex reads better whole
)
UNIT_WORD = (
    r"(?P<unit>centur(?:y|ies)|millenni(?:um|a)|fortnights?|"
    r"(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?)\b"
)
APPROX = r"(?P<amod>over|more\s+than|nearly|almost|about|around|approximately|roughly|some|just|less\s+than|at\s+least|under|only|barely|well\s+over|up\s+to)"  # noqa: E501 - one regex reads better whole
SEASON = "(?P<season>" + _alternation(SEASONS) + r")\b"
DAY_PART = r"(?P<part>morning|afternoon|evening|night)"


_DURATION_DETERMINERS = (
    "past|last|next|first|final|previous|coming|following|latest|preceding|ensuing|remaining|same"
)
_DIRECTIONS = (
    r"ago|earlier|later|afterwards?|after(?=\s*[,.;)])|before(?=\s*[,.;)])|previously|hence"
    r"|from\s+now|since"
)
_OF_YEAR_RELATIONS = (
    "that|the same|the following|the next|the previous|the preceding|this|last|next"
)


def _ci(pattern: str) -> str:
    return f"(?i:{pattern})"


_PATTERNS: list[tuple[str, str]] = [
    (
        "iso",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-])",
    ),
    (
        "numeric",
        r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])",
    ),
    (
        "mdy",
        rf"(?:{WD},?\s+)?{MON}\s+{DAYNUM}"
        rf"(?:,?\s+(?:{_ci('of')}\s+)?{YEAR}(?:\s*{ERA})?)?",
    ),
    (
        "dmy",
        rf"(?:{WD},?\s+)?(?:{_ci('the')}\s+)?{DAYNUM}\s+(?:{_ci('of')}\s+)?{MON}(?:,?\s+{YEAR}(?:\s*{ERA})?)?",
    ),
    (
        "my",
        rf"{MON}(?:\s+{_ci('of')})?,?\s+(?:{YEAR}(?:\s*{ERA})?"
        rf"|(?P<eyear>\d{{1,4}})\s?{ERA.replace('?P<era>', '?P<era2>')})",
    ),
    (
        "range_day",
        rf"(?<![\d/.,-])(?P<day>3[01]|[12]\d|0?[1-9])(?=\s*(?:[-–]|and|or|to)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON_FULL})",
    ),
    ("month", rf"{MON}"),
    (
        "week_of_month",
        rf"(?:{_ci('the')}\s+)?(?P<nth>{_ci('first|second|third|fourth|last|final')})\s+{_ci('week')}"
        rf"\s+{_ci('of')}\s+{MON}(?:,?\s+{YEAR})?",
    ),
    (
        "month_rel",
        rf"{MON}(?:\s+{DAYNUM})?,?\s+{_ci('of')}\s+(?P<ofrel>{_ci(_OF_YEAR_RELATIONS)})"
        rf"\s+{_ci('year')}\b"
        rf"|(?:{_ci('the')}\s+)?(?P<mrel>{_ci('previous|following|next|last|same|that|coming|preceding')})\s+{MON.replace('?P<mon>', '?P<mon2>')}(?!\s+\d)",  # noqa: E501 - one regex reads better whole
    ),
    (
        "ordinal_day",
        rf"{_ci('the')}\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s*[-–]?\s*[A-Z])",
    ),
    (
        "era_year",
        rf"(?<![\w.,])(?P<n>\d{{1,4}})\s?{ERA}|(?<![\w.,])(?P<ad>AD|A\.D\.)\s?(?P<n2>\d{{1,4}})(?!\d)"
        r"|(?<![\w.,-])(?P<n3>\d{1,4})(?=\s*[-–]\s*\d{1,4}\s?(?:BCE|BC|B\.C\.))",
    ),
    ("year", rf"(?<![\w$£€#.,/:]){YEAR}(?![%\w]|[.,]\d|:\d)"),
    ("apos_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"),
    (
        "decade",
        _ci(
            r"(?:the\s+)?(?P<dec>(?:1\d|20)\d0)['’]?s\b|(?:the\s+)?['’](?P<dec2>\d0)s\b|the\s+(?P<dec3>\d0)s\b|the\s+(?P<decw>"
            + _alternation(DECADE_WORDS)
            + r")\b"
        ),
    ),
    (
        "century",
        _ci(
            r"(?:the\s+)?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>"
            + _alternation(ORDINALS)
            + r"))[\s-]+century(?:\s*(?P<cera>BC|B\.C\.|BCE|AD|A\.D\.))?"
        ),
    ),
    (
        "quarter",
        _ci(
            r"(?:the\s+|(?P<year3>[12]\d{3})['’]s\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final|previous|current|next|same|latest)[\s-]+(?:(?:fiscal|financial|calendar)[\s-]+)?(?P<qh>quarter|half)(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?P<year>[12]\d{3})(?!\d)|\s+of\s+(?P<qy>this|last|next|the|the\s+current|the\s+previous|the\s+same)\s+(?:(?:fiscal|financial|calendar)\s+)?year)?|\b(?P<qn>q[1-4]|h[12])(?:\s+|-|\s+of\s+|\s+fy\s*)?(?:(?P<year2>[12]\d{3})(?!\d))?)"
        ),
    ),
    (
        "fiscal",
        _ci(
            r"(?:fiscal|financial)\s+(?:year\s+)?(?P<year>[12]\d{3})(?!\d)|\bFY\s?(?P<fy>[12]\d{3}|\d{2})\b|(?:the\s+)?(?:(?P<fmod>current|next|last|previous|this|coming)\s+)?(?:fiscal|financial)\s+year\b"
        ),
    ),
    (
        "weekday",
        rf"(?:(?P<wmod>{_ci('last|this|next|coming|past|previous|following|that')})\s+)?{WD}(?!['’]?s?\s+(?:Times|Telegraph))(?:\s+{_ci(DAY_PART)})?",
    ),
    (
        "weekday_set",
        rf"(?:{_ci('every|each')}\s+{WD}|(?P<wdp>"
        + _alternation([w.capitalize() for w in WEEKDAYS])
        + r")s\b)",
    ),
    (
        "relday",
        _ci(
            r"(?:(?:the\s+)?day\s+(?P<dba>before\s+yesterday|after\s+tomorrow))|(?P<rd>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<part>morning|afternoon|evening|night))?|(?P<rm>this|last|tomorrow|yesterday)\s+(?P<part2>morning|afternoon|evening|night)"
        ),
    ),
    (
        "relunit",
        _ci(
            r"(?:(?P<el>earlier|later)\s+)?(?P<det>the\s+|this\s+(?=past\b))?(?P<rel>this|last|next|past|previous|coming|following|current|same|preceding|prior|that|upcoming|present)\s+(?:very\s+|same\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century|day|morning|afternoon|evening|night|"
            + _alternation(SEASONS)
            + r")\b"
        ),
    ),
    (
        "the_day_after",
        _ci(
            r"the\s+(?P<unit>day|week|month|year)\s+(?P<ba>before|after|earlier|later)(?=\s*[,.;)]|\s+(?:that|this|when)\b)"
        ),
    ),
    (
        "unit_end",
        _ci(
            r"(?P<unit>month|year)['’]s\s+end|the\s+turn\s+of\s+the\s+(?P<unit2>century|year|decade)|(?:the\s+)?(?:very\s+)?(?P<pos>beginning|start|end|middle|close|rest|remainder|latter\s+part|early\s+part|later\s+part|first\s+half|second\s+half|latter\s+half|first\s+part|last\s+part|final\s+months|closing\s+months|opening\s+months)\s+of\s+(?P<det>the|this|that|last|next)\s+(?P<unit3>year|month|week|decade|century|day)\b"
        ),
    ),
    (
        "night",
        _ci(r"(?:at|by|during\s+the|in\s+the)\s+(?P<x>night(?:-?time)?|daytime|day-?time)\b"),
    ),
    (
        "the_unit",
        _ci(
            r"(?:in|for|during|over|through|throughout|earlier\s+in|later\s+in|of|since)\s+"
            r"(?P<x>the\s+(?P<unit>year|quarter|month|week|weekend))\b"
            r"(?!['’]s|-|\s+(?:of|before|after|to|that|when|in|ended|ending|earlier|later|ago)\b)"
        ),
    ),
    ("to_date", _ci(r"\bto\s+(?P<x>date)\b(?!\s+(?:of|with|from)\b)")),
    (
        "vague",
        _ci(
            r"(?<![\w-])(?:"
            + _alternation(list(VAGUE_NEWS) + list(VAGUE_NARRATIVE))
            + r")(?![\w])(?!-(?:old|year|day|month|week)\b)"
        ),
    ),
    (
        "duration",
        _ci(
            rf"(?:{APPROX}\s+(?!the\s))?(?:the\s+(?P<dmod>{_DURATION_DETERMINERS})\s+)?"
            rf"(?:{NUM}(?:\s+|-))?(?:more\s+|full\s+|consecutive\s+|straight\s+|long\s+)?{UNIT_WORD}"
            rf"(?:(?P<long>-long)|\s+(?P<dir>{_DIRECTIONS})|(?P<age>[\s-]old\b|\s+of\s+age\b))?"
        ),
    ),
    (
        "bare_units",
        _ci(
            r"(?P<prep>for|within|in|after|over|lasted|last|took|spent)\s+(?P<x>(?P<unit>days|weeks|months|years|decades|centuries|hours))\b(?!\s+(?:of|ago|later|earlier)\b)"
        ),
    ),
    ("decades_long", _ci(r"(?P<unit>decades|years|months|weeks|centuries)-long")),
    (
        "time",
        _ci(
            r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?P<tz>ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)\b)?|(?<![\w:.])(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![:\d])(?:\s+(?P<tz2>ET|EST|EDT|GMT|UTC|BST|CET|CEST)\b)?|\b(?P<noon>noon|midday|midnight)\b|(?P<oc>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock"
        ),
    ),
    (
        "set",
        _ci(
            r"(?:every|each)\s+(?:other\s+)?(?:(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|summers?|winters?|springs?|autumns?)\b|(?:(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|every|each)|(?<=\s)per)\s+(?P<unit2>day|week|month|year|decade|hour)\b|\b(?P<sw>"
            + _alternation(SET_WORDS)
            + r")\b"
        ),
    ),
    (
        "season",
        _ci(
            rf"(?:(?P<sdet>the)\s+)?(?:(?P<srel>this|last|next|that|following|previous|same|coming|past)\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}|(?P<syear>\d{{1,4}})\s?(?P<sera>bce|bc|b\.c\.)))?|(?P<year2>[12]\d{{3}})\s+(?P<season2>"
            + _alternation(SEASONS)
            + r")\b"
        ),
    ),
    (
        "holiday",
        _ci(
            r"(?P<hol>"
            + _alternation(
                list(FIXED_HOLIDAYS)
                + list(FLOATING_HOLIDAYS)
                + list(EASTER_HOLIDAYS)
                + list(HISTORIC_DAYS)
            )
            + r")(?![\w-])(?:,?\s+(?P<year>[12]\d{3})(?!\d))?"
        ),
    ),
]

# earlier kinds win ties between candidates of equal length
_PRIORITY = {kind: rank for rank, (kind, _) in enumerate(_PATTERNS)}
# every expression starts at the start of a word: anchoring there makes a failed attempt in the
# middle of a word cost one character test instead of a pass over every alternative
_COMPILED: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?<![\w'’])(?=[\w'’])(?:{rx})") for kind, rx in _PATTERNS
}

# Which patterns a token can start, and how far (chars) a match may reach left of the
# token's start and right of its end. A pattern is only run inside these windows.
_WINDOW: dict[str, tuple[int, int]] = {
    "iso": (1, 30), "numeric": (7, 12), "mdy": (22, 26), "dmy": (34, 16), "my": (2, 22),
    "month": (2, 2), "week_of_month": (40, 12), "month_rel": (22, 44), "ordinal_day": (6, 24),
    "range_day": (2, 24),
    "era_year": (16, 10), "year": (2, 8), "apos_year": (2, 4), "decade": (10, 8),
    "century": (34, 10), "quarter": (48, 48), "fiscal": (30, 16), "weekday": (14, 16),
    "weekday_set": (10, 4), "relday": (24, 14), "relunit": (40, 4), "the_day_after": (8, 28),
    "unit_end": (60, 10), "vague": (14, 12), "duration": (44, 18), "bare_units": (12, 14),
    "decades_long": (2, 8), "time": (6, 22), "night": (14, 12), "to_date": (5, 20),
    "the_unit": (24, 24),
    "set": (30, 30), "season": (34, 14), "holiday": (24, 14),
}  # fmt: skip
_UNIT_TRIGGER_KINDS = (
    "duration",
    "bare_units",
    "relunit",
    "the_day_after",
    "unit_end",
    "set",
    "decades_long",
)
_WORD_TRIGGERS: dict[str, tuple[str, ...]] = {}


def _add_triggers(words: Iterable[str], kinds: tuple[str, ...]) -> None:
    for word in words:
        _WORD_TRIGGERS[word] = tuple(dict.fromkeys(_WORD_TRIGGERS.get(word, ()) + kinds))


_add_triggers(MONTHS, ("mdy", "dmy", "my", "month", "month_rel", "week_of_month"))
_add_triggers(WEEKDAYS, ("weekday", "weekday_set", "holiday"))
_add_triggers((w + "s" for w in WEEKDAYS), ("weekday_set",))
_add_triggers(
    ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
     "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months",
     "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
     "millennium", "millennia", "morning", "mornings", "afternoon", "afternoons", "evening",
     "evenings"),
    _UNIT_TRIGGER_KINDS,
)  # fmt: skip
_add_triggers(
    ("day", "eve", "year", "christmas", "halloween", "thanksgiving", "easter", "july", "fourth"),
    ("holiday",),
)
_add_triggers(
    (
        "morning",
        "afternoon",
        "evening",
        "night",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "overnight",
    ),
    ("relday",),
)
_add_triggers(("century",), ("century",))
_add_triggers(("quarter", "half", "q", "h"), ("quarter",))
_add_triggers(("fiscal", "financial", "fy"), ("fiscal",))
_add_triggers(("year",), ("fiscal",))
_add_triggers(SEASONS, ("season", "relunit", "set"))
_add_triggers((w + "s" for w in SEASONS), ("set",))
_add_triggers(("every", "each", "once", "twice", "times"), ("set",))
_add_triggers(SET_WORDS, ("set",))
_add_triggers(("noon", "midday", "midnight", "clock"), ("time",))
_add_triggers(DECADE_WORDS, ("decade",))
_add_triggers(("bc", "bce", "ad", "ce", "b", "a"), ("era_year",))
_add_triggers(("long",), ("decades_long",))
_add_triggers(("night", "nighttime", "daytime"), ("night",))
_add_triggers(("date",), ("to_date",))
_add_triggers(("year", "quarter", "month", "week", "weekend"), ("the_unit",))
_add_triggers(
    {w for phrase in list(VAGUE_NEWS) + list(VAGUE_NARRATIVE) for w in phrase.split()}
    - {"the", "at", "right", "these", "more", "a"},
    ("vague",),
)
# names that trigger only when capitalised ("May", "Monday"), and era marks only in capitals
_CAPITALISED_TRIGGERS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + ["bc", "bce", "ad", "ce", "b", "a"]
)
_CAPITALISED_KINDS = frozenset(
    {
        "mdy",
        "dmy",
        "my",
        "month",
        "month_rel",
        "week_of_month",
        "weekday",
        "weekday_set",
        "era_year",
    }
)
# the names that are not dates ("Sunday Times") are looked for around their first words
_BLOCKED_FIRST_WORDS = {name.split()[0].lower().rstrip(".") for name in BLOCKED_NAMES}
_add_triggers(_BLOCKED_FIRST_WORDS, ("blocked",))
_WINDOW["blocked"] = (2, max(len(name) for name in BLOCKED_NAMES) + 2)
# words without which a pattern cannot match: a window without them is skipped cheaply
_PREFILTER: dict[str, re.Pattern[str]] = {
    kind: re.compile(rf"(?i)(?:{words})")
    for kind, words in {
        "set": r"every|each|once|twice|times|per|" + _alternation(SET_WORDS),
        "the_day_after": r"before|after|earlier|later",
        "unit_end": r"\bof\b|['’]s\s+end",
        "month_rel": r"\bof\b|previous|following|next|last|same|that|coming|preceding",
        "relunit": r"this|last|next|past|previous|coming|following|current|same|prior|that|present",
        "holiday": _alternation(
            {w for name in [*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS, *HISTORIC_DAYS]
             for w in name.split()[:1]}
        ),
    }.items()
}  # fmt: skip


def _cased_triggers() -> dict[str, tuple[str, ...]]:
    """Trigger table keyed by the word as written: "may", "May", "MAY" (no lower() per token);
    month and weekday names and era marks trigger their date patterns only when capitalised."""
    cased: dict[str, tuple[str, ...]] = {}
    for word, kinds in _WORD_TRIGGERS.items():
        lowered = kinds
        if word in _CAPITALISED_TRIGGERS:
            lowered = tuple(k for k in kinds if k not in _CAPITALISED_KINDS)
        if lowered:
            cased[word] = lowered
        cased[word.capitalize()] = kinds
        cased[word.upper()] = kinds
    return cased


_CASED_TRIGGERS = _cased_triggers()
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")
_TIME_AFTER_DIGITS_RE = re.compile(r"(?:[:.]\d\d|\s*[AaPp]\.?[Mm]\b|\s+o['’]clock)")

_BLOCKED_RE = re.compile(r"\b(?:" + _alternation(BLOCKED_NAMES) + r")\b")
# a copyright line is boilerplate: its year hints at the publication date but is no event
_BOILERPLATE_RE = re.compile(
    r"(?im)^[^\n]{0,80}?(?:copyright|©|\(c\)\s*\d{4}|all rights reserved)[^\n]*$"
)
_MODIFIER_LEFT_RE = re.compile(
    _ci(
        r"(?:(?:(?:early|late)\s+(?:in\s+)?)?the\s+(?:early\s+|late\s+)?(?P<dp>morning|night|evening|afternoon)(?:\s+hours)?\s+of\s+$)|(?:(?P<det>the\s+)?(?:very\s+)?(?P<pos>latter\s+half|beginning|start|end|middle|close|dawn|latter\s+part|early\s+part|later\s+part|first\s+half|second\s+half|first\s+part|last\s+part|final\s+months|first\s+months|spring|summer|autumn|fall|winter)\s+of\s+(?:the\s+)?|\b(?P<el>early|late|mid|middle|the\s+early|the\s+late|the\s+mid)(?:\s+|-)|\b(?P<ein>early|late|later|earlier)\s+in\s+|(?<![\w.])(?P<approx>around|about|circa|ca\.|c\.|approximately|roughly|some\s+time\s+in)\s*)$"
    )
)
_MODIFIER_ENDINGS = (
    "of ", "early ", "late ", "mid-", "mid ", "middle ", "in ", "around ", "about ", "circa ",
    "ca. ", "c. ", "ca.", "approximately ", "roughly ", "early-", "late-", "middle-",
)  # fmt: skip
_CONTEXT_MONTH_BEFORE_RE = re.compile(
    _ci(
        r"\b(?:in|of|since|until|till|by|during|early|late|mid|last|next|this|through|from|and|to|or|between|before|after|throughout|on)[\s-]+$"
    )
)
_CONTEXT_MONTH_AFTER_RE = re.compile(r"^(?:\s*[-–]\s*|\s+(?:and|to|or|through)\s+)" + _MON_FULL)
_BORROW_RE = re.compile(
    r"\s*(?:[-–]|to|and|until|till|through|or)\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    + MON.replace("?P<mon>", "?P<bmon>")
    + r"?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<byear>[12]\d{3})(?!\d)(?:\s*(?P<bera>BCE|BC|B\.C\.))?"  # noqa: E501 - one regex reads better whole
)
_BORROW_MONTH_RE = re.compile(
    r"\s*(?:[-–]|to|and|until|till|through|or)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MON.replace("?P<mon>", "?P<bmon>")
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ORDINAL_BLOCKER_RE = re.compile(
    r"(?i)\s+(?:" + _alternation(WORDS["ordinal_day_blockers"]) + r")\b"
)
_EVENT_AFTER_RE = re.compile(
    r"\s+(?P<rel>after|before)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Za-z]"
)
_YEAR_BLOCKER_RE = re.compile(
    r"(?<![\w.])(?:" + _alternation(WORDS["year_blockers_before"]) + r")\s*$"
)
# an amount right before "a year", "a day": a rate ("$600m a year", "60 hours a week", "three
# meals a day", "1.5 million barrels a day"), which TIMEX3 writes as a SET
_RATE_BEFORE_RE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|[kmb]n?\b|bn\b)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|thousand|dozen|million|billion))"
    r"(?:\s+(?:thousand|million|billion|trillion))?(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)
_DURATION_BLOCKER_RE = re.compile(
    r"(?i)\s+(?:" + _alternation(WORDS["duration_blockers_after"]) + r")\b"
)
_NO_ANCHOR_BEFORE_RE = re.compile(
    r"(?i)\b(?:until|till|effective|through|since)\s+(?:the\s+)?$"
    # "lasted until the fall of the city in May 1453": the end of a span named by its event
    r"|\b(?:until|till)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:in|on|of)\s+$"
)
_ABBREVIATIONS: tuple[str, ...] = tuple(WORDS["abbreviations"])
# a sentence ends at . ! ? or a line break, but not after "Inc." or "Oct."
_SENTENCE_END_RE = re.compile(
    r"(?:[.!?]"
    + "".join(f"(?<!\\b{re.escape(a)}\\.)" for a in _ABBREVIATIONS)
    + r"(?<!\b[A-Z]\.)[\"”’)]?\s|\n)"
)

_DATEPARSER = DateDataParser(
    languages=["en"],
    settings={
        # a fixed, leap base year so "February 29" parses and results cache across documents;
        # the year of a year-less date is chosen afterwards from the reference
        "RELATIVE_BASE": datetime(2000, 1, 1),  # noqa: DTZ001 - calendar dates have no zone
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "current_period",
    },
)


_DATEPARSER_SETTINGS = _dateparser_settings.replace(
    settings={"RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first"}  # noqa: DTZ001
)
_CANONICAL_STEPS = (
    (re.compile(r"(\d)(?:st|nd|rd|th)\b"), r"\1"),
    (re.compile(r"(?i)\b(?:the|of)\s+"), ""),
    (re.compile(r"\bSept\b"), "Sep"),
    (re.compile(r"\s+"), " "),
)


@lru_cache(maxsize=8192)
def _parse_calendar(text: str) -> tuple[int, int, int] | None:
    """dateparser's reading of a calendar date string, as (year, month, day).

    >>> _parse_calendar("Oct. 23, 2023")
    (2023, 10, 23)

    The string is first tidied (ordinal suffixes, "the", "of" dropped) so that dateparser's
    absolute-date parser reads it directly; its full pipeline (language detection and
    translation) is the fallback, as it costs ten times more.
    """
    text = text[:MAX_PARSE_CHARS]
    for pattern, replacement in _CANONICAL_STEPS:
        text = pattern.sub(replacement, text)
    text = text.strip(" ,")
    try:
        if _dateparser_absolute is None:
            raise ValueError(text)
        parsed = _dateparser_absolute._parse_with_parts(text, _DATEPARSER_SETTINGS, None)
        moment = parsed[0]
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError):
        try:
            moment = _DATEPARSER.get_date_data(text).date_obj
        except (ValueError, TypeError, OverflowError, KeyError, IndexError):
            return None
    if moment is None:
        return None
    return (moment.year, moment.month, moment.day)


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic and intervals
# ---------------------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, _month_end(year, month + 1).day))


def _shift(day: date, amount: int, unit: str) -> date | None:
    try:
        if unit == "D":
            return day + timedelta(days=amount)
        if unit == "W":
            return day + timedelta(weeks=amount)
        if unit == "2W":
            return day + timedelta(weeks=2 * amount)
        if unit == "M":
            return _add_months(day, amount)
        if unit == "Q":
            return _add_months(day, 3 * amount)
        if unit == "Y":
            return _add_months(day, 12 * amount)
        if unit == "DE":
            return _add_months(day, 120 * amount)
        if unit == "CE":
            return _add_months(day, 1200 * amount)
        if unit == "ML":
            return _add_months(day, 12000 * amount)
    except (OverflowError, ValueError):
        return None
    return None


def _year_value(year: int) -> str:
    return f"{year:04d}" if year > 0 else f"BC{-year:04d}"


def _value_at(day: date, unit: str) -> str:
    """TIMEX3 value of the period of size ``unit`` that contains ``day``.

    >>> _value_at(date(2023, 10, 23), "W")
    '2023-W43'
    """
    if unit in ("D", "H", "MIN", "S"):
        return day.isoformat()
    if unit in ("W", "2W"):
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit in ("CE", "ML"):
        return f"{day.year // 100:02d}"
    return day.isoformat()


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE_RE = re.compile(
    r"^(?:FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<season>SP|SU|FA|WI)))?(?P<time>T.*)?$"
)


def _interval(value: str, mod: str | None) -> tuple[date | None, date | None, str | None]:
    """The inclusive days a DATE/TIME value covers, and its granularity.

    >>> _interval("2023-Q4", None)
    (datetime.date(2023, 10, 1), datetime.date(2023, 12, 31), 'quarter')
    """
    match = _VALUE_RE.match(value)
    try:
        if match is None:
            if _DECADE_VALUE_RE.fullmatch(value):
                year = int(value) * 10
                start, end, grain = date(max(year, 1), 1, 1), date(year + 9, 12, 31), "decade"
            elif _CENTURY_VALUE_RE.fullmatch(value):
                year = int(value) * 100
                start, end, grain = date(max(year, 1), 1, 1), date(year + 99, 12, 31), "century"
            else:
                return None, None, None
        else:
            year = int(match["year"])
            if year < 1:
                return None, None, None
            if match["day"]:
                start = end = date(year, int(match["month"]), int(match["day"]))
                grain = "time" if match["time"] else "day"
            elif match["month"]:
                month = int(match["month"])
                start, end, grain = date(year, month, 1), _month_end(year, month), "month"
            elif match["week"]:
                start = date.fromisocalendar(year, int(match["week"]), 1)
                end = start + timedelta(days=6)
                grain = "week"
                if match["we"]:
                    start = start + timedelta(days=5)
            elif match["q"]:
                first = 3 * (int(match["q"]) - 1) + 1
                start, end, grain = date(year, first, 1), _month_end(year, first + 2), "quarter"
            elif match["h"]:
                first = 1 if match["h"] == "1" else 7
                start, end, grain = date(year, first, 1), _month_end(year, first + 5), "half"
            elif match["season"]:
                first, last = _SEASON_MONTHS[match["season"]]
                start = date(year, first, 1)
                end = _month_end(year + 1 if last < first else year, last)
                grain = "season"
            else:
                start, end, grain = date(year, 1, 1), date(year, 12, 31), "year"
                if match["time"]:
                    grain = "time"
    except ValueError:
        return None, None, None
    if mod in ("START", "MID", "END") and grain not in ("day", "time"):
        span = (end - start).days + 1
        third = span // 3
        if mod == "START":
            end = start + timedelta(days=third - 1)
        elif mod == "MID":
            start, end = start + timedelta(days=third), start + timedelta(days=2 * third - 1)
        else:
            start = start + timedelta(days=2 * third)
    return start, end, grain


# ---------------------------------------------------------------------------------------------
# Recogniser
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def _number(word: str | None) -> float | None:
    """A count in words or digits; None for vague quantities ("a few").

    >>> _number("twenty-one"), _number("several")
    (21.0, None)
    """
    if word is None:
        return 1.0
    word = _squash(word.lower())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(word)
    except ValueError:
        return None


_LEADING_SPACES_RE = re.compile(r" *")


def _next_word(text: str, pos: int) -> str:
    """The word after `pos`, past spaces (never a copy of the rest of the text: that costs
    the square of a long document's length)."""
    spaces = _LEADING_SPACES_RE.match(text, pos)
    match = _WORD_RE.match(text, spaces.end() if spaces else pos)
    return match.group(0) if match else ""


def _looks_like_a_name(text: str, cand: _Candidate) -> bool:
    """A capitalised month or season followed by another capitalised word, with no
    preposition before it: "April Jones", "Summer Smith", "the Spring Festival"."""
    word = text[cand.start : cand.end].rsplit(maxsplit=1)[-1]
    if not word[:1].isupper():
        return False
    following = _next_word(text, cand.end)
    if not following[:1].isupper() or following.lower() in MONTHS or following.lower() in WEEKDAYS:
        return False
    return not _CONTEXT_MONTH_BEFORE_RE.search(text[max(0, cand.start - 20) : cand.start])


#: An honorific before a weekday or a month makes it a name: "Mr. Friday", "Mrs. May".
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Lady|Lord|Prof)\.?\s+$")


def _accept(text: str, cand: _Candidate, narrative: bool) -> bool:
    """Filters that need more context than a pattern sees."""
    kind, match = cand.kind, cand.match
    if kind in ("weekday", "month", "season") and _HONORIFIC_BEFORE_RE.search(
        text[max(0, cand.start - 8) : cand.start]
    ):
        return False
    if kind in ("month", "my", "mdy", "dmy"):
        name = match["mon"]
        if kind == "month" and name.rstrip(".") in CONTEXT_MONTHS:
            before = text[max(0, cand.start - 20) : cand.start]
            after = text[cand.end : cand.end + 20]
            if not (
                _CONTEXT_MONTH_BEFORE_RE.search(before) or _CONTEXT_MONTH_AFTER_RE.match(after)
            ):
                return False
        if (
            kind == "month"
            and len(name.rstrip(".")) <= 4
            and name.lower().rstrip(".") not in ("may", "june", "july")
        ):
            return False  # "Jan", "Mar" alone are names or words, not months
        if kind == "month" and not narrative and _looks_like_a_name(text, cand):
            return False  # "April Jones said"
    if kind == "year":
        year = int(match["year"])
        if year > 2100:
            return False
        following = _next_word(text, cand.end)
        if following.lower() in COUNT_NOUNS or following == "Year":
            return False
        before = text[max(0, cand.start - 16) : cand.start]
        if _YEAR_BLOCKER_RE.search(before):
            return False  # "Resolution 1483", "Flight 1549", "Windows 2000"
        if _AFTER_NUMBER_DASH_RE.search(before) and not _AFTER_YEAR_DASH_RE.search(before):
            return False  # "555-2023" is a phone number, "1939-1945" a span of years
    if kind == "season":
        word = match["season"]
        if (
            word
            and word.lower() == "fall"
            and not (match["sdet"] or match["srel"] or match["year"])
        ):
            return False
        if word and not match["year"] and _OF_NOT_YEAR_RE.match(text[cand.end : cand.end + 6]):
            return False  # "the fall of Budapest", "the spring of discontent"
        if (
            word
            and not narrative
            and _looks_like_a_name(text, cand)
            and not (match["srel"] or match["year"])
        ):
            return False  # "Summer Smith", "the Spring Festival"
        if word and word[0].isupper() and not (match["sdet"] or match["srel"] or match["year"]):
            # capitalised mid-sentence "Spring" is usually a name ("Spring Offensive" aside)
            prev = text[max(0, cand.start - 2) : cand.start]
            if narrative is False and prev.strip() and not prev.endswith(("\n", ". ")):
                return False
    if kind == "vague":
        phrase = _squash(match.group(0).lower())
        if phrase not in VAGUE_NEWS and not narrative:
            return False
        if (
            phrase == "former"
            and _THE_BEFORE_RE.search(text[max(0, cand.start - 6) : cand.start])
            and _PRONOUN_USE_RE.match(text[cand.end : cand.end + 5])
        ):
            return False  # "the former, an option": the first of two, not a time
        if phrase in ("recently", "recent") and _AS_RE.match(text[cand.end : cand.end + 4]):
            return False  # "as recently as late 2009": the date that follows says when
        if phrase == "present" and not _THE_OR_AT_BEFORE_RE.search(
            text[max(0, cand.start - 6) : cand.start]
        ):
            return False
    if kind == "apos_year" and _CAPITALISED_BEFORE_RE.search(
        text[max(0, cand.start - 20) : cand.start]
    ):
        return False  # "iLife '11", "Windows '95" are product names
    if kind == "holiday" and not match["hol"][0].isupper():
        return False
    if kind in ("duration", "bare_units", "ago") and _DURATION_BLOCKER_RE.match(text, cand.end):
        return False
    if (
        kind == "bare_units"
        and _squash(match.group(0).lower()) == "after hours"
        and _NOUN_AFTER_YEAR_RE.match(text[cand.end : cand.end + 20])
        and _next_word(text, cand.end).lower() not in ("at", "on", "of", "for", "with", "without")
    ):
        return False  # "after hours trading" is outside opening hours, not a duration
    if kind == "duration":
        unit = match["unit"].lower()
        if unit.startswith("quarter") and _FRACTION_AFTER_RE.match(text[cand.end : cand.end + 6]):
            return False  # "three quarters of the troops" is a fraction
        num = (match["num"] or "").lower()
        if not (match["num"] or match["dmod"] or match["dir"]):
            return False  # a bare "years" is only a duration after "for", "within"...
        if not (match["num"] or match["dmod"]) and (match["dir"] or "").lower() == "since":
            return False  # "the worst year since 2009": "since" belongs to the date after it
        if unit.startswith("second") and num in ("a", "an", "one", "") and not match["dir"]:
            return False
        if num in ("some", "many") and not (match["dmod"] or match["dir"]):
            return False
        if num.isdigit() and match["unit"][0].isupper():
            return False  # "2010 Year" is a name
    if kind == "ordinal_day" and (
        _ORDINAL_BLOCKER_RE.match(text, cand.end)
        or _DASH_WORD_RE.match(text[cand.end : cand.end + 4])
    ):
        return False  # "the 5th century", "the 3rd Division", "the 20th-century"
    if (
        kind == "weekday"
        and not match["wmod"]
        and _FIRST_NAME_BEFORE_RE.search(text[max(0, cand.start - 20) : cand.start])
    ):
        return False  # "Grace Friday wrote": a surname
    if kind == "the_unit" and cand.match["unit"][0].isupper():
        return False  # "the Year III" of a calendar, "the Week of Prayer"
    if kind == "duration" and _TO_BY_RE.match(text[cand.end : cand.end + 4]):
        return False  # "a day-to-day role", "year-on-year"
    if kind == "quarter" and (match["qh"] or "").lower() == "half":
        tail = text[cand.end : cand.end + 12]
        if not (
            match["year"]
            or match["qy"]
            or _DASH_RE.match(text[match.end("q") : match.end("q") + 1])
            or _HALF_RESULTS_RE.match(tail)
        ):
            return False  # "in the second half" of a match
    if kind == "weekday":
        following = text[cand.end : cand.end + 12]
        if _NEWSPAPER_AFTER_RE.match(following):
            return False
    return True


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each pattern can match: merged windows around its trigger words.

    Every pattern needs at least one trigger token (a month name, a unit word, a year...);
    scanning only around those keeps the cost per document near one pass of a simple
    tokeniser instead of one pass per pattern.
    """
    length = len(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    triggers = _CASED_TRIGGERS
    for token in _TOKEN_RE.finditer(text):
        word = token.group()
        if word[0] <= "9":
            start, end = token.span()
            kinds: tuple[str, ...] = _digit_kinds(text, start, end)
            if not kinds:
                continue
        else:
            found_kinds = triggers.get(word)
            if found_kinds is None:
                continue
            kinds = found_kinds
            start, end = token.span()
        for kind in kinds:
            left, right = _WINDOW[kind]
            window = (max(0, start - left), min(length, end + right))
            found = spans.setdefault(kind, [])
            if found and window[0] <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], window[1]))
            else:
                found.append(window)
    return spans


def _digit_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    width = end - start
    following = text[end : end + 6]
    previous = text[start - 1] if start else ""
    kinds: list[str] = []
    if width == 4:
        kinds.append("year")
        if following[:1] == "-":
            kinds.append("iso")
        if following[:1] in ("s", "'", "’"):
            kinds.append("decade")
    if width <= 2:
        if following[:1] in ("/", "."):
            kinds.append("numeric")
        if _TIME_AFTER_DIGITS_RE.match(following):
            kinds.append("time")
        if following[:2] in ("st", "nd", "rd", "th"):
            kinds.append("ordinal_day")
        if following.lstrip()[:1] in ("-", "–"):
            kinds.append("range_day")
        if previous in ("'", "’"):
            kinds.extend(("apos_year", "decade"))
        elif following[:1] == "s":
            kinds.append("decade")
    return tuple(kinds)


def _candidates(text: str, narrative: bool) -> list[_Candidate]:
    windows_by_kind = _windows(text)
    blocked = [
        (m.start(), m.end())
        for window_start, window_end in windows_by_kind.pop("blocked", [])
        for m in _BLOCKED_RE.finditer(text, window_start, window_end)
    ]
    blocked += [(m.start(), m.end()) for m in _BOILERPLATE_RE.finditer(text)]
    blocked_mask = bytearray(len(text) + 1)
    for block_start, block_end in blocked:
        blocked_mask[block_start:block_end] = b"\x01" * (block_end - block_start)
    found: list[_Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    for kind, windows in windows_by_kind.items():
        pattern = _COMPILED[kind]
        prefilter = _PREFILTER.get(kind)
        for window_start, window_end in windows:
            if prefilter is not None and not prefilter.search(text, window_start, window_end):
                continue
            for match in pattern.finditer(text, window_start, window_end):
                if kind in ("bare_units", "night", "to_date", "the_unit"):
                    start, end = match.span("x")
                else:
                    start, end = match.span()
                if start == end or (start, end, kind) in seen:
                    continue
                seen.add((start, end, kind))
                cand = _Candidate(start, end, kind, match)
                if blocked and any(blocked_mask[start:end]):
                    continue
                if _accept(text, cand, narrative):
                    found.append(cand)
    # longest first, then pattern priority; keep those that do not overlap a kept one
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.kind], c.start))
    kept: list[_Candidate] = []
    taken = bytearray(len(text) + 1)
    for cand in found:
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


# ---------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------


_FUTURE_WORDS = frozenset(c for c in FUTURE_CUES if " " not in c)
# "plans to", "is set to": the word before "to"
_FUTURE_BEFORE_TO = frozenset(
    c.split()[0] for c in FUTURE_CUES if len(c.split()) == 2 and c.endswith(" to")
) | {"set", "scheduled", "expected", "due"}
_ARRANGED = frozenset(WORDS["arranged_participles"])
_PRESENT_CUES = frozenset(WORDS["present_cues"])
_MODALS = frozenset({"to", "will", "would", "shall", "may", "might", "could", "should", "must"})


def _word_tense(words: list[str], index: int) -> str | None:
    """The tense a word signals: "will", "plans to", "to be held" -> future; "said",
    "confirmed" -> past; a present passive ("is expected") or anything else -> None."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")):
        return "future"
    if following == "to" and word in _FUTURE_BEFORE_TO:
        return "future"
    if word in _ARRANGED and index > 0 and words[index - 1] in ("is", "are", "am"):
        return "future"  # "is scheduled for", "are planned for": arranged, so ahead
    if word in _PRESENT_CUES:
        return "present"  # "which ends on June 26", "the vote is on Friday"
    if word in PAST_CUES or (len(word) > 3 and word.endswith("ed") and word not in ED_NOT_PAST):
        previous = words[index - 1] if index > 0 else ""
        if previous == "be":
            before = words[index - 2] if index > 1 else ""
            return "future" if before in _MODALS else None  # "to be held", "will be released"
        if previous == "been":
            earlier = words[max(0, index - 4) : index - 1]
            return "future" if _FUTURE_WORDS.intersection(earlier) else "past"  # "will have been"
        if previous in ("is", "are", "am", "being"):
            return None  # a present passive says nothing about when
        return "past"
    return None


def _tense(text: str, start: int, end: int, default: str | None = "past") -> str | None:
    """'past' or 'future': the tense of the clause around text[start:end] (else ``default``).

    >>> _tense("He will meet them on Sunday.", 21, 27)
    'future'
    """
    window_start = max(0, start - 120)
    left_limit = window_start
    for stop in _SENTENCE_END_RE.finditer(text, window_start, start):
        left_limit = stop.end()
    left_words = [w.lower() for w in _WORD_RE.findall(text[left_limit:start])]
    for index in range(len(left_words) - 1, -1, -1):
        tense = _word_tense(left_words, index)
        if tense:
            return tense
    right = text[end : end + 120]
    stop_match = _SENTENCE_END_RE.search(right)
    if stop_match:
        right = right[: stop_match.start()]
    right_words = [w.lower() for w in _WORD_RE.findall(right)]
    for index in range(len(right_words)):
        tense = _word_tense(right_words, index)
        if tense:
            return tense
    return default


# ---------------------------------------------------------------------------------------------
# Normaliser
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Anchor:
    """The running reference: the most recent date mentioned (parts may be unknown)."""

    year: int
    month: int | None = None
    day: int | None = None

    def as_date(self) -> date | None:
        if self.month is None or self.day is None or self.year < 1:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


_UNIT_CODE = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "millennium": "ML", "millenni": "ML", "weekend": "W",
}  # fmt: skip


def _unit_code(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("a") and word.startswith("millenni"):
        word = "millennium"
    elif word.endswith("s"):
        word = word[:-1]
    return _UNIT_CODE.get(word, UNITS.get(word, "D"))


def _duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT48H, P10Y for a decade, PXD for "several days".

    Durations keep to ISO 8601's units, as ISO-TimeML does: decades and centuries are
    years, counted ("a decade": P10Y) or not ("decades": PXY).

    >>> _duration_value(48, "H"), _duration_value(None, "D"), _duration_value(1, "DE")
    ('PT48H', 'PXD', 'P10Y')
    >>> _duration_value(None, "DE")
    'PXY'
    """
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "2W": (2, "W"), "Q": (3, "M")}
    factor, code = scale.get(unit, (1, unit))
    if amount is None:
        count = "X"
    else:
        total = amount * factor
        count = str(int(total)) if total == int(total) else f"{total:g}"
    if code in ("H", "MIN", "S"):
        return f"PT{count}{'M' if code == 'MIN' else code}"
    return f"P{count}{code}"


_MOD_BY_APPROX = {
    "over": "MORE_THAN", "more than": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "barely": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "just": None, "only": None,
}  # fmt: skip
_POSITION_MOD = {
    "beginning": "START", "start": "START", "dawn": "START", "early": "START", "early part": "START",  # noqa: E501
    "first part": "START", "first months": "START", "opening months": "START",
    "closing months": "END", "middle": "MID", "mid": "MID", "end": "END",
    "close": "END", "late": "END", "latter part": "END", "later part": "END", "last part": "END",
    "final months": "END",
}  # fmt: skip


@dataclass(slots=True)
class _Normaliser:
    text: str
    reference: date | None
    narrative: bool
    anchor: _Anchor | None = None
    anchor_at: int = -1
    out: list[Timex] = field(default_factory=list)

    # -- reference helpers ------------------------------------------------------------------

    def deictic_day(self) -> date | None:
        if self.narrative:
            if self.anchor is not None and self.anchor.as_date() is not None:
                return self.anchor.as_date()
            return self.reference if self.anchor is None else None
        return self.reference

    def anaphoric_day(self, code: str = "D") -> date | None:
        """The day an anaphoric expression of unit ``code`` counts from.

        The running reference when it is precise enough for the unit (a year for "the
        following year", a day for "the next day"); otherwise, in news, the reference date,
        and in narrative None (the caller then keeps what is known and X's the rest).
        """
        anchor = self.anchor
        if anchor is None:
            return self.reference
        full = anchor.as_date()
        if full is not None:
            return full
        if anchor.year >= 1 and (
            code in ("Y", "DE", "CE", "ML") or (code in ("M", "Q") and anchor.month is not None)
        ):
            return date(anchor.year, anchor.month or 1, 1)
        return None if self.narrative else self.reference

    def anaphoric_parts(self) -> _Anchor | None:
        if self.anchor is not None:
            return self.anchor
        if self.reference is not None:
            return _Anchor(self.reference.year, self.reference.month, self.reference.day)
        return None

    def remember(self, value: str, start: int | None = None, end: int | None = None) -> None:
        """Move the running reference to a date just mentioned.

        Asides do not move it: a date in parentheses (a citation, a life span), after
        "until" (where a span ends), or a year or month used as a modifier ("the 1614 rules",
        "the August 1792 uprising").
        """
        match = _CALENDAR_PREFIX_RE.match(value)
        if match is None or "X" in value[:10]:
            return
        if start is not None:
            before = self.text[max(0, start - 200) : start]
            if before.rfind("(") > before.rfind(")"):
                return
            if _NO_ANCHOR_BEFORE_RE.search(before[-70:]):
                return
            if (
                _YEAR_OR_BC_RE.fullmatch(value)
                and _NOUN_AFTER_YEAR_RE.match(self.text[start + 4 : start + 30])
                and _THE_BEFORE_RE.search(before)
            ):
                return
            if (
                end is not None
                and _MONTH_VALUE_RE.fullmatch(value)
                and _NOUN_AFTER_YEAR_RE.match(self.text[end : end + 26])
                and _THE_BEFORE_RE.search(before)
            ):
                return
        year = int(match[2]) * (-1 if match[1] else 1)
        month = int(match[3]) if match[3] else None
        day = int(match[4]) if match[4] else None
        if (
            self.anchor is not None
            and day is None
            and month is not None
            and self.anchor.year == year
            and self.anchor.month == month
        ):
            return  # "in October" after "October 3" keeps the day
        if self.anchor is not None and month is None and self.anchor.year == year:
            return  # a bare year repeated keeps the finer anchor
        if (
            self.narrative
            and start is not None
            and month is None
            and self.anchor is not None
            and self.anchor.month is not None
            and not self.near_sentence_start(start)
        ):
            # "...for a planned campaign in 1976": a year in passing is no new scene
            return
        self.anchor = _Anchor(year, month, day)
        if start is not None:
            self.anchor_at = start

    def near_sentence_start(self, start: int) -> bool:
        """Whether at most three words precede ``start`` in its sentence ("In 1940, ...")."""
        window_start = max(0, start - 60)
        sentence_start = window_start if window_start else 0
        for stop in _SENTENCE_END_RE.finditer(self.text, window_start, start):
            sentence_start = stop.end()
        if window_start and sentence_start == window_start:
            return False
        return len(_WORD_RE.findall(self.text, sentence_start, start)) <= 3

    def pick_year(
        self, month: int, day: int | None, span: tuple[int, int] | None = None
    ) -> int | None:
        """Year for a month (and day) written without one.

        News: a past-tense clause takes the latest such date not after the reference, a
        future one the earliest not before it, and otherwise the nearest one.
        """
        if self.narrative or self.reference is None:
            parts = self.anaphoric_parts()
            if parts is None:
                return None
            if parts.month is not None and parts.month - month >= NARRATIVE_ROLLOVER_MONTHS:
                return parts.year + 1  # "December 7, 1941 ... In January" is January 1942
            return parts.year
        ref = self.reference
        tense = _tense(self.text, span[0], span[1], None) if span else None  # present: nearest
        options: list[tuple[date, date, int]] = []
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                first = date(year, month, day or 1)
                last = date(year, month, day) if day else _month_end(year, month)
            except ValueError:
                continue
            options.append((first, last, year))
        if not options:
            return None
        if tense == "past":
            past = [o for o in options if o[0] <= ref]
            if past:
                return past[-1][2]
        elif tense == "future":
            future = [o for o in options if o[1] >= ref]
            if future:
                return future[0][2]
        middle = {o[2]: o[0] + (o[1] - o[0]) / 2 for o in options}
        return min(middle, key=lambda y: abs((middle[y] - ref).days))

    # -- output -----------------------------------------------------------------------------

    def emit(
        self,
        start: int,
        end: int,
        type_: str,
        value: str,
        mod: str | None = None,
        *,
        interval: tuple[date | None, date | None, str | None] | None = None,
        remember: bool = True,
    ) -> None:
        start, end = self.trim(start, end)
        if start >= end:
            return
        if type_ in ("DATE", "TIME"):
            date_start, date_end, grain = (
                interval if interval is not None else _interval(value, mod)
            )
        else:
            date_start = date_end = grain = None
        self.out.append(
            Timex(start, end, self.text[start:end], type_, value, mod, grain, date_start, date_end)
        )
        if remember and type_ in ("DATE", "TIME") and interval is None:
            self.remember(value, start, end)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        span = self.text[start:end]
        stripped = span.rstrip(" ,.;:")
        if span.endswith(".") and _KEEP_POINT_RE.search(span):
            stripped = span  # keep the point of "Oct." and "a.m."
        end = start + len(stripped)
        lead = _LEADING_PREPOSITION_RE.match(self.text[start:end])
        if lead:
            start += lead.end()
        return start, end

    # -- kinds ------------------------------------------------------------------------------

    def calendar(self, cand: _Candidate) -> None:
        """Dates written with a month name or digits: dateparser reads the date string.

        For "Monday, October 23rd, 2023" dateparser reads "October 23" (the weekday and the
        year are checked separately, so that a weekday that disagrees cannot move the date and
        the parse of "October 23" is shared by every document that mentions it).
        """
        match = cand.match
        kind = cand.kind
        start, end = cand.start, cand.end
        if kind in ("month", "my"):
            month = MONTHS[match["mon"].lower().rstrip(".")]
            year_text = (match["year"] or match["eyear"]) if kind == "my" else None
            era = (match["era"] or match["era2"] or "") if kind == "my" else ""
            sign = -1 if era.upper().startswith("B") else 1
            self.month_only(start, end, month, int(year_text) * sign if year_text else None)
            return
        if kind in ("numeric", "iso"):
            date_end = match.start("hh") - 1 if kind == "iso" and match["hh"] else end
            parsed = _parse_calendar(self.text[start:date_end])
            if parsed is None:
                return
            if kind == "iso" and match["hh"]:
                clock = f"T{match['hh']}:{match['mm']}"
                value = f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}{clock}"
                self.emit(start, end, "TIME", value)
                return
            self.day_value(start, end, parsed[0], parsed[1], parsed[2])
            return
        month_name, day_text = match["mon"], match["day"]
        date_text = f"{month_name} {day_text}" if kind == "mdy" else f"{day_text} {month_name}"
        parsed = _parse_calendar(date_text)
        if parsed is None:
            return
        _, month, day = parsed
        year: int | None
        if match["year"]:
            era = match["era"] or ""
            year = int(match["year"]) * (-1 if era.upper().startswith("B") else 1)
        else:
            borrowed = self.borrow(end)
            year = borrowed if borrowed is not None else self.pick_year(month, day, (start, end))
        self.day_value(start, end, year, month, day)
        range_end = _RANGE_END_RE.match(self.text, end) if kind == "mdy" else None
        if range_end is not None and int(range_end["day2"]) > day:
            # "July 9-11": the last day of the range is a date of its own
            last = range_end.end("year2") if range_end["year2"] else range_end.end("day2")
            self.day_value(range_end.start("day2"), last, year, month, int(range_end["day2"]))

    def borrow(self, end: int) -> int | None:
        """Year written after a range partner: "12-14 July 1950", "August-September 1950"."""
        match = _BORROW_RE.match(self.text, end, min(len(self.text), end + 40))
        if match is None:
            return None
        year = int(match["byear"])
        return -year if match["bera"] else year

    def day_value(self, start: int, end: int, year: int | None, month: int, day: int) -> None:
        if year is None:
            self.emit(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}", remember=False)
            return
        try:
            if year > 0:
                date(year, month, day)
        except ValueError:
            return
        self.emit(start, end, "DATE", f"{_year_value(year)}-{month:02d}-{day:02d}")

    def month_only(self, start: int, end: int, month: int, year: int | None) -> None:
        if year is None:
            year = self.borrow(end)
        if year is None:
            year = self.pick_year(month, None, (start, end))
        if year is None:
            self.emit(start, end, "DATE", f"XXXX-{month:02d}", remember=False)
            return
        self.emit(start, end, "DATE", f"{_year_value(year)}-{month:02d}")

    def month_rel(self, cand: _Candidate) -> None:
        """ "August of that year", "July 25 of that year", "the previous April"."""
        match = cand.match
        if match["ofrel"]:
            month = MONTHS[match["mon"].lower().rstrip(".")]
            relation = _squash(match["ofrel"].lower())
            shift = {"the following": 1, "the next": 1, "next": 1, "the previous": -1,
                     "the preceding": -1, "last": -1}.get(relation, 0)  # fmt: skip
            deictic = relation in ("this", "last", "next")
            if deictic and not self.narrative and self.reference is not None:
                year: int | None = self.reference.year + shift
            else:
                parts = self.anaphoric_parts()
                year = parts.year + shift if parts is not None else None
            if year is None:
                self.emit(cand.start, cand.end, "DATE", f"XXXX-{month:02d}", remember=False)
                return
            if match["day"]:
                self.day_value(cand.start, cand.end, year, month, int(match["day"]))
            else:
                self.emit(cand.start, cand.end, "DATE", f"{_year_value(year)}-{month:02d}")
            return
        month = MONTHS[match["mon2"].lower().rstrip(".")]
        relation = match["mrel"].lower()
        anaphoric = relation in ("previous", "following", "same", "that", "preceding") or (
            self.narrative
        )
        parts = self.anaphoric_parts() if anaphoric else None
        if not anaphoric and self.reference is not None:
            parts = _Anchor(self.reference.year, self.reference.month, self.reference.day)
        if parts is None or parts.month is None:
            self.emit(cand.start, cand.end, "DATE", f"XXXX-{month:02d}", remember=False)
            return
        year = parts.year
        if relation in ("previous", "last", "preceding") and month >= parts.month:
            year -= 1
        elif relation in ("following", "next", "coming") and month <= parts.month:
            year += 1
        self.emit(cand.start, cand.end, "DATE", f"{_year_value(year)}-{month:02d}")

    def week_of_month(self, cand: _Candidate) -> None:
        """ "the first week of November": the ISO week holding its first (or last) days."""
        match = cand.match
        month = MONTHS[match["mon"].lower().rstrip(".")]
        year = (
            int(match["year"])
            if match["year"]
            else self.pick_year(month, None, (cand.start, cand.end))
        )
        if year is None or year < 1:
            self.emit(cand.start, cand.end, "DATE", f"XXXX-{month:02d}", remember=False)
            return
        nth = match["nth"].lower()
        if nth in ("last", "final"):
            day = _month_end(year, month) - timedelta(days=3)
        else:
            day = date(year, month, 7 * (["first", "second", "third", "fourth"].index(nth)) + 4)
        iso = day.isocalendar()
        self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}")

    def ordinal_day(self, cand: _Candidate) -> None:
        day = int(cand.match["day"])
        month_match = _BORROW_MONTH_RE.match(
            self.text, cand.end, min(len(self.text), cand.end + 40)
        )
        year = self.borrow(cand.end)
        if month_match:
            month = MONTHS[month_match["bmon"].lower().rstrip(".")]
        else:
            parts = self.anaphoric_parts()
            if parts is None or parts.month is None:
                self.emit(cand.start, cand.end, "DATE", f"XXXX-XX-{day:02d}", remember=False)
                return
            month = parts.month
            if not self.narrative and self.reference is not None and self.anchor is None:
                # news: the nearest such day of a month around the reference
                ref = self.reference
                options = [_add_months(ref.replace(day=1), k) for k in (-1, 0, 1)]
                best = min(
                    (o for o in options if day <= _month_end(o.year, o.month).day),
                    key=lambda o: abs((o.replace(day=day) - ref).days),
                    default=None,
                )
                if best is None:
                    return
                self.day_value(cand.start, cand.end, best.year, best.month, day)
                return
        if year is None:
            year = self.pick_year(month, day, (cand.start, cand.end))
        self.day_value(cand.start, cand.end, year, month, day)

    def year(self, cand: _Candidate) -> None:
        match = cand.match
        if cand.kind == "era_year":
            number = int(match["n"] or match["n2"] or match["n3"])
            era = (match["era"] or ("BC" if match["n3"] else "AD")).upper()
            year = -number if era.startswith("B") else number
            if year == 0:
                return
            self.emit(cand.start, cand.end, "DATE", _year_value(year))
            return
        if cand.kind == "apos_year":
            two = int(match["yy"])
            parts = self.anaphoric_parts()
            if parts is not None and parts.year > 0:
                century = parts.year // 100 * 100
                year = century + two
                if year > parts.year + 1:
                    year -= 100
            else:
                year = 1900 + two
            self.emit(cand.start, cand.end, "DATE", _year_value(year))
            return
        self.emit(cand.start, cand.end, "DATE", match["year"])

    def decade(self, cand: _Candidate) -> None:
        match = cand.match
        if match["dec"]:
            value = match["dec"][:3]
        else:
            tens = (
                int(match["dec2"] or match["dec3"] or 0) // 10
                if not match["decw"]
                else DECADE_WORDS[match["decw"].lower()]
            )
            parts = self.anaphoric_parts()
            century = parts.year // 100 if parts is not None and parts.year > 0 else 19
            if not self.narrative and parts is not None and century * 100 + tens * 10 > parts.year:
                century -= 1
            value = f"{century:02d}{tens}"
        self.emit(cand.start, cand.end, "DATE", value)

    def century(self, cand: _Candidate) -> None:
        match = cand.match
        number = int(match["cn"]) if match["cn"] else ORDINALS.get(match["cw"].lower(), 0)
        if number < 1:
            return
        bc = bool(match["cera"]) and match["cera"].upper().startswith("B")
        value = f"BC{number - 1:02d}" if bc else f"{number - 1:02d}"
        self.emit(cand.start, cand.end, "DATE", value, remember=not bc)

    def quarter(self, cand: _Candidate) -> None:
        match = cand.match
        which = (match["q"] or match["qn"] or "").lower()
        half = (match["qh"] or "").lower() == "half" or which.startswith("h")
        year_text = match["year"] or match["year2"] or match["year3"]
        base = (
            self.deictic_day()
            if (match["q"] or "").lower() in ("last", "previous", "current", "next", "latest")
            else self.anaphoric_day()
        )
        ordinal = {
            "first": 1,
            "1st": 1,
            "second": 2,
            "2nd": 2,
            "third": 3,
            "3rd": 3,
            "fourth": 4,
            "4th": 4,
        }
        count = 2 if half else 4
        if which[:1] in ("q", "h") and which[1:].isdigit():
            number = int(which[1])
        elif which in ordinal:
            number = ordinal[which]
        else:
            if base is None:
                self.emit(
                    cand.start,
                    cand.end,
                    "DATE",
                    "XXXX-QX" if not half else "XXXX-HX",
                    remember=False,
                )
                return
            current = (base.month - 1) // (12 // count) + 1
            shift = {"last": -1, "previous": -1, "latest": -1, "next": 1}.get(which, 0)
            index = base.year * count + current - 1 + shift
            year, number = index // count, index % count + 1
            self.emit(cand.start, cand.end, "DATE", f"{year:04d}-{'H' if half else 'Q'}{number}")
            return
        if number > count:
            return
        if year_text:
            year = int(year_text)
        elif base is not None:
            year = base.year
            qy = (match["qy"] or "").lower()
            if qy in ("last", "the previous"):
                year -= 1
            elif qy == "next":
                year += 1
            elif not qy and not self.narrative and self.reference is not None:
                current = (self.reference.month - 1) // (12 // count) + 1
                tense = _tense(self.text, cand.start, cand.end)
                if tense == "past" and number > current:
                    year -= 1
                elif tense == "future" and number < current:
                    year += 1
        else:
            self.emit(
                cand.start, cand.end, "DATE", f"XXXX-{'H' if half else 'Q'}{number}", remember=False
            )
            return
        self.emit(cand.start, cand.end, "DATE", f"{year:04d}-{'H' if half else 'Q'}{number}")

    def fiscal(self, cand: _Candidate) -> None:
        match = cand.match
        if match["year"]:
            year = int(match["year"])
        elif match["fy"]:
            year = int(match["fy"]) if len(match["fy"]) == 4 else 2000 + int(match["fy"])
        else:
            base = self.deictic_day()
            if base is None:
                self.emit(cand.start, cand.end, "DATE", "FYXXXX", remember=False)
                return
            shift = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(
                (match["fmod"] or "").lower(), 0
            )
            year = base.year + shift
        interval = (date(year, 1, 1), date(year, 12, 31), "year")
        self.emit(cand.start, cand.end, "DATE", f"FY{year:04d}", interval=interval)

    def weekday(self, cand: _Candidate) -> None:
        match = cand.match
        weekday = WEEKDAYS[match["wd"].lower()]
        relation = (match["wmod"] or "").lower()
        part = (match.groupdict().get("part") or "").lower()
        if relation == "that" or self.narrative:
            base = self.anaphoric_day()
            direction = "forward"
        else:
            base = self.deictic_day()
            if relation in ("last", "past", "previous"):
                direction = "before"
            elif relation in ("next", "coming", "following"):
                direction = "after"
            else:
                tense = _tense(self.text, cand.start, cand.end)
                direction = "back" if tense == "past" else "forward"  # present, future: ahead
        if base is None:
            value = f"XXXX-WXX-{weekday}"
            if part:
                value += f"T{DAY_PARTS[part]}"
            self.emit(cand.start, cand.end, "TIME" if part else "DATE", value, remember=False)
            return
        delta = weekday - base.isoweekday()
        if direction == "back":
            delta = delta if delta <= 0 else delta - 7
        elif direction == "forward":
            delta = delta if delta >= 0 else delta + 7
        elif direction == "before":
            delta = delta if delta < 0 else delta - 7
        else:
            delta = delta if delta > 0 else delta + 7
        day = base + timedelta(days=delta)
        if part:
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
        else:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())

    def relday(self, cand: _Candidate) -> None:
        match = cand.match
        word = (match["rd"] or match["rm"] or "").lower()
        part = (match["part"] or match["part2"] or "").lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)  # "last night"
        if match["dba"]:
            offset = -2 if match["dba"].lower().startswith("before") else 2
        if word == "tonight":
            part = "night"
        if word == "overnight":
            part = "night"
        base = self.deictic_day()
        if base is None:
            value = "XXXX-XX-XX" + (f"T{DAY_PARTS[part]}" if part else "")
            if word == "today" and self.narrative:
                self.emit(cand.start, cand.end, "DATE", "PRESENT_REF", remember=False)
                return
            self.emit(cand.start, cand.end, "TIME" if part else "DATE", value, remember=False)
            return
        day = base + timedelta(days=offset)
        if part:
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[part]}")
        else:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())

    def relunit(self, cand: _Candidate) -> None:
        match = cand.match
        relation = match["rel"].lower()
        unit_word = match["unit"].lower()
        has_the = bool(match["det"])
        if relation == "past" or (
            relation == "last" and has_the and unit_word in ("decade", "century")
        ):
            if unit_word in SEASONS or unit_word in DAY_PARTS or unit_word == "weekend":
                relation = "last"
            else:
                value = _duration_value(1, _unit_code(unit_word))
                self.emit(cand.start, cand.end, "DURATION", value)
                return
        anaphoric = (
            relation in ("previous", "preceding", "prior", "same", "that")
            or (has_the and relation in ("next", "following"))
            or relation == "following"
        )
        unit_code = _unit_code(unit_word) if unit_word not in SEASONS else "Y"
        base = self.anaphoric_day(unit_code) if anaphoric else self.deictic_day()
        if self.narrative and base is None:
            base = self.anaphoric_day(unit_code)
        shift = {
            "last": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1,
            "following": 1, "upcoming": 1,
        }.get(relation, 0)  # fmt: skip
        if base is None:
            parts = self.anaphoric_parts()
            if parts is not None and unit_word == "year" and parts.year:
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + shift))
                return
            if parts is not None and unit_word == "month" and parts.month:
                month_index = parts.year * 12 + parts.month - 1 + shift
                value = f"{_year_value(month_index // 12)}-{month_index % 12 + 1:02d}"
                self.emit(cand.start, cand.end, "DATE", value)
                return
            if parts is not None and unit_word in ("day", "week", "decade", "century"):
                self.emit(cand.start, cand.end, "DATE", _partial_value(parts, unit_word, shift))
                return
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                {1: "FUTURE_REF", -1: "PAST_REF"}.get(shift, "PRESENT_REF"),
                remember=False,
            )
            return
        if unit_word in SEASONS:
            season = SEASONS[unit_word]
            first, last = _SEASON_MONTHS[season]
            year = base.year
            if season == "WI" and base.month <= 2:
                year -= 1
            if shift == -1:
                end_month_year = year + 1 if last < first else year
                if _month_end(end_month_year, last) >= base:
                    year -= 1
            elif shift == 1 and date(year, first, 1) <= base:
                year += 1
            self.emit(cand.start, cand.end, "DATE", f"{year:04d}-{season}")
            return
        if unit_word in DAY_PARTS:
            day = base + timedelta(days=shift)
            self.emit(cand.start, cand.end, "TIME", f"{day.isoformat()}T{DAY_PARTS[unit_word]}")
            return
        if unit_word == "weekend":
            day = base + timedelta(weeks=shift)
            iso = day.isocalendar()
            self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}-WE")
            return
        code = _unit_code(unit_word)
        moved = _shift(base, shift, code)
        if moved is None:
            return
        self.emit(cand.start, cand.end, "DATE", _value_at(moved, code))

    def the_day_after(self, cand: _Candidate) -> None:
        match = cand.match
        shift = 1 if match["ba"].lower() in ("after", "later") else -1
        code = _unit_code(match["unit"])
        base = self.anaphoric_day(code)
        if base is None:
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                "FUTURE_REF" if shift > 0 else "PAST_REF",
                remember=False,
            )
            return
        day = _shift(base, shift, code)
        if day is not None:
            self.emit(cand.start, cand.end, "DATE", _value_at(day, code))

    def unit_end(self, cand: _Candidate) -> None:
        match = cand.match
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        mod: str | None
        if match["unit"]:
            mod = "END"
        elif match["unit2"]:
            mod = "START"
        else:
            position = _squash(match["pos"].lower())
            mod = _POSITION_MOD.get(position)
            if position in ("first half", "second half", "latter half"):
                mod = "H1" if position == "first half" else "H2"
            elif mod is None:
                return  # "the rest of the year" is not one period
        det = (match["det"] or "the").lower()
        shift = {"last": -1, "next": 1}.get(det, 0)
        code = _unit_code(unit)
        # news: "the end of the year" is this year's; narrative: the running reference's
        anaphoric = det == "that" or (det == "the" and self.narrative)
        base = self.anaphoric_day(code) if anaphoric else self.deictic_day()
        if mod in ("H1", "H2"):
            parts = self.anaphoric_parts() if base is None else _Anchor(base.year)
            if code == "Y" and parts is not None:
                value = f"{_year_value(parts.year + shift)}-{mod}"
                self.emit(cand.start, cand.end, "DATE", value, remember=False)
            return
        if base is None:
            parts = self.anaphoric_parts()
            if parts is not None and code == "Y":
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + shift), mod)
            elif parts is not None and code == "M" and parts.month:
                self.emit(
                    cand.start,
                    cand.end,
                    "DATE",
                    f"{_year_value(parts.year)}-{parts.month:02d}",
                    mod,
                )
            return
        day = _shift(base, shift, code)
        if day is None:
            return
        if unit == "century" and match["unit2"]:
            value = f"{(day.year + 50) // 100:02d}"
        else:
            value = _value_at(day, code)
        self.emit(cand.start, cand.end, "DATE", value, mod, remember=False)

    def ago(self, cand: _Candidate, direction: str | None = None) -> None:
        """ "two years ago", "three days later"; with ``direction``, "two days after <event>"."""
        match = cand.match
        code = _unit_code(match["unit"])
        amount = (
            _number(match["num"])
            if match["num"]
            else (1.0 if not match["unit"].lower().endswith("s") else None)
        )
        direction = direction or _squash(match["dir"].lower())
        approx = _squash((match["amod"] or "").lower())
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "since") else 1
        if direction == "since":
            # "three years since" reads as a duration
            self.emit(
                cand.start,
                cand.start + len(match.group(0)) - len(match["dir"]) - 1,
                "DURATION",
                _duration_value(amount, code),
            )
            return
        deictic = direction in ("ago", "hence", "from now")
        base = self.deictic_day() if deictic else self.anaphoric_day(code)
        parts = self.anaphoric_parts()
        if base is None and amount is not None and amount == int(amount) and parts is not None:
            # the running reference is a month or a year: shift what is known
            count = sign * int(amount)
            if code in ("Y", "DE", "CE"):
                factor = {"Y": 1, "DE": 10, "CE": 100}[code]
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year + count * factor))
                return
            if code == "M" and parts.month is not None:
                index = parts.year * 12 + parts.month - 1 + count
                value = f"{_year_value(index // 12)}-{index % 12 + 1:02d}"
                self.emit(cand.start, cand.end, "DATE", value)
                return
            month_part = f"{parts.month:02d}" if parts.month is not None else "XX"
            value = f"{_year_value(parts.year)}-{month_part}-XX"
            self.emit(cand.start, cand.end, "DATE", value, remember=False)
            return
        if amount is None or base is None or code in ("H", "MIN", "S"):
            if amount is None or base is None:
                value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                if base is None and amount is not None and not self.narrative:
                    value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                self.emit(cand.start, cand.end, "DATE", value, remember=False)
            else:
                hours = {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code] * amount * sign
                moment = datetime.combine(base, datetime.min.time()) + timedelta(hours=hours)
                self.emit(cand.start, cand.end, "DATE", moment.date().isoformat())
            return
        whole = int(amount) if amount == int(amount) else None
        if whole is None:
            self.emit(
                cand.start,
                cand.end,
                "DATE",
                "PAST_REF" if sign < 0 else "FUTURE_REF",
                remember=False,
            )
            return
        anchor_day = _shift(base, sign * whole, code)
        if anchor_day is None:
            return
        value = _value_at(anchor_day, code)
        mod = _MOD_BY_APPROX.get(approx) if approx else None
        if sign < 0 and mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            # "over a decade ago": some time before that point, a period as long again
            earliest = _shift(base, 2 * sign * whole, code) or anchor_day
            if anchor_day <= earliest:  # the start of the calendar: no earlier day to give
                return
            interval = (earliest, anchor_day - timedelta(days=1), _granularity_of(code))
            self.emit(cand.start, cand.end, "DATE", value, "BEFORE", interval=interval)
            if deictic:  # "just over a year earlier" is a glance back, as below
                self.remember(value)
            return
        if sign < 0 and mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            mod = "AFTER"
        elif mod in ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS"):
            mod = "AFTER" if mod.startswith(("MORE", "EQUAL_OR_MORE")) else "BEFORE"
        # a narrative moves forward: "three days later" is the new scene, "a year earlier"
        # is a glance back that does not move the running reference
        self.emit(cand.start, cand.end, "DATE", value, mod, remember=sign > 0 or deictic)

    def duration(self, cand: _Candidate) -> None:
        match = cand.match
        unit = match["unit"]
        code = _unit_code(unit)
        plural = unit.lower().endswith(("s", "ies", "ia"))
        if match["num"] is not None:
            amount = _number(match["num"])
            if plural and match["num"].lower() in ("a", "an"):
                amount = None  # "a years' time", "a months-long siege"
        else:
            amount = 1.0 if not plural else None
        approx = _squash((match.groupdict().get("amod") or "").lower())
        mod = _MOD_BY_APPROX.get(approx) if approx else None
        dmod = (match["dmod"] or "").lower() if match["num"] is None else ""
        if dmod in (
            "last",
            "previous",
            "next",
            "following",
            "coming",
        ) and not unit.lower().endswith("s"):
            return  # "the last year" is a date, handled by relunit
        start = cand.start
        if (
            not (plural or approx or dmod or match["dir"] or match["long"] or match["age"])
            and (match["num"] or "").lower() in ("a", "an")
            and _RATE_BEFORE_RE.search(self.text, max(0, start - 40), start)
        ):
            self.emit(start, cand.end, "SET", _duration_value(1, code))  # "$5 a day"
            return
        if match["long"] and match["num"] and match["num"].lower() in ("a", "an"):
            start = match.start("unit")  # "a month-long siege": the article is the noun's
        elif approx in ("just", "only"):
            start = match.start("num") if match["num"] else start  # "just one year": no mod
        self.emit(start, cand.end, "DURATION", _duration_value(amount, code), mod)

    def bare_units(self, cand: _Candidate) -> None:
        code = _unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", _duration_value(None, code))

    def time(self, cand: _Candidate) -> None:
        match = cand.match
        if match["noon"]:
            hour, minute = (12, 0) if match["noon"].lower() in ("noon", "midday") else (24, 0)
        elif match["oc"]:
            hour, minute = int(_number(match["oc"]) or 0), 0
        elif match["h24"] is not None:
            hour, minute = int(match["h24"]), int(match["mi24"])
        else:
            hour, minute = int(match["h"]), int(match["mi"] or 0)
            if hour > 12 or hour == 0:
                return
            pm = match["ap"].lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        base = self.deictic_day()
        if self.anchor is not None and self.anchor.as_date() is not None:
            same_sentence = self.anchor_at >= 0 and not _SENTENCE_END_RE.search(
                self.text, self.anchor_at, cand.start
            )
            # a clock time belongs to the day last mentioned: in news only within its sentence
            if same_sentence or self.narrative:
                base = self.anchor.as_date()
        clock = f"T{hour:02d}:{minute:02d}"
        if base is None:
            self.emit(cand.start, cand.end, "TIME", "XXXX-XX-XX" + clock, remember=False)
            return
        self.emit(cand.start, cand.end, "TIME", base.isoformat() + clock, remember=False)

    def set_(self, cand: _Candidate) -> None:
        match = cand.match
        if cand.kind == "weekday_set":
            name = (match["wd"] or match["wdp"]).lower()
            self.emit(cand.start, cand.end, "SET", f"XXXX-WXX-{WEEKDAYS[name]}")
            return
        if match["sw"]:
            self.emit(cand.start, cand.end, "SET", SET_WORDS[match["sw"].lower()])
            return
        unit = (match["unit"] or match["unit2"]).lower().rstrip("s")
        if unit in DAY_PARTS:
            self.emit(cand.start, cand.end, "SET", f"XXXX-XX-XXT{DAY_PARTS[unit]}")
            return
        if unit in SEASONS:
            self.emit(cand.start, cand.end, "SET", f"XXXX-{SEASONS[unit]}")
            return
        amount = _number(match["num"]) if match["num"] else 1.0
        if "other" in match.group(0).lower() and amount is not None:
            amount *= 2
        code = "W" if unit == "weekend" else _unit_code(unit)
        self.emit(cand.start, cand.end, "SET", _duration_value(amount, code))

    def season(self, cand: _Candidate) -> None:
        match = cand.match
        season = SEASONS[(match["season"] or match["season2"]).lower()]
        relation = (match["srel"] or "").lower()
        year: int | None
        if match["year"] or match["year2"]:
            year = int(match["year"] or match["year2"])
        elif match["syear"]:
            year = -int(match["syear"])
        else:
            shift = {
                "last": -1,
                "past": -1,
                "previous": -1,
                "next": 1,
                "coming": 1,
                "following": 1,
            }.get(relation, 0)
            anaphoric = relation in ("that", "following", "previous", "same") or self.narrative
            base = self.anaphoric_day() if anaphoric else self.deictic_day()
            if base is None:
                parts = self.anaphoric_parts()
                if parts is None:
                    self.emit(cand.start, cand.end, "DATE", f"XXXX-{season}", remember=False)
                    return
                year = parts.year + shift
            else:
                first, last = _SEASON_MONTHS[season]
                year = base.year
                if not self.narrative and not relation:
                    # news: the nearest such season around the reference
                    tense = _tense(self.text, cand.start, cand.end)
                    if tense == "past" and date(year, first, 1) > base:
                        year -= 1
                    elif (
                        tense == "future"
                        and _month_end(year + 1 if last < first else year, last) < base
                    ):
                        year += 1
                elif shift == -1:
                    if _month_end(year + 1 if last < first else year, last) >= base:
                        year -= 1
                elif shift == 1 and date(year, first, 1) <= base:
                    year += 1
        self.emit(cand.start, cand.end, "DATE", f"{_year_value(year)}-{season}")

    def holiday(self, cand: _Candidate) -> None:
        match = cand.match
        name = _squash(match["hol"].lower())
        if name in HISTORIC_DAYS:
            self.emit(cand.start, cand.end, "DATE", HISTORIC_DAYS[name])
            return
        year = int(match["year"]) if match["year"] else None

        def on(year: int) -> date | None:
            if name in FIXED_HOLIDAYS:
                month, day = (int(p) for p in FIXED_HOLIDAYS[name].split("-"))
                return date(year, month, day)
            if name in EASTER_HOLIDAYS:
                return _easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
            month, weekday, nth = FLOATING_HOLIDAYS[name]
            first = date(year, month, 1)
            if nth > 0:
                offset = (weekday - first.isoweekday()) % 7
                return first + timedelta(days=offset + 7 * (nth - 1))
            last = _month_end(year, month)
            return last - timedelta(days=(last.isoweekday() - weekday) % 7)

        if year is None:
            probe = on(2000)
            if probe is None:
                return
            year = self.pick_year(probe.month, probe.day, (cand.start, cand.end))
        if year is None or year < 1:
            self.emit(cand.start, cand.end, "DATE", "XXXX-XX-XX", remember=False)
            return
        day = on(year)
        if day is not None:
            self.emit(cand.start, cand.end, "DATE", day.isoformat())

    def the_unit(self, cand: _Candidate) -> None:
        """ "in the quarter", "for the year", "over the weekend": the period in question,
        the one of the last date mentioned (the reference date when none is)."""
        unit = cand.match["unit"].lower()
        if unit == "weekend":
            base = self.deictic_day()
            if base is None:
                self.emit(cand.start, cand.end, "DATE", "XXXX-WXX-WE", remember=False)
                return
            tense = _tense(self.text, cand.start, cand.end)
            # the weekend just past (or, in a future clause, the coming one)
            offset = (base.isoweekday() - 6) % 7 if tense == "past" else (6 - base.isoweekday()) % 7
            day = (
                base - timedelta(days=offset) if tense == "past" else base + timedelta(days=offset)
            )
            iso = day.isocalendar()
            self.emit(cand.start, cand.end, "DATE", f"{iso.year:04d}-W{iso.week:02d}-WE")
            return
        code = _unit_code(unit)
        same_sentence = self.anchor_at >= 0 and not _SENTENCE_END_RE.search(
            self.text, self.anchor_at, cand.start
        )
        # news: "later in the week" is this week, unless a date in its sentence says which
        base = self.anaphoric_day(code) if self.narrative or same_sentence else self.deictic_day()
        if base is None:
            parts = self.anaphoric_parts()
            if parts is not None and code == "Y":
                self.emit(cand.start, cand.end, "DATE", _year_value(parts.year), remember=False)
            return
        self.emit(cand.start, cand.end, "DATE", _value_at(base, code), remember=False)

    def night(self, cand: _Candidate) -> None:
        """ "at night", "during the daytime": a part of an unspecified day."""
        word = cand.match["x"].lower().replace("-", "")
        part = "DT" if word.startswith("day") else "NI"
        self.emit(cand.start, cand.end, "TIME", f"XXXX-XX-XXT{part}", remember=False)

    def to_date(self, cand: _Candidate) -> None:
        self.emit(cand.start, cand.end, "DATE", "PRESENT_REF", remember=False)

    def vague(self, cand: _Candidate) -> None:
        phrase = _squash(cand.match.group(0).lower())
        value = VAGUE_NEWS.get(phrase) or VAGUE_NARRATIVE.get(phrase) or "PRESENT_REF"
        self.emit(cand.start, cand.end, "DATE", value, remember=False)

    def decades_long(self, cand: _Candidate) -> None:
        code = _unit_code(cand.match["unit"])
        self.emit(cand.start, cand.end, "DURATION", _duration_value(None, code))

    # -- dispatch ---------------------------------------------------------------------------

    def handle(self, cand: _Candidate) -> None:
        kind = cand.kind
        if kind in ("iso", "numeric", "mdy", "dmy", "my", "month"):
            self.calendar(cand)
        elif kind == "month_rel":
            self.month_rel(cand)
        elif kind in ("ordinal_day", "range_day"):
            self.ordinal_day(cand)
        elif kind in ("year", "era_year", "apos_year"):
            self.year(cand)
        elif kind == "duration" and cand.match["dir"]:
            self.ago(cand)
        elif kind == "duration" and self.narrative and not cand.match["dmod"]:
            # narrative: "two days after the invasion" is a date counted from the last one
            event = _EVENT_AFTER_RE.match(self.text, cand.end)
            if event and cand.match["num"] and _number(cand.match["num"]) is not None:
                self.ago(cand, event["rel"].lower())
            else:
                self.duration(cand)
        elif kind in ("weekday_set", "set"):
            self.set_(cand)
        else:
            getattr(self, kind)(cand)


def _partial_value(parts: _Anchor, unit: str, shift: int) -> str:
    """A day, week, decade or century relative to a running reference known only in part.

    >>> _partial_value(_Anchor(-479, 6), "day", 0)
    'BC0479-06-XX'
    """
    year = parts.year
    if unit == "decade":
        year += 10 * shift
        return f"{year // 10:03d}" if year > 0 else f"BC{-year // 10:03d}"
    if unit == "century":
        year += 100 * shift
        return f"{year // 100:02d}" if year > 0 else f"BC{-year // 100:02d}"
    if unit == "week":
        return f"{_year_value(year)}-WXX"
    if shift == 0 and parts.month is not None and parts.day is not None:
        return f"{_year_value(year)}-{parts.month:02d}-{parts.day:02d}"
    month = f"{parts.month:02d}" if parts.month is not None else "XX"  # a day's shift: same month
    return f"{_year_value(year)}-{month}-XX"


def _granularity_of(code: str) -> str:
    return {
        "D": "day", "W": "week", "2W": "week", "M": "month", "Q": "quarter", "Y": "year",
        "DE": "decade", "CE": "century", "ML": "century",
    }.get(code, "day")  # fmt: skip


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


_DAY_KINDS = frozenset({"mdy", "dmy", "iso", "numeric", "ordinal_day", "holiday"})
_MODIFIABLE = frozenset(
    {
        "month",
        "my",
        "year",
        "era_year",
        "decade",
        "century",
        "season",
        "relunit",
        "fiscal",
        "weekday",
        "apos_year",
        "quarter",
    }
)


def _apply_left_modifier(text: str, cand: _Candidate, timex: Timex) -> Timex:
    """Widen "early 2009", "the end of March 1944", "mid-September", "about 9 a.m." and set
    the mod (a clock time takes only an approximation)."""
    if timex.type not in ("DATE", "TIME") or (
        cand.kind not in _MODIFIABLE and cand.kind not in _DAY_KINDS and cand.kind != "time"
    ):
        return timex
    window_start = max(0, timex.start - 48)
    if not text[window_start : timex.start].lower().endswith(_MODIFIER_ENDINGS):
        return timex  # the cheap test: every modifier ends with one of these
    match = _MODIFIER_LEFT_RE.search(text, window_start, timex.start)
    if match is None or match.end() != timex.start:
        return timex
    if match["dp"]:
        if not _DAY_VALUE_RE.fullmatch(timex.value):
            return timex
        start = match.start()
        value = f"{timex.value}T{DAY_PARTS[match['dp'].lower()]}"
        return Timex(
            start, timex.end, text[start : timex.end], "TIME", value, None, "time",
            timex.date_start, timex.date_end,
        )  # fmt: skip
    if cand.kind == "time" and match["approx"] is None:
        return timex
    if match["approx"] is not None or match["ein"] is not None:
        if match["approx"] is not None:
            mod: str | None = "APPROX"
        else:
            mod = {"early": "START", "late": "END"}.get(match["ein"].lower(), timex.mod)
        start = match.start()
        date_start, date_end, grain = _interval(timex.value, mod)
        if date_start is None:
            date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
        return Timex(
            start, timex.end, text[start : timex.end], timex.type, timex.value, mod, grain,
            date_start, date_end,
        )  # fmt: skip
    if cand.kind not in _MODIFIABLE:
        return timex
    word = _squash((match["pos"] or match["el"] or "").lower())
    word = word.removeprefix("the ")
    value = timex.value
    if word in ("first half", "second half", "latter half") and _YEAR_VALUE_RE.fullmatch(value):
        value = f"{value}-H{1 if word == 'first half' else 2}"
        mod = None
    elif word in SEASONS and _YEAR_VALUE_RE.fullmatch(value):
        value = f"{value}-{SEASONS[word]}"
        mod = None
    else:
        mod = _POSITION_MOD.get(word)
        if mod is None:
            return timex
    date_start, date_end, grain = _interval(value, mod)
    if date_start is None:
        date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
    if date_start is None:
        date_start, date_end, grain = timex.date_start, timex.date_end, timex.granularity
    start = match.start()
    return Timex(
        start,
        timex.end,
        text[start : timex.end],
        timex.type,
        value,
        mod,
        grain,
        date_start,
        date_end,
    )


def tag(text: str, reference_date: date | None, *, narrative: bool | None = None) -> list[Timex]:
    """All temporal expressions of ``text``, sorted by start, non-overlapping.

    >>> [(t.text, t.value) for t in tag("Talks ended yesterday.", date(2023, 10, 23))]
    [('yesterday', '2023-10-22')]

    ``reference_date`` is the publication date (None: only absolute expressions resolve);
    ``narrative`` (default: True exactly when there is no reference date) resolves relative
    expressions against the running reference, the most recent date mentioned before them.
    """
    is_narrative = reference_date is None if narrative is None else narrative
    normaliser = _Normaliser(text, reference_date, is_narrative)
    for cand in _candidates(text, is_narrative):
        before = len(normaliser.out)
        normaliser.handle(cand)
        if len(normaliser.out) > before:
            normaliser.out[-1] = _apply_left_modifier(text, cand, normaliser.out[-1])
    result: list[Timex] = []
    last_end = -1
    for timex in sorted(normaliser.out, key=lambda t: t.start):
        if timex.start >= last_end:
            if result and _joinable(text, result[-1], timex):
                result[-1] = _join_day_and_clock(text, result[-1], timex)
            else:
                result.append(timex)
            last_end = timex.end
    return result


_CLOCK_RE = re.compile(r"^(?:XXXX-XX-XX|\d{4}-\d\d-\d\d)T\d\d:\d\d$")
_DAY_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_JOINER_RE = re.compile(r"(?i)^\s*(?:,\s*)?(?:at\s+|on\s+)?$")


def _joinable(text: str, first: Timex, second: Timex) -> bool:
    """ "May 8 1:00AM", "9 a.m. Monday", "Friday at 3 p.m.": one point in time."""
    if not _JOINER_RE.match(text[first.end : second.start]):
        return False
    return bool(
        (_DAY_RE.match(first.value) and _CLOCK_RE.match(second.value))
        or (_CLOCK_RE.match(first.value) and _DAY_RE.match(second.value))
    )


def _join_day_and_clock(text: str, first: Timex, second: Timex) -> Timex:
    day, clock = (first, second) if _DAY_RE.match(first.value) else (second, first)
    value = day.value + clock.value[clock.value.index("T") :]
    mod = first.mod or second.mod  # "about 9 a.m. Monday"
    return Timex(
        first.start, second.end, text[first.start : second.end], "TIME", value, mod, "time",
        day.date_start, day.date_end,
    )  # fmt: skip
