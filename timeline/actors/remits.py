"""A body's remit of several fields, cut by the model at its "and": "Ministry of Fisheries" +
"and Marine Resources", "Department of Sports" + ", Arts and Culture" are one name
(`remit_after_and`, which `extents.widened` runs).

    >>> text = "the Ministry of Fisheries and Marine Resources cut quotas"
    >>> text[4:remit_after_and(text, 4, 25, frozenset({"marine", "resource"}))]
    'Ministry of Fisheries and Marine Resources'
"""

from __future__ import annotations

import re

from timeline.actors.literals import written_whole
from timeline.actors.vocabulary import NAME_WORD, organisation_words

#: Up to three fields of one or two name words after commas, " and " and one to three name
#: words, then no other capitalised word: " and Marine Resources" of "the Ministry of Fisheries
#: and Marine Resources cut ...", ", Arts and Culture" of "the Department of Sports, Arts and
#: Culture".
_REMIT_REST = re.compile(
    rf"((?:, {NAME_WORD}(?: {NAME_WORD})?){{0,3}}) and ({NAME_WORD}(?: {NAME_WORD}){{0,2}})"
    rf"(?![\w'’-]| [A-Z])"
)


def remit_after_and(text: str, start: int, end: int, nouns: frozenset[str]) -> int | None:
    """The end of a body's name the model cut at "and", the second field of its remit left out:
    "Ministry of Fisheries" + "and Marine Resources", "Department of Health" + "and Social
    Care", "Department of Sports" + ", Arts and Culture" (fields listed with commas: stop 38).
    The name opens with an organisation word and "of" ("Ministry of", "Office of the");
    the words after "and" and the commas are common nouns (`nouns`, an English noun index: a
    field, not a company's name) that the text writes nowhere but after that "and" or another
    remit's "of" ("Minister of Culture": a name of their own would stand alone somewhere).
    None otherwise.

    >>> nouns = frozenset({"marine", "resource", "science"})
    >>> text = "the Ministry of Fisheries and Marine Resources cut quotas"
    >>> text[4:remit_after_and(text, 4, 25, nouns)]
    'Ministry of Fisheries and Marine Resources'
    >>> text[:remit_after_and(text, 0, 25, nouns)]  # the model's span may hold "the"
    'the Ministry of Fisheries and Marine Resources'
    >>> text = "the Ministry of Health and Pfizer signed"
    >>> remit_after_and(text, 4, 22, nouns) is None
    True
    >>> text = "the Department of Sports, Arts and Culture gave him an award"
    >>> text[4:remit_after_and(text, 4, 24, frozenset({"sport", "art", "culture"}))]
    'Department of Sports, Arts and Culture'
    >>> text = "the Ministry of Construction, Lyuben Iliev and Vera Markova"
    >>> remit_after_and(text, 4, 28, frozenset({"construction"})) is None
    True
    >>> text = "the Ministry of Education and Science Park staff. Science matters."
    >>> remit_after_and(text, 4, 24, nouns) is None
    True
    """
    surface = text[start:end]
    words = surface.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) < 3 or words[1] != "of" or words[0].casefold() not in organisation_words():
        return None
    if " and " in surface or " & " in surface:
        return None
    rest = _REMIT_REST.match(text, end)
    if rest is None:
        return None
    field = rest.group(2)
    for word in f"{rest.group(1)} {field}".replace(",", " ").split():
        folded = word.casefold()
        if folded not in nouns and not (folded.endswith("s") and folded[:-1] in nouns):
            return None
    alone = re.findall(rf"(?<!of )(?<!for ){written_whole(field).pattern}", text)
    if len(alone) != text.count(f" and {field}"):
        return None  # the field is a name of its own somewhere (not a title's: "of Culture")
    return rest.end(2)
