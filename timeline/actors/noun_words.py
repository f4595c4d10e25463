"""The lower-case word after a name that makes the name a modifier of a noun ("CCTV cameras",
"its Orrin service", "EU partners"): a word that is no verb, preposition, clause word or
joining word. One predicate, read by the rules that drop letters, technologies and routes
written only before their noun."""

from __future__ import annotations

from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.vocabulary import finite_verbs, prepositions
from timeline.wordlists import word_set

#: Words that join two names or clauses: "Orrin and Dale", "CCTV or GPS".
JOINING_WORDS = frozenset({"and", "or", "but", "nor"})


def a_noun_word(word: str) -> bool:
    """Whether a lower-case word after a name reads as the noun the name describes: no verb
    (`VERB_AFTER`, `data/finite_verbs.txt`), preposition (`data/prepositions.txt`), clause
    word (`data/clause_words.txt`: "which", "since", "later") or joining word.

    >>> [a_noun_word(w) for w in ("cameras", "service", "partners")]
    [True, True, True]
    >>> [a_noun_word(w) for w in ("said", "reported", "in", "which", "and", "later")]
    [False, False, False, False, False, False]
    """
    return not (
        VERB_AFTER.fullmatch(word) is not None
        or word in finite_verbs()
        or word in prepositions()
        or word in word_set("clause_words.txt")
        or word in JOINING_WORDS
    )
