"""The rules of the recasing of text in capitals (`actors/recasing.py`) that read a word
with its neighbours: a name's words in a row ("KIRUNA CHURCH", "ROLF AASEN", "KARI HOLM"), a
body's name ("THE NATIONAL MEDIATION OFFICE", "THE BANK OF NORWAY", initials in brackets),
a town after a preposition of place ("IN STOCKHOLM."), a month's name beside a day ("MAY 11")
and a wire dateline's place ("KIRUNA--") (stop 45, helper `caps`).

    >>> token = Token(0, 6, "KIRUNA", UPPER, True, "name")
    >>> token.case, token.kind
    ('upper', 'name')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.actors.recasing_words import MONTHS_NEEDING_A_DAY, RecasingWords
from timeline.actors.vocabulary import place_prepositions
from timeline.temporal.patterns import CLOCK
from timeline.temporal.vocabulary import load_vocabulary
from timeline.wordlists import word_list, word_set

__all__ = [
    "LOWER",
    "TITLE",
    "UPPER",
    "Token",
    "bodies_of_names",
    "body_run",
    "dateline_place",
    "initials_in_brackets",
    "is_time_word",
    "months_by_days",
    "places_after_prepositions",
    "read_run",
]

#: The cases a word in capitals is given: lower case, title case, or left in capitals.
LOWER, TITLE, UPPER = "lower", "title", "upper"
#: The small words a name's initials skip ("the Union of Mine Workers (UMW)").
_SKIPPED_BY_INITIALS = frozenset({"of", "and", "for", "the", "on", "in", "de", "&"})


@dataclass(slots=True)
class Token:
    """A word of a stretch in capitals and the case it takes."""

    start: int
    end: int
    text: str
    case: str  # LOWER, TITLE, UPPER (as written)
    opens: bool  # opens a sentence
    kind: str  # what it is to a name: "name", "short", "noun", "acronym", "other"
    #: the case of each part after a hyphen, by its own word ("KIRUNA-BASED": lower)
    later: tuple[str, ...] = ()


def read_run(run: list[Token], words: RecasingWords, written: dict[str, str]) -> None:
    """The cases a run of words takes together: a short unknown word beside another unknown
    one is a name ("KARI HOLM"), else an acronym; the nouns after a name are its words
    ("KIRUNA CHURCH", "CALEDON OIL"), and a noun English knows only as a noun right before
    one is its first word ("ROLF AASEN"; not a title: "SECRETARY JARL OKSANEN"); a corporate
    suffix after a name as it is written ("AB", "Ltd")."""
    for number, token in enumerate(run):
        if token.kind != "short":
            continue
        neighbours = run[max(0, number - 1) : number] + run[number + 1 : number + 2]
        if any(other.kind in ("name", "short") for other in neighbours):
            token.case, token.kind = TITLE, "name"
    for token in run:
        if token.kind == "short":
            token.kind = "acronym"
    named = [number for number, token in enumerate(run) if token.kind == "name"]
    if not named:
        return
    for token in run[named[0] + 1 :]:
        suffix = _corporate_suffixes().get(token.text.casefold())
        if suffix is not None:
            token.case = UPPER if suffix.isupper() else TITLE
        elif token.kind != "noun" or token.text.casefold() in written:
            continue
        elif "noun" in words.parts_of(token.text.casefold()):
            token.case = TITLE
    before = run[named[0] - 1] if named[0] else None
    if (
        before is not None
        and before.kind == "noun"
        and before.text.casefold() not in written
        and before.text.casefold() not in _title_words()
        and words.noun_only(before.text)
    ):
        before.case = TITLE


#: The fewest words of a body's name English knows all of ("the National Mediation Office").
_BODY_WORDS = 3


def body_run(run: list[Token]) -> None:
    """A run of `_BODY_WORDS` nouns or more ending in an organisation's word is a body's
    name: "THE NATIONAL MEDIATION OFFICE" (not "THE MINE OFFICE")."""
    if len(run) < _BODY_WORDS or run[-1].text.casefold() not in _organisation_words():
        return
    if all(token.kind in ("noun", "name", "capitalised") for token in run):
        for token in run:
            token.case = TITLE


def bodies_of_names(text: str, tokens: list[Token]) -> None:
    """An organisation's word before "OF" and a name is the body's first word: "THE BANK OF
    NORWAY", "THE UNIVERSITY OF KIRUNA"."""
    for number, token in enumerate(tokens[:-2]):
        of, name = tokens[number + 1], tokens[number + 2]
        if (
            token.kind == "noun"
            and token.text.casefold() in _organisation_words()
            and of.text.casefold() == "of"
            and name.case == TITLE
            and text[token.end : name.start].strip() == of.text
        ):
            token.case = TITLE


def places_after_prepositions(
    text: str, tokens: list[Token], words: RecasingWords, written: dict[str, str]
) -> None:
    """A word English knows only as a singular noun right after a preposition of place,
    no noun after it, is a place: "IN STOCKHOLM.", "IN OSLO SINCE 1971" (WordNet's index
    holds towns as nouns); not a time's word ("AT NOON")."""
    for number, token in enumerate(tokens[1:], start=1):
        before = tokens[number - 1]
        after = tokens[number + 1] if number + 1 < len(tokens) else None
        if (
            token.kind != "noun"
            or len(token.text) < 4
            or token.text.casefold() in written
            or before.text.casefold() not in place_prepositions()
            or text[before.end : token.start] != " "
            or not words.noun_only(token.text)
            or is_time_word(token.text.casefold())
        ):
            continue
        if (
            after is not None
            and text[token.end : after.start] == " "
            and (
                after.kind == "name"
                or (after.kind == "noun" and "noun" in words.parts_of(after.text.casefold()))
            )
        ):
            continue  # "IN OFFICE BUILDINGS"
        token.case, token.kind = TITLE, "name"


