"""Judging a candidate by its context: the filters of each kind of candidate that need more
than its pattern sees ("Mrs. May" is a name, "2000 troops" no year, "won in 3:58" a race
time), all of which must keep it (`context_keeps`); ``detect`` finds the candidates."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.determiners import POSSESSIVES
from timeline.temporal.ordinal_things import counts_a_thing
from timeline.temporal.patterns import (
    AFTER_NUMBER_DASH_RE,
    AFTER_YEAR_DASH_RE,
    CAPITALISED_BEFORE_RE,
    COMPOUND_AFTER_RE,
    CONTEXT_MONTH_AFTER_RE,
    CONTEXT_MONTH_BEFORE_RE,
    DASH_RE,
    DASH_WORD_RE,
    DURATION_BLOCKER_RE,
    FIRST_NAME_BEFORE_RE,
    FRACTION_AFTER_RE,
    HALF_RESULTS_BEFORE_RE,
    HALF_RESULTS_RE,
    NEWSPAPER_AFTER_RE,
    NOUN_AFTER_YEAR_RE,
    OF_NOT_YEAR_RE,
    ORDINAL_BLOCKER_RE,
    TO_BY_RE,
    WORD_RE,
    YEAR_BLOCKER_RE,
)
from timeline.temporal.vague import keeps_vague
from timeline.temporal.vocabulary import (
    CONTEXT_MONTHS,
    COUNT_NOUNS,
    MONTHS,
    SEASONS,
    TIME_ZONES,
    WEEKDAYS,
    single_spaced,
)
from timeline.temporal.wire_clock import four_figure_clock
from timeline.temporal.word_tense import UNMARKED_PASTS, past_form
from timeline.wordlists import word_set


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch a rule's pattern matched, before its context is judged and it is normalised:
    its offsets, the rule's name (``kind``) and the match, whose groups the normaliser reads."""

    start: int
    end: int
    kind: str
    match: re.Match[str]


_LEADING_SPACES_RE = re.compile(r" *")


def _next_word(text: str, pos: int) -> str:
    """The word after `pos`, past spaces (never a copy of the rest of the text: that costs
    the square of a long document's length)."""
    spaces = _LEADING_SPACES_RE.match(text, pos)
    match = WORD_RE.match(text, spaces.end() if spaces else pos)
    return match.group(0) if match else ""


def _looks_like_a_name(text: str, cand: Candidate) -> bool:
    """A capitalised month or season followed by another capitalised word, with no
    preposition before it: "April Jones", "Summer Smith", "the Spring Festival"."""
    word = text[cand.start : cand.end].rsplit(maxsplit=1)[-1]
    if not word[:1].isupper():
        return False
    following = _next_word(text, cand.end)
    if not following[:1].isupper() or following.lower() in MONTHS or following.lower() in WEEKDAYS:
        return False
    return not CONTEXT_MONTH_BEFORE_RE.search(text[max(0, cand.start - 20) : cand.start])


#: An honorific before a weekday or a month makes it a name: "Mr. Friday", "Mrs. May".
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame|Lady|Lord|Prof)\.?\s+$")


def _keep_name_of_a_day(text: str, cand: Candidate, narrative: bool) -> bool:
    """An honorific before a weekday, month or season makes it a name: "Mrs. May"."""
    return not _HONORIFIC_BEFORE_RE.search(text[max(0, cand.start - 8) : cand.start])


