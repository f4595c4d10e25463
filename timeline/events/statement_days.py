"""The day an undated statement was made on, when it is the day the story tells rather than the
news day: the story told of a gathering on it where people spoke (a meeting, a ceremony), or
the speaker's quotation calls it "today", or the speaker is "he" or "she", the one the story
was telling of.

    >>> names_gathering("Mayor Linda Park said at the meeting that the fees should rise.")
    True
    >>> names_gathering("The fire reached the edge of the town, the mayor said.")
    False
    >>> quotes_its_day('"What happened today is a disgrace," the minister said.')
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.published.writing_day import DEICTIC_WORDS
from timeline.syntax import QUOTATION
from timeline.wordlists import word_list

__all__ = ["names_gathering", "pronoun_speaks", "quotes_its_day"]

#: A pronoun for the speaker: "He said ...", '"...," she added', "They told ...".
_PRONOUN_SPEAKER = re.compile(r"(?:^|[,.?!][”\"]\s*)(?:he|she|they)\s+[a-z]+", re.IGNORECASE)


@cache
def _gathering() -> re.Pattern[str]:
    words = "|".join(sorted(word_list("gathering_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})s?\b")


def names_gathering(text: str) -> bool:
    """Whether `text` (a sentence) names a gathering where people speak ("told the committee",
    "the board voted", "after the ceremony").

    >>> names_gathering("Superintendent Olsen told the board that enrollment had fallen.")
    True
    >>> names_gathering("The company said it had received 23 reports.")
    False
    """
    return _gathering().search(text) is not None


def quotes_its_day(text: str) -> bool:
    """Whether a quotation in `text` (a sentence) calls the speaker's day "today", "tonight"
    or "this morning": the speaker spoke on the day the story tells of.

    >>> quotes_its_day('"We will rebuild," she said today.')
    False
    >>> quotes_its_day('"Tonight we have put a satellite in orbit," Dr Amin said.')
    True
    """
    return any(DEICTIC_WORDS.search(quote.group(2)) for quote in QUOTATION.finditer(text))


def pronoun_speaks(text: str) -> bool:
    """Whether the speaker of `text` (a sentence) is a pronoun, opening it or after a
    quotation: the one the story was telling of goes on, on the same day.

    >>> pronoun_speaks("He announced the iPod.")
    True
    >>> pronoun_speaks('"I am the person who is fixing this," he said.')
    True
    >>> pronoun_speaks("The safety office said it had received 23 reports.")
    False
    """
    return _PRONOUN_SPEAKER.search(text.strip()) is not None
