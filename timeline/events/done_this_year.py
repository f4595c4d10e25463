"""In news, "this year" or "this month" in a clause told in the past tense is the period it
happened in, not the news day: "The council raised rates three times this year", "Israeli
firms have raised $600 million this year", "This year's festival screened 136 films" (the year,
some day of it before the news). In the present or the future it is how things stand on the
news day ("Sales this year are up", "It expects fewer cuts this year"). A reporting verb is
no past of the clause: "Roe said sales this year would rise" looks ahead.

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

from typing import TYPE_CHECKING

from timeline.syntax import reporting_verbs
from timeline.temporal.tense import clause_tense

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["done_in_the_period"]

#: marks around a word: "said,", "(told"
_PUNCTUATION = ",.;:()\"'“”‘’"

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
