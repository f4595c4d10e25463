"""A body's other name written in brackets right after its name: a short form whose letters
are not its initials ("the Valley Electricity Supply Company (Vescom)"), its initials with
points or an accent ("(M.D.U.)", "(CÉT)"), its name in the language of its country ("the
Federal Court (Tribunal Federal)"). Both are one actor: the row keeps the name before the
bracket.

    >>> text = "The Valley Grain Board (Vagrabo) said so."
    >>> other_names_in_brackets(text, [RawSpan(4, 22, "Valley Grain Board", "ORG")], frozenset())
    [('Vagrabo', 'Valley Grain Board')]
"""

from __future__ import annotations

import re

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries
from timeline.sentences import sentence_openers

__all__ = ["other_names_in_brackets"]

#: A bracket right after a name holding only one other name, quoted or not, of one to four
#: capitalised words: " (Vescom)", " (M.D.U.)", ' ("Tarn Life")', " (Tribunal Federal)".
_OTHER_NAME = re.compile(
    r"[^\S\n]\(\s*[\"“]?([^\W\d_][\w.&'’-]*(?:[^\S\n]+[^\W\d_][\w.&'’-]*){0,3})[\"”]?\s*\)"
)
#: The word right before a span, when it is capitalised: "Alto " of "Compañía Minera Vale
#: Alto del Sur", the model's span cut inside a longer name.
_CAPITALISED_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'’-]*)[^\S\n]+$")
#: The model's labels of a place or a people: "The Harlow Herald (Ramsey)", "(Kenya)".
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def other_names_in_brackets(
    text: str, raw: list[RawSpan], nouns: frozenset[str]
) -> list[tuple[str, str]]:
    """(other name, name) of each organisation of two words or more the model found right
    before a bracket holding one other name, every word of it capitalised: the same body
    written again. Not a word of the name, a country, a place or a people the model labels so,
    nor one English noun ("Deputy Commissioner of Police (Crime)"); not after a span the model
    cut inside a longer name ("Alto del Sur S.A." of "Compañía Minera Vale Alto del Sur S.A.
    (Comvas)"), whose other name is the whole name's; not after a person ("Ann Hale
    (Lab)") or a place ("Lebanon (UNIFIL)"): only an organisation's name is written again so.

    >>> text = 'the Federal Court (Tribunal Federal) and the Harlow Herald (Ramsey) said'
    >>> raw = [RawSpan(4, 17, "Federal Court", "ORG"), RawSpan(45, 58, "Harlow Herald", "ORG"),
    ...        RawSpan(60, 66, "Ramsey", "GPE")]
    >>> other_names_in_brackets(text, raw, frozenset())
    [('Tribunal Federal', 'Federal Court')]
    >>> text = "the Police Department (Crime) said"
    >>> other_names_in_brackets(text, [RawSpan(4, 21, "Police Department", "ORG")],
    ...                         frozenset({"crime"}))
    []
    """
    places = {r.text for r in raw if r.label in _PLACE_LABELS}
    found: list[tuple[str, str]] = []
    for item in raw:
        if item.label != "ORG":
            continue
        bracketed = _OTHER_NAME.match(text, item.end)
        if bracketed is None or _cut_inside_a_name(text, item.start):
            continue
        words = item.text.split()
        while words and (words[0] in sentence_openers() or words[0].casefold() == "the"):
            words = words[1:]
        other = bracketed.group(1)
        other_words = other.split()
        if (
            len(words) < 2
            or not all(word[:1].isupper() for word in other_words)
            or other in words
            or other in places
            or other.casefold() in countries()
            or (len(other_words) == 1 and other.casefold() in nouns)
        ):
            continue
        found.append((other, " ".join(words)))
    return found


def _cut_inside_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word that opens no sentence stands right before `start`, not an
    owner's ("Tarn's Federal Court"): the span begins inside a longer name.

    >>> _cut_inside_a_name("the Compañía Minera Vale Alto del Sur", 25)
    True
    >>> _cut_inside_a_name("The Federal Court", 4), _cut_inside_a_name("Tarn's Federal", 7)
    (False, False)
    """
    before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return (
        word[:1].isupper()
        and not word.endswith(("'s", "’s"))
        and word not in sentence_openers()
        and word.casefold() != "the"
    )
