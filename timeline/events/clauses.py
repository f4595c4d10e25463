"""Which date goes with which clause: each dated expression is attached to a verb or an event
noun, and each clause takes its nearest (or finest) date (its own actors: `clause_actors`). The
dates joined to a clause's date (coordinated, ranges, days in a row) are in `events/spans.py`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.determiners import POSSESSIVES
from timeline.events.asides import in_aside, verbs_before
from timeline.events.dates import PRESENT_VALUES, precision
from timeline.events.restated_dates import without_restated
from timeline.events.spans import closes_range
from timeline.events.thing_times import times_of_the_clause
from timeline.temporal.vocabulary import WEEKDAYS

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

#: A clause opening before a fronted date: "..., and on Monday, he", "... that as of February,".
#: Not the same words as `clause_actors._CLAUSE_MARK`: with their union in both, "were lost in most
#: operations after 1982, and the defenses would continue" dates "continue", not "lose".
_CLAUSE_OPENING = re.compile(
    r"(?:[;:,]|\b(?:and|but|that|while|whereas|so|then|yet))\s+(?:[a-z]+\s+){0,2}$"
)
_BARE_WEEKDAY = re.compile(
    r"(?:" + "|".join(name.capitalize() for name in WEEKDAYS if len(name) > 3) + r")\b"
)


def attach_dates(
    text: str,
    sentence: Sentence,
    dated: Sequence[Timex],
    predicates: Sequence[Predicate],
) -> dict[Predicate, list[Timex]]:
    """Each dated expression of `sentence` under the clause it dates: an event noun right
    before it, else the verb before it (a fronted date, the verb after it), else the nearest
    verb; `predicates` is not empty.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "Jobs founded Apple in 1976 and died on Wednesday."
    >>> found, died = Predicate(5, 12, "found"), Predicate(31, 35, "die")
    >>> year = Timex(22, 26, "1976", "DATE", "1976", granularity="year",
    ...              date_start=date(1976, 1, 1), date_end=date(1976, 12, 31))
    >>> day = Timex(39, 48, "Wednesday", "DATE", "2011-10-05", granularity="day",
    ...             date_start=date(2011, 10, 5), date_end=date(2011, 10, 5))
    >>> groups = attach_dates(text, Sentence(0, 49, text, 0), [year, day], [found, died])
    >>> [(p.lemma, [t.text for t in ts]) for p, ts in groups.items()]
    [('found', ['1976']), ('die', ['Wednesday'])]
    """
    verbs = [p for p in predicates if not p.nominal]
    groups: dict[Predicate, list[Timex]] = {}
    previous: tuple[Timex, Predicate] | None = None
    for timex in dated:
        if previous is not None and closes_range(text, previous[0], timex):
            # "between January 2014 and March 2016, while he was treasurer": the range's
            # end dates the clause its start dates, whatever verb stands nearer
            groups[previous[1]].append(timex)
            previous = (timex, previous[1])
            continue
        owner = _nominal_owner(text, sentence, timex, predicates)
        if owner is None and verbs:
            # Adverbials follow their verb ("founded Apple in 1976, died on Wednesday"); a
            # fronted one ("On Monday, Blinken spoke") has no verb before it.
            # not a verb of an aside closed before it ("Its coach, who broke his wrist last
            # month, will be out until June": June is not the breaking's)
            after = [p for p in verbs if sentence.start + p.start >= timex.end]
            before = verbs_before(sentence, verbs, after, timex)
            if (
                before
                and after
                and _fronted(text, sentence, timex)
                and not in_aside(sentence, timex)
            ):
                owner = after[0]  # "... and that as of February, the store accounts for"
            elif before and after and _opens_complement(text, sentence, before[-1], timex):
                owner = after[0]  # "warned that the figure for last year is preliminary"
            elif before:
                owner = before[-1]
            else:
                # A fronted date dates the main clause after it, not a relative clause on the
                # way ("On June 1st, the chief, whose company filed for bankruptcy earlier
                # today, outlined a plan": outlined).
                main = [p for p in after if not _in_relative_clause(text, sentence, timex, p)]
                owner = min(main or verbs, key=lambda p: distance(sentence, p, timex))
        if owner is None:
            owner = predicates[0]
        groups.setdefault(owner, []).append(timex)
        previous = (timex, owner)
    return groups


_OPEN_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,]*$", re.IGNORECASE)


def _in_relative_clause(text: str, sentence: Sentence, timex: Timex, verb: Predicate) -> bool:
    """Whether `verb` sits in a relative clause opened between the expression and it
    (", which filed for bankruptcy" after "On June 1st, the carmaker")."""
    between = text[timex.end : sentence.start + verb.start]
    return _OPEN_RELATIVE.search(between) is not None


def _fronted(text: str, sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression opens a clause of its own, set off by a comma ("and that as of
    February, the store accounts for 70%"): it dates the verb after it, not the one before."""
    if not text.startswith(",", timex.end):
        return False
    return _CLAUSE_OPENING.search(text, sentence.start, timex.start) is not None


