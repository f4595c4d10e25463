"""Titles and roles before a person's name: "U.S. Secretary of State" of "U.S. Secretary of
State Antony Blinken" is a role, not a word of the name, and a span that begins with or
follows a title only persons carry ("Cllr", "Ms") is a person.

    >>> leading_title("Prime Minister Mohammed Shia Al-Sudani")
    'Prime Minister '
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.titled_names import titled_family_name
from timeline.actors.vocabulary import (
    corporate_suffix,
    countries,
    nationality,
    organisation_words,
    personal_titles,
    place_prepositions,
    place_words,
    title_at_end,
    title_pattern,
    titles,
)
from timeline.sentences import OPENS_BEFORE
from timeline.wordlists import word_set

__all__ = [
    "glued_person",
    "leading_title",
    "portfolio_before_title",
    "portfolio_word",
    "role_before",
    "titled_person",
]

#: An initial of a person's name: "R" or "K." of "Justice R K Deshmukh".
_INITIAL = re.compile(r"[A-Z]\.?")
#: The word right before a name: "Dr" of "Dr Aoife Kenny".
_TITLE_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*\.?)\s+$")


#: A capitalised word shaped like a portfolio's noun or adjective, not a given name:
#: "Development", "Education", "Economic", "Regional", "Agriculture", "Affairs" of "Minister
#: of Economic Development Carlo Maria Bellandi".
_PORTFOLIO_WORD = re.compile(
    r"[A-Z][a-z]+(?:ment|tion|sion|ity|ism|ure|ance|[a-z]{3}(?:al|ic)|air)s?"
)


def portfolio_word(word: str) -> bool:
    """Whether a capitalised word after "Minister of" is a word of the portfolio rather than
    the first name after it.

    >>> portfolio_word("Development"), portfolio_word("Regional"), portfolio_word("Priya")
    (True, True, False)
    """
    return _PORTFOLIO_WORD.fullmatch(word) is not None


def titled_person(text: str, start: int, surface: str, label: str = "ORG") -> bool:
    """Whether a span the model did not take for a person is one: it begins with, or follows,
    a title written as an abbreviation ("Cllr Declan Mulroy", "Ms Ramaswamy"; only a person's
    name follows one), or begins with a title before initials ("Justice R K Deshmukh"), and
    its other words are capitalised, the last no organisation word; or, taken for a body
    (`label` ORG), a title and a full name after it (`_titled_full_name`, stop 41).

    >>> titled_person("Cllr Declan Mulroy said", 0, "Cllr Declan Mulroy")
    True
    >>> titled_person("Dr Aoife Kenny said", 3, "Aoife Kenny")
    True
    >>> titled_person("Justice R K Deshmukh said", 0, "Justice R K Deshmukh")
    True
    >>> titled_person("Dr Pepper Snapple Group said", 0, "Dr Pepper Snapple Group")
    False
    """
    words = surface.split()
    if not words or words[-1].casefold() in organisation_words() | place_words():
        return False  # "Sir Seretse Khama International Airport", "Dr Pepper Snapple Group"
    initials = any(_INITIAL.fullmatch(word) for word in words[1:-1])
    if words[0].casefold() in personal_titles() or (initials and words[0].casefold() in titles()):
        return len(words) > 1 and all(word[:1].isupper() for word in words[1:])
    if _role_opening_a_sentence(text, start, words):
        return True
    if (
        label == "ORG"
        and _titled_full_name(surface)
        and not _after_a_place_preposition(text, start)
    ):
        return True  # "Very Rev. Thomas Ruane", "Commodore Ana Reyes" (stop 41): not a place
    if titled_family_name(text, start, start + len(surface)) is not None:
        return True  # "Justice Marwick", the "Justice Helen Marwick" of another sentence
    before = _TITLE_BEFORE.search(text, max(0, start - 8), start)
    return (
        before is not None
        and before.group(1).casefold() in personal_titles()
        and all(word[:1].isupper() for word in words)
    )


def _titled_full_name(surface: str) -> bool:
    """Whether a span the model took for a body or a place is a title (`data/titles.txt`) and
    a full name of two words or more after it, every word capitalised, no corporate suffix
    ("Very Rev. Thomas Ruane", "Maître Gilles Fauconnet", "Commodore Ana Reyes");
    its last word is no organisation's or place's (checked by the caller: "Sir Seretse Khama
    International Airport"). Not a title and one word ("Prince Albert": a town).

    >>> _titled_full_name("Very Rev. Thomas Ruane"), _titled_full_name("Prince Albert")
    (True, False)
    >>> _titled_full_name("General Mills Inc")
    False
    """
    title = leading_title(surface)
    if title is None or corporate_suffix().search(surface):
        return False
    rest = surface[len(title) :].split()
    return len(rest) >= 2 and all(_NAME_WORD.fullmatch(word) for word in rest)


#: The word before a span: "in " of "in Prince Edward Island".
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ ]+$")


def _after_a_place_preposition(text: str, start: int) -> bool:
    """Whether a preposition of place (`data/place_prepositions.txt`) stands right before
    `start`: "in Prince Edward Island", "at Queen Elizabeth Barracks" name places after their
    royal namesakes, no person.

    >>> _after_a_place_preposition("voters in Prince Edward Island", 10)
    True
    >>> _after_a_place_preposition("the auctioneer, Maître Ines Barrau", 16)
    False
    """
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1) in place_prepositions()


#: A capitalised word of a name: "Hiroshi", "Ó", "Al-Sudani".
_NAME_WORD = re.compile(r"[A-ZÀ-ÞŁŌŠŽ][\w'’-]*")


@cache
def role_nouns() -> frozenset[str]:
    """Positions in a team or a contest written before a name at a sentence's opening
    ("Referee", "Opener"): `data/role_nouns.txt`."""
    return word_set("role_nouns.txt")


def _role_opening_a_sentence(text: str, start: int, words: list[str]) -> bool:
    """Whether the span opens a sentence with a one-word title and two or three words of a
    name after it ("Referee Hiroshi Tanabe waved", "Opener Vani Morea made", "Winger Pablo
    Ruiz Soto scored"): a role capitalised by its place, its holder's name after it, whatever
    the model took the span for; the last word no organisation's or place's (checked by the
    caller).

    >>> _role_opening_a_sentence("Referee Aiko Sato stopped it.", 0, ["Referee", "Aiko", "Sato"])
    True
    >>> _role_opening_a_sentence("Winger Pablo Ruiz Soto", 0, "Winger Pablo Ruiz Soto".split())
    True
    >>> _role_opening_a_sentence("General Lake Foods", 0, ["General", "Lake", "Foods"])
    False
    """
    return (
        len(words) in (3, 4)
        and words[0][1:].islower()
        and (words[0].casefold() in titles() or words[0].casefold() in role_nouns())
        and all(_NAME_WORD.fullmatch(word) for word in words[1:])
        and not any(word.casefold() in organisation_words() for word in words[1:])
        and OPENS_BEFORE.search(text, max(0, start - 6), start) is not None
    )


def leading_title(surface: str) -> str | None:
    """A title at the start of a PERSON span, with the space after it.

    >>> leading_title("Prime Minister Mohammed Shia Al-Sudani")
    'Prime Minister '
    >>> leading_title("Fly-half Tomás Iriarte Soto")  # a position and three names
    'Fly-half '
    """
    words = surface.split()
    if (
        len(words) in (3, 4)
        and words[0][1:].islower()
        and words[0].casefold() in role_nouns()
        and words[-1].casefold() not in organisation_words()  # not "Opener Vani Morea Club"
    ):
        return surface[: len(words[0])] + " "  # "Referee Aiko Sato": a position in a contest
    for size in range(min(len(words) - 1, 5), 0, -1):
        prefix = " ".join(words[:size])
        if title_pattern().fullmatch(prefix + " ") or prefix.casefold() in titles():
            return surface[: surface.index(words[size - 1]) + len(words[size - 1])] + " "
    return None


#: A one-word title and a person's name after a span, an honorific between or not: " Director
#: Jean Amrine" of "Finance Director Jean Amrine", " prosecutor Linda" of "Crown prosecutor".
_TITLE_AND_NAME_AFTER = re.compile(
    r"[ \t]+([A-Za-z][a-z]+)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z]"
)
#: The words of a portfolio: one or two capitalised words, "and" between two.
_PORTFOLIO_WORDS = re.compile(r"[A-Z][a-z]+(?: and [A-Z][a-z]+)?")


def portfolio_before_title(text: str, start: int, end: int, nouns: frozenset[str]) -> bool:
    """Whether `text[start:end]` is the portfolio or the service of a title before a person's
    name: English common nouns (`nouns`, the model's noun index) right before a one-word
    title (`data/titles.txt`) and a full name, and written capitalised nowhere else in the
    text ("Finance Director Jean Amrine"). A name the text writes elsewhere acts there too
    ("Tarrow spokesman Ed Kim", after "Tarrow said"); a place's officer's title keeps the
    place before it ("Galway mayor Aoife Dunne": `data/place_titles.txt`; the model's index
    holds towns' names too).

    >>> nouns = frozenset({"finance", "crown", "apple"})
    >>> text = "the tax will rise, Finance Director Jean Amrine said."
    >>> portfolio_before_title(text, 19, 26, nouns)
    True
    >>> text = "Apple rose. Apple spokesman Ed Kim said so."
    >>> portfolio_before_title(text, 12, 17, nouns)
    False
    >>> portfolio_before_title("Tarrow Director Jo Kim said", 0, 6, nouns)
    False
    >>> portfolio_before_title("Crown prosecutor Ann Roe said", 0, 5, nouns)
    False
    """
    surface = text[start:end]
    after = _TITLE_AND_NAME_AFTER.match(text, end)
    if after is None or after.group(1).casefold() not in titles() - _place_titles():
        return False  # "Galway mayor Aoife Dunne": a place's officer, the place stays
    if not _PORTFOLIO_WORDS.fullmatch(surface) or not all(
        word.casefold() in nouns for word in surface.split() if word != "and"
    ):
        return False
    return text.count(surface) == 1


@cache
def _place_titles() -> frozenset[str]:
    """Titles of a place's office: "mayor", "governor" (`data/place_titles.txt`)."""
    return word_set("place_titles.txt")


def role_before(text: str, start: int) -> str | None:
    """The title written just before a name, within its line and clause.

    >>> role_before("talks with U.S. Secretary of State Antony Blinken", 35)
    'U.S. Secretary of State'
    >>> role_before("Chief U.S. District Judge Jane Doe", 26)
    'U.S. District Judge'
    """
    window = text[max(0, start - 60) : start]
    line_start = max(window.rfind("\n"), window.rfind(","), window.rfind("("))
    window = window[line_start + 1 :]
    match = title_at_end(window)
    if match is None or not match.group().strip():
        return None
    role = match.group().strip()
    prefix = match.group(1)
    if prefix:  # from a nationality or an acronym on, or the words of a listed title
        words = prefix.split()
        title = role[len(prefix) :].strip()
        cut = 0
        while cut < len(words) and not (
            _nation_or_acronym(words[cut]) or " ".join([*words[cut:], title]).casefold() in titles()
        ):
            cut += 1  # "Blinken and Defense Secretary" -> the title only
        role = " ".join([*words[cut:], title])
    return role or None


def _nation_or_acronym(word: str) -> bool:
    """A country, a demonym or an acronym: "U.S." of "U.S. District Judge", "UAW" of "UAW
    President"."""
    return word.casefold() in countries() or word.replace(".", "").isupper()


def glued_person(text: str, start: int, end: int, label: str, nouns: frozenset[str]) -> str:
    """The label of the model's entity `text[start:end]`: "PERSON" for a span it took for an
    organisation (or a law) that is a nationality or a title glued to a person's two or three
    names ("the Eritrean Yonas Berhe", "Field Coordinator Tiana Rasoamanana"), which
    `spans.clean_span` then cuts from the name; else `label`. The names are capitalised words
    that name no organisation, place, country or title, the last one no English noun ("the
    British Virgin Islands", "the Kenyan High Court" stay as they are).

    >>> glued_person("ahead of the Eritrean Yonas Berhe.", 13, 33, "ORG", frozenset())
    'PERSON'
    >>> glued_person("Field Coordinator Tiana Rasoamanana said", 0, 35, "ORG", frozenset())
    'PERSON'
    >>> glued_person("the Kenyan High Court ruled", 4, 21, "ORG", frozenset({"court", "high"}))
    'ORG'
    >>> glued_person("the Swiss Re unit", 4, 12, "ORG", frozenset())
    'ORG'

    A possessive is no word of the name: "the Australian Surf Clubs Association's season"
    is the association's, as it is without one (stop 53, helper `names`).

    >>> text = "into the Australian Surf Clubs Association's season"
    >>> glued_person(text, 5, 43, "ORG", frozenset({"association"}))
    'ORG'
    >>> glued_person("the Eritrean Yonas Berhe's win", 4, 26, "ORG", frozenset())
    'PERSON'
    >>> glued_person("Minister of Regional Development Ana said", 0, 36, "ORG", frozenset())
    'ORG'

    A nationality after a title's "of" opens the name of the body that title is of, not a
    person's: "the president of Canadian Auto Workers" (stop 43).

    >>> text = "Ana Ruiz, the president of Chilean Port Workers, said"
    >>> glued_person(text, 27, 47, "ORG", frozenset())
    'ORG'
    """
    if label not in ("ORG", "LAW"):
        return label
    surface = re.sub(r"^[Tt]he\s+", "", text[start:end])  # "the Eritrean Yonas Berhe"
    surface = re.sub(r"['’]s?$", "", surface)  # "the Australian Surf Clubs Association's"
    words = surface.split()
    title = leading_title(surface)
    if title is not None:
        names = title.count(" ")
    elif words and nationality(words[0]):
        names = 1  # a demonym: "Eritrean" (a country's own name is no nationality)
    else:
        return label
    rest = words[names:]
    if (
        not 2 <= len(rest) <= 3
        or (title is not None and _PORTFOLIO.search(title) is not None)
        or any(portfolio_word(word) for word in rest)  # "Minister of Economic" + "Development"
        or not all(_glued_name(word) for word in rest)
        or rest[-1].casefold() in nouns  # a family name is no English noun ("Islands")
        or _after_a_titles_of(text, start)  # "the president of Canadian Auto Workers"
    ):
        return label
    return "PERSON"


#: A title that takes a portfolio after it: "Minister of", "Secretary for".
_PORTFOLIO = re.compile(r"\b(?:of|for)\b")
#: A lower-case word and "of" right before a span: "president of " of "the president of".
_WORD_AND_OF_BEFORE = re.compile(r"\b([a-z]+(?:[ -][a-z]+)?) of\s+$")


def _after_a_titles_of(text: str, start: int) -> bool:
    """Whether the span at `start` follows a title written in lower case and "of" ("the
    president of ", "chief executive of "): what follows names the body the title is of.

    >>> _after_a_titles_of("the president of Canadian Auto Workers", 17)
    True
    >>> _after_a_titles_of("the wife of Kenyan Joseph Kiprop", 12)
    False
    """
    before = _WORD_AND_OF_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and any(
        " ".join(before.group(1).split()[cut:]) in titles()
        for cut in range(len(before.group(1).split()))
    )


def _glued_name(word: str) -> bool:
    """Whether a word may be a person's name after a nationality or a title: capitalised, no
    organisation's, place's, country's or title's word."""
    folded = word.casefold()
    return (
        _NAME_WORD.fullmatch(word) is not None
        and word[1:].islower()
        and folded not in organisation_words()
        and folded not in place_words()
        and folded not in countries()
        and folded not in titles()
    )
