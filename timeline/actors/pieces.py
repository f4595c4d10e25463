"""Entities the model read as one name cut into their pieces ("Tarn and Vire", "Norway's
Fisheries Directorate", "Fenmoor at Kestrel Park": `pieces`), and a headline's verb cut off
the name it opens ("Meet Klamp Mini": `without_opening_words`); ``extents`` widens a span by
the name words the model left beside it, and ``joined_halves`` joins two halves of one name
the model cut ("Conecta" + "Brasil Participações").

    >>> pieces("Tarn and Vire signed", 0, 13, "GPE")
    [(0, 4, 'GPE'), (9, 13, 'GPE')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.occurrences import apart_edges, occurrences
from timeline.actors.spans import RawSpan
from timeline.actors.verb_cuts import verb_inside
from timeline.actors.vocabulary import (
    NAME_WORD,
    after_the,
    corporate_suffix,
    countries,
    country_names,
    organisation_words,
    place_words,
    titles,
)
from timeline.kinds import PLACE_OR_BODY_LABELS
from timeline.wordlists import word_set

__all__ = ["name_of_name", "pieces", "without_opening_words"]

#: The labels of a name a verb inside cuts in two: a person, a place, a body (a title of a work
#: keeps its verbs).
_VERB_CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
#: A word of a place's name, a possessive's too: "Devil's" of "Devil's Bridge".
_PLACE_WORD = rf"{NAME_WORD}(?:['’]s)?"
#: Two names joined by "and": "Tarn and Vire", "Aberystwyth and Devil's Bridge".
_TWO_NAMES = re.compile(rf"({_PLACE_WORD}(?: {_PLACE_WORD})?) and ({_PLACE_WORD}(?: {NAME_WORD})?)")
#: Two names joined by "to" after "from" (the text's, before the span): the two ends of a
#: stretch, "from Lough Tarn to Vireford" (stop 36, helper `names7`).
_RANGE = re.compile(rf"({_PLACE_WORD}(?: {_PLACE_WORD})?) to ({_PLACE_WORD}(?: {NAME_WORD})?)")
#: "from" right before a span.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
#: A person's name of two or three words after a comma ending a span: ", Lyuben Iliev".
_PERSON_AFTER_COMMA = re.compile(rf", ({NAME_WORD}(?: {NAME_WORD}){{1,2}})$")
#: A place's name and a possessive at the start of a span: "Norway's ".
_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s ")
#: A preposition of place right before a span: "flights to ", "bridges at ".
#: Two names joined by "at" in one span: "Fenmoor at Kestrel Park".
_AT_A_PLACE = re.compile(
    r"([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*) at ([A-Z][\w'’.&-]*(?: [A-Z][\w'’.,&-]*)*)"
)
_PLACE_BEFORE = re.compile(r"\b(?:at|in|to|from|near|between|across)\s+$")


#: Two name words, "of" and a name: "Hal Petrakis of Quartzline Systems".
_NAME_OF_NAME = re.compile(rf"({NAME_WORD} {NAME_WORD}) of ({NAME_WORD}(?: {NAME_WORD}){{0,2}})")


def name_of_name(
    surface: str, nouns: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (start, end) of the two names of `surface` when it is a name of two words, "of"
    and a name: who and whom they belong to ("Hal Petrakis of Quartzline Systems", "Vesna
    Kolar of Ptuj"). Neither word before "of" is an English noun (`nouns`) nor an
    organisation's, a place's or a title's word: "Royal Bank of Scotland", "United States
    of America", "Friends of the Earth" stay one name. None otherwise.

    >>> name_of_name("Hal Petrakis of Quartzline Systems", frozenset({"system"}))
    ((0, 12), (16, 34))
    >>> name_of_name("Royal Bank of Scotland", frozenset({"bank"})) is None
    True
    """
    match = _NAME_OF_NAME.fullmatch(surface)
    if match is None:
        return None
    for word in match.group(1).split():
        folded = word.casefold()
        if (
            folded in nouns
            or (folded.endswith("s") and folded[:-1] in nouns)
            or folded in organisation_words()
            or folded in place_words()
            or folded in titles()
        ):
            return None
    return match.span(1), match.span(2)


