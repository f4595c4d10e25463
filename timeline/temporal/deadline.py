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

from timeline.temporal.patterns import _SENTENCE_END_RE
from timeline.temporal.tense import _DEADLINE_RE

#: A past verb of the sentence before the deadline: it may be told as it was then.
_PAST_BEFORE_RE = re.compile(r"(?i)\b(?:said|told|had|was|were|did|[a-z]{3,}ed)\b")
#: How far left the clause of a deadline is read.
_REACH = 160


def due_ahead(text: str, start: int) -> bool:
    """Whether the day at `start` is a deadline of a clause that looks ahead, with no past
    verb before it in its sentence."""
    left = max(0, start - _REACH)
    for stop in _SENTENCE_END_RE.finditer(text, left, start):
        left = stop.end()
    return (
        _DEADLINE_RE.search(text, left, start) is not None
        and _PAST_BEFORE_RE.search(text, left, start) is None
    )
