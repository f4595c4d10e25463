"""A lone place word is no person's name: the model reads a place's or a body's name of two
words or more as a person now and then ("Ulsan Fire Headquarters", "Lake Wanaka", "Keflavík
Airport"), and a lone word of it would then name that "person" everywhere ("Police in Ulsan
said ...", "a meeting in Wanaka"). `not_its_person` says when the lone word stays what it is
(stop 46, helper `dropped`).

    >>> not_its_person("Ulsan", "ORG", "Ulsan Fire Headquarters", frozenset({"Ulsan"}))
    True
    >>> not_its_person("Austin", "GPE", "Lloyd Austin", frozenset({"Austin"}))
    False
"""

from __future__ import annotations

from timeline.actors.modifiers import place_nouns
from timeline.actors.pieces import _COMPASS as COMPASS_POINT
from timeline.actors.vocabulary import countries


def not_its_person(
    word: str, label: str, full: str, places: frozenset[str] = frozenset(), after: str = ""
) -> bool:
    """Whether the lone `word` (labelled `label` by the model where it stands, `after` the
    text that follows it there) is not the person `full` that a name of the article would
    make it:
    - the word opens that name and the article writes it as a place (`places`: the model
      took it for one after a preposition of place, `article_names.written_places`); a
      person is called by a surname, and a company named after its town by the town's word
      is no person either way ("Clydeholm" of "Clydeholm Shipbuilders" stays the company's
      short form where the text never writes "in Clydeholm");
    - a country's own name read as a place ("Kenya" of "Kenya Airways Holdings" read as a
      person: `data/demonyms.csv`);
    - the name is a place with its feature's noun or a point of the compass, the word its
      name ("Wanaka" of "Lake Wanaka", "Java" of "Central Java", "Keflavík" of "Keflavík
      Airport": `modifiers.place_nouns`).
    Never where the text goes on with the rest of the name (the model cut it there: "the
    Kerala" of "the Kerala Gazette"); a surname the model read as a place stays the
    person's ("Austin" of "Lloyd Austin").

    >>> not_its_person("Tarifa", "ORG", "Tarifa Traffic", frozenset({"Tarifa"}))
    True
    >>> not_its_person("Choi", "ORG", "Choi Byung-hoon"), not_its_person("Ana", "PERSON", "Ana Roe")
    (False, False)
    >>> not_its_person("Kenya", "GPE", "Kenya Airways Holdings")
    True
    >>> not_its_person("Wanaka", "PERSON", "Lake Wanaka")
    True
    >>> not_its_person("Java", "PERSON", "Central Java")
    True
    >>> not_its_person("Keflavík", "PERSON", "Keflavík Airport")
    True
    >>> not_its_person("Keflavík", "PERSON", "Keflavík Airport", after=" Airport closed")
    False
    >>> not_its_person("Church", "PERSON", "Eleanor Church")
    False
    """
    words = full.split()
    if len(words) < 2 or (words[0] == word and after.startswith(full[len(word) :])):
        return False
    if words[0] == word and word in places:
        return True
    if label == "GPE" and countries().get(word.casefold()) == word:
        return True
    if words[-1] == word:
        return words[0].casefold() in place_nouns() or COMPASS_POINT.fullmatch(words[0]) is not None
    return words[0] == word and words[-1].casefold() in place_nouns()
