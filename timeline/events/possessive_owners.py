"""The owner of a thing a sentence opens with ("The company's shares rose", "The council's
finance convener, Mora Hynd, said", "The museum's home closed") is no actor of the sentence's
rows: the thing or the person it owns is the subject, as after "Its" (`actors.anaphora`). The
mention stays (an "It" after it still stands for the owner); only the rows leave it, unless the
sentence names or describes the owner again ("the club had made a profit").

    >>> from timeline.actors import ActorMention
    >>> from timeline.events.event import Event
    >>> from timeline.sentences import Sentence
    >>> text = "Orlo Ltd cut jobs. The company's shares fell on May 2."
    >>> orlo = ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "organisation")
    >>> owner = ActorMention(19, 32, "The company's", "Orlo Ltd", "organisation")
    >>> row = Event("ev", "d", text, 19, 54, 1, "explicit", None, None, None, "May 2", "",
    ...             48, 53, actors=("Orlo Ltd",), actor_types=("organisation",))
    >>> sentence = Sentence(19, 54, text[19:], 1)
    >>> [r.actors for r in without_possessive_owners([row], (orlo, owner), sentence)]
    [()]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.events.actor_features import sentence_mentions
from timeline.events.actor_veto import without_actors

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.events.event import Event
    from timeline.sentences import Sentence

__all__ = ["possessive_opening", "without_possessive_owners"]

#: "The" and one lower-case noun with a possessive: a description's, not a name's ("The Fund's
#: board" writes the body's short name, which stays its row's actor).
_DESCRIPTION_POSSESSIVE = re.compile(r"The\s+[a-z][\w-]*['’]s?")
#: What may stand before a sentence's first word: an opening quotation mark and spaces.
_LEAD = " \t\"“‘'"


def possessive_opening(mention: ActorMention, sentence: Sentence) -> bool:
    """Whether `mention` is a description's possessive opening `sentence` ("The company's").

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = "The union's contract ends in May."
    >>> union = ActorMention(0, 11, "The union's", "Tarka Union", "organisation")
    >>> possessive_opening(union, Sentence(0, 33, text, 0))
    True
    >>> fund = ActorMention(0, 10, "The Fund's", "Tarka Fund", "organisation")
    >>> possessive_opening(fund, Sentence(0, 33, "The Fund's board met on May 2.", 0))
    False
    """
    lead = len(sentence.text) - len(sentence.text.lstrip(_LEAD))
    return (
        mention.start - sentence.start == lead
        and _DESCRIPTION_POSSESSIVE.fullmatch(mention.text) is not None
    )


def without_possessive_owners(
    rows: Sequence[Event], mentions: Sequence[ActorMention], sentence: Sentence
) -> list[Event]:
    """`rows` of `sentence` without an actor whose only mention in the sentence is a
    description's possessive opening it (`possessive_opening`); `mentions`: the document's, in
    order of their starts."""
    names = {name for row in rows for name in row.actors}
    owners: set[str] = set()
    for name in names:
        own = sentence_mentions(mentions, sentence, name)
        if len(own) == 1 and possessive_opening(own[0], sentence):
            owners.add(name)
    if not owners:
        return list(rows)
    return without_actors(rows, owners)
