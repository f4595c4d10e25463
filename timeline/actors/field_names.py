"""A body named for two fields or a list of them, which the model cut at its "and" or its
commas (stop 39, helper `actors10m`): "the Prices and Incomes Board" (found as "Incomes
Board"), "the long-delayed Kestrel Heart and Lung Centre" (found as "Kestrel Heart" and "Lung
Centre", the second read as a person), "the Department for Levelling Up, Housing and
Communities" (found as "Department for Levelling Up" and "Housing and Communities").

Read by `particles.with_cut_openings`, `particles.joined_organisations` and
`with_fields_joined` (here: "the Department of Fisheries and Oceans"); each keeps two names
apart where the words before the "and" are a name of their own: one the model found, a
country or a nationality alone, an acronym, or words the article writes alone elsewhere
("the Treasury and Federal Reserve Board ... the Treasury said").

    >>> text = "the Prices and Incomes Board met"
    >>> fields_before_and(text, 4, 10, [])
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.literals import written_whole
from timeline.actors.occurrences import occurrences, whole_edges
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries, organisation_words

__all__ = [
    "after_the_and_a_word",
    "fields_before_and",
    "list_items_apart",
    "reads_as_organisation",
    "with_fields_joined",
]

#: "the", then one lower-case word (hyphens inside) right before a name: "the long-delayed ",
#: "the new "; the word a name's "the" may stand apart from.
_THE_AND_A_WORD = re.compile(r"(?<![\w'’-])[Tt]he [a-z]+(?:-[a-z]+)* $")


def fields_before_and(text: str, start: int, end: int, before: Sequence[RawSpan]) -> bool:
    """Whether the capitalised words `text[start:end]`, written between "the" and "and" right
    before an organisation's name, are the first of the fields it is named for: no span of
    `before` (the names found before it) reaches into them, they are no acronym, not one word
    that is a country or a nationality ("the Irish and British Governments"), and the article
    writes them nowhere else but before this "and" ("the Treasury and Federal Reserve Board
    ... the Treasury said": two bodies).

    >>> text = "the Prices and Incomes Board met"
    >>> fields_before_and(text, 4, 10, [])
    True
    >>> text = "the Treasury and Federal Reserve Board met. The Treasury said so."
    >>> fields_before_and(text, 4, 12, [])
    False
    >>> text = "the Irish and British Governments met"
    >>> fields_before_and(text, 4, 9, [])
    False
    >>> fields_before_and("the IMF and World Bank met", 4, 7, [])
    False
    """
    if any(span.end > start for span in before):
        return False  # a name the model found: two bodies
    opening = text[start:end]
    words = opening.split()
    if any(word.isupper() for word in words):
        return False  # "the IMF and World Bank"
    if len(words) == 1 and words[0].casefold() in countries():
        return False
    alone = written_whole(opening)
    written = len(alone.findall(text))
    joined = len(re.findall(rf"{alone.pattern} and ", text))  # " and " is never of the set
    return written <= joined


def reads_as_organisation(span: RawSpan) -> bool:
    """Whether `span` names an organisation: the model's label, or a person's that ends in an
    organisation word, which no person's name does ("Lung Centre" of "the Kestrel Heart and Lung
    Centre").

    >>> reads_as_organisation(RawSpan(0, 11, "Lung Centre", "PERSON"))
    True
    >>> reads_as_organisation(RawSpan(0, 8, "Ann Ruiz", "PERSON"))
    False
    """
    if span.label == "ORG":
        return True
    words = span.text.split()
    return (
        span.label == "PERSON" and len(words) >= 2 and words[-1].casefold() in organisation_words()
    )


def after_the_and_a_word(text: str, start: int) -> bool:
    """Whether "the" and one lower-case word stand right before `start` ("the long-delayed
    Kestrel Heart"): the name's "the", a description between.

    >>> after_the_and_a_word("the long-delayed Kestrel Heart", 17)
    True
    >>> after_the_and_a_word("the Kestrel Heart", 4), after_the_and_a_word("to Kestrel", 3)
    (False, False)
    """
    return _THE_AND_A_WORD.search(text, max(0, start - 40), start) is not None


def list_items_apart(text: str, items: str, name: str) -> bool:
    """Whether a field of a list inside a body's name (`items`, the words between its "of" or
    "for" and its "and", commas between them) is a name of its own: a country, or words the
    article writes more often than the name ("the Ministry of Health, Pfizer and Moderna ...
    Pfizer said"), not as a word of another name ("the Media Council").

    >>> name = "Department for Culture, Media and Sport"
    >>> list_items_apart(name + " said.", "Culture, Media", name)
    False
    >>> list_items_apart(name + ". The Media Council met.", "Culture, Media", name)
    False
    >>> text = "the Ministry of Health, Pfizer and Moderna met. Pfizer said so."
    >>> list_items_apart(text, "Health, Pfizer", "Ministry of Health, Pfizer and Moderna")
    True
    """
    count = text.count(name)
    for written in items.split(",")[1:]:
        item = written.strip()
        if item.casefold() in countries():
            return True
        # alone: no capitalised word after it ("Housing" of "the Housing Ombudsman" is not)
        if len(re.findall(rf"{written_whole(item).pattern}(?! [A-Z])", text)) > count:
            return True
    return False


@cache
def _fields_pair() -> re.Pattern[str]:
    """ "the", an organisation word and its fields after "of" or "for", joined by "and", the
    last one word: "the Department of Fisheries and Oceans" (`data/organisation_words.txt`);
    a word in lower case may stand between "the" and the name ("the federal Department of
    Fisheries and Oceans", "the national Department of Water and Sanitation": stop 38)."""
    # shortest first (ties in one order every run: the compiled pattern is kept between runs)
    written = (re.escape(w.capitalize()) for w in organisation_words())
    kinds = "|".join(sorted(written, key=lambda w: (len(w), w)))
    word = r"[A-Z][\w'’-]*"
    return re.compile(
        rf"(?<![\w'’-])[Tt]he (?:[a-z]+ )?((?:{word} ){{0,2}}(?:{kinds}) (?:of|for) (?:the )?"
        rf"({word}(?: {word})?(?:, {word}(?: {word})?)*)) and ({word})\b(?![-'’]|[ \t]+[A-Z])"
    )


def with_fields_joined(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each organisation named by its fields, "the Department of
    Fisheries and Oceans", one span where the model cut it at the "and" or missed a piece
    ("Department of Fisheries" and "Oceans"); not when the word after "and" is a country
    ("the Ministry of Health and Kenya") or the text writes it elsewhere outside the name ("the
    Ministry of Defence and Boeing signed ... Boeing said": a name of its own).

    >>> text = "On Monday the Department of Fisheries and Oceans closed the bay."
    >>> first = RawSpan(14, 37, "Department of Fisheries", "ORG")
    >>> spans = [first, RawSpan(42, 48, "Oceans", "ORG")]
    >>> [r.text for r in with_fields_joined(text, spans)]
    ['Department of Fisheries and Oceans']
    """
    result = list(raw)
    for match in _fields_pair().finditer(text):
        if match.group(3).casefold() in countries() or "\n" in match.group():
            continue
        name = text[match.start(1) : match.end(3)]
        if _written_alone(text, match.group(3), name) or list_items_apart(
            text, match.group(2), name
        ):
            continue  # "the Ministry of Defence and Boeing": a name of its own
        start, end = match.start(1), match.end(3)
        inside = [r for r in result if r.start < end and start < r.end]
        if any(r.start < start or r.end > end for r in inside):
            continue  # a longer name the model found
        result = [r for r in result if r not in inside]
        result.append(RawSpan(start, end, text[start:end], "ORG"))
    return sorted(result, key=lambda r: (r.start, r.end))


def _written_alone(text: str, word: str, name: str) -> bool:
    """Whether `text` writes `word` more often than it writes `name`, which ends in it.

    >>> _written_alone("The Office of Wages and Prices met. Prices rose.", "Prices",
    ...                "Office of Wages and Prices")
    True
    """
    alone = len(occurrences(text, word, edges=whole_edges, overlapping=False))
    return alone > text.count(name)
