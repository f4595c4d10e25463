"""Where an entity the model found starts and ends: a name word it left beside the span taken
in ("Luis Alberto" + "Quispe", "Banská" + "Bystrica"), "and" and the rest of a remit ("the
Ministry of Fisheries and Marine Resources"); ``pieces`` cuts apart two names the model read as
one and joins two halves it cut.

    >>> text = "Minister Ana Luisa Quispe flew to Cusco."
    >>> widened(text, 9, 18, "PERSON", [(9, 18), (34, 39)])
    (9, 25)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.mark_rests import with_mark_rest
from timeline.actors.remits import remit_after_and
from timeline.actors.titled_names import titled_family_name
from timeline.actors.vocabulary import (
    NAME_WORD,
    corporate_suffix,
    countries,
    country_names,
    name_heads,
    name_particles,
    organisation_words,
    prepositions,
    stoplist,
    titles,
)
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = ["given_name_before", "name_word_before", "widened"]

#: The name word right after a span, then no other capitalised word: " Quispe" of "Luis
#: Alberto Quispe" (a possessive may follow: "Quispe's").
_WORD_AFTER = re.compile(rf" ({NAME_WORD})(?=['’]s\b|[^\w'’-]|$)(?! [A-Z])")
#: A name word, then a lower-case noun, right after a place: " Yên province".
_WORD_BEFORE_UNIT = re.compile(rf" ({NAME_WORD}) ([a-z]+)\b")
#: A particle and a name word: "del Mar" of "Viña del Mar", "La Uruca".
_PARTICLE_AND_WORD = re.compile(rf"([A-Za-z]+) ({NAME_WORD})\b(?![\w'’-])")
#: A name word, a particle in lower case and a name word after a place's first word: "Nova de
#: Gaia" of "Vila Nova de Gaia".
_WORD_PARTICLE_AND_WORD = re.compile(rf"({NAME_WORD}) ([a-z]+) ({NAME_WORD})\b(?![\w'’-])")
#: The name word right before a span, with nothing but a space between.
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({NAME_WORD}) $")


def widened(
    text: str,
    start: int,
    end: int,
    label: str,
    taken: list[tuple[int, int]],
    lower_words: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
    words: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """(start, end) of the entity `text[start:end]` with the one name word the model left
    beside it: the family name after a person's given names ("Luis Alberto" of "Luis Alberto
    Quispe"), the first word of a place's name ("Bystrica" of "Banská Bystrica", "Saxony" of
    "Lower Saxony"), the part of a name across a mark or an "and" (`mark_rests`: "the 7th
    Mountain Brigade", "Anna Lewandowska-Kurek", "the Uzbekistan Fruit and Vegetable Union"),
    the particle and the name word after a place's first ("Viña" of "Viña del Mar":
    `data/name_particles.txt`), the first word of an organisation's name written with a
    comma and "and" or "&" ("Test and Launch Centre" of "the Assembly, Test and Launch
    Centre"), the rest of a
    country's name written with "and" after an organisation's ("the Armed Forces of Bosnia" and
    "Herzegovina"), the second field of a body's remit written with "and" ("the Ministry of
    Fisheries" and "Marine Resources": `remit_after_and`). Not a word of
    another entity (`taken`), a title, a month or weekday, a demonym or a word that opens
    sentences ("In Paris"), nor one the article writes in lower case elsewhere (`lower_words`:
    "Only Paris", when it writes "only"); not on a title-case line (a headline's "Ana Ruiz
    Says"). A word English does not know (`words`, the model's lemma index) opening a sentence
    or an apposition before a company's name is its first word (`unknown_word_before`).

    >>> text = "the Banská Bystrica region"
    >>> widened(text, 11, 19, "LOC", [(11, 19)])
    (4, 19)
    >>> widened("In Paris today", 3, 8, "GPE", [(3, 8)])
    (3, 8)
    >>> widened("Only Paris grew", 5, 10, "GPE", [(5, 10)], frozenset({"only"}))
    (5, 10)
    >>> text = "built at the Assembly, Test and Launch Centre in May"
    >>> text[slice(*widened(text, 23, 45, "ORG", [(23, 45)]))]
    'Assembly, Test and Launch Centre'
    >>> text = "moved to Viña del Mar on Monday"
    >>> text[slice(*widened(text, 9, 13, "GPE", [(9, 13)]))]
    'Viña del Mar'
    >>> text = "a shipper based in Vila Nova de Gaia, said"
    >>> text[slice(*widened(text, 19, 23, "GPE", [(19, 23)]))]
    'Vila Nova de Gaia'
    >>> text = "trees in La Uruca and Paris de Gaulle"
    >>> text[slice(*widened(text, 9, 11, "GPE", [(9, 11)]))]
    'La Uruca'
    >>> text = "orchards in Hung Yen province"
    >>> text[slice(*widened(text, 12, 16, "GPE", [(12, 16)]))]
    'Hung Yen'
    >>> widened("Under Alberta's law, holders may vote.", 6, 13, "GPE", [(6, 13)])
    (6, 13)
    >>> text = "the Armed Forces of Bosnia and Herzegovina sent troops"
    >>> text[slice(*widened(text, 4, 26, "ORG", [(4, 26), (31, 42)]))]
    'Armed Forces of Bosnia and Herzegovina'
    >>> text = "President Ana Ruiz Flew Home"
    >>> widened(text, 10, 18, "PERSON", [(10, 18)])
    (10, 18)

    A name cut at "No." keeps its number: "Lamont Cemetery No. 2", "Shaft No. 3".

    >>> text = "a procession to Lamont Cemetery No. 2."
    >>> text[slice(*widened(text, 16, 34, "FAC", [(16, 34)]))]
    'Lamont Cemetery No. 2'
    """
    marked = with_mark_rest(text, start, end, label, taken)
    if marked != (start, end):
        return marked  # "the 7th" + "Mountain Brigade", "Lewandowska" + "-Kurek" (stop 38)
    if label != "PERSON":
        titled = titled_family_name(text, start, end)
        if titled is not None:
            return start, titled  # "Magistrate Borg" + " Cardona": a person (stop 33)
    if text.endswith(("No", "No."), start, end) and end - start > 3:
        number = _NUMBER_AFTER_NO.match(text, end)
        if number is not None:
            return start, number.end()  # "Shaft No" + ". 3"
    if label == "PERSON":
        after = _WORD_AFTER.match(text, end)
        if (
            after is not None
            and not _is_other_word(after.group(1), lower_words)
            and not _overlaps(taken, after.start(1), after.end(1))
            and not _title_case_line(text, start)
        ):
            return start, after.end(1)
    if label in ("ORG", "PERSON"):
        first = name_word_before(text, start, label, taken, lower_words, nouns)
        if first is None:
            first = unknown_word_before(text, start, end, taken, lower_words, words)
        if first is not None:
            return first, end
    if label == "PERSON" or (label == "ORG" and " " not in text[start:end]):
        # a surname the model took for a body alone, "hired Rohit" + "Kashyap" (stop 35)
        first = given_name_before(text, start, taken, lower_words, nouns)
        if first is not None:
            return first, end  # "Đỗ" + "Minh Khoa", "Johannes" + "van Zyl" (stop 33)
    if label == "ORG":
        country = _COUNTRY_REST.match(text, end)
        if country is not None:
            last = text[start:end].rsplit(" ", 1)[-1]
            if f"{last} and {country.group(1)}".casefold() in country_names():
                return start, country.end()  # "Armed Forces of Bosnia" + "and Herzegovina"
        head = _HEAD_BEFORE_COMMA.search(text, max(0, start - 40), start)
        surface = text[start:end]
        if (
            head is not None
            and (" and " in surface or " & " in surface)
            and _ends_as_organisation(surface)
            and head.group(1) not in sentence_openers()
        ):
            return head.start(1), end  # "the Assembly, Test and Launch Centre"
        remit = remit_after_and(text, start, end, nouns)
        if remit is not None and not _title_case_line(text, start):
            return start, remit
    elif label in ("GPE", "LOC"):
        alone = text[start:end].casefold() in name_particles()  # "La" of "La Uruca"
        rest = _PARTICLE_AND_WORD.match(text, start if alone else end + 1)
        if (
            rest is not None
            and text.startswith(" ", end)
            and (alone or rest.group(1).islower())
            and rest.group(1).casefold() in name_particles()
            and _place_word_after_particle(rest.group(2), lower_words)
            and not _overlaps(taken, rest.start(2), rest.end(2))
        ):
            return start, rest.end(2)  # "Viña" + "del Mar", "La" + "Uruca"
        middle = _WORD_PARTICLE_AND_WORD.match(text, end + 1)
        if (
            middle is not None
            and text.startswith(" ", end)
            and middle.group(2) in name_particles()
            and not _is_other_word(middle.group(1), lower_words)
            and _place_word_after_particle(middle.group(3), lower_words)
            and not _overlaps(taken, middle.start(1), middle.end(3))
        ):
            return start, middle.end(3)  # "Vila" + "Nova de Gaia" (stop 32)
        unit = _WORD_BEFORE_UNIT.match(text, end)
        if (
            unit is not None
            and unit.group(2) in word_list("administrative_units.txt")
            and not _overlaps(taken, unit.start(1), unit.end(1))
        ):
            return start, unit.end(1)  # "Hưng" + "Yên" of "Hưng Yên province"
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if (
            before is not None
            and not _is_other_word(before.group(1), lower_words)
            and not before.group(1).endswith(("ing", "ed"))  # "Visiting Paris"
            and not _overlaps(taken, before.start(1), before.end(1))
            and not _title_case_line(text, start)
        ):
            return before.start(1), end
    return start, end


#: The number after a name cut at "No" or "No.": ". 2" of "Lamont Cemetery No. 2".
_NUMBER_AFTER_NO = re.compile(r"\.?\s?\d{1,4}\b")
#: " and " and a capitalised word after an organisation: " and Herzegovina" of "the Armed
#: Forces of Bosnia and Herzegovina", where the model cut the country's name.
_COUNTRY_REST = re.compile(rf" and ({NAME_WORD})\b")
#: The first word of a name the model cut at its comma, after "the" or opening a sentence or a
#: line: "Assembly" of "the Assembly, Test and Launch Centre", "Harwell" of "Harwell, Pike &
#: Co.".
_HEAD_BEFORE_COMMA = re.compile(rf"(?:^|(?<=\bthe )|(?<=\bThe )|(?<=\n)|(?<=\. ))({NAME_WORD}), $")


#: The name word right before a name, after "the" or "and": "Amman" of "the Amman Chamber
#: Players", "Savai'i" of "the Upolu and Savai'i Cocoa Growers' Association".
_HEAD_BEFORE = re.compile(rf"(?<=\b[Tt]he |\band )({NAME_WORD}) $")
#: A hyphen and a small letter inside a word: "-based" of "Tarn-based", "-born", "-made".
_DESCRIBING_HYPHEN = re.compile(r"-[a-zß-öø-ÿ]")


def name_word_before(
    text: str,
    start: int,
    label: str,
    taken: list[tuple[int, int]],
    lower_words: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
) -> int | None:
    """The start of the first word of a body's name the model left out, the name starting at
    `start`: the name word right before it, after "the" ("the Amman Chamber Players", "the
    Cotton Blossom Serenaders", whatever the model took them for), or after "and" in an
    organisation's name when English has no such noun (`nouns`: "the Upolu and Savai'i Cocoa
    Growers' Association"; not "Tarn Bank and Union Freight"). Not a word of another
    entity, a title, an opener, a month, a demonym or one the article writes in lower case
    elsewhere (`_is_other_word`: "the French Foreign Ministry"), a word joined to another by a
    hyphen ("the Tarn-based Velcor Group"), nor on a title-case line. None otherwise; nor
    opening a sentence, where an adverb or a description may stand before a name ("Recently
    Kelso Ltd", "Guard Tomas Vilk scored"), but for the first word of a name in another
    language (`opening_head_before`: "Movimento Ardesio").

    >>> text = "On Sunday the Amman Chamber Players will perform."
    >>> text[name_word_before(text, 20, "ORG", [(20, 35)]):35]
    'Amman Chamber Players'
    >>> text = "the Upolu and Savai'i Cocoa Growers' Association gathered yesterday"
    >>> text[name_word_before(text, 22, "ORG", [(22, 48)]):48]
    "Savai'i Cocoa Growers' Association"
    >>> name_word_before("Tarn Bank and Union Freight", 20, "ORG", [], nouns=frozenset({"union"}))
    >>> text = "Recently Kelso Ltd won two contracts."
    >>> name_word_before(text, 9, "ORG", [(9, 18)]) is None
    True
    >>> text = "the French Foreign Ministry said"
    >>> name_word_before(text, 11, "ORG", [(11, 27)]) is None
    True
    """
    before = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return opening_head_before(text, start, taken)
    word = before.group(1)
    if text.endswith("and ", 0, before.start(1)) and (label != "ORG" or word.casefold() in nouns):
        return None  # after "and", a body's name when English has no such noun
    if _no_word_of_the_name(text, start, before, taken, lower_words):
        return None
    return before.start(1)


def opening_head_before(text: str, start: int, taken: list[tuple[int, int]]) -> int | None:
    """The start of the word opening a sentence right before a name starting at `start` when
    it is the first word of an organisation's name in another language (`vocabulary.name_heads`:
    "Club", "Movimento", "Banque"), which the model leaves out there ("Movimento" +
    "Ardesio", "Club" + "Atlético Arenal"), also when the model took the word alone for an
    entity ("Sporting" + "Club Arenal"). Not a word of a longer entity, nor on a title-case
    line; an English opener ("Rival", "Insurer", "Recently") is no such word. None otherwise.

    >>> text = "Movimento Ardesio won two seats."
    >>> text[opening_head_before(text, 10, [(10, 17)]):17]
    'Movimento Ardesio'
    >>> text = "It rained. Club Atlético Arenal lost."
    >>> text[opening_head_before(text, 16, [(16, 31)]):31]
    'Club Atlético Arenal'
    >>> opening_head_before("Rival Kelso Ltd said", 6, [(6, 15)]) is None
    True
    >>> opening_head_before("the Club Arenal said", 9, [(9, 15)]) is None  # not an opening
    True
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).casefold() not in name_heads():
        return None
    opening = text[: before.start(1)].rstrip(" \t")
    if opening and opening[-1] not in _OPENING_BEFORE:
        return None
    word = (before.start(1), before.end(1))
    if any(span != word for span in taken if _overlaps([span], *word)):
        return None  # a word of another entity; the model's span of the word alone is the name's
    if _title_case_line(text, start):
        return None
    return before.start(1)


def unknown_word_before(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    lower_words: frozenset[str],
    words: frozenset[str],
) -> int | None:
    """The start of a word opening a sentence, a line or an apposition right before a name
    ending in an organisation word or a corporate suffix (`text[start:end]`), when English has
    no such word in any part of speech (`words`: the model's lemma index, with a plural's "-s",
    an "-ed", "-ing" or "-ly" read as English): the company's own first word, which the model
    leaves out there ("Marukawa" + "Department Store", "Genkai" + "Kotsu Bus Co.", "the
    developer, Dornfeld" + "Immobilien AG"). Not a word the article writes in lower case, a
    title, an opener or a word of another entity (`_no_word_of_the_name`); an English word
    ("Rival", "Insurer", "Struggling", "Recently", "Jutland") is left as the model read it.
    None otherwise, and always without `words` (a pipeline without a lemmatizer).

    >>> known = frozenset({"rival", "bus", "store"})
    >>> text = "Genkai Kotsu Bus Co. halted its services."
    >>> text[unknown_word_before(text, 7, 20, [(7, 20)], frozenset(), known):20]
    'Genkai Kotsu Bus Co.'
    >>> unknown_word_before("Rival Kelso Ltd said", 6, 15, [(6, 15)], frozenset(), known)
    >>> text = "Its owner, Dornfeld Immobilien AG, will pay."
    >>> text[unknown_word_before(text, 20, 33, [(20, 33)], frozenset(), known):33]
    'Dornfeld Immobilien AG'
    >>> unknown_word_before("the Marukawa Department Store", 13, 29, [], frozenset(), known)
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not words or before is None or not _ends_as_organisation(text[start:end]):
        return None
    folded = before.group(1).casefold()
    if (
        folded in words
        or folded.endswith(("ed", "ing", "ly"))
        or (folded.endswith("s") and folded[:-1] in words)
        or len(folded) < 3
        or not folded.isalpha()
    ):
        return None  # an English word: "Rival", "Troubled", "Shares", "Meanwhile"
    opening = text[: before.start(1)].rstrip(" \t\"“'‘")
    if opening and opening[-1] not in ".!?:;\n,":
        return None  # inside a sentence, the model's reading of the name stands
    if _no_word_of_the_name(text, start, before, taken, lower_words):
        return None
    return before.start(1)


def _no_word_of_the_name(
    text: str,
    start: int,
    before: re.Match[str],
    taken: list[tuple[int, int]],
    lower_words: frozenset[str],
) -> bool:
    """Whether the word `before` found right before a span starting at `start` is no word of
    its name: joined to a small one by a hyphen ("Berne-based"), a word of another kind or
    one the article writes in lower case (`_is_other_word`), a word of another entity, or on a
    title-case line."""
    word = before.group(1)
    return bool(
        _DESCRIBING_HYPHEN.search(word)
        or _is_other_word(word, lower_words)
        or _overlaps(taken, before.start(1), before.end(1))
        or _title_case_line(text, start)
    )


#: A word of letters (any script's: "Đỗ") and one space right before a span, with no point,
#: apostrophe, ampersand or hyphen before it.
_LETTERS_BEFORE = re.compile(r"(?<![\w'’.&-])([^\W\d_]+(?:-[^\W\d_]+)?) $")
#: What ends the text before a word that opens a sentence, a quotation or a line.
_OPENING_BEFORE = frozenset(".!?:;\"“”‘’'\n")


def given_name_before(
    text: str,
    start: int,
    taken: list[tuple[int, int]],
    lower_words: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
) -> int | None:
    """The start of a given name the model left out before a person's other names, the
    person's span starting at `start`: the capitalised word right before it, inside a
    sentence, when English has no such noun (`nouns`: "Đỗ" of "said Đỗ Minh Khoa", "Johannes"
    of "by Mr Johannes van Zyl"). Not a word of another entity, a title, an opener, a month, a
    demonym or one the article writes in lower case elsewhere (`_is_other_word`), a word
    joined to a small one by a hyphen ("Berne-based"), nor on a title-case line; nor a word
    opening a sentence, where a description may stand ("Smallholder Ana Ruiz"). None
    otherwise.

    >>> text = "said Đỗ Minh Khoa, head of research"
    >>> text[given_name_before(text, 8, [(8, 17)]):17]
    'Đỗ Minh Khoa'
    >>> given_name_before("Vintner Ana Ruiz said", 8, [(8, 16)]) is None  # opens a sentence
    True
    >>> text = "said the Chief Executive Ana Ruiz"
    >>> given_name_before(text, 25, [(25, 33)], nouns=frozenset({"executive"})) is None
    True
    """
    before = _LETTERS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    word = before.group(1)
    if not word[:1].isupper() or not word[1:].islower():
        return None
    opening = text[: before.start(1)].rstrip(" \t")
    if not opening or opening[-1] in _OPENING_BEFORE:
        return None
    folded = word.casefold()
    if folded in nouns or (folded.endswith("s") and folded[:-1] in nouns):
        return None
    if _no_word_of_the_name(text, start, before, taken, lower_words):
        return None
    return before.start(1)


def _ends_as_organisation(surface: str) -> bool:
    """Whether a name ends in an organisation word or a corporate suffix ("Centre", "& Co.")."""
    return (
        surface.rsplit(None, 1)[-1].casefold() in organisation_words()
        or corporate_suffix().search(surface) is not None
    )


def _place_word_after_particle(word: str, lower_words: frozenset[str]) -> bool:
    """Whether a capitalised word after a particle may go on a place's name: none the article
    writes in lower case, no title, organisation's word or preposition (a month's letters may:
    "Viña del Mar")."""
    folded = word.casefold()
    return not (
        folded in lower_words
        or folded in titles()
        or folded in organisation_words()
        or folded in prepositions()
    )


def _is_other_word(word: str, lower_words: frozenset[str]) -> bool:
    """A word that is no part of a name beside it: a title, an opener, a month, a demonym, a
    word written in lower case elsewhere."""
    folded = word.casefold()
    return (
        folded in lower_words
        or word in sentence_openers()
        or folded in titles()
        or folded in countries()
        or folded in stoplist()
        or folded in NUMBER_WORDS
        or folded in _calendar_words()
        or folded in organisation_words()
        or folded in prepositions()
    )


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in (*MONTHS, *WEEKDAYS))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


def _title_case_line(text: str, position: int) -> bool:
    """Whether every word of four letters or more of the line at `position` is capitalised
    (a headline's "Ana Ruiz Flew Home"; not "Ana Ruiz flew home")."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else None]
    words = [word for word in line.split() if word[:1].isalpha() and len(word) >= 4]
    return len(words) >= 3 and all(word[0].isupper() for word in words)
