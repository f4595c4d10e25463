"""Whether a name the model took for a people (spaCy's NORP) can be a people's word at all: a
demonym the lists know, a word English has, or one that ends as demonyms end. A town or a
firm the model took for a people is none of these ("the Govan yard", "an Aeroline
spokesperson"), and no adjective of a people (stop 34).

    >>> nouns = frozenset({"european"})
    >>> names_a_people("Govan", nouns), names_a_people("Nivaclé", nouns)
    (False, True)
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import countries, finite_verbs, prepositions
from timeline.stop_words import stop_words

__all__ = ["DEMONYM_ENDINGS", "english_word_after", "names_a_people", "verb_or_preposition_after"]

#: How the demonyms no list holds end ("Silesian", "Ivorian", "Korean", "Bhutanese", "Cornish",
#: "Baltic", "Bengali", "Sámi", "Burkinabè", "Nivaclé", "Québécois", "Muscovite",
#: "Midwestern"); not "-an"
#: alone, which ends as many towns' names ("Govan", "Erzincan") as peoples'.
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "i", "í", "é", "è", "ois", "ite", "ern")


def names_a_people(surface: str, nouns: frozenset[str]) -> bool:
    """Whether the last word of `surface`, a name the model took for a people, may be a
    people's: a demonym of `data/demonyms.csv`, an English noun of the model's noun index
    (which holds "European", "Bengali", "Victorian", and cities too: "Lahore"), a plural, or
    a word ending as demonyms do (`DEMONYM_ENDINGS`). With no noun index, any word may be.

    >>> nouns = frozenset({"european", "lahore"})
    >>> [names_a_people(w, nouns) for w in ("European", "Lahore", "Kazakh", "Sámi", "Silesian")]
    [True, True, True, True, True]
    >>> [names_a_people(w, nouns) for w in ("Govan", "Aeroline", "Iloilo", "Penrhyn")]
    [False, False, False, False]
    >>> names_a_people("Gilchrist", frozenset())
    True
    """
    if not nouns:
        return True
    last = surface.rsplit(" ", 1)[-1]
    folded = last.casefold()
    return (
        surface.casefold() in countries()
        or folded in countries()
        or folded in nouns
        or folded.endswith(("s", *DEMONYM_ENDINGS))
        or not last.isalpha()
    )


#: The lower-case word right after a name: " yard" of "the Govan yard".
_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def english_word_after(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the lower-case word after `end` is an English word: a noun of the model's noun
    index (a plural's singular too), a small word, a finite verb or a past in "-ed" ("the Govan
    yard", "Penrhyn and Manihiki", "Gilchrist was closed"); not a genus's species ("Neisseria
    meningitidis"), which makes the two words one Latin name.

    >>> nouns = frozenset({"yard"})
    >>> texts = ("Govan yards", "Tarvo and", "Nexia meningitidis")
    >>> [english_word_after(text, 5, nouns) for text in texts]
    [True, True, False]
    """
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    return word in nouns or word.removesuffix("s") in nouns or word in stop_words() or _a_verb(word)


def verb_or_preposition_after(text: str, surface: str, end: int) -> bool:
    """Whether the name `surface` the model took for a people, ending at `end`, is a noun of
    its clause, no people's adjective before a thing: the lower-case word after it is a
    preposition (`data/prepositions.txt`), a finite verb (`data/finite_verbs.txt`) or a past
    in "-ed" ("died in Toulouse in 1761", "Iphan sent a team", "Grampian signed a deal"), and
    the name is no demonym nor country of `data/demonyms.csv` (stop 46, helper `dropped`).

    >>> text = "Iphan sent a team. Toulouse in May. the Govan yard. Kenyan in Nairobi."
    >>> verb_or_preposition_after(text, "Iphan", 5), verb_or_preposition_after(text, "Toulouse", 27)
    (True, True)
    >>> verb_or_preposition_after(text, "Govan", 44), verb_or_preposition_after(text, "Kenyan", 57)
    (False, False)
    """
    if surface.casefold() in countries():
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word in prepositions() or _a_verb(word)


def _a_verb(word: str) -> bool:
    """Whether a lower-case `word` after a name is its verb: a finite verb
    (`data/finite_verbs.txt`) or a past in "-ed"."""
    return word in finite_verbs() or word.endswith("ed")
