"""A season that names a kind of thing: "moved their animals up to the summer grazing on
Thursday", "tickets for winter travel", "The summer rains have barely begun". The season
word stands before a noun as an adjective; the clause happened when its other dates say (or
on the news day), not in that season.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Herders moved the flock to the summer grazing on Thursday."
    >>> summer = Timex(27, 37, "the summer", "DATE", "1986-SU", granularity="season",
    ...                date_start=date(1986, 6, 1), date_end=date(1986, 8, 31))
    >>> season_names_a_kind(Sentence(0, len(text), text, 0), summer)
    True

A season before a noun of time still dates its clause ("before the summer holidays", "the
winter break": `data/period_nouns.txt`), and so does one after a preposition of time ("from
the spring harvest", "during the summer war"); a season said with its year or a relative word
("this summer", "last winter", "the summer of 2019") is never a kind.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from timeline.actors.vocabulary import finite_verbs
from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.kinds import Granularity
from timeline.temporal.vocabulary import SEASONS, VOCABULARY
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

__all__ = ["described_season", "season_names_a_kind"]

#: The season alone, with "the" or nothing before it: "summer", "the winter".
_BARE_SEASON_RE = re.compile(r"(?i)(?:the\s+)?(?P<season>[a-z]+)")
#: The word right after the season, in lower case: the noun it would describe.
_WORD_AFTER_RE = re.compile(r"\s+(?P<word>[a-z]+)\b(?!['’-])")
#: The words before the season, back to the one that could govern it: "to the", "for".
_WORDS_BEFORE_RE = re.compile(rf"(?i)(?P<word>[a-z]+)\s+(?:(?:{ARTICLES}|{POSSESSIVES})\s+)?$")
#: A preposition right before a season with no article: "for winter travel".
_PREPOSITION_BEFORE_RE = re.compile(r"(?i)\b(?P<word>[a-z]+)\s+$")
#: Prepositions that leave the season a time of the clause: "from the spring harvest".
_TIME_PREPOSITIONS = word_set("time_prepositions.txt") - {"for", "on", "about"}
#: Prepositions after which a season with no article is a kind: "for winter travel".
_KIND_PREPOSITIONS = word_set("prepositions.txt") - _TIME_PREPOSITIONS


@cache
def _not_nouns() -> frozenset[str]:
    """Words after a season that are no noun it describes: verbs, prepositions, clause words."""
    return (
        finite_verbs()
        | word_set("prepositions.txt")
        | word_set("clause_words.txt")
        # "it", "we", "they" only, of the subject pronouns: a set of its own (`wordlists.pronouns`)
        | frozenset({"and", "or", "but", "nor", "than", "there", "then", "it", "we", "they"})
    )


@cache
def _period_nouns() -> frozenset[str]:
    return word_set("period_nouns.txt")


#: A determiner and a word describing the season after them, and the word before them:
#: "the wet spring", "after a mild autumn", "the dimba winter crop".
_DESCRIBED_RE = re.compile(
    rf"(?i)(?:\b(?P<before>[a-z]+)\s+)?\b(?:{ARTICLES}|{POSSESSIVES})\s+(?P<word>[a-z]+)\s+$"
)


def described_season(text: str, start: int) -> bool:
    """Whether the bare season starting at `start` of `text` is described by a word between a
    determiner and it, outside a phrase of time: the season's weather or a kind of thing
    ("the wet spring had done the damage", "a mild autumn left it with unsold coats", "the
    earliest autumn gale", "the dimba winter crop"), not when a clause happened. After a
    preposition of time it is still the clause's time ("during the southern winter", "into
    the northern summer"), and a relative word ("the following spring") is the tagger's.

    >>> text = "Farmers said the wet spring had cut yields, and rain fell during the wet summer."
    >>> described_season(text, text.index("spring")), described_season(text, text.index("summer"))
    (True, False)
    >>> described_season("They sold it the same winter.", 18)
    False
    """
    described = _DESCRIBED_RE.search(text, max(0, start - 40), start)
    if described is None:
        return False
    word = described["word"].lower()
    if word in VOCABULARY.relations or word in SEASONS or word in _not_nouns():
        return False
    before = (described["before"] or "").lower()
    return before not in _TIME_PREPOSITIONS and before != "into"


def season_names_a_kind(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` is a bare season describing the noun after it ("the summer grazing"),
    not the time of its clause.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> def kind(text: str, written: str) -> bool:
    ...     start = text.index(written)
    ...     season = Timex(start, start + len(written), written, "DATE", "2008-WI",
    ...                    granularity="season")
    ...     return season_names_a_kind(Sentence(0, len(text), text, 0), season)
    >>> kind("Passengers holding tickets for winter travel should wait.", "winter")
    True
    >>> kind("Fees rise before the winter break.", "the winter")
    False
    >>> kind("Sorghum came from the spring harvest.", "the spring")
    False
    >>> kind("The winter was mild.", "The winter")
    False
    >>> kind("It is early, but spring shows signs of hope.", "spring")
    False
    """
    if timex.granularity != Granularity.SEASON:
        return False
    bare = _BARE_SEASON_RE.fullmatch(timex.text.strip())
    if bare is None or bare["season"].lower() not in SEASONS:
        return False
    start, end = timex.start - sentence.start, timex.end - sentence.start
    if bare["season"] == timex.text.strip() and described_season(sentence.text, start):
        return True
    after = _WORD_AFTER_RE.match(sentence.text, end)
    if after is None:
        return False
    word = after["word"]
    if word in _not_nouns() or word in _period_nouns() or word.endswith("ed"):
        return False
    if bare["season"] == timex.text.strip():
        # a season with no article is a kind only right after a preposition ("for winter
        # travel"): opening a clause it may be a subject ("but spring shows signs of hope")
        governing = _PREPOSITION_BEFORE_RE.search(sentence.text, max(0, start - 30), start)
        return governing is not None and governing["word"].lower() in _KIND_PREPOSITIONS
    before = _WORDS_BEFORE_RE.search(sentence.text, max(0, start - 30), start)
    return before is None or before["word"].lower() not in _TIME_PREPOSITIONS
