"""A place named only in a relative clause set off by a comma, which describes a participant
("Tarvik, which runs two mills in Oskeby, said", "the plant, which employs 300 people in
Oskeby, will shut"), is no actor: it is neither a participant nor where the sentence's event
happens (the golds' one actor rule, benchmarks/outlets/README.md).

    >>> text = "Tarvik, which runs two mills in Oskeby, said on Monday it would cut jobs."
    >>> describes_in_an_aside(text, 32, 38, "GPE")
    True

The clause is read from the words alone (the product runs no parser): ", which" or ", who",
then a verb in the simple present ("runs", "owns", "has", "employs"), the place after a
preposition of place ("in", "near", "across": not a destination, an origin or an owner), with
no comma but a list's, quotation mark or sentence end between, no date in the clause, and the
clause closed by a comma or the sentence's end. `aside_of` gives the clause's shape, which
`benchmarks/asides_count.py` tallies on the verdicts; the rule keeps to the one shape the
golds leave out in both groups (docs/actors.md, stop 53). Its kin: `seats.py` ("which is
based in X"), and in the events stage `timeline/events/asides.py`, which finds the same
clauses to look past their verbs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from timeline.actors.vocabulary import calendar_words, finite_verbs, place_prepositions
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import word_set

__all__ = ["Aside", "aside_of", "describes_in_an_aside"]

#: How far before a name the clause may open.
_WINDOW = 160
#: A relative clause's opening after a word and a comma: ", which ", ", who ", ", where ".
_OPENING = re.compile(r"(?<=[\w.)’'])\s*,\s+(which|who|where)\s+")
#: What may not stand between the opening and the name: a comma, a quotation mark, a bracket,
#: a colon or semicolon, a dash, or a sentence's end.
_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|[.!?]\s+[A-Z\"“]")
#: The first word of the clause after "which"/"who"/"where" and its subject.
_WORD = re.compile(r"[a-z]+")
#: What closes the clause after the name: a place's state or the rest of a list ("Tarvik,
#: La.", "Ostra, Vell and Pardo"), then a comma or the sentence's end.
_REST_OF_LIST = re.compile(
    r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*"
)
_CLOSING = re.compile(r",|[;:()\"“”—–]|\s-\s|[.!?](?=[\"”’]?(?:\s|$))")
#: A date in the clause: a month or weekday name is read from `calendar_words`; a year or one
#: of the words that date a clause by the publication day.
_DATED = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|yesterday|today|tonight|ago"
    r"|(?:this|next|last)\s+(?:week|month|year|season|spring|summer|autumn|fall|winter)"
    r"|earlier\s+this)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z]+")
#: What stands between a preposition of place and the place: "the", a part of the place
#: ("southern", "central"), and the places of a list before it ("in Ostra, Vell and ").
_PLACE_PREFIX = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+|,?\s+and\s+))*$")
#: The words a part of a place opens with: "southern", "central", "Greater".
_PARTS = (
    *("north", "south", "east", "west", "central", "greater", "inner", "outer", "rural"),
    "metropolitan",
)
_PART_OF_PLACE = re.compile(rf"(?:\bthe\s+)?(?:(?:{'|'.join(_PARTS)})[a-z]*\s+)?$")
_LAST_WORD = re.compile(r"([a-z]+)\s+$")

#: Words between the pronoun and its verb that do not change the verb's form, besides the
#: adverbs of time (`data/verb_adverbs.txt`): "which also runs", "which now owns".
_ALSO_SKIPPED = frozenset({"also", "now", "currently", "still", "not", "only", "mainly"})

Form = Literal["present", "past", "perfect", "be", "modal", "other"]
Close = Literal["comma", "end", "other"]


@dataclass(frozen=True, slots=True)
class Aside:
    """The relative clause a name stands in: its pronoun ("which", "who", "where"), the form of
    its verb, how it closes, whether it holds a date of its own, and whether the name stands
    after a preposition of place (`data/place_prepositions.txt`: "in", "near", "across")."""

    pronoun: str
    form: Form
    close: Close
    dated: bool
    located: bool = False


@cache
def _skipped() -> frozenset[str]:
    """The words skipped before the clause's verb: the adverbs of time and `_ALSO_SKIPPED`."""
    return frozenset(word_set("verb_adverbs.txt") | _ALSO_SKIPPED)


