"""News or narrative: which way the relative expressions of a text count when it has no
reference date.

A narrative (an encyclopedia's account of a war) counts "the next day" and "on Monday" from the
last date it mentioned. A news story counts them from the day it was written: "yesterday",
"tonight", "this week", "last month" say so, and so does a feature that counts years from its
day ("Last year sales fell, he says"). Without its publication date such a story has no
reference, and its relative expressions must keep X's rather than borrow a day from some other
date in the text.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.temporal.vocabulary import MONTHS, NUMBER_WORDS, SEASONS, VOCABULARY, WEEKDAYS
from timeline.wordlists import longest_alternation

__all__ = ["counts_from_its_own_day", "is_narrative"]

_MONTH_NAMES = "|".join(sorted({name.capitalize() for name in MONTHS if len(name) > 3}))
_WEEKDAY_NAMES = "|".join(name.capitalize() for name in WEEKDAYS)
#: Expressions that count from the day of writing, in the writer's own words (not after "the",
#: not before "of": "the last week of August" is a narrative's).
_SPEECH_TIME = re.compile(
    # a match opens with one of these letters, in any case: the search skips to them
    r"(?i)(?=[eolnty])(?:"
    r"(?<!\bthe )\b(?:yesterday|tomorrow|tonight|last night|this (?:week|weekend|month)|"
    r"(?:last|next) (?:week|weekend|month)|(?:earlier|later) this (?:week|month|year))\b(?! of)"
    # a weekday with no date beside it: "published on Monday" counts from the week of writing
    rf"|\b[Oo]n (?:{_WEEKDAY_NAMES})\b"
    rf"(?!,?\s+(?:the\s+)?\d)(?!,?\s+(?:{_MONTH_NAMES})\b)(?!\s+of\b))"
)
_QUOTES = re.compile(r"[\"“”]")
#: A year-sized span counted from the day of writing: "last year", "next spring", "this autumn",
#: "a decade ago", "two years ago" (not "the next year", "the last year of the war").
_RELATIVE_WORDS = tuple(
    word
    for word, relation in VOCABULARY.relations.items()
    if relation.counts_from == "reference" and "season" in relation.before
)
#: A match opens a word with a first letter of these (in any case) or a digit: the search
#: tests the word's edge, then the letter, before its look-behinds (the same matches, found
#: sooner: most positions are inside a word).
_FIRST_OF_SPAN = "".join(sorted({re.escape(word[0]) for word in (*_RELATIVE_WORDS, *NUMBER_WORDS)}))
_YEAR_OF_WRITING = re.compile(
    rf"(?i)\b(?=[{_FIRST_OF_SPAN}a\d])(?<!\bthe )(?<!\bof )(?:(?:"
    + longest_alternation(_RELATIVE_WORDS)
    + r")\s+(?:year|decade|"
    + longest_alternation(SEASONS)
    + r")\b(?!\s+of\b)|(?:a|an|\d{1,2}|"
    + longest_alternation(NUMBER_WORDS)
    + r")\s+(?:years?|decades?)\s+ago\b)"
)
_YEAR_NAMED = re.compile(r"(?<![\w$.,])(?:1[0-9]|20)\d\d(?![\w%]|[.,]\d)")
#: one year-sized span of the day of writing for so many years named: a history's news-borrowed
#: "next year" among its hundred dates is the story's; a feature's "Last year" is the writer's
YEARS_PER_WRITING_SPAN = 10


def _outside_quotes(text: str, start: int) -> bool:
    paragraph_start = text.rfind("\n", 0, start) + 1
    return len(_QUOTES.findall(text, paragraph_start, start)) % 2 == 0


#: The nouns every match of `_YEAR_OF_WRITING` ends in ("years" and "decades" hold them).
_SPAN_NOUNS = ("year", "decade", *SEASONS)


def _may_count_years(text: str) -> bool:
    """Whether `text` writes one of `_SPAN_NOUNS`, in any case: found with `str.lower` in an
    ASCII text (the letters IGNORECASE matches there are the ones `lower` folds); a text with
    any other character is searched in full.

    >>> _may_count_years("Last Year it grew."), _may_count_years("In 1931 it grew.")
    (True, False)
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(noun in lowered for noun in _SPAN_NOUNS)


def counts_years_from_its_own_day(text: str) -> bool:
    """Whether the writer counts year-sized spans from the day of writing ("Last year sales
    fell, he says", "Next year she plans ..."), often enough against the years the text names
    that they are not a history's borrowed phrases.

    >>> counts_years_from_its_own_day("The mill opened in 1931. Last year sales fell, he says.")
    True
    >>> counts_years_from_its_own_day("In 1931 the mill opened. The next year it grew.")
    False
    """
    if not _may_count_years(text):
        return False  # no year, decade or season written: no span of the day of writing
    spans = sum(_outside_quotes(text, match.start()) for match in _YEAR_OF_WRITING.finditer(text))
    return spans > 0 and spans * YEARS_PER_WRITING_SPAN >= len(_YEAR_NAMED.findall(text))


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
        if _outside_quotes(text, match.start()):
            return True
    return counts_years_from_its_own_day(text)


def is_narrative(text: str, reference_date: date | None) -> bool:
    """The default reading of a text: narrative when it has no reference date and does not
    count from the day it was written.

    >>> is_narrative("On 7 June Robespierre spoke. The next day he left.", None)
    True
    >>> is_narrative("The minister resigned yesterday.", None)
    False
    """
    return reference_date is None and not counts_from_its_own_day(text)