def _keep_month(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "May" and "March" alone need a preposition or a range around them; "Jan" alone is no
    month; "April Jones said" is a name in news."""
    name = cand.match["mon"]
    if name.rstrip(".") in CONTEXT_MONTHS:
        before = text[max(0, cand.start - 20) : cand.start]
        after = text[cand.end : cand.end + 20]
        if not (CONTEXT_MONTH_BEFORE_RE.search(before) or CONTEXT_MONTH_AFTER_RE.match(after)):
            return False
    if len(name.rstrip(".")) <= 4 and name.lower().rstrip(".") not in ("may", "june", "july"):
        return False  # "Jan", "Mar" alone are names or words, not months
    return narrative or not _looks_like_a_name(text, cand)  # "April Jones said"


def _keep_year(text: str, cand: Candidate, narrative: bool) -> bool:
    """A number that counts ("2000 troops"), names ("Flight 1549") or dials is no year."""
    if int(cand.match["year"]) > 2100:
        return False
    if four_figure_clock(text, cand.match.start("year"), cand.match.end("year")):
        return False  # "closed at 1317" in a text that writes "At 0842": a clock
    following = _next_word(text, cand.end)
    if following.lower() in COUNT_NOUNS or following == "Year":
        return False
    if following in TIME_ZONES:
        return False  # "2014 GMT" is a wire's clock: 20:14
    before = text[max(0, cand.start - 16) : cand.start]
    if YEAR_BLOCKER_RE.search(before):
        return False  # "Resolution 1483", "Flight 1549", "Windows 2000"
    if _reference_number(text, cand.end, int(cand.match["year"])):
        return False  # "quoting reference 2023/8841": a file's number
    # "555-2023" is a phone number, "1939-1945" a span of years
    return not (AFTER_NUMBER_DASH_RE.search(before) and not AFTER_YEAR_DASH_RE.search(before))


#: A slash and the figures after a year: the other half of a split year ("2023/24"), a month
#: ("2023/10"), or a number that files something under the year ("2023/8841").
_SLASH_FIGURES_RE = re.compile(r"/(\d+)(?![/\d])")


def _reference_number(text: str, end: int, year: int) -> bool:
    """Whether the year ending at `end` opens a reference number: a slash, then figures that
    are neither the next year ("2011/12", "2011/2012") nor a month ("2023/10").

    >>> text = "quoting reference 2023/8841, or 2011/12 or 2011/2012"
    >>> [_reference_number(text, text.index(y) + 4, int(y)) for y in ("2023", "2011")]
    [True, False]
    >>> _reference_number("in 2011/2012", 7, 2011), _reference_number("in 2023/10", 7, 2023)
    (False, False)
    """
    match = _SLASH_FIGURES_RE.match(text, end)
    if match is None:
        return False
    figures = match[1]
    if len(figures) <= 2:
        return False  # "2011/12", "2023/10"
    return not (len(figures) == 4 and int(figures) == year + 1)


_SEASON_WORDS = "|".join(SEASONS)
#: A word other than a season joined by a hyphen before or after a season's name.
_COMPOUND_PART_RE = re.compile(rf"(?i)\b(?!(?:{_SEASON_WORDS}|mid|early|late)-)[a-z]+-$")
_COMPOUND_HEAD_RE = re.compile(rf"(?i)-(?!(?:{_SEASON_WORDS})\b)[a-z]")
#: Prepositions of place before "the fall": a fall of rock, not autumn.
#: A tide after "spring": "the spring tide", "on the spring high tide", "spring tides".
_TIDE_AFTER_RE = re.compile(r"(?i)\s+(?:(?:high|low)\s+)?tides?\b")
_AFTER_PLACE_RE = re.compile(r"(?i)\b(?:behind|beneath|under|below)\s+(?:the\s+)?$")


#: The word after "the fall": "in" tells a drop ("the fall in prices"), a noun of time a
#: season ("the fall term").
_WORD_AFTER_FALL_RE = re.compile(r"\s+(?P<word>[a-z]+)\b")
#: Prepositions that put a clause inside the season, so that "in" after "the fall" opens a
#: place ("opens in the fall in Racine"), not what fell ("after the fall in prices").
_WITHIN_A_SEASON = frozenset({"in", "during", "by", "until", "till", "through", "throughout"})
#: The word before "the fall", which may be a preposition of time ("until the fall").
_WORD_BEFORE_FALL_RE = re.compile(r"(?i)\b(?P<word>[a-z]+)\s+(?:the\s+)?$")


def _fall_is_autumn(text: str, start: int, end: int) -> bool:
    """Whether "the fall", with no year or relative word, is autumn: after a preposition of
    time (`data/time_prepositions.txt`, or "into") or before a noun of time
    (`data/period_nouns.txt`); before "in" only inside a phrase of time ("in the fall in
    Racine"); elsewhere it is a drop, the noun of "fell".

    >>> text = "The fall was a matter of nerves; it blamed the fall in prices on the strike."
    >>> [_fall_is_autumn(text, s, s + 8) for s in (0, text.index("the fall in"))]
    [False, False]
    >>> text = "It will open in the fall, and the fall term starts late."
    >>> [_fall_is_autumn(text, s, s + 8) for s in (text.index("the"), text.index("the fall t"))]
    [True, True]
    >>> text = "It opens in the fall in Racine, after the fall in prices."
    >>> [_fall_is_autumn(text, s, s + 8) for s in (12, text.index("the fall in p"))]
    [True, False]
    """
    after = _WORD_AFTER_FALL_RE.match(text, end)
    if after is not None and after["word"] in word_set("period_nouns.txt"):
        return True
    before = _WORD_BEFORE_FALL_RE.search(text, max(0, start - 24), start + 4)
    word = "" if before is None else before["word"].lower()
    if after is not None and after["word"] == "in":
        # "after the fall in prices" is a drop, "opens in the fall in Racine" autumn
        return word in _WITHIN_A_SEASON
    return word == "into" or word in word_set("time_prepositions.txt")


def _keep_season(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "fall" needs a determiner, "the fall of Budapest" is an event, "Summer Smith" a name."""
    match = cand.match
    word = match["season"]
    if not word:
        return True
    fixed = match["sdet"] or match["srel"] or match["year"]
    if word.lower() == "fall" and not fixed:
        return False
    if not match["year"] and _COMPOUND_PART_RE.search(text, max(0, cand.start - 12), cand.start):
        return False  # "a hot-spring inn": a word of a compound ("winter-spring" is a season)
    if not match["year"] and _COMPOUND_HEAD_RE.match(text, cand.end):
        return False  # "spring-loaded"
    if (
        word.lower() == "fall"
        and not (match["srel"] or match["year"])
        and _AFTER_PLACE_RE.search(text, max(0, cand.start - 12), cand.start)
    ):
        return False  # "trapped behind the fall", "under the fall": a fall of rock
    if (
        word.lower() == "fall"
        and not (match["srel"] or match["year"])
        and not _fall_is_autumn(text, cand.start, cand.end)
    ):
        return False  # "blamed the fall on a strike", "the fall in prices": a drop
    if not match["year"] and OF_NOT_YEAR_RE.match(text[cand.end : cand.end + 6]):
        return False  # "the fall of Budapest", "the spring of discontent"
    if word.lower() == "spring" and not match["year"] and _TIDE_AFTER_RE.match(text, cand.end):
        return False  # "on the spring high tide", "spring tides": the moon's tides
    if not narrative and _looks_like_a_name(text, cand) and not (match["srel"] or match["year"]):
        return False  # "Summer Smith", "the Spring Festival"
    if word[0].isupper() and not fixed:
        # capitalised mid-sentence "Spring" is usually a name ("Spring Offensive" aside)
        prev = text[max(0, cand.start - 2) : cand.start]
        if narrative is False and prev.strip() and not prev.endswith(("\n", ". ")):
            return False
    return True


def _keep_vague(text: str, cand: Candidate, narrative: bool) -> bool:
    return keeps_vague(text, cand.start, cand.end, narrative)


#: a count before "in": "one in 10," is a ratio, not the year 2010
_COUNT_IN_BEFORE_RE = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+in\s+$"
)
#: what stands before two digits that may be a year: "in 82.", "since 05,"
TWO_DIGIT_YEAR_BEFORE_RE = re.compile(r"(?i)\b(?:in|since|until)\s$")


def _keep_apos_year(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "iLife '11", "Windows '95" are product names; "one in 10," is a ratio."""
    before = text[max(0, cand.start - 20) : cand.start]
    if cand.match["yy2"]:
        return not _COUNT_IN_BEFORE_RE.search(before)
    return not CAPITALISED_BEFORE_RE.search(before)


def _keep_holiday(text: str, cand: Candidate, narrative: bool) -> bool:
    """A holiday's name is capitalised; in news "the new year" is New Year in any case (stop
    37): "fares rise in the new year" is the one about to begin, "since the new year" the one
    begun; a narrative's "by the new year" is looser, and left.
    """
    name = cand.match["hol"]
    if name[0].isupper():
        return True
    return (
        not narrative
        and name.lower() == "new year"
        and text[max(0, cand.start - 4) : cand.start].lower() == "the "
        and not text.startswith(("'", "’"), cand.end)
    )


def _keep_counted(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "ten hours of video" is an amount of media, not a span of time."""
    return not DURATION_BLOCKER_RE.match(text, cand.end)


def _keep_bare_units(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "after hours trading" is outside opening hours, not a duration."""
    return not (
        single_spaced(cand.match.group(0).lower()) == "after hours"
        and NOUN_AFTER_YEAR_RE.match(text[cand.end : cand.end + 20])
        and _next_word(text, cand.end).lower() not in ("at", "on", "of", "for", "with", "without")
    )


def _keep_duration(text: str, cand: Candidate, narrative: bool) -> bool:
    """A count of units: not a fraction, a name, "day-to-day", or a bare plural."""
    match = cand.match
    unit = match["unit"].lower()
    if unit.startswith("quarter") and FRACTION_AFTER_RE.match(text[cand.end : cand.end + 7]):
        return False  # "three quarters of the troops", "789, or about a quarter, of its dealers"
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
    if len(num) == 4 and num.isdigit() and not match["unit"].lower().endswith("s"):
        return False  # "the March 2023 quarter": a year before a period, no count of them
    if four_figure_clock(text, match.start("num"), match.end("num")):
        return False  # "at 1600 hours": a clock, not sixteen hundred hours
    if num in ("a", "an") and COMPOUND_AFTER_RE.match(text, cand.end):
        return False  # "a night-time curfew", "a night-raid": a compound noun, no span
    return not TO_BY_RE.match(text[cand.end : cand.end + 4])  # "day-to-day", "year-on-year"


def _keep_ordinal_day(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "the 5th century", "the 3rd Division", "the 20th-century", "the 21st typhoon" are no
    days."""
    return not (
        ORDINAL_BLOCKER_RE.match(text, cand.end)
        or DASH_WORD_RE.match(text[cand.end : cand.end + 4])
        or counts_a_thing(text, cand.start, cand.end)
    )


#: "on a Sunday in September", "one Friday night": some such day, not a day to date; not
#: a weekday describing a noun ("in a Wednesday media event" is that Wednesday's).
_INDEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:a|an|one|any)\s+$")
_INDEFINITE_AFTER_RE = re.compile(
    r"(?i)(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[,.;:!?)]|\s+(?:in|of|at|when|"
    r"before|after|during|that|and|or|last|this|years?|months?|weeks?)\b|\s*$)"
)


def _keep_weekday(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "Grace Friday wrote" is a surname, "Sunday Times" a newspaper, "on a Sunday" some
    Sunday."""
    before = text[max(0, cand.start - 20) : cand.start]
    if not cand.match["wmod"] and (
        FIRST_NAME_BEFORE_RE.search(before)
        or (
            _INDEFINITE_BEFORE_RE.search(before)
            and _INDEFINITE_AFTER_RE.match(text, cand.end) is not None
        )
    ):
        return False
    return not NEWSPAPER_AFTER_RE.match(text[cand.end : cand.end + 12])


def _keep_the_unit(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "the Year III" of a calendar, "the Week of Prayer" are names; "the day" is the day in
    question only in time ("earlier in the day", "for the day"), not "in the day of kings";
    "at" goes only with "the weekend"; "that" after it opens a clause that tells which period
    (`_tells_which_period`)."""
    if cand.match["unit"][0].isupper() or _tells_which_period(text, cand.end):
        return False
    unit = cand.match["unit"].lower()
    preposition = " ".join(cand.match["prep"].lower().split())
    if preposition == "at":
        return unit == "weekend"  # "at the weekend", as British news writes it
    if unit != "day":
        return True
    return preposition in ("earlier in", "later in", "for", "during", "throughout")


#: "that" and the word after it, right after a period: "that led", "that he".
_THAT_AND_WORD_RE = re.compile(r"\s+that\s+([a-z]+)\b")
#: Verbs that place a period by another: "the year that followed", "the week that preceded".
_PLACING_VERBS = frozenset({"followed", "follows", "preceded", "precedes"})


def _tells_which_period(text: str, end: int) -> bool:
    """Whether "that" after the period ending at `end` opens a clause telling which period it
    is: a subject of its own ("the year that he was born"), where it begins or ends ("the
    quarter that ended March 29", `data/period_bounds.txt`) or what it follows ("the year
    that followed"). A past verb right after "that" tells of the thing before the period ("a
    recall during the month that led to a stoppage"): the period in question (stop 43); so does
    the bare past of a verb whose past is its bare form ("the month that cut output": "that",
    standing for the singular period, would take "cuts" in the present; stop 44).

    >>> _tells_which_period("in the month that led to it", 12)
    False
    >>> which = _tells_which_period
    >>> which("in the year that he died", 11), which("in the quarter that ended", 14)
    (True, True)
    >>> which("in the month that hit", 12), which("in the month that hits", 12)
    (False, True)
    """
    match = _THAT_AND_WORD_RE.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    told = past_form(word) or word in UNMARKED_PASTS
    return not told or word in _PLACING_VERBS or word in word_set("period_bounds.txt")


def _keep_quarter(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "in the second half" of a match is no half year without a year or results after it
    ("second-half sales") or before it in its clause ("net profit in the first half")."""
    match = cand.match
    if (match["qh"] or "").lower() != "half":
        return True
    return bool(
        match["year"]
        or match["qy"]
        or DASH_RE.match(text[match.end("q") : match.end("q") + 1])
        or HALF_RESULTS_RE.match(text[cand.end : cand.end + 12])
        or HALF_RESULTS_BEFORE_RE.search(text, max(0, cand.start - 80), cand.start)
    )


def _keep_set(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "the annual Worldwide Developers Conference": "annual" describes a named event, it is
    part of the name's description, not a time of its own ("an annual profit" is one)."""
    word = cand.match["sw"]
    if not word or not word.lower().endswith("annual"):
        return True
    following = _next_word(text, cand.end)
    return not (following[:1].isupper() and text[cand.start].islower())


#: After a clock without a.m. or a zone: the time left in a game, or a part of it.
_GAME_CLOCK_RE = re.compile(
    r"(?i)\s+(?:left|remaining|to\s+play|to\s+go|gone|into\s+the|of\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|fifth|final|last|opening|1st|2nd|3rd|4th)\s+"
    r"(?:period|quarter|half|inning|innings|set|round|frame|session))\b"
)
#: Before it: a race time ("won in 3:58", "a time of 2:05:11").
_RACE_TIME_RE = re.compile(r"(?i)(?:\b(?:in|time\s+of|clocked|clocking)\s+)$")


#: After a clock: a point in a recording or a race ("at the 1:30 mark", "the 2:05 point").
_MARK_AFTER_RE = re.compile(r"(?i)\s*(?:-?\s*)?(?:mark|point|minute\s+mark)\b")


def _keep_time(text: str, cand: Candidate, narrative: bool) -> bool:
    """A clock time written without a colon ("0245 GMT", "1400 hrs") is one only in four
    digits with a zone or "hrs" after it: "2023 UTC" aside, a bare "1400" is a number."""
    match = cand.match
    written = match.group(0)
    if ":" in written and _GAME_CLOCK_RE.match(text, cand.end) and written[-1].isdigit():
        return False  # "with 1:14 left", "at 4:12 of the second period": a game's clock
    if ":" in written and written[-1].isdigit() and _RACE_TIME_RE.search(text[: cand.start]):
        return False  # "finished in 3:58": how long, not when
    if _MARK_AFTER_RE.match(text, cand.end):
        return False  # "at the 1:30 mark" of a video or a race: a point in it, not a time
    if match["h24"] is None or ":" in written or written[2:3] in ("h", "H"):
        return True  # "16h10": a clock written the French way
    digits = written[: len(written) - len(written.lstrip("0123456789"))]
    if len(digits) == 4 and (match["tz2"] is not None or written[4:].strip() != ""):
        return True  # "0600 local time", "1430hrs"
    return four_figure_clock(text, cand.start, cand.start + len(digits))


_POSSESSIVE_BEFORE_RE = re.compile(rf"(?i)\b{POSSESSIVES}\s+$")


def _keep_century(text: str, cand: Candidate, narrative: bool) -> bool:
    """ "his first century", "her second century" are a hundred runs, not a time ("their 19th
    century house" is one)."""
    if not cand.match["cw"]:
        return True
    return _POSSESSIVE_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start) is None


_Filter = Callable[[str, Candidate, bool], bool]
#: the context filters of each kind of candidate: all must keep it
_FILTERS: dict[str, tuple[_Filter, ...]] = {
    "month": (_keep_name_of_a_day, _keep_month),
    "weekday": (_keep_name_of_a_day, _keep_weekday),
    "season": (_keep_name_of_a_day, _keep_season),
    "year": (_keep_year,),
    "vague": (_keep_vague,),
    "apos_year": (_keep_apos_year,),
    "holiday": (_keep_holiday,),
    "duration": (_keep_counted, _keep_duration),
    "bare_units": (_keep_counted, _keep_bare_units),
    "ordinal_day": (_keep_ordinal_day,),
    "the_unit": (_keep_the_unit,),
    "quarter": (_keep_quarter,),
    "century": (_keep_century,),
    "set": (_keep_set,),
    "time": (_keep_time,),
}


def context_keeps(text: str, cand: Candidate, narrative: bool) -> bool:
    """Filters that need more context than a pattern sees.

    >>> from timeline.temporal.rules import COMPILED_RULES
    >>> text = "Mrs. May spoke."
    >>> context_keeps(text, Candidate(5, 8, "month", COMPILED_RULES["month"].search(text)), False)
    False
    """
    return all(keep(text, cand, narrative) for keep in _FILTERS.get(cand.kind, ()))
