"""Letters a story writes only before the noun of a thing are no actor (stop 43, helper
`orgs`): "free MMR clinics", "the SHS policy", "RSAM values rose", "a U/A certificate", "the GKO
conversion" name a kind of vaccine, school, measure, rating or bond, not a body that acts. The
letters of a body are written alone somewhere in its story ("the WHO said", "(NKO)", "asked
NKO to"), or before its people or its parts ("NKO officials", "the NKO board"); letters that
are its short form for a name the story spells out are that name's, and stay.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Free MMR clinics open on Saturday. The MMR rate fell."
    >>> mention = ActorMention(5, 8, "MMR", "MMR", "organisation")
    >>> without_letters_of_things(text, [mention])
    []
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.appositives import person_noun
from timeline.actors.mention import ActorMention
from timeline.actors.noun_words import a_noun_word
from timeline.actors.roles import role_nouns
from timeline.actors.runs import INDEX_NOUNS
from timeline.actors.vocabulary import body_words, organisation_words, state_nouns, titles
from timeline.kinds import ActorType
from timeline.wordlists import word_set

__all__ = ["without_letters_of_things"]

#: Two to six capitals, digits or a slash or an ampersand between: "MMR", "U/A", "SHS".
_LETTERS = re.compile(r"[A-Z][A-Z0-9&/]{1,5}")
#: The lower-case word right after the letters: " clinics".
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")
#: The types letters of a thing are read as.
_THING_TYPES = frozenset({ActorType.ORGANISATION, ActorType.PRODUCT})


def without_letters_of_things(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions without letters (an organisation or a product named as written) that
    `text`, the whole story, writes only right before the noun of a thing.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "The SHS policy began in 2017, and SHS enrolment doubled."
    >>> [m.text for m in without_letters_of_things(text, [ActorMention(4, 7, "SHS", "SHS",
    ...     "organisation")])]
    []

    Letters written alone, in brackets or before a body's people or parts somewhere in the story
    are a body's, and stay:

    >>> text = "NKO officials said the NKO plan would cost more."
    >>> [m.text for m in without_letters_of_things(text, [ActorMention(23, 26, "NKO", "NKO",
    ...     "organisation")])]
    ['NKO']
    >>> text = "The NKO plan was approved, NKO said."
    >>> [m.text for m in without_letters_of_things(text, [ActorMention(4, 7, "NKO", "NKO",
    ...     "organisation")])]
    ['NKO']
    """
    answers: dict[str, bool] = {}
    kept: list[ActorMention] = []
    for mention in mentions:
        letters = mention.text
        if (
            mention.type in _THING_TYPES
            and mention.name == letters
            and _LETTERS.fullmatch(letters) is not None
            and sum(c.isupper() for c in letters) >= 2
        ):
            if letters not in answers:
                answers[letters] = _only_before_things(text, letters)
            if answers[letters]:
                continue
        kept.append(mention)
    return kept


def _only_before_things(text: str, letters: str) -> bool:
    """Whether every time `text` writes `letters` as a word, a thing's noun follows them."""
    written = False
    for match in re.finditer(rf"(?<![\w&/.'’$-]){re.escape(letters)}(?![\w&/$-])", text):
        after = _WORD_AFTER.match(text, match.end())
        if after is None or not _a_things_noun(after.group(1)):
            return False
        written = True
    return written


def _a_things_noun(word: str) -> bool:
    """Whether a lower-case word after letters is the noun of a thing they qualify: a noun
    (`noun_words.a_noun_word`) of no person, title, position, state's people, body, body's
    people (`data/member_nouns.txt`), market (`data/market_nouns.txt`: "NKO shares") nor an
    index ("the KOSPI index": `runs.index_names`, an index is an actor).

    >>> [_a_things_noun(w) for w in ("clinics", "policy", "values", "certificate")]
    [True, True, True, True]
    >>> [_a_things_noun(w) for w in ("spokesman", "officials", "board", "shares", "index")]
    [False, False, False, False, False]
    >>> [_a_things_noun(w) for w in ("said", "and", "in")]
    [False, False, False]
    """
    return (
        a_noun_word(word)
        and word not in _not_things()
        and word.removesuffix("s") not in _not_things()  # "NKO boards"
        and not person_noun(word)
    )


@cache
def _not_things() -> frozenset[str]:
    return (
        titles()
        | role_nouns()
        | state_nouns()
        | organisation_words()
        | body_words()
        | word_set("member_nouns.txt")
        | word_set("market_nouns.txt")
        | INDEX_NOUNS
    )