_COMPLEMENT = re.compile(r"^\s+(?:[^,;:.]{0,40}?\s)?that\s", re.IGNORECASE)


def _opens_complement(text: str, sentence: Sentence, verb: Predicate, timex: Timex) -> bool:
    """Whether a clause of what was said ("that ...") opens right after `verb` and before the
    expression: the expression is part of that clause ("GM warned that the figure for last year
    is preliminary": last year goes with "is", not with "warned").

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "Roe warned that the figure for last year is preliminary."
    >>> warn, be = Predicate(4, 10, "warn"), Predicate(41, 43, "be")
    >>> year = Timex(31, 40, "last year", "DATE", "2022", granularity="year",
    ...              date_start=date(2022, 1, 1), date_end=date(2022, 12, 31))
    >>> groups = attach_dates(text, Sentence(0, len(text), text, 0), [year], [warn, be])
    >>> [(p.lemma, [t.text for t in ts]) for p, ts in groups.items()]
    [('be', ['last year'])]
    """
    verb_end = sentence.start + verb.end
    # "said on Thursday that sales in its second quarter rose": past the statement's own date
    return _COMPLEMENT.search(text[verb_end : timex.start]) is not None


def distance(sentence: Sentence, predicate: Predicate, timex: Timex) -> int:
    """Characters between a clause's head word and an expression (0 when they overlap)."""
    start = sentence.start + predicate.start
    end = sentence.start + predicate.end
    if timex.start >= end:
        return timex.start - end
    return max(0, start - timex.end)


def _nominal_owner(
    text: str, sentence: Sentence, timex: Timex, predicates: Sequence[Predicate]
) -> Predicate | None:
    """The event noun written right before the expression: "ouster over a decade ago". Not a
    bare weekday, which news writes after the verb's object with no "on": "is expected to
    attend the launch Friday" is attending on Friday."""
    if _BARE_WEEKDAY.match(timex.text):
        return None
    for predicate in predicates:
        if predicate.nominal and _right_before(text, sentence, predicate, timex):
            return predicate
    return None


def _right_before(text: str, sentence: Sentence, predicate: Predicate, timex: Timex) -> bool:
    """Whether `predicate` ends right before the expression, only spaces between."""
    end = sentence.start + predicate.end
    return end <= timex.start and not text[end : timex.start].strip()


def written_before(
    text: str, sentence: Sentence, predicate: Predicate, attached: Sequence[Timex]
) -> bool:
    """Whether an event noun is written right before one of the expressions it dates ("the
    ouster over a decade ago"): then the names of its own phrase are its actors. A noun that
    took the date only because the sentence had no verb read ("approved on Tuesday last the
    amalgamation ... at a meeting": the tagger missed "approved") is no such owner, and the
    clause keeps the sentence's names.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "Shareholders approved on Tuesday last the plan at a meeting."
    >>> day = Timex(24, 31, "Tuesday", "DATE", "1959-04-14", granularity="day",
    ...             date_start=date(1959, 4, 14), date_end=date(1959, 4, 14))
    >>> meeting = Predicate(51, 58, "meeting", nominal=True)
    >>> written_before(text, Sentence(0, len(text), text, 0), meeting, [day])
    False

    Nor is a noun whose phrase opens with a possessive pronoun ("left its rate unchanged at
    its meeting a week ago"): the pronoun stands for the clause's subject, whose names the
    clause keeps (`_possessed_by_the_subject`).
    """
    return any(
        _right_before(text, sentence, predicate, timex) for timex in attached
    ) and not _possessed_by_the_subject(text, sentence, predicate)


