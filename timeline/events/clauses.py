"""Which date goes with which clause: each dated expression is attached to a verb or an event
noun, each clause takes its nearest (or finest) date, and each clause its own actors.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "It shipped in March and June."
    >>> march, june = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                      date_start=date(2011, m, 1), date_end=date(2011, m, 28))
    ...                for s, w, v, m in [(14, "March", "2011-03", 3), (24, "June", "2011-06", 6)])
    >>> [t.text for t in coordinated(text, march, [march, june])]
    ['June']
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from timeline.events.dates import precision
from timeline.events.event import actors_in
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.wordlists import word_list

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

#: A clause opening before a fronted date: "..., and on Monday, he", "... that as of February,".
#: Not the same words as `_CLAUSE_MARK`: with their union in both, "were lost in most
#: operations after 1982, and the defenses would continue" dates "continue", not "lose".
_CLAUSE_OPENING = re.compile(
    r"(?:[;:,]|\b(?:and|but|that|while|whereas|so|then|yet))\s+(?:[a-z]+\s+){0,2}$"
)
#: Where a clause opens, for its actors: ", and", "that", "which".
_CLAUSE_MARK = re.compile(
    r"[;:,]|\b(?:and|but|while|whereas|then|that|which|who|when|after|before|because)\b"
)
_RELATIVE = re.compile(r"(?:which|who)\b", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(
    r"(?:" + "|".join(name.capitalize() for name in WEEKDAYS if len(name) > 3) + r")\b"
)
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)


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
    for timex in dated:
        owner = _nominal_owner(text, sentence, timex, predicates)
        if owner is None and verbs:
            # Adverbials follow their verb ("founded Apple in 1976, died on Wednesday"); a
            # fronted one ("On Monday, Blinken spoke") has no verb before it.
            before = [p for p in verbs if sentence.start + p.end <= timex.start]
            after = [p for p in verbs if sentence.start + p.start >= timex.end]
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


_COMPLEMENT = re.compile(r"^\s+that\s", re.IGNORECASE)


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
    return _COMPLEMENT.match(text[verb_end : timex.start]) is not None


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
        if predicate.nominal:
            end = sentence.start + predicate.end
            if end <= timex.start and not text[end : timex.start].strip():
                return predicate
    return None


#: Right before a date, words that make it a bound of the clause, not its time.
_BOUND_BEFORE = re.compile(r"(?i)\b(?:before|after|ahead\s+of|prior\s+to)\s+(?:the\s+)?$")


def clause_date(sentence: Sentence, predicate: Predicate, attached: Sequence[Timex]) -> Timex:
    """The date of a clause among those attached to it: the nearest to its verb, unless a finer
    one lies within it. "Yesterday, at this year's conference, he unveiled ..." is yesterday,
    though "this year's" is nearer the verb; "in February passed Wal-Mart, according to
    figures released April 3" is February, for April 3 is another time. A date the clause
    happened before or after ("a cut before Christmas, probably in November") gives way to one
    it happened at."""
    at = [
        t for t in attached if not _BOUND_BEFORE.search(sentence.text, 0, t.start - sentence.start)
    ]
    attached = at or attached
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


def coordinated(text: str, timex: Timex, attached: Sequence[Timex]) -> list[Timex]:
    """The dates joined to `timex` by "and" (or a list's commas) with the same precision: "in
    March and June", "in 2004, 2006 and 2009". A range ("between March and June") is one
    period, not two dates."""
    same = sorted(
        (t for t in attached if t.granularity == timex.granularity and t.date_start is not None),
        key=lambda t: t.start,
    )
    position = same.index(timex) if timex in same else -1
    if position < 0:
        return []
    chain = [timex]
    for earlier in reversed(same[:position]):
        if not _AND.fullmatch(" " + text[earlier.end : chain[0].start]):
            break
        chain.insert(0, earlier)
    for later in same[position + 1 :]:
        if not _AND.fullmatch(" " + text[chain[-1].end : later.start]):
            break
        chain.append(later)
    if len(chain) < 2:
        return _elliptical(text, timex, attached)
    if _BETWEEN.search(text, max(0, chain[0].start - 20), chain[0].start):
        return []
    return [t for t in chain if t is not timex]


def adjoining(text: str, timex: Timex, others: Sequence[Timex]) -> Timex | None:
    """Two days or months in a row joined by "and" are one stretch of time: "will meet on
    November 18 and 19" is a two-day meeting, "consulted in March and April" one spell;
    "in March and June" stays two dates.

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> march, april = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                        date_start=date(2019, m, 1), date_end=date(2019, m, e))
    ...                  for s, w, v, m, e in [(3, "March", "2019-03", 3, 31),
    ...                                        (13, "April", "2019-04", 4, 30)])
    >>> adjoining("In March and April.", march, [april]).value
    '2019-03/2019-04'
    """
    if len(others) != 1 or timex.granularity not in ("day", "month"):
        return None
    first, second = sorted((timex, others[0]), key=lambda t: t.start)
    if (
        first.date_end is None
        or second.date_start is None
        or second.date_start - first.date_end != timedelta(days=1)
    ):
        return None
    return replace(
        first,
        end=second.end,
        text=text[first.start : second.end],
        value=f"{first.value}/{second.value}",
        date_end=second.date_end,
    )


#: "... and a second one the following year", "... and the second in the autumn of 2026": a
#: clause after "and" that leaves out its verb, with a date of its own.
_ELLIPSIS = re.compile(
    r",?\s+and\s+(?:a|an|the|another|its|their)\s+[^,;:.]{0,40}?\s+(?:(?:in|on|at|by|during)\s+)?",
    re.IGNORECASE,
)


#: A word that looks like a verb's past form: no left-out verb then.
_PAST_FORM = re.compile(r"\b\w{3,}ed\b", re.IGNORECASE)


def _elliptical(text: str, timex: Timex, attached: Sequence[Timex]) -> list[Timex]:
    """The date of a clause after `timex` that leaves out its verb, joined by "and".

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "It opened a plant in 2019 and a second one in 2021."
    >>> first, second = (Timex(s, s + 4, w, "DATE", w, granularity="year",
    ...                        date_start=date(int(w), 1, 1), date_end=date(int(w), 12, 31))
    ...                  for s, w in [(21, "2019"), (46, "2021")])
    >>> [t.text for t in _elliptical(text, first, [first, second])]
    ['2021']
    """
    later = [t for t in attached if t.start >= timex.end and t.date_start is not None]
    if not later:
        return []
    after = min(later, key=lambda t: t.start)
    gap = _ELLIPSIS.fullmatch(text, timex.end, after.start)
    if gap is None or _PAST_FORM.search(gap.group()):
        return []  # "and the union protested on Monday": a clause of its own, verb and all
    return [after]


#: Between the two sides of a range: "between March and June", "from Monday to Wednesday",
#: "from 2001 until 2009", "January through March".
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|thru|-|–|—)\s*|/", re.IGNORECASE)
_RESCHEDULING = word_list("rescheduling_verbs.txt")
_THROUGH = re.compile(r"\s*(?:through|thru)\s*", re.IGNORECASE)


def range_of(
    text: str, timex: Timex, attached: Sequence[Timex], verb: str | None = None
) -> Timex | None:
    """The period from `timex` to the other side of the range it opens, as one expression:
    "sales rose between January and April" is January to April, not January; "the strike
    lasted from Monday to Wednesday" is three days. Both sides have the same precision and
    the second does not come before the first; "between" or "from" opens the range, or the
    sides are joined by "through" or a dash ("the July-September quarter"). The value is an
    ISO 8601 interval, "2019-01/2019-04". A
    clause that moves a thing in time (`verb` "move", "postpone") names two times instead:
    "moved the vote from Monday to Wednesday".

    >>> from datetime import date
    >>> from timeline.temporal import Timex
    >>> text = "Sales rose between January and April."
    >>> january, april = (Timex(s, s + len(w), w, "DATE", v, granularity="month",
    ...                         date_start=date(2019, m, 1), date_end=date(2019, m, e))
    ...                   for s, w, v, m, e in [(19, "January", "2019-01", 1, 31),
    ...                                         (31, "April", "2019-04", 4, 30)])
    >>> span = range_of(text, january, [january, april])
    >>> span.text, span.value, span.date_start, span.date_end
    ('January and April', '2019-01/2019-04', datetime.date(2019, 1, 1), datetime.date(2019, 4, 30))
    """
    if verb in _RESCHEDULING:
        return None
    later = [t for t in attached if t.start >= timex.end]
    if later:
        span = _range(text, timex, min(later, key=lambda t: t.start))
        if span is not None:
            return span
    # the clause's date closes the range: "Between June 2018 and April 2021, he took ..."
    earlier = [t for t in attached if t.end <= timex.start]
    return _range(text, max(earlier, key=lambda t: t.start), timex) if earlier else None


def _range(text: str, timex: Timex, other: Timex) -> Timex | None:
    """`timex` to `other` as one period, if the words between and before them make a range."""
    between = text[timex.end : other.start]
    if (
        timex.date_start is None
        or other.granularity != timex.granularity
        or other.date_start is None
        or other.date_end is None
        or other.date_start < timex.date_start
        or not _RANGE_JOIN.fullmatch(between)
    ):
        return None
    opened = _BETWEEN.search(text, max(0, timex.start - 20), timex.start) is not None
    # "the July-September quarter": a dash with no space is a range too
    if not opened and not _THROUGH.fullmatch(between) and between not in ("-", "–", "/"):
        return None
    return replace(
        timex,
        end=other.end,
        text=text[timex.start : other.end],
        value=f"{timex.value}/{other.value}",
        date_end=other.date_end,
    )


#: A relative clause set off by commas: ", which employs 4,000 people,", ", who led it,"; a
#: participle's clause too: ", elected in 2019,", ", founded by two brothers in 1921,".
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|whom|[a-z]+(?:ed|wn|lt|ld|en|rn|ne|ht|de|un|on)\s+(?:in|on|at|by|"
    r"last|this|earlier|from|since|as|early|late|only|just|two|three|four|five|"
    r"(?:1[5-9]|20)\d\d|(?-i:[A-Z][a-z]+))\b)[^,;:]*?,",
    re.IGNORECASE,
)


def outside_asides(text: str, verbs: Sequence[Predicate]) -> list[Predicate]:
    """The verbs of `text` (a sentence) that are not inside a relative clause set off by
    commas, so that the first is the main clause's: in "The maker, which employs 4,000
    people, said the plants would close", the main verb is "said", not "employs". All of
    `verbs` when every one of them is inside one.

    >>> from timeline.syntax import Predicate
    >>> text = "The maker, which employs 4,000 people, said it would close."
    >>> verbs = [Predicate(17, 24, "employ", tense="present"),
    ...          Predicate(39, 43, "say", tense="past")]
    >>> [v.lemma for v in outside_asides(text, verbs)]
    ['say']
    """
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    if not asides:
        return list(verbs)
    kept = [v for v in verbs if not any(start < v.start < end for start, end in asides)]
    return kept or list(verbs)


#: A noun phrase set off by commas after a name, describing it: ", a fixture on Main Street
#: since 1952,", ", a former minister,". Its dates describe the thing, not the clause.
_APPOSITIVE = re.compile(r"(?<=\w),\s+(?:a|an)\s+[^,;:]*?,")


def in_appositive(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression lies inside a noun phrase set off by commas that describes the
    name before it ("Hartwell Bakery, a fixture on Main Street since 1952, announced ...").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Hartwell, a fixture since 1952, closed."
    >>> in_appositive(Sentence(0, len(text), text, 0), Timex(25, 29, "1952", "DATE", "1952"))
    True
    """
    return _inside(_APPOSITIVE, sentence, timex)