def _form(clause: str, pronoun: str) -> Form:
    """The form of the clause's first verb: "runs" present, "ran"/"opened" past, "has
    opened" perfect, "is"/"was" be, "will"/"would" modal."""
    words = [word for word in _WORD.findall(clause.lower()) if word not in _skipped()]
    if pronoun == "where" and len(words) > 1:
        words = words[1:]  # "where it runs", "where the firm has"
    if not words:
        return "other"
    first = words[0]
    if first in ("is", "are", "was", "were"):
        return "be"
    if first in ("has", "have", "had"):
        after = words[1] if len(words) > 1 else ""
        if after == "been" or after.endswith(("ed", "en")) or after in finite_verbs():
            return "perfect"
        return "past" if first == "had" else "present"
    if first in ("will", "would", "can", "could", "may", "might", "shall", "should", "must"):
        return "modal"
    if first in ("do", "does", "did"):
        return "other"
    if first.endswith("ed") or (first in finite_verbs() and not first.endswith("s")):
        return "past"
    if first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return "present"
    return "other"


def _without_list(before: str) -> str:
    """The words before a place without the part of the place and the list's earlier places
    ("in the ", "across southern ", "in Ostra, Vell and the "), so that the preposition ends
    them; each pattern is searched only where the words end as it can match (a search ending
    in `$` tries every position).

    >>> _without_list("runs depots in Ostra, Vell and the "), _without_list("runs it in ")
    ('runs depots in ', 'runs it in ')
    """
    for prefix in (_PART_OF_PLACE, _PLACE_PREFIX, _PART_OF_PLACE):
        words = before.split()
        last = words[-1] if words else ""
        if prefix is _PLACE_PREFIX:
            if not (last.endswith(",") or last == "and"):
                continue
        elif not last.startswith(("the", *_PARTS)):
            continue
        match = prefix.search(before)
        before = before[: match.start()] if match is not None else before
    return before


def aside_of(text: str, start: int, end: int) -> Aside | None:
    """The relative clause set off by a comma that the name at [start, end) stands in, or
    None.

    >>> aside_of("Ana Roe, who grew up in Lodz, told us.", 24, 28)
    Aside(pronoun='who', form='past', close='comma', dated=False, located=True)
    >>> aside_of("It sold the mill, which employs 40 people in Oskeby.", 45, 51)
    Aside(pronoun='which', form='present', close='end', dated=False, located=True)
    >>> aside_of("Dorn, which exports half its wool to Oskeby, said", 37, 43).located
    False
    >>> aside_of("Tarvik, a firm, runs mills in Oskeby.", 30, 36) is None
    True
    """
    window = max(0, start - _WINDOW)
    head = text[window:start]
    if "which" not in head and "who" not in head and "where" not in head:
        return None  # seldom written: the cheap test first
    opening = None
    for match in _OPENING.finditer(text, window, start):
        opening = match
    if opening is None:
        return None
    before = _without_list(text[opening.end() : start])
    if _BREAK.search(before) is not None:
        return None  # a comma of the list before the place aside ("in Ostra, Vell and Pardo")
    pronoun = opening.group(1)
    rest = _REST_OF_LIST.match(text, end)
    after = rest.end() if rest is not None else end
    following = _CLOSING.search(text, after)
    clause_end = following.start() if following is not None else len(text)
    close: Close = "other"
    if following is None or following.group().strip()[:1] in ".!?":
        close = "end"
    elif following.group().startswith(","):
        close = "comma"
    clause = text[opening.end() : clause_end]
    dated = _DATED.search(clause) is not None or any(
        word.casefold() in calendar_words() for word in _WORDS.findall(clause) if word[0].isupper()
    )
    last = _LAST_WORD.search(before)
    located = last is not None and last.group(1) in place_prepositions()
    return Aside(pronoun, _form(clause, pronoun), close, dated, located)


def describes_in_an_aside(text: str, start: int, end: int, label: str) -> bool:
    """Whether a place stands only in a relative clause set off by a comma, after "which" or
    "who" and a verb in the simple present, closed by a comma or the sentence's end, and with
    no date of its own: it describes the one the clause follows.

    >>> describes_in_an_aside("Ana Roe, who lives in Oskeby, said so.", 22, 28, "GPE")
    True
    >>> describes_in_an_aside("Tarvik, which opened a mill in Oskeby, said", 31, 37, "GPE")
    False
    >>> text = "Tarvik, which runs mills in Oskeby, said on Monday"
    >>> describes_in_an_aside(text, 28, 34, "ORG")
    False
    """
    if label not in PLACE_LABELS:
        return False
    aside = aside_of(text, start, end)
    return (
        aside is not None
        and aside.pronoun in ("which", "who")
        and aside.form == "present"
        and aside.close != "other"
        and not aside.dated
        and aside.located
    )
