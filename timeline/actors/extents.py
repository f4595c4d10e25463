"""Where an entity the model found starts and ends: a name word it left beside the span taken
in ("Luis Alberto" + "Quispe", "Banská" + "Bystrica"), and two names it read as one cut apart
("Tarn and Vire", "Norway's Fisheries Directorate").

    >>> text = "Minister Ana Luisa Quispe flew to Cusco."
    >>> widened(text, 9, 18, "PERSON", [(9, 18), (34, 39)])
    (9, 25)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    after_the,
    corporate_suffix,
    countries,
    organisation_words,
    stoplist,
    titles,
)
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = ["joined_neighbours", "pieces", "remit_after_and", "widened", "without_opening_words"]

#: A word written as a name: a capital, then small letters (accents too), one apostrophe or
#: hyphen inside at most ("Banská", "Ka'ili", "Ter-Petrosyan"; not a possessive's).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-](?!s\b)[A-Za-zß-öø-ÿ]+)?"
#: The name word right after a span, then no other capitalised word: " Quispe" of "Luis
#: Alberto Quispe" (a possessive may follow: "Quispe's").
_WORD_AFTER = re.compile(rf" ({_NAME_WORD})(?=['’]s\b|[^\w'’-]|$)(?! [A-Z])")
#: A name word, then a lower-case noun, right after a place: " Yên province".
_WORD_BEFORE_UNIT = re.compile(rf" ({_NAME_WORD}) ([a-z]+)\b")
#: The name word right before a span, with nothing but a space between.
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({_NAME_WORD}) $")


def widened(
    text: str,
    start: int,
    end: int,
    label: str,
    taken: list[tuple[int, int]],
    lower_words: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
) -> tuple[int, int]:
    """(start, end) of the entity `text[start:end]` with the one name word the model left
    beside it: the family name after a person's given names ("Luis Alberto" of "Luis Alberto
    Quispe"), the first word of a place's name ("Bystrica" of "Banská Bystrica", "Saxony" of
    "Lower Saxony"), the first word of an organisation's name written with a comma and "and"
    or "&" ("Test and Launch Centre" of "the Assembly, Test and Launch Centre"), the rest of a
    country's name written with "and" after an organisation's ("the Armed Forces of Bosnia" and
    "Herzegovina"), the second field of a body's remit written with "and" ("the Ministry of
    Fisheries" and "Marine Resources": `remit_after_and`). Not a word of
    another entity (`taken`), a title, a month or weekday, a demonym or a word that opens
    sentences ("In Paris"), nor one the article writes in lower case elsewhere (`lower_words`:
    "Only Paris", when it writes "only"); not on a title-case line (a headline's "Ana Ruiz
    Says").

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
    """
    if label == "PERSON":
        after = _WORD_AFTER.match(text, end)
        if (
            after is not None
            and not _is_other_word(after.group(1), lower_words)
            and not _overlaps(taken, after.start(1), after.end(1))
            and not _title_case_line(text, start)
        ):
            return start, after.end(1)
    elif label == "ORG":
        country = _COUNTRY_REST.match(text, end)
        if country is not None:
            last = text[start:end].rsplit(" ", 1)[-1]
            if f"{last} and {country.group(1)}".casefold() in _country_names():
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


#: " and " and a capitalised word after an organisation: " and Herzegovina" of "the Armed
#: Forces of Bosnia and Herzegovina", where the model cut the country's name.
_COUNTRY_REST = re.compile(rf" and ({_NAME_WORD})\b")
#: The first word of a name the model cut at its comma, after "the" or opening a sentence or a
#: line: "Assembly" of "the Assembly, Test and Launch Centre", "Harwell" of "Harwell, Pike &
#: Co.".
_HEAD_BEFORE_COMMA = re.compile(rf"(?:^|(?<=\bthe )|(?<=\bThe )|(?<=\n)|(?<=\. ))({_NAME_WORD}), $")


#: " and " and one to three name words, then no other capitalised word: " and Marine
#: Resources" of "the Ministry of Fisheries and Marine Resources cut ...".
_REMIT_REST = re.compile(rf" and ({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?![\w'’-]| [A-Z])")


def remit_after_and(text: str, start: int, end: int, nouns: frozenset[str]) -> int | None:
    """The end of a body's name the model cut at "and", the second field of its remit left out:
    "Ministry of Fisheries" + "and Marine Resources", "Department of Health" + "and Social
    Care". The name opens with an organisation word and "of" ("Ministry of", "Office of the");
    the words after "and" are common nouns (`nouns`, an English noun index: a field, not a
    company's name) that the text writes nowhere but after that "and" (a name of their own
    would stand alone somewhere). None otherwise.

    >>> nouns = frozenset({"marine", "resource", "science"})
    >>> text = "the Ministry of Fisheries and Marine Resources cut quotas"
    >>> text[4:remit_after_and(text, 4, 25, nouns)]
    'Ministry of Fisheries and Marine Resources'
    >>> text[:remit_after_and(text, 0, 25, nouns)]  # the model's span may hold "the"
    'the Ministry of Fisheries and Marine Resources'
    >>> text = "the Ministry of Health and Pfizer signed"
    >>> remit_after_and(text, 4, 22, nouns) is None
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
    field = rest.group(1)
    for word in field.split():
        folded = word.casefold()
        if folded not in nouns and not (folded.endswith("s") and folded[:-1] in nouns):
            return None
    alone = re.findall(rf"(?<![\w'’-]){re.escape(field)}(?![\w'’-])", text)
    if len(alone) != text.count(f" and {field}"):
        return None  # the field is a name of its own somewhere
    return rest.end(1)


def _ends_as_organisation(surface: str) -> bool:
    """Whether a name ends in an organisation word or a corporate suffix ("Centre", "& Co.")."""
    return (
        surface.rsplit(None, 1)[-1].casefold() in organisation_words()
        or corporate_suffix().search(surface) is not None
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
        or folded in _prepositions()
    )


@cache
def _prepositions() -> frozenset[str]:
    """Prepositions, which open sentences before a place (`data/prepositions.txt`: "Under
    Alberta's law")."""
    return frozenset(word_list("prepositions.txt"))


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in (*MONTHS, *WEEKDAYS))


