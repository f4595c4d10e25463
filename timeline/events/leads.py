"""The lead of a news story: the day it tells of, and the days told after it that are only
background (`Lead`); and the day of its statement, told a few sentences after it
(`lead_said_on`).

News often opens on what a company or a person said or did without its day ("Harlow Mills
said it would cut 300 jobs.") and names the day right after, on the statement itself ("Its
chief executive announced the cuts on Wednesday.", "The firm admitted Thursday night that the
loss could grow."): the lead is that statement, made that day, not on the news day.

Only a day shortly before the publication day, in one of the few sentences after the lead,
dating a reporting verb ("announced", "said", "admitted", "confirmed": `reporting_verbs`)
with at most a short object between ("announced the cuts on Wednesday"), is read this way.
A day that dates another verb ("Its board approved the closure on Monday") is background
(see `Lead`), and the lead stays on the news day.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Its chief executive announced the cuts on Wednesday."
    >>> wednesday = Timex(42, 51, "Wednesday", "DATE", "2009-11-04", granularity="day",
    ...                   date_start=date(2009, 11, 4), date_end=date(2009, 11, 4))
    >>> dates_a_statement(Sentence(0, len(text), text, 0), wednesday)
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.events.headlines import STANDFIRST_WORDS, ends_as_prose
from timeline.kinds import Granularity
from timeline.syntax import reporting_verbs

if TYPE_CHECKING:
    from timeline.events.selection import EventSentence
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = [
    "LEAD_WINDOW",
    "RECENT_DAYS",
    "STORY_DAYS",
    "Lead",
    "dates_a_statement",
    "lead_said_on",
    "names_a_day",
    "past_forms",
    "scene_told_before",
]

#: How many event sentences after the lead may name the day of its statement.
LEAD_WINDOW = 3
#: How far before the publication day that day may be: the news of the week.
RECENT_DAYS = 7
#: How many days before the publication day the lead's day may be for the undated sentences
#: after it to take it (`Lead.story_day`): yesterday's story, the weekend's on a Monday, a
#: weekly's story of a few days back; the news of the week, as for `RECENT_DAYS` (3 days at
#: first; 7 gained two train rows, lost none, check and the timelines unchanged: stop 33).
STORY_DAYS = RECENT_DAYS
#: Words that open a clause of what was said, not an object: "said the plant would close on".
_NOT_OBJECT = r"(?:that|would|will|could|to|was|were|is|are|had|has|have|be|after|before)"


@cache
def _statement_before_day() -> re.Pattern[str]:
    """A reporting verb, a short object or none, then the day: "announced the cuts on"."""
    forms = "|".join(sorted({form for verb in reporting_verbs() for form in past_forms(verb)}))
    obj = rf"(?:\s+(?:{ARTICLES}|{POSSESSIVES})(?:\s+(?!{_NOT_OBJECT}\b)[\w'’-]+){{1,3}})?"
    return re.compile(rf"(?i)\b(?:{forms}){obj}\s+(?:on\s+|late\s+|last\s+)?$")


def past_forms(verb: str) -> tuple[str, ...]:
    """The past of a reporting verb, as a statement made on a day is told: "announced",
    "admitted", "said", "told" (whole words: "notice" is no "note")."""
    irregular = {"say": "said", "tell": "told", "write": "wrote"}
    if verb in irregular:
        return (irregular[verb],)
    if verb.endswith("e"):
        return (f"{verb}d",)
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (f"{verb[:-1]}ied",)
    vowels = "aeiou"
    last_syllable = verb[-3:]
    if (  # "admitted": a last syllable may double its consonant
        len(last_syllable) == 3
        and last_syllable[0] not in vowels
        and last_syllable[1] in vowels
        and last_syllable[2] not in vowels + "wxy"
    ):
        return (f"{verb}ed", f"{verb}{verb[-1]}ed")
    return (f"{verb}ed",)


def dates_a_statement(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` (of `sentence`) is the day of a statement: "announced the cuts on
    Wednesday", "admitted Thursday night"; not "said the plant would close on Monday".

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "He said the plant would close on Monday."
    >>> dates_a_statement(Sentence(0, len(text), text, 0),
    ...                   Timex(33, 39, "Monday", "DATE", "2009-11-02"))
    False
    """
    before = sentence.text[: max(0, timex.start - sentence.start)]
    return _statement_before_day().search(before) is not None


