"""News or narrative: which way the relative expressions of a text count when it has no
reference date.

A narrative (an encyclopedia's account of a war) counts "the next day" and "on Monday" from the
last date it mentioned. A news story counts them from the day it was written: "yesterday",
"tonight", "this week", "last month" say so. Without its publication date such a story has no
reference, and its relative expressions must keep X's rather than borrow a day from some other
date in the text.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.temporal.vocabulary import MONTHS, WEEKDAYS

__all__ = ["counts_from_its_own_day", "is_narrative"]

_MONTH_NAMES = "|".join(sorted({name.capitalize() for name in MONTHS if len(name) > 3}))
_WEEKDAY_NAMES = "|".join(name.capitalize() for name in WEEKDAYS)
#: Expressions that count from the day of writing, in the writer's own words (not after "the",
#: not before "of": "the last week of August" is a narrative's).
_SPEECH_TIME = re.compile(
    r"(?i)(?<!\bthe )\b(?:yesterday|tomorrow|tonight|last night|this (?:week|weekend|month)|"
    r"(?:last|next) (?:week|weekend|month)|(?:earlier|later) this (?:week|month|year))\b(?! of)"
    # a weekday with no date beside it: "published on Monday" counts from the week of writing
    rf"|\b[Oo]n (?:{_WEEKDAY_NAMES})\b"
    rf"(?!,?\s+(?:the\s+)?\d)(?!,?\s+(?:{_MONTH_NAMES})\b)(?!\s+of\b)"
)
_QUOTES = re.compile(r"[\"“”]")


@lru_cache(maxsize=64)
def counts_from_its_own_day(text: str) -> bool:
    """Whether the writer counts from the day of writing, outside quotations (asked for each
    sentence of a document, read once per text: a string keeps its hash, so the cache costs
    no second reading).

    >>> counts_from_its_own_day("The minister resigned yesterday, officials said.")
    True
    >>> counts_from_its_own_day('In 1969 Nixon said, "I am tonight announcing a plan."')
    False
    >>> counts_from_its_own_day("During the last week of August the front moved.")
    False
    """
    for match in _SPEECH_TIME.finditer(text):
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        if len(_QUOTES.findall(text, paragraph_start, match.start())) % 2 == 0:
            return True
    return False


def is_narrative(text: str, reference_date: date | None) -> bool:
    """The default reading of a text: narrative when it has no reference date and does not
    count from the day it was written.

    >>> is_narrative("On 7 June Robespierre spoke. The next day he left.", None)
    True
    >>> is_narrative("The minister resigned yesterday.", None)
    False
    """
    return reference_date is None and not counts_from_its_own_day(text)