def pieces(
    text: str, start: int, end: int, label: str, nouns: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """The names in the entity `text[start:end]`: two places the model read as one ("Tarn
    and Vire"; a country so written stays whole, "Trinidad and Tobago"), a country that
    owns the organisation after it ("Norway's Fisheries Directorate"), and a facility and the
    town after its comma ("the Town Hall, Kelvale").

    >>> pieces("flights to Tarn and Vire resumed", 11, 24, "GPE")
    [(11, 15, 'GPE'), (20, 24, 'GPE')]
    >>> pieces("bridges at Tarn and Vire", 11, 24, "ORG")
    [(11, 15, 'GPE'), (20, 24, 'GPE')]
    >>> pieces("the line between Tarn and Devil's Bridge", 17, 40, "ORG")
    [(17, 21, 'GPE'), (26, 40, 'GPE')]
    >>> pieces("shares of Marks and Spencer", 10, 27, "ORG")
    [(10, 27, 'ORG')]
    >>> pieces("the Ministry of Works, Ivan Petrov and", 4, 34, "ORG")
    [(4, 21, 'ORG'), (23, 34, 'PERSON')]
    >>> pieces("Harwell Bank, Pike & Co. said", 0, 24, "ORG")
    [(0, 24, 'ORG')]
    >>> pieces("Norway's Fisheries Directorate said", 0, 30, "ORG")
    [(0, 6, 'GPE'), (9, 30, 'ORG')]
    >>> pieces("told the Althing's Finance Committee", 5, 36, "ORG")
    [(9, 16, 'ORG'), (19, 36, 'ORG')]
    >>> pieces("at Moody's Investors Service", 3, 28, "ORG")  # no "the": one name
    [(3, 28, 'ORG')]
    >>> pieces("work from Lough Tarn to Vireford", 10, 32, "ORG")
    [(10, 20, 'GPE'), (24, 32, 'GPE')]
    >>> pieces("runs from April to March", 10, 24, "DATE")
    [(10, 24, 'DATE')]
    >>> pieces("in Tarn, Vire and Ense", 3, 17, "ORG")  # the model cut the list after "and"
    [(3, 7, 'ORG'), (9, 13, 'ORG')]
    >>> pieces("in North, West and Central Ardlish", 3, 18, "GPE")
    [(3, 34, 'GPE')]
    >>> pieces("against Fenmoor at Kestrel Park.", 8, 31, "PERSON")
    [(8, 15, 'PERSON'), (19, 31, 'FAC')]
    >>> pieces("Pilots at Hanbit Air Co. struck", 0, 24, "ORG")
    [(10, 24, 'ORG')]
    >>> pieces('the song "Harbor Lights at Dawn"', 10, 31, "WORK_OF_ART")  # a title
    [(10, 31, 'WORK_OF_ART')]
    >>> pieces("held at the Miners' Hall, Cwm Dulas, at 2 p.m.", 8, 35, "FAC")
    [(12, 24, 'FAC'), (26, 35, 'GPE')]
    >>> pieces("The Labour Court fined Tarn Mills on", 4, 33, "ORG")  # the verb between
    [(4, 16, 'ORG'), (23, 33, 'ORG')]
    """
    surface = text[start:end]
    verb = verb_inside(surface) if label in _VERB_CUT_LABELS else None
    if verb is not None:  # "Constitutional Court ordered Calloway Bank": two names (stop 42)
        (first_start, first_end), (second_start, second_end) = verb
        second = pieces(text, start + second_start, start + second_end, label, nouns)
        return [(start + first_start, start + first_end, label), *second]
    listed = _list_cut_at_and(surface)
    if listed is not None:  # "Perth, Adelaide and" of "Perth, Adelaide and Brisbane"
        kind = "GPE" if label in ("GPE", "LOC") else label
        return [(start + item_start, start + item_end, kind) for item_start, item_end in listed]
    if label in ("GPE", "LOC") and _COMPASS_LIST.fullmatch(surface):
        named = _LIST_ITEM.match(text, end + 1) if text[end : end + 1] == " " else None
        if named is not None:  # "North, West and" + "Central Sutherland": one place
            return [(start, named.end(), label)]
    two = name_of_name(surface, nouns) if nouns and label in ("ORG", "PERSON") else None
    if two is not None:
        (who_start, who_end), (whose_start, whose_end) = two
        whose = surface[whose_start:whose_end]
        whose_label = (
            "ORG"
            if whose.rsplit(None, 1)[-1].casefold() in organisation_words()
            or corporate_suffix().search(whose)
            else "GPE"
        )
        return [
            (start + who_start, start + who_end, label),
            (start + whose_start, start + whose_end, whose_label),
        ]
    person = _PERSON_AFTER_COMMA.search(surface) if label == "ORG" else None
    if (
        person is not None
        and any(w.casefold() in organisation_words() for w in surface[: person.start()].split())
        and not any(w.casefold() in organisation_words() for w in person.group(1).split())
        and corporate_suffix().search(person.group(1)) is None
    ):
        # "the Ministry of Construction, Lyuben Iliev and ...": the body, then a person
        return [(start, start + person.start(), "ORG"), (start + person.start(1), end, "PERSON")]
    pair = _TWO_NAMES.fullmatch(surface)
    if (
        pair is not None
        and surface.casefold() not in country_names()
        and (
            label in ("GPE", "LOC")
            or (label == "ORG" and _PLACE_BEFORE.search(text, max(0, start - 10), start))
        )
        and not any(w.casefold() in organisation_words() for w in surface.split())
    ):
        return [
            (start + pair.start(1), start + pair.end(1), "GPE"),
            (start + pair.start(2), start + pair.end(2), "GPE"),
        ]
    stretch = _RANGE.fullmatch(surface)
    if (
        stretch is not None
        and label in PLACE_OR_BODY_LABELS  # not a span of dates: "from April to June"
        and _FROM_BEFORE.search(text, max(0, start - 6), start)
        and not any(w.casefold() in organisation_words() for w in surface.split())
    ):  # "from Lough Tarn to Vireford": where a stretch starts and where it ends
        return [
            (start + stretch.start(1), start + stretch.end(1), "GPE"),
            (start + stretch.start(2), start + stretch.end(2), "GPE"),
        ]
    town = _FACILITY_COMMA_TOWN.fullmatch(surface) if label == "FAC" else None
    if town is not None and corporate_suffix().search(town.group(2)) is None:
        # "the Town Hall, Kelvale": the hall, then the town it stands in (stop 38)
        return [
            (start + town.start(1), start + town.end(1), "FAC"),
            (start + town.start(2), start + town.end(2), "GPE"),
        ]
    at = _AT_A_PLACE.fullmatch(surface)
    if at is not None and text[max(0, start - 1) : start] not in ('"', "“", "‘", "'"):
        # "Fenmoor at Kestrel Park", "Pilots at Hanbit Air Co.": who, then where (a common
        # noun opening the sentence, capitalised by its place, is no name)
        last = at.group(2).rsplit(None, 1)[-1].rstrip(".").casefold()
        where = (
            "ORG"
            if last in organisation_words() or corporate_suffix().search(at.group(2))
            else "FAC"
        )
        found = [(start + at.start(2), start + at.end(2), where)]
        before = text[max(0, start - 3) : start]
        if " " in at.group(1) or (before.strip() and before.rstrip()[-1] not in '.!?:"“'):
            found.insert(0, (start, start + at.end(1), label))
        return found
    the = _LEADING_THE.match(surface)
    if the is not None:
        start, surface = start + the.end(), surface[the.end() :]
    owner = _OWNER.match(surface)
    if label == "ORG" and owner is not None and owner.end() < len(surface):
        if owner.group(1).casefold() in countries():
            return [(start, start + owner.end(1), "GPE"), (start + owner.end(), end, "ORG")]
        rest = surface[owner.end() :].split()
        if (the is not None or after_the(text, start)) and (
            len(rest) >= 2 and rest[-1].casefold() in organisation_words()
        ):
            # "the Althing's Public Accounts Committee": the owner and its organisation
            return [(start, start + owner.end(1), "ORG"), (start + owner.end(), end, "ORG")]
    return [(start - (the.end() if the else 0), end, label)]


#: Names of one to three words in a list the model cut after its "and": "Perth, Adelaide and"
#: of "Perth, Adelaide and Brisbane", "Windsor and" of "Windsor and Oshawa".
_LIST_ITEM = re.compile(rf"{NAME_WORD}(?: {NAME_WORD}){{0,2}}")
_LIST_CUT = re.compile(rf"{_LIST_ITEM.pattern}(?:, {_LIST_ITEM.pattern})* and")
#: A point of the compass, which a list of them names one place with ("North, West and
#: Central Sutherland").
_COMPASS = re.compile(r"(?:North|South|East|West|Central)(?:-?(?:east|west))?(?:ern)?")
#: A list of the points of the compass the model cut after its "and": "North, West and".
_COMPASS_LIST = re.compile(rf"{_COMPASS.pattern}(?:, {_COMPASS.pattern})* and")


def _list_cut_at_and(surface: str) -> list[tuple[int, int]] | None:
    """The (start, end) of each name of a span that is a list the model cut after its "and"
    ("Perth, Adelaide and" of "Perth, Adelaide and Brisbane": the last name is read apart);
    none for a list of the points of the compass, which the name after "and" ends ("North,
    West and" of "North, West and Central Sutherland"), nor for an organisation's words.

    >>> _list_cut_at_and("Perth, Adelaide and"), _list_cut_at_and("Windsor and")
    ([(0, 5), (7, 15)], [(0, 7)])
    >>> _list_cut_at_and("North, West and"), _list_cut_at_and("Perth and Hobart")
    (None, None)
    """
    if _LIST_CUT.fullmatch(surface) is None:
        return None
    items = [(m.start(), m.end()) for m in _LIST_ITEM.finditer(surface, 0, len(surface) - 4)]
    for item_start, item_end in items:
        words = surface[item_start:item_end].split()
        if _COMPASS.fullmatch(words[0]) or any(w.casefold() in organisation_words() for w in words):
            return None
    return items


#: A leading "the " of a span.
_LEADING_THE = re.compile(r"[Tt]he ")
#: A facility's name of two to four capitalised words, a comma and the town it stands in, one
#: or two name words: "the Town Hall, Kelvale", "the Miners' Hall, Cwm Dulas" (the model reads
#: them as one facility; a firm's "Co., Ltd." is no town).
_FACILITY_COMMA_TOWN = re.compile(
    rf"(?:[Tt]he )?((?:[A-Z][\w'’.-]* ){{1,3}}[A-Z][\w'’-]*), ({NAME_WORD}(?: {NAME_WORD})?)"
)
#: A capitalised word mid-sentence: after a lower-case word or a comma and a space.
_INSIDE = r"(?<=[a-z,] ){word}\b"


def without_opening_words(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with the first word of a span that opens its line or sentence cut off when it is a
    headline's verb (`data/headline_verbs.txt`), the rest of it is a name the model found
    elsewhere in the text without that word, the text never writes the word capitalised
    inside a sentence and writes the whole span only there: "Meet Klamp Mini: the smart lock
    ..." before "we're launching Klamp Mini"; a person's given name stays ("Elena Vargas
    Rojo" before "Vargas Rojo"), and so does a name written twice.

    >>> text = "Meet Sorla Fold Pro: a phone\\n\\nWe launched Sorla Fold Pro today."
    >>> raw = [RawSpan(0, 19, "Meet Sorla Fold Pro", "PERSON"),
    ...        RawSpan(42, 56, "Sorla Fold Pro", "PERSON")]
    >>> [r.text for r in without_opening_words(text, raw)]
    ['Sorla Fold Pro', 'Sorla Fold Pro']
    """
    names = {r.text for r in raw}
    result: list[RawSpan] = []
    for span in raw:
        first, _, rest = span.text.partition(" ")
        if (
            first.casefold() in _headline_verbs()
            and " " in rest
            and rest in names
            and _opens_a_sentence(text, span.start)
            and re.search(_INSIDE.format(word=re.escape(first)), text) is None
            and len(occurrences(text, span.text, edges=apart_edges, overlapping=False)) == 1
        ):
            start = span.start + len(first) + 1
            result.append(RawSpan(start, span.end, rest, span.label, span.role))
        else:
            result.append(span)
    return result


@cache
def _headline_verbs() -> frozenset[str]:
    """Verbs a headline opens with before a name: "Meet", "Introducing"
    (`data/headline_verbs.txt`)."""
    return word_set("headline_verbs.txt")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether `start` opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?\n"