def _recent_day(timex: Timex, published: date) -> bool:
    day = timex.date_start
    return (
        names_a_day(timex)
        and day is not None
        and published - timedelta(days=RECENT_DAYS) <= day < published
    )


def _on_news_day(candidate: EventSentence, published: date) -> bool:
    """Undated news of the publication day, or undated under a date line of that day."""
    inherited = candidate.inherited
    return candidate.on_published or (
        inherited is not None
        and inherited.granularity == Granularity.DAY
        and inherited.date_start == published
    )


def lead_said_on(
    candidates: Sequence[EventSentence], lead: int | None, published: date | None
) -> list[EventSentence]:
    """`candidates` with the lead (`candidates[lead]`), when it is undated news of the
    publication day (or under a date line of that day), dated by the day a statement right
    after it is made (see the module)."""
    if published is None or lead is None or not _on_news_day(candidates[lead], published):
        return list(candidates)
    for later in candidates[lead + 1 : lead + 1 + LEAD_WINDOW]:
        for timex in later.expressions:
            if _recent_day(timex, published) and dates_a_statement(later.sentence, timex):
                # the lead restates that statement: made on its day
                dated = replace(
                    candidates[lead], on_published=False, inherited=timex, said_on_its_day=True
                )
                return [*candidates[:lead], dated, *candidates[lead + 1 :]]
    return list(candidates)


def names_a_day(timex: Timex) -> bool:
    """Whether `timex` names a day or a time of one (not a week, a month or a year)."""
    return timex.granularity in (Granularity.DAY, Granularity.TIME)


@dataclass(slots=True)
class Lead:
    """The lead of a news story, its first sentence of prose (not a date line), and the day it
    tells of: its own day, the day it inherits, or the news day when it has none ("Harlow
    Mills has closed its plant"). A day told after it from before that day ("Its board
    approved the closure on Monday") is background: it dates its own sentence, and neither an
    undated sentence after it ("Tom Reyes said the site would be sold") nor the statement of
    a dated one ("Tom Reyes said output fell 12% in 2024") is made on it: both are news of
    the day; only a statement told on that day ("Reyes confirmed on Monday that ...") goes on
    in the statements after it.
    """

    number: int | None = None
    day: date | None = None
    #: the expression that gave the lead its day, when a date of its own or one it inherits
    dated_by: Timex | None = None

    def read(
        self,
        number: int,
        sentence: Sentence,
        day: date | None,
        own: Sequence[Timex] = (),
        dated_by: Timex | None = None,
    ) -> None:
        if self.number is None and _is_prose(sentence) and not _a_stamp(sentence, own):
            self.number, self.day = number, day
            self.dated_by = dated_by if day is not None else None

    def story_day(self, number: int, published: date | None) -> Timex | None:
        """The lead's day, for an undated sentence `number` after it that inherits no other:
        the story's day, when the lead tells of one of the few days before the news ("Corran
        Rovers beat Dunmore Athletic yesterday. ... Striker Tomas Vey scored twice."), not the
        publication day (`STORY_DAYS`)."""
        timex, day = self.dated_by, self.day
        if timex is None or day is None or published is None or self.number is None:
            return None
        if number <= self.number or not 0 < (published - day).days <= STORY_DAYS:
            return None
        return timex

    def told_before(self, number: int, own: Sequence[Timex]) -> bool:
        """Whether sentence `number`, after the lead, names only days before the lead's."""
        lead_day = self.day
        if lead_day is None or number == self.number:
            return False
        return all(t.date_end < lead_day for t in own if t.date_end is not None and names_a_day(t))


