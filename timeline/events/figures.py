"""A result's period beside the day it was reported: "Conecta reported a net loss of 312
million reais for the third quarter on Oct. 27" tells two times, the quarter the loss covers and
the day it was reported. The clause is the report, on its day; the period is a row of its own
(a reader looking at the third quarter finds the loss). A clause whose only date is the period
keeps it (`data/result_nouns.txt`; "raised its forecast for 2026", a figure foreseen, dates
nothing: `date_roles.foreseen_for`).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It reported a loss of $9 million for the third quarter on Oct. 27."
    >>> quarter = Timex(37, 54, "the third quarter", "DATE", "2021-Q3")
    >>> covered_by_result(Sentence(0, len(text), text, 0), quarter)
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from timeline.kinds import Granularity
from timeline.temporal.tense import clause_tense
from timeline.wordlists import word_list

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = [
    "covered_by_result",
    "figure_of_month",
    "figures_to_come",
    "period_of_figures_told",
    "result_periods",
]


@cache
def _result_for() -> re.Pattern[str]:
    """A result, its amount or none, then "for": "net loss of 312 million reais for (the)"."""
    nouns = "|".join(word_list("result_nouns.txt"))
    return re.compile(rf"(?i)\b(?:{nouns})s?(?:\s+of\s+[^,;()]{{1,40}}?)?\s+for\s+(?:the\s+)?$")


def covered_by_result(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is the period a result covers ("a net loss ... for the third quarter").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It closed the plant for the third quarter."
    >>> covered_by_result(Sentence(0, len(text), text, 0),
    ...                   Timex(23, 40, "the third quarter", "DATE", "2021-Q3"))
    False
    """
    start = timex.start - sentence.start
    return _result_for().search(sentence.text[max(0, start - 70) : start]) is not None


def result_periods(
    sentence: Sentence, attached: Sequence[Timex]
) -> tuple[list[Timex], list[Timex]]:
    """The periods results cover that are rows of their own, and the other dates of a clause
    (`attached`), when one of those is a day or a month after the periods end, in the same
    stretch of the clause (no comma between): the day or month dates the clause ("will report
    results for fiscal 1988 in mid-March"), and each period is a row of its own, but one of
    figures still to come (`figures_to_come`), which only the report is.
    Otherwise nothing is split off: "for the year ended March 31" is the period's own end,
    and "reported its results last Thursday, posting a profit for the year to March" tells
    the period again.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It reported a loss of $9 million for the third quarter on Oct. 27."
    >>> quarter = Timex(37, 54, "the third quarter", "DATE", "2021-Q3", None, "quarter",
    ...                 date(2021, 7, 1), date(2021, 9, 30))
    >>> day = Timex(58, 65, "Oct. 27", "DATE", "2021-10-27", None, "day",
    ...             date(2021, 10, 27), date(2021, 10, 27))
    >>> [t.text for t in result_periods(Sentence(0, len(text), text, 0), [quarter, day])[0]]
    ['the third quarter']
    >>> text = "It will report results for the third quarter in mid-October."
    >>> month = Timex(48, 59, "mid-October", "DATE", "2021-10", None, "month",
    ...               date(2021, 10, 1), date(2021, 10, 31))
    >>> quarter = Timex(27, 44, "the third quarter", "DATE", "2021-Q3", None, "quarter",
    ...                 date(2021, 7, 1), date(2021, 9, 30))
    >>> rows, dating = result_periods(Sentence(0, len(text), text, 0), [quarter, month])
    >>> rows, [t.text for t in dating]
    ([], ['mid-October'])
    """
    covered = [t for t in attached if t.date_end is not None and covered_by_result(sentence, t)]
    others = [t for t in attached if t not in covered]
    for period in covered:
        for day in others:
            if (
                (day.granularity in ("day", "time") or _in_a_month(sentence, day))
                and day.date_start is not None
                and period.date_end is not None
                and day.date_start > period.date_end
                and not _apart(sentence, period, day)
            ):
                return [t for t in covered if not figures_to_come(sentence, t, attached)], others
    return [], []


