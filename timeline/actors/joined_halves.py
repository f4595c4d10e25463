"""Two entities the model cut out of one name, joined again (`joined_neighbours`): a name of
foreign words cut in two ("Conecta" + "Brasil Participações", "Bursa" + "Malaysia"), a firm
named by its partners cut at their comma ("Kessel, Ruane and Company"); not a thing after its
maker, nor a name after a country or a city. Split from `pieces` (stop 46), which cuts one
span into the names it holds.

    >>> from timeline.actors.spans import RawSpan
    >>> text = "rival Conecta Brasil Participações agreed"
    >>> spans = [RawSpan(6, 13, "Conecta", "ORG"),
    ...          RawSpan(14, 34, "Brasil Participações", "PERSON")]
    >>> [(s.text, s.label) for s in joined_neighbours(text, spans)]
    [('Conecta Brasil Participações', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.occurrences import occurrences, whole_edges
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    corporate_suffix,
    countries,
    organisation_words,
    titles,
)

__all__ = ["joined_neighbours"]


#: A name's first word: a capital, then no space ("Conecta", "Lac", "Bursa").
_NAME_START = re.compile(r"[A-ZÀ-ÖØ-Þ]\S*")


def joined_neighbours(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (in text order) with two entities that only a space parts made one name: the
    model cut a name of foreign words in two ("Conecta" + "Brasil Participações", "Difesa" +
    "Passeggeri Sardegna", "Bursa" + "Malaysia", "Danielle" + "Kostas"). Both open with a
    capital and the first ends with one; not a thing after its maker ("Meridian Launch
    Systems Halcyon 2": the second a product or holding a digit, or the first ending in an
    organisation word or a corporate suffix), nor a name after a country, state or city
    ("President of the United States Barack Obama"). Two persons are a person, two of one label
    keep it, others are an organisation; a title the model took for a body before a person is
    the person's title, no word of a name ("Very Rev." + "Thomas Ruane", stop 41).

    >>> text = "rival Conecta Brasil Participações agreed"
    >>> spans = [RawSpan(6, 13, "Conecta", "ORG"),
    ...          RawSpan(14, 34, "Brasil Participações", "PERSON")]
    >>> [(s.text, s.label) for s in joined_neighbours(text, spans)]
    [('Conecta Brasil Participações', 'ORG')]
    >>> text = "aboard a Meridian Launch Systems Halcyon 2 rocket"
    >>> spans = [RawSpan(9, 32, "Meridian Launch Systems", "ORG"),
    ...          RawSpan(33, 42, "Halcyon 2", "PRODUCT")]
    >>> len(joined_neighbours(text, spans))
    2
    >>> text = "the priest, Very Rev. Ana Ruane, said"
    >>> spans = [RawSpan(12, 21, "Very Rev.", "ORG"), RawSpan(22, 31, "Ana Ruane", "PERSON")]
    >>> [(s.text, s.label) for s in joined_neighbours(text, spans)]
    [('Ana Ruane', 'PERSON')]
    """
    result: list[RawSpan] = []
    for span in raw:
        last = result[-1] if result else None
        if last is not None and _partners(text, last, span):
            result[-1] = RawSpan(last.start, span.end, text[last.start : span.end], "ORG")
        elif last is not None and _one_name(text, last, span):
            if span.label == "PERSON" and last.text.casefold() in titles():
                result[-1] = span  # "Very Rev." + "Thomas Ruane": a title, then the person
                continue
            label = last.label if last.label == span.label else "ORG"
            result[-1] = RawSpan(last.start, span.end, text[last.start : span.end], label)
        else:
            result.append(span)
    return result


def _written_only_before(text: str, first: RawSpan, second: RawSpan) -> bool:
    """Whether `first`, one word the model took for a place, is written nowhere in `text` but
    right before `second`: the first word of a name in another language, no place of its own
    ("Bursa" + "Malaysia", "Tis" + "Hazari", "Boa" + "Vista": stop 38); a place the text names
    elsewhere qualifies the name after it.

    >>> text = "shares fell on Bursa Malaysia today"
    >>> _written_only_before(text, RawSpan(15, 20, "Bursa", "GPE"),
    ...                      RawSpan(21, 29, "Malaysia", "GPE"))
    True
    >>> text = "Dearborn workers struck. Dearborn Ford staff joined."
    >>> _written_only_before(text, RawSpan(25, 33, "Dearborn", "GPE"),
    ...                      RawSpan(34, 38, "Ford", "ORG"))
    False
    """
    if " " in first.text or first.text.casefold() in countries():
        return False
    alone = len(occurrences(text, first.text, edges=whole_edges, overlapping=False))
    return alone == text.count(f"{first.text} {second.text}")


#: The last partner of a firm named by its partners and "and Company", as the model cut it
#: after the first partner's comma: "Ruane and Company", "Pike & Co.".
_LAST_PARTNER = re.compile(r"[A-Z][\w'’-]+ (?:and|&) ([A-Z][\w.]*)")


def _partners(text: str, first: RawSpan, second: RawSpan) -> bool:
    """Whether `first`, one name word, and `second`, after a comma, are one firm named by its
    partners, which the model cut at the comma: "Kessel, Ruane and Company", "Harwell, Pike &
    Co." (the second one partner, "and" and one organisation word or corporate suffix); not
    a place, a country or a title before it.

    >>> text = "her agents, Kessel, Ruane and Company, said"
    >>> first = RawSpan(12, 18, "Kessel", "PERSON")
    >>> _partners(text, first, RawSpan(20, 37, "Ruane and Company", "ORG"))
    True
    >>> text = "from Oslo, Ruane and Company said"
    >>> _partners(text, RawSpan(5, 9, "Oslo", "GPE"), RawSpan(11, 28, "Ruane and Company", "ORG"))
    False
    >>> text = "Kessel, Ruane and General Motors"
    >>> second = RawSpan(8, 32, "Ruane and General Motors", "ORG")
    >>> _partners(text, RawSpan(0, 6, "Kessel", "ORG"), second)
    False
    """
    partner = _LAST_PARTNER.fullmatch(second.text)
    if (
        partner is None
        or text[first.end : second.start] != ", "
        or " " in first.text
        or first.role
        or first.label in ("GPE", "LOC")
        or not _NAME_START.match(first.text)
        or first.text.casefold() in countries()
        or first.text.casefold() in titles()
    ):
        return False
    last = partner.group(1)
    return last.casefold() in organisation_words() or bool(corporate_suffix().search(" " + last))


def _one_name(text: str, first: RawSpan, second: RawSpan) -> bool:
    """Whether `first` and `second` are two halves of one name (`joined_neighbours`)."""
    if text[first.end : second.start] != " " or first.role or second.role:
        return False
    if (first.label == "GPE" and not _written_only_before(text, first, second)) or (
        first.text.removeprefix("the ").casefold() in countries()
    ):
        return False  # a country, state or city before a name qualifies it: "the United
        # States Barack Obama", "Dearborn, Michigan Ford's stock"
    if not (_NAME_START.match(first.text) and _NAME_START.match(second.text)):
        return False
    final = first.text.rsplit(None, 1)[-1]
    if not final[:1].isupper():
        return False
    if final.casefold() in organisation_words():
        # an organisation word is a body's head, unless another body's word ends the name
        # after it: "Brenton Co-operative" + "Credit Society" is one society
        head = second.text.rsplit(None, 1)[-1].casefold()
        return head in organisation_words() or bool(corporate_suffix().search(second.text))
    if corporate_suffix().search(first.text) or second.label == "PRODUCT":
        return False
    return not any(c.isdigit() for c in first.text + second.text)