def in_aside(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression lies inside a relative clause set off by commas ("Its captain,
    who was fined on 6 August, ..."): it dates that clause, not the day the story goes on
    telling.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Its captain, who was fined on 6 August, will play."
    >>> in_aside(Sentence(0, len(text), text, 0), Timex(30, 38, "6 August", "DATE", "2019-08-06"))
    True
    """
    return _inside(_ASIDE, sentence, timex)


def _inside(pattern: re.Pattern[str], sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression starts inside a stretch of `sentence` that `pattern` finds."""
    start = timex.start - sentence.start
    return any(m.start() < start < m.end() for m in pattern.finditer(sentence.text))


def actors_before(
    mentions: Sequence[ActorMention], sentence: Sentence, predicate: Predicate
) -> tuple[list[str], list[str]]:
    """The actors of a noun's own phrase: "Saddam Hussein's ouster" -> Saddam Hussein."""
    noun_start = sentence.start + predicate.start
    return actors_in(mentions, max(sentence.start, noun_start - 40), noun_start)


def clause_actors(
    text: str,
    sentence: Sentence,
    owners: Sequence[Predicate],
    names: Sequence[str],
    types: Sequence[str],
    mentions: Sequence[ActorMention],
) -> dict[Predicate, tuple[list[str], list[str]]]:
    """The actors of each dated clause of a sentence with several: "Apple Computer was started
    by Steve Jobs in 1976, and launched the iTunes Music Store in 2003" gives Jobs to 1976 and
    the store to 2003. Names before the first clause's verb (the subject), and persons "he"
    stands for, belong to every clause but a relative one ("Pixar, which was acquired by
    Disney in 2005" is Pixar's and Disney's) and one with a subject of its own ("Dong Khe fell
    on September 18, and Cao Bang fell on October 3"); any other name belongs to the clause it
    is written in. Empty for a sentence of fewer than two dated verbs."""
    verbs = sorted((p for p in owners if not p.nominal), key=lambda p: p.start)
    if len(verbs) < 2:
        return {}
    starts = _clause_starts(text, sentence, verbs)
    mentioned: set[str] = set()
    own: dict[Predicate, set[str]] = {p: set() for p in verbs}
    shared: set[str] = set()
    last_before: dict[Predicate, str] = {}
    subjects: set[Predicate] = set()  # later clauses with a subject of their own
    subject_names: dict[Predicate, set[str]] = {}
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    for index in range(first, len(mentions)):  # not a slice: no copy of the document's list
        mention = mentions[index]
        if mention.start >= sentence.end:
            break
        mentioned.add(mention.name)
        clause = bisect_left(starts, mention.start + 1) - 1
        if clause < 0:
            shared.add(mention.name)
        else:
            own[verbs[clause]].add(mention.name)
            if clause and mention.end <= sentence.start + verbs[clause].start:
                subjects.add(verbs[clause])  # "..., and Cao Bang finally fell": its own
                subject_names.setdefault(verbs[clause], set()).add(mention.name)
        for verb, start in zip(verbs, starts, strict=True):
            if mention.end <= start:
                last_before[verb] = mention.name
    shared |= {name for name in names if name not in mentioned}  # "he", resolved
    result: dict[Predicate, tuple[list[str], list[str]]] = {}
    for verb, start in zip(verbs, starts, strict=True):
        wanted = set(own[verb])
        if verb is not verbs[0] and _RELATIVE.match(text, start):
            if verb in last_before:
                wanted.add(last_before[verb])  # "Pixar which was acquired": Pixar's clause
        elif verb not in subjects:
            wanted |= shared
        if verb is verbs[0] and verb.start == 0:
            # "Founded in 1981, the firm installed ...": the participle's subject is the
            # main clause's
            wanted |= subject_names.get(verbs[1], set())
        kept = [(n, t) for n, t in zip(names, types, strict=True) if n in wanted]
        result[verb] = ([n for n, _ in kept], [t for _, t in kept])
    return result


def _clause_starts(text: str, sentence: Sentence, verbs: Sequence[Predicate]) -> list[int]:
    """Where each verb's clause opens in `text`: the first at its verb, each later one at its
    last marker after the verb before (", and", "that", "which"), else at its verb."""
    starts = [sentence.start + verbs[0].start]
    for previous, verb in itertools.pairwise(verbs):
        markers = list(
            _CLAUSE_MARK.finditer(text, sentence.start + previous.end, sentence.start + verb.start)
        )
        starts.append(markers[-1].start() if markers else sentence.start + verb.start)
    return starts
