"""A weekday that owns a thing in a present perfect: "The organisers have moved Tuesday's
matches indoors", written on a Monday, is tomorrow's play, not last Tuesday's. The present
perfect tells when the moving was done (just now), not whether the thing owned is over, so the
weekday is the one nearest the news day either way ("The club has condemned Saturday's
violence", written on a Monday, is two days back); `resolve_days.resolved_weekday` asks it.

    >>> text = "The organisers have moved Tuesday's matches indoors."
    >>> owned_in_a_perfect(text, (text.index("Tuesday"), text.index("'s")))
    True
"""

from __future__ import annotations

import re

from timeline.temporal.patterns import sentence_start

__all__ = ["owned_in_a_perfect"]

#: The weekday owns what follows it: "Tuesday's matches", "Sunday’s home game".
_OWNS_RE = re.compile(r"['’]s\s+[a-z]")
#: A present perfect of the clause before it, with no stop, clause word or other verb form of
#: the past between: "have moved", "has already left Vidal out of the squad for".
_PERFECT_BEFORE_RE = re.compile(
    r"(?i)\b(?:has|have|['’]ve)\s+(?:(?:already|just|now|also|since|again)\s+)?[a-z]+"
    r"(?:(?!\b(?:was|were|had|did|when|after|before|which|who|that)\b)[^.;:!?])*$"
)
#: How far back the clause's verb may stand.
_REACH = 120


def owned_in_a_perfect(text: str, span: tuple[int, int]) -> bool:
    """Whether the weekday at `span` owns a thing ("Tuesday's matches") in a clause whose verb
    before it is a present perfect.

    >>> text = "Brokers were waiting for Friday's figures."
    >>> owned_in_a_perfect(text, (text.index("Friday"), text.index("'s")))
    False
    >>> text = "Police have arrested a man after Saturday's match."
    >>> owned_in_a_perfect(text, (text.index("Saturday"), text.index("'s")))
    False
    """
    start, end = span
    if _OWNS_RE.match(text, end) is None:
        return False
    opening = sentence_start(text, start, _REACH)
    return _PERFECT_BEFORE_RE.search(text, opening, start) is not None
