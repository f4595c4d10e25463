"""The day an undated statement was made on, when it is the day the story tells rather than the
news day: the story told of a gathering on it where people spoke (a meeting, a ceremony), or
the speaker's quotation calls it "today", or the speaker is "he" or "she", the one the story
was telling of.

    >>> names_gathering("Mayor Linda Park said at the meeting that the fees should rise.")
    True
    >>> names_gathering("The fire reached the edge of the town, the mayor said.")
    False
    >>> quotes_its_day('"What happened today is a disgrace," the minister said.')
    True
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.events.leads import past_forms
from timeline.events.quotations import in_quotation
from timeline.published.writing_day import DEICTIC_WORDS
from timeline.syntax import QUOTATION, reporting_verbs
from timeline.temporal.patterns import DAY_FIGURES_RE
from timeline.wordlists import alternation, letters_ahead, longest_first, pronouns

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = [
    "dates_a_statement",
    "heading_day",
    "names_gathering",
    "pronoun_speaks",
    "quoted_today_of_the_story",
    "quotes_its_day",
    "said_at_that_time",
    "said_at_the_gathering",
    "said_before_pattern",
    "said_on_its_day",
]

#: The most days the story's day may lie before the news day for a quotation's "today" to be
#: it: the day before (a morning paper, a report posted the day after a match) or two.
QUOTED_TODAY_REACH = 2

#: A pronoun for the speaker: "He said ...", '"...," she added', "They told ...".
_PRONOUN_SPEAKER = re.compile(
    rf"(?:^|[,.?!][”\"]\s*){alternation(pronouns('subject', person='third', personal=True))}"
    r"\s+[a-z]+",
    re.IGNORECASE,
)


@cache
def _gathering() -> re.Pattern[str]:
    nouns = longest_first("gathering_nouns.txt")
    words = "|".join(nouns)
    return re.compile(rf"(?i)\b{letters_ahead(nouns)}(?:{words})s?\b")


def names_gathering(text: str) -> bool:
    """Whether `text` (a sentence) names a gathering where people speak ("told the committee",
    "the board voted", "after the ceremony").

    >>> names_gathering("Superintendent Olsen told the board that enrollment had fallen.")
    True
    >>> names_gathering("The company said it had received 23 reports.")
    False
    """
    return _gathering().search(text) is not None


def quotes_its_day(text: str) -> bool:
    """Whether a quotation in `text` (a sentence) calls the speaker's day "today", "tonight"
    or "this morning": the speaker spoke on the day the story tells of.

    >>> quotes_its_day('"We will rebuild," she said today.')
    False
    >>> quotes_its_day('"Tonight we have put a satellite in orbit," Dr Amin said.')
    True
    """
    return any(DEICTIC_WORDS.search(quote.group(2)) for quote in QUOTATION.finditer(text))


def pronoun_speaks(text: str) -> bool:
    """Whether the speaker of `text` (a sentence) is a pronoun, opening it or after a
    quotation: the one the story was telling of goes on, on the same day.

    >>> pronoun_speaks("He announced the iPod.")
    True
    >>> pronoun_speaks('"I am the person who is fixing this," he said.')
    True
    >>> pronoun_speaks("The safety office said it had received 23 reports.")
    False
    """
    return _PRONOUN_SPEAKER.search(text.strip()) is not None


def said_on_its_day(sentence: Sentence, day: Timex | None, gathered: set[date]) -> bool:
    """Whether the statements of `sentence`, on `day`, were made at a gathering: the story
    told of one on that day, or the sentence names one ("said at the meeting") or the event
    it was said after ("said after the match", `said_at_the_gathering`), or its quotation
    calls the day "today" ('"What happened today is unacceptable," she said'), or its speaker
    is "he" or "she", the one the story was telling of."""
    if day is None:
        return False
    text = sentence.text
    return (
        day.date_start in gathered
        or names_gathering(text)
        or said_at_the_gathering(text)
        or quotes_its_day(text)
        or pronoun_speaks(text)
    )


def heading_day(sentence: Sentence, day: Timex) -> bool:
    """Whether `sentence` is the day alone, heading the sentences under it ("TUESDAY").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> heading_day(Sentence(0, 7, "TUESDAY", 0), Timex(0, 7, "TUESDAY", "DATE", "2019-10-08"))
    True
    """
    return sentence.text.strip(" \t\n:.-—") == day.text


@cache
def said_before_pattern() -> re.Pattern[str]:
    """A reporting verb in the past right before a day: "confirmed on", "said last". A whole
    word: "the bus station on April 2", "in Denmark on Friday" date no statement.

    >>> bool(said_before_pattern().search("He was stopped outside the station on "))
    False
    >>> bool(said_before_pattern().search("Police confirmed on "))
    True
    """
    forms = "|".join(sorted({form for verb in reporting_verbs() for form in past_forms(verb)}))
    return re.compile(rf"(?i)\b(?:{forms})\s+(?:on\s+|last\s+)?$")


#: Words before "then" that make it a connective or a span ("and then", "since then", "by
#: then", "until then", "back then"), not "at that time".
_NOT_THAT_TIME = r"(?:and|but|or|since|by|until|till|even|only|just|back|from|if|now|so)"


@cache
def _said_at_that_time() -> re.Pattern[str]:
    ordered = sorted({form for verb in reporting_verbs() for form in past_forms(verb)})
    forms = "|".join(ordered)
    return re.compile(
        rf"(?i)\b{letters_ahead(ordered)}(?:{forms})(?:\s+(?!{_NOT_THAT_TIME}\b)[\w.'’-]+){{0,4}}?\s+"
        r"(?:then(?=\s+that\b|\s*[,.;:!?\"”’)]|\s*$)|at\s+(?:the|that)\s+time\b(?!\s+of\b))"
    )


def said_at_that_time(text: str) -> bool:
    """Whether `text` (a sentence) tells a statement made at the time the text told of before
    it: a reporting verb in the past, "then" or "at the time" after it ("He said then that
    ...", "she told the Courier at the time"); not a "then" that goes on to the next thing
    ("and then", "She then said") or counts from it ("since then", "until then").

    >>> said_at_that_time("He said then that the mill would close.")
    True
    >>> said_at_that_time('"It was a shock," she told the Weekly Courier at the time.')
    True
    >>> said_at_that_time("She then said the mill would close.")
    False
    >>> said_at_that_time("He said the mill has been closed since then.")
    False
    >>> said_at_that_time("He said the price at the time of the sale was fair.")
    False
    """
    return _said_at_that_time().search(text) is not None


#: The end of a statement's words about when it was made: "that", a stop, a quotation mark.
_SAID_ENDS = r"(?=\s+that\b|\s*[,.;:!?\"”’]|\s*$)"


@cache
def _said_at_the_gathering() -> re.Pattern[str]:
    forms = "|".join(sorted({form for verb in reporting_verbs() for form in past_forms(verb)}))
    gatherings = "|".join(longest_first("gathering_nouns.txt"))
    some = f"(?:{ARTICLES}|{POSSESSIVES})"
    after = rf"(?:after\s+the(?:\s+[a-z][\w'’-]*){{1,2}}?|afterwards?){_SAID_ENDS}"
    at = rf"(?:at|to)\s+{some}(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{gatherings})s?\b"
    return re.compile(
        rf"\b(?:(?:{forms})|told(?:\s+(?!that\b)[\w.'’-]+){{1,3}}?)\s+(?:{after}|{at})"
        rf"|\b(?:told|addressed)\s+{some}(?:\s+[a-z][\w'’-]*){{0,2}}?\s+(?:{gatherings})s?\b"
    )


def said_at_the_gathering(text: str) -> bool:
    """Whether `text` (a sentence) tells a statement made at the event the story tells of, or
    right after it: a reporting verb in the past with "after the ..." or "afterwards" after
    it, or after the object of "told" ("the coach said after the match that", "she told
    reporters after the ceremony."), or made to a gathering, or at one ("told the meeting
    that", "said at a news conference"); a gathering's name ("the Red Cross Committee said")
    or a clause of what was said ("said the council had chosen", "said pay rose after the
    strike ended") is none.

    >>> said_at_the_gathering("Coach Ana Reyes said after the match that the pitch was heavy.")
    True
    >>> said_at_the_gathering('"We were lucky," she told reporters after the final.')
    True
    >>> said_at_the_gathering("Dr Ilse Moor told the meeting that the core would be cut.")
    True
    >>> said_at_the_gathering("He told a news conference in Lagos that prices would rise.")
    True
    >>> said_at_the_gathering("Tom Vey said the council had chosen the quietest months.")
    False
    >>> said_at_the_gathering("She said pay rose after the strike ended.")
    False
    >>> said_at_the_gathering("The Harbour Committee said it would meet again.")
    False
    """
    return _said_at_the_gathering().search(text) is not None


def dates_a_statement(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` dates a statement: "Austin confirmed on Sunday that ...".

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Austin confirmed on Sunday that troops would go."
    >>> sunday = Timex(20, 26, "Sunday", "DATE", "2023-10-22")
    >>> dates_a_statement(Sentence(0, len(text), text, 0), sunday)
    True
    """
    before = sentence.text[: max(0, timex.start - sentence.start)]
    return said_before_pattern().search(before) is not None


def quoted_today_of_the_story(
    sentence: Sentence, expressions: list[Timex], story: date | None, published: date | None
) -> list[Timex]:
    """The sentence's expressions, its "today" (or "tonight", "this morning") moved to the day
    the story tells of (`story`: the day the sentence would inherit, or the lead's day after a
    day of background) when the word stands in a quotation, the sentence says no other day
    and that day is a day or two before the news day: the speaker spoke on it ('"What happened
    today is unacceptable," the regulator's president said', of an outage on the day before).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = '"We showed real character today," the coach said.'
    >>> today = Timex(25, 30, "today", "DATE", "2022-10-23", granularity="day",
    ...               date_start=date(2022, 10, 23), date_end=date(2022, 10, 23))
    >>> sentence, saturday = Sentence(0, len(text), text, 0), date(2022, 10, 22)
    >>> moved = quoted_today_of_the_story(sentence, [today], saturday, date(2022, 10, 23))
    >>> [t.value for t in moved]
    ['2022-10-22']
    """
    if story is None or published is None or not 0 < (published - story).days <= QUOTED_TODAY_REACH:
        return expressions
    todays = [t for t in expressions if _quoted_today(sentence, t, published)]
    days = [t for t in expressions if t.date_start is not None and t.date_start == t.date_end]
    if len(todays) != 1 or len(days) != 1:
        return expressions  # another day said beside it ("said on Friday", "on Monday")
    value = DAY_FIGURES_RE.sub(story.isoformat(), todays[0].value, count=1)
    moved = replace(todays[0], value=value, date_start=story, date_end=story)
    return [moved if t is todays[0] else t for t in expressions]


def _quoted_today(sentence: Sentence, timex: Timex, published: date) -> bool:
    """Whether `timex` is a quotation's "today" (or "tonight" ...), put on the news day."""
    return (
        timex.date_start == published
        and timex.date_end == published
        and DEICTIC_WORDS.fullmatch(timex.text.strip()) is not None
        and in_quotation(sentence, timex)
    )
