"""An obituary's closing formula: "He is survived by his wife, Ana, and two sons." Its "he" is
the person the obituary is about, whoever the sentences before it quoted (a minister's
tribute, a friend's words), never the last person named: `events.anaphora.sentence_actors`
gives it no earlier sentence to look in, so that `resolve_anaphora` takes the story's main
person (`referents.main_person`), when there is one of that sex.

    >>> survivors_follow("He is survived by his wife, Ana.")
    True
    >>> survivors_follow("He said he survived by luck.")
    False
"""

from __future__ import annotations

import re

#: A subject pronoun opening the formula: "He is survived by", "She was also survived by".
_SURVIVED_BY = re.compile(r"[\"“]?(?:He|She)\s+(?:is|was)\s+(?:also\s+)?survived\s+by\b")


def survivors_follow(sentence: str) -> bool:
    """Whether `sentence` opens with the formula of an obituary's survivors ("She is survived
    by", "He was survived by").

    >>> survivors_follow("She was also survived by a brother.")
    True
    >>> survivors_follow("She survived the crash."), survivors_follow("Ana is survived by Tom.")
    (False, False)
    """
    return _SURVIVED_BY.match(sentence) is not None