#: A word of letters: what a stamp has few of outside its date.
_WORD = re.compile(r"[^\W\d_]{2,}")


def _a_stamp(sentence: Sentence, own: Sequence[Timex]) -> bool:
    """Whether a sentence is a date with a label, no lead: "Issue: Thursday, February 17, 1983
    — p." has fewer than three words outside its date (a lead, "Apple today unveiled a new
    iPod.", has a verb and its subject at least).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Issue: Thursday, February 17, 1983 — p."
    >>> day = Timex(7, 34, "Thursday, February 17, 1983", "DATE", "1983-02-17")
    >>> _a_stamp(Sentence(0, len(text), text, 0), [day])
    True
    """
    text = sentence.text
    for timex in sorted(own, key=lambda t: t.start, reverse=True):
        start, end = timex.start - sentence.start, timex.end - sentence.start
        text = text[:start] + " " + text[end:]
    return len(_WORD.findall(text)) < 3


def _is_prose(sentence: Sentence) -> bool:
    """A sentence, not a date line or a stamp ("18 June 2025", "Updated 6:05 a.m.")."""
    return len(sentence.text.split()) >= STANDFIRST_WORDS and ends_as_prose(sentence.text)


#: Words a few words before a day that make it the day of another event than the clause's
#: ("was delayed after heavy rain on Monday night", "had failed during a storm on Sunday"),
#: or of a time before the story's (a past perfect): no scene the story goes on in.
_ANOTHER_TIME_BEFORE = re.compile(
    r"(?i)\b(?:after|before|since|until|till|during|following|had)\b(?:\W+\w+){0,4}\W*$"
)


def scene_told_before(
    sentences: Sequence[Sentence],
    anchor: tuple[int, Timex] | None,
    number: int,
    published: date | None,
) -> Timex | None:
    """The day the sentence right before sentence `number` told of (`anchor`: its number and
    date), when it stands in the same paragraph and in the week before the news (`published`;
    `RECENT_DAYS`): the scene a sentence without a date of its own goes on in ("On
    Tuesday evening, rescuers pulled a girl from the mud. She was taken to hospital."), though
    the day is background to the story's (`Lead.told_before`) and dates no sentence
    further on.

    >>> from timeline.sentences import split_sentences
    >>> from timeline.temporal import Timex
    >>> text = "Rescuers found her on Tuesday. She was taken to hospital.\\n\\nThe rain went on."
    >>> sentences = split_sentences(text)
    >>> tuesday = Timex(22, 29, "Tuesday", "DATE", "2024-05-07", granularity="day",
    ...                 date_start=date(2024, 5, 7), date_end=date(2024, 5, 7))
    >>> scene_told_before(sentences, (0, tuesday), 1, date(2024, 5, 10)).text
    'Tuesday'
    >>> scene_told_before(sentences, (0, tuesday), 2, date(2024, 5, 10))  # another paragraph
    >>> scene_told_before(sentences, (0, tuesday), 1, date(2024, 6, 10))  # a month before
    >>> scene_told_before(sentences, None, 1, date(2024, 5, 10))
    >>> text = "Work stopped after a storm on Tuesday. She was taken to hospital."
    >>> after = Timex(30, 37, "Tuesday", "DATE", "2024-05-07", granularity="day",
    ...               date_start=date(2024, 5, 7), date_end=date(2024, 5, 7))
    >>> scene_told_before(split_sentences(text), (0, after), 1, date(2024, 5, 10))
    """
    if anchor is None or anchor[0] != number - 1 or published is None:
        return None
    told = sentences[anchor[0]]
    if told.paragraph != sentences[number].paragraph:
        return None
    if _ANOTHER_TIME_BEFORE.search(told.text, 0, max(0, anchor[1].start - told.start)):
        return None  # "delayed after heavy rain on Monday night": the day of another event
    day = anchor[1].date_start
    if day is None or not 0 < (published - day).days <= RECENT_DAYS:
        return None
    return anchor[1]