#: A noun phrase opened by a possessive pronoun, up to two modifiers before its noun ("its
#: meeting", "their annual conference"); not a preposition or article as a modifier.
_PRONOUN_OWNER = re.compile(
    rf"(?i)\b{POSSESSIVES}\s+"
    r"(?:(?!(?:the|a|an|at|in|on|of|to|for|by|with|from|and|or)\b)[a-z][\w-]*\s+){0,2}$"
)


def _possessed_by_the_subject(text: str, sentence: Sentence, predicate: Predicate) -> bool:
    """Whether an event noun's phrase opens with a possessive pronoun: its owner is the
    clause's subject, named before it, not a name of the noun's own phrase.

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Brindle Mutual held its annual meeting a week ago."
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> _possessed_by_the_subject(text, sentence, Predicate(31, 38, "meeting", nominal=True))
    True
    >>> text = "Olga Varn's ouster a decade ago."
    >>> _possessed_by_the_subject(text, sentence, Predicate(12, 18, "ouster", nominal=True))
    False
    """
    noun_start = sentence.start + predicate.start
    return _PRONOUN_OWNER.search(text, max(sentence.start, noun_start - 40), noun_start) is not None


#: Right before a date, words that make it a bound of the clause, not its time: "before
#: Christmas", "until mid-July".
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:before|after|ahead\s+of|prior\s+to|until|till)\s+(?:the\s+)?$"
)


