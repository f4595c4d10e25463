"""A clause counted from the main clause's day: "GM's move comes a day after Chrysler released
a list of dealers", "The measures came a week after the IMF released a loan". News dates the
main clause (the news day, or its own day) and tells how long before it another actor did
something: that clause is an event of its own, on the main clause's day moved back (after) or
forward (before) by the count, with the actors it names.

TimeML tags "a day" as a duration and the temporal tagger does too (in news); the count is read
here only when "after" or "before" and a clause with a verb of its own follow it ("a day after
Chrysler released"), not an event noun ("a day after the vote": `offsets`, when it opens the
sentence), and only from a main clause dated to the day.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "The move comes a day after Harlow Mills released a list."
    >>> count = Timex(15, 20, "a day", "DURATION", "P1D")
    >>> verbs = [Predicate(9, 14, "come", tense="present"),
    ...          Predicate(40, 48, "release", tense="past")]
    >>> found = counted_clause(Sentence(0, len(text), text, 0), [count], verbs, date(2009, 5, 15))
    >>> found[0].value, found[0].text, found[1].lemma
    ('2009-05-14', 'a day after', 'release')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.event import actors_in, dated_event
from timeline.events.offsets import COUNT
from timeline.kinds import Anchor, TimexType
from timeline.temporal import Timex
from timeline.temporal.calendar import interval_of, shifted, value_at
from timeline.temporal.patterns import HOW_LONG_BEFORE_RE

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = ["counted_clause", "is_counted_clause", "with_counted_clause"]

#: "after" or "before", then the words up to the clause's verb: no stop, no "the"+noun alone.
_RELATION = re.compile(r"\s+(?P<rel>after|before)\s+", re.IGNORECASE)
#: How far (in characters) the clause's verb may stand from "after": its subject between.
_SUBJECT_SPAN = 80


def is_counted_clause(written: str) -> bool:
    """Whether a row's date_text is a count before a clause ("a day after"), for its reason.

    >>> is_counted_clause("a day after"), is_counted_clause("a day")
    (True, False)
    """
    return written.lower().endswith((" after", " before"))


def counted_clause(
    sentence: Sentence,
    timexes: Sequence[Timex],
    verbs: Sequence[Predicate],
    reference: date | None,
) -> tuple[Timex, Predicate] | None:
    """The date of a clause counted from `reference` (the main clause's day) and the clause's
    verb: "comes a day after Chrysler released" gives the day before, and "release"; None
    without such a count. `timexes` are the sentence's, durations included; `verbs` its
    finite verbs, offsets relative to the sentence."""
    if reference is None:
        return None
    for timex in timexes:
        count = COUNT.fullmatch(timex.value)
        if timex.type != TimexType.DURATION.value or count is None or timex.mod is not None:
            continue  # "more than 120 years after they were taken": no day to count to
        start = timex.start - sentence.start
        if HOW_LONG_BEFORE_RE.search(sentence.text, max(0, start - 30), start):
            continue  # "closed for two days after a member fell ill": how long, from then
        end = timex.end - sentence.start
        relation = _RELATION.match(sentence.text, end)
        if relation is None:
            continue
        before = [v for v in verbs if v.end <= timex.start - sentence.start]
        after = [v for v in verbs if v.start >= relation.end()]
        if not before or not after or after[0].start - relation.end() > _SUBJECT_SPAN:
            continue
        if after[0].tense not in ("past", "perfect"):
            continue  # "two days before the phone launches": what is still to come
        sign = 1 if relation["rel"].lower() == "before" else -1
        moved = shifted(reference, sign * int(count["n"]), count["unit"])
        if moved is None:
            return None
        value = value_at(moved, "D" if count["unit"] == "W" else count["unit"])
        first, last, granularity = interval_of(value, None)
        text = sentence.text[timex.start - sentence.start : relation.end()].rstrip()
        dated = Timex(
            timex.start,
            timex.start + len(text),
            text,
            TimexType.DATE.value,
            value,
            None,
            granularity,
            first,
            last,
        )
        return dated, after[0]
    return None


def with_counted_clause(
    doc: Document,
    sentence: Sentence,
    timexes: Sequence[Timex],
    predicates: Sequence[Predicate],
    rows: list[Event],
    mentions: Sequence[ActorMention],
) -> list[Event]:
    """`rows` of `sentence` and the clause counted from the first row's day ("comes a day after
    Chrysler released a list": `counted.counted_clause`), with the actors that clause names
    (the sentence's, when it names none); the other rows keep the actors named outside it."""
    if not rows or rows[0].granularity not in ("day", "time"):
        return rows
    # the sentence's by bisection at both ends, as at its start (stop 35: not the rest of a
    # long document's expressions read for each sentence)
    first = bisect_left(timexes, sentence.start, key=_start)
    own = list(timexes[first : bisect_left(timexes, sentence.end, lo=first, key=_start)])
    verbs = [p for p in predicates if not p.nominal]
    found = counted_clause(sentence, own, verbs, rows[0].date_start)
    if found is None:
        return rows
    dated, verb = found
    names, types = actors_in(mentions, dated.end, sentence.end)
    outside = set(actors_in(mentions, sentence.start, dated.start)[0])
    only_after = {n for n in names if n not in outside}
    kept = [
        replace(
            row,
            actors=tuple(a for a in row.actors if a not in only_after),
            actor_types=tuple(
                t for a, t in zip(row.actors, row.actor_types, strict=True) if a not in only_after
            ),
        )
        if any(a not in only_after for a in row.actors)
        else row
        for row in rows
    ]
    if not names:
        names, types = list(rows[0].actors), list(rows[0].actor_types)
    clause = dated_event(doc, sentence, dated, Anchor.EXPLICIT, names, types, verb.lemma)
    return [*kept, clause]


def _start(timex: Timex) -> int:
    return timex.start
