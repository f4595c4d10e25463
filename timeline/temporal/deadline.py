"""A day something is due by, told in a clause of what is still to come: never a day past.

    >>> text = "The agency expects to finish the review by Dec. 31."
    >>> due_ahead(text, text.index("Dec."))
    True
    >>> text = "The agency said it would finish the review by Dec. 31."
    >>> due_ahead(text, text.index("Dec."))
    False

"expects to finish the review by Dec. 31", written on January 31, is the coming December
31, though the last one is nearer: a deadline already past is not one anybody expects to
meet. A deadline reported in the past ("said it would finish by Dec. 31") may have been set
before the news day, and is left to the reading of year-less days.
"""

from __future__ import annotations

import re

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.temporal.patterns import SENTENCE_END_RE
from timeline.temporal.vocabulary import APPROX_WORDS
from timeline.wordlists import longest_alternation

#: Words after "to" that make it a preposition, not an infinitive's: an article, a possessive,
#: a hedge of a figure ("to about 400,000 homes", "to its members", "to nearly half").
_NO_INFINITIVE_AFTER = (
    rf"(?!\s+(?:{ARTICLES}|{POSSESSIVES}|"
    + longest_alternation(sorted(APPROX_WORDS - {"just", "only"}))
    + r")\b)"
)


#: A deadline set for what someone is to do: "directed the council to file a report by", "agreed
#: to pay the fine by". Not a past obligation or ability ("had to leave by", "was able to").
#: So is one after a modal of what may come ("warned it could run out of cash by the summer",
#: "said it would repay the loan by March"); not "could not finish by Friday". A deadline
#: before a time is one too ("urged householders to check their shutters before the end of
#: June", "promised to collect the paddy before Christmas"), and a limit set to what is to
#: be done ("resolved to keep trading until November 1"). Not across a verb of the past:
#: "were told to return to shore, and ... all boats were back by Sunday evening".
#: `due_ahead` and the tense reader (`tense.tense_around`: such a day is ahead) read it.
DEADLINE_RE = re.compile(
    r"(?i)(?:(?<!\bhad )(?<!\bable )(?<!\bhave )\bto(?=\s+(?-i:[a-z]))"
    # "to" before an article, a possessive or a hedge of a figure is a preposition: "had
    # restored supply to about 400,000 homes by 9 a.m." sets no deadline
    + _NO_INFINITIVE_AFTER
    + r"|"
    # "may" in lower case only: "vessels due on 25 May had not berthed by" has no modal
    r"\b(?:could|would|might|(?-i:may)|will|should)"
    r"(?!\s+not\b|n['’]t))\s+[a-z]+\b(?:(?!\b(?:was|were|had)\b)[^.;:!?]){0,80}?"
    r"\b(?:by|from|before|until|till)\s+(?:the\s+)?"
    # a part of the month or year it is due by: "by the end of September", "by mid-June"
    r"(?:(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?|(?:early|mid|late)[\s-]+)?"
    # what falls then, before "before": "to settle before the plant's 50th anniversary in"
    r"(?:(?:(?<=before\s)|(?<=before\sthe\s))[a-z][a-z'’-]*(?:\s+[a-z0-9][a-z0-9'’-]*){0,4}\s+in\s+)?$"
)


#: A past verb of the sentence before the deadline: it may be told as it was then.
_PAST_BEFORE_RE = re.compile(r"(?i)\b(?:said|told|had|was|were|did|[a-z]{3,}ed)\b")
#: How far left the clause of a deadline is read.
_REACH = 160


def due_ahead(text: str, start: int) -> bool:
    """Whether the day at `start` is a deadline of a clause that looks ahead, with no past
    verb before it in its sentence."""
    left = max(0, start - _REACH)
    for stop in SENTENCE_END_RE.finditer(text, left, start):
        left = stop.end()
    return (
        DEADLINE_RE.search(text, left, start) is not None
        and _PAST_BEFORE_RE.search(text, left, start) is None
    )