@cache
def _country_names() -> frozenset[str]:
    """Countries' names and short forms, case-folded: "bosnia and herzegovina"."""
    return frozenset(countries()) | frozenset(name.casefold() for name in countries().values())


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


#: Two names joined by "and": "Tarn and Vire".
_TWO_NAMES = re.compile(rf"({_NAME_WORD}(?: {_NAME_WORD})?) and ({_NAME_WORD}(?: {_NAME_WORD})?)")
#: A person's name of two or three words after a comma ending a span: ", Lyuben Iliev".
_PERSON_AFTER_COMMA = re.compile(rf", ({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})$")
#: A place's name and a possessive at the start of a span: "Norway's ".
_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s ")
#: A preposition of place right before a span: "flights to ", "bridges at ".
#: Two names joined by "at" in one span: "Fenmoor at Kestrel Park".
_AT_A_PLACE = re.compile(
    r"([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*) at ([A-Z][\w'’.&-]*(?: [A-Z][\w'’.,&-]*)*)"
)
_PLACE_BEFORE = re.compile(r"\b(?:at|in|to|from|near|between|across)\s+$")


def pieces(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """The names in the entity `text[start:end]`: two places the model read as one ("Tarn
    and Vire"; a country so written stays whole, "Trinidad and Tobago"), and a country that
    owns the organisation after it ("Norway's Fisheries Directorate").

    >>> pieces("flights to Tarn and Vire resumed", 11, 24, "GPE")
    [(11, 15, 'GPE'), (20, 24, 'GPE')]
    >>> pieces("bridges at Tarn and Vire", 11, 24, "ORG")
    [(11, 15, 'GPE'), (20, 24, 'GPE')]
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
    >>> pieces("against Fenmoor at Kestrel Park.", 8, 31, "PERSON")
    [(8, 15, 'PERSON'), (19, 31, 'FAC')]
    >>> pieces("Pilots at Hanbit Air Co. struck", 0, 24, "ORG")
    [(10, 24, 'ORG')]
    >>> pieces('the song "Harbor Lights at Dawn"', 10, 31, "WORK_OF_ART")  # a title
    [(10, 31, 'WORK_OF_ART')]
    """
    surface = text[start:end]
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
        and surface.casefold() not in _country_names()
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


#: A leading "the " of a span.
_LEADING_THE = re.compile(r"[Tt]he ")
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
            and len(re.findall(rf"(?<![\w-]){re.escape(span.text)}(?![\w-])", text)) == 1
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
    return frozenset(word_list("headline_verbs.txt"))


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether `start` opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?\n"


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
    keep it, others are an organisation.

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
    """
    result: list[RawSpan] = []
    for span in raw:
        last = result[-1] if result else None
        if last is not None and _one_name(text, last, span):
            label = last.label if last.label == span.label else "ORG"
            result[-1] = RawSpan(last.start, span.end, text[last.start : span.end], label)
        else:
            result.append(span)
    return result


def _one_name(text: str, first: RawSpan, second: RawSpan) -> bool:
    """Whether `first` and `second` are two halves of one name (`joined_neighbours`)."""
    if text[first.end : second.start] != " " or first.role or second.role:
        return False
    if first.label == "GPE" or first.text.removeprefix("the ").casefold() in countries():
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
