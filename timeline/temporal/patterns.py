"""The named pieces the rules are built from (``MON``, ``WD``, ``YEAR``, the relation words
before each kind of expression ...) and the context tests around candidates, compiled once."""

from __future__ import annotations

import re

from timeline.determiners import POSSESSIVES, THE
from timeline.sentences import abbreviations
from timeline.temporal.vocabulary import (
    DAY_ORDINALS,
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    VAGUE_QUANTITIES,
    VOCABULARY,
    WEEKDAYS,
)
from timeline.wordlists import longest_alternation

RANGE_END_RE = re.compile(
    r"\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![-–/:.]?\d)"
    r"(?!\s*(?:[AaPp]\.?[Mm]\b|o['’]clock))(?!\s+[A-Z][a-z])(?P<year2>,?\s+(?:1\d|20)\d\d\b)?"
)
FRACTION_AFTER_RE = re.compile(r",?\s+(?:of|in|to)\b")
CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w-]*\s*$")
FIRST_NAME_BEFORE_RE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!On\b|By\b|Since\b|Until\b|Before\b|After\b|Every\b|Each\b)"
    r"[A-Z][a-z]+\s+$"
)
NEWSPAPER_AFTER_RE = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Night\s+Football|School)\b"
)
NOUN_AFTER_YEAR_RE = re.compile(r"\s+[a-z]+\b(?<!\bin)(?<!\band)(?<!\bto)(?<!\bthe)")
AFTER_NUMBER_DASH_RE = re.compile(r"\d[-–]$")
AFTER_YEAR_DASH_RE = re.compile(r"(?:1\d|20)\d\d\s*[-–]$")
OF_NOT_YEAR_RE = re.compile(r"\s+of\s+(?!\d)")
DASH_WORD_RE = re.compile(r"\s*[-–]\s*\w")
TO_BY_RE = re.compile(r"-(?:to|by|in|on)-")
COMPOUND_AFTER_RE = re.compile(r"-(?!and-)[a-z]")
DASH_RE = re.compile(r"[-–]")
HALF_RESULTS_RE = re.compile(r"\s+(?:results|profit|earnings|revenue|sales|loss)")
# a company's results told before a bare half in the same clause make it a half year ("net
# profit in the first half", "sales fell 4% in the second half"); a game's half has none
HALF_RESULTS_BEFORE_RE = re.compile(
    r"(?i)\b(?:results|profits?|earnings|revenues?|sales|turnover|margins?|(?:net|operating|"
    r"pre-?tax)\s+loss(?:es)?|output|shipments|deliveries|demand|growth)\b[^.;:!?\n]{0,50}$"
)
CALENDAR_PREFIX_RE = re.compile(r"^(BC)?(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
YEAR_OR_BC_RE = re.compile(r"(?:BC)?\d{4}")
THE_BEFORE_RE = re.compile(r"(?i)\bthe\s+$")
# a determiner or a possessive before a month that names a thing's period: "the February jobs
# report", "GM's January sales"
DETERMINER_BEFORE_RE = re.compile(rf"(?i)(?:\b(?:{THE}|{POSSESSIVES})|\w['’]s)\s+$")
YEAR_VALUE_RE = re.compile(r"\d{4}")
MONTH_VALUE_RE = re.compile(r"(?:BC)?\d{4}-\d\d")
#: A timex value of one whole day, "2016-01-10" (no clock, week or season): read by the rules
#: that move, join or compare values of days.
DAY_VALUE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
#: A day's figures in a timex value: `match` tells a value that opens with a day, clock or not
#: ("2016-01-10", "2016-01-10T09:00"), `fullmatch` one of a whole day.
DAY_FIGURES_RE = re.compile(r"\d{4}-\d\d-\d\d")
#: Right before a count of units: "for" or "lasting" and a hedge, which make "two weeks after
#: Monday" how long a thing went on from that day, not a day counted from it ("closed for two
#: weeks after Monday" closed on Monday; "reopened two weeks after Monday" is the day moved).
HOW_LONG_BEFORE_RE = re.compile(
    r"(?i)\b(?:for|lasting)\s+(?:(?:at\s+least|up\s+to|about|around|nearly|almost|some|"
    r"another|a\s+further|the(?:\s+(?:first|next))?)\s+)?$"
)
#: A clock's zone written in words or in letters of its own between the clock and its day:
#: "Eastern", "Pacific Daylight Time", "local time", "New York time", "East Africa Time", and
#: letters the tagger does not know as a zone before "on" or "at" ("10:00 WIB on Thursday"):
#: the clock is of that day (`joins`, `clock_day`).
ZONE_IN_WORDS = (
    r"(?:(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?(?:\s+Time)?|"
    r"(?:local|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Tt]ime|[A-Z]{2,5}(?=\s+(?i:on|at)\s))"
)
#: A time of the clock written alone: "6 a.m.", "10.30pm", "14:00", "2", "noon", "12 noon",
#: "midday", "midnight" (a pattern piece, no groups; read by the rules on spans of hours and
#: on places a clock time is told in).
CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?|(?:12\s+)?noon|midday|midnight)"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# names are matched capitalised (or in capitals) so that "may" and "march" stay verbs
MON_FULL = (
    "(?:"
    + longest_alternation(
        [m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS]
    )
    + r")\b"
)
_MON_ABBR = "(?:" + longest_alternation([m.capitalize() for m in _ABBR_MONTHS]) + r")(?:\.|\b)"
MON = f"(?P<mon>{MON_FULL}|{_MON_ABBR})"
#: a month's abbreviation in capitals, only beside a day and a year ("22 MAR 2023", "4-SEP-2024")
MON_CAPS = "(?P<mon>" + longest_alternation([m.upper() for m in _ABBR_MONTHS if len(m) == 3]) + r")"
MON2 = MON.replace("?P<mon>", "?P<mon2>")
#: a weekday's name, capitalised or, spelled in full, in capitals ("MONDAY" over a roundup's items)
WD = (
    "(?P<wd>"
    + longest_alternation([w.capitalize() for w in WEEKDAYS] + [w.upper() for w in WEEKDAYS])
    + r")\b"
)
DAYNUM = r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d|:[0-5]\d)(?:st|nd|rd|th)?\b"
_DAY_WORDS = "(?i:" + longest_alternation(DAY_ORDINALS) + ")"
#: a day in ordinal words before "of" and a month ("the twenty-sixth of March"), or before
#: "day of" ("the third day of May", a deed's or a notice's form)
DAY_WORD_OF = rf"(?P<wday>{_DAY_WORDS})(?=\s+(?i:day\s+)?(?i:of)\s)"
#: a day in ordinal words after a month: after "the" ("March the third"), or bare before a
#: stop or a year ("on March first." "March first, 2024"), not "in March second place"
DAY_WORD_AFTER = (
    rf"(?:(?i:the)\s+(?P<wday>{_DAY_WORDS})(?![\w-])"
    rf"|(?P<bday>{_DAY_WORDS})(?=[,.;:)]|\s*$|\s+[12]\d{{3}}\b))"
)
YEAR = r"(?P<year>[12]\d{3})(?!\d)"
ERA = r"(?P<era>BCE|BC|B\.C\.E\.|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])"
NUM = (
    "(?P<num>"
    + longest_alternation([*NUMBER_WORDS, *VAGUE_QUANTITIES])
    + r"|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"  # noqa: E501 - one regex reads better whole
)
UNIT_WORD = "(?P<unit>" + longest_alternation(VOCABULARY.unit_words(counted=True)) + r")\b"
APPROX = r"(?P<amod>over|more\s+than|nearly|almost|about|around|approximately|roughly|some|just|less\s+than|at\s+least|under|only|barely|well\s+over|up\s+to)"  # noqa: E501 - one regex reads better whole
SEASON = "(?P<season>" + longest_alternation(SEASONS) + r")\b"
PARTS_OF_A_DAY = longest_alternation(VOCABULARY.parts_of_a_day)
DAY_PART = f"(?P<part>{PARTS_OF_A_DAY})"


