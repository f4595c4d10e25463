"""The day a news text was written, when it is not the day its metadata says it was published.

A story filed on the day of its event and put online days later still speaks from the day it
was written: "At a press conference at 16:15 UTC, June 1st, the chief of the carmaker, which
filed for bankruptcy earlier today, outlined a plan" was written on June 1st, whatever the
page's date. Its "today", its undated statements and its "yesterday" all count from June 1st.

The rule: in the lead of the story (its first sentences, furniture left out), a sentence names a
calendar day and the same day by a deictic word that no reporting verb governs ("said today" is
the day of the report, not of the event): side by side ("today, June 1st") or, when the day
has a clock time, as "earlier today" or "later today" after it. When that day falls a few
days before the publication date, it is the writing day. "The strike that began on June 1st
ends today" says nothing of the kind: it names two days.

    >>> text = ("Carmaker outlines plan\\n\\nAt a press conference at 16:15 UTC, June 1st, the "
    ...         "chief of the carmaker, which filed for bankruptcy earlier today, outlined a plan.")
    >>> writing_day(text, date(2009, 6, 4))
    datetime.date(2009, 6, 1)
    >>> writing_day("The firm said today that it had closed a plant on June 1.", date(2009, 6, 4))
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.furniture import without_furniture
from timeline.sentences import split_sentences
from timeline.syntax import reporting_verbs
from timeline.temporal import Timex, tag
from timeline.temporal.calendar import add_months
from timeline.temporal.vocabulary import MONTHS, VOCABULARY, WEEKDAYS

__all__ = ["DEICTIC_WORDS", "LEAD_SENTENCES", "MAX_DAYS_BEFORE", "dateline_weekday", "writing_day"]

#: Sentences of the story that count as its lead.
LEAD_SENTENCES = 3
#: The most days a writing day may precede the publication date (a late upload, a weekly).
MAX_DAYS_BEFORE = 7
#: Characters of the text read for the lead (a lead is a few hundred).
_LEAD_CHARS = 2000
_CALENDAR_DAY = re.compile(r"(?:\d{4}|XXXX)-(?P<month>\d\d)-(?P<day>\d\d)")
#: A deictic expression of the day of writing, as the engine leaves it without a reference:
#: "today" (XXXX-XX-XX), "this morning" or "tonight" (XXXX-XX-XXTMO, XXXX-XX-XXTNI).
_SAME_DAY = re.compile(r"XXXX-XX-XX(?:T[A-Z]{2})?")
#: A clock time, as the engine writes it without a reference: XXXX-XX-XXT16:15Z.
_CLOCK = re.compile(r"T\d\d:\d\d")
#: What may stand between a day and its clock time or its "today": "today, June 1st",
#: "16:15 UTC, June 1st", "June 1st at 16:15".
_APPOSITION = re.compile(r"\s*[,(]?\s*(?:(?:on|at)\s+)?")
#: "earlier today", "later this morning": the same day as the clock time before them.
_SAME_DAY_RELATIVE = re.compile(r"(?i)\b(?:earlier|later)\s+$")
#: A prefilter for them, from the vocabulary's parts of a day.
DEICTIC_WORDS = re.compile(
    rf"(?i)\b(?:today|tonight|this\s+(?:{'|'.join(VOCABULARY.parts_of_a_day)}))\b"
)
#: A weekday as a dateline writes it: in full or cut short with a point ("Wed.", "Thurs.").
_WEEKDAY_FORMS = {
    **{w.capitalize(): n for w, n in WEEKDAYS.items()},
    **{w[:3].capitalize() + ".": n for w, n in WEEKDAYS.items()},
    "Tues.": 2,
    "Thur.": 4,
    "Thurs.": 4,
}
#: A dateline of a place in capitals and a weekday alone, or a month and a day, as papers
#: filed stories for the next day's edition: "PONTARDYN, Wednesday.", "LONDON, Monday —",
#: "KUALA LUMPUR, Wed. —", "HELSINKI, Sept. 2." (not a wire's "LIMA, Oct 2 (Wire) -").
_WEEKDAY_DATELINE = re.compile(
    r"(?m)^[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,40},\s+(?:(?P<weekday>"
    + "|".join(re.escape(w) for w in sorted(_WEEKDAY_FORMS, key=len, reverse=True))
    + r")|(?P<month>"
    + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+(?P<day>[1-9]|[12]\d|3[01])\b)\s*(?:[.:]|\s[-–—])"
)
_WORD = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
#: Past forms of reporting verbs that are not the lemma plus "-ed" ("said today").
_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def writing_day(text: str, published: date) -> date | None:
    """The day `text` says it was written, when that is 1 to `MAX_DAYS_BEFORE` days before
    `published`; None when the text does not say or says the same day.

    >>> writing_day("Talks ended today, June 1st, after a week.", date(2009, 6, 2))
    datetime.date(2009, 6, 1)
    >>> writing_day("Talks ended on June 1st. They resume today.", date(2009, 6, 2)) is None
    True
    >>> writing_day("PONTARDYN, Wednesday.\\n\\nFour miners were trapped today.", date(1963, 11, 7))
    datetime.date(1963, 11, 6)
    """
    dateline = _WEEKDAY_DATELINE.search(text[:_LEAD_CHARS])
    if dateline is not None:  # "PONTARDYN, Wednesday.": the weekday the story was filed on
        return _dateline_day(dateline, published)
    lead = without_furniture(text[:_LEAD_CHARS])
    if DEICTIC_WORDS.search(lead) is None:
        return None
    story = [s for s in split_sentences(lead) if s.text.rstrip().endswith((".", "!", "?", '"'))]
    for sentence in story[:LEAD_SENTENCES]:
        found = _day_named_today(sentence.text, published)
        if found is not None:
            return found
    return None


def dateline_weekday(text: str) -> int | None:
    """The weekday (1 Monday .. 7 Sunday) a dateline near the top names alone, "STOCKHOLM,
    Wednesday --", as a weekly's stories are filed; None when its dateline names none.

    >>> dateline_weekday("TARROW, Wednesday -- The ferry sailed."), dateline_weekday("It sank.")
    (3, None)
    """
    dateline = _WEEKDAY_DATELINE.search(text[:_LEAD_CHARS])
    if dateline is None or dateline["weekday"] is None:
        return None
    return _WEEKDAY_FORMS[dateline["weekday"]]


def _dateline_day(dateline: re.Match[str], published: date) -> date | None:
    """The day a dateline names (its weekday, or its month and day), when it is 1 to
    `MAX_DAYS_BEFORE` days before `published`.

    >>> found = _WEEKDAY_DATELINE.search("HELSINKI, Sept. 2.\\n\\nThe bank acted today.")
    >>> _dateline_day(found, date(1975, 9, 3))
    datetime.date(1975, 9, 2)
    >>> found = _WEEKDAY_DATELINE.search("KUALA LUMPUR, Wed. \u2014 Futures rose today.")
    >>> _dateline_day(found, date(1986, 3, 13))
    datetime.date(1986, 3, 12)
    """
    if dateline["weekday"] is not None:
        back = (published.isoweekday() - _WEEKDAY_FORMS[dateline["weekday"]]) % 7
    else:
        day = _calendar_day(
            f"XXXX-{MONTHS[dateline['month'].lower()]:02d}-{int(dateline['day']):02d}", published
        )
        back = (published - day).days if day is not None else 0
    return published - timedelta(days=back) if 1 <= back <= MAX_DAYS_BEFORE else None


def _day_named_today(sentence: str, published: date) -> date | None:
    """The calendar day of `sentence` when a deictic "today" names the same day: beside it
    ("today, June 1st") or, after a clock time of that day, "earlier today" or "later today".

    >>> _day_named_today("At 16:15 UTC, June 1st, the firm, which failed earlier today, "
    ...                  "spoke.", date(2009, 6, 4))
    datetime.date(2009, 6, 1)
    >>> _day_named_today("The strike that began on June 1st ends today.", date(2009, 6, 4))
    """
    timexes = tag(sentence, None, narrative=False)
    for timex in timexes:
        day = _calendar_day(timex.value, published)
        if day is None or not 1 <= (published - day).days <= MAX_DAYS_BEFORE:
            continue
        timed = any(_CLOCK.search(t.value) and _side_by_side(sentence, t, timex) for t in timexes)
        for deictic in timexes:
            if not _SAME_DAY.fullmatch(deictic.value) or _reported(sentence, deictic):
                continue
            if _side_by_side(sentence, deictic, timex):
                return day
            if (
                timed
                and deictic.start > timex.end
                and _SAME_DAY_RELATIVE.search(sentence, max(0, deictic.start - 10), deictic.start)
            ):
                return day
    return None


def _side_by_side(sentence: str, one: Timex, other: Timex) -> bool:
    """Whether two expressions stand together: only a comma, "on" or "at" between them."""
    first, second = sorted((one, other), key=lambda t: t.start)
    return _APPOSITION.fullmatch(sentence[first.end : second.start]) is not None


def _calendar_day(value: str, published: date) -> date | None:
    """The day a value names, its year taken from the publication when the text gives none."""
    match = _CALENDAR_DAY.fullmatch(value)
    if match is None:
        return None
    month, day = int(match["month"]), int(match["day"])
    year = int(value[:4]) if value[:4].isdigit() else published.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if found > published and not value[:4].isdigit():
        found = add_months(found, -12)
    return found


def _reported(sentence: str, deictic: Timex) -> bool:
    """Whether a reporting verb governs the deictic: "said today", "today announced"."""
    before = _WORD.findall(sentence[max(0, deictic.start - 25) : deictic.start])[-1:]
    after = _NEXT_WORD.match(sentence, deictic.end)
    return any(_reporting(word) for word in (*before, *(after.groups() if after else ())))


def _reporting(word: str) -> bool:
    word = word.lower()
    if word in _IRREGULAR_PAST:
        return True
    stems = {word, word.removesuffix("s"), word.removesuffix("ed"), word.removesuffix("d")}
    return any(stem in reporting_verbs() for stem in stems)