#: Right after a date, a possessive: the date names a thing ("Friday's schedule").
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _weekday_of_a_thing(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a weekday made a possessive ("Friday's schedule"): it names a thing
    of that day. Not "today's" or "this year's", which still set the time of their clause
    ("Today's drill is the first since 2019")."""
    words = timex.text.lower().split()
    return (
        bool(words)
        and words[-1] in WEEKDAYS
        and _POSSESSIVE_AFTER.match(sentence.text, timex.end - sentence.start) is not None
    )


#: A negation before "until" in its clause: "did not raise the quota until December 2" raised
#: it on December 2; the date is when the clause happened, not a bound.
_NOT_UNTIL = re.compile(
    r"(?i)(?:\b(?:not|never)\b|n['’]t\b)[^,;:.]{0,80}?\b(?:until|till)\s+(?:the\s+)?$"
)


def _a_bound(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a time its clause happened before, after or until ("a cut before
    Christmas"), not "not ... until" a day, which is the day it happened.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def bound(text: str) -> bool:
    ...     start = text.index("May")
    ...     return _a_bound(Sentence(0, len(text), text, 0),
    ...                     Timex(start, start + 5, "May 2", "DATE", "2024-05-02"))
    >>> bound("The mill stayed shut until May 2."), bound("The mill did not open until May 2.")
    (True, False)
    """
    start = timex.start - sentence.start
    return (
        _BOUND_BEFORE.search(sentence.text, 0, start) is not None
        and _NOT_UNTIL.search(sentence.text, 0, start) is None
    )


def at_times(sentence: Sentence, timexes: Sequence[Timex]) -> Sequence[Timex]:
    """The expressions that say when a clause happened, not a time it happened before, after or
    until ("a cut before Christmas, most likely in November": November), nor a weekday that
    names a thing ("will decide on Friday's schedule at 3 p.m. today": today), nor "now" beside a
    date ("now expects crude to average $45 in the second half": the half), nor the period a
    thing is for beside a finer date (`thing_times.times_of_the_clause`); all of them when
    every one is such a bound, a thing's weekday or "now". A period's bound restated by the
    day it falls on gives way to the day first ("before June 30, the end of its financial
    year": `restated_dates.without_restated`).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "The airline will decide on Friday's schedule at 3 p.m. today."
    >>> friday = Timex(27, 33, "Friday", "DATE", "2024-02-16", granularity="day")
    >>> today = Timex(48, 60, "3 p.m. today", "TIME", "2024-02-14T15:00", granularity="time")
    >>> [t.text for t in at_times(Sentence(0, len(text), text, 0), [friday, today])]
    ['3 p.m. today']
    """
    timexes = without_restated(sentence, timexes)
    at = [
        t
        for t in timexes
        if not _a_bound(sentence, t)
        and not _weekday_of_a_thing(sentence, t)
        and t.value not in PRESENT_VALUES
    ]
    # "approved an increase for August at a hearing on September 29": the hearing's day
    return times_of_the_clause(sentence, at) if at else timexes


def clause_date(sentence: Sentence, predicate: Predicate, attached: Sequence[Timex]) -> Timex:
    """The date of a clause among those attached to it: the nearest to its verb, unless a finer
    one lies within it. "Yesterday, at this year's conference, he unveiled ..." is yesterday,
    though "this year's" is nearer the verb; "in February passed Wal-Mart, according to
    figures released April 3" is February, for April 3 is another time. A date the clause
    happened before or after ("a cut before Christmas, probably in November") gives way to one
    it happened at."""
    attached = at_times(sentence, attached)
    nearest = min(attached, key=lambda t: (distance(sentence, predicate, t), precision(t)))
    within = [
        t
        for t in attached
        if precision(t) < precision(nearest)
        and t.date_start is not None
        and t.date_end is not None
        and nearest.date_start is not None
        and nearest.date_end is not None
        and nearest.date_start <= t.date_start
        and t.date_end <= nearest.date_end
    ]
    if not within:
        return nearest
    return min(within, key=lambda t: (precision(t), distance(sentence, predicate, t)))


#: what joins two clauses of equal rank: "and", "but", ", so", a semicolon
_JOINING = re.compile(r"\b(?:and|but)\b|,\s+so\b|;")
#: what opens a clause that depends on another: "after", "as", "which", "until" ...
_SUBORDINATING = re.compile(
    r"\b(?:after|although|as|because|before|if|once|since|that|though|unless|until|when"
    r"|where|which|while|who|whom|whose)\b",
    re.IGNORECASE,
)


#: tenses of what holds now ("close on Friday", "has ordered"), not of what happened
_NOW_TENSES = frozenset({"present", "perfect"})


def joined_dated_clauses(
    sentence: Sentence, groups: dict[Predicate, list[Timex]]
) -> set[Predicate]:
    """The verbs of `sentence` with dates of their own (`attach_dates`) that head clauses of
    equal rank, two in a row: what lies between the first one's dates and the second verb joins
    them ("and", "but", ", so", ";") and opens no dependent clause ("after", "which"). A
    past clause beside a present or perfect one ("opened on May 2 and close on Friday", "fell
    in May and graze there all winter", "met this morning and has closed the park on
    Friday") is not read apart: its dates count from the sentence's tense.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> def day(text: str, written: str, n: int) -> Timex:
    ...     start = text.index(written)
    ...     return Timex(start, start + len(written), written, "DATE", f"2020-05-0{n}",
    ...                  granularity="day", date_start=date(2020, 5, n),
    ...                  date_end=date(2020, 5, n))
    >>> text = "The fair opens on May 2 and closes on May 9."
    >>> opens = Predicate(9, 14, "open", tense="present")
    >>> closes = Predicate(28, 34, "close", tense="present")
    >>> groups = {opens: [day(text, "May 2", 2)], closes: [day(text, "May 9", 9)]}
    >>> joined_dated_clauses(Sentence(0, 44, text, 0), groups) == {opens, closes}
    True
    >>> text = "Prices rose on May 9 after the mill shut on May 2."
    >>> rose = Predicate(7, 11, "rise", tense="past")
    >>> shut = Predicate(36, 40, "shut", tense="past")
    >>> joined_dated_clauses(Sentence(0, 50, text, 0),
    ...                      {rose: [day(text, "May 9", 9)], shut: [day(text, "May 2", 2)]})
    set()
    """
    verbs = sorted((p for p in groups if not p.nominal), key=lambda p: p.start)
    joined: set[Predicate] = set()
    for first, second in itertools.pairwise(verbs):
        dates_end = max(t.end for t in groups[first]) - sentence.start
        gap = sentence.text[max(first.end, dates_end) : second.start]
        if "past" in (first.tense, second.tense) and {first.tense, second.tense} & _NOW_TENSES:
            continue  # a habit, a timetable or a state beside what happened: the sentence's tense
        if _JOINING.search(gap) and not _SUBORDINATING.search(gap):
            joined.update((first, second))
    return joined
