"""The part of a name the model left across a mark or an "and" beside its span (stop 38, helper
`names9`): the ordinal that opens a numbered unit's name ("the 7th" + "Mountain Brigade"), the
second half of a hyphenated family name ("Anna Lewandowska" + "-Kurek"), the second field of
a body named for two ("the Uzbekistan Fruit" + "and Vegetable Union"); and, read by
`spans.clean_span` on each span (moved from `spans`, stop 38, helper `split10`), the rest of a
word cut at its hyphen or apostrophe ("Jang Min" + "-seok", "Sione" + " Taufa'ahau", "Kolossi
Co" + "-operative").

    >>> text = "soldiers of the 7th Mountain Brigade reached them"
    >>> text[slice(*with_mark_rest(text, 20, 36, "ORG", [(16, 19), (20, 36)]))]
    '7th Mountain Brigade'
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import (
    after_the,
    corporate_suffix,
    name_particles,
    organisation_words,
)
from timeline.wordlists import word_set

__all__ = [
    "body_after_and",
    "hyphenated_family_name",
    "hyphenated_first_word",
    "hyphenated_place_rest",
    "hyphenated_word_end",
    "joined_by_infixes",
    "ordinal_opening",
    "person_word_rest",
    "with_mark_rest",
]

#: An ordinal in figures and one space right before a span, no word or figure glued before it:
#: "7th ", "2nd ", "2/4th " (an Australian second-war unit's).
_ORDINAL_BEFORE = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:/\d{1,3})?(?:st|nd|rd|th)) $")
#: "the" right before an ordinal: "the 7th" of "the 7th U.S. Circuit Court of Appeals".
_THE_BEFORE = re.compile(r"\b[Tt]he $")
#: A hyphen and a capitalised name word glued to a span's end, then no other word glued on:
#: "-Kurek" of "Anna Lewandowska-Kurek" (a possessive may follow: "-Kurek's").
_HYPHEN_AND_NAME = re.compile(r"-([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?=['’]s\b|[^\w'’-]|$)")
#: A capitalised name word and a hyphen glued right before a span, no word or mark glued before
#: them: "Per-" of "Per-Olof Hallberg", "Minneapolis-" of "Minneapolis-St. Paul Airport".
_NAME_AND_HYPHEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)-$")
#: Hyphens with lower-case words between them and a capitalised name word after, glued to a
#: span's end: "-upon-Avon" of "Stratford-upon-Avon", "-la-Romaine" of "Vaison-la-Romaine".
_INFIX_AND_NAME = re.compile(r"((?:-[a-zà-ÿ]{1,5})+)-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?![\w'’-])")
#: " and " and one to three capitalised words, then no other capitalised word nor "of": " and
#: Vegetable Union" of "the Uzbekistan Fruit and Vegetable Union agreed".
_AND_THEN_WORDS = re.compile(
    r" and ((?:[A-Z][a-z]+['’]? ){0,2}([A-Z][a-z]+))(?![\w'’-]| [A-Z]| of\b| for\b)"
)
#: A capitalised word with an apostrophe (a glottal stop) between its letters after a name:
#: " Taufa'ahau", " Ka'ili"; not a possessive nor a contraction ("Smith's", "Jones'll").
_GLOTTAL_NAME_AFTER = re.compile(r" [A-Z][a-z]+['’ʻ](?!(?:ll|ve|re|s)\b)[a-z]{2,}\b(?!['’])")
#: A lower-case syllable joined by a hyphen to a name's last syllable: "-seok" of "Jang
#: Min-seok"; not a word that makes the name describe ("Kim-led", "Park-born").
_SYLLABLE_AFTER = re.compile(
    r"-(?!(?:led|run|era|born|made|based|owned|style|type)\b)[a-z]{2,5}\b(?!-)"
)
#: The lower-case rest of a capitalised word the model cut at its hyphen: "operative" of
#: "Co-operative"; not a word that makes the name describe ("Apex-backed", "Tarn-based",
#: "Exchange-listed").
_WORD_REST = re.compile(
    r"(?!(?:led|run|born|made|based|owned|backed|funded|linked|listed|style|type)\b)"
    r"[a-z]{3,}\b(?!-)"
)


def with_mark_rest(
    text: str, start: int, end: int, label: str, taken: list[tuple[int, int]]
) -> tuple[int, int]:
    """(start, end) of the entity `text[start:end]` labelled `label` with the part of its name
    the model left across a mark (`ordinal_opening`, `hyphenated_family_name`); the same span
    otherwise.

    >>> text = "Speaker Anna Lewandowska-Kurek postponed the vote"
    >>> text[slice(*with_mark_rest(text, 8, 24, "PERSON", [(8, 24)]))]
    'Anna Lewandowska-Kurek'
    >>> with_mark_rest("the Ardmore Rifles met", 4, 18, "ORG", [(4, 18)])
    (4, 18)
    """
    if label == "ORG":
        opening = ordinal_opening(text, start, end)
        if opening is not None:
            return opening, end
        rest = body_after_and(text, start, end, taken)
        if rest is not None:
            return start, rest
    if label == "PERSON":
        rest = hyphenated_family_name(text, end, taken)
        if rest is not None:
            return start, rest
    first = hyphenated_first_word(text, start, end, label, taken)
    if first is not None:
        return first, end  # "Per-" + "Olof Hallberg" (stop 41)
    place_rest = hyphenated_place_rest(text, end)
    if place_rest is not None:
        return start, place_rest  # "Stratford" + "-upon-Avon" (stop 41)
    return start, end


def ordinal_opening(text: str, start: int, end: int) -> int | None:
    """The start of the ordinal in figures that opens a numbered unit's name the model found
    without it, the span `text[start:end]` ending in a formation's word
    (`data/formation_words.txt`: "the 2nd" + "Arctic Rifle Battalion", "the 12th" + "Field
    Regiment"), or after "the" holding an organisation word (a numbered court or assembly:
    "the 7th" + "U.S. Circuit Court of Appeals"); None when no ordinal stands right before it
    or the span is otherwise ("the 3rd Harbour Road", "came 3rd Ardmore Foods").

    >>> text = "The 2nd Arctic Rifle Battalion will act as the opposing force."
    >>> text[ordinal_opening(text, 8, 30):30]
    '2nd Arctic Rifle Battalion'
    >>> ordinal_opening("came 3rd Ardmore Foods said", 9, 22) is None
    True
    >>> ordinal_opening("in 1998 Field Regiment", 8, 22) is None  # a year, no ordinal
    True
    >>> text = "a panel of the 9th U.S. Circuit Court of Appeals ruled"
    >>> text[ordinal_opening(text, 19, 48):48]
    '9th U.S. Circuit Court of Appeals'
    >>> ordinal_opening("placed 2nd Kelso Bank said", 11, 21) is None  # no "the"
    True
    """
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 12), start)
    if ordinal is None:
        return None
    words = [word.casefold() for word in text[start:end].split()]
    if words[-1] in _formation_words():
        return ordinal.start(1)
    if _THE_BEFORE.search(text, max(0, ordinal.start(1) - 4), ordinal.start(1)) and any(
        word in organisation_words() for word in words
    ):
        return ordinal.start(1)  # "the 7th" + "U.S. Circuit Court of Appeals"
    return None


def body_after_and(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> int | None:
    """The end of a body's name the model cut at its "and", the body named for two fields or
    goods ("the Uzbekistan Fruit" + "and Vegetable Union", "the Kestrel Dock" + "and Harbour
    Board"): after "the", the span ends in no organisation word or corporate suffix (no body of
    its own), and one to three capitalised words after "and" end in one, no entity the model
    found and followed by no other capitalised word nor "of" or "for". None otherwise ("the
    Ardmore Bank and Kelso Board": two bodies; "Ana Ruiz and Harbour Board": no "the").

    >>> text = "the Uzbekistan Fruit and Vegetable Union agreed on 31 May"
    >>> text[4:body_after_and(text, 4, 20, [(4, 20)])]
    'Uzbekistan Fruit and Vegetable Union'
    >>> body_after_and("the Ardmore Bank and Kelso Board met", 4, 16, [(4, 16)]) is None
    True
    >>> body_after_and("Ana Ruiz and Harbour Board met", 0, 8, [(0, 8)]) is None
    True
    """
    surface = text[start:end]
    if not (after_the(text, start) or surface.startswith(("the ", "The "))):
        return None
    if surface.rsplit(None, 1)[-1].casefold() in organisation_words() or corporate_suffix().search(
        surface
    ):
        return None
    rest = _AND_THEN_WORDS.match(text, end)
    if rest is None or rest.group(2).casefold() not in organisation_words():
        return None
    if any(s < rest.end(1) and rest.start(1) < e for s, e in taken):
        return None  # a name the model found: two bodies, which `particles` weighs
    return rest.end(1)


def hyphenated_family_name(text: str, end: int, taken: list[tuple[int, int]]) -> int | None:
    """The end of a person's hyphenated family name whose second half the model left out, the
    person's span ending at `end` right before a hyphen and a capitalised name word ("Awa
    Diouf" + "-Ndiaye", "Lewandowska" + "-Kurek"); None when no such word is glued on, it is
    a small word ("-led", "-born": a description), or the model found it as a name of its own
    ("Kennedy-Nixon": two persons).

    >>> text = "Awa Diouf-Ndiaye, 34, shot the film"
    >>> text[:hyphenated_family_name(text, 9, [(0, 9)])]
    'Awa Diouf-Ndiaye'
    >>> hyphenated_family_name("the Ana Ruiz-led group", 12, [(4, 12)]) is None
    True
    >>> hyphenated_family_name("the Kennedy-Nixon debate", 11, [(4, 11), (12, 17)]) is None
    True
    """
    rest = _HYPHEN_AND_NAME.match(text, end)
    if rest is None or any(s < rest.end(1) and rest.start(1) < e for s, e in taken):
        return None
    return rest.end(1)


def hyphenated_first_word(
    text: str, start: int, end: int, label: str, taken: list[tuple[int, int]]
) -> int | None:
    """The start of the first part of a hyphenated word the model left out before a person's
    or a body's name of two words or more: a hyphenated given name ("Per-" + "Olof
    Hallberg"), a body named for two places ("Minneapolis-" + "St. Paul International
    Airport", the model's place "Minneapolis" taken in); None when no capitalised word and
    hyphen are glued before the span, the span is one word ("Anti-" + "Trump", "Kennedy-" +
    "Nixon": a description, two names), or the model found that word as a person of its own
    or as part of a longer name.

    >>> text = "The chairman, Per-Olof Hallberg, said"
    >>> text[hyphenated_first_word(text, 18, 31, "PERSON", [(18, 31)]) : 31]
    'Per-Olof Hallberg'
    >>> hyphenated_first_word("an Anti-Trump rally", 8, 13, "PERSON", [(8, 13)]) is None
    True
    >>> text = "Minneapolis-St. Paul Airport reopened"
    >>> text[hyphenated_first_word(text, 12, 28, "FAC", [(0, 11), (12, 28)]) : 28]
    'Minneapolis-St. Paul Airport'
    >>> hyphenated_first_word("Jo Kennedy-Al Nixon", 11, 19, "PERSON", [(3, 10), (11, 19)])
    """
    if label not in ("PERSON", "ORG", "FAC") or len(text[start:end].split()) < 2:
        return None
    before = _NAME_AND_HYPHEN_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return None
    word = (before.start(1), before.end(1))
    if any(s < start and before.start(1) < e for s, e in taken if (s, e) != word):
        return None
    if word in taken and label == "PERSON":
        return None  # "Kennedy-" + "John Nixon": two persons
    return before.start(1)


def hyphenated_place_rest(text: str, end: int) -> int | None:
    """The end of a place's name the model cut at its first hyphen, its parts joined by lower-
    case words (`data/place_infixes.txt` and the name particles): "Stratford" +
    "-upon-Avon", "Vaison" + "-la-Romaine", "Saint" + "-Jean-de-Luz" is not (a capitalised
    part); None when no such rest is glued on ("the Paris-to-London route": "to" joins two
    places).

    >>> text = "a flood hit Stratford-upon-Avon on Monday"
    >>> text[12 : hyphenated_place_rest(text, 21)]
    'Stratford-upon-Avon'
    >>> hyphenated_place_rest("the Paris-to-London route", 9) is None
    True
    """
    rest = _INFIX_AND_NAME.match(text, end)
    if rest is None:
        return None
    if any(word not in _place_infixes() for word in rest.group(1)[1:].split("-")):
        return None
    return rest.end()


def joined_by_infixes(name: str) -> bool:
    """Whether `name` is one word of capitalised parts joined by hyphens and the lower-case
    words of a place's name (`hyphenated_place_rest`): "Southend-on-Sea", "Aix-en-Provence".

    >>> [joined_by_infixes(n) for n in ("Southend-on-Sea", "Paris-to-London", "Ruiz-led")]
    [True, False, False]
    """
    parts = name.split("-")
    inner = [part for part in parts[1:-1] if not part[:1].isupper()]
    return (
        len(parts) >= 3
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and bool(inner)
        and all(part in _place_infixes() for part in inner)
    )


@cache
def _place_infixes() -> frozenset[str]:
    """Lower-case words joining a place's hyphenated parts: `data/place_infixes.txt` and the
    name particles ("Vaison-la-Romaine")."""
    return word_set("place_infixes.txt") | name_particles()


def person_word_rest(text: str, start: int, end: int) -> int:
    """The end of a person's name `text[start:end]` with the rest the model left across a mark
    inside a word: a family name written with a glottal stop ("Sione" + " Taufa'ahau": an
    apostrophe between letters, no "'s" nor "'ll"), then the second syllable of a given name
    cut at its hyphen ("Jang Min" + "-seok": a short capitalised syllable, then a short
    lower-case one, not a word that makes the name describe, "-led"); `end` otherwise.
    Read by `spans.clean_span`.

    >>> text = "chairman Jang Min-seok said"
    >>> text[9 : person_word_rest(text, 9, 17)]
    'Jang Min-seok'
    >>> text = "leader Sione Ka'ilahi said"
    >>> text[7 : person_word_rest(text, 7, 12)]
    "Sione Ka'ilahi"
    >>> person_word_rest("the Ana Kim-led group", 4, 11), person_word_rest("Ana Ruiz's", 0, 8)
    (11, 8)
    """
    glottal = _GLOTTAL_NAME_AFTER.match(text, end)
    if glottal is not None:
        end = glottal.end()
    syllable = _SYLLABLE_AFTER.match(text, end)
    if syllable is not None and re.search(r"\b[A-Z][a-z]{1,3}$", text[start:end]):
        end = syllable.end()
    return end


def hyphenated_word_end(text: str, start: int, end: int) -> int:
    """The end of an organisation's name the model cut inside its last, hyphenated word: at
    the hyphen ("Kolossi Co" of "Kolossi Co-operative") or right after it ("Kolossi Co-").
    Read by `spans.clean_span`.

    >>> text = "the Brenton Co-operative Society"
    >>> text[4 : hyphenated_word_end(text, 4, 14)], text[4 : hyphenated_word_end(text, 4, 15)]
    ('Brenton Co-operative', 'Brenton Co-operative')
    >>> text = "a Tarn-based firm"
    >>> hyphenated_word_end(text, 2, 6)
    6
    """
    cut = end if text[end - 1 : end] == "-" else end + 1 if text[end : end + 1] == "-" else 0
    if not cut or not re.search(r"\b[A-Z][a-z]*-?$", text[start:end]):
        return end
    rest = _WORD_REST.match(text, cut)
    return rest.end() if rest is not None else end


@cache
def _formation_words() -> frozenset[str]:
    return word_set("formation_words.txt")
