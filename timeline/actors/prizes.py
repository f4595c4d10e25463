"""A prize or a contest named as what someone won is no actor (stop 43, helper `orgs`): "won
the Golden Wave at the festival", "the winner of the Grand Prix", "won the Coppa Valtellina in
a sprint" name the thing won, not who took part; the winner is the actor.

    >>> text = "Her film won the Golden Wave at the Biarritz festival."
    >>> names_a_prize_won(text, 17, 28)
    True
"""

from __future__ import annotations

import re

from timeline.actors.noun_words import a_noun_word
from timeline.actors.vocabulary import body_words, event_words, organisation_words

__all__ = ["names_a_prize_won"]

#: "won the ", "wins a ", "the winner of the ", "winners of this year's " right before a name.
_WON_BEFORE = re.compile(
    r"(?<![\w'’-])(?:won|wins?|winning|winners?\s+of)\s+"
    r"(?:the|a|an|this\s+year['’]s|last\s+year['’]s)\s+$"
)
#: An article the span opened with: "a " of "a Golden Pier".
_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+")
#: The lower-case word right after the name: " at", " award".
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b(?!['’])")


def names_a_prize_won(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is what someone won: right after "won the", "win a", "the
    winner of the" (the article may open the span), closing its noun phrase there (a mark,
    a verb, a preposition or "and" after it) or before an event's word (`data/event_words.txt`:
    "award", "prize", "cup").

    >>> names_a_prize_won("Bettinelli won the Coppa Valtellina in a sprint.", 19, 35)
    True
    >>> names_a_prize_won("the winner of the Grand Prix, with a drama", 18, 28)
    True
    >>> names_a_prize_won("Ana Ruiz won a Golden Pier award last year.", 13, 26)
    True

    Not a name that only qualifies the thing won ("won the Ford contract", "won the Tarvik
    by-election"), a body ("Labour won the Senate"), nor a name after "won" with no article
    ("won Vava'u 15 by 86 votes", a seat):

    >>> names_a_prize_won("Kelso won the Ford contract on Monday.", 14, 18)
    False
    >>> names_a_prize_won("Labour won the Senate in 2022.", 15, 21)
    False
    >>> names_a_prize_won("Ana Mahe won Vava'u 15 by 86 votes.", 13, 22)
    False
    """
    surface = text[start:end]
    article = _ARTICLE.match(surface)
    at = start + article.end() if article is not None else start
    before = text[max(0, start - 40) : at]
    if "won" not in before and "win" not in before:
        return False  # every match of `_WON_BEFORE` holds one of them
    if _WON_BEFORE.search(text, max(0, start - 40), at) is None:
        return False
    words = text[at:end].split()
    if not words:
        return False
    last = words[-1].casefold()
    if last in organisation_words() or last in body_words():
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1) in event_words() or not a_noun_word(after.group(1))