#: "in" right before an expression: "in mid-March", "in December".
_IN_BEFORE = re.compile(r"\bin\s+$")


def _in_a_month(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a month the clause happened in ("will report results for fiscal
    1988 in mid-March"), not the end of a range ("for April to June").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It reported results for April to June in July."
    >>> [_in_a_month(Sentence(0, len(text), text, 0), Timex(s, s + 4, w, "DATE", "2022-06",
    ...                                                     granularity="month"))
    ...  for s, w in ((33, "June"), (41, "July"))]
    [False, True]
    """
    start = timex.start - sentence.start
    return timex.granularity == "month" and _IN_BEFORE.search(sentence.text[:start]) is not None


def _apart(sentence: Sentence, one: Timex, other: Timex) -> bool:
    """Whether a comma or a semicolon stands between two expressions of `sentence`."""
    start, end = min(one.end, other.end), max(one.start, other.start)
    between = sentence.text[start - sentence.start : end - sentence.start]
    return "," in between or ";" in between


#: After a bare month, the figure it is the month of: "October inflation data", "March retail
#: sales figures" (`data/statistic_nouns.txt`, and sales).
FIGURE_AFTER_MONTH = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted({*word_list("statistic_nouns.txt"), "sales", "numbers", "report"}))
    + r")\b"
)


def figure_of_month(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """A month that names a figure's period ("will publish October inflation data on Nov.
    15"), in a sentence that tells the day of what is done with it: the figure's, not the
    clause's time."""
    if timex.granularity != Granularity.MONTH or not timex.text[:1].isupper():
        return False
    if " " in timex.text.strip() or any(c.isdigit() for c in timex.text):
        return False  # "March 2021", "last March": a time of the clause
    if FIGURE_AFTER_MONTH.match(sentence.text, timex.end - sentence.start) is None:
        return False
    return any(t is not timex and t.granularity == Granularity.DAY for t in found)


@cache
def _figure_nouns() -> str:
    """The nouns of figures a period is the period of: results ("profit", "results"),
    statistics ("figures", "index", "data"), and "accounts", "numbers", "report"."""
    nouns = {*word_list("result_nouns.txt"), *word_list("statistic_nouns.txt")}
    return "|".join(sorted({*nouns, "account", "number", "report"}))


@cache
def _figures_after() -> re.Pattern[str]:
    """Right after a period, the figures it is the period of: "fourth-quarter figures", "its
    September figures", "the first quarter's results"."""
    return re.compile(rf"(?i)(?:['’]s)?\s+(?:[a-z]+\s+)?(?:{_figure_nouns()})s?\b")


@cache
def _figures_before() -> re.Pattern[str]:
    """Right before a period, figures for or covering it: "its figures for the", "the next
    index, for the", "results, covering"."""
    return re.compile(rf"(?i)\b(?:{_figure_nouns()})s?,?\s+(?:for|covering)\s+(?:the\s+)?$")


#: The end of a range after its start: "for January to March", "covering April and May".
_RANGE_END_RE = re.compile(r"(?i)\s*(?:to|and|through|until|[-–])\s*$")


def period_of_figures_told(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` is the period of a result or of figures already told ("published its
    figures for the third quarter on Oct. 29", "a loss of $9 million for the third quarter"),
    not of figures still to come (`figures_to_come`): the period keeps its row.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def periods(text: str) -> Sentence:
    ...     at, on = text.index("the third"), text.index("Oct.")
    ...     quarter = Timex(at, at + 17, "the third quarter", "DATE", "2021-Q3", None,
    ...                     "quarter", date(2021, 7, 1), date(2021, 9, 30))
    ...     day = Timex(on, on + 7, "Oct. 29", "DATE", "2021-10-29", None, "day",
    ...                 date(2021, 10, 29), date(2021, 10, 29))
    ...     sentence = Sentence(0, len(text), text, 0)
    ...     return period_of_figures_told(sentence, quarter, [quarter, day])
    >>> periods("It published its figures for the third quarter on Oct. 29.")
    True
    >>> periods("It will publish its figures for the third quarter on Oct. 29.")
    False
    """
    return (
        covered_by_result(sentence, timex) or _of_figures(sentence, timex, found)
    ) and not figures_to_come(sentence, timex, found)


def _of_figures(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` is a period figures are of: right before their noun ("fourth-quarter
    figures"), right after it ("its figures for the first quarter"), or the end of a range
    whose start is one ("results, for January to March 2021").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Results for January to March are due."
    >>> january = Timex(12, 19, "January", "DATE", "2021-01")
    >>> march = Timex(23, 28, "March", "DATE", "2021-03")
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> [_of_figures(sentence, t, [january, march]) for t in (january, march)]
    [True, True]
    """
    start = timex.start - sentence.start
    end = timex.end - sentence.start
    text = sentence.text
    if _figures_after().match(text, end) is not None:
        return True
    if _figures_before().search(text[max(0, start - 40) : start]) is not None:
        return True
    return any(
        first.end <= timex.start
        and _RANGE_END_RE.fullmatch(text[first.end - sentence.start : start]) is not None
        and _of_figures(sentence, first, found)
        for first in found
    )


#: Results said to come right before their period: "will report results for", "will release
#: its audited results for the".
_WILL_BEFORE_RESULTS = re.compile(r"(?i)\bwill\s+(?:[a-z]+\s+){1,4}?results\s+for\s+(?:the\s+)?$")


def figures_to_come(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether `timex` is the period of figures still to come ("will publish its figures for
    the first quarter at the end of May", "the next index, for the fourth quarter, is due in
    mid-January", "will publish its September figures on the first business day of next
    month", "On Nov. 18 it will report results for the third quarter"), in a sentence that
    tells when they come: a time after the period, in a clause that looks ahead, later in the
    sentence or anywhere when "will" stands right before the results. The clause happens
    then, not in the period the figures cover: the period dates nothing (`selection`) and is
    no row of its own beside the report's day (`result_periods`); figures told ("today
    reported results for the second quarter") and a figure ("a loss of $9 million for the
    third quarter") keep it.

    >>> from dataclasses import replace
    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It will publish its figures for the first quarter at the end of May."
    >>> quarter = Timex(32, 49, "the first quarter", "DATE", "2024-Q1", None, "quarter",
    ...                 date(2024, 1, 1), date(2024, 3, 31))
    >>> may = Timex(53, 67, "the end of May", "DATE", "2024-05", None, "month",
    ...             date(2024, 5, 1), date(2024, 5, 31))
    >>> figures_to_come(Sentence(0, len(text), text, 0), quarter, [quarter, may])
    True
    >>> told = "It published its figures for the first quarter at the end of May."
    >>> figures_to_come(Sentence(0, len(told), told, 0), quarter, [quarter, may])
    False
    >>> ahead = "At the end of May it will report results for the first quarter."
    >>> first, end_of_may = replace(quarter, start=45, end=62), replace(may, start=3, end=17)
    >>> figures_to_come(Sentence(0, len(ahead), ahead, 0), first, [first, end_of_may])
    True
    """
    if timex.date_end is None or not _of_figures(sentence, timex, found):
        return False
    text = sentence.text
    start = timex.start - sentence.start
    anywhere = _WILL_BEFORE_RESULTS.search(text[max(0, start - 60) : start]) is not None
    return any(
        later is not timex
        and later.date_start is not None
        and later.date_start > timex.date_end
        and (anywhere or later.start >= timex.end)
        and clause_tense(text, later.start - sentence.start, later.end - sentence.start) == "future"
        for later in found
    )
