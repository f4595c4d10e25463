"""Habits: a month, weekday or season without a year in a clause that tells what is done
every year is when it comes back (a set, `XXXX-03`), not this year's March. Two rules of
`recurring.RULES`.

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag('"We pick in March," a grower said.', date(2023, 4, 21))]
    [('March', 'XXXX-03')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.temporal.set_values import CALENDAR_NAME_RE, FIXED_RE, SET, as_set, every
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import (
    MONTHS,
    PAST_CUES,
    VOCABULARY,
    YEARLY_HOLIDAYS,
)
from timeline.wordlists import alternation, pronouns, word_list

__all__ = ["habit_cue_before", "in_a_generic_present", "in_a_habit"]

_HABIT_CUE_RE = re.compile(
    r"(?i)\b(?:"
    + "|".join(re.escape(cue).replace(r"\ ", r"\s+") for cue in word_list("habit_cues.txt"))
    # "normally" before its verb tells a habit ("which normally lasts from January to May");
    # after it, a manner ("trains will run normally on Monday")
    + r"|normally(?=\s+(?!(?:on|in|at|from|until|till|by|for|again|after|before|since)\b)"
    + r"[a-z]+)"
    + r")\b"
)
#: Cues that tell a habit after the expression too ("negotiated in November each year"; "in
#: June the river often runs dry"); "every month since March" shows why "every month" is not
#: one before it, and "picked in February that in a normal year we would pick in March" why
#: a contrast with a normal year is none after it.
_TRAILING_CUE_RE = re.compile(r"(?i)\b(?:(?:each|every)\s+(?:year|month|week)|annually)\b")
#: Adverbs that tell a habit of a main clause after the leading phrases of its sentence ("In
#: June, the river often runs dry"); in the expression's own clause they tell how a day is
#: told of ("the charge on July 3 is often recalled as the turning point").
_MAIN_CLAUSE_CUE_RE = re.compile(
    r"(?i)\b(?:(?:each|every)\s+(?:year|month|week)|annually|often|usually|typically)\b"
)
#: A holiday's name: it comes back each year as a month does ("usually peak before Christmas")
#: (longest first; names of a length in one order, so the pattern is the same in every run).
_HOLIDAY_RE = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(name)
        for name in sorted(
            set(YEARLY_HOLIDAYS),
            key=lambda name: (-len(name), name),
        )
    )
    + r")\b"
)
#: Where a clause starts, looking back from an expression: a comma, a colon, a quotation mark.
_CLAUSE_EDGE_RE = re.compile(r"[,;:()\"“”]|\n|[.!?]\s")
#: Where a sentence or a clause that is more than a comma's ends.
_HARD_EDGE_RE = re.compile(r"[;:()\"“”]|\n|[.!?](?:\s|$)")
#: A phrase that starts with a preposition: "In the dry months," "from June to September,".
_FRONTED_RE = re.compile(r"(?i)\s*(?:in|from|during|between|over|through|throughout|by|until)\b")
#: A verb of saying before the cue: the habit is what was said ("In March, the bank said rates
#: often rise" tells when it said so).
_SPEECH_RE = re.compile(
    r"(?i)\b(?:said|says|told|tells|reported|reports|announced|warned|noted|added|wrote)\b"
)
_HABIT_REACH = 80


def in_a_habit(text: str, found: Sequence[Timex], index: int) -> Timex | None:
    """ "the monsoon, which usually sets in by late November", "in a normal year we would pick
    in March": a month, weekday or season without a year in a clause that tells a habit is
    when the habit comes back (`XXXX-11`), not this year's November."""
    timex = found[index]
    if (
        timex.type == SET
        or not (CALENDAR_NAME_RE.search(timex.text) or _HOLIDAY_RE.search(timex.text))
        or FIXED_RE.search(timex.text)
    ):
        return timex
    if not (_cue_before(text, timex.start) or _cue_after(text, timex.start, timex.end)):
        return timex
    value = every(timex)
    return as_set(timex, value) if value else timex


def habit_cue_before(text: str, start: int) -> bool:
    """Whether a habit's cue (`habit_cues.txt`) comes before `start` in its clause: before a
    main verb, the clause tells what is done as a rule ("The ferry usually stops at Kell").

    >>> text = "The ferry usually stops at Kell, but it stopped at Orm."
    >>> habit_cue_before(text, text.index("stops") + 5), habit_cue_before(text, len(text))
    (True, False)
    """
    return _cue_before(text, start)


