"""In news, "this year" or "this month" in a clause told in the past tense is the period it
happened in, not the news day: "The council raised rates three times this year", "Israeli
firms have raised $600 million this year", "This year's festival screened 136 films" (the year,
some day of it before the news). In the present it is how things stand on the news day
("Sales this year are up"). A reporting verb is no past of the clause: "Roe said sales this
year would rise" looks ahead. A clause that looks ahead (the future tense: "will", "would",
"expects ... to") is about the period too, as a forecast for a half or a quarter is
(`planned_in_the_period`): "It expects a small profit this year" is the year, "This month she
begins teaching" the month.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def year(text: str) -> bool:
    ...     at = text.lower().index("this year")
    ...     return done_in_the_period(Sentence(0, len(text), text, 0),
    ...         Timex(at, at + 9, text[at:at + 9], "DATE", "2019", granularity="year",
    ...               date_start=date(2019, 1, 1), date_end=date(2019, 12, 31)))
    >>> year("The council raised rates three times this year.")
    True
    >>> year("Sales this year are up."), year("Roe said sales this year would rise.")
    (False, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.syntax import reporting_verbs
from timeline.temporal.tense import clause_tense
from timeline.temporal.vocabulary import FUTURE_CUES

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["done_in_the_period", "planned_in_the_period"]

#: marks around a word: "said,", "(told"
_PUNCTUATION = ",.;:()\"'“”‘’"

#: where the clause of an expression starts: after the last comma, semicolon or colon before it
#: (not the comma of a figure, "160,000")
_CLAUSE_START = re.compile(r"[,;:]\s")

#: a period made a possessive: "this year's conference"
_POSSESSIVE = re.compile(r"['’]s\b")

#: a negation in a clause: "will not", "won't", "would never"
_NEGATION = re.compile(r"(?i)\b(?:not|never)\b|n[’']t\b")

#: the modals of a future a clause tells ("will", "would"), not an expectation ("expects")
_MODALS = frozenset({"will", "would", "shall", "'ll", "’ll", "going to"})

#: the past forms of reporting verbs that are not regular ("said", "told", "wrote")
_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote"}


def _reported_past() -> frozenset[str]:
    forms = set()
    for lemma in reporting_verbs():
        forms.add(_IRREGULAR_PAST.get(lemma, lemma + ("d" if lemma.endswith("e") else "ed")))
    return frozenset(forms)


def done_in_the_period(sentence: Sentence, timex: Timex) -> bool:
    """Whether the deictic period `timex` ("this year") is when the clause's past happened
    (see the module's docstring)."""
    if timex.date_start is None:
        return False  # "now", "ongoing": the news day whatever the tense
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if clause_tense(sentence.text, start, end) != "past":
        return False
    before = sentence.text[:start].lower().split()
    after = sentence.text[end:].lower().split()
    reported = _reported_past()
    # "said ... this year", with no other past verb between
    near = [w.strip(_PUNCTUATION) for w in [*before[-6:], *after[:3]]]
    return not any(word in reported for word in near)


def planned_in_the_period(sentence: Sentence, timex: Timex) -> bool:
    """Whether the deictic year or month `timex` ("this year", "the current year", "this
    month") is the period a clause looking ahead is about: its tense is the future, with
    "will" or "would" of its own or a present of the timetable ("will measure 4.2 per cent
    this year", "would take delivery of six aircraft this year", "This month she begins
    teaching"). Not "now", which has no period, nor a possessive ("will hold this year's
    conference": the news day, as tl-apple's annotation has it), nor a clause that says what
    will not be ("would not cut its prices this year": the statement's day, not the year's),
    nor an expectation in the present ("Ford expects to stay profitable this year": the
    expecting is how things stand on the news day, as a statement in the present is made on
    it).

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def year(text: str) -> bool:
    ...     at = text.lower().index("this year")
    ...     return planned_in_the_period(Sentence(0, len(text), text, 0),
    ...         Timex(at, at + 9, text[at:at + 9], "DATE", "2019", granularity="year",
    ...               date_start=date(2019, 1, 1), date_end=date(2019, 12, 31)))
    >>> year("The mill will make a small profit this year."), year("Sales this year are up.")
    (True, False)
    >>> year("The mill will not cut its prices this year.")
    False
    >>> year("The mill expects to stay profitable this year.")
    False
    """
    if timex.date_start is None or timex.granularity not in ("year", "month"):
        return False
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if _POSSESSIVE.match(sentence.text, end):
        return False  # "will hold this year's conference": the thing's, the news day
    if clause_tense(sentence.text, start, end) != "future":
        return False
    clause = _CLAUSE_START.split(sentence.text[:start])[-1]
    if _NEGATION.search(clause) is not None:
        return False
    words = clause.lower().split()
    cues = {" ".join(words[i : i + 2]) for i in range(len(words))} | set(words)
    return bool(cues & _MODALS) or not cues & FUTURE_CUES