@cache
def _title_words() -> frozenset[str]:
    """Titles and roles before a name, case-folded (`data/titles.txt`, `data/role_nouns.txt`):
    "SECRETARY JARL OKSANEN" keeps its title a common noun."""
    return frozenset(
        word.casefold() for word in (*word_set("titles.txt"), *word_set("role_nouns.txt"))
    )


@cache
def _organisation_words() -> frozenset[str]:
    """The last words of a body's name (`data/organisation_words.txt`), case-folded."""
    return frozenset(word.casefold() for word in word_set("organisation_words.txt"))


#: A time of the clock in words, as the temporal stage reads it ("NOON", "MIDNIGHT").
_CLOCK_WORD = re.compile(CLOCK, re.IGNORECASE)


def is_time_word(folded: str) -> bool:
    """Whether the lower-case word `folded` is a word of time (`_time_words`) or a time of
    the clock ("noon", "midday").

    >>> is_time_word("noon"), is_time_word("tonight"), is_time_word("oslo")
    (True, True, False)
    """
    return folded in _time_words() or _CLOCK_WORD.fullmatch(folded) is not None


@cache
def _time_words() -> frozenset[str]:
    """Words of time of one word, lower case: the temporal vocabulary's parts of a day,
    units, seasons and vague times, and the adverbs of time (`data/time_adverbs.txt`):
    "TONIGHT" ends a name ("KIRUNA TONIGHT"), "NOON" is no place ("AT NOON")."""
    vocabulary = load_vocabulary()
    words = (
        *vocabulary.day_parts,
        *vocabulary.parts_of_a_day,
        *vocabulary.units,
        *vocabulary.vague_news,
        *vocabulary.seasons,
        *word_set("time_adverbs.txt"),
    )
    return frozenset(word for word in words if " " not in word)


def initials_in_brackets(text: str, tokens: list[Token]) -> None:
    """The words before an acronym in brackets whose initials spell it are a name: "THE
    OFFSHORE SERVICE WORKERS' UNION (OSWU)" is "the Offshore Service Workers' Union"."""
    for number, token in enumerate(tokens):
        if token.kind != "acronym" or not 2 <= len(token.text) <= 6 or not token.text.isalpha():
            continue
        if text[token.start - 1 : token.start] != "(" or number == 0:
            continue
        letters = list(token.text.casefold())
        spelled: list[Token] = []
        for before in reversed(tokens[:number]):
            if before.text.casefold() in _SKIPPED_BY_INITIALS:
                continue
            if not letters or before.text[0].casefold() != letters[-1]:
                break
            letters.pop()
            spelled.append(before)
            if not letters:
                break
        if not letters and len(spelled) == len(token.text):
            for word in spelled:
                if word.kind in ("noun", "other", "acronym"):
                    word.case = TITLE if word.kind != "acronym" else word.case


def months_by_days(text: str, tokens: list[Token]) -> None:
    """A month's name that is an English word too ("MAY", "MARCH") or its abbreviation
    ("FEB.") is the month beside a figure ("MAY 1", "9 MARCH", "FEB. 9"), and a whole name
    after a preposition of time or a relation word ("IN MARCH", "LAST MAY"), not after "WILL".
    """
    vocabulary = load_vocabulary()
    abbreviations = {month for month in vocabulary.months if len(month) <= 4}
    before_a_month = (
        word_set("time_prepositions.txt") | set(vocabulary.relations) | word_set("time_adverbs.txt")
    )
    for number, token in enumerate(tokens):
        folded = token.text.casefold()
        if folded not in MONTHS_NEEDING_A_DAY and folded not in abbreviations:
            continue
        after = text[token.end : token.end + 3].lstrip(". ")
        before = tokens[number - 1].text if number else ""
        if (
            after[:1].isdigit()
            or before.isdigit()
            or (folded in MONTHS_NEEDING_A_DAY and before.casefold() in before_a_month)
        ):
            token.case = TITLE


#: A wire's dateline at a line's opening: its place in capitals, then a comma or the dash
#: before the story ("KIRUNA, SWEDEN, FEB. 9 (NORDWIRE)--", "KIRUNA--").
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*?(?=,[^\n]{0,60}?--|--|\s+-\s)")


def dateline_place(text: str, start: int, tokens: list[Token]) -> None:
    """A wire's dateline keeps its place in capitals, as wire copy in lower case writes it
    ("KIRUNA, Sweden, Feb. 9 (Nordwire) --"): the stages that read datelines know it so."""
    dateline = _DATELINE.match(text, start)
    if dateline is None:
        return
    for token in tokens:
        if token.start >= dateline.end():
            break
        token.case = UPPER


@cache
def _corporate_suffixes() -> dict[str, str]:
    """Corporate suffixes of letters alone (`data/corporate_suffixes.txt`), case-folded ->
    as written ("ab" -> "AB", "ltd" -> "Ltd")."""
    return {
        suffix.casefold(): suffix
        for suffix in word_list("corporate_suffixes.txt")
        if suffix.isalpha()
    }