def _cue_before(text: str, start: int) -> bool:
    """Whether a habit's cue comes before `start` in its clause."""
    window_start = max(0, start - _HABIT_REACH)
    if not _HABIT_CUE_RE.search(text, window_start, start):
        return False  # the cheap test first: most expressions have no cue near them
    clause_start = window_start
    for edge in _CLAUSE_EDGE_RE.finditer(text, window_start, start):
        clause_start = edge.end()
    return _HABIT_CUE_RE.search(text, clause_start, start) is not None


def _cue_after(text: str, start: int, end: int) -> bool:
    """Whether a habit's cue comes after the expression text[start:end] in its clause, or in
    the main clause after a sentence's leading phrases of prepositions ("In the dry months,
    from June to September, the river often runs dry")."""
    hard = _HARD_EDGE_RE.search(text, end, end + _HABIT_REACH)
    stop = hard.start() if hard else min(len(text), end + _HABIT_REACH)
    comma = text.find(",", end, stop)
    if _TRAILING_CUE_RE.search(text, end, stop if comma < 0 else comma):
        return True
    if comma < 0:
        return False
    sentence_start = 0
    for edge in _HARD_EDGE_RE.finditer(text, max(0, start - 200), start):
        sentence_start = edge.end()
    leading = text[sentence_start:comma].split(",")
    if not all(_FRONTED_RE.match(part) for part in leading):
        return False
    for part in text[comma + 1 : stop].split(","):
        if not _FRONTED_RE.match(part):  # the main clause, if its own verb tells the habit
            cue = _MAIN_CLAUSE_CUE_RE.search(part)
            return cue is not None and not _SPEECH_RE.search(part, 0, cue.start())
    return False


#: Words after "we" that are no present tense of what is done: auxiliaries, modals, verbs of
#: a plan ("we hope to open in March" is a plan, and "to" rules it out too).
_NOT_A_HABIT_VERB = frozenset(
    {"am", "are", "were", "was", "will", "would", "shall", "should", "can", "could", "may",
     "might", "must", "did", "had", "have", "hope", "plan", "expect", "want", "intend", "aim",
     "need", "hoped", "planned", "expected", "wanted", "also", "then", "only", "just", "still"}
    | set(PAST_CUES)
    | set(VOCABULARY.schedule_verbs)
)  # fmt: skip
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
#: A subject whose present has no "-s" (all but "he", "she" and "it"): "we pick", "they pick".
_PLAIN_PRESENT_SUBJECTS = alternation(
    word
    for word in pronouns("subject")
    if word not in pronouns("subject", person="third", number="singular")
)
#: "we pick in February and in March": a pronoun, a verb in the present, a few words (no
#: comma, no "to"), then "in" and the month.
_GENERIC_PRESENT_RE = re.compile(
    rf"(?i)\b{_PLAIN_PRESENT_SUBJECTS}\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:(?!to\b)[a-z']+\s+){0,4}in\s+"
    rf"(?:(?:{_MONTH_NAMES})\s+(?:and|or)\s+(?:in\s+)?)?$"
)
_QUOTES = re.compile(r"[\"“”]")


def in_a_generic_present(text: str, found: Sequence[Timex], index: int) -> Timex | None:
    """ "We pick in February and in March," he said: in a quotation, what "we" or "they" do in
    a month, in the present tense, is done every year; "we picked in February" is a date, and
    so is "we hope to finish in March" (a plan) or "we open in March" (a timetable)."""
    timex = found[index]
    if timex.type == SET or timex.granularity != "month" or FIXED_RE.search(timex.text):
        return timex
    match = _GENERIC_PRESENT_RE.search(text, max(0, timex.start - 70), timex.start)
    if match is None:
        return timex
    verb = match["verb"].lower()
    if verb in _NOT_A_HABIT_VERB or verb.endswith(("ed", "ing")):
        return timex
    paragraph_start = text.rfind("\n", 0, timex.start) + 1
    if len(_QUOTES.findall(text, paragraph_start, timex.start)) % 2 == 0:
        return timex  # the writer's own words tell a date; the habit is the speaker's
    value = every(timex)
    return as_set(timex, value) if value else timex
