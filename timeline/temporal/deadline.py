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
from timeline.temporal.patterns import sentence_start
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
    left = sentence_start(text, start, _REACH)
    return (
        DEADLINE_RE.search(text, left, start) is not None
        and _PAST_BEFORE_RE.search(text, left, start) is None
    )


#: The end of a month or a quarter set as a bound ("until the end of September", "by the end
#: of June", "to the end of the third quarter", "until October"), the expression starting after
#: it or with "the end of" (`_BOUND_OWN_RE`, after `_BOUND_WORD_RE`).
_BOUND_BEFORE_RE = re.compile(
    r"(?i)\b(?:until|till)\s+(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?)?$"
    r"|\b(?:by|before|to|through|into)\s+the\s+(?:end|close)\s+of\s+(?:the\s+)?$"
)
_BOUND_WORD_RE = re.compile(r"(?i)\b(?:until|till|by|before|to|through|into)\s+$")
_BOUND_OWN_RE = re.compile(r"(?i)the\s+(?:end|close)\s+of\s")
#: A past told as not reached before the bound: "did not arrive until August" is August past.
_NOT_UNTIL_RE = re.compile(
    r"(?i)\b(?:did|does|had|was|were|is|could)(?:n['’]t|\s+not)\b|\b(?:never|only)\b"
)
#: A past that lasted up to the bound ("the plant stayed closed until October", "talks ran on
#: to the end of June"), or a span told from a time to it ("from May to the end of June"):
#: the past's own month.
_LASTED_UP_TO_RE = re.compile(
    r"(?i)\b(?:stayed|remained|continued|lasted|persisted|ran|went\s+on|carried\s+on|"
    r"worked|waited|from)\b[^.;:!?]{0,60}?\b(?:until|till|to|through|into)\s+"
    r"(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?)?$"
)
#: A period told up to the bound ("fell in the three months to the end of June"): the span's
#: own end, whose tense its verb tells.
_PERIOD_UP_TO_RE = re.compile(
    r"(?i)\b(?:days|weeks|months|quarters?|half|year|period|season)\s+"
    r"(?:to|through|until|till|ending)\s+(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?)?$"
)


def bound_of_a_period(text: str, start: int, end: int) -> bool:
    """Whether the year-less month or quarter text[start:end] is the end of a span set as a
    bound: a past verb set it ("gave the utility until the end of September", "recommended
    that it be replaced by the end of June", "said the order had filled its line until
    October", "have covered their needs to the end of the third quarter"), so the bound is the
    nearest of its name, most often still ahead, not last year's. Not a past that was not
    reached before it ("did not arrive until August": the August told of).

    >>> text = "The agency gave the utility until the end of September to report."
    >>> bound_of_a_period(text, text.index("the end"), text.index(" to report"))
    True
    >>> text = "It said the order had filled its line until October."
    >>> bound_of_a_period(text, text.index("October"), len(text) - 1)
    True
    >>> text = "Approval did not arrive until August."
    >>> bound_of_a_period(text, text.index("August"), len(text) - 1)
    False
    >>> text = "Profit fell in the three months to the end of June."
    >>> bound_of_a_period(text, text.index("the end"), len(text) - 1)
    False
    >>> text = "The plant stayed closed until October."
    >>> bound_of_a_period(text, text.index("October"), len(text) - 1)
    False
    >>> text = "Sales rose in September."
    >>> bound_of_a_period(text, text.index("September"), len(text) - 1)
    False
    """
    left = sentence_start(text, start, _REACH)
    bound = _BOUND_BEFORE_RE.search(text, left, start) or (
        _BOUND_OWN_RE.match(text, start, end) and _BOUND_WORD_RE.search(text, left, start)
    )
    return (
        bool(bound)
        and _NOT_UNTIL_RE.search(text, left, start) is None
        and _PERIOD_UP_TO_RE.search(text, left, start) is None
        and _LASTED_UP_TO_RE.search(text, left, start) is None
    )