def _relations_before(place: str) -> str:
    """The relation words that may stand before ``place``, as an alternation, from the one
    relation table of the vocabulary (the patterns and their prefilters share it)."""
    return longest_alternation(VOCABULARY.relation_words(place))


UNIT_RELATIONS = _relations_before("unit")
MONTH_RELATIONS = _relations_before("month")
WEEKDAY_RELATIONS = _relations_before("weekday")
SEASON_RELATIONS = _relations_before("season")
FISCAL_RELATIONS = _relations_before("fiscal")
QUARTER_RELATIONS = _relations_before("quarter")
DURATION_DETERMINERS = longest_alternation(
    [
        *VOCABULARY.relation_words("duration"),
        *("first", "final", "remaining"),
        *("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    ]
)
DIRECTIONS = (
    r"ago|earlier|later|afterwards?|after(?=\s*[,.;)])|before(?=\s*[,.;)])|previously|hence"
    r"|from\s+now|since"
)
OF_YEAR_RELATIONS = "that|the same|the following|the next|the previous|the preceding|this|last|next"


def ignoring_case(pattern: str) -> str:
    """`pattern` as a group that ignores case, the rest of the rule keeping its own.

    >>> import re
    >>> re.fullmatch(ignoring_case("next") + " May", "NEXT May") is not None
    True
    """
    return f"(?i:{pattern})"


# A title of a work in quotation marks, in title case: "Dancing Past Midnight," names a record,
# not a time. Every word is capitalised or a short function word, two to eight words. After
# "the" it is a name of the time's own event (the "Chinese Winter Offensive"), which keeps it.
_TITLE_WORD = (
    r"(?:[A-Z0-9][\w'’.&-]*|of|the|a|an|and|in|on|at|to|for|from|with|by|or|is|my|your|our)"
)
# (The look-behinds are read after the quotation mark, not before every position of a text:
# the same matches, found sooner.)
WORK_TITLE_RE = re.compile(
    rf"[\"“](?<!\bthe [\"“])(?<!\bThe [\"“])(?=[A-Z0-9])"
    rf"{_TITLE_WORD}(?:[ ]+{_TITLE_WORD}){{1,7}},?[\"”]"
)
MODIFIER_LEFT_RE = re.compile(
    ignoring_case(
        r"(?:(?:(?:early|late)\s+(?:in\s+)?)?the\s+(?:early\s+|late\s+)?(?P<dp>morning|night|evening|afternoon)(?:\s+hours)?\s+of\s+$)|(?:(?P<det>the\s+)?(?:very\s+)?(?P<pos>latter\s+half|beginning|start|end|middle|close|dawn|latter\s+part|early\s+part|later\s+part|first\s+half|second\s+half|first\s+part|last\s+part|final\s+months|first\s+months|spring|summer|autumn|fall|winter)\s+of\s+(?:the\s+)?|\b(?P<el>early|late|mid|middle|the\s+early|the\s+late|the\s+mid)(?:\s+|-)|\b(?P<ein>early|late|later|earlier)\s+in\s+|(?<![\w.])(?P<approx>around|about|circa|ca\.|c\.|approximately|roughly|some\s+time\s+in)\s*)$"
    )
)
CONTEXT_MONTH_BEFORE_RE = re.compile(
    ignoring_case(
        r"\b(?:in|of|since|until|till|by|during|early|late|mid|last|next|this|through|from|and|to|or|between|before|after|throughout|on|every|each)[\s-]+$"
    )
)
CONTEXT_MONTH_AFTER_RE = re.compile(r"^(?:\s*[-–]\s*|\s+(?:and|to|or|through)\s+)" + MON_FULL)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
ORDINAL_BLOCKER_RE = re.compile(
    r"(?i)\s+(?:" + longest_alternation(VOCABULARY.ordinal_day_blockers) + r")\b"
)
YEAR_BLOCKER_RE = re.compile(
    r"(?<![\w.])(?:" + longest_alternation(VOCABULARY.year_blockers_before) + r")\s*$"
)
DURATION_BLOCKER_RE = re.compile(
    r"(?i)\s+(?:" + longest_alternation(VOCABULARY.duration_blockers_after) + r")\b"
)
NO_ANCHOR_BEFORE_RE = re.compile(
    r"(?i)\b(?:until|till|effective|through|since)\s+(?:the\s+)?$"
    # "lasted until the fall of the city in May 1453": the end of a span named by its event
    r"|\b(?:until|till)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:in|on|of)\s+$"
)
# a sentence ends at . ! ? or a line break, but not after "Inc." or "Oct.": the abbreviations
# are the sentence splitter's (data/abbreviations.txt), in any case
SENTENCE_END_RE = re.compile(
    r"(?:[.!?]"
    + "".join(f"(?<!\\b(?i:{re.escape(a)})\\.)" for a in sorted(abbreviations()))
    + r"(?<!\b[A-Z]\.)[\"”’)]?\s|\n)"
)


def sentence_start(text: str, position: int, reach: int, *, fallback: int | None = None) -> int:
    """Where the sentence holding `position` starts: the end of the last sentence end within
    `reach` characters before it; with none there, `fallback` (the start of that window when
    not given).

    >>> sentence_start("It fell. It rose on May 2.", 19, 300)
    9
    >>> text = "It rose on May 2."
    >>> sentence_start(text, 11, 5), sentence_start(text, 11, 5, fallback=0)
    (6, 0)
    """
    window_start = max(0, position - reach)
    start = window_start if fallback is None else fallback
    for stop in SENTENCE_END_RE.finditer(text, window_start, position):
        start = stop.end()
    return start


#: Opening the first side of a range: "from May to August", "between 8 a.m. and 6 p.m.".
RANGE_OPENING_RE = re.compile(r"(?i)\b(?:from|between)\s+$")


def sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentences end in text[start:end] (a paragraph break after a stop is one end).

    >>> sentence_ends("It rained.\\n\\nIt cleared. Then", 0, 30)
    2
    """
    ends, last = 0, -1
    for stop in SENTENCE_END_RE.finditer(text, start, end):
        ends += stop.start() != last
        last = stop.end()
    return ends


#: Figures a period names, right after it ("first-quarter results") or before it ("its
#: figures for the first quarter").
_FIGURES_AFTER = re.compile(
    r"[\s-]*(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|figures|numbers|accounts|"
    r"data|statistics|GDP|output|report)\b",
    re.IGNORECASE,
)
_FIGURES_BEFORE = re.compile(
    r"\b(?:results|earnings|figures|numbers|accounts|data|statistics|report)\s+(?:for|of|on)\s+$",
    re.IGNORECASE,
)


def names_figures(text: str, start: int, end: int) -> bool:
    """Whether the period `text[start:end]` names the figures of a period, which are
    reported after it ends: "first-quarter results", "its figures for the first quarter",
    "its stock figures for April".

    >>> names_figures("will report first-quarter results", 12, 25)
    True
    >>> names_figures("will grow in the first quarter", 12, 30)
    False
    """
    return (
        _FIGURES_AFTER.match(text, end) is not None
        or _FIGURES_BEFORE.search(text, max(0, start - 40), start) is not None
    )
