"""Sentences that tell how things are, no event: a description in the present of "be" ("The
return rate is about a third", `is_description`) and a standing state in the simple present of
a verb of `state_verbs` ("The Tarno kit includes a charger", `a_standing_state`); `build`
drops both.

    >>> from timeline.sentences import Sentence
    >>> is_description(EventSentence(Sentence(0, 10, "It is big.", 0), on_published=True), "be")
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.dates import PRESENT_VALUES
from timeline.events.selection import EventSentence
from timeline.syntax import reporting_verbs
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.syntax import Predicate


def is_description(candidate: EventSentence, main_verb: str | None) -> bool:
    """ "The iPhone 4 return rate is about a third of the 3GS's", "iTunes is now the biggest
    retailer": a description of how things are is no event (a dated one, "was in Paris on
    Monday", is).

    >>> from timeline.sentences import Sentence
    >>> is_description(EventSentence(Sentence(0, 10, "It is big.", 0), on_published=True), "be")
    True
    """
    return main_verb == "be" and all(t.value in PRESENT_VALUES for t in candidate.expressions)


@cache
def state_verbs() -> frozenset[str]:
    """Lemmas of verbs that tell how a thing is made up, what it measures or is worth, or how
    it stands to another thing ("include", "weigh", "equal", "represent"), from
    `data/state_verbs.txt`."""
    return word_set("state_verbs.txt")


#: A form of "be" right before a verb (adverbs between): "is meant to", "are offered", "is
#: offering" are a passive or a progressive, not the verb's simple present.
_BE_BEFORE = re.compile(
    r"(?i)\b(?:am|is|are|be|being|been|[’']re)\s+(?:(?:not|also|still|now|\w+ly)\s+)*$"
)


def a_standing_state(
    candidate: EventSentence, main: Predicate | None, predicates: Sequence[Predicate]
) -> bool:
    """Whether a sentence with no date of its own tells, in the simple present of a verb of
    `state_verbs`, how things stand ("Union wages at the Orvel plant equal $31 an hour", "The
    Tarno kit includes a charger", "Dunmore Growers represents 40 farms"): a state, as true the
    day before the news as on it, is no event of the news day nor of the day the sentence
    would inherit. `main` is the main clause's verb (`asides.outside_asides`); `predicates`
    all of the sentence's. A sentence that reports someone ("..., the union said") is a
    saying; the past ("the deal cost $4 million") and a passive or a progressive ("is meant
    to", "is offering") are left to the other rules.

    >>> from dataclasses import replace
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "The Tarno kit includes a charger."
    >>> undated = EventSentence(Sentence(0, len(text), text, 0), on_published=True)
    >>> include = Predicate(14, 22, "include", tense="present")
    >>> a_standing_state(undated, include, [include])
    True
    >>> a_standing_state(undated, replace(include, tense="past"), [include])
    False
    """
    if main is None or main.tense != "present" or main.lemma not in state_verbs():
        return False
    if not all(t.value in PRESENT_VALUES for t in candidate.expressions):
        return False  # "The ticket costs $40 from Monday": dated
    text = candidate.sentence.text
    if _BE_BEFORE.search(text, 0, main.start) or text[main.start : main.end].endswith("ing"):
        return False
    return not any(p.lemma in reporting_verbs() and not p.nominal for p in predicates)
