"""Asides: the stretches of a sentence set off by commas that describe a noun rather than tell
the sentence's news (", which employs 4,000 people,", ", elected in 2019,", ", a fixture on Main
Street since 1952,"), so that the main clause, its verb and its date are found outside them.

    >>> text = "The mill, which opened in 1931, will close on Friday."
    >>> [text[start:end] for start, end in closed_asides(text)]
    [', which opened in 1931,']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.determiners import ARTICLES, POSSESSIVES

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

#: A relative clause set off by commas: ", which employs 4,000 people,", ", who led it,"; a
#: participle's clause too: ", elected in 2019,", ", founded by two brothers in 1921,".
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|whom|[a-z]+(?:ed|wn|lt|ld|en|rn|ne|ht|de|un|on)\s+(?:in|on|at|by|"
    r"last|this|earlier|from|since|as|early|late|only|just|two|three|four|five|"
    r"(?:1[5-9]|20)\d\d|(?-i:[A-Z][a-z]+))\b)[^,;:]*?,",
    re.IGNORECASE,
)


#: A relative clause about a person that ends its sentence ("... chairman Jack Pascoe, who died
#: on 14 October aged 88."): its date is that person's background, not the story's day.
_LAST_WHO = re.compile(r",\s+(?:who|whose|whom)\b[^,;:]*$", re.IGNORECASE)


#: A noun phrase set off by commas that holds a relative clause: ", the service that monitors
#: the strait,", ", a start-up whose app matches drivers,". Its verbs describe the noun.
_DESCRIBED = re.compile(
    rf",\s+(?:{ARTICLES}|{POSSESSIVES})\s+[^,;:]*?\b(?P<relative>that|which|who|whose|where)\s[^,;:]*?,",
    re.IGNORECASE,
)


def outside_asides(text: str, verbs: Sequence[Predicate]) -> list[Predicate]:
    """The verbs of `text` (a sentence) that are not inside a relative clause set off by
    commas, nor inside a noun phrase set off by commas that holds one, so that the first is
    the main clause's: in "The maker, which employs 4,000 people, said the plants would
    close", the main verb is "said", not "employs"; in "Harbour Control, the service that
    watches the bay, closed the lane" it is "closed". All of `verbs` when every one of them
    is inside one.

    >>> from timeline.syntax import Predicate
    >>> text = "The maker, which employs 4,000 people, said it would close."
    >>> verbs = [Predicate(17, 24, "employ", tense="present"),
    ...          Predicate(39, 43, "say", tense="past")]
    >>> [v.lemma for v in outside_asides(text, verbs)]
    ['say']
    >>> text = "Harbour Control, the service that watches the bay, closed the lane."
    >>> verbs = [Predicate(34, 41, "watch", tense="present"),
    ...          Predicate(51, 57, "close", tense="past")]
    >>> [v.lemma for v in outside_asides(text, verbs)]
    ['close']
    """
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
    asides += [
        (m.start(), m.end())
        for m in _DESCRIBED.finditer(text)
        # no verb before the relative word: ", the agency said that it would ..," is no noun
        if not any(m.start() < v.start < m.start("relative") for v in verbs)
    ]
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
    return _inside(_ASIDE, sentence, timex) or _inside(_LAST_WHO, sentence, timex)


def _inside(pattern: re.Pattern[str], sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression starts inside a stretch of `sentence` that `pattern` finds."""
    start = timex.start - sentence.start
    return any(m.start() < start < m.end() for m in pattern.finditer(sentence.text))


def closed_asides(text: str) -> list[tuple[int, int]]:
    """Where each relative or participle clause set off by commas lies in `text` (a sentence),
    its closing comma included (`_ASIDE`): the stretches a date after them is not in."""
    return [(m.start(), m.end()) for m in _ASIDE.finditer(text)]


#: After an aside's closing comma, the main clause going on: a word in small letters, not one
#: that joins a clause of its own (", and now expects" opens one), nor a figure's thousands
#: ("4,300 people") or a name's next word ("the Department of Agriculture, Environment ...").
_MAIN_GOES_ON = re.compile(r"\s+(?!(?:and|but|or|nor)\b)[a-z]")


def aside_closed_before(sentence: Sentence, verb: Predicate, timex: Timex) -> bool:
    """Whether `verb` lies in a clause set off by commas that closes before the expression: the
    expression is the main clause's, not the aside's ("Its coach, who broke his wrist last
    month, will be out until June": June is not when the wrist broke; "has moved the dinner,
    postponed from March, to Friday": Friday is the moving's).

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "Its coach, who broke his wrist last month, will be out until June."
    >>> broke = Predicate(15, 20, "break", tense="past")
    >>> june = Timex(61, 65, "June", "DATE", "1994-06")
    >>> aside_closed_before(Sentence(0, len(text), text, 0), broke, june)
    True
    >>> month = Timex(31, 41, "last month", "DATE", "1994-03")
    >>> aside_closed_before(Sentence(0, len(text), text, 0), broke, month)
    False
    """
    position = timex.start - sentence.start
    return any(
        start < verb.start < end <= position and _MAIN_GOES_ON.match(sentence.text, end)
        for start, end in closed_asides(sentence.text)
    )


#: A clause of what was said or thought opening: a date before it is not its own.
_THAT = re.compile(r"\bthat\b")


def verbs_before(
    sentence: Sentence, verbs: Sequence[Predicate], after: Sequence[Predicate], timex: Timex
) -> list[Predicate]:
    """The verbs of `sentence` before the expression that it may date: not those of an aside
    closed before it (`aside_closed_before`), unless that leaves none and the verb after it
    opens past a "that" (the verb that says it, which the tagger missed, stands between: in
    "The council, which paid for the dig, announced last week that it would ...", last week
    is not the paying's, nor the verb's after "that").

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "The dinner, postponed from March, was moved to Friday."
    >>> postponed, moved = Predicate(12, 21, "postpone"), Predicate(38, 43, "move")
    >>> friday = Timex(47, 53, "Friday", "DATE", "1994-04-29")
    >>> [v.lemma for v in verbs_before(Sentence(0, len(text), text, 0), [postponed, moved], [],
    ...                                friday)]
    ['move']
    """
    written = [p for p in verbs if sentence.start + p.end <= timex.start]
    kept = [p for p in written if not aside_closed_before(sentence, p, timex)]
    if kept or not after:
        return kept
    between = sentence.text[timex.end - sentence.start : after[0].start]
    return written if _THAT.search(between) else kept
