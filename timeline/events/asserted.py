"""Whether an undated sentence asserts something that happened: a sentence whose main clause
tells what is still to come ("will step down"), what may, must or would be ("should produce",
"could part ways", "must reduce its costs") or what did not happen ("has not come forward")
puts nothing on a day. The day it would inherit is the day it was said, not the day of what
it tells; its saying, when the sentence reports one ("..., the company said"), is the event.

The same for a main clause that tells what someone means to do ("plans to close", "intends
to sell") or expects ("believes the plant may close", "expect that the sale should take two
months"), and for a condition: the clause of "if" or "unless" tells what may happen, so the
main clause is the verb after it ("If talks fail, the plant would close": what would be),
and a date that only the condition gives ("If no deal is reached by Friday, the union will
strike") puts nothing on a day either.

Timelines annotated for news (TimeML's factuality, SemEval-2015's entity timelines) leave
such events unanchored; a reader of a timeline of who did what, when, looks for what was done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.syntax import Predicate
from timeline.wordlists import word_set

#: Tenses of a main clause that tell no past or present fact (`timeline.syntax.Predicate`).
NOT_ASSERTED = frozenset({"future", "modal"})

#: "not", "n't" or "never" among the auxiliaries right before a verb: "has not come",
#: "did not respond", "has never been", "won't return", "has not yet said".
_NEGATED = re.compile(r"(?i)(?:\bnot|n[’']t|\bnever)\s+(?:(?:yet|been|be|have|so\s+far)\s+)*$")


@cache
def _fronting_words() -> frozenset[str]:
    return word_set("fronting_words.txt")


@cache
def _intending_verbs() -> frozenset[str]:
    return word_set("intending_verbs.txt")


@cache
def _expecting_verbs() -> frozenset[str]:
    return word_set("expecting_verbs.txt")


#: "if" or "unless" opening a condition; not "as if" (a manner: "as if it were a relative").
_CONDITION = re.compile(r"(?i)(?<![\w-])(?<!as )(?:if|unless)\b")
#: What ends a condition inside a sentence: "If talks fail, ...", "a run-off, if needed, on".
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]")
#: Quotation marks and spaces that may come before the first word of a sentence.
_OPENING_MARKS = "\"“‘' "


def conditions(text: str) -> list[tuple[int, int]]:
    """Where the conditions of `text` (a sentence) lie: from "if" or "unless" to the comma (or
    other mark) that ends the clause, or to the sentence's end; a condition that opens the
    sentence with no comma ends before the first modal or "will" (lower case, not the month),
    where its consequence starts ("If the mill closes in May the town would lose 300 jobs").

    >>> text = "If talks fail by Friday, the union will strike."
    >>> conditions(text)
    [(0, 23)]
    >>> conditions("If the mill closes in May the town would lose jobs.")
    [(0, 35)]
    >>> conditions("The vote, if needed, is on May 2.")
    [(10, 19)]
    >>> conditions("It spoke as if it were a relative.")
    []
    """
    found: list[tuple[int, int]] = []
    for match in _CONDITION.finditer(text):
        stop = _CLAUSE_END.search(text, match.end())
        end = stop.start() if stop is not None else len(text)
        if stop is None and not text[: match.start()].strip(_OPENING_MARKS):
            consequence = _MODAL.search(text, match.end())
            if consequence is not None:
                end = consequence.start()
        found.append((match.start(), end))
    return found


#: A modal or "will" as a word ("would be eligible"; not the month "May"): the consequence of
#: a condition with no comma starts there, and tells what would be unless it is "will".
_MODAL = re.compile(r"\b(?:will|would|shall|should|could|can|cannot|might|may|must)\b|['’]ll\b")
_WILL = frozenset({"will", "shall", "'ll", "’ll"})


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def intends_or_expects(text: str, verbs: Sequence[Predicate]) -> bool:
    """Whether the first of `verbs` (a main clause's, in the present) tells what someone means
    to do ("plans to close", "is planning to sell", "hopes to reopen") or expects ("expects to
    stay profitable", "believes the unit may be sold", "expect that the sale should take two
    months": what will or may be): what it tells has not happened.

    >>> text = "The mill plans to close its kiln."
    >>> intends_or_expects(text, [Predicate(9, 14, "plan", tense="present")])
    True
    >>> text = "The mill plans a new kiln."
    >>> intends_or_expects(text, [Predicate(9, 14, "plan", tense="present")])
    False
    >>> text = "Analysts believe the mill may close."
    >>> intends_or_expects(text, [Predicate(9, 16, "believe", tense="present"),
    ...                           Predicate(30, 35, "close", tense="modal")])
    True
    >>> text = "Analysts believe the mill closed."
    >>> intends_or_expects(text, [Predicate(9, 16, "believe", tense="present"),
    ...                           Predicate(26, 32, "close", tense="past")])
    False
    """
    if not verbs or verbs[0].tense != "present":
        return False
    main = verbs[0]
    # the lemma, or the word without its "s": the tagger's lemma of "hopes" is "hop"
    forms = {main.lemma, text[main.start : main.end].lower().removesuffix("s")}
    expecting = bool(forms & _expecting_verbs())
    if (expecting or forms & _intending_verbs()) and _TO_NEXT.match(text, main.end):
        return True  # "plans to close", "expects to stay profitable"
    return expecting and len(verbs) > 1 and verbs[1].tense in NOT_ASSERTED


#: "to" and a word right after a verb: "plans to close".
_TO_NEXT = re.compile(r"\s+to\s+\w")


def negated(text: str, verb: Predicate) -> bool:
    """Whether the verb of `text` (a sentence) is negated by the words right before it.

    >>> text = "The firm has not yet come forward."
    >>> negated(text, Predicate(text.index("come"), text.index("come") + 4, "come"))
    True
    >>> text = "The firm did come forward, not the bank."
    >>> negated(text, Predicate(text.index("come"), text.index("come") + 4, "come"))
    False
    """
    return _NEGATED.search(text, 0, verb.start) is not None


def in_fronted_phrase(text: str, verb: Predicate) -> bool:
    """Whether `verb` lies in a phrase that opens the sentence before its main clause: the
    sentence starts with a word like "if", "when", "in" ("In response to whether the plant
    would close, the mayor said ...") and the comma that ends the phrase follows the verb. A
    comma before the verb ended the phrase there: "In addition, the firm will close two
    plants, ..." is the main clause's future.

    >>> text = "If the plant would close, the mayor said, jobs go."
    >>> in_fronted_phrase(text, Predicate(text.index("close"), text.index("close") + 5, "close"))
    True
    >>> text = "The plant would close, the mayor said."
    >>> in_fronted_phrase(text, Predicate(text.index("close"), text.index("close") + 5, "close"))
    False
    >>> text = "In May, the plant will close its lines, and the mill too."
    >>> in_fronted_phrase(text, Predicate(text.index("close"), text.index("close") + 5, "close"))
    False
    """
    first = text.lstrip("\"“‘' ").split(maxsplit=1)
    if not first or first[0].lower().strip(",") not in _fronting_words():
        return False
    return "," in text[verb.end :] and "," not in text[: verb.start]


def unasserted(text: str, verbs: Sequence[Predicate]) -> bool:
    """Whether an undated sentence's main clause tells what is still to come, what may be or
    what did not happen: no event on a day (see the module's docstring). `verbs` are the
    sentence's verbs in text order, its main clause's first; a later verb in the past ("...,
    the company said") is the sentence's event, and keeps it.

    >>> text = "Its chief will step down when the sale closes."
    >>> unasserted(text, [Predicate(15, 19, "step", tense="future")])
    True
    >>> text = "The carmaker must cut its costs."
    >>> unasserted(text, [Predicate(18, 21, "cut", tense="modal")])
    True
    >>> text = "It will close two plants, the company said."
    >>> unasserted(text, [Predicate(8, 13, "close", tense="future"),
    ...                   Predicate(38, 42, "say", tense="past")])
    False
    >>> text = "The firm has not come forward."
    >>> unasserted(text, [Predicate(17, 21, "come", tense="perfect")])
    True
    >>> text = "If talks fail, the plant would close."
    >>> unasserted(text, [Predicate(9, 13, "fail", tense="present"),
    ...                   Predicate(31, 36, "close", tense="modal")])
    True
    >>> text = "If talks fail, the union strikes."
    >>> unasserted(text, [Predicate(9, 13, "fail", tense="present"),
    ...                   Predicate(25, 32, "strike", tense="present")])
    False
    """
    if not verbs:
        return False
    main = verbs[0]
    spans = conditions(text)
    if spans and _inside(main.start, spans):
        # the verb of a condition ("If talks fail, ...") is not the main clause's
        return _hypothetical(text, verbs, spans)
    if (
        main.tense not in NOT_ASSERTED
        and not negated(text, main)
        and not intends_or_expects(text, verbs)
    ):
        return False
    if in_fronted_phrase(text, main):
        return False
    # "... will close two plants, the company said": the saying is the day's event
    return _no_saying_after(verbs)


def _no_saying_after(verbs: Sequence[Predicate]) -> bool:
    return all(v.tense not in ("past", "perfect") for v in verbs[1:])


def _hypothetical(
    text: str, verbs: Sequence[Predicate], spans: Sequence[tuple[int, int]], *, will: bool = False
) -> bool:
    """Whether the clause after a condition tells what would, could or may be ("If talks
    fail, the plant would close"). One of what will be ("If talks fail, the union will meet
    at the end of the Sabbath") may be planned for a day the sentence names in words no
    expression reads, and is left as a row, as a sentence of what happened; `will` counts it
    too (a sentence whose only dates are its condition's)."""
    end = next(stop for start, stop in spans if start <= verbs[0].start < stop)
    outside = [v for v in verbs if v.start >= end and not _inside(v.start, spans)]
    modal = _MODAL.search(text, end)
    if modal is not None and (not outside or modal.start() < outside[0].start):
        # the modal before the clause's verb, or before a verb the tagger does not give as
        # one ("it would be eligible")
        would = will or modal.group() not in _WILL
    else:
        tenses = NOT_ASSERTED if will else {"modal"}
        would = bool(outside) and outside[0].tense in tenses
    return would and _no_saying_after(outside)


def dated_by_its_condition(text: str, dates: Sequence[int], verbs: Sequence[Predicate]) -> bool:
    """Whether every date of a sentence (`dates`: where each starts in `text`) lies in a
    condition and its main clause asserts nothing that happened (`unasserted`): "If no deal is
    reached by Friday, the union will strike" puts nothing on Friday, nor on any day.

    >>> text = "If no deal is reached by Friday, the union will strike."
    >>> verbs = [Predicate(14, 21, "reach", tense="present"),
    ...          Predicate(48, 54, "strike", tense="future")]
    >>> dated_by_its_condition(text, [text.index("Friday")], verbs)
    True
    >>> text = "The union will strike on Monday if no deal is reached by Friday."
    >>> verbs = [Predicate(15, 21, "strike", tense="future"),
    ...          Predicate(46, 53, "reach", tense="present")]
    >>> dated_by_its_condition(text, [text.index("Monday"), text.index("Friday")], verbs)
    False
    """
    spans = conditions(text)
    if not dates or not spans or not all(_inside(d, spans) for d in dates):
        return False
    if verbs and _inside(verbs[0].start, spans):  # "If ... by Friday, the union will strike"
        return _hypothetical(text, verbs, spans, will=True)
    return unasserted(text, [v for v in verbs if not _inside(v.start, spans)])
