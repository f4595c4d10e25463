"""Whether an undated sentence asserts something that happened: a sentence whose main clause
tells what is still to come ("will step down"), what may, must or would be ("should produce",
"could part ways", "must reduce its costs") or what did not happen ("has not come forward")
puts nothing on a day. The day it would inherit is the day it was said, not the day of what
it tells; its saying, when the sentence reports one ("..., the company said"), is the event.

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
    """
    if not verbs:
        return False
    main = verbs[0]
    if main.tense not in NOT_ASSERTED and not negated(text, main):
        return False
    if in_fronted_phrase(text, main):
        return False
    # "... will close two plants, the company said": the saying is the day's event
    return all(v.tense not in ("past", "perfect") for v in verbs[1:])
